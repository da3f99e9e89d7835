"""presskit.exe on a console, as an office runs it from PowerShell, under Wine.

A program started on a terminal (here a pseudo-terminal) gets a Windows console from
Wine's conhost: its writes go through WriteConsoleW, the path a real console takes,
not through a pipe. This prints what a reader of that console sees (colours and
cursor moves taken out) and ends with the program's exit status.

  console.py run -- COMMAND...
      runs COMMAND to its end.
  console.py watch BRIEFING -- COMMAND...
      runs COMMAND (a `presskit watch`), waits until it watches, appends a comment to
      BRIEFING, waits for the rebuild, then presses Ctrl+C and waits for it to stop.
"""

import fcntl
import os
import pty
import re
import select
import struct
import sys
import termios
import time


def plain(raw):
    """The text a reader sees: Wine's console draws a space as a cursor move."""
    spaced = re.sub(rb"\x1b\[K\x1b\[\d*C", b" ", raw)
    return re.sub(rb"\x1b\[[0-9;?]*[a-zA-Z]|\r", b"", spaced).decode("utf-8", "replace")


class Console:
    """COMMAND running on a terminal 200 columns wide, and what it has written."""

    def __init__(self, argv):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execvp(argv[0], argv)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))
        self.seen = b""

    def read(self, seconds):
        """Reads for up to `seconds`; False once the program has closed the terminal."""
        ready, _, _ = select.select([self.fd], [], [], seconds)
        if not ready:
            return True
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return False
        self.seen += data
        return bool(data)

    def wait_for(self, pattern, seconds):
        """Whether `pattern` shows on the console within `seconds`."""
        deadline = time.time() + seconds
        while not re.search(pattern, plain(self.seen)):
            if time.time() > deadline or not self.read(0.5):
                return bool(re.search(pattern, plain(self.seen)))
        return True

    def finish(self, seconds):
        """Reads to the end, prints what was shown and returns the exit status."""
        deadline = time.time() + seconds
        while time.time() < deadline and self.read(0.5):
            pass
        _, status = os.waitpid(self.pid, 0)
        print(plain(self.seen))
        return os.waitstatus_to_exitcode(status)

    def fail(self, why):
        """Stops with `why` and what the console showed."""
        print(plain(self.seen))
        sys.exit("console: " + why)


def main():
    mode, args = sys.argv[1], sys.argv[2:]
    split = args.index("--")
    before, argv = args[:split], args[split + 1 :]
    console = Console(argv)
    if mode == "watch":
        (briefing,) = before
        if not console.wait_for(r"watching", 300):
            console.fail("presskit never started watching")
        time.sleep(1)
        with open(briefing, "ab") as file:
            file.write(b"\n# changed while presskit watched it\n")
        if not console.wait_for(r"rebuilt \d+ files", 300):
            console.fail("no rebuild after the briefing changed")
        os.write(console.fd, b"\x03")
        if not console.wait_for(r"stopped watching", 60):
            console.fail("Ctrl+C did not stop presskit")
    sys.exit(console.finish(120))


if __name__ == "__main__":
    main()

//! A test of the real binary in one expression, in the manner of casey/just's `Test`:
//! the files of a fresh folder, the command line, the language, then what the run must
//! end with (its status, words its stderr or stdout holds or lacks). `run` checks them
//! all and hands back the folder and the output for what only the test knows to check.
//!
//! ```ignore
//! Test::new()
//!     .file("b.toml", "format = 1")
//!     .args(["check", "b.toml"])
//!     .status(1)
//!     .stderr_has("b.toml:1:1")
//!     .run();
//! ```

use std::path::{Path, PathBuf};
use std::process::Output;

/// One run of presskit to make and check.
pub struct Test {
    /// The folder the run works in, made empty.
    dir: tempfile::TempDir,
    /// The command line after `presskit`.
    args: Vec<String>,
    /// Environment variables set for the run (`PRESSKIT_LANG` is `en` unless set here).
    env: Vec<(String, String)>,
    /// The exit status expected.
    status: i32,
    /// Texts stderr must hold.
    stderr_has: Vec<String>,
    /// Texts stderr must not hold.
    stderr_lacks: Vec<String>,
    /// The text stderr must start with.
    stderr_starts: Option<String>,
    /// Texts stdout must hold.
    stdout_has: Vec<String>,
}

/// A finished run: its folder (kept until this is dropped) and what it printed.
pub struct Ran {
    /// The folder it ran in.
    pub dir: tempfile::TempDir,
    /// Its status and output.
    pub output: Output,
    /// Stderr as text.
    pub stderr: String,
    /// Stdout as text.
    pub stdout: String,
}

impl Ran {
    /// Another run in the same folder, with what the first left in it.
    pub fn again(self) -> Test {
        Test {
            dir: self.dir,
            ..Test::new()
        }
    }

    /// The path of `name` in the run's folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

impl Default for Test {
    fn default() -> Self {
        Self::new()
    }
}

impl Test {
    /// A run in a new empty folder, expected to succeed (status 0).
    pub fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("a temporary folder"),
            args: Vec::new(),
            env: Vec::new(),
            status: 0,
            stderr_has: Vec::new(),
            stderr_lacks: Vec::new(),
            stderr_starts: None,
            stdout_has: Vec::new(),
        }
    }

    /// The folder of the run, to prepare what `file` cannot (a link, a read-only file).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// Writes `contents` as `name` (a path relative to the folder; its folders are made).
    pub fn file(self, name: &str, contents: impl AsRef<[u8]>) -> Self {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("a folder in the test folder");
        }
        std::fs::write(&path, contents).expect("a file in the test folder");
        self
    }

    /// The command line after `presskit`.
    pub fn args<const N: usize>(mut self, args: [&str; N]) -> Self {
        self.args = args.iter().map(|a| a.to_string()).collect();
        self
    }

    /// Sets an environment variable for the run.
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }

    /// The language presskit speaks (`PRESSKIT_LANG`): `en` when not given.
    pub fn language(self, code: &str) -> Self {
        self.env("PRESSKIT_LANG", code)
    }

    /// The exit status expected (0 when not given).
    pub fn status(mut self, code: i32) -> Self {
        self.status = code;
        self
    }

    /// A text stderr must hold.
    pub fn stderr_has(mut self, text: &str) -> Self {
        self.stderr_has.push(text.into());
        self
    }

    /// A text stderr must not hold.
    pub fn stderr_lacks(mut self, text: &str) -> Self {
        self.stderr_lacks.push(text.into());
        self
    }

    /// The text stderr must start with.
    pub fn stderr_starts_with(mut self, text: &str) -> Self {
        self.stderr_starts = Some(text.into());
        self
    }

    /// A text stdout must hold.
    pub fn stdout_has(mut self, text: &str) -> Self {
        self.stdout_has.push(text.into());
        self
    }

    /// Runs presskit and checks the status and the texts expected, failing with what it
    /// printed when one does not hold.
    #[track_caller]
    pub fn run(self) -> Ran {
        let args: Vec<&str> = self.args.iter().map(String::as_str).collect();
        let mut command = super::command(self.dir.path(), &args);
        for (key, value) in &self.env {
            command.env(key, value);
        }
        let output = command.output().expect("the binary runs");
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        let shown = || {
            format!(
                "presskit {}\nstdout:\n{stdout}\nstderr:\n{stderr}",
                args.join(" ")
            )
        };
        assert_eq!(
            output.status.code(),
            Some(self.status),
            "the status of {}",
            shown()
        );
        for text in &self.stderr_has {
            assert!(stderr.contains(text), "stderr lacks {text:?}: {}", shown());
        }
        for text in &self.stderr_lacks {
            assert!(!stderr.contains(text), "stderr holds {text:?}: {}", shown());
        }
        if let Some(text) = &self.stderr_starts {
            assert!(
                stderr.starts_with(text),
                "stderr does not start with {text:?}: {}",
                shown()
            );
        }
        for text in &self.stdout_has {
            assert!(stdout.contains(text), "stdout lacks {text:?}: {}", shown());
        }
        Ran {
            dir: self.dir,
            output,
            stderr,
            stdout,
        }
    }
}

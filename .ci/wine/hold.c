/* Test infrastructure only: holds a file open the way a PDF reader does on Windows (no
 * sharing: nobody else may read, write, rename or delete it) until a stop file appears,
 * so that .ci/windows can check what presskit says about a document left open.
 * Usage: hold.exe FILE STOPFILE. Prints "held" once the file is open; exits 0 when
 * STOPFILE exists, 1 when FILE cannot be opened, 2 after two minutes without STOPFILE. */
#include <stdio.h>
#include <windows.h>

int wmain(int argc, wchar_t **argv)
{
    if (argc != 3) {
        fputs("usage: hold.exe FILE STOPFILE\n", stderr);
        return 1;
    }
    HANDLE file = CreateFileW(argv[1], GENERIC_READ, 0, NULL, OPEN_EXISTING,
                              FILE_ATTRIBUTE_NORMAL, NULL);
    if (file == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "hold.exe: cannot open the file (error %lu)\n", GetLastError());
        return 1;
    }
    puts("held");
    fflush(stdout);
    for (int waited = 0; waited < 120000; waited += 50) {
        if (GetFileAttributesW(argv[2]) != INVALID_FILE_ATTRIBUTES) {
            CloseHandle(file);
            return 0;
        }
        Sleep(50);
    }
    CloseHandle(file);
    return 2;
}

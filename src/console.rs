//! The console presskit prints to, where systems differ. A terminal of Unix draws the
//! colour sequences of diagnostics; the console of Windows 10 and later draws them once
//! asked to (its "virtual terminal" mode), and an older one would print them as
//! characters, so there diagnostics go out plain. Text needs nothing: Rust's standard
//! library writes to a Windows console in UTF-16, so Russian and Kazakh letters show
//! whatever the console's code page.

/// Whether stderr, a terminal, draws colour sequences: on Windows, once its virtual
/// terminal mode is on (turned on here when it can be).
#[cfg(windows)]
pub fn stderr_draws_colours() -> bool {
    use windows_sys::Win32::System::Console::{
        ENABLE_VIRTUAL_TERMINAL_PROCESSING, GetConsoleMode, GetStdHandle, STD_ERROR_HANDLE,
        SetConsoleMode,
    };
    let mut mode = 0;
    // SAFETY: the standard handle is the process's own (not closed here), and `mode` is
    // a live u32 the call writes.
    unsafe {
        let handle = GetStdHandle(STD_ERROR_HANDLE);
        if GetConsoleMode(handle, &mut mode) == 0 {
            return false;
        }
        mode & ENABLE_VIRTUAL_TERMINAL_PROCESSING != 0
            || SetConsoleMode(handle, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0
    }
}

/// Whether stderr, a terminal, draws colour sequences: terminals of Unix do.
#[cfg(not(windows))]
pub fn stderr_draws_colours() -> bool {
    true
}

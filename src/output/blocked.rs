//! A file that the system would not let presskit replace, told in what to do about it.
//!
//! On Windows a program that shows a document (a PDF reader, a word processor, a mail
//! program) holds it open without letting others delete or rename it, and replacing it
//! then fails with "Access is denied" or "sharing violation"; a file marked read-only
//! fails the same way. The bare system message says neither, so the common causes are
//! named with what to do. Unix lets a file be replaced while it is open, so there only
//! the system's words are given.

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::messages::documents::Documents;

/// Why the system refused to replace a file, when it is a cause the user can remove.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocked {
    /// Another program has the file open and does not share it.
    InUse,
    /// The file is marked read-only.
    ReadOnly,
}

/// Windows' "Access is denied".
pub const ERROR_ACCESS_DENIED: i32 = 5;
/// Windows' "The process cannot access the file because it is being used by another
/// process".
pub const ERROR_SHARING_VIOLATION: i32 = 32;
/// Windows' "another process has locked a portion of the file".
pub const ERROR_LOCK_VIOLATION: i32 = 33;

/// The cause of Windows error `code` on a file that another program holds open or not
/// (`in_use`) and that is marked read-only or not (`read_only`).
pub fn classify(code: Option<i32>, in_use: bool, read_only: bool) -> Option<Blocked> {
    match code? {
        ERROR_SHARING_VIOLATION | ERROR_LOCK_VIOLATION => Some(Blocked::InUse),
        ERROR_ACCESS_DENIED if in_use => Some(Blocked::InUse),
        ERROR_ACCESS_DENIED if read_only => Some(Blocked::ReadOnly),
        _ => None,
    }
}

/// The error for `path`, which could not be written or replaced: `cause` in words when
/// it is known, else what the system said (`os_error`).
pub fn refusal(path: &Path, cause: Option<Blocked>, os_error: &str) -> Diagnostic {
    let name = path.file_name().map_or_else(
        || crate::diagnostic::shown(path),
        |n| n.to_string_lossy().into_owned(),
    );
    match cause {
        Some(Blocked::InUse) => Diagnostic::error(path, Documents::FileInUse)
            .with_hint(Documents::CloseTheFile { name: name.clone() }),
        Some(Blocked::ReadOnly) => Diagnostic::error(path, Documents::FileReadOnly)
            .with_hint(Documents::ClearReadOnly { name }),
        None => super::cannot_write(path, &os_error),
    }
}

/// The cause of `error`, met writing or replacing `path`, as far as this system tells it.
pub fn cause(path: &Path, error: &std::io::Error) -> Option<Blocked> {
    if !cfg!(windows) {
        return None;
    }
    let code = super::os_code(error);
    let read_only = std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly());
    classify(code, held_open(path), read_only)
}

/// Whether another program holds `path` open without sharing its deletion (the rights a
/// rename over it needs): asked by opening it for deletion, which then fails with a
/// sharing violation.
#[cfg(windows)]
fn held_open(path: &Path) -> bool {
    use std::os::windows::fs::OpenOptionsExt;
    /// The `DELETE` access right.
    const DELETE: u32 = 0x0001_0000;
    /// Read, write and delete: every kind of sharing.
    const SHARE_ALL: u32 = 0x7;
    std::fs::OpenOptions::new()
        .access_mode(DELETE)
        .share_mode(SHARE_ALL)
        .open(path)
        .is_err_and(|e| {
            matches!(
                e.raw_os_error(),
                Some(ERROR_SHARING_VIOLATION | ERROR_LOCK_VIOLATION)
            )
        })
}

/// Whether another program holds `path` open so that it cannot be replaced: never, on
/// systems where an open file can be replaced.
#[cfg(not(windows))]
fn held_open(_: &Path) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sharing_violations_and_denials_on_an_open_file_are_a_file_in_use() {
        assert_eq!(
            classify(Some(ERROR_SHARING_VIOLATION), false, false),
            Some(Blocked::InUse)
        );
        assert_eq!(
            classify(Some(ERROR_LOCK_VIOLATION), false, true),
            Some(Blocked::InUse)
        );
        assert_eq!(
            classify(Some(ERROR_ACCESS_DENIED), true, true),
            Some(Blocked::InUse)
        );
        assert_eq!(
            classify(Some(ERROR_ACCESS_DENIED), false, true),
            Some(Blocked::ReadOnly)
        );
        // Denied for another reason (the folder's rights): the system's own words.
        assert_eq!(classify(Some(ERROR_ACCESS_DENIED), false, false), None);
        assert_eq!(classify(Some(112), true, true), None);
        assert_eq!(classify(None, true, true), None);
    }

    #[test]
    fn the_message_names_the_file_and_what_to_do() {
        let path = Path::new("out/almaty/press-release.pdf");
        let in_use = refusal(path, Some(Blocked::InUse), "Access is denied. (os error 5)");
        let text = in_use.to_string();
        assert!(
            text.starts_with("out/almaty/press-release.pdf: error: cannot replace the file: another program has it open"),
            "{text}"
        );
        assert!(
            text.contains(
                "hint: close press-release.pdf in that program, then run the same command again"
            ),
            "{text}"
        );
        let read_only = refusal(path, Some(Blocked::ReadOnly), "").to_string();
        assert!(read_only.contains("read-only"), "{read_only}");
        assert!(read_only.contains("clear Read-only"), "{read_only}");
        let other = refusal(path, None, "No space left on device (os error 28)").to_string();
        assert_eq!(
            other.lines().next(),
            Some(
                "out/almaty/press-release.pdf: error: cannot write: No space left on device (os error 28)"
            )
        );
    }

    #[test]
    fn an_error_on_this_system_is_told_in_its_own_words_unless_windows_names_a_cause() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.pdf");
        std::fs::write(&path, b"x").unwrap();
        let error = std::io::Error::from_raw_os_error(ERROR_SHARING_VIOLATION);
        let expected = cfg!(windows).then_some(Blocked::InUse);
        assert_eq!(cause(&path, &error), expected);
    }
}

//! Reading a file presskit was pointed at, with bounds: only regular files (never a
//! device, a FIFO or a socket, which could block or never end), and never more than the
//! caller's limit, whatever the file's size claims or becomes while it is read.
use std::io::Read;
use std::path::Path;

use crate::messages::Msg;
use crate::messages::input::reading::Reading;

/// Why a file could not be read: told after the file's name ("the manifest is a FIFO
/// (named pipe), not a regular file"), in the user's language ([`Refused::message`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// It does not exist or cannot be opened, with the system's reason.
    Unreadable(String),
    /// It is a folder, device, FIFO or socket.
    NotAFile(FileKind),
    /// It holds more bytes than the limit.
    TooLarge {
        /// Its size, as far as known.
        size: u64,
        /// The limit.
        limit: u64,
    },
}

impl Refused {
    /// What is wrong, as a message that follows the file's name.
    pub fn message(&self) -> Msg {
        match self {
            Refused::Unreadable(e) => Reading::CannotBeRead { reason: e.clone() },
            Refused::NotAFile(kind) => Reading::IsNotAFile {
                what: Box::new(kind.message()),
            },
            Refused::TooLarge { size, limit } => Reading::IsTooLarge {
                size: *size,
                limit: *limit,
            },
        }
        .into()
    }
}

/// In the user's language.
impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

/// What a path that is not a regular file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A folder.
    Folder,
    /// A FIFO (named pipe).
    Fifo,
    /// A socket.
    Socket,
    /// A character or block device.
    Device,
    /// Anything else that is not a regular file.
    Special,
}

impl FileKind {
    /// Its name, as a message ("a folder").
    pub fn message(self) -> Msg {
        match self {
            Self::Folder => Reading::AFolder,
            Self::Fifo => Reading::AFifo,
            Self::Socket => Reading::ASocket,
            Self::Device => Reading::ADevice,
            Self::Special => Reading::ASpecialFile,
        }
        .into()
    }
}

/// Its name in the user's language.
impl std::fmt::Display for FileKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

/// What kind of thing a path that is not a regular file is.
pub fn kind_of(meta: &std::fs::Metadata) -> FileKind {
    let t = meta.file_type();
    if t.is_dir() {
        FileKind::Folder
    } else {
        special_kind(&t)
    }
}

/// The kind of a special file on Unix: a FIFO, a socket or a device.
#[cfg(unix)]
fn special_kind(t: &std::fs::FileType) -> FileKind {
    use std::os::unix::fs::FileTypeExt;
    if t.is_fifo() {
        FileKind::Fifo
    } else if t.is_socket() {
        FileKind::Socket
    } else if t.is_char_device() || t.is_block_device() {
        FileKind::Device
    } else {
        FileKind::Special
    }
}

/// The kind of a special file elsewhere: Windows keeps pipes and devices out of its
/// folders (`\\.\pipe\`, `\\.\COM1`), so what a folder holds is a file or a folder.
#[cfg(not(unix))]
fn special_kind(_: &std::fs::FileType) -> FileKind {
    FileKind::Special
}

/// Reads the regular file at `path` (symbolic links followed), at most `limit` bytes.
pub fn read(path: &Path, limit: u64) -> Result<Vec<u8>, Refused> {
    let unreadable = |e: std::io::Error| Refused::Unreadable(e.to_string());
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(Refused::NotAFile(kind_of(&meta)));
    }
    if meta.len() > limit {
        return Err(Refused::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    let file = std::fs::File::open(path).map_err(unreadable)?;
    // Checked again on the open file: the path may have been swapped in between.
    let meta = file.metadata().map_err(unreadable)?;
    if !meta.is_file() {
        return Err(Refused::NotAFile(kind_of(&meta)));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > limit {
        return Err(Refused::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_files_within_the_limit_and_refuses_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a");
        std::fs::write(&file, b"12345").unwrap();
        assert_eq!(read(&file, 5).unwrap(), b"12345");
        assert_eq!(
            read(&file, 4).unwrap_err(),
            Refused::TooLarge { size: 5, limit: 4 }
        );
        assert_eq!(
            read(dir.path(), 4).unwrap_err(),
            Refused::NotAFile(FileKind::Folder)
        );
        #[cfg(unix)]
        assert_eq!(
            read(Path::new("/dev/zero"), 4).unwrap_err(),
            Refused::NotAFile(FileKind::Device)
        );
        assert!(matches!(
            read(&dir.path().join("none"), 4).unwrap_err(),
            Refused::Unreadable(_)
        ));
    }
}

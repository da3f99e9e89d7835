//! Reading a file presskit was pointed at, with bounds: only regular files (never a
//! device, a FIFO or a socket, which could block or never end), and never more than the
//! caller's limit, whatever the file's size claims or becomes while it is read.
use std::io::Read;
use std::path::Path;

/// Why a file could not be read, in words for the user: printed after the file's name
/// ("the manifest is a FIFO (named pipe), not a regular file").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// It does not exist or cannot be opened.
    Unreadable(String),
    /// It is a folder, device, FIFO or socket.
    NotAFile(&'static str),
    /// It holds more bytes than the limit.
    TooLarge {
        /// Its size, as far as known.
        size: u64,
        /// The limit.
        limit: u64,
    },
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::Unreadable(e) => write!(f, "cannot be read: {e}"),
            Refused::NotAFile(kind) => write!(f, "is {kind}, not a regular file"),
            Refused::TooLarge { size, limit } => {
                write!(f, "is {size} bytes, more than the {limit} allowed")
            }
        }
    }
}

/// What kind of thing a path that is not a regular file is, for messages.
pub fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        "a folder"
    } else {
        special_kind(&t)
    }
}

/// The kind of a special file on Unix: a FIFO, a socket or a device.
#[cfg(unix)]
fn special_kind(t: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if t.is_fifo() {
        "a FIFO (named pipe)"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else {
        "not a regular file"
    }
}

/// The kind of a special file elsewhere: Windows keeps pipes and devices out of its
/// folders (`\\.\pipe\`, `\\.\COM1`), so what a folder holds is a file or a folder.
#[cfg(not(unix))]
fn special_kind(_: &std::fs::FileType) -> &'static str {
    "not a regular file"
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
            Refused::NotAFile("a folder")
        );
        #[cfg(unix)]
        assert_eq!(
            read(Path::new("/dev/zero"), 4).unwrap_err(),
            Refused::NotAFile("a device")
        );
        assert!(matches!(
            read(&dir.path().join("none"), 4).unwrap_err(),
            Refused::Unreadable(_)
        ));
    }
}

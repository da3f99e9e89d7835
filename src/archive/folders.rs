//! Which folders of an archive hold briefings: every subfolder not starting with a dot
//! (the dot-folders are `archive` runs under way or interrupted, named as
//! [`is_staging`] tells).

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::messages::archive::Archive;

/// The briefing folders of an archive: every subfolder not starting with a dot, sorted,
/// and every symbolic link, which is no folder of the archive and which `verify` reports
/// (every command checks a folder with `verify_folder` before reading it).
pub fn briefing_folders(archive: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    subfolders(archive, |name| !name.starts_with('.')).map_err(|e| {
        Diagnostic::error(
            archive,
            Archive::CannotReadArchive {
                reason: e.to_string(),
            },
        )
    })
}

/// The subfolders of `dir` whose names `keep` accepts, sorted.
pub(super) fn subfolders(dir: &Path, keep: impl Fn(&str) -> bool) -> std::io::Result<Vec<PathBuf>> {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(dir)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.symlink_metadata()
                .is_ok_and(|m| m.is_dir() || m.file_type().is_symlink())
                && p.file_name().is_some_and(|n| keep(&n.to_string_lossy()))
        })
        .collect();
    folders.sort();
    Ok(folders)
}

/// How a briefing folder being written is named, beside its place: `.presskit-XXXX.partial`.
pub(super) const STAGING_PREFIX: &str = ".presskit-";
/// See [`STAGING_PREFIX`].
pub(super) const STAGING_SUFFIX: &str = ".partial";

/// Whether a folder entry's name is that of a staging folder (`.presskit-XXXX.partial`).
pub fn is_staging(name: &str) -> bool {
    name.starts_with(STAGING_PREFIX) && name.ends_with(STAGING_SUFFIX)
}

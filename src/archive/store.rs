//! Write-once storage: a briefing's folder appears complete or not at all, is never
//! replaced, and the folders that interrupted runs leave are told apart from the archive.

use crate::messages::documents::Documents;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::extract::{attached, extract, read_pdf};
use super::folders::{STAGING_PREFIX, STAGING_SUFFIX, is_staging, subfolders};
use super::revisions;
use super::verify::verify_folder;
use super::{Archived, MANIFEST};
use crate::diagnostic::Diagnostic;
use crate::input::briefing;
use crate::messages::Msg;
use crate::messages::archive::Archive;
use crate::output::{self, Artifact};

/// Stores a complete folder, or confirms an identical one; refuses any change, unless
/// `revise` asks for the change to be archived as the briefing's next revision.
///
/// A new folder is written under a temporary name beside its target and renamed into
/// place, so the archive holds either no folder or a complete one. A briefing already
/// archived is compared with its latest revision (see [`super::revisions`]): the same
/// files are [`Archived::Unchanged`]; others are refused, or with `revise` written as a
/// new `rev-N` folder inside the briefing's folder, which leaves every earlier revision
/// as it was.
pub fn store(folder: &Path, artifacts: &[Artifact], revise: bool) -> Result<Archived, Diagnostic> {
    if let Err(mut refused) = super::verify::not_a_link(folder) {
        return Err(refused.remove(0));
    }
    if !folder.exists() {
        return write_new(folder, artifacts, || store(folder, artifacts, revise));
    }
    let latest = revisions::latest(folder);
    let changes = differences(&latest.path, artifacts);
    if changes.is_empty() {
        return Ok(Archived::Unchanged(latest.path));
    }
    // The same documents as the manifest records: the briefing did not change, the
    // archived files did.
    let recorded = std::fs::read(latest.path.join(MANIFEST)).ok();
    let made = artifacts
        .iter()
        .find(|a| a.name == MANIFEST)
        .map(|a| a.bytes.as_slice());
    let ours = crate::documents::sources::version();
    let refusal = if recorded.is_some() && recorded.as_deref() == made {
        Refusal::Damaged { changes }
    } else if let Some(made_by) = archived_by(&latest.path).filter(|v| *v != ours) {
        Refusal::OtherVersion {
            made_by,
            ours,
            changes,
        }
    } else {
        Refusal::Changed { changes }
    };
    if !revise || matches!(refusal, Refusal::Damaged { .. }) {
        return Err(refusal.at(&latest.path));
    }
    let next = revisions::next(folder, &latest);
    // Another run wrote that revision meanwhile: compare with it, as with any latest.
    write_new(&next.path, artifacts, || store(folder, artifacts, revise))
}

/// Writes `artifacts` as the new folder `folder`, through a staging folder beside it
/// renamed into place; when another run made `folder` meanwhile, `again` decides.
fn write_new(
    folder: &Path,
    artifacts: &[Artifact],
    again: impl FnOnce() -> Result<Archived, Diagnostic>,
) -> Result<Archived, Diagnostic> {
    let parent = folder
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let fail = |e: &dyn std::fmt::Display| {
        Diagnostic::error(
            folder,
            Archive::CannotWriteArchive {
                reason: e.to_string(),
            },
        )
        .with_hint(Archive::NothingArchived)
    };
    std::fs::create_dir_all(parent).map_err(|e| fail(&output::os_error(&e)))?;
    let staging = tempfile::Builder::new()
        .prefix(STAGING_PREFIX)
        .suffix(STAGING_SUFFIX)
        .tempdir_in(parent)
        .map_err(|e| fail(&output::os_error(&e)))?;
    // Named after the folder, not the staging folder nobody asked for.
    output::write_all(staging.path(), artifacts).map_err(|d| match d.message.documents() {
        Some(Documents::CannotWrite { reason }) => fail(reason),
        _ => fail(&d.message),
    })?;
    output::sync_dir(staging.path());
    if let Err(e) = std::fs::rename(staging.path(), folder) {
        // Another run archived the same briefing meanwhile: the same as finding it there.
        if folder.is_dir() {
            return again();
        }
        return Err(fail(&output::os_error(&e)));
    }
    // The staging folder is now the archive folder; do not let its guard remove it.
    let _ = staging.keep();
    output::sync_dir(parent);
    Ok(Archived::Written(folder.to_path_buf()))
}

/// Why an archived folder is not written again: each message and hint written once,
/// here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The run makes exactly what the manifest records, but the folder's files differ
    /// from it: they were damaged since.
    Damaged {
        /// What differs, file by file.
        changes: Vec<Msg>,
    },
    /// Another version of presskit archived the folder, and this one makes other bytes.
    OtherVersion {
        /// The version that archived it.
        made_by: String,
        /// This version.
        ours: String,
        /// What differs, file by file.
        changes: Vec<Msg>,
    },
    /// The briefing changed since it was archived.
    Changed {
        /// What differs, file by file.
        changes: Vec<Msg>,
    },
}

/// What differs, each in the user's language, one after another.
fn joined(changes: &[Msg]) -> String {
    changes
        .iter()
        .map(Msg::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

impl Refusal {
    /// What is refused.
    pub fn message(&self) -> Msg {
        match self {
            Self::Damaged { changes } => Archive::Damaged {
                changes: joined(changes),
            },
            Self::OtherVersion {
                made_by,
                ours,
                changes,
            } => Archive::OtherVersion {
                made_by: made_by.clone(),
                ours: ours.clone(),
                changes: joined(changes),
            },
            Self::Changed { changes } => Archive::Changed {
                changes: joined(changes),
            },
        }
        .into()
    }

    /// What to do about it.
    pub fn hint(&self) -> Msg {
        match self {
            Self::Damaged { .. } => Archive::RepairRestores,
            Self::OtherVersion { made_by, .. } => Archive::KeptAsItIs {
                made_by: made_by.clone(),
            },
            Self::Changed { .. } => Archive::NeverRewritten,
        }
        .into()
    }

    /// The diagnostic for the archived `folder`.
    pub fn at(&self, folder: &Path) -> Diagnostic {
        Diagnostic::error(folder, self.message()).with_hint(self.hint())
    }
}

/// What would change if `artifacts` replaced the files in `folder`.
fn differences(folder: &Path, artifacts: &[Artifact]) -> Vec<Msg> {
    let mut changes = Vec::new();
    let wanted: BTreeSet<&str> = artifacts.iter().map(|a| a.name.as_ref()).collect();
    for a in artifacts {
        match std::fs::read(folder.join(a.name.as_ref())) {
            Ok(bytes) if bytes == a.bytes => {}
            Ok(_) => changes.push(
                Archive::WouldChange {
                    name: a.name.to_string(),
                }
                .into(),
            ),
            Err(_) => changes.push(
                Archive::WouldBeAdded {
                    name: a.name.to_string(),
                }
                .into(),
            ),
        }
    }
    for name in folder_files(folder) {
        if !wanted.contains(name.as_str()) {
            changes.push(Archive::NotItsDocument { name }.into());
        }
    }
    changes
}

/// The presskit version recorded in an archived folder's documents, when they carry one.
fn archived_by(folder: &Path) -> Option<String> {
    folder_files(folder)
        .into_iter()
        .filter(|name| name.ends_with(".pdf"))
        .find_map(|name| {
            let pdf = read_pdf(&folder.join(name)).ok()?;
            let attached = attached(&pdf, briefing::MAX_FILE_BYTES, |n| {
                n == crate::documents::sources::SETTINGS
            })
            .ok()?;
            let (_, settings) = attached.into_iter().next()?;
            let settings: serde_json::Value = serde_json::from_slice(&settings).ok()?;
            settings["presskit"].as_str().map(String::from)
        })
}

/// The names of the files in a folder, sorted.
fn folder_files(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.path().is_file())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Folders that an `archive` run stopped part-way (killed, or the machine went down) left
/// in the archive, sorted: never part of it, and safe to delete. Those of a new briefing
/// are at the top of the archive; those of a new revision inside its briefing's folder.
pub fn leftovers(archive: &Path) -> Vec<PathBuf> {
    let mut found = subfolders(archive, is_staging).unwrap_or_default();
    for folder in super::briefing_folders(archive).unwrap_or_default() {
        if super::verify::not_a_link(&folder).is_ok() {
            found.extend(subfolders(&folder, is_staging).unwrap_or_default());
        }
    }
    found
}

/// When a leftover folder holds a complete copy that verifies against its manifest
/// (a run killed just before the rename, or a briefing named `.presskit-x.partial.toml`
/// that an older presskit archived), the folder name its documents belong under.
pub fn complete_leftover(folder: &Path) -> Option<String> {
    verify_folder(folder).ok()?;
    let pdf = read_pdf(&folder.join(crate::documents::registry::catalogued().file)).ok()?;
    let (name, _) = extract(&pdf).ok()?;
    Some(name.strip_suffix(".toml").unwrap_or(&name).to_string())
}

/// A warning for each folder that interrupted `archive` runs left in `archive`, saying
/// whether it can be deleted or holds a copy to keep.
pub fn leftover_warnings(archive: &Path) -> Vec<Diagnostic> {
    leftovers(archive)
        .into_iter()
        .map(|folder| {
            let warning = Diagnostic::error(&folder, Archive::LeftByInterruptedRun).warning();
            let nested = folder.parent() != Some(archive);
            // Never invite deleting what may be the only archived copy of a briefing.
            match complete_leftover(&folder).filter(|_| !nested) {
                Some(stem) if !archive.join(&stem).exists() => {
                    warning.with_hint(Archive::HoldsCompleteCopy { stem })
                }
                _ if nested => warning.with_hint(Archive::RevisionNotArchived),
                _ => warning.with_hint(Archive::CanBeDeleted),
            }
        })
        .collect()
}

//! The archive's record of its briefing folders, `FOLDERS.sha256` at its top: one
//! `sha256sum` line per folder that `archive` wrote or confirmed (each briefing's folder
//! and each later revision's), the checksum of that folder's manifest. `verify` holds the
//! folders on disk to it, so that a folder deleted or added by hand, or a manifest
//! rewritten to match altered documents, is told; `sha256sum -c FOLDERS.sha256` in the
//! archive checks the manifests too. Written atomically, like the manifests. An archive
//! made before the record existed still verifies, with a warning of what cannot be told,
//! and its next `archive` run writes the record from the folders that verify.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::revisions::{self, PREFIX};
use super::verify::{MAX_MANIFEST_BYTES, not_a_link, verify_briefing};
use super::{MANIFEST, briefing_folders, sha256_hex};
use crate::diagnostic::Diagnostic;
use crate::messages::archive::Archive;

/// The record's file name, at the top of the archive.
pub const RECORD: &str = "FOLDERS.sha256";

/// A folder's name in the record: `stem` for a briefing's first revision, `stem/rev-N`
/// for a later one.
fn name_of(stem: &str, number: u32) -> String {
    match number {
        1 => stem.to_string(),
        n => format!("{stem}/{PREFIX}{n}"),
    }
}

/// The briefing a record name belongs to (`stem/rev-2` → `stem`).
fn stem_of(name: &str) -> &str {
    name.split('/').next().unwrap_or(name)
}

/// The checksum of a folder's manifest, when it is a file that reads within bounds.
fn manifest_digest(folder: &Path) -> Option<String> {
    let path = folder.join(MANIFEST);
    not_a_link(&path).ok()?;
    crate::input::bounded::read(&path, MAX_MANIFEST_BYTES)
        .ok()
        .map(|bytes| sha256_hex(&bytes))
}

/// Every briefing folder and revision on disk, by record name, with its manifest's
/// checksum (`None` for a link, which `verify` reports, or a manifest that does not read).
fn on_disk(archive: &Path) -> BTreeMap<String, Option<String>> {
    let mut found = BTreeMap::new();
    for folder in briefing_folders(archive).unwrap_or_default() {
        let stem = folder.file_name().unwrap_or_default().to_string_lossy();
        if not_a_link(&folder).is_err() {
            found.insert(stem.into_owned(), None);
            continue;
        }
        for revision in revisions::revisions(&folder) {
            found.insert(
                name_of(&stem, revision.number),
                manifest_digest(&revision.path),
            );
        }
    }
    found
}

/// The record of `archive`: `Ok(None)` when there is none (an archive made before it),
/// an error at the line that is not a record line.
fn read(archive: &Path) -> Result<Option<BTreeMap<String, String>>, Diagnostic> {
    let path = archive.join(RECORD);
    if std::fs::symlink_metadata(&path).is_err() {
        return Ok(None);
    }
    let fix = Archive::RecordRestore;
    not_a_link(&path).map_err(|mut e| e.remove(0))?;
    let bytes = crate::input::bounded::read(&path, MAX_RECORD_BYTES).map_err(|e| {
        let reason = e.to_string();
        Diagnostic::error(&path, Archive::RecordUnreadable { reason }).with_hint(fix.clone())
    })?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Diagnostic::error(&path, Archive::RecordNotUtf8).with_hint(fix.clone()))?;
    let mut lines = BTreeMap::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let span = offset..offset + line.trim_end().len();
        offset += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        if line.is_empty() {
            continue;
        }
        let parsed = line.split_once("  ").and_then(|(hash, file)| {
            let name = file.strip_suffix(&format!("/{MANIFEST}"))?;
            let valid = hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit());
            valid.then(|| (name.to_string(), hash.to_string()))
        });
        match parsed {
            Some((name, hash)) => {
                lines.insert(name, hash);
            }
            None => {
                return Err(Diagnostic::at(
                    &path,
                    &text,
                    span,
                    Archive::RecordBadLine {
                        manifest: MANIFEST.to_string(),
                    },
                )
                .with_hint(fix));
            }
        }
    }
    Ok(Some(lines))
}

/// The record's text for `lines`, sorted by folder.
fn text(lines: &BTreeMap<String, String>) -> String {
    lines
        .iter()
        .map(|(name, hash)| format!("{hash}  {name}/{MANIFEST}\n"))
        .collect()
}

/// What holding the archive's folders to its record found.
#[derive(Debug, Default)]
pub struct Checked {
    /// Every folder deleted, added or whose manifest was rewritten, as errors.
    pub errors: Vec<Diagnostic>,
    /// A warning when the archive has no record (what cannot be told then).
    pub warning: Option<Diagnostic>,
    /// The briefings recorded whose folder is gone altogether.
    pub gone: Vec<String>,
    /// The briefings on disk with a problem of the record (a revision gone or added by
    /// hand, a folder not recorded, a manifest rewritten): none of them is intact.
    pub troubled: std::collections::BTreeSet<String>,
}

/// Holds the briefing folders of `archive` to its record.
pub fn check(archive: &Path) -> Checked {
    let mut checked = Checked::default();
    let recorded = match read(archive) {
        Ok(Some(recorded)) => recorded,
        Ok(None) => {
            checked.warning = Some(
                Diagnostic::error(archive, Archive::NoRecord)
                    .warning()
                    .with_hint(Archive::NoRecordHint),
            );
            return checked;
        }
        Err(e) => {
            checked.errors.push(e);
            return checked;
        }
    };
    let present = on_disk(archive);
    let record = crate::diagnostic::shown(&archive.join(RECORD));
    for (name, hash) in &recorded {
        let stem = stem_of(name);
        match present.get(name) {
            None if !present.contains_key(stem) => {
                checked.gone.push(stem.to_string());
                if name == stem {
                    checked.errors.push(
                        Diagnostic::error(
                            archive.join(name),
                            Archive::BriefingGone { name: name.clone() },
                        )
                        .with_hint(Archive::BriefingGoneHint {
                            name: name.clone(),
                            record: record.clone(),
                        }),
                    );
                }
            }
            None => {
                // A revision between two others is told by `verify_briefing`.
                let later = present.keys().any(|other| {
                    stem_of(other) == stem && revision_number(other) > revision_number(name)
                });
                checked.troubled.insert(stem.to_string());
                if !later {
                    checked.errors.push(
                        Diagnostic::error(
                            archive.join(name),
                            Archive::RevisionGone {
                                number: revision_number(name),
                                stem: stem.to_string(),
                            },
                        )
                        .with_hint(Archive::RevisionGoneHint {
                            record: record.clone(),
                        }),
                    );
                }
            }
            Some(Some(now)) if now != hash => {
                checked.troubled.insert(stem.to_string());
                checked.errors.push(
                    Diagnostic::error(
                        archive.join(name).join(MANIFEST),
                        Archive::ManifestRewritten,
                    )
                    .with_hint(Archive::ManifestRewrittenHint),
                );
            }
            Some(_) => {}
        }
    }
    for name in present.keys().filter(|n| !recorded.contains_key(*n)) {
        let stem = stem_of(name);
        checked.troubled.insert(stem.to_string());
        checked.errors.push(
            Diagnostic::error(archive.join(name), Archive::NotRecorded).with_hint(
                Archive::NotRecordedHint {
                    stem: stem.to_string(),
                    archive: crate::diagnostic::shown(archive),
                    revise: if name == stem { "" } else { " --revise" }.into(),
                },
            ),
        );
    }
    checked.gone.sort();
    checked.gone.dedup();
    checked
}

/// The revision number of a record name (`stem` → 1, `stem/rev-3` → 3).
fn revision_number(name: &str) -> u32 {
    name.split_once('/')
        .and_then(|(_, rev)| revisions::number(rev))
        .unwrap_or(1)
}

/// Records the folders an `archive` run wrote (`true`) or found already there (`false`)
/// in the record of `archive`, and writes it (atomically) when it changed.
///
/// A folder written gets the checksum of its new manifest; one found already there is
/// added when the record lacks it (its documents are the bytes this run made), and
/// otherwise keeps its line, so that a manifest rewritten by hand is never taken in.
/// An archive without a record first gets the folders of every briefing that verifies.
pub fn update(archive: &Path, archived: &[(PathBuf, bool)]) -> Result<(), Diagnostic> {
    let (mut lines, before) = match read(archive)? {
        Some(lines) => (lines.clone(), Some(lines)),
        None => {
            let mut lines = BTreeMap::new();
            for folder in briefing_folders(archive)? {
                if verify_briefing(&folder).is_ok() {
                    let stem = folder.file_name().unwrap_or_default().to_string_lossy();
                    for revision in revisions::revisions(&folder) {
                        if let Some(hash) = manifest_digest(&revision.path) {
                            lines.insert(name_of(&stem, revision.number), hash);
                        }
                    }
                }
            }
            (lines, None)
        }
    };
    for (path, written) in archived {
        let Some(name) = record_name(archive, path) else {
            continue;
        };
        let Some(hash) = manifest_digest(path) else {
            continue;
        };
        if *written {
            lines.insert(name, hash);
        } else {
            lines.entry(name).or_insert(hash);
        }
    }
    if before.as_ref() == Some(&lines) {
        return Ok(());
    }
    crate::output::write_atomic(&archive.join(RECORD), text(&lines).as_bytes())
}

/// The record name of a revision's folder `path` in `archive`.
fn record_name(archive: &Path, path: &Path) -> Option<String> {
    let relative = path.strip_prefix(archive).ok()?;
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    match parts.as_slice() {
        [stem] => Some(stem.clone()),
        [stem, rev] => Some(name_of(stem, revisions::number(rev)?)),
        _ => None,
    }
}

/// Largest record `verify` reads: 100 bytes a folder, for 20,000 folders.
const MAX_RECORD_BYTES: u64 = 2 * 1024 * 1024;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_names_are_the_folder_or_its_revision() {
        let archive = Path::new("archive");
        assert_eq!(
            record_name(archive, &archive.join("x")).as_deref(),
            Some("x")
        );
        assert_eq!(
            record_name(archive, &archive.join("x/rev-2")).as_deref(),
            Some("x/rev-2")
        );
        assert_eq!(record_name(archive, &archive.join("x/other")), None);
        assert_eq!(revision_number("x/rev-3"), 3);
        assert_eq!(revision_number("x"), 1);
        assert_eq!(stem_of("x/rev-3"), "x");
    }

    #[test]
    fn the_record_reads_back_what_it_writes_and_refuses_other_lines() {
        let dir = tempfile::tempdir().unwrap();
        let mut lines = BTreeMap::new();
        lines.insert("b".to_string(), "1".repeat(64));
        lines.insert("a/rev-2".to_string(), "f".repeat(64));
        std::fs::write(dir.path().join(RECORD), text(&lines)).unwrap();
        assert_eq!(read(dir.path()).unwrap(), Some(lines));
        std::fs::write(dir.path().join(RECORD), "abc  a/MANIFEST.sha256\n").unwrap();
        let e = read(dir.path()).unwrap_err();
        assert!(e.message.en().contains("not a line of the record"), "{e}");
        std::fs::remove_file(dir.path().join(RECORD)).unwrap();
        assert_eq!(read(dir.path()).unwrap(), None);
    }
}

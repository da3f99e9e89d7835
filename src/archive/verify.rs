//! Verification: every folder against its manifest, every document an archived briefing
//! has, the folder's name against its briefing's, and the index readable.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::extract::{MAX_PDF_BYTES, attachments, extract, read_pdf};
use super::folders::{briefing_folders, is_staging};
use super::revisions;
use super::{INDEX, MANIFEST, sha256_hex};
use crate::diagnostic::Diagnostic;
use crate::documents;
use crate::messages::Msg;
use crate::messages::archive::Archive;

/// Checks one briefing folder against its manifest; returns the number of files checked.
///
/// Every entry of the folder must be a regular file listed in the manifest (a folder, a
/// symbolic link, a FIFO is tampering), and every listed file must match its checksum.
pub fn verify_folder(folder: &Path) -> Result<usize, Vec<Diagnostic>> {
    check_folder(folder, false)
}

/// [`verify_folder`]; with `holds_revisions` (a briefing's folder, its first revision),
/// the later revisions' folders inside it and the staging folders an interrupted
/// `archive --revise` left are no extra entries (they are checked, or warned of, apart).
fn check_folder(folder: &Path, holds_revisions: bool) -> Result<usize, Vec<Diagnostic>> {
    let manifest_path = folder.join(MANIFEST);
    not_a_link(folder)?;
    not_a_link(&manifest_path)?;
    let text = crate::input::bounded::read(&manifest_path, MAX_MANIFEST_BYTES)
        .map_err(|e| {
            Msg::from(Archive::ManifestUnreadable {
                reason: e.to_string(),
            })
        })
        .and_then(|bytes| String::from_utf8(bytes).map_err(|_| Msg::from(Archive::ManifestNotUtf8)))
        .map_err(|message| vec![Diagnostic::error(&manifest_path, message)])?;
    let mut errors = Vec::new();
    let mut listed = BTreeSet::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let span = offset..offset + line.trim_end().len();
        offset += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        if line.is_empty() {
            continue;
        }
        let Some((hash, name)) = line
            .split_once("  ")
            .filter(|(h, n)| h.len() == 64 && !n.is_empty() && !n.contains('/'))
        else {
            errors.push(Diagnostic::at(
                &manifest_path,
                &text,
                span,
                Archive::NotAManifestLine,
            ));
            continue;
        };
        if name == MANIFEST || name == "." || name == ".." {
            errors.push(Diagnostic::at(
                &manifest_path,
                &text,
                span,
                Archive::ManifestListsItself {
                    name: name.to_string(),
                },
            ));
            continue;
        }
        listed.insert(name.to_string());
        let path = folder.join(name);
        let problem = match std::fs::symlink_metadata(&path) {
            Err(_) => Some(Archive::Missing {
                name: name.to_string(),
            }),
            Ok(meta) if !meta.is_file() => Some(Archive::Replaced {
                name: name.to_string(),
                kind: Box::new(entry_kind(&meta)),
            }),
            Ok(_) => match crate::input::bounded::read(&path, MAX_PDF_BYTES) {
                Ok(bytes) if sha256_hex(&bytes) == hash => None,
                Ok(_) => Some(Archive::Altered {
                    name: name.to_string(),
                }),
                Err(e) => Some(Archive::Unreadable {
                    name: name.to_string(),
                    reason: e.to_string(),
                }),
            },
        };
        if let Some(problem) = problem {
            errors.push(Diagnostic::at(&manifest_path, &text, span, problem));
        }
    }
    for (name, meta) in folder_entries(folder) {
        let apart = holds_revisions
            && (revisions::is_revision(&name, &meta)
                || (meta.is_dir() && !meta.file_type().is_symlink() && is_staging(&name)));
        if name == MANIFEST || listed.contains(&name) || apart {
            continue;
        }
        let what = if meta.is_file() {
            Archive::ExtraFile
        } else {
            Archive::ExtraEntry {
                kind: Box::new(entry_kind(&meta)),
            }
        };
        errors.push(Diagnostic::error(folder.join(&name), what));
    }
    if errors.is_empty() {
        Ok(listed.len())
    } else {
        Err(errors)
    }
}

/// An error when `path` is a symbolic link: archive commands never follow one, since it
/// may lead out of the archive (a linked briefing folder would be verified, repaired and
/// reported where it points).
pub fn not_a_link(path: &Path) -> Result<(), Vec<Diagnostic>> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            let message = match std::fs::read_link(path) {
                Ok(target) => Archive::SymbolicLinkTo {
                    target: crate::diagnostic::shown(&target),
                },
                Err(_) => Archive::SymbolicLink,
            };
            Err(vec![
                Diagnostic::error(path, message).with_hint(Archive::PutTheFolderHere),
            ])
        }
        _ => Ok(()),
    }
}

/// What a folder entry that is not a regular file is, for messages.
fn entry_kind(meta: &std::fs::Metadata) -> Msg {
    if meta.file_type().is_symlink() {
        Archive::ASymbolicLink.into()
    } else if meta.is_dir() {
        Archive::AFolder.into()
    } else {
        Msg::Foreign(crate::input::bounded::kind_of(meta).to_string())
    }
}

/// Every entry of a folder (links not followed), by name, sorted.
fn folder_entries(folder: &Path) -> Vec<(String, std::fs::Metadata)> {
    let mut entries: Vec<(String, std::fs::Metadata)> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| {
                    let meta = std::fs::symlink_metadata(e.path()).ok()?;
                    Some((e.file_name().to_string_lossy().into_owned(), meta))
                })
                .collect()
        })
        .unwrap_or_default();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    entries
}

/// Checks an archived briefing folder completely, every revision of it (see
/// [`super::revisions`]): each against its manifest ([`verify_folder`]), that each
/// manifest lists every document an archived briefing has, that each revision holds the
/// briefing the folder is named after, and that no revision between the first and the
/// latest is gone. Returns the number of files checked.
pub fn verify_briefing(folder: &Path) -> Result<usize, Vec<Diagnostic>> {
    not_a_link(folder)?;
    let stem = folder.file_name().unwrap_or_default().to_string_lossy();
    let (mut count, mut errors) = (0, Vec::new());
    let all = revisions::revisions(folder);
    for (expected, revision) in (1..).zip(&all) {
        if revision.number != expected {
            errors.push(
                Diagnostic::error(
                    folder.join(format!("{}{expected}", revisions::PREFIX)),
                    Archive::RevisionMissing {
                        number: expected,
                        found: revision.number,
                        before: expected - 1,
                    },
                )
                .with_hint(Archive::RevisionMissingHint),
            );
            break;
        }
    }
    for revision in &all {
        match verify_revision(&revision.path, &stem, revision.number == 1) {
            Ok(n) => count += n,
            Err(e) => errors.extend(e),
        }
    }
    if errors.is_empty() {
        Ok(count)
    } else {
        Err(errors)
    }
}

/// Checks one revision's folder of the briefing `stem` completely (see
/// [`verify_briefing`]); `first` when it is the briefing's folder itself.
fn verify_revision(folder: &Path, stem: &str, first: bool) -> Result<usize, Vec<Diagnostic>> {
    let count = check_folder(folder, first)?;
    let manifest_path = folder.join(MANIFEST);
    let mut errors = Vec::new();
    let text = std::fs::read_to_string(&manifest_path).unwrap_or_default();
    let listed: BTreeSet<&str> = text
        .lines()
        .filter_map(|l| l.split_once("  ").map(|(_, n)| n))
        .collect();
    // Every PDF must carry what presskit attaches, readable within bounds: a PDF made to
    // decompress without end is not an intact document, whatever its checksum.
    for name in listed.iter().filter(|n| n.ends_with(".pdf")) {
        let path = folder.join(name);
        if let Err(e) = read_pdf(&path).and_then(|pdf| {
            attachments(&pdf).map(drop).map_err(|e| {
                Diagnostic::error(
                    &path,
                    Archive::AttachmentsDoNotRead {
                        reason: Box::new(e),
                    },
                )
            })
        }) {
            errors.push(e);
        }
    }
    // A briefing without speakers has no bios and no name tents: ask the attached source.
    let release = folder.join(crate::documents::registry::catalogued().file);
    let speakers = read_pdf(&release)
        .ok()
        .and_then(|pdf| extract(&pdf).ok())
        .and_then(|(name, bytes)| {
            let source =
                crate::input::briefing::Source::from_bytes(Path::new(&name), bytes).ok()?;
            crate::input::briefing::parse(&source).ok()
        })
        .is_none_or(|b| !b.speakers.is_empty());
    for document in documents::DOCUMENTS.iter().filter(|d| {
        d.archived != documents::Archived::No && (speakers || d.needs != documents::Needs::Speakers)
    }) {
        if !listed.contains(document.file) {
            errors.push(Diagnostic::error(
                &manifest_path,
                Archive::DocumentRemoved {
                    file: document.file.to_string(),
                },
            ));
        }
    }
    if errors.is_empty() {
        let pdf_path = folder.join(crate::documents::registry::catalogued().file);
        match read_pdf(&pdf_path)
            .and_then(|pdf| extract(&pdf).map_err(|e| Diagnostic::error(&pdf_path, e)))
        {
            Ok((name, _)) => {
                let archived = name.strip_suffix(".toml").unwrap_or(&name);
                if archived != stem {
                    let (message, hint) = if first {
                        (
                            Archive::FolderRenamed {
                                name: name.clone(),
                                stem: archived.to_string(),
                            },
                            Archive::RenameBack {
                                stem: archived.to_string(),
                            },
                        )
                    } else {
                        (
                            Archive::RevisionOfAnother {
                                name: name.clone(),
                                stem: archived.to_string(),
                            },
                            Archive::MoveBackInto {
                                stem: archived.to_string(),
                            },
                        )
                    };
                    errors.push(Diagnostic::error(folder, message).with_hint(hint));
                }
            }
            Err(d) => errors.push(d),
        }
    }
    if errors.is_empty() {
        Ok(count)
    } else {
        Err(errors)
    }
}

/// Checks the archive's `index.pdf`: present, within bounds, and a readable PDF.
pub fn verify_index(archive: &Path) -> Result<(), Diagnostic> {
    let path = archive.join(INDEX);
    let pdf = read_pdf(&path).map_err(|d| d.with_hint(Archive::ArchiveWritesIndex))?;
    super::extract::load(&pdf).map_err(|e| {
        let reason = e.to_string();
        Diagnostic::error(&path, Archive::IndexDamaged { reason })
            .with_hint(Archive::ArchiveWritesIndex)
    })?;
    Ok(())
}

/// Counts of files per folder checked by `verify`, or every problem found.
pub fn verify(archive: &Path) -> Result<BTreeMap<PathBuf, usize>, Vec<Diagnostic>> {
    let folders = briefing_folders(archive).map_err(|d| vec![d])?;
    if folders.is_empty() {
        return Err(vec![Diagnostic::error(
            archive,
            Archive::NoArchivedBriefing,
        )]);
    }
    let mut checked = BTreeMap::new();
    let mut errors = Vec::new();
    for folder in folders {
        match verify_briefing(&folder) {
            Ok(n) => {
                checked.insert(folder, n);
            }
            Err(e) => errors.extend(e),
        }
    }
    if let Err(e) = verify_index(archive) {
        errors.push(e);
    }
    if errors.is_empty() {
        Ok(checked)
    } else {
        Err(errors)
    }
}

/// Largest `MANIFEST.sha256` that `verify` reads: a few hundred bytes in practice.
pub const MAX_MANIFEST_BYTES: u64 = 64 * 1024;

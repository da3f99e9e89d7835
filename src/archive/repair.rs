//! `presskit verify --repair`: a damaged or missing file of an archived briefing folder is
//! made again from what any intact PDF of that folder carries (the briefing, its images,
//! templates and fonts, the settings; see [`crate::documents::sources`]), and written back only when
//! its SHA-256 equals the manifest's line. Nothing else is ever written: not a file the
//! manifest does not name, not the manifest itself.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::archive::{self, MANIFEST};
use crate::diagnostic::Diagnostic;
use crate::messages::Msg;
use crate::messages::archive::Archive;
use crate::pipeline::{Config, Pipeline};

/// What repairing one folder did.
#[derive(Debug, Default)]
pub struct Repaired {
    /// The files written back, each equal to its manifest line.
    pub restored: Vec<PathBuf>,
    /// Why the others could not be restored.
    pub failures: Vec<Diagnostic>,
}

/// The manifest's lines of `folder`: file name to SHA-256, or why it cannot be read.
fn manifest(folder: &Path) -> Result<BTreeMap<String, String>, Diagnostic> {
    let path = folder.join(MANIFEST);
    let bytes =
        crate::input::bounded::read(&path, archive::verify::MAX_MANIFEST_BYTES).map_err(|e| {
            Diagnostic::error(
                &path,
                Archive::ManifestUnreadable {
                    reason: e.to_string(),
                },
            )
            .with_hint(Archive::WithoutManifest)
        })?;
    let text = String::from_utf8_lossy(&bytes);
    Ok(text
        .lines()
        .filter_map(|l| l.split_once("  "))
        .filter(|(h, n)| h.len() == 64 && !n.is_empty() && !n.contains('/'))
        // The manifest is never a file repair writes, even when it lists itself.
        .filter(|(_, n)| !matches!(*n, MANIFEST | "." | ".."))
        .map(|(h, n)| (n.to_string(), h.to_string()))
        .collect())
}

/// The SHA-256 of a file, when it is a regular file that can be read.
fn digest_of(path: &Path) -> Option<String> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    if !meta.is_file() {
        return None;
    }
    crate::input::bounded::read(path, archive::extract::MAX_PDF_BYTES)
        .ok()
        .map(|b| archive::sha256_hex(&b))
}

/// Restores the damaged and missing files of every revision of one archived briefing
/// folder (see [`archive::revisions`]), typesetting as `config` says (see
/// [`Config::repair`]).
pub fn repair(folder: &Path, config: &Config) -> Repaired {
    let mut done = Repaired::default();
    if let Err(refused) = archive::verify::not_a_link(folder) {
        done.failures = refused;
        return done;
    }
    let stem = folder.file_name().unwrap_or_default().to_string_lossy();
    for revision in archive::revisions::revisions(folder) {
        let one = repair_revision(&revision.path, &stem, config);
        done.restored.extend(one.restored);
        done.failures.extend(one.failures);
    }
    done
}

/// Restores the damaged and missing files of one revision's folder of the briefing `stem`.
fn repair_revision(folder: &Path, stem: &str, config: &Config) -> Repaired {
    let mut done = Repaired::default();
    // A linked folder (or manifest) leads out of the archive: never repaired through.
    if let Err(refused) = archive::verify::not_a_link(folder)
        .and_then(|()| archive::verify::not_a_link(&folder.join(MANIFEST)))
    {
        done.failures = refused;
        return done;
    }
    let lines = match manifest(folder) {
        Ok(lines) => lines,
        Err(e) => {
            done.failures.push(e);
            return done;
        }
    };
    let (damaged, intact): (Vec<_>, Vec<_>) = lines
        .iter()
        .partition(|(name, hash)| digest_of(&folder.join(name)).as_ref() != Some(hash));
    if damaged.is_empty() {
        return done;
    }
    let cannot = |name: &str, why: Msg| {
        Diagnostic::error(
            folder.join(name),
            Archive::CannotBeRestored { why: Box::new(why) },
        )
    };
    let source = intact
        .iter()
        .map(|(name, _)| folder.join(name))
        .find(|p| p.extension().is_some_and(|e| e == "pdf"));
    let Some(source) = source else {
        for (name, _) in &damaged {
            done.failures
                .push(cannot(name, Archive::NoIntactPdf.into()));
        }
        return done;
    };
    match rebuild(folder, &source, stem, config) {
        Ok(rebuilt) => {
            for (name, hash) in damaged {
                match rebuilt.get(name.as_str()) {
                    Some(bytes) if archive::sha256_hex(bytes) == *hash => {
                        let path = folder.join(name);
                        // A damaged entry may be a folder or a link: only a file is replaced.
                        let blocked = std::fs::symlink_metadata(&path)
                            .is_ok_and(|m| m.is_dir() && !m.file_type().is_symlink());
                        let written = if blocked {
                            Err(Diagnostic::error(&path, Archive::IsAFolderMoveIt))
                        } else {
                            if std::fs::symlink_metadata(&path).is_ok_and(|m| !m.is_file()) {
                                let _ = std::fs::remove_file(&path);
                            }
                            crate::output::write_atomic(&path, bytes)
                        };
                        match written {
                            Ok(()) => done.restored.push(path),
                            Err(e) => done.failures.push(e),
                        }
                    }
                    Some(_) => done
                        .failures
                        .push(cannot(name, Archive::RebuildDoesNotMatch.into())),
                    None => done
                        .failures
                        .push(cannot(name, Archive::RebuildMakesNoSuchFile.into())),
                }
            }
        }
        Err(why) => {
            for (name, _) in &damaged {
                done.failures.push(cannot(name, why.clone()));
            }
        }
    }
    done
}

/// Makes the files of `folder`, a revision of the briefing `stem`, again from what the
/// intact PDF `source` carries, in a temporary folder, as `config` repairs: the files by
/// name.
fn rebuild(
    folder: &Path,
    source: &Path,
    stem: &str,
    config: &Config,
) -> Result<BTreeMap<String, Vec<u8>>, Msg> {
    let rebuilding = Archive::Rebuilding {
        folder: crate::diagnostic::shown(folder),
        pdf: source
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned(),
    };
    let _during = crate::memory::During::new(Msg::from(rebuilding).to_string());
    let pdf = archive::read_pdf(source).map_err(|d| d.message)?;
    let attached = archive::attachments(&pdf)?;
    if let Some((_, settings)) = attached
        .iter()
        .find(|(n, _)| n == crate::documents::sources::SETTINGS)
    {
        let settings: serde_json::Value =
            serde_json::from_slice(settings).map_err(|e| Archive::SettingsDoNotRead {
                reason: e.to_string(),
            })?;
        let made_by = settings["presskit"].as_str().unwrap_or("unknown");
        let ours = crate::documents::sources::version();
        if made_by != ours {
            return Err(Archive::MadeByOtherVersion {
                made_by: made_by.to_string(),
                ours: ours.to_string(),
            }
            .into());
        }
    } else {
        return Err(Archive::OnlyTheBriefing.into());
    }
    let work = tempfile::tempdir().map_err(|e| Archive::NoTemporaryFolder {
        reason: e.to_string(),
    })?;
    let restored = work.path().join("source");
    let briefing = archive::extract::restore_sources(&pdf, &restored)?;
    if briefing.file_stem().map(|s| s.to_string_lossy()).as_deref() != Some(stem) {
        return Err(Archive::NameIsNotTheFolders.into());
    }
    let paper = std::fs::read(restored.join(crate::documents::sources::SETTINGS))
        .ok()
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        .and_then(|v| v["paper"].as_str().map(String::from));
    // As `presskit archive` ran then: the paper it recorded, the built-in templates
    // beside the restored ones, the fonts restored beside the briefing.
    let pipeline = Pipeline::new(config.repair(match paper.as_deref() {
        Some("letter") => crate::vocab::Paper::Letter,
        _ => crate::vocab::Paper::A4,
    }));
    let to = work.path().join("archive");
    let options = pipeline.config.options(1, None);
    archive::archive_one(&pipeline, &briefing, &to, options, false).map_err(|errors| {
        Msg::from(Archive::RebuildFailed {
            reason: Box::new(
                errors
                    .into_iter()
                    .next()
                    .map_or(Msg::Foreign(String::new()), |e| e.message),
            ),
        })
    })?;
    let foreign = |e: std::io::Error| Msg::Foreign(e.to_string());
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(to.join(stem)).map_err(foreign)? {
        let path = entry.map_err(foreign)?.path();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        files.insert(name, std::fs::read(&path).map_err(foreign)?);
    }
    Ok(files)
}

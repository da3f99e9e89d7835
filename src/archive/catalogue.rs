//! The catalogue of an archive: every archived briefing that verifies, loaded again from
//! what its own documents carry and validated through `model`, as the index and the
//! report read them: one entry a briefing, its latest revision (every revision verified).

use std::path::Path;

use super::{briefing_folders, read_pdf, verify_briefing};
use crate::diagnostic::Diagnostic;
use crate::documents::index::Entry;
use crate::input::model::{self, Briefing};
use crate::input::translation;
use crate::messages::Msg;
use crate::messages::archive::Archive;
use crate::vocab::Language;

/// Every archived briefing of `archive` that verifies, oldest first, and a warning for
/// each folder left out of `what` ("the index", "the report").
pub fn catalogue(
    archive: &Path,
    what: Archive,
) -> Result<(Vec<Entry>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut kept = Vec::new();
    let mut warnings = Vec::new();
    for folder in briefing_folders(archive).map_err(|d| vec![d])? {
        let loaded = verify_briefing(&folder)
            .map_err(|_| {
                Diagnostic::error(&folder, Archive::DoesNotVerify).with_hint(Archive::VerifySaysWhy)
            })
            .map(|_| super::revisions::latest(&folder))
            .and_then(|latest| Ok((load(&latest.path)?, latest.number)));
        match loaded {
            Ok((briefing, revision)) => kept.push(Entry {
                folder: folder
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                revision,
                briefing,
            }),
            Err(d) => warnings.push(
                Diagnostic::error(
                    &folder,
                    Archive::LeftOutOf {
                        what: Box::new(what.clone().into()),
                        reason: Box::new(d.message),
                    },
                )
                .warning()
                .with_hint(
                    d.hints
                        .first()
                        .cloned()
                        .unwrap_or_else(|| Archive::VerifySaysWhy.into()),
                ),
            ),
        }
    }
    kept.sort_by(|a, b| {
        (a.briefing.event.date, &a.folder).cmp(&(b.briefing.event.date, &b.folder))
    });
    Ok((kept, warnings))
}

/// A warning for each pair of archived folders that hold one briefing (the same date and
/// title, in any case), as archiving a corrected briefing under a new file name leaves
/// them: whatever reads the catalogue would count it twice.
pub fn same_briefing_twice(archive: &Path, entries: &[&Entry]) -> Vec<Diagnostic> {
    let key = |e: &Entry| {
        (
            e.briefing.event.date,
            e.briefing.event.data.title.0.trim().to_lowercase(),
        )
    };
    let mut warnings = Vec::new();
    for (i, a) in entries.iter().enumerate() {
        if let Some(b) = entries[i + 1..].iter().find(|b| key(b) == key(a)) {
            warnings.push(
                Diagnostic::error(
                    archive.join(&b.folder),
                    Archive::SameBriefingTwice {
                        folder: a.folder.clone(),
                    },
                )
                .warning()
                .with_hint(Archive::KeepOneCopy {
                    archive: crate::diagnostic::shown(archive),
                }),
            );
        }
    }
    warnings
}

/// Restores what a folder's `press-release.pdf` carries into a temporary folder and
/// loads the briefing from there.
fn load(folder: &Path) -> Result<Briefing, Diagnostic> {
    let pdf_path = folder.join("press-release.pdf");
    let pdf = read_pdf(&pdf_path)?;
    let work = tempfile::tempdir().map_err(|e| {
        Diagnostic::error(
            folder,
            Archive::NoTemporaryFolder {
                reason: e.to_string(),
            },
        )
    })?;
    let path = super::extract::restore_sources(&pdf, work.path())
        .map_err(|e| Diagnostic::error(&pdf_path, e))?;
    let translations = archived_translations(folder, &path);
    let mut briefing = model::load(&path).map_err(|errors| {
        let first = errors
            .into_iter()
            .next()
            .map(|d| d.message)
            .unwrap_or(Msg::Foreign(String::new()));
        Diagnostic::error(
            &pdf_path,
            Archive::AttachedBriefingDoesNotLoad {
                reason: Box::new(first),
            },
        )
    })?;
    briefing.translations = translations;
    Ok(briefing)
}

/// The languages of the translations restored beside the briefing at `restored` whose
/// documents the archived `folder` holds (`press-release.kk.pdf`...), in the order of
/// their files' names.
fn archived_translations(folder: &Path, restored: &Path) -> Vec<Language> {
    let names: Vec<String> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    translation::beside(restored)
        .iter()
        .filter_map(|file| translation::name_of(file))
        .filter(|(_, code)| {
            let ending = format!(".{code}.pdf");
            names.iter().any(|n| n.ends_with(&ending))
        })
        .filter_map(|(_, code)| Language::from_code(&code))
        .collect()
}

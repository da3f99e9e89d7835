//! The catalogue of an archive: every archived briefing that verifies, loaded again from
//! what its own documents carry and validated through `model`, as the index and the
//! report read them.

use std::path::Path;

use super::{briefing_folders, read_pdf, verify_briefing};
use crate::diagnostic::Diagnostic;
use crate::input::model::{self, Briefing};

/// One archived briefing, loaded again from what its documents carry.
#[derive(Debug)]
pub struct Entry {
    /// The archive folder's name.
    pub folder: String,
    /// The briefing, validated.
    pub briefing: Briefing,
}

/// Every archived briefing of `archive` that verifies, oldest first, and a warning for
/// each folder left out of `what` ("the index", "the report").
pub fn catalogue(
    archive: &Path,
    what: &str,
) -> Result<(Vec<Entry>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut kept = Vec::new();
    let mut warnings = Vec::new();
    for folder in briefing_folders(archive).map_err(|d| vec![d])? {
        let loaded = verify_briefing(&folder)
            .map_err(|_| {
                Diagnostic::error(&folder, "does not verify against its manifest")
                    .with_hint("`presskit verify` says what is wrong with it")
            })
            .and_then(|_| load(&folder));
        match loaded {
            Ok(briefing) => kept.push(Entry {
                folder: folder
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                briefing,
            }),
            Err(d) => {
                warnings.push(
                    Diagnostic::error(&folder, format!("left out of {what}: {}", d.message))
                        .warning()
                        .with_hint(d.hints.first().cloned().unwrap_or_else(|| {
                            "`presskit verify` says what is wrong with it".into()
                        })),
                )
            }
        }
    }
    kept.sort_by(|a, b| {
        (a.briefing.event.date, &a.folder).cmp(&(b.briefing.event.date, &b.folder))
    });
    Ok((kept, warnings))
}

/// Restores what a folder's `press-release.pdf` carries into a temporary folder and
/// loads the briefing from there.
fn load(folder: &Path) -> Result<Briefing, Diagnostic> {
    let pdf_path = folder.join("press-release.pdf");
    let pdf = read_pdf(&pdf_path)?;
    let work = tempfile::tempdir()
        .map_err(|e| Diagnostic::error(folder, format!("no temporary folder: {e}")))?;
    let path = super::extract::restore_sources(&pdf, work.path())
        .map_err(|e| Diagnostic::error(&pdf_path, e))?;
    model::load(&path).map_err(|errors| {
        let first = errors
            .into_iter()
            .next()
            .map(|d| d.message)
            .unwrap_or_default();
        Diagnostic::error(
            &pdf_path,
            format!("its attached briefing does not load: {first}"),
        )
    })
}

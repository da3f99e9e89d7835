//! The archive's `index.pdf`: one row per archived briefing that verifies, read from the
//! [`catalogue`](super::catalogue) and rebuilt after every `archive` run. What its
//! template sees is [`crate::documents::index`]'s.

use std::path::{Path, PathBuf};

use super::INDEX;
use super::catalogue::catalogue;
use crate::diagnostic::Diagnostic;
use crate::documents::ARCHIVE_INDEX;
use crate::documents::index::context;
use crate::documents::overview::typeset_overview;
use crate::output;
use crate::render::Renderer;
use crate::render::templates::Output;
use crate::vocab::Date;

/// The files the index is made from, for the up-to-date record; `None` when the
/// archive cannot be read.
pub fn files(archive: &Path) -> Option<crate::output::uptodate::IndexFiles> {
    let mut folders = Vec::new();
    for folder in super::briefing_folders(archive).ok()? {
        // A link is no folder of the archive, and is never read through.
        if super::verify::not_a_link(&folder).is_err() {
            continue;
        }
        let name = folder.file_name()?.to_string_lossy().into_owned();
        // Every revision: a new one changes what the index shows.
        for revision in super::revisions::revisions(&folder) {
            let shown = match revision.number {
                1 => name.clone(),
                n => format!("{name}/{}{n}", super::revisions::PREFIX),
            };
            folders.push((shown, revision.path.join(super::MANIFEST)));
        }
    }
    Some(crate::output::uptodate::IndexFiles {
        folders,
        index: archive.join(INDEX),
    })
}

/// The index written, and the warnings about the folders it leaves out.
pub type IndexWritten = (PathBuf, Vec<Diagnostic>);

/// Rebuilds `index.pdf` (atomically) from the archive's folders that verify; each folder
/// that does not verify or cannot be read is left out with a warning naming it, so one
/// damaged folder never stops the index.
pub fn rebuild_index(
    archive: &Path,
    renderer: &Renderer,
    options: &crate::documents::Options,
) -> Result<IndexWritten, Vec<Diagnostic>> {
    let (entries, warnings) = catalogue(archive, crate::messages::archive::Archive::TheIndex)?;
    let context = context(&entries, options.paper);
    let markup = renderer
        .render(ARCHIVE_INDEX.template, Output::Typst, &context)
        .map_err(|d| vec![d])?;
    let last = context.rows.last().map_or(
        Date {
            year: 2000,
            month: 1,
            day: 1,
        },
        |r| r.sort_key,
    );
    let pdf = typeset_overview(
        ARCHIVE_INDEX.template,
        "presskit/archive/index",
        renderer,
        markup,
        [],
        crate::typeset::fonts::shipped(),
        last,
        options,
    )?;
    let path = archive.join(INDEX);
    output::write_atomic(&path, &pdf).map_err(|d| vec![d])?;
    Ok((path, warnings))
}

//! The typesetting of the documents about a whole archive (its index, the report to the
//! donor): PDF/A, as every archived document, dated by the last briefing they cover.

use std::path::PathBuf;

use crate::diagnostic::Diagnostic;
use crate::documents::Options;
use crate::render::Renderer;
use crate::render::templates::Output;
use crate::typeset;
use crate::vocab::Date;

/// Typesets the markup of a document about the whole archive (its index, the report) as
/// PDF/A with `assets` (a letterhead's logo) and `fonts`, dated `date` (the last
/// briefing's), with the run's `options` (archival, within its time limit).
#[allow(clippy::too_many_arguments)]
pub fn typeset_overview<'a>(
    template: &'static str,
    ident: &str,
    renderer: &Renderer,
    markup: String,
    assets: impl IntoIterator<Item = &'a crate::vocab::Asset>,
    fonts: std::sync::Arc<crate::typeset::fonts::FontSet>,
    date: Date,
    options: &Options,
) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let settings = Options {
        archival: true,
        ..options.clone()
    }
    .pdf_settings(ident.to_string(), date);
    let origin = renderer
        .origin(template, Output::Typst)
        .unwrap_or_else(|| PathBuf::from(template));
    let done = typeset::typeset(template, &origin, markup, assets, fonts, date, &settings)?;
    Ok(done.pdf)
}

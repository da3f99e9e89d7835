//! The typesetting of the documents about a whole archive (its index, the report to the
//! donor): PDF/A, as every archived document, dated by the last briefing they cover.

use std::path::PathBuf;

use crate::diagnostic::Diagnostic;
use crate::documents::ARCHIVE_STANDARDS;
use crate::render::Renderer;
use crate::render::templates::Output;
use crate::typeset::{self, PdfSettings};
use crate::vocab::Date;

/// Typesets the markup of a document about the whole archive (its index, the report) as
/// PDF/A with `assets` (a letterhead's logo) and `fonts`, dated `date` (the last
/// briefing's), within `timeout`.
#[allow(clippy::too_many_arguments)]
pub fn typeset_overview<'a>(
    template: &'static str,
    ident: &str,
    renderer: &Renderer,
    markup: String,
    assets: impl IntoIterator<Item = &'a crate::vocab::Asset>,
    fonts: std::sync::Arc<crate::typeset::fonts::FontSet>,
    date: Date,
    timeout: std::time::Duration,
) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let settings = PdfSettings {
        ident: ident.to_string(),
        date: typeset::document_date(date),
        standards: ARCHIVE_STANDARDS.to_vec(),
        timeout: Some(timeout),
    };
    let origin = renderer
        .origin(template, Output::Typst)
        .unwrap_or_else(|| PathBuf::from(template));
    let done = typeset::typeset(template, &origin, markup, assets, fonts, date, &settings)?;
    Ok(done.pdf)
}

//! The archive's `index.pdf`: one row per archived briefing that verifies, read from the
//! [`catalogue`](super::catalogue), rebuilt after every `archive` run; and the
//! typesetting of overviews of the whole archive, which the report shares.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::INDEX;
use super::catalogue::{Entry, catalogue};
use crate::diagnostic::Diagnostic;
use crate::documents::indicators;
use crate::documents::locale::{Language, Words, fill};
use crate::documents::{ARCHIVE_INDEX, ARCHIVE_STANDARDS};
use crate::input::briefing::OutletKind;
use crate::input::model::Date;
use crate::output;
use crate::render::Renderer;
use crate::render::templates::Output;
use crate::typeset::{self, PdfSettings};

/// One archived briefing, as the index lists it.
#[derive(Debug, Serialize)]
pub struct IndexRow {
    /// Date as YYYY-MM-DD, for sorting.
    #[serde(skip)]
    pub sort_key: Date,
    /// Date in words, in the index's language.
    pub date: String,
    /// The briefing's language.
    #[serde(skip)]
    pub language: Language,
    /// Event title.
    pub title: String,
    /// Venue and city.
    pub place: Option<String>,
    /// Speakers' names.
    pub speakers: String,
    /// Outlets present.
    pub outlets_present: u64,
    /// People present.
    pub people_present: u64,
    /// Whether some outlet that came did not say how many people it sent.
    #[serde(skip)]
    pub people_unknown: bool,
    /// People present as printed: "at least 7" when `people_unknown`, as the summary
    /// and the report print it.
    pub people_label: String,
    /// People present, by kind, in [`OutletKind::ALL`] order.
    pub people_by_kind: Vec<u64>,
    /// Archive folder name.
    pub folder: String,
}

/// What the index template sees.
#[derive(Debug, Serialize)]
pub struct IndexContext<'a> {
    /// The language of every archived briefing, or English when they differ.
    pub lang: &'static str,
    /// Fixed words, in that language.
    pub words: &'a Words,
    /// "Briefings archived: 3", in that language.
    pub count_line: String,
    /// Paper name.
    pub paper: &'static str,
    /// How many briefings are archived.
    pub count: usize,
    /// Briefings, oldest first.
    pub rows: Vec<IndexRow>,
    /// Kind names, in chart order.
    pub kinds: Vec<&'a str>,
    /// The most people present at one briefing, for scaling the chart.
    pub chart_max: u64,
}

/// The index's row of one archived briefing, its numbers counted by the indicators'
/// code (the report's), so that the index and the report never disagree.
fn index_row(entry: &Entry) -> IndexRow {
    let b = &entry.briefing;
    let counted = indicators::compute(&[b]);
    let people_by_kind = OutletKind::ALL
        .iter()
        .map(|kind| {
            counted
                .by_kind
                .iter()
                .find(|(k, _)| k == kind)
                .map_or(0, |(_, tally)| tally.journalists)
        })
        .collect();
    let place = [b.event.data.venue.as_deref(), b.event.data.city.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    IndexRow {
        sort_key: b.event.date,
        date: String::new(),
        language: b.event.language,
        title: b.event.data.title.0.clone(),
        place: (!place.is_empty()).then_some(place),
        speakers: b
            .speakers
            .iter()
            .map(|s| s.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        outlets_present: counted.outlets.len() as u64,
        people_present: counted.journalists,
        people_unknown: counted.journalists_unknown,
        people_label: String::new(),
        people_by_kind,
        folder: entry.folder.clone(),
    }
}

/// The language of the index: that of every archived briefing when they share one;
/// English for an archive in several languages (or none).
fn index_language(rows: &[IndexRow]) -> Language {
    match rows.split_first() {
        Some((first, rest)) if rest.iter().all(|r| r.language == first.language) => first.language,
        _ => Language::En,
    }
}

/// What the index template sees for the archived briefings `entries`, on `paper`.
pub fn context(
    entries: &[Entry],
    paper: crate::documents::context::Paper,
) -> IndexContext<'static> {
    let mut rows: Vec<IndexRow> = entries.iter().map(index_row).collect();
    rows.sort_by(|a, b| (a.sort_key, &a.folder).cmp(&(b.sort_key, &b.folder)));
    let language = index_language(&rows);
    let locale = language.locale();
    for row in &mut rows {
        row.date = locale.date(row.sort_key);
        row.people_label =
            crate::documents::report::at_least(row.people_present, row.people_unknown, locale);
    }
    IndexContext {
        lang: language.code(),
        words: &locale.words,
        count_line: fill(
            &locale.words.archive_count,
            &[("count", &rows.len().to_string())],
        ),
        paper: paper.typst_name(),
        chart_max: rows
            .iter()
            .map(|r| r.people_present)
            .max()
            .unwrap_or(1)
            .max(1),
        kinds: OutletKind::ALL.iter().map(|k| locale.kind(*k)).collect(),
        count: rows.len(),
        rows,
    }
}

/// How the index is made: on the paper and within the time the run was given.
#[derive(Debug, Clone, Copy)]
pub struct IndexOptions {
    /// Paper size.
    pub paper: crate::documents::context::Paper,
    /// How long typesetting may take.
    pub timeout: std::time::Duration,
}

/// The index written, and the warnings about the folders it leaves out.
pub type IndexWritten = (PathBuf, Vec<Diagnostic>);

/// Rebuilds `index.pdf` (atomically) from the archive's folders that verify; each folder
/// that does not verify or cannot be read is left out with a warning naming it, so one
/// damaged folder never stops the index.
pub fn rebuild_index(
    archive: &Path,
    renderer: &Renderer,
    options: IndexOptions,
) -> Result<IndexWritten, Vec<Diagnostic>> {
    let (entries, warnings) = catalogue(archive, "the index")?;
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
        options.timeout,
    )?;
    let path = archive.join(INDEX);
    output::write_atomic(&path, &pdf).map_err(|d| vec![d])?;
    Ok((path, warnings))
}

/// Typesets the markup of a document about the whole archive (its index, the report) as
/// PDF/A with `assets` (a letterhead's logo) and `fonts`, dated `date` (the last
/// briefing's), within `timeout`.
#[allow(clippy::too_many_arguments)]
pub fn typeset_overview<'a>(
    template: &'static str,
    ident: &str,
    renderer: &Renderer,
    markup: String,
    assets: impl IntoIterator<Item = &'a crate::input::model::Asset>,
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

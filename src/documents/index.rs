//! The archive's index as its template sees it: one row per archived briefing, counted
//! by the indicators' code (the report's), so that the index and the report never
//! disagree. The archive gathers the briefings ([`Entry`]); this stage only reads them.

use serde::Serialize;

use crate::documents::indicators;
use crate::documents::locale::{Words, fill};
use crate::input::briefing::OutletKind;
use crate::input::model::Briefing;
use crate::vocab::{Date, Language};

/// One archived briefing, loaded again from what its documents carry.
#[derive(Debug)]
pub struct Entry {
    /// The archive folder's name.
    pub folder: String,
    /// Which revision of the briefing this is (1 for the first archived; see
    /// `archive::revisions`): its latest.
    pub revision: u32,
    /// The briefing, validated.
    pub briefing: Briefing,
}

/// One archived briefing, as the index lists it.
#[derive(Debug, Serialize)]
pub struct IndexRow {
    /// Date as YYYY-MM-DD, for sorting.
    #[serde(skip)]
    pub sort_key: Date,
    /// The last day of an event of several days.
    #[serde(skip)]
    pub end_date: Option<Date>,
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
    pub outlets_present: String,
    /// Whether attendance is still to be recorded ([`crate::documents::report::attendance_pending`]).
    #[serde(skip)]
    pub pending: bool,
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
    /// The revision shown, from 2 up, as printed ("revision 2"); `None` for a briefing
    /// archived once.
    pub revision: Option<String>,
    /// The revision's number.
    #[serde(skip)]
    pub revision_number: u32,
    /// "Languages: Russian, Kazakh" for a briefing told in several, in the index's
    /// language; `None` otherwise.
    pub languages: Option<String>,
    /// Every language of the briefing, its own first.
    #[serde(skip)]
    pub all_languages: Vec<Language>,
}

/// What the index template sees.
#[derive(Debug, Serialize)]
pub struct IndexContext<'a> {
    /// The language of every archived briefing, else the user's or the most common.
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
    let place = b.event.place();
    IndexRow {
        sort_key: b.event.date,
        end_date: b.event.end_date,
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
        outlets_present: counted.outlets.len().to_string(),
        pending: crate::documents::report::attendance_pending(b),
        people_present: counted.journalists,
        people_unknown: counted.journalists_unknown,
        people_label: String::new(),
        people_by_kind,
        folder: entry.folder.clone(),
        revision: None,
        revision_number: entry.revision,
        languages: None,
        all_languages: b.languages(),
    }
}

/// The language of the index: that of every archived briefing when they share one, else
/// the most common ([`crate::documents::report::language_of`]).
fn index_language(rows: &[IndexRow]) -> Language {
    crate::documents::report::language_of(rows.iter().map(|r| r.language))
}

/// What the index template sees for the archived briefings `entries`, on `paper`.
pub fn context(entries: &[Entry], paper: crate::vocab::Paper) -> IndexContext<'static> {
    let mut rows: Vec<IndexRow> = entries.iter().map(index_row).collect();
    rows.sort_by(|a, b| (a.sort_key, &a.folder).cmp(&(b.sort_key, &b.folder)));
    let language = index_language(&rows);
    let kind = crate::documents::event_kind::EventKind::common(
        entries
            .iter()
            .map(|e| e.briefing.event.data.kind.as_deref()),
    );
    let locale = language.locale_for(kind);
    for row in &mut rows {
        row.date = locale.date_range(row.sort_key, row.end_date);
        row.people_label =
            crate::documents::locale::at_least(row.people_present, row.people_unknown, locale);
        if row.pending {
            row.people_label = crate::documents::report::pending_word(&locale.words);
            row.outlets_present = row.people_label.clone();
        }
        row.languages = crate::documents::report::languages_line(&locale.words, &row.all_languages);
        row.revision = (row.revision_number > 1).then(|| {
            fill(
                &locale.words.archive_revision,
                &[("number", &row.revision_number.to_string())],
            )
        });
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

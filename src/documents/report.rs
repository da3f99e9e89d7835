//! `presskit report`: the report to the donor, from the archive alone. Every folder that
//! verifies gives its briefing back from what its `press-release.pdf` carries (restored
//! into a temporary folder and loaded through [`model`]); the briefings of the period and
//! programme asked for become the indicators of [`crate::documents::indicators`], a PDF/A report
//! and, when asked, a CSV of the indicators.

use std::path::Path;

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::documents::indicators::{self, Indicators};
use crate::documents::locale::{Locale, Words, at_least, fill};
use crate::documents::narrative::Block;
use crate::input::model::{self, Briefing};
use crate::render::Renderer;
use crate::render::templates::Output;
use crate::vocab::Date;
use crate::vocab::Language;

/// Where `report` writes, and the paper and fonts it uses (the run's configuration's).
#[derive(Debug, Clone, Copy)]
pub struct Outputs<'a> {
    /// The report (`-o`).
    pub pdf: &'a Path,
    /// The indicator table (`--csv`), when asked for.
    pub csv: Option<&'a Path>,
    /// Paper size (`--paper`).
    pub paper: crate::vocab::Paper,
    /// Fonts added to those the archived briefings carry (`--fonts`).
    pub fonts: Option<&'a Path>,
    /// The language asked for (`--language`), else [`language`]'s.
    pub language: Option<Language>,
    /// The tables as a workbook (`--xlsx`), when asked for.
    pub xlsx: Option<&'a Path>,
    /// The office's narrative (`--narrative`), printed before the tables.
    pub narrative: &'a [Block],
    /// Who prepared the report (`--prepared-by`), else the letterhead's office or
    /// organisation.
    pub prepared_by: Option<&'a str>,
    /// When (`--prepared-on`); not printed when not given, since the report's bytes
    /// depend on its inputs alone, never on the clock.
    pub prepared_on: Option<Date>,
}

impl Outputs<'_> {
    /// The language the report is written in: `--language`, else [`language`]'s.
    pub fn language_for(&self, briefings: &[&Briefing]) -> Language {
        self.language.unwrap_or_else(|| language(briefings))
    }
}

/// Which briefings the report covers.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// The first event date kept.
    pub from: Option<Date>,
    /// The last event date kept.
    pub to: Option<Date>,
    /// Text a programme's title or funder must contain (case-insensitive).
    pub programme: Option<String>,
}

impl Filter {
    /// Whether the report covers `briefing`.
    pub fn keeps(&self, briefing: &Briefing) -> bool {
        let date = briefing.event.date;
        let wanted = self.programme.as_deref().map(str::to_lowercase);
        self.from.is_none_or(|from| date >= from)
            && self.to.is_none_or(|to| date <= to)
            && wanted.is_none_or(|text| {
                briefing.programmes.iter().any(|p| {
                    p.title.0.to_lowercase().contains(&text)
                        || p.funders.iter().any(|f| f.0.to_lowercase().contains(&text))
                })
            })
    }
}

/// The language of the report: that of every briefing when they share one, else
/// [`language_of`]'s choice among theirs.
pub fn language(briefings: &[&Briefing]) -> Language {
    language_of(briefings.iter().map(|b| b.event.language))
}

/// The language of an overview (the report, the archive's index) of briefings written in
/// `languages`: theirs when they share one; else the language most of them are in (the
/// first of [`Language::ALL`] on a tie); English when there is none. It is chosen from the
/// archive alone, not from the user's language, so that two colleagues get the same
/// bytes from the same archive (`--language` chooses another).
pub fn language_of(languages: impl Iterator<Item = Language>) -> Language {
    let mut counts = [0usize; 3];
    for language in languages {
        if let Some(at) = Language::ALL.iter().position(|l| *l == language) {
            counts[at] += 1;
        }
    }
    let present: Vec<Language> = Language::ALL
        .into_iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(l, _)| l)
        .collect();
    match present.as_slice() {
        [] => Language::En,
        [only] => *only,
        _ => {
            let most = counts.iter().copied().max().unwrap_or(0);
            let at = counts.iter().position(|n| *n == most).unwrap_or(0);
            Language::ALL[at]
        }
    }
}

/// How many rows of [`indicator_rows`] are about the whole period; the rest are by
/// language and by kind, which the PDF shows as tables of their own.
const OVERALL_ROWS: usize = 6;

/// One indicator: what is counted, the count, and whether the count is a lower bound
/// (some outlet did not say how many people it sent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    /// What is counted, in the report's language.
    pub name: String,
    /// The count.
    pub value: u64,
    /// Whether the count is "at least" the value.
    pub at_least: bool,
}

impl Indicator {
    /// The count as the report prints it: `65,000`, `at least 42`.
    pub fn printed(&self, locale: &Locale) -> String {
        at_least(self.value, self.at_least, locale)
    }
}

/// The indicator table in `locale`'s words: what the CSV and the XLSX hold and the
/// report's first table shows.
pub fn indicator_rows(i: &Indicators, locale: &Locale) -> Vec<Indicator> {
    let w = &locale.words;
    let row = |name: String, value: u64, at_least: bool| Indicator {
        name,
        value,
        at_least,
    };
    let mut rows = vec![
        row(w.briefings_held.clone(), i.briefings, false),
        row(
            w.journalists_reached.clone(),
            i.journalists,
            i.journalists_unknown,
        ),
        row(w.outlets_reached.clone(), i.outlets.len() as u64, false),
        row(
            w.outlets_reached_again.clone(),
            i.outlets_reached_again(),
            false,
        ),
        row(w.pieces_published.clone(), i.pieces, false),
        row(
            fill(
                &w.report_total_reach,
                &[
                    ("count", &locale.number(i.pieces_with_reach)),
                    ("count_part", &locale.part(i.pieces_with_reach)),
                    ("total", &locale.number(i.pieces)),
                ],
            ),
            i.reach,
            false,
        ),
    ];
    for (language, t) in &i.by_language {
        let name = language_name(w, *language);
        let of = |what: &str| fill(&w.indicator_of, &[("what", what), ("of", name)]);
        rows.push(row(of(&w.briefings_held), t.briefings, false));
        rows.push(row(
            of(&w.journalists_reached),
            t.journalists,
            t.journalists_unknown,
        ));
        rows.push(row(of(&w.pieces_published), t.pieces, false));
    }
    for (kind, t) in &i.by_kind {
        let name = locale.kind(*kind);
        let of = |what: &str| fill(&w.indicator_of, &[("what", what), ("of", name)]);
        rows.push(row(of(&w.outlets_reached), t.outlets, false));
        rows.push(row(
            of(&w.journalists_reached),
            t.journalists,
            t.journalists_unknown,
        ));
        rows.push(row(of(&w.pieces_published), t.pieces, false));
    }
    let documents_in = w
        .more
        .get("briefings_with_documents_in")
        .map_or("", String::as_str);
    for (language, count) in &i.documents_in {
        let name = language_name(w, *language);
        let of = fill(&w.indicator_of, &[("what", documents_in), ("of", name)]);
        rows.push(row(of, *count, false));
    }
    rows
}

/// A language's name in the words of the report.
pub fn language_name(words: &Words, language: Language) -> &str {
    match language {
        Language::En => &words.language_names.en,
        Language::Ru => &words.language_names.ru,
        Language::Kk => &words.language_names.kk,
    }
}

/// Whether a briefing's attendance is still to be recorded: outlets registered (format
/// 2), none yet marked present or absent. The overviews then print [`pending_word`]
/// instead of counts of zero, which a donor would read as nobody came.
pub fn attendance_pending(b: &Briefing) -> bool {
    !b.attendance.is_empty() && !b.attendance.iter().any(|o| o.recorded)
}

/// What the overviews print in place of a count not recorded yet ("not recorded yet").
pub fn pending_word(words: &Words) -> String {
    words
        .more
        .get("not_recorded")
        .cloned()
        .unwrap_or_else(|| "not recorded yet".into())
}

/// The languages of a briefing told in several, as the index and the report print them
/// under its title ("Languages: Russian, Kazakh"); `None` for a briefing in one language.
pub fn languages_line(words: &Words, languages: &[Language]) -> Option<String> {
    if languages.len() < 2 {
        return None;
    }
    let word = words
        .more
        .get("languages")
        .map_or("Languages", String::as_str);
    let names: Vec<&str> = languages.iter().map(|l| language_name(words, *l)).collect();
    Some(format!("{word}: {}", names.join(", ")))
}

/// The indicator table as CSV for a spreadsheet: UTF-8 with a byte-order mark (which
/// Excel needs to read it as UTF-8), a header row in the report's language, then one row
/// per indicator: its name, its count as digits alone, and in a column of its own the
/// qualifier of a lower bound ("at least"), so that every value is a number. Fields are
/// separated by `;` in Russian and Kazakh, whose spreadsheets take `,` for the decimal
/// mark and `;` between fields, and by `,` in English.
pub fn csv(rows: &[Indicator], locale: &Locale) -> Vec<u8> {
    let w = &locale.words;
    let delimiter = if locale.thousands_separator == "," {
        b','
    } else {
        b';'
    };
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let _ = writer.write_record([&w.indicator, &w.value, &w.qualifier]);
    for row in rows {
        let qualifier = if row.at_least {
            w.lower_bound.as_str()
        } else {
            ""
        };
        let _ = writer.write_record([row.name.as_str(), &row.value.to_string(), qualifier]);
    }
    writer.into_inner().unwrap_or_default()
}

/// One indicator, as the report prints it.
#[derive(Debug, Serialize)]
pub struct IndicatorRow {
    /// What is counted.
    pub name: String,
    /// The count, as printed ("at least 12").
    pub value: String,
}

/// The counts of one language or kind of outlet, as the report's tables print them.
#[derive(Debug, Serialize)]
pub struct TallyRow {
    /// The language's or kind's name.
    pub name: String,
    /// Briefings held (by language) or attended (by kind).
    pub briefings: String,
    /// Distinct outlets present.
    pub outlets: String,
    /// People present, "at least N" when some outlet did not say.
    pub journalists: String,
    /// Pieces published.
    pub pieces: String,
}

/// One briefing of the report's table.
#[derive(Debug, Serialize)]
pub struct BriefingRow {
    /// The event date, in words.
    pub date: String,
    /// The event title.
    pub title: String,
    /// Venue and city.
    pub place: String,
    /// Outlets present ("not recorded yet" while attendance is).
    pub outlets: String,
    /// People present, "at least N" when some outlet did not say.
    pub people: String,
    /// Pieces published.
    pub pieces: u64,
    /// "Languages: Russian, Kazakh" for a briefing told in several, `None` otherwise.
    pub languages: Option<String>,
}

/// One piece published, for the coverage table.
#[derive(Debug, Serialize)]
pub struct PieceRow {
    /// When it was published, in words.
    pub date: String,
    /// Its headline.
    pub headline: String,
    /// Its link, when known and a web address (`http`, `https`): a template may link it.
    pub url: Option<String>,
    /// The outlet that published it.
    pub outlet: String,
    /// Its reach, when known, as the language prints numbers.
    pub reach: Option<String>,
}

/// People present in one quarter, for the chart.
#[derive(Debug, Serialize)]
pub struct Quarter {
    /// "2017 Q1", in the report's language.
    pub label: String,
    /// People present at the quarter's briefings.
    pub people: u64,
}

/// One outlet and the briefings it came to.
#[derive(Debug, Serialize)]
pub struct OutletRow {
    /// Its name.
    pub name: String,
    /// How many briefings it came to.
    pub briefings: u64,
}

/// A programme named by the briefings, with its funders.
#[derive(Debug, Serialize)]
pub struct ProgrammeRow {
    /// Its title.
    pub title: String,
    /// Its funders, each as written (printed one per line).
    pub funders: Vec<String>,
}

/// What `report.typ.hbs` receives.
#[derive(Debug, Serialize)]
pub struct ReportContext<'a> {
    /// The report's language code.
    pub lang: &'static str,
    /// Fixed words, in that language.
    pub words: &'a Words,
    /// Paper name.
    pub paper: &'static str,
    /// The organisation of the latest briefing reported on (in the report's language
    /// when there is one), for the letterhead.
    pub organization: crate::documents::context::OrganizationContext<'a>,
    /// "22 December 2016 – 21 December 2017": the first and last briefing's dates (one
    /// date for a period of one day).
    pub period: String,
    /// "Prepared by the Public Information Unit, 5 January 2018".
    pub prepared: String,
    /// The office's narrative, before the tables: headings, paragraphs and lists.
    pub narrative: &'a [Block],
    /// The indicators of the whole period (the first rows of the CSV).
    pub indicators: Vec<IndicatorRow>,
    /// The counts per language of the briefing.
    pub by_language: Vec<TallyRow>,
    /// The counts per kind of outlet.
    pub by_kind: Vec<TallyRow>,
    /// The briefings, oldest first.
    pub briefings: Vec<BriefingRow>,
    /// Every piece published, oldest first.
    pub coverage: Vec<PieceRow>,
    /// People present per quarter, each quarter that held a briefing.
    pub quarters: Vec<Quarter>,
    /// The most people of a quarter, for scaling the chart.
    pub chart_max: u64,
    /// Outlets, most briefings first.
    pub outlets: Vec<OutletRow>,
    /// Programmes and funders named, each once.
    pub programmes: Vec<ProgrammeRow>,
}

/// The briefing whose organisation heads the report: the latest in the report's language
/// (so that a report in English of briefings in three languages is headed in English),
/// else the latest.
///
/// `briefings` is not empty.
fn letterhead<'a>(briefings: &[&'a Briefing], language: Language) -> &'a Briefing {
    briefings
        .iter()
        .rev()
        .find(|b| b.event.language == language)
        .or(briefings.last())
        .expect("a report covers at least one briefing")
}

/// The report's context for `briefings` (oldest first), in `language`.
///
/// `briefings` is not empty.
pub fn context<'a>(
    briefings: &[&'a Briefing],
    language: Language,
    outputs: &Outputs<'a>,
    filter: &Filter,
) -> ReportContext<'a> {
    let paper = outputs.paper;
    let locale: &'static Locale = language.locale_for(
        crate::documents::event_kind::EventKind::of_briefings(briefings),
    );
    let i = indicators::compute(briefings);
    let indicators = indicator_rows(&i, locale)
        .into_iter()
        .take(OVERALL_ROWS)
        .map(|row| IndicatorRow {
            value: row.printed(locale),
            name: row.name,
        })
        .collect();
    let tally = |name: &str, t: &indicators::Tally| TallyRow {
        name: name.to_string(),
        briefings: locale.number(t.briefings),
        outlets: locale.number(t.outlets),
        journalists: at_least(t.journalists, t.journalists_unknown, locale),
        pieces: locale.number(t.pieces),
    };
    let by_language = i
        .by_language
        .iter()
        .map(|(l, t)| tally(language_name(&locale.words, *l), t))
        .collect();
    let by_kind = i
        .by_kind
        .iter()
        .map(|(k, t)| tally(locale.kind(*k), t))
        .collect();
    let rows = briefings
        .iter()
        .map(|b| {
            let one = indicators::compute(&[b]);
            let place = b.event.place();
            BriefingRow {
                date: locale.date_range(b.event.date, b.event.end_date),
                title: b.event.data.title.0.clone(),
                place,
                outlets: if attendance_pending(b) {
                    pending_word(&locale.words)
                } else {
                    one.outlets.len().to_string()
                },
                people: if attendance_pending(b) {
                    pending_word(&locale.words)
                } else {
                    at_least(one.journalists, one.journalists_unknown, locale)
                },
                pieces: one.pieces,
                languages: languages_line(&locale.words, &b.languages()),
            }
        })
        .collect();
    let mut pieces: Vec<&model::Piece> = briefings.iter().flat_map(|b| &b.coverage).collect();
    pieces.sort_by_key(|p| p.date);
    let coverage = pieces
        .into_iter()
        .map(|p| PieceRow {
            date: locale.date(p.date),
            headline: p.headline.clone(),
            url: p
                .url
                .as_deref()
                .and_then(crate::input::links::web_link)
                .map(String::from),
            outlet: p.outlet.trim().to_string(),
            reach: p.reach.map(|r| locale.number(r)),
        })
        .collect();
    let quarters = quarters(briefings, locale);
    let mut outlets: Vec<OutletRow> = i
        .outlets
        .iter()
        .map(|o| OutletRow {
            name: o.name.clone(),
            briefings: o.briefings,
        })
        .collect();
    outlets.sort_by_key(|o| std::cmp::Reverse(o.briefings));
    let programmes = programmes(briefings);
    // The period asked for (`--from`, `--to`), else that of the first and last briefing.
    let from = filter.from.or(briefings.first().map(|b| b.event.date));
    let to = filter.to.or(briefings.last().map(|b| b.event.date));
    let period = match (from, to) {
        (Some(from), Some(to)) if from == to => locale.date(from),
        (Some(from), Some(to)) => format!("{} – {}", locale.date(from), locale.date(to)),
        _ => String::new(),
    };
    let latest = letterhead(briefings, language);
    let by = outputs.prepared_by.map(str::to_string).unwrap_or_else(|| {
        let organization = &latest.organization.data;
        organization
            .office
            .clone()
            .filter(|o| !o.trim().is_empty())
            .unwrap_or_else(|| organization.name.0.clone())
    });
    let prepared = match outputs.prepared_on {
        Some(on) => fill(
            &locale.words.report_prepared,
            &[("by", &by), ("date", &locale.date(on))],
        ),
        None => fill(&locale.words.prepared_by, &[("office", &by)]),
    };
    ReportContext {
        prepared,
        narrative: outputs.narrative,
        lang: language.code(),
        words: &locale.words,
        paper: paper.typst_name(),
        organization: crate::documents::context::organization(latest),
        period,
        indicators,
        by_language,
        by_kind,
        briefings: rows,
        coverage,
        chart_max: quarters.iter().map(|q| q.people).max().unwrap_or(1).max(1),
        quarters,
        outlets,
        programmes,
    }
}

/// People present per quarter (oldest first), each quarter that held a briefing: a
/// quarter without one is no bar of zero.
pub fn quarters(briefings: &[&Briefing], locale: &Locale) -> Vec<Quarter> {
    let quarter = |d: Date| u32::from(d.year) * 4 + u32::from(d.month - 1) / 3;
    let mut quarters: Vec<(u32, u64)> = Vec::new();
    for b in briefings {
        let q = quarter(b.event.date);
        let people = indicators::compute(&[b]).journalists;
        match quarters.iter_mut().find(|(held, _)| *held == q) {
            Some((_, sum)) => *sum += people,
            None => quarters.push((q, people)),
        }
    }
    quarters.sort_by_key(|(q, _)| *q);
    quarters
        .into_iter()
        .map(|(q, people)| Quarter {
            label: fill(
                &locale.words.quarter,
                &[
                    ("year", &(q / 4).to_string()),
                    ("quarter", &(q % 4 + 1).to_string()),
                ],
            ),
            people,
        })
        .collect()
}

/// The programmes the briefings name, each once (by title, in any case), with their
/// funders as written.
pub fn programmes(briefings: &[&Briefing]) -> Vec<ProgrammeRow> {
    let mut programmes: Vec<ProgrammeRow> = Vec::new();
    for p in briefings.iter().flat_map(|b| &b.programmes) {
        let title = p.title.0.trim().to_string();
        if !programmes
            .iter()
            .any(|r| r.title.to_lowercase() == title.to_lowercase())
        {
            programmes.push(ProgrammeRow {
                title,
                funders: p.funders.iter().map(|f| f.0.trim().to_string()).collect(),
            });
        }
    }
    programmes
}

/// The fonts of the report: the shipped ones, those added by `--fonts DIR`, and those
/// the briefings reported on carried (each face once).
fn fonts(
    briefings: &[&Briefing],
    folder: Option<&Path>,
) -> Result<std::sync::Arc<crate::typeset::fonts::FontSet>, Vec<Diagnostic>> {
    let folders: Vec<std::path::PathBuf> = folder.map(Path::to_path_buf).into_iter().collect();
    let base = crate::typeset::fonts::with_added(&folders)?;
    Ok(crate::typeset::fonts::union(
        &base,
        briefings.iter().map(|b| b.fonts.as_ref()),
    ))
}

/// Typesets the report of `briefings` (oldest first, at least one) as PDF/A, on
/// `to.paper`, under the letterhead (and logo) of the latest briefing, with the fonts the
/// briefings carried and `to.fonts`.
pub fn pdf(
    briefings: &[&Briefing],
    renderer: &Renderer,
    to: Outputs<'_>,
    filter: &Filter,
    options: &crate::documents::Options,
) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let fonts = fonts(briefings, to.fonts)?;
    let language = to.language_for(briefings);
    let context = context(briefings, language, &to, filter);
    let markup = renderer
        .render(crate::documents::REPORT.template, Output::Typst, &context)
        .map_err(|d| vec![d])?;
    let last = briefings.last().map_or(
        Date {
            year: 2000,
            month: 1,
            day: 1,
        },
        |b| b.event.date,
    );
    let logo = letterhead(briefings, language).organization.logo.as_ref();
    crate::documents::overview::typeset_overview(
        crate::documents::REPORT.template,
        "presskit/report",
        renderer,
        markup,
        logo,
        fonts,
        last,
        options,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_overview_of_several_languages_is_in_the_most_common() {
        use Language::{En, Kk, Ru};
        let of = |languages: &[Language]| language_of(languages.iter().copied());
        assert_eq!(of(&[]), En);
        assert_eq!(of(&[Kk, Kk]), Kk);
        assert_eq!(of(&[Ru, Kk, Kk]), Kk);
        assert_eq!(of(&[Kk, Ru, Ru]), Ru);
        assert_eq!(of(&[Kk, Ru]), Ru);
        assert_eq!(of(&[En, Ru, Kk]), En);
        assert_eq!(of(&[En, Ru]), En);
    }
}

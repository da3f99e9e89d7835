//! The donor report as an Excel workbook (`report --xlsx`, written by `rust_xlsxwriter`):
//! one sheet per table of the report, headings in the report's language, every count a
//! number cell (a lower bound is the number, with "at least" in a qualifier column beside
//! it), every date a date cell. The same numbers as the PDF and the CSV: all come from
//! [`crate::documents::indicators`]. Dated by the last briefing, never by the clock, so
//! the same archive gives the same bytes.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use crate::documents::indicators::{self, Tally};
use crate::documents::locale::Locale;
use crate::documents::report::{Indicator, indicator_rows};
use crate::input::model::Briefing;
use crate::vocab::Date;

/// A cell of a sheet's row.
enum Cell {
    /// Text.
    Text(String),
    /// A number.
    Number(u64),
    /// A day.
    Day(Date),
    /// Nothing.
    Empty,
}

/// One sheet: its name, headings and rows.
struct Sheet {
    /// The sheet's name (cut to the 31 characters Excel allows).
    name: String,
    /// The heading row.
    headings: Vec<String>,
    /// The rows.
    rows: Vec<Vec<Cell>>,
}

/// The qualifier cell of a count: "at least" for a lower bound, else nothing.
fn qualifier(lower_bound: bool, locale: &Locale) -> Cell {
    if lower_bound {
        Cell::Text(locale.words.lower_bound.clone())
    } else {
        Cell::Empty
    }
}

/// The row of one language's or kind's tally.
fn tally_row(name: &str, t: &Tally, locale: &Locale) -> Vec<Cell> {
    vec![
        Cell::Text(name.to_string()),
        Cell::Number(t.briefings),
        Cell::Number(t.outlets),
        Cell::Number(t.journalists),
        qualifier(t.journalists_unknown, locale),
        Cell::Number(t.pieces),
    ]
}

/// The sheets of the report of `briefings` (oldest first), in `locale`'s words.
fn sheets(briefings: &[&Briefing], locale: &Locale) -> Vec<Sheet> {
    let w = &locale.words;
    let word = |key: &str| w.more.get(key).cloned().unwrap_or_else(|| key.to_string());
    let i = indicators::compute(briefings);
    let indicators: Vec<Vec<Cell>> = indicator_rows(&i, locale)
        .into_iter()
        .map(
            |Indicator {
                 name,
                 value,
                 at_least,
             }| {
                vec![
                    Cell::Text(name),
                    Cell::Number(value),
                    qualifier(at_least, locale),
                ]
            },
        )
        .collect();
    let tally_headings = |first: String, briefings: String| {
        vec![
            first,
            briefings,
            w.outlets_reached.clone(),
            w.journalists_reached.clone(),
            w.qualifier.clone(),
            w.pieces_published.clone(),
        ]
    };
    let by_language = i
        .by_language
        .iter()
        .map(|(l, t)| tally_row(crate::documents::report::language_name(w, *l), t, locale))
        .collect();
    let by_kind = i
        .by_kind
        .iter()
        .map(|(k, t)| tally_row(locale.kind(*k), t, locale))
        .collect();
    let held = briefings
        .iter()
        .map(|b| {
            let one = indicators::compute(&[b]);
            let place = b.event.place();
            vec![
                Cell::Day(b.event.date),
                Cell::Text(b.event.data.title.0.clone()),
                Cell::Text(place),
                Cell::Number(one.outlets.len() as u64),
                Cell::Number(one.journalists),
                if crate::documents::report::attendance_pending(b) {
                    Cell::Text(crate::documents::report::pending_word(&locale.words))
                } else {
                    qualifier(one.journalists_unknown, locale)
                },
                Cell::Number(one.pieces),
                Cell::Text(
                    b.languages()
                        .iter()
                        .map(|l| crate::documents::report::language_name(w, *l))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            ]
        })
        .collect();
    let mut pieces: Vec<&crate::input::model::Piece> =
        briefings.iter().flat_map(|b| &b.coverage).collect();
    pieces.sort_by_key(|p| p.date);
    let coverage = pieces
        .into_iter()
        .map(|p| {
            vec![
                Cell::Day(p.date),
                Cell::Text(p.headline.clone()),
                Cell::Text(p.outlet.trim().to_string()),
                p.language.as_deref().map_or(Cell::Empty, |l| {
                    Cell::Text(locale.language_name(&l.trim().to_lowercase()))
                }),
                p.reach.map_or(Cell::Empty, Cell::Number),
                p.url.clone().map_or(Cell::Empty, Cell::Text),
            ]
        })
        .collect();
    let quarters = crate::documents::report::quarters(briefings, locale)
        .into_iter()
        .map(|q| vec![Cell::Text(q.label), Cell::Number(q.people)])
        .collect();
    let mut outlets: Vec<&indicators::OutletReached> = i.outlets.iter().collect();
    outlets.sort_by_key(|o| std::cmp::Reverse(o.briefings));
    let outlets = outlets
        .into_iter()
        .map(|o| vec![Cell::Text(o.name.clone()), Cell::Number(o.briefings)])
        .collect();
    let programmes = crate::documents::report::programmes(briefings)
        .into_iter()
        .flat_map(|p| {
            let title = p.title;
            let funders = if p.funders.is_empty() {
                vec![String::new()]
            } else {
                p.funders
            };
            funders
                .into_iter()
                .map(move |f| vec![Cell::Text(title.clone()), Cell::Text(f)])
        })
        .collect();
    vec![
        Sheet {
            name: word("report_title"),
            headings: vec![w.indicator.clone(), w.value.clone(), w.qualifier.clone()],
            rows: indicators,
        },
        Sheet {
            name: word("report_by_language"),
            headings: tally_headings(word("language"), w.briefings_held.clone()),
            rows: by_language,
        },
        Sheet {
            name: word("by_kind"),
            headings: tally_headings(word("kind"), word("briefings_attended")),
            rows: by_kind,
        },
        Sheet {
            name: w.briefings_held.clone(),
            headings: vec![
                word("date"),
                word("briefing"),
                word("place"),
                word("outlets"),
                word("people"),
                w.qualifier.clone(),
                word("report_pieces"),
                word("languages"),
            ],
            rows: held,
        },
        Sheet {
            name: word("coverage"),
            headings: vec![
                word("published"),
                word("headline"),
                word("outlet"),
                word("language"),
                word("reach"),
                word("link"),
            ],
            rows: coverage,
        },
        Sheet {
            name: word("people_per_quarter"),
            headings: vec![word("quarter_heading"), word("people")],
            rows: quarters,
        },
        Sheet {
            name: word("outlets"),
            headings: vec![word("outlet"), word("briefings_attended")],
            rows: outlets,
        },
        Sheet {
            name: word("programmes_and_funders"),
            headings: vec![word("programme"), word("funders")],
            rows: programmes,
        },
    ]
}

/// A sheet name Excel accepts: without `[]:*?/\`, at most 31 characters, and not the
/// name of an earlier sheet.
fn sheet_name(name: &str, taken: &[String]) -> String {
    let clean: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { ' ' } else { c })
        .collect();
    let mut cut: String = clean.trim().chars().take(31).collect();
    let mut n = 2;
    while taken.iter().any(|t| t.to_lowercase() == cut.to_lowercase()) {
        let suffix = format!(" {n}");
        cut = clean.chars().take(31 - suffix.len()).collect::<String>() + &suffix;
        n += 1;
    }
    cut
}

/// Writes one sheet: the bold heading row, then the rows.
fn write_sheet(sheet: &mut Worksheet, data: &Sheet) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let day = Format::new().set_num_format("yyyy-mm-dd");
    for (column, heading) in data.headings.iter().enumerate() {
        let column = column as u16;
        sheet.write_string_with_format(0, column, heading, &bold)?;
        sheet.set_column_width(column, heading.chars().count().clamp(12, 60) as f64)?;
    }
    for (row, cells) in data.rows.iter().enumerate() {
        let row = row as u32 + 1;
        for (column, cell) in cells.iter().enumerate() {
            let column = column as u16;
            match cell {
                Cell::Text(text) => {
                    sheet.write_string(row, column, text)?;
                }
                Cell::Number(n) => {
                    sheet.write_number(row, column, *n as f64)?;
                }
                Cell::Day(d) => {
                    let date = ExcelDateTime::from_ymd(d.year, d.month, d.day)?;
                    sheet.write_datetime_with_format(row, column, &date, &day)?;
                }
                Cell::Empty => {}
            }
        }
    }
    Ok(())
}

/// The workbook of the report of `briefings` (oldest first, at least one), in `locale`'s
/// words, as the bytes of an `.xlsx` file.
pub fn xlsx(briefings: &[&Briefing], locale: &Locale) -> Result<Vec<u8>, String> {
    let build = || -> Result<Vec<u8>, XlsxError> {
        let mut workbook = Workbook::new();
        let last = briefings.last().map_or(
            Date {
                year: 2000,
                month: 1,
                day: 1,
            },
            |b| b.event.date,
        );
        let dated = ExcelDateTime::from_ymd(last.year, last.month, last.day)?;
        workbook.set_properties(
            &DocProperties::new()
                .set_title(
                    locale
                        .words
                        .more
                        .get("report_title")
                        .map_or("", String::as_str),
                )
                .set_creation_datetime(&dated),
        );
        let mut taken: Vec<String> = Vec::new();
        for data in sheets(briefings, locale) {
            let name = sheet_name(&data.name, &taken);
            let sheet = workbook.add_worksheet();
            sheet.set_name(&name)?;
            write_sheet(sheet, &data)?;
            taken.push(name);
        }
        workbook.save_to_buffer()
    };
    build().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_ones_excel_takes() {
        let taken = vec!["Outlets".to_string()];
        assert_eq!(sheet_name("outlets", &taken), "outlets 2");
        assert_eq!(sheet_name("a/b: c?", &[]), "a b  c");
        let long = "Присутствовало журналистов по кварталам";
        assert_eq!(sheet_name(long, &[]).chars().count(), 31);
    }
}

//! Media-monitoring sheets: one row per published piece becomes a `[[coverage]]` table.
//! A piece is the same as one the briefing holds when its outlet, headline (trimmed,
//! case folded) and date are; then every other value the sheet gives must agree.

use crate::diagnostic::Diagnostic;
use crate::input::briefing::{self, Source};
use crate::input::model;
use crate::input::sheet::{self, Cell, Place, Table};
use crate::messages::Msg;
use crate::messages::input::import::Import;

use super::values;
use super::{Plan, checked, conflict, same_name};

/// The headings that name each column of a monitoring sheet, folded (see [`sheet::fold`]).
pub const HEADINGS: &[(&str, &[&str])] = &[
    (
        "outlet",
        &[
            "media",
            "mediaoutlet",
            "source",
            "сми",
            "издание",
            "источник",
            "бақ",
            "басылым",
            "дереккөз",
        ],
    ),
    (
        "headline",
        &[
            "title",
            "заголовок",
            "название",
            "тақырып",
            "тақырыбы",
            "атауы",
        ],
    ),
    (
        "date",
        &[
            "published",
            "publicationdate",
            "дата",
            "датапубликации",
            "датавыхода",
            "күні",
            "жарияланғанкүні",
            "жариялануы",
        ],
    ),
    (
        "kind",
        &[
            "type",
            "mediatype",
            "вид",
            "тип",
            "видсми",
            "типсми",
            "түрі",
            "бақтүрі",
        ],
    ),
    (
        "url",
        &[
            "link",
            "address",
            "web",
            "ссылка",
            "адрес",
            "сілтеме",
            "мекенжай",
        ],
    ),
    ("language", &["lang", "язык", "тіл", "тілі"]),
    (
        "reach",
        &[
            "audience",
            "views",
            "охват",
            "аудитория",
            "просмотры",
            "қамту",
            "қаралым",
        ],
    ),
    (
        "note",
        &[
            "notes",
            "comment",
            "примечание",
            "комментарий",
            "ескерту",
            "түсініктеме",
        ],
    ),
];

/// One piece of the sheet.
#[derive(Debug, Clone)]
struct Piece {
    /// The outlet cell.
    outlet: Cell,
    /// Headline.
    headline: String,
    /// Publication date.
    date: (u16, u8, u8),
    /// Kind, as the format spells it.
    kind: Option<&'static str>,
    /// Link.
    url: Option<String>,
    /// Language code.
    language: Option<String>,
    /// Audience estimate.
    reach: Option<u64>,
    /// Note.
    note: Option<String>,
}

impl Piece {
    /// Where the row is.
    fn place(&self) -> &Place {
        &self.outlet.place
    }

    /// Whether `other` is the same piece: outlet, headline and date.
    fn same(&self, outlet: &str, headline: &str, date: (u16, u8, u8)) -> bool {
        same_name(&self.outlet.text, outlet)
            && same_name(&self.headline, headline)
            && self.date == date
    }
}

/// What the coverage of `table` adds to the briefing `current` (read from `source`).
pub fn plan(
    table: &Table,
    columns: &sheet::Columns,
    current: &model::Briefing,
    source: &Source,
) -> Result<Plan, Vec<Diagnostic>> {
    // Pieces are independent: the bad rows and the conflicts of the good ones are all told.
    let (pieces, mut errors) = read_rows(table, columns)?;
    let mut plan = Plan::default();
    let mut seen: Vec<&Piece> = Vec::new();
    for piece in &pieces {
        if let Some(earlier) = seen
            .iter()
            .find(|p| p.same(&piece.outlet.text, &piece.headline, piece.date))
        {
            let d = differences_between(earlier, piece);
            if !d.is_empty() {
                errors.push(
                    table
                        .error_at(
                            piece.place(),
                            Import::ListedTwice {
                                differences: super::joined(&d),
                            },
                        )
                        .with_hint(Import::ListedTwiceHint),
                );
            }
            plan.skipped += 1;
            continue;
        }
        seen.push(piece);
        let existing = current.coverage.iter().position(|p| {
            piece.same(
                &p.outlet,
                &p.headline,
                (p.date.year, p.date.month, p.date.day),
            )
        });
        match existing {
            None => plan.tables.push(to_table(piece)),
            Some(i) => match differences(&current.coverage[i], piece) {
                d if d.is_empty() => plan.skipped += 1,
                d => errors.push(conflict(
                    table,
                    piece.place(),
                    source,
                    &briefing::at("coverage").index(i).key("headline"),
                    Import::PieceOf {
                        headline: piece.headline.clone(),
                        outlet: piece.outlet.text.clone(),
                    },
                    &d,
                )),
            },
        }
    }
    if errors.is_empty() {
        Ok(plan)
    } else {
        Err(errors)
    }
}

/// Reads every row: the good pieces, and an error for every bad cell; fails only for
/// want of a required column.
fn read_rows(
    table: &Table,
    columns: &sheet::Columns,
) -> Result<(Vec<Piece>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (Some(outlet), Some(headline), Some(date)) = (
        columns.of("outlet"),
        columns.of("headline"),
        columns.of("date"),
    ) else {
        let found: Vec<&str> = table.headings.iter().map(|h| h.text.as_str()).collect();
        return Err(vec![
            table
                .heading_error(Import::CoverageColumns {
                    list: found.join(", "),
                })
                .with_hint(Import::CoverageColumnsHint),
        ]);
    };
    let mut errors = Vec::new();
    let mut pieces = Vec::new();
    for row in &table.rows {
        let cell = |column: Option<usize>| sheet::cell(row, column);
        let text = |key: &str| cell(columns.of(key)).map(|c| c.text.clone());
        let first = &row[0].place;
        let before = errors.len();
        let mut required = |column: usize, what: &str| {
            let found = cell(Some(column));
            if found.is_none() {
                errors.push(table.error_at(
                    first,
                    Import::RowHasNo {
                        column: what.into(),
                    },
                ));
            }
            found
        };
        let (outlet, headline, date_cell) = (
            required(outlet, "outlet"),
            required(headline, "headline"),
            required(date, "date"),
        );
        if let Some(outlet) = outlet {
            checked(&mut errors, table, outlet, values::name(outlet));
        }
        let date = date_cell.and_then(|c| checked(&mut errors, table, c, values::date(c)));
        let kind =
            cell(columns.of("kind")).and_then(|c| checked(&mut errors, table, c, values::kind(c)));
        let language = cell(columns.of("language"))
            .and_then(|c| checked(&mut errors, table, c, values::language(c)));
        let reach = cell(columns.of("reach")).and_then(|c| {
            checked(
                &mut errors,
                table,
                c,
                values::whole(c, 0, Import::AnAudienceEstimate),
            )
        });
        let (Some(outlet), Some(headline), Some(date), true) =
            (outlet, headline, date, errors.len() == before)
        else {
            continue;
        };
        pieces.push(Piece {
            outlet: outlet.clone(),
            headline: headline.text.clone(),
            date,
            kind,
            url: text("url"),
            language,
            reach,
            note: text("note"),
        });
    }
    if pieces.is_empty() && errors.is_empty() {
        errors.push(table.heading_error(Import::NoRows));
    }
    Ok((pieces, errors))
}

/// How the values of a sheet's piece differ from those given for it before, in words.
fn compare(
    kind: Option<&str>,
    url: Option<&str>,
    language: Option<&str>,
    reach: Option<u64>,
    note: Option<&str>,
    piece: &Piece,
) -> Vec<Msg> {
    let mut out = Vec::new();
    let mut differ = |key: &str, there: Option<String>, here: Option<String>| {
        if here.is_some() && here != there {
            let (key, here) = (key.to_string(), here.unwrap_or_default());
            out.push(
                match there {
                    Some(there) => Import::Differs { key, there, here },
                    None => Import::NotGivenThere { key, here },
                }
                .into(),
            );
        }
    };
    differ(
        "kind",
        kind.map(str::to_string),
        piece.kind.map(str::to_string),
    );
    differ("url", url.map(str::to_string), piece.url.clone());
    differ(
        "language",
        language.map(str::to_string),
        piece.language.clone(),
    );
    differ(
        "reach",
        reach.map(|n| n.to_string()),
        piece.reach.map(|n| n.to_string()),
    );
    differ("note", note.map(str::to_string), piece.note.clone());
    out
}

/// How the briefing's `existing` piece differs from the sheet's.
fn differences(existing: &model::Piece, piece: &Piece) -> Vec<Msg> {
    compare(
        existing.kind.map(|k| k.name()),
        existing.url.as_deref(),
        existing.language.as_deref(),
        existing.reach,
        existing.note.as_deref(),
        piece,
    )
}

/// How a later row of the same piece differs from the first.
fn differences_between(first: &Piece, later: &Piece) -> Vec<Msg> {
    compare(
        first.kind,
        first.url.as_deref(),
        first.language.as_deref(),
        first.reach,
        first.note.as_deref(),
        later,
    )
}

/// The `[[coverage]]` table of a piece.
fn to_table(piece: &Piece) -> toml_edit::Table {
    let mut table = toml_edit::Table::new();
    table.insert("outlet", toml_edit::value(piece.outlet.text.as_str()));
    table.insert("headline", toml_edit::value(piece.headline.as_str()));
    let (year, month, day) = piece.date;
    let date = toml_edit::Datetime {
        date: Some(toml_edit::Date { year, month, day }),
        time: None,
        offset: None,
    };
    table.insert("date", toml_edit::value(date));
    if let Some(kind) = piece.kind {
        table.insert("kind", toml_edit::value(kind));
    }
    if let Some(url) = &piece.url {
        table.insert("url", toml_edit::value(url.as_str()));
    }
    if let Some(language) = &piece.language {
        table.insert("language", toml_edit::value(language.as_str()));
    }
    if let Some(reach) = piece.reach {
        table.insert(
            "reach",
            toml_edit::value(i64::try_from(reach).unwrap_or(i64::MAX)),
        );
    }
    if let Some(note) = &piece.note {
        table.insert("note", toml_edit::value(note.as_str()));
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn every_bad_cell_of_a_row_is_named() {
        let text = "СМИ;Заголовок;Дата;Охват;Язык\n\
                    Caravan;Мигранты;23.12.2016;12 000;русский\n\
                    Khabar;;03/04/2016;много;рус\n";
        let table = sheet::read_csv(Path::new("m.csv"), text.as_bytes()).unwrap();
        let columns = sheet::columns(&table, HEADINGS, &[]).unwrap();
        let (_, errors) = read_rows(&table, &columns).unwrap();
        let said: Vec<(usize, usize, String)> = errors
            .iter()
            .map(|e| {
                let at = e.location.as_ref().unwrap();
                (at.line, at.column, e.message.en())
            })
            .collect();
        assert_eq!(said.len(), 3, "{said:?}");
        assert_eq!((said[0].0, said[0].1), (3, 1));
        assert!(said[0].2.contains("no headline"));
        assert_eq!((said[1].0, said[1].1), (3, 9));
        assert_eq!((said[2].0, said[2].1), (3, 20));
        assert!(said[2].2.contains("`много` is not an audience estimate"));
    }

    #[test]
    fn a_piece_listed_twice_alike_is_added_once() {
        let text = "outlet,headline,date,reach\nCaravan,H,2016-12-23,10\ncaravan,h,23.12.2016,\n";
        let table = sheet::read_csv(Path::new("m.csv"), text.as_bytes()).unwrap();
        let columns = sheet::columns(&table, HEADINGS, &[]).unwrap();
        let (pieces, errors) = read_rows(&table, &columns).unwrap();
        assert!(errors.is_empty());
        assert!(pieces[1].same("Caravan", "H", (2016, 12, 23)));
        assert!(differences_between(&pieces[0], &pieces[1]).is_empty());
    }
}

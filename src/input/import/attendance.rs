//! Attendance sheets: a typed-up sign-in sheet or a registration export, one row per
//! journalist (or per outlet), become `[[attendance]]` tables. Rows of one outlet (the
//! same [`outlets::key`]: trimmed, case folded, Cyrillic or Latin) become one table: `people` counts those who came
//! (everyone registered, when nobody did) and `journalists` names them.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Location, shown};
use crate::input::briefing::{self, Source};
use crate::input::sheet::{self, Cell, Place, Table};
use crate::input::{model, outlets};
use crate::messages::Msg;
use crate::messages::input::import::Import;

use super::values;
use super::{Plan, checked, conflict};

/// The headings that name each column of an attendance sheet, folded (see [`sheet::fold`]).
pub const HEADINGS: &[(&str, &[&str])] = &[
    ("outlet", sheet::OUTLET_HEADINGS),
    ("name", sheet::NAME_HEADINGS),
    (
        "present",
        &[
            "came",
            "attended",
            "present",
            "присутствовал",
            "присутствовала",
            "присутствие",
            "пришел",
            "пришёл",
            "пришли",
            "келді",
            "қатысты",
            "қатысу",
        ],
    ),
    (
        "kind",
        &[
            "type",
            "mediatype",
            "kindofmedia",
            "вид",
            "тип",
            "видсми",
            "типсми",
            "түрі",
            "бақтүрі",
        ],
    ),
    (
        "people",
        &[
            "persons",
            "number",
            "count",
            "человек",
            "количество",
            "колво",
            "адам",
            "адамсаны",
            "саны",
        ],
    ),
    (
        "website",
        &["site", "web", "url", "сайт", "вебсайт", "вебсайты"],
    ),
    (
        "programme",
        &[
            "program",
            "show",
            "column",
            "программа",
            "передача",
            "рубрика",
            "бағдарлама",
        ],
    ),
];

/// One outlet of the sheet, its rows merged.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Outlet {
    /// Name, as the first row writes it.
    name: String,
    /// Kind, as the format spells it.
    kind: &'static str,
    /// Whether anyone of it came; `None` when the sheet has no such column.
    present: Option<bool>,
    /// People present (or registered, when none came); `None` when not known.
    people: Option<u32>,
    /// Names of those counted.
    journalists: Vec<String>,
    /// Website.
    website: Option<String>,
    /// Programme or column.
    programme: Option<String>,
    /// The outlet cell of its first row.
    place: Place,
}

/// One row of the sheet, read.
#[derive(Debug, Clone)]
struct Row {
    /// The outlet cell.
    outlet: Cell,
    /// Kind, as the format spells it.
    kind: &'static str,
    /// Whether this journalist came.
    present: Option<bool>,
    /// How many people this row counts; `None` when it does not say.
    people: Option<u32>,
    /// The journalist's name.
    name: Option<String>,
    /// Website.
    website: Option<String>,
    /// Programme.
    programme: Option<String>,
}

/// What the attendance of `table` adds to the briefing `current` (read from `source`).
/// Each outlet of the sheet is matched to the briefing's by [`outlets::key`] (one lookup
/// each, so a sheet of many thousand rows takes time in proportion). With `sign_in` the
/// sheet is the complete record of who came: its outlets came, and the briefing's
/// outlets it does not name did not.
pub fn plan(
    table: &Table,
    columns: &sheet::Columns,
    current: &model::Briefing,
    source: &Source,
    sign_in: bool,
) -> Result<Plan, Vec<Diagnostic>> {
    let rows = read_rows(table, columns)?;
    let mut outlets = merge(table, rows)?;
    if sign_in {
        for outlet in &mut outlets {
            outlet.present.get_or_insert(true);
        }
    }
    let mut errors = Vec::new();
    let mut plan = Plan::default();
    if !sign_in
        && current.format == 1
        && columns.of("present").is_none()
        && outlets.iter().any(|o| o.present.is_none())
    {
        plan.warnings.push(
            table
                .heading_error(Import::NoColumnOfWhoCame)
                .warning()
                .with_hint(Import::NoColumnOfWhoCameHint),
        );
    }
    let by_key: HashMap<String, usize> = current
        .attendance
        .iter()
        .enumerate()
        .map(|(i, o)| (outlets::key(&o.name), i))
        .collect();
    let mut on_sheet = vec![false; current.attendance.len()];
    for outlet in outlets {
        let existing = by_key.get(&outlets::key(&outlet.name)).copied();
        let Some(i) = existing else {
            plan.tables.push(to_table(&outlet));
            continue;
        };
        on_sheet[i] = true;
        let there = &current.attendance[i];
        if there.name.trim() != outlet.name.trim() {
            plan.warnings.push(matched(table, &outlet, there, source));
        }
        match reconcile(there, written(source, there.row), &outlet) {
            Ok(keys) if keys.is_empty() => plan.skipped += 1,
            Ok(keys) => {
                if there.people_known
                    && keys.contains_key("people")
                    && !outlet.journalists.is_empty()
                {
                    plan.warnings.push(
                        table
                            .error_at(
                                &outlet.place,
                                Import::PeopleWithNames {
                                    outlet: outlet.name.clone(),
                                    given: u64::from(there.people),
                                    named: outlet.journalists.len() as u64,
                                    people: u64::from(outlet.people.unwrap_or(0)),
                                },
                            )
                            .warning(),
                    );
                }
                plan.updates.push((there.row, keys));
            }
            Err(d) => errors.push(conflict(
                table,
                &outlet.place,
                source,
                &briefing::at("attendance").index(there.row).key("outlet"),
                Import::Entry {
                    name: outlet.name.clone(),
                },
                &d,
            )),
        }
    }
    if sign_in {
        let mut absent = Vec::new();
        for (outlet, _) in current
            .attendance
            .iter()
            .zip(&on_sheet)
            .filter(|(_, on)| !**on)
        {
            let written = written(source, outlet.row);
            if written && outlet.present {
                errors.push(came_but_not_signed_in(table, source, outlet));
            } else if !written {
                let mut keys = toml_edit::Table::new();
                keys.insert("present", toml_edit::value(false));
                plan.updates.push((outlet.row, keys));
                absent.push(outlet.name.as_str());
            }
        }
        if !absent.is_empty() {
            plan.warnings.push(
                Diagnostic::error(
                    &source.path,
                    Import::AbsentRecorded {
                        list: absent.join(", "),
                    },
                )
                .note(),
            );
        }
    }
    if errors.is_empty() {
        Ok(plan)
    } else {
        Err(errors)
    }
}

/// The note that the sheet's `outlet` is the briefing's `there`, written otherwise
/// (`Хабар` on the sheet, `Khabar` in the briefing): merged into it, not added.
fn matched(table: &Table, outlet: &Outlet, there: &model::Outlet, source: &Source) -> Diagnostic {
    let path = briefing::at("attendance").index(there.row).key("outlet");
    let line = Location::of_span(&source.text, briefing::span_of(&source.text, &path)).line;
    table
        .error_at(
            &outlet.place,
            Import::WrittenOtherwise {
                typed: outlet.name.clone(),
                name: there.name.clone(),
                line: line as u64,
            },
        )
        .note()
}

/// The error for an outlet the briefing records as having come that the sign-in sheet,
/// the complete record of who came, does not name.
fn came_but_not_signed_in(table: &Table, source: &Source, outlet: &model::Outlet) -> Diagnostic {
    let path = briefing::at("attendance").index(outlet.row).key("outlet");
    let at = Location::of_span(&source.text, briefing::span_of(&source.text, &path));
    table
        .heading_error(Import::CameNotSignedIn {
            outlet: outlet.name.clone(),
            place: format!("{}:{}:{}", shown(&source.path), at.line, at.column),
        })
        .with_hint(Import::CameNotSignedInHint)
}

/// Reads every row; every bad one is an error.
fn read_rows(table: &Table, columns: &sheet::Columns) -> Result<Vec<Row>, Vec<Diagnostic>> {
    let (Some(outlet), Some(kind)) = (columns.of("outlet"), columns.of("kind")) else {
        let found: Vec<&str> = table.headings.iter().map(|h| h.text.as_str()).collect();
        return Err(vec![
            table
                .heading_error(Import::AttendanceColumns {
                    list: found.join(", "),
                })
                .with_hint(Import::AttendanceColumnsHint),
        ]);
    };
    let mut errors = Vec::new();
    let mut rows = Vec::new();
    for row in &table.rows {
        let cell = |column: Option<usize>| sheet::cell(row, column);
        let text = |key: &str| cell(columns.of(key)).map(|c| c.text.clone());
        let first = &row[0].place;
        let Some(outlet) = cell(Some(outlet)) else {
            errors.push(table.error_at(
                first,
                Import::RowHasNo {
                    column: "outlet".into(),
                },
            ));
            continue;
        };
        let before = errors.len();
        checked(&mut errors, table, outlet, values::name(outlet));
        let name = cell(columns.of("name"))
            .and_then(|c| checked(&mut errors, table, c, values::name(c)))
            .map(String::from);
        let kind = match cell(Some(kind)) {
            None => {
                errors.push(table.error_at(
                    &outlet.place,
                    Import::RowHasNoKind {
                        outlet: outlet.text.clone(),
                    },
                ));
                None
            }
            Some(k) => checked(&mut errors, table, k, values::kind(k)),
        };
        // A row left blank in the column of those who came did not come.
        let present = match columns.of("present") {
            None => None,
            Some(c) => match row.get(c) {
                None => Some(false),
                Some(c) => checked(&mut errors, table, c, values::yes_no_cell(c)),
            },
        };
        let people = cell(columns.of("people")).and_then(|c| {
            checked(
                &mut errors,
                table,
                c,
                values::whole(c, 1, Import::ANumberOfPeople),
            )
        });
        let (Some(kind), true) = (kind, errors.len() == before) else {
            continue;
        };
        let people = people.map(|n| u32::try_from(n).unwrap_or(u32::MAX));
        rows.push(Row {
            outlet: outlet.clone(),
            kind,
            present,
            people: people.or(name.as_ref().map(|_| 1)),
            name,
            website: text("website"),
            programme: text("programme"),
        });
    }
    if rows.is_empty() && errors.is_empty() {
        errors.push(table.heading_error(Import::NoRows));
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

/// Merges the rows of each outlet (the same name, trimmed and case folded) into one, in
/// the order outlets first appear. Rows of one outlet with different kinds are an error.
fn merge(table: &Table, rows: Vec<Row>) -> Result<Vec<Outlet>, Vec<Diagnostic>> {
    let mut groups: Vec<Vec<Row>> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for row in rows {
        let key = outlets::key(&row.outlet.text);
        match by_key.get(&key) {
            Some(&at) => groups[at].push(row),
            None => {
                by_key.insert(key, groups.len());
                groups.push(vec![row]);
            }
        }
    }
    let mut errors = Vec::new();
    let mut outlets = Vec::new();
    for group in groups {
        let first = &group[0];
        if let Some(other) = group.iter().find(|r| r.kind != first.kind) {
            errors.push(
                table
                    .error_at(
                        &other.outlet.place,
                        Import::KindDiffers {
                            outlet: other.outlet.text.clone(),
                            here: other.kind.to_string(),
                            first: first.kind.to_string(),
                        },
                    )
                    .with_hint(Import::KindDiffersHint {
                        outlet: first.outlet.text.clone(),
                    }),
            );
            continue;
        }
        let present = if group.iter().any(|r| r.present.is_some()) {
            Some(group.iter().any(|r| r.present == Some(true)))
        } else {
            None
        };
        // Those who came when anyone did; else everyone registered.
        let counted: Vec<&Row> = group
            .iter()
            .filter(|r| present != Some(true) || r.present == Some(true))
            .collect();
        let people = counted
            .iter()
            .map(|r| r.people)
            .sum::<Option<u32>>()
            .filter(|n| *n > 0);
        let first_of = |key: fn(&Row) -> &Option<String>| {
            counted
                .iter()
                .find_map(|r| key(r).clone())
                .or_else(|| group.iter().find_map(|r| key(r).clone()))
        };
        outlets.push(Outlet {
            name: first.outlet.text.clone(),
            kind: first.kind,
            present,
            people,
            journalists: counted.iter().filter_map(|r| r.name.clone()).collect(),
            website: first_of(|r| &r.website),
            programme: first_of(|r| &r.programme),
            place: first.outlet.place.clone(),
        });
    }
    if errors.is_empty() {
        Ok(outlets)
    } else {
        Err(errors)
    }
}

/// Whether the briefing's `attendance[index]` writes its `present` key (else it takes
/// the format's default).
fn written(source: &Source, index: usize) -> bool {
    let outlet = briefing::at("attendance").index(index);
    briefing::span_of(&source.text, &outlet.key("present"))
        != briefing::span_of(&source.text, &outlet)
}

/// A journalist's name as two spellings of it compare: trimmed, spaces collapsed, case
/// folded.
fn folded_name(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The difference of the value of `key`: `there` in the briefing, `here` on the sheet.
fn differs(key: &str, there: &str, here: &str) -> Msg {
    Import::Differs {
        key: key.into(),
        there: there.into(),
        here: here.into(),
    }
    .into()
}

/// What the sheet's `outlet` adds to the briefing's `existing` one: the keys to write into
/// its table (empty when the briefing already says all the sheet says), or, when they
/// really disagree, how, in words.
///
/// The common case is an outlet registered before the day (no names, perhaps the number
/// expected) whose journalists the sign-in sheet names: their names and count are filled
/// in. Names the briefing already gives may be added to, never contradicted: a name of
/// the briefing the sheet does not have is a conflict. Website and programme are filled
/// in where the briefing has none. Another kind or presence is a conflict.
fn reconcile(
    existing: &model::Outlet,
    present_written: bool,
    outlet: &Outlet,
) -> Result<toml_edit::Table, Vec<Msg>> {
    let mut conflicts = Vec::new();
    let mut keys = toml_edit::Table::new();
    let existing_kind = existing.kind.name();
    if existing_kind != outlet.kind {
        conflicts.push(differs("kind", existing_kind, outlet.kind));
    }
    if let Some(present) = outlet.present
        && present != existing.present
    {
        if present_written {
            let word = |b: bool| if b { "yes" } else { "no" };
            conflicts.push(
                Import::PresenceDiffers {
                    there: word(existing.present).into(),
                    here: word(present).into(),
                }
                .into(),
            );
        } else {
            // The briefing took the format's default (present) without saying so.
            keys.insert("present", toml_edit::value(present));
        }
    }
    let known: Vec<String> = existing
        .journalists
        .iter()
        .map(|n| folded_name(n))
        .collect();
    let named_here: Vec<String> = outlet.journalists.iter().map(|n| folded_name(n)).collect();
    let names_agree = known.iter().all(|n| named_here.contains(n));
    let new_names: Vec<&String> = outlet
        .journalists
        .iter()
        .zip(&named_here)
        .filter(|(_, folded)| !known.contains(folded))
        .map(|(name, _)| name)
        .collect();
    // The names fill in, or add to, those of the briefing: the sheet's count goes with them.
    let names_added = !outlet.journalists.is_empty() && names_agree && !new_names.is_empty();
    if let Some(people) = outlet.people {
        let there = existing.people_known.then_some(existing.people);
        if there != Some(people) {
            if there.is_none() || names_added {
                keys.insert("people", toml_edit::value(i64::from(people)));
            } else {
                conflicts.push(match there {
                    Some(n) => differs("people", &n.to_string(), &people.to_string()),
                    None => Import::NotGivenThere {
                        key: "people".into(),
                        here: people.to_string(),
                    }
                    .into(),
                });
            }
        }
    }
    if !outlet.journalists.is_empty() && !names_agree {
        conflicts.push(differs(
            "journalists",
            &format!("[{}]", existing.journalists.join(", ")),
            &format!("[{}]", outlet.journalists.join(", ")),
        ));
    } else if names_added {
        let names: toml_edit::Array = existing
            .journalists
            .iter()
            .map(String::as_str)
            .chain(new_names.iter().map(|n| n.as_str()))
            .collect();
        keys.insert("journalists", toml_edit::value(names));
    }
    for (key, here, there) in [
        ("website", &outlet.website, &existing.website),
        ("programme", &outlet.programme, &existing.programme),
    ] {
        match (here, there) {
            (Some(here), None) => {
                keys.insert(key, toml_edit::value(here.as_str()));
            }
            (Some(here), Some(there)) if here != there => {
                conflicts.push(differs(key, there, here));
            }
            _ => {}
        }
    }
    if conflicts.is_empty() {
        Ok(keys)
    } else {
        Err(conflicts)
    }
}

/// The `[[attendance]]` table of an outlet.
fn to_table(outlet: &Outlet) -> toml_edit::Table {
    let mut table = toml_edit::Table::new();
    table.insert("outlet", toml_edit::value(outlet.name.as_str()));
    table.insert("kind", toml_edit::value(outlet.kind));
    if let Some(people) = outlet.people {
        table.insert("people", toml_edit::value(i64::from(people)));
    }
    if let Some(present) = outlet.present {
        table.insert("present", toml_edit::value(present));
    }
    if let Some(website) = &outlet.website {
        table.insert("website", toml_edit::value(website.as_str()));
    }
    if let Some(programme) = &outlet.programme {
        table.insert("programme", toml_edit::value(programme.as_str()));
    }
    if !outlet.journalists.is_empty() {
        let names: toml_edit::Array = outlet.journalists.iter().map(String::as_str).collect();
        table.insert("journalists", toml_edit::value(names));
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn rows_of_one_outlet_merge_counting_those_who_came() {
        let text = "СМИ;ФИО;Вид;Присутствовал\n\
                    Хабар;Асель Нурланова;телеканал;да\n\
                    хабар ;Ерлан Сапаров;ТВ;нет\n\
                    Хабар;Дана Ким;телеканал;да\n\
                    Caravan;;газета;нет\n";
        let table = sheet::read_csv(Path::new("s.csv"), text.as_bytes()).unwrap();
        let columns = sheet::columns(&table, HEADINGS, &[]).unwrap();
        let outlets = merge(&table, read_rows(&table, &columns).unwrap()).unwrap();
        assert_eq!(outlets.len(), 2);
        assert_eq!(outlets[0].name, "Хабар");
        assert_eq!(outlets[0].kind, "television");
        assert_eq!(outlets[0].present, Some(true));
        assert_eq!(outlets[0].people, Some(2));
        assert_eq!(outlets[0].journalists, ["Асель Нурланова", "Дана Ким"]);
        assert_eq!(outlets[1].present, Some(false));
        assert_eq!(
            outlets[1].people, None,
            "a row without a name counts nobody known"
        );
    }

    #[test]
    fn one_outlet_of_two_kinds_is_an_error_at_the_second() {
        let text = "outlet,kind\nKhabar,TV\nKhabar,radio\n";
        let table = sheet::read_csv(Path::new("s.csv"), text.as_bytes()).unwrap();
        let columns = sheet::columns(&table, HEADINGS, &[]).unwrap();
        let errors = merge(&table, read_rows(&table, &columns).unwrap()).unwrap_err();
        let at = errors[0].location.as_ref().unwrap();
        assert_eq!((at.line, at.column), (3, 1));
        assert!(errors[0].message.en().contains("radio here but television"));
    }
}

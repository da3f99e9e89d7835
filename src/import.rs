//! `presskit import attendance FILE --into BRIEFING.toml`: the rows of a typed-up
//! sign-in sheet or a registration export (CSV, XLSX, ODS; see [`sheet`]) merged into the
//! briefing as `[[attendance]]` tables, the file's comments, order and formatting kept.
//!
//! Rows of one outlet become one table with `people` and `journalists`. An outlet the
//! briefing already holds with the same values is skipped, so importing a file twice
//! changes nothing; one it holds with other values is an error naming both places. Any
//! bad row stops the import before anything is written, and the briefing is replaced
//! (atomically) only when the result validates.

use std::path::Path;

use crate::briefing::{self, Source};
use crate::diagnostic::{Diagnostic, Location, shown};
use crate::model;
use crate::sheet::{self, Cell, Place, Table};

/// The headings that name each column of an attendance sheet, folded (see [`sheet::fold`]).
pub const ATTENDANCE_HEADINGS: &[(&str, &[&str])] = &[
    (
        "outlet",
        &[
            "media",
            "mediaoutlet",
            "organization",
            "organisation",
            "сми",
            "издание",
            "редакция",
            "организация",
            "бақ",
            "басылым",
            "ақпаратқұралы",
            "ұйым",
        ],
    ),
    (
        "name",
        &[
            "fullname",
            "journalist",
            "фио",
            "имя",
            "фамилияимя",
            "имяфамилия",
            "журналист",
            "атыжөні",
            "аты",
            "тегіаты",
            "журналистаты",
        ],
    ),
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
            "хабар",
        ],
    ),
];

/// What `import` did, or would do under `--dry-run`.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The briefing's text after the import.
    pub text: String,
    /// The unified diff from the briefing as it was; empty when nothing changes.
    pub diff: String,
    /// Tables added.
    pub added: usize,
    /// Outlets of the sheet the briefing already held with the same values.
    pub skipped: usize,
    /// Unknown columns and the like.
    pub warnings: Vec<Diagnostic>,
}

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

/// Merges the attendance of `sheet_file` into the briefing `into` and returns the new
/// text; writes nothing.
pub fn attendance(
    sheet_file: &Path,
    into: &Path,
    map: &[(String, String)],
) -> Result<Imported, Vec<Diagnostic>> {
    let source = Source::read(into).map_err(|d| vec![d])?;
    let fonts = crate::fonts::with_added(&crate::fonts::folders_for(None, &source.folder()))?;
    let current = model::validate_with_fonts(source.clone(), fonts.clone())?;
    let table = sheet::read(sheet_file).map_err(|d| vec![d])?;
    let columns = sheet::columns(&table, ATTENDANCE_HEADINGS, map).map_err(|d| vec![d])?;
    let mut warnings = Vec::new();
    if !columns.unknown.is_empty() {
        warnings.push(
            table
                .heading_error(format!(
                    "columns not imported: {}",
                    columns.unknown.join(", ")
                ))
                .warning()
                .with_hint(
                    "the columns read are outlet, name, present, kind, people, website and \
                     programme; name another with --map 'HEADING=key'",
                ),
        );
    }
    let rows = read_rows(&table, &columns)?;
    let outlets = merge(&table, rows)?;
    let mut errors = Vec::new();
    let mut new = Vec::new();
    let mut skipped = 0;
    for outlet in outlets {
        let existing = current
            .attendance
            .iter()
            .position(|o| same_name(&o.name, &outlet.name));
        match existing {
            None => new.push(outlet),
            Some(i) => match differences(&current.attendance[i], &outlet) {
                d if d.is_empty() => skipped += 1,
                d => {
                    let path = briefing::at("attendance").index(i).key("outlet");
                    let span = briefing::span_of(&source.text, &path);
                    let at = Location::of_span(&source.text, span);
                    errors.push(
                        table
                            .error_at(
                                &outlet.place,
                                format!(
                                    "{} is already in the briefing with other values: {}",
                                    outlet.name,
                                    d.join("; ")
                                ),
                            )
                            .with_hint(format!(
                                "it is at {}:{}:{} ({path}); correct one of the two, \
                                 nothing was imported",
                                shown(&source.path),
                                at.line,
                                at.column
                            )),
                    );
                }
            },
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let text = append(&source, &new)?;
    if text != source.text {
        let after = Source {
            path: source.path.clone(),
            text: text.clone(),
        };
        model::validate_with_fonts(after, fonts).map_err(|mut e| {
            e.push(Diagnostic::error(
                into,
                "the briefing would not be valid after the import; nothing was written",
            ));
            e
        })?;
    }
    Ok(Imported {
        diff: crate::diff::unified(&shown(into), &source.text, &text),
        text,
        added: new.len(),
        skipped,
        warnings,
    })
}

/// The closing line: what was added to (or, under `--dry-run`, would be added to) `into`.
pub fn summary(done: &Imported, into: &Path, dry_run: bool) -> String {
    let into = shown(into);
    let skipped = match done.skipped {
        0 => String::new(),
        1 => ", 1 outlet already there".to_string(),
        n => format!(", {n} outlets already there"),
    };
    let tables = |n: usize| match n {
        1 => "1 [[attendance]] table".to_string(),
        n => format!("{n} [[attendance]] tables"),
    };
    match (done.added, dry_run) {
        (0, _) => {
            format!("{into} already holds everything of the sheet; nothing to change{skipped}")
        }
        (n, true) => format!(
            "would add {} to {into}{skipped}; nothing written (--dry-run)",
            tables(n)
        ),
        (n, false) => format!("added {} to {into}{skipped}", tables(n)),
    }
}

/// Whether two outlet names are the same, as the format links them: trimmed, case folded.
fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Reads every row; every bad one is an error.
fn read_rows(table: &Table, columns: &sheet::Columns) -> Result<Vec<Row>, Vec<Diagnostic>> {
    let (Some(outlet), Some(kind)) = (columns.of("outlet"), columns.of("kind")) else {
        let found: Vec<&str> = table.headings.iter().map(|h| h.text.as_str()).collect();
        return Err(vec![
            table
                .heading_error(format!(
                    "an attendance sheet needs an outlet and a kind column; its headings are: {}",
                    found.join(", ")
                ))
                .with_hint(
                    "name them `outlet` and `kind` (or СМИ / БАҚ and Вид / Түрі), or say which \
                     is which with --map 'HEADING=outlet'",
                ),
        ]);
    };
    let mut errors = Vec::new();
    let mut rows = Vec::new();
    for row in &table.rows {
        let cell = |column: Option<usize>| {
            column
                .and_then(|c| row.get(c))
                .filter(|c| !c.text.is_empty())
        };
        let text = |key: &str| cell(columns.of(key)).map(|c| c.text.clone());
        let first = &row[0].place;
        let Some(outlet) = cell(Some(outlet)) else {
            errors.push(table.error_at(first, "this row has no outlet"));
            continue;
        };
        let kind = match cell(Some(kind)) {
            None => {
                errors.push(table.error_at(
                    &outlet.place,
                    format!("the row of {} has no kind of outlet", outlet.text),
                ));
                continue;
            }
            Some(k) => match crate::mistakes::kind_for(&k.text) {
                Some(kind) => kind,
                None => {
                    errors.push(
                        table
                            .error_at(
                                &k.place,
                                format!("`{}` is not a kind of media outlet", k.text),
                            )
                            .with_hint(
                                "the kinds are television, radio, print, online, news agency, \
                                 freelance, other (or ТВ, радио, газета, сайт, информагентство...)",
                            ),
                    );
                    continue;
                }
            },
        };
        let present = match columns.of("present").and_then(|c| row.get(c)) {
            None if columns.of("present").is_some() => Some(false),
            None => None,
            Some(c) => match yes_no(&c.text) {
                Some(b) => Some(b),
                None => {
                    errors.push(
                        table
                            .error_at(&c.place, format!("`{}` is neither yes nor no", c.text))
                            .with_hint("write да / нет, иә / жоқ, yes / no, 1 / 0, or x for yes"),
                    );
                    continue;
                }
            },
        };
        let people = match cell(columns.of("people")) {
            None => None,
            Some(c) => match c.text.parse::<u32>() {
                Ok(n) if n >= 1 => Some(n),
                _ => {
                    errors.push(
                        table
                            .error_at(&c.place, format!("`{}` is not a number of people", c.text))
                            .with_hint("write a whole number, 1 or more"),
                    );
                    continue;
                }
            },
        };
        let name = text("name");
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
        errors.push(table.heading_error("the sheet has no row under its headings"));
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

/// `да`/`нет`, `иә`/`жоқ`, `yes`/`no`, `1`/`0`, `x`, `+`/`-`, `true`/`false`.
fn yes_no(text: &str) -> Option<bool> {
    match sheet::fold(text).as_str() {
        "" if text.trim() == "+" => Some(true),
        "" if matches!(text.trim(), "-" | "–" | "—") => Some(false),
        "" => Some(false),
        "да" | "д" | "иә" | "ия" | "yes" | "y" | "1" | "x" | "х" | "true" | "v" | "✓" => {
            Some(true)
        }
        "нет" | "н" | "жоқ" | "no" | "n" | "0" | "false" => Some(false),
        _ => None,
    }
}

/// Merges the rows of each outlet (the same name, trimmed and case folded) into one, in
/// the order outlets first appear. Rows of one outlet with different kinds are an error.
fn merge(table: &Table, rows: Vec<Row>) -> Result<Vec<Outlet>, Vec<Diagnostic>> {
    let mut groups: Vec<Vec<Row>> = Vec::new();
    for row in rows {
        match groups
            .iter_mut()
            .find(|g| same_name(&g[0].outlet.text, &row.outlet.text))
        {
            Some(group) => group.push(row),
            None => groups.push(vec![row]),
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
                        format!(
                            "{} is {} here but {} in an earlier row",
                            other.outlet.text, other.kind, first.kind
                        ),
                    )
                    .with_hint(format!(
                        "give every row of {} the same kind",
                        first.outlet.text
                    )),
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

/// How the briefing's `existing` outlet differs from the sheet's, in words; empty when
/// every value the sheet gives is the one the briefing holds.
fn differences(existing: &model::Outlet, outlet: &Outlet) -> Vec<String> {
    let mut out = Vec::new();
    let existing_kind = kind_name(existing.kind);
    if existing_kind != outlet.kind {
        out.push(format!(
            "kind {} there, {} here",
            existing_kind, outlet.kind
        ));
    }
    if let Some(present) = outlet.present
        && present != existing.present
    {
        let word = |b: bool| if b { "came" } else { "did not come" };
        out.push(format!(
            "{} there, {} here",
            word(existing.present),
            word(present)
        ));
    }
    if let Some(people) = outlet.people {
        let there = existing.people_known.then_some(existing.people);
        if there != Some(people) {
            out.push(match there {
                Some(n) => format!("people {n} there, {people} here"),
                None => format!("people not given there, {people} here"),
            });
        }
    }
    if !outlet.journalists.is_empty() && outlet.journalists != existing.journalists {
        out.push(format!(
            "journalists [{}] there, [{}] here",
            existing.journalists.join(", "),
            outlet.journalists.join(", ")
        ));
    }
    for (key, here, there) in [
        ("website", &outlet.website, &existing.website),
        ("programme", &outlet.programme, &existing.programme),
    ] {
        if here.is_some() && here != there {
            out.push(format!(
                "{key} {} there, {} here",
                there.as_deref().unwrap_or("not given"),
                here.as_deref().unwrap_or("")
            ));
        }
    }
    out
}

/// The format's spelling of a kind.
fn kind_name(kind: briefing::OutletKind) -> &'static str {
    use briefing::OutletKind::*;
    match kind {
        Television => "television",
        Radio => "radio",
        Print => "print",
        Online => "online",
        NewsAgency => "news agency",
        Freelance => "freelance",
        Other => "other",
    }
}

/// The briefing's text with an `[[attendance]]` table per outlet appended after the
/// ones it has, everything else as written.
fn append(source: &Source, outlets: &[Outlet]) -> Result<String, Vec<Diagnostic>> {
    if outlets.is_empty() {
        return Ok(source.text.clone());
    }
    let mut document: toml_edit::DocumentMut = source.text.parse().map_err(|e| {
        vec![Diagnostic::error(
            &source.path,
            format!("cannot edit the briefing: {e}"),
        )]
    })?;
    let item = document
        .entry("attendance")
        .or_insert_with(|| toml_edit::Item::ArrayOfTables(toml_edit::ArrayOfTables::new()));
    let Some(array) = item.as_array_of_tables_mut() else {
        let span = briefing::span_of(&source.text, &briefing::at("attendance"));
        return Err(vec![
            source
                .error_at(
                    span,
                    "`attendance` is written as one array; import adds tables",
                )
                .with_hint("write each outlet as its own [[attendance]] table, then import"),
        ]);
    };
    for outlet in outlets {
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
        array.push(table);
    }
    Ok(document.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_and_no_in_three_languages() {
        for yes in ["да", "Да", "иә", "Yes", "1", "x", "X", "+"] {
            assert_eq!(yes_no(yes), Some(true), "{yes}");
        }
        for no in ["нет", "жоқ", "no", "0", "", "-"] {
            assert_eq!(yes_no(no), Some(false), "{no}");
        }
        assert_eq!(yes_no("maybe"), None);
        assert_eq!(yes_no("2"), None);
    }

    #[test]
    fn rows_of_one_outlet_merge_counting_those_who_came() {
        let text = "СМИ;ФИО;Вид;Присутствовал\n\
                    Хабар;Асель Нурланова;телеканал;да\n\
                    хабар ;Ерлан Сапаров;ТВ;нет\n\
                    Хабар;Дана Ким;телеканал;да\n\
                    Caravan;;газета;нет\n";
        let table = sheet::read_csv(Path::new("s.csv"), text.as_bytes()).unwrap();
        let columns = sheet::columns(&table, ATTENDANCE_HEADINGS, &[]).unwrap();
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
        let columns = sheet::columns(&table, ATTENDANCE_HEADINGS, &[]).unwrap();
        let errors = merge(&table, read_rows(&table, &columns).unwrap()).unwrap_err();
        let at = errors[0].location.as_ref().unwrap();
        assert_eq!((at.line, at.column), (3, 1));
        assert!(errors[0].message.contains("radio here but television"));
    }
}

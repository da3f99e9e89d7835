//! Tables as press offices keep them: a media list, a typed-up sign-in sheet, a
//! monitoring export. CSV in UTF-8 (with or without a byte-order mark) or in the
//! Windows-1251 that Russian-language spreadsheet programs write, separated by `,`, `;` or
//! tabs (detected, not asked for), and XLSX or ODS workbooks (their first sheet). Every
//! cell keeps its place, so a message names `FILE:row:column` or `sheet!B12`.
//!
//! Headings are matched to keys in English, Russian and Kazakh with common variants,
//! after case folding and dropping everything but letters and digits.

pub mod bounds;
mod long_text;
mod ods;
mod workbook;
mod xls;

use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::messages::Msg;
use crate::messages::input::Input;
use crate::messages::input::sheets::Sheets;

/// Largest table file read, in bytes: tens of thousands of rows.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Where a cell is, to name it in a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A byte range of the decoded CSV text.
    Text(Range<usize>),
    /// A spreadsheet cell, as `Sheet1!B12`.
    Cell(String),
}

/// One cell: its text, trimmed, and its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The text, white space trimmed.
    pub text: String,
    /// Where it is.
    pub place: Place,
}

/// A table read from a file: a heading row and the rows under it, blank rows left out.
#[derive(Debug, Clone)]
pub struct Table {
    /// The file, as the user named it.
    pub file: PathBuf,
    /// The decoded text of a CSV file, to show the line of a message.
    text: Option<String>,
    /// The heading row.
    pub headings: Vec<Cell>,
    /// The rows under it.
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// An error at `place` in this table.
    pub fn error_at(&self, place: &Place, message: impl Into<crate::messages::Msg>) -> Diagnostic {
        match (place, &self.text) {
            (Place::Text(span), Some(text)) => {
                Diagnostic::at(&self.file, text, span.clone(), message)
            }
            (Place::Cell(cell), _) => Diagnostic::error(
                &self.file,
                Input::AtKey {
                    key: cell.clone(),
                    what: Box::new(message.into()),
                },
            ),
            (Place::Text(_), None) => Diagnostic::error(&self.file, message),
        }
    }

    /// Where a cell is, in the user's words: `row 5` of a CSV file, `Sheet1!B12` of a
    /// workbook.
    pub fn describe(&self, place: &Place) -> String {
        match (place, &self.text) {
            (Place::Cell(cell), _) => cell.clone(),
            (Place::Text(span), Some(text)) => Msg::from(Sheets::Row {
                line: crate::diagnostic::Location::of_span(text, span.clone()).line as u64,
            })
            .to_string(),
            (Place::Text(_), None) => Msg::from(Sheets::AnEarlierRow).to_string(),
        }
    }

    /// An error at the heading named `heading` (the first heading when none is).
    pub fn error_at_heading(
        &self,
        heading: &str,
        message: impl Into<crate::messages::Msg>,
    ) -> Diagnostic {
        match self.headings.iter().find(|h| h.text == heading) {
            Some(cell) => self.error_at(&cell.place, message),
            None => self.heading_error(message),
        }
    }

    /// An error about the heading row.
    pub fn heading_error(&self, message: impl Into<crate::messages::Msg>) -> Diagnostic {
        match self.headings.first() {
            Some(first) => self.error_at(&first.place, message),
            None => Diagnostic::error(&self.file, message),
        }
    }
}

/// Reads a table: `.xlsx`, `.xlsm`, `.xls` and `.ods` as workbooks, anything else as CSV.
pub fn read(path: &Path) -> Result<Table, Diagnostic> {
    let meta = std::fs::metadata(path).map_err(|e| cannot_read(path, &e))?;
    if !meta.is_file() {
        return Err(Diagnostic::error(path, Sheets::NotAFile));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            path,
            Sheets::TooLarge {
                size: meta.len(),
                most: MAX_FILE_BYTES,
            },
        ));
    }
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if matches!(extension.as_str(), "xlsx" | "xlsm" | "xls" | "ods") {
        workbook::read(path, &extension)
    } else {
        let bytes = std::fs::read(path).map_err(|e| cannot_read(path, &e))?;
        read_csv(path, &bytes)
    }
}

/// The error for a sheet file the system cannot read, with its reason.
pub fn cannot_read(path: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        path,
        Sheets::CannotRead {
            reason: e.to_string(),
        },
    )
}

/// Decodes CSV bytes: UTF-8 when they are (a byte-order mark dropped), else Windows-1251.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::WINDOWS_1251
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// The separator of a CSV text: whichever of `;`, tab and `,` its first line has most of.
fn separator(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|&s| (first.bytes().filter(|&b| b == s).count(), s == b','))
        .unwrap_or(b',')
}

/// Parses CSV bytes named `path`.
pub fn read_csv(path: &Path, bytes: &[u8]) -> Result<Table, Diagnostic> {
    let text = decode(bytes);
    let separator = separator(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut budget = bounds::Budget::default();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let start = record.position().map_or(0, |p| p.byte() as usize);
                let spans = field_spans(&text, start, separator);
                let mut row: Vec<Cell> = Vec::with_capacity(record.len());
                for (i, field) in record.iter().enumerate() {
                    let span = spans.get(i).cloned().unwrap_or(start..start);
                    let field = field.trim();
                    if let Err(message) = budget.cell(field) {
                        return Err(Diagnostic::at(path, &text, span.start..span.start, message)
                            .with_hint(bounds::HINT));
                    }
                    row.push(Cell {
                        text: field.to_string(),
                        place: Place::Text(span),
                    });
                }
                if row.iter().any(|c| !c.text.is_empty()) {
                    rows.push(row);
                }
            }
            Err(e) => {
                let at = e.position().map_or(0, |p| p.byte() as usize);
                return Err(Diagnostic::at(
                    path,
                    &text,
                    at..at,
                    Sheets::NotCsv {
                        reason: e.to_string(),
                    },
                ));
            }
        }
    }
    table(path, Some(text), rows)
}

/// The byte ranges of the fields of the record starting at `start`, quotes honoured.
fn field_spans(text: &str, start: usize, separator: u8) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    // A record after `\r\n` may be said to start at its `\n`: the line starts after it.
    let mut start = start;
    while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
        start += 1;
    }
    let mut spans = Vec::new();
    let (mut field, mut quoted, mut i) = (start, false, start);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => quoted = !quoted,
            b if b == separator && !quoted => {
                spans.push(field..i);
                field = i + 1;
            }
            b'\n' | b'\r' if !quoted => break,
            _ => {}
        }
        i += 1;
    }
    spans.push(field..i);
    spans
}

/// A spreadsheet date cell as ISO text: `2016-12-23`, or `2016-12-23 11:00:00` with a
/// time of day.
pub fn excel_date(date: &calamine::ExcelDateTime) -> String {
    let (year, month, day, hour, minute, second, _) = date.to_ymd_hms_milli();
    if (hour, minute, second) == (0, 0, 0) {
        format!("{year:04}-{month:02}-{day:02}")
    } else {
        format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}:{second:02}")
    }
}

/// A spreadsheet column's letters: 0 is `A`, 26 is `AA`.
pub fn column_letters(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

/// Splits the heading row off the rows.
fn table(path: &Path, text: Option<String>, mut rows: Vec<Vec<Cell>>) -> Result<Table, Diagnostic> {
    if rows.is_empty() {
        return Err(Diagnostic::error(path, Sheets::Empty));
    }
    let headings = rows.remove(0);
    Ok(Table {
        file: path.to_path_buf(),
        text,
        headings,
        rows,
    })
}

/// The headings, folded, that name a person's name in the three languages: shared by
/// the media list and the sign-in sheet.
pub const NAME_HEADINGS: &[&str] = &[
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
];

/// The headings, folded, that name a media outlet in the three languages.
pub const OUTLET_HEADINGS: &[&str] = &[
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
];

/// The cell of `row` in `column`, when the row has one that is not empty.
pub fn cell(row: &[Cell], column: Option<usize>) -> Option<&Cell> {
    column
        .and_then(|c| row.get(c))
        .filter(|c| !c.text.is_empty())
}

/// A heading as compared: lower case, letters and digits only (`E-mail` is `email`).
pub fn fold(heading: &str) -> String {
    heading
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Which column holds each key, and the headings no key claimed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    /// Column index by key, in the order of the keys given.
    pub found: Vec<(&'static str, usize)>,
    /// Headings that name no key: listed to the user and ignored.
    pub unknown: Vec<String>,
}

impl Columns {
    /// The column of `key`, if the table has one.
    pub fn of(&self, key: &str) -> Option<usize> {
        self.found.iter().find(|(k, _)| *k == key).map(|(_, c)| *c)
    }
}

/// Matches the headings of `table` to `keys` (each with the headings that name it,
/// folded), `map` (`HEADING=key` pairs given by the user) taking precedence.
pub fn columns(
    table: &Table,
    keys: &[(&'static str, &[&str])],
    map: &[(String, String)],
) -> Result<Columns, Diagnostic> {
    let mut found: Vec<(&'static str, usize)> = Vec::new();
    let mut unknown = Vec::new();
    for (index, heading) in table.headings.iter().enumerate() {
        let folded = fold(&heading.text);
        let mapped = map
            .iter()
            .find(|(h, _)| fold(h) == folded)
            .map(|(_, k)| k.as_str());
        let key = keys.iter().find(|(key, names)| match mapped {
            Some(m) => m == *key,
            None => fold(key) == folded || names.contains(&folded.as_str()),
        });
        match key {
            Some((key, _)) if found.iter().any(|(k, _)| k == key) => {
                return Err(table
                    .error_at(
                        &heading.place,
                        Sheets::SecondColumn {
                            key: key.to_string(),
                            heading: heading.text.clone(),
                        },
                    )
                    .with_hint(Sheets::SecondColumnHint));
            }
            Some((key, _)) => found.push((key, index)),
            None if mapped.is_some() => {
                let names: Vec<&str> = keys.iter().map(|(k, _)| *k).collect();
                return Err(Diagnostic::error(
                    &table.file,
                    Sheets::MapNamesNoKey {
                        key: mapped.unwrap_or("").to_string(),
                        list: names.join(", "),
                    },
                ));
            }
            None if !heading.text.is_empty() => unknown.push(heading.text.clone()),
            None => {}
        }
    }
    Ok(Columns { found, unknown })
}

/// Parses `--map` values: `HEADING=key`; the error in the user's language.
pub fn parse_map(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((heading, key)) if !heading.trim().is_empty() && !key.trim().is_empty() => {
            Ok((heading.trim().to_string(), key.trim().to_string()))
        }
        _ => Err(Msg::from(Sheets::NotAMap { text: text.into() }).to_string()),
    }
}

/// A cell's name: `Sheet1!B12`.
pub fn cell_name(sheet: &str, row: u32, column: u32) -> String {
    format!(
        "{sheet}!{}{}",
        column_letters(column as usize),
        u64::from(row) + 1
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_a_mark_and_windows_1251_with_semicolons_read_alike() {
        let utf8 = "\u{feff}ФИО;E-mail\nАйгерим Оспанова;a@b.kz\n";
        let (cp1251, _, _) =
            encoding_rs::WINDOWS_1251.encode("ФИО;E-mail\r\nАйгерим Оспанова;a@b.kz\r\n");
        for bytes in [utf8.as_bytes(), &cp1251] {
            let t = read_csv(Path::new("m.csv"), bytes).unwrap();
            assert_eq!(
                t.headings
                    .iter()
                    .map(|c| c.text.as_str())
                    .collect::<Vec<_>>(),
                ["ФИО", "E-mail"]
            );
            assert_eq!(t.rows.len(), 1);
            assert_eq!(t.rows[0][0].text, "Айгерим Оспанова");
            assert_eq!(t.rows[0][1].text, "a@b.kz");
        }
    }

    #[test]
    fn rows_after_windows_line_endings_are_placed_on_their_own_line() {
        let text = "name;email\r\nA;a@b.kz\r\nB;b@c.kz\r\n";
        let t = read_csv(Path::new("m.csv"), text.as_bytes()).unwrap();
        let at = t
            .error_at(&t.rows[1][1].place, Msg::Foreign("x".into()))
            .location
            .unwrap();
        assert_eq!((at.line, at.column), (3, 3));
        assert_eq!(t.describe(&t.rows[1][1].place), "row 3");
    }

    #[test]
    fn cells_know_their_line_and_column() {
        let text = "name,email\n\"Ospanova, Aigerim\",bad address\n\n,\nB,b@c.d\n";
        let t = read_csv(Path::new("m.csv"), text.as_bytes()).unwrap();
        assert_eq!(t.rows.len(), 2, "blank rows are left out");
        let d = t.error_at(&t.rows[0][1].place, Msg::Foreign("not an address".into()));
        let at = d.location.unwrap();
        assert_eq!((at.line, at.column), (2, 21));
        assert_eq!(t.rows[0][0].text, "Ospanova, Aigerim");
    }

    #[test]
    fn headings_match_in_three_languages_and_unknown_ones_are_listed() {
        let text = "Аты-жөні;Электрондық пошта;БАҚ;Notes\nx;y;z;w\n";
        let t = read_csv(Path::new("m.csv"), text.as_bytes()).unwrap();
        let keys: &[(&str, &[&str])] = &[
            ("name", &["атыжөні", "фио"]),
            ("email", &["электрондықпошта"]),
            ("outlet", &["бақ", "сми"]),
        ];
        let c = columns(&t, keys, &[]).unwrap();
        assert_eq!(
            (c.of("name"), c.of("email"), c.of("outlet")),
            (Some(0), Some(1), Some(2))
        );
        assert_eq!(c.unknown, ["Notes"]);
        let c = columns(
            &t,
            keys,
            &[
                ("Notes".into(), "outlet".into()),
                ("БАҚ".into(), "name".into()),
            ],
        );
        assert!(
            c.unwrap_err()
                .message
                .en()
                .contains("a second column for `name`")
        );
    }

    #[test]
    fn spreadsheet_dates_read_as_iso_text() {
        use calamine::{ExcelDateTime, ExcelDateTimeType};
        let day = ExcelDateTime::new(42727.0, ExcelDateTimeType::DateTime, false);
        assert_eq!(excel_date(&day), "2016-12-23");
        let time = ExcelDateTime::new(42727.5, ExcelDateTimeType::DateTime, false);
        assert_eq!(excel_date(&time), "2016-12-23 12:00:00");
    }

    #[test]
    fn column_letters_run_past_z() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }
}

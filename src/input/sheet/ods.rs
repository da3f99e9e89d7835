//! The extent of the sheets of an ODS workbook, measured before the reader expands them.
//!
//! ODS writes a run of equal rows or cells once, with how many times it repeats
//! (`table:number-rows-repeated`, `table:number-columns-repeated`): a sheet of 825 bytes
//! can say a million rows of a thousand cells, and the reader makes every one of them,
//! for every sheet of the workbook, when it opens it. This scans `content.xml` as a
//! stream, counts what the reader would make (the cells of each row as written, the box
//! from the first filled cell to the last with every repetition, the text copied into
//! it), and names the first cell past a bound.

use std::path::Path;

use quick_xml::events::{BytesStart, Event};

use super::bounds::{self, MAX_CELLS, MAX_COLUMNS, MAX_TEXT_BYTES};
use super::cell_name;
use crate::diagnostic::Diagnostic;
use crate::messages::Msg;
use crate::messages::input::Input;
use crate::messages::input::sheets::Sheets;

/// A message about the cell named `cell`.
fn at(cell: String, message: Sheets) -> Msg {
    Input::AtKey {
        key: cell,
        what: Box::new(message.into()),
    }
    .into()
}

/// Most rows a sheet has for the reader: repetitions past it are dropped.
const READER_ROWS: u64 = 1_048_576;

/// Most columns a row has for the reader: repetitions past it are dropped.
const READER_COLUMNS: u64 = 16_384;

/// Checks every sheet of the ODS workbook at `path` (whose parts' sizes are checked).
pub fn check(path: &Path) -> Result<(), Diagnostic> {
    let fail = |e: &dyn std::fmt::Display| {
        Diagnostic::error(
            path,
            Sheets::CannotReadSpreadsheet {
                reason: e.to_string(),
            },
        )
    };
    let file = std::fs::File::open(path).map_err(|e| fail(&e))?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file)).map_err(|e| fail(&e))?;
    let content = zip.by_name("content.xml").map_err(|e| fail(&e))?;
    let mut xml = quick_xml::Reader::from_reader(std::io::BufReader::new(content));
    let mut scan = Scan::default();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let event = xml.read_event_into(&mut buf).map_err(|e| fail(&e))?;
        let result = match event {
            Event::Start(e) => scan.open(&e, false),
            Event::Empty(e) => scan.open(&e, true),
            Event::End(e) => scan.close(e.name().as_ref()),
            Event::Text(t) => {
                scan.text = scan.text.saturating_add(t.len() as u64);
                Ok(())
            }
            Event::Eof => break,
            _ => Ok(()),
        };
        result.map_err(|message| Diagnostic::error(path, message).with_hint(bounds::HINT))?;
    }
    Ok(())
}

/// What has been counted so far.
#[derive(Debug, Default)]
struct Scan {
    /// The sheet being read.
    sheet: String,
    /// Rows of the sheet so far, repetitions included.
    rows: u64,
    /// The rows (with repetitions) before the first filled one, once there is one.
    first_filled: Option<u64>,
    /// Leftmost and rightmost filled column of the sheet.
    columns: Option<(u64, u64)>,
    /// Cells the reader makes as it reads the rows as written, over the workbook.
    written: u64,
    /// Bytes of text the reader copies, repetitions included, over the workbook.
    copied: u64,
    /// The row being read: how many times it repeats.
    row_repeats: u64,
    /// The row being read: its column so far, its last filled column's end, its text.
    column: u64,
    /// The end of the row's last filled cell.
    row_end: u64,
    /// Bytes of text of the row, each cell times its repetitions.
    row_text: u64,
    /// Whether the row has a filled cell.
    row_filled: bool,
    /// The cell being read: how many times it repeats, when it is filled.
    cell: Option<u64>,
    /// Bytes of text read inside the cell.
    text: u64,
}

impl Scan {
    /// An element starts (`empty`: and ends at once).
    fn open(&mut self, element: &BytesStart<'_>, empty: bool) -> Result<(), Msg> {
        match element.name().as_ref() {
            "table:table" => {
                *self = Scan {
                    sheet: attribute(element, "table:name").unwrap_or_default(),
                    written: self.written,
                    copied: self.copied,
                    ..Scan::default()
                };
            }
            // The reader skips a row written as an empty element.
            "table:table-row" if !empty => {
                let repeats = number(element, "table:number-rows-repeated").max(1);
                self.row_repeats = repeats.min(READER_ROWS.saturating_sub(self.rows));
                self.column = 0;
                self.row_end = 0;
                self.row_text = 0;
                self.row_filled = false;
            }
            "table:table-cell" | "table:covered-table-cell" => {
                let repeats = number(element, "table:number-columns-repeated")
                    .max(1)
                    .min(READER_COLUMNS.saturating_sub(self.column));
                let filled = !empty
                    || element
                        .try_get_attribute("office:value-type")
                        .ok()
                        .flatten()
                        .is_some()
                    || element
                        .try_get_attribute("table:formula")
                        .ok()
                        .flatten()
                        .is_some();
                if filled {
                    self.filled(repeats)?;
                    self.text = 0;
                    self.cell = Some(repeats);
                }
                self.column += repeats;
                if filled && empty {
                    self.close_cell()?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// A filled cell repeated `repeats` times starts at the current column.
    fn filled(&mut self, repeats: u64) -> Result<(), Msg> {
        let (first, last) = (self.column, self.column + repeats - 1);
        if last >= MAX_COLUMNS as u64 {
            return Err(at(
                self.here(last),
                Sheets::FilledInColumn {
                    column: last + 1,
                    most: MAX_COLUMNS as u64,
                },
            ));
        }
        self.row_end = last + 1;
        self.row_filled = true;
        self.columns = Some(match self.columns {
            None => (first, last),
            Some((left, right)) => (left.min(first), right.max(last)),
        });
        Ok(())
    }

    /// The cell being read ends: its text is copied once per repetition.
    fn close_cell(&mut self) -> Result<(), Msg> {
        if let Some(repeats) = self.cell.take() {
            if self.text > (bounds::MAX_CELL_CHARS as u64) * 4 {
                return Err(at(
                    self.here(self.column - repeats),
                    Sheets::OdsCellTooLong {
                        most: bounds::MAX_CELL_CHARS as u64,
                    },
                ));
            }
            self.row_text = self
                .row_text
                .saturating_add(self.text.saturating_mul(repeats));
        }
        Ok(())
    }

    /// An element ends.
    fn close(&mut self, name: &str) -> Result<(), Msg> {
        match name {
            "table:table-cell" | "table:covered-table-cell" => self.close_cell()?,
            "table:table-row" => self.close_row()?,
            _ => {}
        }
        Ok(())
    }

    /// The row being read ends: what the reader makes of it is counted.
    fn close_row(&mut self) -> Result<(), Msg> {
        let last = self.row_end.saturating_sub(1);
        self.written = self.written.saturating_add(self.row_end);
        self.copied = self
            .copied
            .saturating_add(self.row_text.saturating_mul(self.row_repeats));
        let before = self.rows;
        self.rows = self.rows.saturating_add(self.row_repeats);
        if self.row_filled {
            let first = *self.first_filled.get_or_insert(before);
            let (left, right) = self.columns.unwrap_or((0, 0));
            let cells = (self.rows - first).saturating_mul(right - left + 1);
            if cells > MAX_CELLS as u64 || self.written > MAX_CELLS as u64 {
                return Err(at(
                    self.here_row(self.rows - 1, last),
                    Sheets::OdsReaches {
                        sheet: self.sheet.clone(),
                        rows: self.rows - first,
                        columns: right - left + 1,
                        most: MAX_CELLS as u64,
                    },
                ));
            }
        }
        if self.copied > MAX_TEXT_BYTES as u64 {
            return Err(at(
                self.here_row(self.rows.saturating_sub(1), last),
                Sheets::OdsTextPasses {
                    sheet: self.sheet.clone(),
                    mib: (MAX_TEXT_BYTES / (1024 * 1024)) as u64,
                },
            ));
        }
        Ok(())
    }

    /// The name of the cell at `column` of the row being read.
    fn here(&self, column: u64) -> String {
        self.here_row(self.rows, column)
    }

    /// The name of the cell at `row` and `column` of the sheet.
    fn here_row(&self, row: u64, column: u64) -> String {
        cell_name(
            &self.sheet,
            u32::try_from(row).unwrap_or(u32::MAX),
            u32::try_from(column).unwrap_or(u32::MAX),
        )
    }
}

/// An attribute's value as text.
fn attribute(element: &BytesStart<'_>, key: &str) -> Option<String> {
    let value = element.try_get_attribute(key).ok().flatten()?;
    Some(value.value.into_owned())
}

/// An attribute's value as a number: 1 when it is absent or not a number, `u64::MAX`
/// when it is too large for one.
fn number(element: &BytesStart<'_>, key: &str) -> u64 {
    match attribute(element, key) {
        None => 1,
        Some(text) if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) => {
            text.parse().unwrap_or(u64::MAX)
        }
        Some(_) => 1,
    }
}

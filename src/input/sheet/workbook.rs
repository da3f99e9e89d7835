//! The first sheet of an XLSX or ODS workbook (or an old XLS one), read within the
//! bounds of [`super::bounds`]: the parts' unpacked sizes checked before anything is
//! unpacked, then the cells one by one (XLSX) or the sheets' extent measured before they
//! are expanded (ODS, see [`super::ods`]; XLS, see [`super::xls`]), never a box spanning
//! the sheet's first and last cells past the bounds.

use std::path::Path;

use calamine::{Data, Reader};

use super::bounds::{self, Budget, MAX_COLUMNS};
use super::{Cell, Place, Table, cell_name, excel_date};
use crate::diagnostic::Diagnostic;
use crate::messages::Msg;
use crate::messages::input::Input;
use crate::messages::input::sheets::Sheets;

/// A filled cell as read: row and column from 0, and its text.
type Filled = (u32, u32, String);

/// Reads the first sheet of the workbook at `path`; `extension` (lower case) says which
/// kind it is.
pub fn read(path: &Path, extension: &str) -> Result<Table, Diagnostic> {
    let fail = |e: &dyn std::fmt::Display| {
        Diagnostic::error(
            path,
            Sheets::CannotReadSpreadsheet {
                reason: e.to_string(),
            },
        )
    };
    let no_sheet = || Diagnostic::error(path, Sheets::NoSheet);
    let (sheet, cells) = match extension {
        "xlsx" | "xlsm" => {
            bounds::check_parts(path)?;
            let mut workbook: calamine::Xlsx<_> =
                calamine::open_workbook(path).map_err(|e| fail(&e))?;
            let sheet = first_sheet(&workbook).ok_or_else(no_sheet)?;
            let mut reader = workbook
                .worksheet_cells_reader(&sheet)
                .map_err(|e| fail(&e))?;
            let mut budget = Budget::default();
            let mut cells = Vec::new();
            while let Some(cell) = reader.next_cell().map_err(|e| fail(&e))? {
                let (row, column) = cell.get_position();
                let value = Data::from(cell.get_value().clone());
                if let Some(filled) = filled(path, &sheet, row, column, value, &mut budget)? {
                    cells.push(filled);
                }
            }
            (sheet, cells)
        }
        "ods" => {
            bounds::check_parts(path)?;
            super::ods::check(path)?;
            let mut workbook: calamine::Ods<_> =
                calamine::open_workbook(path).map_err(|e| fail(&e))?;
            let sheet = first_sheet(&workbook).ok_or_else(no_sheet)?;
            let range = workbook.worksheet_range(&sheet).map_err(|e| fail(&e))?;
            from_range(path, &sheet, &range)?
        }
        _ => {
            // An old `.xls`: the reader parses every sheet as it opens the file, so the
            // file's records are checked first (the file is at most 16 MiB, read once).
            let bytes = crate::input::bounded::read(path, super::MAX_FILE_BYTES).map_err(|e| {
                Diagnostic::error(
                    path,
                    Sheets::FileRefused {
                        reason: Box::new(e.message()),
                    },
                )
            })?;
            super::xls::check(path, &bytes)?;
            let mut workbook: calamine::Xls<_> =
                calamine::Xls::new(std::io::Cursor::new(bytes)).map_err(|e| fail(&e))?;
            let sheet = first_sheet(&workbook).ok_or_else(no_sheet)?;
            let range = workbook.worksheet_range(&sheet).map_err(|e| fail(&e))?;
            from_range(path, &sheet, &range)?
        }
    };
    super::table(path, None, rows(path, &sheet, cells)?)
}

/// The name of a workbook's first sheet.
fn first_sheet<RS: std::io::Read + std::io::Seek, W: Reader<RS>>(workbook: &W) -> Option<String> {
    workbook.sheet_names().first().cloned()
}

/// The filled cells of a range already read.
fn from_range(
    path: &Path,
    sheet: &str,
    range: &calamine::Range<Data>,
) -> Result<(String, Vec<Filled>), Diagnostic> {
    let mut budget = Budget::default();
    let mut cells = Vec::new();
    let (top, left) = range.start().unwrap_or((0, 0));
    for (row, column, value) in range.used_cells() {
        let (row, column) = (top + row as u32, left + column as u32);
        if let Some(filled) = filled(path, sheet, row, column, value.clone(), &mut budget)? {
            cells.push(filled);
        }
    }
    Ok((sheet.to_string(), cells))
}

/// A cell's text, or none for an empty cell; an error when the cell lies beyond
/// [`MAX_COLUMNS`] or passes the table's budget.
fn filled(
    path: &Path,
    sheet: &str,
    row: u32,
    column: u32,
    value: Data,
    budget: &mut Budget,
) -> Result<Option<Filled>, Diagnostic> {
    if matches!(value, Data::Empty) {
        return Ok(None);
    }
    if column as usize >= MAX_COLUMNS {
        return Err(at(
            path,
            sheet,
            row,
            column,
            Sheets::CellInColumn {
                column: u64::from(column) + 1,
                most: MAX_COLUMNS as u64,
            }
            .into(),
        ));
    }
    let text = text_of(value);
    budget
        .cell(&text)
        .map_err(|message| at(path, sheet, row, column, message))?;
    Ok(Some((row, column, text)))
}

/// An error at one cell of a sheet, with the hint of a table past a bound.
fn at(path: &Path, sheet: &str, row: u32, column: u32, message: Msg) -> Diagnostic {
    Diagnostic::error(
        path,
        Input::AtKey {
            key: cell_name(sheet, row, column),
            what: Box::new(message),
        },
    )
    .with_hint(bounds::HINT)
}

/// A cell's text as people read it: whole numbers without a decimal point, dates as ISO
/// text, a number that is not one (infinite, not a number) as the error a spreadsheet
/// shows for it, `#NUM!`.
pub fn text_of(value: Data) -> String {
    match value {
        Data::Empty => String::new(),
        Data::Float(f) if !f.is_finite() => "#NUM!".into(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::DateTime(d) if d.is_datetime() => excel_date(&d),
        Data::DateTime(d) => d.as_f64().to_string(),
        other => other.to_string(),
    }
    .trim()
    .to_string()
}

/// The rows of a table from its filled cells: rows in order, each from the table's first
/// column to its own last filled one (blank cells between), rows with no text left out.
/// The blank cells count against [`bounds::MAX_CELLS`].
fn rows(path: &Path, sheet: &str, mut cells: Vec<Filled>) -> Result<Vec<Vec<Cell>>, Diagnostic> {
    cells.sort_by_key(|(row, column, _)| (*row, *column));
    let left = cells
        .iter()
        .map(|(_, column, _)| *column)
        .min()
        .unwrap_or(0);
    let mut budget = Budget::default();
    let mut rows = Vec::new();
    let mut cells = cells.into_iter().peekable();
    while let Some((row, column, text)) = cells.next() {
        let mut line = vec![(column, text)];
        while let Some((_, column, text)) = cells.next_if(|(r, _, _)| *r == row) {
            line.push((column, text));
        }
        let last = line.last().map_or(left, |(column, _)| *column);
        budget
            .blanks((last - left + 1) as usize)
            .map_err(|message| at(path, sheet, row, last, message))?;
        if line.iter().all(|(_, text)| text.is_empty()) {
            continue;
        }
        let mut dense: Vec<Cell> = Vec::with_capacity((last - left + 1) as usize);
        for (column, text) in line {
            while (dense.len() as u32) + left < column {
                let blank = left + dense.len() as u32;
                dense.push(Cell {
                    text: String::new(),
                    place: Place::Cell(cell_name(sheet, row, blank)),
                });
            }
            // A cell given twice keeps the last.
            if (dense.len() as u32) + left > column {
                dense.pop();
            }
            dense.push(Cell {
                text,
                place: Place::Cell(cell_name(sheet, row, column)),
            });
        }
        rows.push(dense);
    }
    Ok(rows)
}

//! What one table may hold, checked as its cells are read and, for a workbook, before
//! any of it is unpacked: a small file can describe a huge sheet (a compressed part, a
//! cell at the last column and row, rows repeated a million times), and a reader that
//! trusted it would ask for gigabytes. Past a bound, the message names the file, the
//! sheet and the cell.

use std::io::Read;
use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::messages::Msg;
use crate::messages::input::Input;
use crate::messages::input::sheets::Sheets;

/// Most cells a table may hold, blank cells inside its rows included: a media list or a
/// sign-in sheet of 100,000 rows of ten columns.
pub const MAX_CELLS: usize = 1_000_000;

/// Most columns a table may span.
pub const MAX_COLUMNS: usize = 1_000;

pub use super::long_text::{MAX_CELL_CHARS, MAX_PART_BYTES};

/// Most bytes of text of all the cells of a table together.
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;

/// Most bytes all the parts of a workbook may unpack to together.
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;

/// The hint of a table past a bound.
pub const HINT: Sheets = Sheets::TooBigHint;

/// Counts the cells and text of a table as they are read.
#[derive(Debug, Default)]
pub struct Budget {
    /// Cells so far.
    cells: usize,
    /// Bytes of text so far.
    text: usize,
}

impl Budget {
    /// Counts `blank` blank cells: the message when they pass [`MAX_CELLS`].
    pub fn blanks(&mut self, blank: usize) -> Result<(), Msg> {
        self.cells = self.cells.saturating_add(blank);
        if self.cells > MAX_CELLS {
            return Err(Sheets::PastCells {
                most: MAX_CELLS as u64,
            }
            .into());
        }
        Ok(())
    }

    /// Counts one cell of `text`: the message when it is too long, or when the table
    /// passes [`MAX_CELLS`] or [`MAX_TEXT_BYTES`].
    pub fn cell(&mut self, text: &str) -> Result<(), Msg> {
        self.blanks(1)?;
        if text.len() > MAX_CELL_CHARS {
            let chars = text.chars().count();
            if chars > MAX_CELL_CHARS {
                return Err(Sheets::CellTooLong {
                    count: chars as u64,
                    most: MAX_CELL_CHARS as u64,
                }
                .into());
            }
        }
        self.text = self.text.saturating_add(text.len());
        if self.text > MAX_TEXT_BYTES {
            return Err(Sheets::TextPasses {
                mib: (MAX_TEXT_BYTES / (1024 * 1024)) as u64,
            }
            .into());
        }
        Ok(())
    }
}

/// Checks what the parts of the workbook at `path` (a zip file: XLSX or ODS) declare they
/// unpack to, before any is unpacked: each at most [`MAX_PART_BYTES`], together at most
/// [`MAX_UNPACKED_BYTES`]. The zip reader stops a part that unpacks to more than it
/// declared, so these sizes bound what reading the workbook decompresses.
pub fn check_parts(path: &Path) -> Result<(), Diagnostic> {
    let file = std::fs::File::open(path).map_err(|e| super::cannot_read(path, &e))?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file)).map_err(|e| {
        Diagnostic::error(
            path,
            Sheets::NotAWorkbook {
                reason: e.to_string(),
            },
        )
    })?;
    let mut total: u64 = 0;
    for index in 0..zip.len() {
        let part = zip.by_index_raw(index).map_err(|e| {
            Diagnostic::error(
                path,
                Sheets::CannotReadSpreadsheet {
                    reason: e.to_string(),
                },
            )
        })?;
        let name = part.name().map(|n| n.into_owned()).unwrap_or_default();
        let size = part.size();
        total = total.saturating_add(size);
        if size > MAX_PART_BYTES || total > MAX_UNPACKED_BYTES {
            drop(part);
            // Shared texts too long: told at the cell that uses the first too long.
            if size > MAX_PART_BYTES
                && name.ends_with("sharedStrings.xml")
                && let Some((sheet, cell, index)) =
                    super::long_text::cell_of_long_text(&mut zip, &name)
            {
                return Err(Diagnostic::error(
                    path,
                    Input::AtKey {
                        key: format!("{sheet}!{cell}"),
                        what: Box::new(
                            Sheets::LongSharedText {
                                index: index as u64,
                                part: name,
                                mib: mib(size),
                                most: MAX_CELL_CHARS as u64,
                            }
                            .into(),
                        ),
                    },
                )
                .with_hint(HINT));
            }
            let (holds, part_most, all_most) = (
                part_meaning(&name).to_string(),
                mib(MAX_PART_BYTES),
                mib(MAX_UNPACKED_BYTES),
            );
            let message = if size > MAX_PART_BYTES {
                Sheets::PartTooBig {
                    part: name,
                    mib: mib(size),
                    holds,
                    part_most,
                    all_most,
                }
            } else {
                Sheets::PartsTooBig {
                    mib: mib(MAX_UNPACKED_BYTES),
                    holds,
                    part_most,
                    all_most,
                }
            };
            return Err(Diagnostic::error(path, message).with_hint(HINT));
        }
    }
    check_shared_string_count(path, &mut zip)
}

/// What a part of a workbook holds, for messages: `texts`, `cells` or `other`.
fn part_meaning(name: &str) -> &'static str {
    if name.ends_with("sharedStrings.xml") {
        "texts"
    } else if name.contains("worksheets/") || name == "content.xml" {
        "cells"
    } else {
        "other"
    }
}

/// Refuses shared texts that declare more entries than a table may have cells: the
/// reader reserves room for as many as declared before reading one.
fn check_shared_string_count<R: std::io::Read + std::io::Seek>(
    path: &Path,
    zip: &mut zip::ZipArchive<R>,
) -> Result<(), Diagnostic> {
    let names: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .filter(|n| n.ends_with("sharedStrings.xml"))
        .map(|n| n.into_owned())
        .collect();
    for name in names {
        let mut head = Vec::new();
        if let Ok(part) = zip.by_name(&name) {
            let _ = part.take(4096).read_to_end(&mut head);
        }
        if let Some(count) = declared_count(&head)
            && count > MAX_CELLS as u64
        {
            return Err(Diagnostic::error(
                path,
                Sheets::SharedTextsDeclare {
                    part: name,
                    count,
                    most: MAX_CELLS as u64,
                },
            )
            .with_hint(HINT));
        }
    }
    Ok(())
}

/// The `uniqueCount` (else `count`) attribute of the first tag named `sst`, when it is a
/// number; a count too large for a `u64` reads as `u64::MAX`.
fn declared_count(head: &[u8]) -> Option<u64> {
    let text = String::from_utf8_lossy(head);
    let tag = &text[text.find("sst")?..];
    let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
    ["uniqueCount", "count"].iter().find_map(|attribute| {
        let at = tag.find(&format!("{attribute}="))? + attribute.len() + 1;
        let digits: String = tag[at..]
            .trim_start_matches(['"', '\''])
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        (!digits.is_empty()).then(|| digits.parse().unwrap_or(u64::MAX))
    })
}

/// A size in MiB (rounded up), for messages.
fn mib(bytes: u64) -> u64 {
    bytes.div_ceil(1024 * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_budget_stops_at_a_long_cell_and_at_too_many_cells() {
        let mut budget = Budget::default();
        assert!(budget.cell(&"я".repeat(MAX_CELL_CHARS)).is_ok());
        let e = budget
            .cell(&"я".repeat(MAX_CELL_CHARS + 1))
            .unwrap_err()
            .en();
        assert!(
            e.contains(&format!("holds {} characters", MAX_CELL_CHARS + 1)),
            "{e}"
        );
        let mut budget = Budget::default();
        assert!(budget.blanks(MAX_CELLS - 1).is_ok());
        assert!(budget.cell("x").is_ok());
        assert!(
            budget
                .cell("x")
                .unwrap_err()
                .en()
                .contains("past 1000000 cells")
        );
    }

    #[test]
    fn the_declared_count_of_shared_texts_is_read_from_the_first_tag() {
        let head = br#"<?xml version="1.0"?><sst xmlns="x" count="12" uniqueCount="9">"#;
        assert_eq!(declared_count(head), Some(9));
        assert_eq!(declared_count(br#"<sst count='7'>"#), Some(7));
        assert_eq!(
            declared_count(br#"<sst uniqueCount="99999999999999999999999">"#),
            Some(u64::MAX)
        );
        assert_eq!(declared_count(b"<sst>"), None);
    }
}

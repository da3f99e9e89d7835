//! `presskit import attendance|coverage FILE --into BRIEFING.toml`: the rows of a
//! typed-up sign-in sheet, a registration export or a media-monitoring export (CSV,
//! XLSX, ODS; see [`sheet`]) merged into the briefing as `[[attendance]]` or
//! `[[coverage]]` tables, the file's comments, order and formatting kept (toml_edit).
//!
//! What the briefing already holds with the same values is skipped, so importing a file
//! twice changes nothing; what it holds with other values is an error naming both
//! places. Any bad row stops the import before anything is written, and the new text is
//! returned only when it validates. Each kind of sheet has its module: [`attendance`],
//! [`coverage`]; [`values`] reads the cells people type.

pub mod attendance;
pub mod coverage;
pub mod diff;
pub mod values;

use std::path::Path;

use crate::diagnostic::{Diagnostic, Location, shown};
use crate::input::briefing::{self, KeyPath, Source};
use crate::input::model;
use crate::input::sheet::{self, Place, Table};
use crate::messages::Msg;
use crate::messages::input::import::Import;
use crate::messages::input::reading::Reading;

/// What a sheet holds, and so which tables it becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum What {
    /// A sign-in sheet or registration export: one row per journalist or outlet.
    Attendance,
    /// A media-monitoring export: one row per published piece.
    Coverage,
}

impl What {
    /// The briefing's array of tables this sheet adds to.
    pub fn key(self) -> &'static str {
        match self {
            Self::Attendance => "attendance",
            Self::Coverage => "coverage",
        }
    }

    /// The headings that name each column, folded (see [`sheet::fold`]).
    fn headings(self) -> &'static [(&'static str, &'static [&'static str])] {
        match self {
            Self::Attendance => attendance::HEADINGS,
            Self::Coverage => coverage::HEADINGS,
        }
    }
}

/// What one kind of sheet adds to a briefing.
#[derive(Debug, Default)]
pub struct Plan {
    /// The tables to append, in the sheet's order.
    pub tables: Vec<toml_edit::Table>,
    /// Entries the briefing already holds with the same values.
    pub skipped: usize,
    /// Entries the briefing holds that the sheet completes: the index of each in the
    /// briefing's array and the keys to write into it (a registered outlet's journalists,
    /// say).
    pub updates: Vec<(usize, toml_edit::Table)>,
    /// What the user should know about how the rows were read.
    pub warnings: Vec<Diagnostic>,
}

/// What `import` did, or would do under `--dry-run`.
#[derive(Debug, Clone)]
pub struct Imported {
    /// What the sheet held.
    pub what: What,
    /// The briefing's text after the import.
    pub text: String,
    /// Whether the briefing file starts with a UTF-8 byte-order mark, to keep it.
    pub byte_order_mark: bool,
    /// The unified diff from the briefing as it was; empty when nothing changes.
    pub diff: String,
    /// Tables added.
    pub added: usize,
    /// Entries of the sheet the briefing already held with the same values.
    pub skipped: usize,
    /// Entries the briefing held that the sheet completed.
    pub filled: usize,
    /// Unknown columns and the like.
    pub warnings: Vec<Diagnostic>,
}

/// Merges the rows of `sheet_file` into the briefing `into` and returns the new text;
/// writes nothing. With `sign_in`, an attendance sheet is the complete record of who came.
pub fn run(
    what: What,
    sheet_file: &Path,
    into: &Path,
    map: &[(String, String)],
    sign_in: bool,
) -> Result<Imported, Vec<Diagnostic>> {
    let source = Source::read(into).map_err(|d| vec![d])?;
    let fonts = crate::typeset::fonts::with_added(&crate::typeset::fonts::folders_for(
        None,
        &source.folder(),
    ))?;
    let current = model::validate_with_fonts(source.clone(), fonts.clone())?;
    let table = sheet::read(sheet_file).map_err(|d| vec![d])?;
    let columns = sheet::columns(&table, what.headings(), map).map_err(|d| vec![d])?;
    let mut warnings = Vec::new();
    if !columns.unknown.is_empty() {
        let keys: Vec<&str> = what.headings().iter().map(|(k, _)| *k).collect();
        warnings.push(
            table
                .heading_error(Import::ColumnsNotImported {
                    list: columns.unknown.join(", "),
                })
                .warning()
                .with_hint(Import::ColumnsRead {
                    list: keys.join(", "),
                }),
        );
    }
    for (heading, _) in map {
        if !table
            .headings
            .iter()
            .any(|h| sheet::fold(&h.text) == sheet::fold(heading))
        {
            let found: Vec<&str> = table.headings.iter().map(|h| h.text.as_str()).collect();
            warnings.push(
                table
                    .heading_error(Import::MapNamesNoHeading {
                        heading: heading.clone(),
                        list: found.join(", "),
                    })
                    .warning(),
            );
        }
    }
    let mut plan = match what {
        What::Attendance => attendance::plan(&table, &columns, &current, &source, sign_in)?,
        What::Coverage => coverage::plan(&table, &columns, &current, &source)?,
    };
    warnings.append(&mut plan.warnings);
    let text = append(&source, what.key(), &plan.tables, &plan.updates)?;
    if text != source.text {
        let after = Source {
            path: source.path.clone(),
            text: text.clone(),
        };
        model::validate_with_fonts(after, fonts).map_err(|mut e| {
            e.push(Diagnostic::error(into, Import::WouldNotBeValid));
            e
        })?;
    }
    let byte_order_mark = std::fs::read(into).is_ok_and(|b| b.starts_with(b"\xEF\xBB\xBF"));
    Ok(Imported {
        what,
        byte_order_mark,
        diff: diff::unified(&shown(into), &source.text, &text),
        text,
        added: plan.tables.len(),
        skipped: plan.skipped,
        filled: plan.updates.len(),
        warnings,
    })
}

impl Imported {
    /// The bytes to write over the briefing: the text, after the byte-order mark it had.
    pub fn bytes(&self) -> Vec<u8> {
        let mark: &[u8] = if self.byte_order_mark {
            b"\xEF\xBB\xBF"
        } else {
            b""
        };
        [mark, self.text.as_bytes()].concat()
    }
}

/// The closing line: what was added to (or, under `--dry-run`, would be added to) `into`.
pub fn summary(done: &Imported, into: &Path, dry_run: bool) -> Msg {
    let into = shown(into).to_string();
    let key = done.what.key().to_string();
    let (count, filled, skipped) = (done.added as u64, done.filled as u64, done.skipped as u64);
    match (done.added, done.filled, dry_run) {
        (0, 0, _) => Import::NothingToChange { into, skipped },
        (0, _, true) => Import::WouldComplete {
            count: filled,
            key,
            into,
            skipped,
        },
        (0, _, false) => Import::Completed {
            count: filled,
            key,
            into,
            skipped,
        },
        (_, _, true) => Import::WouldAdd {
            count,
            key,
            into,
            filled,
            skipped,
        },
        (_, _, false) => Import::Added {
            count,
            key,
            into,
            filled,
            skipped,
        },
    }
    .into()
}

/// Whether two outlet names are the same, as the format links them: trimmed, case
/// folded, in Cyrillic or Latin letters ([`crate::input::outlets::key`]).
pub fn same_name(a: &str, b: &str) -> bool {
    crate::input::outlets::key(a) == crate::input::outlets::key(b)
}

/// The error for an entry of the sheet at `place` that the briefing holds, at `path`,
/// with other values (`differences`, each a message).
pub fn conflict(
    table: &Table,
    place: &Place,
    source: &Source,
    path: &KeyPath,
    entry: impl Into<Msg>,
    differences: &[Msg],
) -> Diagnostic {
    let span = briefing::span_of(&source.text, path);
    let at = Location::of_span(&source.text, span);
    table
        .error_at(
            place,
            Import::Conflict {
                entry: Box::new(entry.into()),
                differences: joined(differences),
            },
        )
        .with_hint(Import::ConflictHint {
            place: format!("{}:{}:{}", shown(&source.path), at.line, at.column),
            path: path.to_string(),
        })
}

/// Differences, each in the user's language, one after the other.
pub fn joined(differences: &[Msg]) -> String {
    differences
        .iter()
        .map(Msg::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

/// The value `read` from `cell`, or `None` with its refusal added to `errors` at the cell.
pub fn checked<T>(
    errors: &mut Vec<Diagnostic>,
    table: &Table,
    cell: &sheet::Cell,
    read: Result<T, values::Refusal>,
) -> Option<T> {
    match read {
        Ok(value) => Some(value),
        Err((message, hint)) => {
            errors.push(table.error_at(&cell.place, message).with_hint(hint));
            None
        }
    }
}

/// The briefing's text with `tables` appended to its array `key` (after the tables it
/// has) and the keys of `updates` written into the tables it has (a value replaced keeps
/// its comment), everything else as written; a file written with CRLF line ends keeps
/// them.
fn append(
    source: &Source,
    key: &str,
    tables: &[toml_edit::Table],
    updates: &[(usize, toml_edit::Table)],
) -> Result<String, Vec<Diagnostic>> {
    if tables.is_empty() && updates.is_empty() {
        return Ok(source.text.clone());
    }
    let mut document: toml_edit::DocumentMut =
        source.text.parse().map_err(|e: toml_edit::TomlError| {
            vec![Diagnostic::error(
                &source.path,
                Reading::CannotEdit {
                    reason: e.to_string(),
                },
            )]
        })?;
    let item = document
        .entry(key)
        .or_insert_with(|| toml_edit::Item::ArrayOfTables(toml_edit::ArrayOfTables::new()));
    let Some(array) = item.as_array_of_tables_mut() else {
        let span = briefing::span_of(&source.text, &KeyPath::default().key(key.to_string()));
        return Err(vec![
            source
                .error_at(
                    span,
                    Import::ArrayNotTables {
                        key: key.to_string(),
                    },
                )
                .with_hint(Import::ArrayNotTablesHint {
                    key: key.to_string(),
                }),
        ]);
    };
    for (index, keys) in updates {
        let Some(there) = array.get_mut(*index) else {
            continue;
        };
        for (name, item) in keys.iter() {
            match (there.get_mut(name), item.as_value()) {
                (Some(toml_edit::Item::Value(old)), Some(new)) => {
                    let decor = old.decor().clone();
                    *old = new.clone();
                    *old.decor_mut() = decor;
                }
                _ => {
                    there.insert(name, item.clone());
                }
            }
        }
    }
    for table in tables {
        array.push(table.clone());
    }
    let text = document.to_string();
    Ok(if source.text.contains("\r\n") {
        text.replace("\r\n", "\n").replace('\n', "\r\n")
    } else {
        text
    })
}

//! An old Excel `.xls` workbook checked within the bounds of [`super::bounds`] before it
//! is read: the reader parses every sheet of the file at once, reserving room for the
//! cells each sheet's dimensions declare and then laying every sheet out as a box from
//! its first cell to its last, so a 16 MiB file could ask for gigabytes. This module
//! finds the workbook stream in the compound file itself (within the file, which is
//! read whole: it is at most [`super::MAX_FILE_BYTES`]), walks its records, and refuses,
//! at the file, sheet and cell, dimensions or cells that would make a box past
//! [`MAX_CELLS`] (every sheet counted, as the reader lays out every one) or a column
//! past [`MAX_COLUMNS`], and shared texts declaring more entries than a table has cells.

use std::path::Path;

use super::bounds::{HINT, MAX_CELLS, MAX_COLUMNS};
use super::cell_name;
use crate::diagnostic::Diagnostic;
use crate::messages::Msg;
use crate::messages::input::Input;
use crate::messages::input::sheets::Sheets;

/// Checks the `.xls` workbook at `path` (already read as `bytes`) before the reader sees
/// it. A file that is not a compound file, or whose structure does not read, is left to
/// the reader's own message.
pub fn check(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let Some(stream) = workbook_stream(bytes) else {
        return Ok(());
    };
    check_records(&stream).map_err(|(place, message)| {
        let message = match place {
            Some(place) => Input::AtKey {
                key: place,
                what: Box::new(message.into()),
            }
            .into(),
            None => Msg::from(message),
        };
        Diagnostic::error(path, message).with_hint(HINT)
    })
}

/// Reads a little-endian `u16` at `at`, when it is there.
fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

/// Reads a little-endian `u32` at `at`, when it is there.
fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// Most sheets a workbook may list: the reader lays out every one, and each is walked
/// here; a media list or a sign-in sheet has one.
const MAX_SHEETS: usize = 256;

/// The end of a chain of sectors in a compound file.
const END_OF_CHAIN: u32 = 0xFFFF_FFFE;

/// The `Workbook` (or older `Book`) stream of a compound file, read from `file` by its
/// allocation tables, every chain bounded by the number of sectors; `None` when the
/// file is not a compound file or its structure does not read.
fn workbook_stream(file: &[u8]) -> Option<Vec<u8>> {
    if !file.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return None;
    }
    let shift = u32::from(u16_at(file, 0x1E)?);
    let mini_shift = u32::from(u16_at(file, 0x20)?);
    if !(7..=16).contains(&shift) || mini_shift >= shift {
        return None;
    }
    let size = 1usize << shift;
    let sector = |id: u32| -> Option<&[u8]> {
        let start = (id as usize).checked_add(1)?.checked_mul(size)?;
        file.get(start..start + size)
    };
    // The header takes the place of one: no chain can name more sectors than this.
    let sectors = file.len().div_ceil(size);
    // The sectors of the allocation table: 109 in the header, the rest in a chain.
    let mut fat_sectors: Vec<u32> = (0..109)
        .filter_map(|i| u32_at(file, 0x4C + 4 * i))
        .collect();
    let mut difat = u32_at(file, 0x44)?;
    let mut steps = 0;
    while difat < END_OF_CHAIN && steps < sectors {
        let block = sector(difat)?;
        fat_sectors.extend((0..size / 4 - 1).filter_map(|i| u32_at(block, 4 * i)));
        difat = u32_at(block, size - 4)?;
        steps += 1;
    }
    let fat: Vec<u32> = fat_sectors
        .iter()
        .filter(|&&id| id < END_OF_CHAIN)
        .take(sectors)
        .filter_map(|&id| sector(id))
        .flat_map(|block| {
            block
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        })
        .collect();
    // A chain is at most as long as the sectors it can name: a chain that loops stops
    // there, so that no stream read is longer than the file.
    let chain = |start: u32, table: &[u32], most: usize| -> Vec<u32> {
        let mut ids = Vec::new();
        let mut id = start;
        while id < END_OF_CHAIN && ids.len() < table.len().min(most) {
            ids.push(id);
            id = *table.get(id as usize).unwrap_or(&END_OF_CHAIN);
        }
        ids
    };
    let read = |start: u32| -> Vec<u8> {
        chain(start, &fat, sectors)
            .into_iter()
            .filter_map(&sector)
            .flatten()
            .copied()
            .collect()
    };
    let directory = read(u32_at(file, 0x30)?);
    let entries: Vec<&[u8]> = directory.chunks_exact(128).collect();
    let name_of = |entry: &[u8]| {
        let length = usize::from(u16_at(entry, 0x40).unwrap_or(0)).min(64);
        let units: Vec<u16> = entry[..length.saturating_sub(2)]
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    };
    let root = entries.first()?;
    let entry = ["Workbook", "Book"].iter().find_map(|wanted| {
        entries
            .iter()
            .find(|e| e.get(0x42) == Some(&2) && name_of(e) == *wanted)
    })?;
    let start = u32_at(entry, 0x74)?;
    let length = u32_at(entry, 0x78)? as usize;
    let cutoff = u32_at(file, 0x38)? as usize;
    let mut stream = if length < cutoff {
        // A small stream lives in the mini stream, in sectors of 64 bytes.
        let mini_stream = read(u32_at(root, 0x74)?);
        let mini_fat: Vec<u32> = read(u32_at(file, 0x3C)?)
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        let mini = 1usize << mini_shift;
        chain(start, &mini_fat, mini_stream.len() / mini + 1)
            .into_iter()
            .filter_map(|id| mini_stream.get(id as usize * mini..(id as usize + 1) * mini))
            .flatten()
            .copied()
            .collect()
    } else {
        read(start)
    };
    stream.truncate(length);
    Some(stream)
}

/// The records of a workbook stream from `at`: type and data, until the stream ends.
fn records(stream: &[u8], mut at: usize) -> impl Iterator<Item = (u16, &[u8])> {
    std::iter::from_fn(move || {
        let kind = u16_at(stream, at)?;
        let length = usize::from(u16_at(stream, at + 2)?);
        let data = stream.get(at + 4..at + 4 + length)?;
        at += 4 + length;
        Some((kind, data))
    })
}

/// Where a bound is passed (a sheet's cell, when one can be named) and what is wrong.
type Past = (Option<String>, Sheets);

/// A sheet's first cell and its last (row, column), when it has any.
type Corners = (Option<(u32, u32)>, Option<(u32, u32)>);

/// One sheet of the workbook: its name, and where its records begin.
struct Sheet {
    /// The name, as the workbook lists it.
    name: String,
    /// Offset of its first record in the workbook stream.
    at: usize,
}

/// Walks the workbook's records: the sheets and shared texts the globals declare, then
/// every sheet's dimensions and cells.
fn check_records(stream: &[u8]) -> Result<(), Past> {
    let mut sheets = Vec::new();
    for (kind, data) in records(stream, 0) {
        match kind {
            // BoundSheet8: where a sheet begins, and its name.
            0x0085 => sheets.push(Sheet {
                at: u32_at(data, 0).unwrap_or(u32::MAX) as usize,
                name: sheet_name(data),
            }),
            // SST: shared texts, as many as declared are made.
            0x00FC => {
                let unique = u32_at(data, 4).unwrap_or(0);
                if unique as usize > MAX_CELLS {
                    return Err((
                        None,
                        Sheets::XlsSharedTexts {
                            count: u64::from(unique),
                            most: MAX_CELLS as u64,
                        },
                    ));
                }
            }
            // The globals end.
            0x000A => break,
            _ => {}
        }
    }
    if sheets.len() > MAX_SHEETS {
        return Err((
            None,
            Sheets::TooManySheets {
                count: sheets.len() as u64,
                most: MAX_SHEETS as u64,
            },
        ));
    }
    let mut laid_out = 0usize;
    for sheet in &sheets {
        if sheet.at >= stream.len() {
            return Err((
                None,
                Sheets::SheetPastEnd {
                    sheet: sheet.name.clone(),
                },
            ));
        }
        let (first, last) = extent(stream, sheet)?;
        let Some(((top, left), (bottom, right))) = first.zip(last) else {
            continue;
        };
        let cells = (u64::from(bottom - top) + 1) * (u64::from(right - left) + 1);
        laid_out = laid_out.saturating_add(cells as usize);
        if laid_out > MAX_CELLS {
            return Err((
                Some(cell_name(&sheet.name, bottom, right)),
                Sheets::SheetsReachPast {
                    from: cell_name(&sheet.name, top, left),
                    most: MAX_CELLS as u64,
                },
            ));
        }
    }
    Ok(())
}

/// A sheet's name from its BoundSheet8 record: a short string after six bytes, in
/// UTF-16 or in single bytes.
fn sheet_name(data: &[u8]) -> String {
    let Some(&length) = data.get(6) else {
        return "Sheet1".into();
    };
    let wide = data.get(7).is_some_and(|flags| flags & 1 == 1);
    let characters = data.get(8..).unwrap_or_default();
    if wide {
        let units: Vec<u16> = characters
            .chunks_exact(2)
            .take(usize::from(length))
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        characters
            .iter()
            .take(usize::from(length))
            .map(|&b| char::from(b))
            .collect()
    }
}

/// The box a sheet's cells span (its first row and column, its last), from its
/// dimensions and every cell record; a dimension or a cell past a bound on its own is an
/// error at its far cell.
fn extent(stream: &[u8], sheet: &Sheet) -> Result<Corners, Past> {
    let (mut first, mut last): Corners = (None, None);
    let mut cover = |row: u32, column: u32| -> Result<(), Past> {
        if column as usize >= MAX_COLUMNS {
            return Err((
                Some(cell_name(&sheet.name, row, column)),
                Sheets::CellInColumn {
                    column: u64::from(column) + 1,
                    most: MAX_COLUMNS as u64,
                },
            ));
        }
        first = Some(first.map_or((row, column), |(r, c)| (r.min(row), c.min(column))));
        last = Some(last.map_or((row, column), |(r, c)| (r.max(row), c.max(column))));
        Ok(())
    };
    let mut depth = 0usize;
    for (kind, data) in records(stream, sheet.at) {
        match kind {
            0x0809 => depth += 1,
            0x000A => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            // Charts and other sheets nested in this one carry no cells of it.
            _ if depth > 1 => {}
            // Dimensions: the reader reserves room for every cell of the box they give.
            0x0200 => {
                let (top, bottom, left, right) = if data.len() >= 14 {
                    (
                        u32_at(data, 0).unwrap_or(0),
                        u32_at(data, 4).unwrap_or(0),
                        u32::from(u16_at(data, 8).unwrap_or(0)),
                        u32::from(u16_at(data, 10).unwrap_or(0)),
                    )
                } else {
                    (
                        u32::from(u16_at(data, 0).unwrap_or(0)),
                        u32::from(u16_at(data, 2).unwrap_or(0)),
                        u32::from(u16_at(data, 4).unwrap_or(0)),
                        u32::from(u16_at(data, 6).unwrap_or(0)),
                    )
                };
                let left = if left > 0xFF || right < left { 0 } else { left };
                if bottom >= 1 && right >= 1 {
                    let rows = u64::from(bottom).saturating_sub(u64::from(top));
                    let columns = u64::from(right).saturating_sub(u64::from(left));
                    if top >= bottom {
                        return Err((Some(sheet.name.clone()), Sheets::DimensionsReversed));
                    }
                    if rows.saturating_mul(columns) > MAX_CELLS as u64 {
                        return Err((
                            Some(cell_name(&sheet.name, bottom - 1, right - 1)),
                            Sheets::DimensionsSpan {
                                from: cell_name(&sheet.name, top, left),
                                count: rows.saturating_mul(columns),
                                most: MAX_CELLS as u64,
                            },
                        ));
                    }
                }
            }
            // Cells: Number, Label, RString, BoolErr, RK, LabelSst, Formula.
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006 => {
                if let (Some(row), Some(column)) = (u16_at(data, 0), u16_at(data, 2)) {
                    cover(u32::from(row), u32::from(column))?;
                }
            }
            // MulRk: one row, a run of columns.
            0x00BD => {
                if let (Some(row), Some(column), Some(end)) = (
                    u16_at(data, 0),
                    u16_at(data, 2),
                    data.len().checked_sub(2).and_then(|at| u16_at(data, at)),
                ) {
                    cover(u32::from(row), u32::from(column))?;
                    cover(u32::from(row), u32::from(end.max(column)))?;
                }
            }
            _ => {}
        }
    }
    Ok((first, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A compound file of 512-byte sectors: sector 0 the allocation table `fat`, sector 1
    /// the directory (root, and `Workbook` from sector 2, `length` bytes long), then
    /// `data`.
    fn compound(fat: &[u32], length: u32, data: &[u8]) -> Vec<u8> {
        let mut file = vec![0u8; 512];
        file[..8].copy_from_slice(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        file[0x1E] = 9;
        file[0x20] = 6;
        file[0x30..0x34].copy_from_slice(&1u32.to_le_bytes());
        // Streams of 512 bytes or more in sectors of their own, not the mini stream.
        file[0x38..0x3C].copy_from_slice(&512u32.to_le_bytes());
        for at in [0x3C, 0x44] {
            file[at..at + 4].copy_from_slice(&END_OF_CHAIN.to_le_bytes());
        }
        for i in 1..109 {
            file[0x4C + 4 * i..0x50 + 4 * i].copy_from_slice(&u32::MAX.to_le_bytes());
        }
        let mut table = fat.to_vec();
        table.resize(128, u32::MAX);
        file.extend(table.iter().flat_map(|id| id.to_le_bytes()));
        let entry = |name: &str, kind: u8, start: u32, size: u32| {
            let mut e = vec![0u8; 128];
            let units: Vec<u8> = name
                .encode_utf16()
                .chain([0])
                .flat_map(u16::to_le_bytes)
                .collect();
            e[..units.len()].copy_from_slice(&units);
            e[0x40..0x42].copy_from_slice(&(units.len() as u16).to_le_bytes());
            e[0x42] = kind;
            e[0x74..0x78].copy_from_slice(&start.to_le_bytes());
            e[0x78..0x7C].copy_from_slice(&size.to_le_bytes());
            e
        };
        file.extend(entry("Root Entry", 5, END_OF_CHAIN, 0));
        file.extend(entry("Workbook", 2, 2, length));
        file.extend(vec![0u8; 256]);
        file.extend(data);
        file.resize(file.len().next_multiple_of(512), 0);
        file
    }

    #[test]
    fn the_workbook_stream_is_read_by_its_chain_and_a_looping_chain_stops() {
        let data: Vec<u8> = (0..1024).map(|i| (i % 251) as u8).collect();
        let fat = [0xFFFF_FFFD, END_OF_CHAIN, 3, END_OF_CHAIN];
        assert_eq!(
            workbook_stream(&compound(&fat, 1000, &data)),
            Some(data[..1000].to_vec())
        );
        // Sector 2 names itself as the next: read no longer than the file's sectors.
        let looping = compound(&[0xFFFF_FFFD, END_OF_CHAIN, 2], u32::MAX, &data);
        let stream = workbook_stream(&looping).unwrap();
        assert!(stream.len() <= looping.len(), "{} bytes", stream.len());
        assert_eq!(workbook_stream(b"not a compound file"), None);
    }

    #[test]
    fn a_workbook_of_too_many_sheets_is_refused() {
        let sheet = [&[0u8; 6][..], &[1, 0, b'S']].concat();
        let mut stream = Vec::new();
        for _ in 0..=MAX_SHEETS {
            stream.extend(0x0085u16.to_le_bytes());
            stream.extend((sheet.len() as u16).to_le_bytes());
            stream.extend(&sheet);
        }
        let (_, message) = check_records(&stream).unwrap_err();
        let message = Msg::from(message).en();
        assert!(message.contains("257 sheets"), "{message}");
    }
}

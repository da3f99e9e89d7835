//! An XLSX whose shared texts unpack past their bound, told at the cell that uses its
//! first text too long for a cell (`list.xlsx: Sheet1!B2: …`) rather than only at the
//! part: the part is read as a stream, a text at a time, never held, and stops at that
//! text; then the first sheet is read the same way for the cell that names it.

use std::collections::BTreeMap;
use std::io::Read;

/// Most characters of one cell: those of one text value of a briefing.
pub const MAX_CELL_CHARS: usize = crate::input::briefing::MAX_TEXT_CHARS;

/// Most bytes one part of a workbook (a sheet, its shared texts) may unpack to.
pub const MAX_PART_BYTES: u64 = 128 * 1024 * 1024;
/// What the tag scanner holds of one tag at most: a cell's or a sheet's tag is far
/// shorter; a longer one is skipped.
const MAX_TAG_BYTES: usize = 4096;

/// Where the first shared text longer than a cell may hold is used: the first sheet's
/// name, and the cell (`B2`), with that text's index. `None` when no text is too long,
/// or no cell of the first sheet uses it, or the parts do not read.
pub fn cell_of_long_text<R: Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    shared: &str,
) -> Option<(String, String, usize)> {
    let index = first_long_text(zip.by_name(shared).ok()?.take(MAX_PART_BYTES))?;
    let (sheet, part) = first_sheet(zip)?;
    let cell = cell_using(zip.by_name(&part).ok()?.take(MAX_PART_BYTES), index)?;
    Some((sheet, cell, index))
}

/// Reads XML from `source` a chunk at a time, calling `tag` with each tag's text (between
/// `<` and `>`, at most [`MAX_TAG_BYTES`]) and `text` with each run of text between
/// tags, piece by piece; stops when either returns `true`.
fn scan(
    mut source: impl Read,
    mut tag: impl FnMut(&[u8]) -> bool,
    mut text: impl FnMut(&[u8]) -> bool,
) -> bool {
    let mut chunk = vec![0u8; 64 * 1024];
    let (mut in_tag, mut current) = (false, Vec::new());
    loop {
        let n = match source.read(&mut chunk) {
            Ok(0) | Err(_) => return false,
            Ok(n) => n,
        };
        let mut start = 0;
        for (i, &b) in chunk[..n].iter().enumerate() {
            match (in_tag, b) {
                (false, b'<') => {
                    if i > start && text(&chunk[start..i]) {
                        return true;
                    }
                    in_tag = true;
                    current.clear();
                }
                (true, b'>') => {
                    in_tag = false;
                    start = i + 1;
                    if current.len() <= MAX_TAG_BYTES && tag(&current) {
                        return true;
                    }
                }
                (true, b) => {
                    if current.len() <= MAX_TAG_BYTES {
                        current.push(b);
                    }
                }
                (false, _) => {}
            }
        }
        if !in_tag && n > start && text(&chunk[start..n]) {
            return true;
        }
    }
}

/// The value of `name="…"` (or `'…'`) in a tag's text.
fn attribute(tag: &[u8], name: &str) -> Option<String> {
    let text = String::from_utf8_lossy(tag);
    let mut rest = text.as_ref();
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().last();
        let after = &rest[at + name.len()..];
        if before.is_some_and(char::is_whitespace)
            && let Some(value) = after.strip_prefix('=')
            && let Some(quote) = value.chars().next().filter(|c| matches!(c, '"' | '\''))
        {
            let value = &value[1..];
            return Some(value[..value.find(quote)?].to_string());
        }
        rest = after;
    }
    None
}

/// Whether a tag's text names the element `name` (`si`, `si …`, `x:si`).
fn is(tag: &[u8], name: &str) -> bool {
    let head = tag.split(|b| b.is_ascii_whitespace() || *b == b'/').next();
    head.is_some_and(|h| h == name.as_bytes() || h.ends_with(format!(":{name}").as_bytes()))
}

/// The index of the first shared text (`<si>`) of more than [`MAX_CELL_CHARS`]
/// characters (an entity `&…;` counted as one), read a chunk at a time.
fn first_long_text(source: impl Read) -> Option<usize> {
    let (index, inside, chars) = (
        std::cell::Cell::new(0usize),
        std::cell::Cell::new(false),
        std::cell::Cell::new(0usize),
    );
    // Kept across the pieces of one text, which a chunk may split inside an entity.
    let mut in_entity = false;
    let found = scan(
        source,
        |tag| {
            if is(tag, "si") && !tag.ends_with(b"/") {
                inside.set(true);
                chars.set(0);
            } else if tag.first() == Some(&b'/') && is(&tag[1..], "si") {
                inside.set(false);
                index.set(index.get() + 1);
            } else if is(tag, "si") {
                index.set(index.get() + 1);
            }
            false
        },
        |text| {
            if inside.get() {
                // Characters, not bytes: UTF-8 continuation bytes and an entity's body
                // do not start one.
                let counted = text
                    .iter()
                    .filter(|&&b| {
                        let starts = !in_entity && (b & 0xC0) != 0x80;
                        match b {
                            b'&' => in_entity = true,
                            b';' => in_entity = false,
                            _ => {}
                        }
                        starts
                    })
                    .count();
                chars.set(chars.get() + counted);
            }
            inside.get() && chars.get() > MAX_CELL_CHARS
        },
    );
    found.then(|| index.get())
}

/// The first sheet's name and the path of its part in the zip, from the workbook and its
/// relationships.
fn first_sheet<R: Read + std::io::Seek>(zip: &mut zip::ZipArchive<R>) -> Option<(String, String)> {
    let mut sheet = None;
    scan(
        zip.by_name("xl/workbook.xml").ok()?.take(MAX_PART_BYTES),
        |tag| {
            if is(tag, "sheet") {
                sheet = Some((attribute(tag, "name"), attribute(tag, "r:id")));
            }
            sheet.is_some()
        },
        |_| false,
    );
    let (name, id) = sheet?;
    let mut targets = BTreeMap::new();
    if let Ok(rels) = zip.by_name("xl/_rels/workbook.xml.rels") {
        scan(
            rels.take(MAX_PART_BYTES),
            |tag| {
                if is(tag, "Relationship")
                    && let (Some(id), Some(target)) =
                        (attribute(tag, "Id"), attribute(tag, "Target"))
                {
                    targets.insert(id, target);
                }
                false
            },
            |_| false,
        );
    }
    let part = id
        .and_then(|id| targets.remove(&id))
        .map(|target| match target.strip_prefix('/') {
            Some(absolute) => absolute.to_string(),
            None => format!("xl/{target}"),
        })
        .unwrap_or_else(|| "xl/worksheets/sheet1.xml".into());
    Some((name.unwrap_or_else(|| "Sheet1".into()), part))
}

/// The reference (`B2`) of the first cell of a sheet whose value is the shared text
/// `index`.
fn cell_using(source: impl Read, index: usize) -> Option<String> {
    let wanted = index.to_string();
    let cell: std::cell::RefCell<Option<(String, bool)>> = Default::default();
    let in_value = std::cell::Cell::new(false);
    let value = std::cell::RefCell::new(String::new());
    let found = std::cell::RefCell::new(None);
    scan(
        source,
        |tag| {
            if is(tag, "c") {
                let shared = attribute(tag, "t").as_deref() == Some("s");
                *cell.borrow_mut() = attribute(tag, "r").map(|r| (r, shared));
            } else if is(tag, "v") {
                in_value.set(true);
                value.borrow_mut().clear();
            } else if tag.first() == Some(&b'/') && is(&tag[1..], "v") {
                in_value.set(false);
                if let Some((r, true)) = cell.borrow().as_ref()
                    && value.borrow().trim() == wanted
                {
                    *found.borrow_mut() = Some(r.clone());
                    return true;
                }
            }
            false
        },
        |text| {
            if in_value.get() && value.borrow().len() < 32 {
                value.borrow_mut().push_str(&String::from_utf8_lossy(text));
            }
            false
        },
    );
    found.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_text_too_long_for_a_cell_is_found_a_chunk_at_a_time() {
        let long = "я".repeat(MAX_CELL_CHARS + 1);
        let fits = "&amp;".repeat(MAX_CELL_CHARS);
        let xml = format!(
            "<sst><si><t>a</t></si><si/><si><t>{fits}</t></si><si><r><t>{long}</t></r></si></sst>"
        );
        assert_eq!(first_long_text(xml.as_bytes()), Some(3));
        assert_eq!(
            first_long_text("<sst><si><t>a</t></si></sst>".as_bytes()),
            None
        );
    }

    #[test]
    fn the_cell_of_a_shared_text_is_found_by_its_index() {
        let sheet = r#"<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>3</v></c><c r="C1" t="s"><v>3</v></c></row></sheetData>"#;
        assert_eq!(cell_using(sheet.as_bytes(), 3).as_deref(), Some("C1"));
        assert_eq!(cell_using(sheet.as_bytes(), 7), None);
        assert_eq!(attribute(b"c r=\"B2\" t='s'", "t").as_deref(), Some("s"));
        assert_eq!(
            attribute(b"sheet name=\"\xd0\x9b\" r:id=\"rId1\"", "r:id").as_deref(),
            Some("rId1")
        );
    }
}

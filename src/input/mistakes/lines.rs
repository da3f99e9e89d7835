//! Reading the lines of a briefing's text as they are typed: the line at an offset, a
//! `key = value` line, a table heading, every line with where it starts.

use std::ops::Range;

/// The byte range of the line holding `offset`, without its line ending.
pub(super) fn line_at(text: &str, offset: usize) -> Range<usize> {
    let offset = floor_boundary(text, offset.min(text.len()));
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let end = start + text[start..end].trim_end_matches('\r').len();
    start..end
}

/// Moves a byte offset back to the start of the character it falls in.
fn floor_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// A `key = value` line: the key's last part and where the value starts.
pub(super) struct Assignment<'a> {
    /// The key as written, its last dotted part, without quotes.
    pub(super) key: &'a str,
    /// Byte offset in the line where the value starts.
    pub(super) value: usize,
}

/// Reads `key = value` from a line, when it is one.
pub(super) fn assignment(line: &str) -> Option<Assignment<'_>> {
    let trimmed = line.trim_start();
    if trimmed.starts_with(['[', '#', '"', '\'']) || trimmed.is_empty() {
        return None;
    }
    let equals = line.find('=')?;
    let key = line[..equals].trim();
    if key.is_empty()
        || !key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ' '))
    {
        return None;
    }
    let key = key.rsplit('.').next().unwrap_or(key).trim();
    let value = equals + 1 + (line[equals + 1..].len() - line[equals + 1..].trim_start().len());
    Some(Assignment { key, value })
}

/// The lines of `text` with the byte offset each starts at.
pub(super) fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split_inclusive('\n').map(move |l| {
        let start = offset;
        offset += l.len();
        (start, l.trim_end_matches(['\n', '\r']))
    })
}

/// The table heading of a line (`[event]`, `[[speakers]]`), spaces removed.
pub(super) fn header(line: &str) -> Option<String> {
    let line = line.split('#').next().unwrap_or("").trim();
    (line.starts_with('[') && line.ends_with(']')).then(|| line.replace(' ', ""))
}

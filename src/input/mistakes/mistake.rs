//! A mistake recognised in the briefing's text: where, what is wrong, what to type; and
//! the keys and marks the rooms of the mistakes recognise it by.

use crate::messages::Msg;
use std::ops::Range;

/// A mistake recognised in the briefing's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mistake {
    /// Byte range of the mistake in the file.
    pub span: Range<usize>,
    /// What is wrong, in one line.
    pub message: Msg,
    /// What to type instead, one line each.
    pub hints: Vec<Msg>,
}

impl Mistake {
    /// A mistake at `span` with a message and no hint yet.
    pub(super) fn new(span: Range<usize>, message: impl Into<Msg>) -> Self {
        Self {
            span,
            message: message.into(),
            hints: Vec::new(),
        }
    }

    /// Adds a hint.
    pub(super) fn hint(mut self, hint: impl Into<Msg>) -> Self {
        self.hints.push(hint.into());
        self
    }
}

/// Quotation marks that word processors put in place of `"` and `'`.
pub(super) const CURLY_QUOTES: &[char] = &['“', '”', '„', '‟', '«', '»', '‘', '’', '‚', '‛'];

/// Keys whose value is a file path, read from the briefing's folder: the one list of
/// them (the glyph check skips them too).
pub const PATH_KEYS: [&str; 3] = ["logo", "photo", "file"];

/// Keys whose value is a date, a time or both.
pub(super) const DATE_KEYS: &[&str] = &[
    "date", "end_date", "time", "end_time", "embargo", "deadline",
];

//! The briefing file's common mistakes in plain words. When the TOML parser or serde
//! refuses a file, this module recognises what a person most likely typed (curly
//! quotes, a Windows path, a quote mark inside text, a date written another way, a
//! missing closing quote, a key written twice, `[speakers]` for `[[speakers]]`, a value
//! of the wrong type) and says, at the place typed, what to type instead.
//!
//! [`crate::input::briefing`] asks here first and keeps the parser's own message for anything
//! not recognised. Nothing here guesses data: a hint names a value only when the typed
//! one can mean nothing else.
//!
//! One concern a room: [`syntax`] (what the TOML parser refused, read in the line
//! typed), [`tables`] (a key or table written twice, a list written as one table),
//! [`values`] (what serde refused: a value of the wrong type, an unknown key, an outlet
//! kind), [`typed`] (values as people type them: a bare word, a date written another
//! way), [`words`] (a name made an id, the kinds of outlet in people's words),
//! [`lines`] (the lines of the text, read as typed).

mod lines;
mod syntax;
mod tables;
mod typed;
mod values;
mod words;

use crate::messages::Msg;
use std::ops::Range;

pub use syntax::syntax;
pub use typed::date_words;
pub use values::value;
pub use words::id_for;

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
    fn new(span: Range<usize>, message: impl Into<Msg>) -> Self {
        Self {
            span,
            message: message.into(),
            hints: Vec::new(),
        }
    }

    /// Adds a hint.
    fn hint(mut self, hint: impl Into<Msg>) -> Self {
        self.hints.push(hint.into());
        self
    }
}

/// Quotation marks that word processors put in place of `"` and `'`.
const CURLY_QUOTES: &[char] = &['“', '”', '„', '‟', '«', '»', '‘', '’', '‚', '‛'];

/// Keys whose value is a file path, read from the briefing's folder: the one list of
/// them (the glyph check skips them too).
pub const PATH_KEYS: [&str; 3] = ["logo", "photo", "file"];

/// Keys whose value is a date, a time or both.
const DATE_KEYS: &[&str] = &[
    "date", "end_date", "time", "end_time", "embargo", "deadline",
];

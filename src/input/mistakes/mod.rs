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
//! [`lines`] (the lines of the text, read as typed), [`mistake`] (what one mistake
//! holds, and the keys and marks the rooms recognise).

mod lines;
mod mistake;
mod syntax;
mod tables;
mod typed;
mod values;
mod words;

pub use mistake::{Mistake, PATH_KEYS};
pub use syntax::syntax;
pub use typed::date_words;
pub use values::value;
pub use words::id_for;

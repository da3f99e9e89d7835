//! What presskit says to its user: typed kinds of message whose words live in Fluent
//! catalogues, one per language (`locales/en.ftl`, `ru.ftl`, `kk.ftl`).
//!
//! Code raises a [`Msg`], a value of one of the kinds declared in this folder's rooms
//! (one per stage: [`general`], [`input`], [`documents`], [`archive`], [`commands`]),
//! with named arguments. Nothing decides by reading a message's words: a caller that
//! needs to know what went wrong matches the kind. The words are chosen only when the
//! message is shown, in the user's language ([`user_language`]); adding a message means
//! adding a kind and one line to each catalogue, and `tests` name any line missing.

#[macro_use]
mod kinds;
pub mod archive;
mod catalogue;
pub mod commands;
pub mod documents;
pub mod general;
pub mod help;
pub mod input;
mod language;
pub mod refusal;

use std::fmt;

pub use catalogue::{SOURCES, has, render, word};
pub use language::{from_environment, user_language};

/// A duration in seconds as the user's language writes it: `0.36` in English, `0,36` in
/// Russian and Kazakh, which write a decimal comma.
pub fn seconds(seconds: f64) -> String {
    let text = format!("{seconds:.2}");
    match user_language() {
        Language::En => text,
        Language::Ru | Language::Kk => text.replace('.', ","),
    }
}

use crate::vocab::Language;

/// One named argument of a message, as its catalogue lines use it.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Words, a path, a key, a value: printed as given.
    Text(String),
    /// A count: printed as a number, and chooses the plural form (`1 документ`, `2
    /// документа`, `5 документов`).
    Count(i64),
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Self::Text(text.to_string())
    }
}

impl From<usize> for Arg {
    fn from(count: usize) -> Self {
        Self::Count(i64::try_from(count).unwrap_or(i64::MAX))
    }
}

impl From<u64> for Arg {
    fn from(count: u64) -> Self {
        Self::Count(i64::try_from(count).unwrap_or(i64::MAX))
    }
}

impl From<i64> for Arg {
    fn from(count: i64) -> Self {
        Self::Count(count)
    }
}

/// A message inside another, in the user's language.
impl From<Box<Msg>> for Arg {
    fn from(message: Box<Msg>) -> Self {
        Self::Text(message.to_string())
    }
}

impl From<u32> for Arg {
    fn from(count: u32) -> Self {
        Self::Count(i64::from(count))
    }
}

/// An argument whose words a caller may rewrite ([`Msg::texts_mut`]): text, and the
/// messages inside a message; counts have none.
pub trait Texts {
    /// Hands each text of this argument to `f`.
    fn texts_mut(&mut self, f: &mut dyn FnMut(&mut String));
}

impl Texts for String {
    fn texts_mut(&mut self, f: &mut dyn FnMut(&mut String)) {
        f(self)
    }
}

impl Texts for Box<Msg> {
    fn texts_mut(&mut self, f: &mut dyn FnMut(&mut String)) {
        self.as_mut().texts_mut(f)
    }
}

/// Counts have no words to rewrite.
macro_rules! no_texts {
    ($($t:ty),*) => {$(
        impl Texts for $t {
            fn texts_mut(&mut self, _: &mut dyn FnMut(&mut String)) {}
        }
    )*};
}
no_texts!(usize, u64, i64, u32);

/// A message for the user: a typed kind with its arguments, or words presskit did not
/// write (Typst's, the TOML parser's), shown as they are inside a translated frame. The
/// kinds are boxed so that a message, and every `Result` that carries one, stays small.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Msg {
    /// Said about every stage: files, memory, internal errors.
    General(Box<general::General>),
    /// Said while reading a briefing, a translation, a sheet.
    Input(Box<input::Input>),
    /// Said while making documents: templates, typesetting, writing them.
    Documents(Box<documents::Documents>),
    /// Said by the archive: storing, verifying, extracting, the index and report.
    Archive(Box<archive::Archive>),
    /// Said by the commands: closing lines, progress, help.
    Commands(Box<commands::Commands>),
    /// Words from another program (Typst, the TOML parser, the system), not translated.
    Foreign(String),
}

impl Msg {
    /// The catalogue id of this message (`None` for foreign words).
    pub fn id(&self) -> Option<&'static str> {
        match self {
            Self::General(m) => Some(m.id()),
            Self::Input(m) => Some(m.id()),
            Self::Documents(m) => Some(m.id()),
            Self::Archive(m) => Some(m.id()),
            Self::Commands(m) => Some(m.id()),
            Self::Foreign(_) => None,
        }
    }

    /// The message's named arguments.
    fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            Self::General(m) => m.args(),
            Self::Input(m) => m.args(),
            Self::Documents(m) => m.args(),
            Self::Archive(m) => m.args(),
            Self::Commands(m) => m.args(),
            Self::Foreign(_) => Vec::new(),
        }
    }

    /// The message in `language`.
    pub fn in_language(&self, language: Language) -> String {
        match (self, self.id()) {
            (Self::Foreign(text), _) => text.clone(),
            (_, Some(id)) => render(language, id, &self.args()),
            (_, None) => String::new(),
        }
    }

    /// Hands each argument that is words to `f`, which may rewrite it (a key path given
    /// the name of the element it is in); foreign words are left as they are.
    pub fn texts_mut(&mut self, f: &mut dyn FnMut(&mut String)) {
        match self {
            Self::General(m) => m.texts_mut(f),
            Self::Input(m) => m.texts_mut(f),
            Self::Documents(m) => m.texts_mut(f),
            Self::Archive(m) => m.texts_mut(f),
            Self::Commands(m) => m.texts_mut(f),
            Self::Foreign(_) => {}
        }
    }

    /// The kind of a message said while reading the inputs, for a caller that matches it.
    pub fn input(&self) -> Option<&input::Input> {
        match self {
            Self::Input(kind) => Some(kind),
            _ => None,
        }
    }

    /// The kind of a message said while making documents, for a caller that matches it.
    pub fn documents(&self) -> Option<&documents::Documents> {
        match self {
            Self::Documents(kind) => Some(kind),
            _ => None,
        }
    }

    /// The kind of a message of the archive, for a caller that matches it.
    pub fn archive(&self) -> Option<&archive::Archive> {
        match self {
            Self::Archive(kind) => Some(kind),
            _ => None,
        }
    }

    /// Whether these are another program's words `text` (Typst's "unclosed delimiter"):
    /// the one way code may tell foreign messages apart, since presskit has no kind for
    /// them.
    pub fn is_foreign(&self, text: &str) -> bool {
        matches!(self, Self::Foreign(words) if words == text)
    }

    /// The message in English: for logs and for tests that read a message's words.
    pub fn en(&self) -> String {
        self.in_language(Language::En)
    }

    /// Every kind of every room: its catalogue id and the names of its arguments.
    pub fn kinds() -> impl Iterator<Item = &'static (&'static str, &'static [&'static str])> {
        general::General::KINDS
            .iter()
            .chain(input::Input::all_kinds())
            .chain(documents::Documents::KINDS)
            .chain(archive::Archive::KINDS)
            .chain(commands::Commands::KINDS)
    }
}

/// Shown in the user's language.
impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_language(user_language()))
    }
}

#[cfg(test)]
mod tests;

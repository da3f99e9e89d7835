//! One error type for everything the user must fix: where it is, what is wrong, and hints.
//!
//! A [`Diagnostic`] names a file and, when known, a line and column (1-based, in
//! characters) with the text of that line; it prints as `file:line:col: message`
//! followed by the source line and a caret, the form editors and terminals link to.
//! On a terminal, [`eprint`] draws the same with colours through `annotate-snippets`;
//! piped, it prints the plain form, which scripts and tests read.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::messages::{Msg, general::General, user_language, word};

/// Whether a diagnostic stops the run or only informs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Severity {
    /// The input is wrong; nothing of the affected briefing is written.
    Error,
    /// Printed, but the output is still written.
    Warning,
    /// Information about what was done, such as documents left out.
    Note,
}

impl Severity {
    /// The word that introduces a diagnostic of this severity, in the user's language.
    pub fn word(self) -> String {
        let id = match self {
            Self::Error => "frame-error",
            Self::Warning => "frame-warning",
            Self::Note => "frame-note",
        };
        word(user_language(), id)
    }
}

/// The catalogue ids of the words that frame every diagnostic.
pub const FRAME_WORDS: [&str; 4] = ["frame-error", "frame-warning", "frame-note", "frame-hint"];

/// A position in a text file, 1-based, with the line it points into.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Location {
    /// Line number, from 1.
    pub line: usize,
    /// Column number in characters, from 1.
    pub column: usize,
    /// The source line without its line ending; a long line is cut to a window around
    /// the column, marked with `…`.
    pub source_line: String,
    /// Where the caret starts in `source_line`, in characters from 0.
    pub caret: usize,
    /// How many characters the caret underlines (at least one).
    pub width: usize,
}

/// The most characters of a source line shown under a message.
const MAX_SHOWN: usize = 100;

impl Location {
    /// Locates a byte range of `text`; offsets past the end point after the last character.
    pub fn of_span(text: &str, span: std::ops::Range<usize>) -> Self {
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line = text[..start].matches('\n').count() + 1;
        let column = text[line_start..start].chars().count() + 1;
        let source_line = text[line_start..line_end]
            .trim_end_matches('\r')
            .to_string();
        let end = floor_char_boundary(text, span.end.clamp(start, line_end));
        let width = text[start..end].chars().count().max(1);
        let length = source_line.chars().count();
        // The column may fall among carriage returns trimmed off the end of the line.
        let at = (column - 1).min(length);
        if length <= MAX_SHOWN {
            return Self {
                line,
                column,
                source_line,
                caret: at,
                width,
            };
        }
        let from = at.saturating_sub(MAX_SHOWN / 3).min(length - MAX_SHOWN);
        let window: String = source_line.chars().skip(from).take(MAX_SHOWN).collect();
        let (prefix, suffix) = (
            if from > 0 { "…" } else { "" },
            if from + MAX_SHOWN < length { "…" } else { "" },
        );
        let caret = at - from + prefix.chars().count();
        let width = width.min(MAX_SHOWN + prefix.chars().count() - caret).max(1);
        Self {
            line,
            column,
            source_line: format!("{prefix}{window}{suffix}"),
            caret,
            width,
        }
    }
}

/// Moves a byte offset back to the start of the character it falls in.
fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// A problem to report to the user.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file the problem is in, as the user named it.
    pub file: PathBuf,
    /// Where in the file, when the problem has a place.
    pub location: Option<Box<Location>>,
    /// What is wrong, in one line.
    pub message: Msg,
    /// What to do about it, one line each.
    pub hints: Vec<Msg>,
}

impl Diagnostic {
    /// An error about a whole file, with no position in it.
    pub fn error(file: impl AsRef<Path>, message: impl Into<Msg>) -> Self {
        Self {
            severity: Severity::Error,
            file: file.as_ref().to_path_buf(),
            location: None,
            message: message.into(),
            hints: Vec::new(),
        }
    }

    /// An error at a byte range of `text`, the contents of `file`.
    pub fn at(
        file: impl AsRef<Path>,
        text: &str,
        span: std::ops::Range<usize>,
        message: impl Into<Msg>,
    ) -> Self {
        Self {
            location: Some(Box::new(Location::of_span(text, span))),
            ..Self::error(file, message)
        }
    }

    /// Turns this diagnostic into a warning.
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// Turns this diagnostic into a note.
    pub fn note(mut self) -> Self {
        self.severity = Severity::Note;
        self
    }

    /// Adds a hint line.
    pub fn with_hint(mut self, hint: impl Into<Msg>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Whether this diagnostic stops the run.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// `text` safe to print on a terminal: each control character (ESC, a line break, a
/// carriage return, DEL, the C1 range...) that data or a file name holds is written as a
/// Rust escape (`\u{1b}`), so that it shows instead of acting: a value holding an escape
/// sequence can neither erase lines nor colour them.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.chars()
            .map(|c| {
                if c.is_control() {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// A path as printed on stdout or stderr: displayed, then made [`printable`].
pub fn shown(path: &Path) -> String {
    printable(&path.display().to_string()).into_owned()
}

/// A source line safe to print under its caret: a tab stays (the caret line repeats it),
/// every other control character becomes one visible character (its control picture,
/// `␛` for ESC, or `�`), so that the caret still points at the same column.
fn printable_line(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.chars().any(|c| c.is_control() && c != '\t') {
        return std::borrow::Cow::Borrowed(line);
    }
    std::borrow::Cow::Owned(
        line.chars()
            .map(|c| match c {
                '\t' => c,
                '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
                '\u{7f}' => '\u{2421}',
                c if c.is_control() => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

impl Diagnostic {
    /// The diagnostic drawn with colours for a terminal: title, `--> file:line:col`,
    /// the source line with the span underlined, then the hints.
    pub fn styled(&self) -> String {
        use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
            Severity::Note => Level::NOTE,
        };
        let level = level.with_name(self.severity.word());
        let file = printable(&self.file.display().to_string()).into_owned();
        let message = self.message.to_string();
        let message = printable(&message);
        let title = level.primary_title(message.as_ref());
        let shown_line = self
            .location
            .as_ref()
            .map(|at| printable_line(&at.source_line).into_owned());
        let group = match &self.location {
            Some(at) => {
                let byte = |chars: usize| {
                    at.source_line
                        .char_indices()
                        .nth(chars)
                        .map_or(at.source_line.len(), |(i, _)| i)
                };
                let start = byte(at.caret);
                let end = byte(at.caret + at.width).max(start);
                // Same characters, one for one, so the byte offsets move with them.
                let line = shown_line.as_deref().unwrap_or_default();
                let shift = |b: usize| {
                    line.char_indices()
                        .nth(at.source_line[..b].chars().count())
                        .map_or(line.len(), |(i, _)| i)
                };
                let (start, end) = (shift(start), shift(end));
                title.element(
                    Snippet::source(line)
                        .line_start(at.line)
                        .path(file.as_str())
                        .annotation(AnnotationKind::Primary.span(start..end)),
                )
            }
            None => title.element(Origin::path(file.as_str())),
        };
        let hints: Vec<String> = self
            .hints
            .iter()
            .map(|h| printable(&h.to_string()).into_owned())
            .collect();
        let help = Level::HELP.with_name(word(user_language(), "frame-hint"));
        let hints = hints
            .iter()
            .map(|h| Group::with_title(help.clone().secondary_title(h.as_str())));
        let report: Vec<Group> = std::iter::once(group).chain(hints).collect();
        Renderer::styled().render(&report)
    }
}

/// What the last panic said, recorded by the hook [`quiet_panics`] installs.
static LAST_PANIC: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

thread_local! {
    /// What the last panic of this thread said: preferred by [`internal_error`] when the
    /// panic happened on the thread that reports it, so that a panic elsewhere at the
    /// same moment (another briefing's, another test's) cannot take its place.
    static THREAD_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Replaces Rust's panic message with a record that [`internal_error`] reports.
pub fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let what = format!("{message}{place}");
        THREAD_PANIC.with(|mine| *mine.borrow_mut() = Some(what.clone()));
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some(what);
        }
    }));
}

/// The error for a panic while working on `file`: an internal error, with what to send.
pub fn internal_error(file: impl AsRef<Path>) -> Diagnostic {
    let mine = THREAD_PANIC.with(|mine| mine.borrow_mut().take());
    let last = LAST_PANIC.lock().ok().and_then(|mut last| {
        // Reported now, whichever record is used: never again for another file.
        if mine.is_none() || last.as_ref() == mine.as_ref() {
            last.take()
        } else {
            None
        }
    });
    let what = mine
        .or(last)
        .unwrap_or_else(|| "a worker thread stopped".into());
    Diagnostic::error(file, General::InternalError { what }).with_hint(General::InternalErrorHint {
        version: env!("CARGO_PKG_VERSION").to_string(),
    })
}

/// Whether stderr is a terminal that takes colours (not piped, `NO_COLOR` unset, a
/// console of Windows that draws them).
pub fn stderr_has_colour() -> bool {
    use std::io::IsTerminal;
    std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var("TERM").map_or(true, |t| t != "dumb")
        && crate::console::stderr_draws_colours()
}

/// Prints diagnostics to stderr, each followed by a blank line: coloured on a terminal,
/// plain (`file:line:col: error: message`, source line, caret) otherwise.
pub fn eprint(diagnostics: &[Diagnostic]) {
    use std::io::Write;
    let colour = stderr_has_colour();
    let mut stderr = std::io::stderr().lock();
    for d in diagnostics {
        let text = if colour { d.styled() } else { d.to_string() };
        let _ = writeln!(stderr, "{text}\n");
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self.file.display().to_string();
        let file = printable(&file);
        let message = self.message.to_string();
        let message = printable(&message);
        let kind = self.severity.word();
        match &self.location {
            Some(at) => {
                writeln!(f, "{file}:{}:{}: {kind}: {message}", at.line, at.column)?;
                let gutter = at.line.to_string().len();
                writeln!(f, "{:gutter$} |", "")?;
                writeln!(f, "{} | {}", at.line, printable_line(&at.source_line))?;
                let pad: String = at
                    .source_line
                    .chars()
                    .take(at.caret)
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                write!(f, "{:gutter$} | {pad}{}", "", "^".repeat(at.width))?;
            }
            None => write!(f, "{file}: {kind}: {message}")?,
        }
        for hint in &self.hints {
            let hint = hint.to_string();
            write!(
                f,
                "\n  = {}: {}",
                word(user_language(), "frame-hint"),
                printable(&hint)
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_lines_and_columns_in_characters() {
        let text = "a = 1\nтекст = \"x\"\r\nc = 3";
        let at = Location::of_span(text, 19..22);
        assert_eq!((at.line, at.column), (2, 9));
        assert_eq!(at.source_line, "текст = \"x\"");
        assert_eq!(at.width, 3);
        let end = Location::of_span(text, text.len()..text.len());
        assert_eq!((end.line, end.column), (3, 6));
    }

    #[test]
    fn a_panic_becomes_an_internal_error_naming_the_file() {
        quiet_panics();
        let caught = std::panic::catch_unwind(|| panic!("boom in a dependency"));
        assert!(caught.is_err());
        let d = internal_error("data/b.toml");
        assert!(
            d.message
                .en()
                .starts_with("internal error: boom in a dependency"),
            "{}",
            d.message
        );
        assert!(d.hints[0].en().contains("report"), "{:?}", d.hints);
        let _ = std::panic::take_hook();
    }

    #[test]
    fn long_lines_are_cut_to_a_window_around_the_column() {
        let text = format!("x = {}!{}", "a".repeat(5000), "b".repeat(5000));
        let at = Location::of_span(&text, 5004..5005);
        assert_eq!((at.line, at.column), (1, 5005));
        assert!(
            at.source_line.chars().count() <= MAX_SHOWN + 2,
            "{}",
            at.source_line
        );
        assert_eq!(at.source_line.chars().nth(at.caret), Some('!'));
    }

    #[test]
    fn a_column_among_trailing_carriage_returns_stays_in_the_window() {
        // Found by the `briefing` fuzz target: a long line ending in a run of bare CRs,
        // with the error in that run, made the caret's arithmetic overflow.
        for length in [20, 150] {
            let text = format!("k = {}{}\nnext", "a".repeat(length), "\r".repeat(14));
            let error = 4 + length + 5;
            let at = Location::of_span(&text, error..error + 1);
            assert_eq!((at.line, at.column), (1, error + 1));
            let shown = at.source_line.chars().count();
            assert!(at.caret <= shown, "caret {} past {shown}", at.caret);
            assert!(at.width >= 1);
        }
    }

    #[test]
    fn control_characters_print_escaped_and_the_caret_stays_in_place() {
        let text = "language = \"\u{1b}[2K\u{1b}[1Aok\"\n";
        let d = Diagnostic::at(
            "a\u{1b}b.toml",
            text,
            11..22,
            Msg::Foreign("unknown language `\u{1b}[2Kok`".into()),
        )
        .with_hint(Msg::Foreign("not \u{9b}this".into()));
        for printed in [d.to_string(), d.styled()] {
            let without_colour = printed.replace("\u{1b}[0m", "");
            assert!(
                !without_colour.contains("\u{1b}[2K") && !printed.contains('\u{9b}'),
                "{printed:?}"
            );
        }
        let plain = d.to_string();
        assert!(
            plain.starts_with("a\\u{1b}b.toml:1:12: error: unknown language `\\u{1b}[2Kok`"),
            "{plain}"
        );
        assert!(plain.contains("1 | language = \"␛[2K␛[1Aok\""), "{plain}");
        assert!(plain.contains("\n  |            ^^^^^^^^^^^\n"), "{plain}");
        assert!(plain.contains("not \\u{9b}this"), "{plain}");
    }

    #[test]
    fn prints_file_line_column_source_and_caret() {
        let text = "[event]\ntitel = \"x\"\n";
        let d = Diagnostic::at(
            "data/b.toml",
            text,
            8..13,
            Msg::Foreign("unknown key `titel`".into()),
        )
        .with_hint(Msg::Foreign("did you mean `title`?".into()));
        assert_eq!(
            d.to_string(),
            "data/b.toml:2:1: error: unknown key `titel`\n  |\n2 | titel = \"x\"\n  | ^^^^^\n  = hint: did you mean `title`?"
        );
    }

    #[test]
    fn styled_form_keeps_place_source_caret_and_hints() {
        let text = "[event]\nтекст = \"x\"\n";
        let d = Diagnostic::at(
            "data/b.toml",
            text,
            8..18,
            Msg::Foreign("unknown key `текст`".into()),
        )
        .with_hint(Msg::Foreign("did you mean `title`?".into()));
        let styled = d.styled();
        let plain: String = {
            // Drop the escape sequences of the colours.
            let mut out = String::new();
            let mut chars = styled.chars();
            while let Some(c) = chars.next() {
                if c == '\u{1b}' {
                    for c in chars.by_ref() {
                        if c.is_ascii_alphabetic() {
                            break;
                        }
                    }
                } else {
                    out.push(c);
                }
            }
            out
        };
        assert!(styled.contains('\u{1b}'), "no colour in {styled:?}");
        for needle in [
            "error: unknown key `текст`",
            "data/b.toml:2:1",
            "текст = \"x\"",
            "^^^^^",
            "did you mean `title`?",
        ] {
            assert!(plain.contains(needle), "{needle:?} not in\n{plain}");
        }
    }
}

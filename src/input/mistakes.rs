//! The briefing file's common mistakes in plain words. When the TOML parser or serde
//! refuses a file, this module recognises what a person most likely typed (curly
//! quotes, a Windows path, a quote mark inside text, a date written another way, a
//! missing closing quote, a key written twice, `[speakers]` for `[[speakers]]`, a value
//! of the wrong type) and says, at the place typed, what to type instead.
//!
//! [`crate::input::briefing`] asks here first and keeps the parser's own message for anything
//! not recognised. Nothing here guesses data: a hint names a value only when the typed
//! one can mean nothing else.

use crate::messages::{Msg, input::Input};
use std::ops::Range;

use crate::vocab::normal_date;
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

/// Keys whose value is a file path.
const PATH_KEYS: &[&str] = &["logo", "photo", "file"];

/// Keys whose value is a date, a time or both.
const DATE_KEYS: &[&str] = &[
    "date", "end_date", "time", "end_time", "embargo", "deadline",
];

/// Explains a TOML syntax error that the parser reported at `error` (a byte range of
/// `text`) with the message `parser_message`.
pub fn syntax(text: &str, error: Range<usize>, parser_message: &str) -> Option<Mistake> {
    let at = error.start.min(text.len());
    if parser_message.starts_with("duplicate key")
        && let Some(m) = duplicate(text, at)
    {
        return Some(m);
    }
    let line = line_at(text, at);
    if let Some(m) = in_line(text, line.clone()) {
        return Some(m);
    }
    // A text left open at the end of a line is reported on the next line.
    if line.start > 0 {
        let previous = line_at(text, line.start - 1);
        if let Some(m) = in_line(text, previous)
            .filter(|m| matches!(m.message.input(), Some(Input::NoClosingQuote { .. })))
        {
            return Some(m);
        }
    }
    None
}

/// The byte range of the line holding `offset`, without its line ending.
fn line_at(text: &str, offset: usize) -> Range<usize> {
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
struct Assignment<'a> {
    /// The key as written, its last dotted part, without quotes.
    key: &'a str,
    /// Byte offset in the line where the value starts.
    value: usize,
}

/// Reads `key = value` from a line, when it is one.
fn assignment(line: &str) -> Option<Assignment<'_>> {
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

/// What is wrong with the strings of one line, in the order met.
enum StringFault {
    /// A backslash starting no escape TOML knows, at this byte of the line; the byte
    /// where its text opens; the text's content (between its quotes) as typed.
    Escape(usize, usize, String),
    /// A text closed by the quote at this byte, followed by more than TOML allows; the
    /// byte where it opened.
    ClosedEarly(usize, usize),
    /// A text opened and never closed on the line.
    Unclosed,
}

/// Walks the strings of one line (outside comments) and finds the first fault.
fn string_fault(line: &str, from: usize) -> Option<StringFault> {
    let bytes = line.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => return None,
            b'"' if line[i..].starts_with("\"\"\"") => return None,
            b'\'' if line[i..].starts_with("'''") => return None,
            b'\'' => match line[i + 1..].find('\'') {
                Some(end) => match after_string(line, i + 1 + end) {
                    Some(next) => i = next,
                    None => return Some(StringFault::ClosedEarly(i + 1 + end, i)),
                },
                None => return Some(StringFault::Unclosed),
            },
            b'"' => {
                let open = i;
                let mut j = i + 1;
                let mut bad_escape = None;
                loop {
                    let Some(c) = line[j..].chars().next() else {
                        return Some(match bad_escape {
                            Some(at) => StringFault::Escape(at, open, line[open + 1..].to_string()),
                            None => StringFault::Unclosed,
                        });
                    };
                    match c {
                        '"' => break,
                        '\\' => {
                            if bad_escape.is_none() && !valid_escape(&line[j + 1..]) {
                                bad_escape = Some(j);
                            }
                            j += 1 + line[j + 1..].chars().next().map_or(0, char::len_utf8);
                        }
                        c => j += c.len_utf8(),
                    }
                }
                if let Some(at) = bad_escape {
                    return Some(StringFault::Escape(at, open, line[open + 1..j].to_string()));
                }
                match after_string(line, j) {
                    Some(next) => i = next,
                    None => return Some(StringFault::ClosedEarly(j, open)),
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// After a string closing at byte `close`: where scanning goes on, or `None` when what
/// follows cannot follow a string (text after it, as when a quote mark ends it early).
fn after_string(line: &str, close: usize) -> Option<usize> {
    let rest = &line[close + 1..];
    let next = rest.trim_start().chars().next();
    match next {
        None | Some(',' | ']' | '}' | '#' | '=' | '.') => Some(close + 1),
        Some(_) => None,
    }
}

/// Whether the text after a backslash makes an escape TOML reads.
fn valid_escape(after: &str) -> bool {
    let hex = |n: usize| {
        after.len() > n
            && after[1..]
                .chars()
                .take(n)
                .filter(char::is_ascii_hexdigit)
                .count()
                == n
    };
    match after.chars().next() {
        Some('b' | 't' | 'n' | 'f' | 'r' | '"' | '\\' | 'e') => true,
        Some('u') => hex(4),
        Some('U') => hex(8),
        Some('x') => hex(2),
        _ => false,
    }
}

/// The key a value at byte `at` of a line belongs to: the name before the nearest `=`
/// to its left (in an inline table, the key inside it).
fn key_before(line: &str, at: usize) -> Option<&str> {
    let before = line[..at].trim_end().strip_suffix('=')?.trim_end();
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '-')))
        .map_or(0, |i| i + 1);
    let key = &before[start..];
    (!key.is_empty()).then_some(key)
}

/// `key: ` for a message, or nothing when the value has no key (an item of an array).
fn subject(key: Option<&str>) -> String {
    key.map_or_else(String::new, |k| format!("`{k}`: "))
}

/// The mistakes one line can show by itself, checked in the order a person makes them.
fn in_line(text: &str, range: Range<usize>) -> Option<Mistake> {
    let line = &text[range.clone()];
    let assignment = assignment(line);
    let from = assignment.as_ref().map_or(0, |a| a.value);
    if let Some(a) = &assignment {
        let value = line[from..].trim_end();
        if DATE_KEYS.contains(&a.key)
            && !value.starts_with(['"', '\''])
            && let Some(mistake) = date(a.key, value, range.start + a.value)
        {
            return Some(mistake);
        }
    }
    if let Some(curly) = first_curly(line, from) {
        let key = key_before(line, curly);
        let at = range.start + curly;
        let width = line[curly..].chars().next().map_or(1, char::len_utf8);
        let mut mistake = Mistake::new(
            at..at + width,
            format!(
                "{}the text is in curly quotes (“…” or «…»), which TOML does not read as quotes",
                subject(key)
            ),
        );
        let after = curly + width;
        let closing = line[after..].find(CURLY_QUOTES).map(|i| after + i);
        match (key, closing) {
            (Some(key), Some(closing)) => {
                mistake = mistake.hint(format!(
                    "write the straight quotes of a keyboard: {key} = {}",
                    quoted(&line[after..closing])
                ));
            }
            _ => {
                mistake = mistake.hint("put the text between straight quotes \"…\", as a keyboard types them; curly quotes may stay inside");
            }
        }
        return Some(mistake);
    }
    // A value that is no string, array or table: words without quotes.
    if let Some(a) = &assignment {
        let value = line[from..].split(" #").next().unwrap_or("").trim_end();
        let valid = toml::de::DeTable::parse(&format!("x = {value}")).is_ok();
        if !value.starts_with(['"', '\'', '[', '{']) && !value.is_empty() && !valid {
            return Some(bare(a.key, value, range.start + from));
        }
    }
    match string_fault(line, from)? {
        StringFault::Escape(at, open, content) => {
            let key = key_before(line, open);
            let at = range.start + at;
            let drive = content.get(1..3) == Some(":\\");
            let path_like = key.is_some_and(|k| PATH_KEYS.contains(&k))
                || content.starts_with(|c: char| c.is_ascii_alphabetic()) && drive;
            if path_like {
                let slashed = content.replace('\\', "/");
                let mut mistake = Mistake::new(
                    at..at + 1,
                    format!("{}a backslash \\ starts a special character in TOML text, so paths are written with /", subject(key)),
                )
                .hint(format!("write {} = {}", key.unwrap_or("photo"), quoted(&slashed)));
                if drive {
                    mistake = mistake.hint("and name the file from the briefing's folder (assets/photo.png), not from the disk: images sit beside the briefing");
                }
                Some(mistake)
            } else {
                Some(
                    Mistake::new(
                        at..at + 1,
                        format!(
                            "{}a backslash \\ starts a special character in TOML text (\\n, \\\")",
                            subject(key)
                        ),
                    )
                    .hint("to print a backslash, write two: \\\\"),
                )
            }
        }
        StringFault::ClosedEarly(at, open) => {
            // In an array, the text belongs to the line's key.
            let key = key_before(line, open).or(assignment.as_ref().map(|a| a.key));
            let quote = if line[open..].starts_with('\'') {
                '\''
            } else {
                '"'
            };
            // The text as meant: from its opening quote to the last quote before the
            // line's end, comma or brace.
            let rest = &line[open + 1..];
            let end = rest
                .trim_end()
                .trim_end_matches([',', ']', '}'])
                .trim_end()
                .strip_suffix(quote);
            // Only for a plain `key = "…"` line: in an array or inline table the text's
            // end cannot be told.
            let plain = assignment.as_ref().is_some_and(|a| a.value == open);
            let fixed = key.filter(|_| plain).zip(end).map(|(key, inner)| {
                if quote == '\'' {
                    format!("{key} = {}", quoted(inner))
                } else {
                    format!("{key} = \"{}\"", inner.replace('"', "\\\""))
                }
            });
            let at = range.start + at;
            let mut mistake = Mistake::new(
                at..at + 1,
                format!(
                    "{}this quote mark ends the text, and what follows it is not TOML",
                    subject(key)
                ),
            )
            .hint(if quote == '\'' {
                "between single quotes a text cannot hold an apostrophe: put it between double quotes \"…\"".to_string()
            } else {
                inner_quote_hint(text)
            });
            if let Some(fixed) = fixed {
                mistake = mistake.hint(format!("write {fixed}"));
            }
            Some(mistake)
        }
        StringFault::Unclosed => {
            let end = range.start + line.trim_end().len();
            Some(
                Mistake::new(
                    end..end,
                    Input::NoClosingQuote {
                        subject: subject(assignment.as_ref().map(|a| a.key)),
                    },
                )
                .hint(Input::NoClosingQuoteHint),
            )
        }
    }
}

/// Keys whose value is true or false.
const BOOLEAN_KEYS: &[&str] = &["present"];

/// Keys whose value is a whole number.
const NUMBER_KEYS: &[&str] = &["format", "year", "people", "reach"];

/// A value typed without quotes that TOML cannot read: `present = yes`, `year = 2014
/// год`, `title = Labour migration`.
fn bare(key: &str, value: &str, at: usize) -> Mistake {
    let span = at..at + value.len();
    if BOOLEAN_KEYS.contains(&key) {
        let mut m = Mistake::new(span, format!("`{key}` is true or false, without quotes"));
        if let Some(b) = yes_or_no(value) {
            m = m.hint(format!("write {key} = {b}"));
        }
        return m;
    }
    if NUMBER_KEYS.contains(&key) {
        let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
        let mut m = Mistake::new(
            span,
            format!("`{key}` is a whole number, written in digits alone"),
        );
        if !digits.is_empty() {
            m = m.hint(format!("write {key} = {digits}"));
        }
        return m;
    }
    let inner = value.trim_end_matches('"');
    let what = if value.ends_with('"') {
        "this text has no opening quote"
    } else {
        "text is written between quotes"
    };
    Mistake::new(span, format!("`{key}`: {what}")).hint(format!("write {key} = {}", quoted(inner)))
}

/// `true` or `false` for the words people write for them (English, Russian, Kazakh).
fn yes_or_no(word: &str) -> Option<&'static str> {
    match word
        .trim()
        .trim_matches(['"', '\''])
        .to_lowercase()
        .as_str()
    {
        "true" | "yes" | "y" | "да" | "иә" => Some("true"),
        "false" | "no" | "n" | "нет" | "жоқ" => Some("false"),
        _ => None,
    }
}

/// The first curly quote of a line outside straight-quoted strings and comments, when
/// it opens or closes a value.
fn first_curly(line: &str, from: usize) -> Option<usize> {
    let mut in_string: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line[from..].char_indices() {
        let i = i + from;
        match in_string {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' && q == '"' {
                    escaped = true;
                } else if c == q {
                    in_string = None;
                }
            }
            None if c == '#' => return None,
            None if c == '"' || c == '\'' => in_string = Some(c),
            // Only where a text would start: after `=`, `[`, `,`, `{` or at the start.
            None if CURLY_QUOTES.contains(&c) => {
                let before = line[..i].trim_end().chars().next_back();
                if matches!(before, None | Some('=' | '[' | ',' | '{')) {
                    return Some(i);
                }
            }
            None => {}
        }
    }
    None
}

/// `text` as a TOML basic string.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A date or time key whose value TOML could not read: the form to write, and the
/// value in that form when the typed one can mean only one date.
fn date(key: &str, value: &str, at: usize) -> Option<Mistake> {
    let raw = value.split('#').next().unwrap_or("").trim();
    if raw.is_empty() {
        return None;
    }
    let span = at..at + raw.len();
    let message = format!("`{key}`: {}", date_words(key));
    let mut mistake = Mistake::new(span, message);
    let fixed = match key {
        "embargo" | "deadline" => normal_moment(raw, key == "embargo"),
        "time" | "end_time" => normal_time(raw),
        _ => normal_date(raw),
    };
    if let Some(fixed) = fixed {
        mistake = mistake.hint(format!("write {key} = {fixed}"));
    }
    Some(mistake)
}

/// A date and time typed another way (`2027-03-18T10:00:00+6:00`, `18.03.2027 10:00
/// +06:00`) in TOML's form, when every part is beyond doubt; an offset from UTC is kept
/// as typed, never guessed, so an embargo (`needs_offset`) without one gets no value.
fn normal_moment(raw: &str, needs_offset: bool) -> Option<String> {
    let raw = raw.trim().trim_matches(['"', '\'']);
    let (date, rest) = raw.split_once(['T', 't', ' '])?;
    let date = normal_date(date)?;
    let rest = rest.trim();
    let split = rest.find(['+', '-', 'Z', 'z']);
    let (time, offset) = match split {
        Some(i) => (rest[..i].trim(), Some(rest[i..].trim())),
        None => (rest, None),
    };
    let time = normal_time(time).or_else(|| {
        let parts: Vec<u32> = time
            .split(':')
            .map(|p| p.parse().ok())
            .collect::<Option<_>>()?;
        match parts.as_slice() {
            [h, m, s] if *h < 24 && *m < 60 && *s < 60 => Some(format!("{h:02}:{m:02}:{s:02}")),
            _ => None,
        }
    })?;
    let offset = match offset {
        None if needs_offset => return None,
        None => String::new(),
        Some(z) if z.eq_ignore_ascii_case("z") => "Z".into(),
        Some(o) => {
            let (sign, digits) = o.split_at(1);
            let (hours, minutes) = digits.split_once(':').unwrap_or((digits, "00"));
            let (hours, minutes): (u32, u32) = (hours.parse().ok()?, minutes.parse().ok()?);
            if hours > 14 || minutes > 59 {
                return None;
            }
            format!("{sign}{hours:02}:{minutes:02}")
        }
    };
    Some(format!("{date}T{time}{offset}"))
}

/// What to write for a quotation inside a text: `\"`, which the documents print as the
/// quotation marks of the briefing's language (as far as its `language` line says).
fn inner_quote_hint(text: &str) -> String {
    let language = text.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        let value = value.split('#').next().unwrap_or_default();
        (key.trim() == "language").then(|| value.trim().trim_matches('"').to_string())
    });
    let marks = match language.as_deref() {
        Some("ru" | "kk") => "«…»",
        Some("en") => "“…”",
        _ => "“…” in English, «…» in Russian and Kazakh",
    };
    format!(
        "a quote mark inside text is written \\\" and printed as {marks}; or type {marks} yourself"
    )
}

/// How a date key's value is written, in the format's words.
pub fn date_words(key: &str) -> &'static str {
    match key {
        "time" | "end_time" => {
            "times are written 11:00:00 (hours, minutes, seconds, with :), without quotes"
        }
        "embargo" => {
            "an embargo is written 2027-03-18T10:00:00+06:00 (date, T, time, offset from UTC), without quotes"
        }
        "deadline" => "a deadline is written 2027-03-15T18:00:00 (date, T, time), without quotes",
        _ => "dates are written 2027-03-18 (year, month, day, with -), without quotes",
    }
}

/// A time typed as `11.00`, `11:00` or `11h00` in TOML's form, `11:00:00`.
fn normal_time(raw: &str) -> Option<String> {
    let parts: Vec<&str> = raw.split(['.', ':', 'h']).collect();
    let [hour, minute] = parts.as_slice() else {
        return None;
    };
    let (hour, minute): (u32, u32) = (hour.parse().ok()?, minute.parse().ok()?);
    (hour < 24 && minute < 60 && parts[1].len() == 2).then(|| format!("{hour:02}:{minute:02}:00"))
}

/// A key or table written twice: where it was first written.
fn duplicate(text: &str, at: usize) -> Option<Mistake> {
    let line = line_at(text, at);
    let here = &text[line.clone()];
    let before = &text[..line.start];
    let line_no = |offset: usize| text[..offset].matches('\n').count() + 1;
    if let Some(header) = header(here) {
        let name = header.trim_matches(['[', ']']);
        if is_list(name) {
            // `[speakers]` where `[[speakers]]` is meant: at the first such heading.
            let single = format!("[{name}]");
            if let Some((offset, l)) = lines_with_offsets(text)
                .find(|(_, l)| self::header(l).as_deref() == Some(single.as_str()))
            {
                return Some(list_as_table(offset..offset + l.trim_end().len(), name));
            }
        }
        let first = lines_with_offsets(before)
            .find(|(_, l)| self::header(l).as_deref() == Some(header.as_str()))?;
        let span = line.start..line.start + here.trim_end().len();
        return Some(
            Mistake::new(
                span,
                format!(
                    "the table {header} is already opened on line {}",
                    line_no(first.0)
                ),
            )
            .hint(format!(
                "put every key of {header} under its first heading, and delete this one"
            )),
        );
    }
    let key = assignment(here)?.key.to_string();
    // The keys written since the heading this line is under.
    let mut section_start = 0;
    let mut section = String::new();
    let mut index = 0usize;
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    for (offset, l) in lines_with_offsets(before) {
        if let Some(h) = header(l) {
            section_start = offset;
            let count = counts.entry(h.clone()).or_default();
            index = *count;
            *count += 1;
            section = h;
        }
    }
    let first = lines_with_offsets(&text[section_start..line.start])
        .find(|(_, l)| assignment(l).is_some_and(|a| a.key == key))?;
    let path = if section.is_empty() {
        key.clone()
    } else if section.starts_with("[[") {
        format!("{}[{index}].{key}", section.trim_matches(['[', ']']))
    } else {
        format!("{}.{key}", section.trim_matches(['[', ']']))
    };
    let column = here.find(&key).unwrap_or(0);
    let span = line.start + column..line.start + column + key.len();
    Some(
        Mistake::new(
            span,
            format!(
                "`{path}` is already set on line {}",
                line_no(section_start + first.0)
            ),
        )
        .hint("a key is written once per table: keep one of the two lines"),
    )
}

/// The lines of `text` with the byte offset each starts at.
fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split_inclusive('\n').map(move |l| {
        let start = offset;
        offset += l.len();
        (start, l.trim_end_matches(['\n', '\r']))
    })
}

/// The table heading of a line (`[event]`, `[[speakers]]`), spaces removed.
fn header(line: &str) -> Option<String> {
    let line = line.split('#').next().unwrap_or("").trim();
    (line.starts_with('[') && line.ends_with(']')).then(|| line.replace(' ', ""))
}

/// The tables of the format that are lists, written `[[name]]` once per item.
const LISTS: &[&str] = &[
    "topics",
    "speakers",
    "agenda",
    "programmes",
    "reports",
    "attendance",
    "coverage",
    "photos",
    "release.quotes",
];

/// Whether `name` is a list of tables in the format.
fn is_list(name: &str) -> bool {
    LISTS.contains(&name)
}

/// `[speakers]` where `[[speakers]]` is meant, at the heading.
fn list_as_table(span: Range<usize>, name: &str) -> Mistake {
    Mistake::new(
        span,
        format!("[{name}] makes one table, but {name} is a list: each item starts with [[{name}]], in double brackets"),
    )
    .hint(format!("write [[{name}]] here and over every other item"))
}

/// Explains a value that serde refused: `path` is its key path (`speakers[1].role`),
/// `message` serde's message. `text` is the file, `span` where serde placed the error.
pub fn value(text: &str, path: &str, message: &str, span: Range<usize>) -> Option<Mistake> {
    let key = path
        .rsplit('.')
        .next()
        .unwrap_or(path)
        .split('[')
        .next()
        .unwrap_or(path);
    let (found, expected) = if let Some(rest) = message.strip_prefix("invalid type: ") {
        rest.split_once(", expected ")?
    } else if let Some(rest) = message.strip_prefix("invalid value: ") {
        rest.split_once(", expected ")?
    } else if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (word, _) = rest.split_once('`')?;
        return kind(path, word, span);
    } else if let Some(rest) = message.strip_prefix("unknown field `") {
        return unknown_key(path, rest, span);
    } else if message.contains("` is not a valid id: ") {
        let typed = message.strip_prefix('`')?.split_once("` is not")?.0;
        let mistake = Mistake::new(span, format!("{path}: {message}"));
        return Some(match id_for(typed) {
            Some(id) => mistake.hint(format!("write id = \"{id}\"")),
            None => mistake,
        });
    } else if let Some(rest) = message.strip_prefix("missing field `") {
        let key = rest.strip_suffix('`')?;
        let heading = match path.strip_suffix(']').and_then(|p| p.rsplit_once('[')) {
            Some((list, _)) => format!("[[{list}]]"),
            None => format!("[{path}]"),
        };
        let example = if matches!(key, "body" | "bio") {
            format!("{key} = [\"…\"]")
        } else {
            format!("{key} = \"…\"")
        };
        return Some(
            Mistake::new(
                span,
                Input::MissingRequiredKey {
                    table: path.to_string(),
                    key: key.to_string(),
                },
            )
            .hint(format!("add {example} under this {heading} heading")),
        );
    } else {
        return None;
    };
    if expected == "a sequence" && found == "map" && is_list(path) {
        let heading = format!("[{path}]");
        let span = lines_with_offsets(text)
            .find(|(_, l)| header(l).as_deref() == Some(heading.as_str()))
            .map_or(span, |(offset, l)| offset..offset + l.trim_end().len());
        return Some(list_as_table(span, path));
    }
    let found_text = found
        .strip_prefix("string ")
        .map(|s| s.trim_matches('"').to_string());
    let words = match expected {
        "a TOML datetime" => date_words(key).to_string(),
        "a nonzero u32" | "a nonzero u64" => {
            format!("{path} is a whole number of people, at least 1, like 2")
        }
        "i64" | "u32" | "u64" | "i32" | "an integer" => {
            let example = match key {
                "year" => "2014",
                "reach" => "50000",
                "people" => "2",
                _ => "1",
            };
            format!("{path} is a whole number, like {example}, without quotes")
        }
        "a boolean" => format!("{path} is true or false, without quotes"),
        "a sequence" => {
            if matches!(key, "body" | "bio") {
                format!("{path} is a list of paragraphs: {key} = [\"…\", \"…\"]")
            } else {
                format!("{path} is a list of texts: {key} = [\"…\", \"…\"]")
            }
        }
        "a string" => format!("{path} is text, written in quotes: {key} = \"…\""),
        e if e.starts_with("struct ") || e == "a map" => {
            format!("{path} is a table: write its keys under a heading [{path}]")
        }
        _ => return None,
    };
    let words = if expected == "a TOML datetime" {
        format!("{path}: {words}")
    } else {
        words
    };
    let typed = text
        .get(span.clone())
        .unwrap_or("")
        .trim()
        .trim_matches(['"', '\''])
        .to_string();
    let mut mistake = Mistake::new(span, words);
    let moment = match key {
        "time" | "end_time" => normal_time(&typed),
        "embargo" | "deadline" => normal_moment(&typed, key == "embargo"),
        _ => None,
    };
    if expected == "a TOML datetime"
        && let Some(moment) = moment
    {
        mistake = mistake.hint(format!("write {key} = {moment}"));
    } else if let Some(found) = &found_text {
        let fixed = if expected == "a TOML datetime" {
            normal_date(found).or_else(|| {
                let bare = found.trim();
                (!bare.is_empty() && !bare.contains(['"', '\\', ' '])).then(|| bare.to_string())
            })
        } else if expected == "a boolean" {
            yes_or_no(found).map(str::to_string)
        } else if expected.contains("u32") || expected.contains("64") {
            let bare = found.trim();
            bare.parse::<i64>().is_ok().then(|| bare.to_string())
        } else if expected == "a sequence" {
            Some(format!("[{}]", quoted(found)))
        } else {
            None
        };
        if let Some(fixed) = fixed {
            mistake = mistake.hint(format!("write {key} = {fixed}"));
        }
    }
    if expected.starts_with("a nonzero") {
        mistake = mistake.hint(format!("leave {key} out when the number is not known"));
    }
    Some(mistake)
}

/// A key the format does not have, from serde's "unknown field `x`, expected one of
/// `a`, `b`" (`rest` is what follows "unknown field `"): the table it is in, the nearest
/// key when one is close, and the keys there are.
fn unknown_key(path: &str, rest: &str, span: Range<usize>) -> Option<Mistake> {
    let (unknown, expected) = rest.split_once("`, expected ")?;
    let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    let parent = path
        .strip_suffix(unknown)
        .map(|p| p.trim_end_matches('.'))
        .unwrap_or("");
    let (message, list) = if parent.is_empty() {
        (
            Msg::from(Input::NotATable {
                key: unknown.to_string(),
            }),
            format!("the tables are {}", known.join(", ")),
        )
    } else {
        let heading = match parent.strip_suffix(']').and_then(|p| p.rsplit_once('[')) {
            Some((list, _)) => format!("[[{list}]]"),
            None => format!("[{parent}]"),
        };
        (
            Msg::from(format!("`{unknown}` is not a key of {heading}")),
            format!("its keys are {}", known.join(", ")),
        )
    };
    let mut mistake = Mistake::new(span, message);
    let nearest = known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(unknown, k), *k))
        .filter(|(distance, k)| *distance <= k.chars().count().div_ceil(2).max(2))
        .min();
    if let Some((_, k)) = nearest {
        mistake = mistake.hint(Input::DidYouMean {
            name: k.to_string(),
        });
    }
    Some(mistake.hint(list))
}

/// An id made of a name typed where one is expected (`Жанна Ахметова`, `Lars_Berg`): lower
/// case, Cyrillic (Russian and Kazakh) written in Latin letters, words joined by `-`,
/// anything else left out; `None` when nothing is left.
pub fn id_for(typed: &str) -> Option<String> {
    const LATIN: &[(char, &str)] = &[
        ('а', "a"),
        ('ә', "a"),
        ('б', "b"),
        ('в', "v"),
        ('г', "g"),
        ('ғ', "g"),
        ('д', "d"),
        ('е', "e"),
        ('ё', "e"),
        ('ж', "zh"),
        ('з', "z"),
        ('и', "i"),
        ('й', "i"),
        ('і', "i"),
        ('к', "k"),
        ('қ', "q"),
        ('л', "l"),
        ('м', "m"),
        ('н', "n"),
        ('ң', "n"),
        ('о', "o"),
        ('ө', "o"),
        ('п', "p"),
        ('р', "r"),
        ('с', "s"),
        ('т', "t"),
        ('у', "u"),
        ('ұ', "u"),
        ('ү', "u"),
        ('ф', "f"),
        ('х', "kh"),
        ('һ', "h"),
        ('ц', "ts"),
        ('ч', "ch"),
        ('ш', "sh"),
        ('щ', "shch"),
        ('ъ', ""),
        ('ы', "y"),
        ('ь', ""),
        ('э', "e"),
        ('ю', "yu"),
        ('я', "ya"),
    ];
    let mut id = String::new();
    for c in typed.trim().chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            id.push(c);
        } else if let Some((_, latin)) = LATIN.iter().find(|(cyrillic, _)| *cyrillic == c) {
            id.push_str(latin);
        } else if (c.is_whitespace() || matches!(c, '-' | '_' | '.')) && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_matches('-').to_string();
    (!id.is_empty()).then_some(id)
}

/// The kinds of media outlet, as the format spells them.
const KINDS: &[&str] = &[
    "television",
    "radio",
    "print",
    "online",
    "news agency",
    "freelance",
    "other",
];

/// Words people write for a kind of outlet (English, Russian, Kazakh), lower case, and
/// the kind each means. Only words that cannot mean another kind.
const KIND_WORDS: &[(&str, &str)] = &[
    ("tv", "television"),
    ("t.v.", "television"),
    ("tv channel", "television"),
    ("tv station", "television"),
    ("television channel", "television"),
    ("television station", "television"),
    ("телевидение", "television"),
    ("телеканал", "television"),
    ("тв", "television"),
    ("телекомпания", "television"),
    ("теледидар", "television"),
    ("телеарнасы", "television"),
    ("телеарна", "television"),
    ("radio station", "radio"),
    ("радио", "radio"),
    ("радиостанция", "radio"),
    ("радиосы", "radio"),
    ("newspaper", "print"),
    ("newspapers", "print"),
    ("magazine", "print"),
    ("press", "print"),
    ("print media", "print"),
    ("printed", "print"),
    ("газета", "print"),
    ("газеты", "print"),
    ("журнал", "print"),
    ("газет", "print"),
    ("газеті", "print"),
    ("печать", "print"),
    ("печатное издание", "print"),
    ("печатные сми", "print"),
    ("website", "online"),
    ("web site", "online"),
    ("web", "online"),
    ("site", "online"),
    ("portal", "online"),
    ("news portal", "online"),
    ("news site", "online"),
    ("internet", "online"),
    ("online media", "online"),
    ("blog", "online"),
    ("blogger", "online"),
    ("сайт", "online"),
    ("портал", "online"),
    ("интернет", "online"),
    ("интернет-издание", "online"),
    ("интернет-сми", "online"),
    ("онлайн", "online"),
    ("блог", "online"),
    ("блогер", "online"),
    ("ғаламтор", "online"),
    ("интернет-басылым", "online"),
    ("интернет басылым", "online"),
    ("интернет-басылымы", "online"),
    ("ақпараттық портал", "online"),
    ("agency", "news agency"),
    ("news-agency", "news agency"),
    ("newsagency", "news agency"),
    ("news_agency", "news agency"),
    ("information agency", "news agency"),
    ("wire service", "news agency"),
    ("агентство", "news agency"),
    ("информагентство", "news agency"),
    ("информационное агентство", "news agency"),
    ("агенттік", "news agency"),
    ("ақпарат агенттігі", "news agency"),
    ("ақпараттық агенттік", "news agency"),
    ("freelancer", "freelance"),
    ("фрилансер", "freelance"),
    ("внештатный журналист", "freelance"),
];

/// The kind a word means, from [`KIND_WORDS`] or as a close misspelling of a kind.
pub fn kind_for(word: &str) -> Option<&'static str> {
    let word = word.trim().to_lowercase();
    let word = word.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some((_, kind)) = KIND_WORDS.iter().find(|(w, _)| *w == word) {
        return Some(kind);
    }
    // A misspelling: at most one edit in four letters, never a different word.
    KINDS
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&word, k), *k))
        .filter(|(d, k)| *d <= (k.chars().count() / 4).max(1))
        .min()
        .map(|(_, k)| k)
}

/// An outlet kind that is not one of [`KINDS`]: the kinds, and the one meant when the
/// word can mean only one.
fn kind(path: &str, word: &str, span: Range<usize>) -> Option<Mistake> {
    if !path.ends_with("kind") {
        return None;
    }
    let list = KINDS.join(", ");
    let mut mistake = Mistake::new(
        span,
        format!("{path}: `{word}` is not a kind of media outlet; the kinds are {list}"),
    );
    if let Some(kind) = kind_for(word) {
        mistake = mistake.hint(format!("for {word}, write kind = \"{kind}\""));
    }
    Some(mistake)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_inside_text_is_told_with_the_marks_of_the_briefing_s_language() {
        let ru = inner_quote_hint("[event]\nlanguage = \"ru\"   # русский\n");
        assert!(ru.contains("printed as «…»") && !ru.contains("“"), "{ru}");
        let en = inner_quote_hint("language = \"en\"\n");
        assert!(en.contains("printed as “…”") && !en.contains("«"), "{en}");
        let unknown = inner_quote_hint("title = \"x\"\n");
        assert!(unknown.contains("«…» in Russian and Kazakh"), "{unknown}");
    }

    #[test]
    fn a_name_typed_for_an_id_becomes_one() {
        assert_eq!(
            id_for("Жанна Ахметова").as_deref(),
            Some("zhanna-akhmetova")
        );
        assert_eq!(id_for("Әлия Қасымова").as_deref(), Some("aliya-qasymova"));
        assert_eq!(id_for("Lars_Berg").as_deref(), Some("lars-berg"));
        assert_eq!(id_for("Dr. A. Ozols").as_deref(), Some("dr-a-ozols"));
        assert_eq!(id_for("勞動"), None);
    }

    #[test]
    fn every_kind_word_is_listed_once() {
        for (i, (word, _)) in KIND_WORDS.iter().enumerate() {
            assert!(
                KIND_WORDS[i + 1..].iter().all(|(w, _)| w != word),
                "{word} is listed twice"
            );
        }
    }

    #[test]
    fn kind_words_lead_to_the_right_kind_only() {
        for (word, kind) in [
            ("newspaper", "print"),
            ("Newspaper", "print"),
            ("TV", "television"),
            ("tv channel", "television"),
            ("газета", "print"),
            ("Телеканал", "television"),
            ("сайт", "online"),
            ("радио", "radio"),
            ("newsagency", "news agency"),
            ("televison", "television"),
            ("blogger", "online"),
        ] {
            assert_eq!(kind_for(word), Some(kind), "{word}");
        }
        for word in ["news", "cinema", "paper", "tvs channel"] {
            assert_eq!(kind_for(word), None, "{word}");
        }
    }

    #[test]
    fn dates_are_turned_only_when_beyond_doubt() {
        assert_eq!(normal_date("18.03.2027").as_deref(), Some("2027-03-18"));
        assert_eq!(normal_date("2027/03/18").as_deref(), Some("2027-03-18"));
        assert_eq!(normal_date("\"2027-03-18\"").as_deref(), Some("2027-03-18"));
        assert_eq!(normal_date("03/18/2027"), None);
        assert_eq!(normal_date("18.13.2027"), None);
    }

    #[test]
    fn moments_keep_their_offset_and_never_guess_one() {
        assert_eq!(
            normal_moment("2027-03-18T10:00:00+6:00", true).as_deref(),
            Some("2027-03-18T10:00:00+06:00")
        );
        assert_eq!(
            normal_moment("18.03.2027 10:00 +06:00", true).as_deref(),
            Some("2027-03-18T10:00:00+06:00")
        );
        assert_eq!(normal_moment("2027-03-18T10:00:00", true), None);
        assert_eq!(
            normal_moment("2027-03-15 18:00", false).as_deref(),
            Some("2027-03-15T18:00:00")
        );
    }

    #[test]
    fn the_strings_of_a_line_are_read_like_toml() {
        assert!(matches!(
            string_fault("name = \"Ilze \"Izzy\" Ozola\"", 7),
            Some(StringFault::ClosedEarly(13, 7))
        ));
        assert!(matches!(
            string_fault("photo = \"assets\\lars.png\"", 8),
            Some(StringFault::Escape(15, 8, _))
        ));
        assert!(matches!(
            string_fault("title = \"open", 8),
            Some(StringFault::Unclosed)
        ));
        assert!(string_fault("a = [\"x\", \"y\\n\"] # \"", 4).is_none());
        assert!(matches!(
            string_fault("name = 'O'Brien'", 7),
            Some(StringFault::ClosedEarly(9, 7))
        ));
        assert!(string_fault("a = \"caf\\u00e9\"", 4).is_none());
    }
}

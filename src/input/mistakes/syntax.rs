//! What the TOML parser refused, read in the line typed: curly quotes, a Windows path,
//! a quote mark inside a text, a text left open, a value without quotes.

use std::ops::Range;

use super::lines::{assignment, line_at};
use super::mistake::{CURLY_QUOTES, DATE_KEYS, Mistake, PATH_KEYS};
use super::tables::duplicate;
use super::typed::{bare, date, quoted};
use crate::messages::input::Input;

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

/// What is wrong with the strings of one line, in the order met.
pub(super) enum StringFault {
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
pub(super) fn string_fault(line: &str, from: usize) -> Option<StringFault> {
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
pub(super) fn after_string(line: &str, close: usize) -> Option<usize> {
    let rest = &line[close + 1..];
    let next = rest.trim_start().chars().next();
    match next {
        None | Some(',' | ']' | '}' | '#' | '=' | '.') => Some(close + 1),
        Some(_) => None,
    }
}

/// Whether the text after a backslash makes an escape TOML reads.
pub(super) fn valid_escape(after: &str) -> bool {
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
pub(super) fn key_before(line: &str, at: usize) -> Option<&str> {
    let before = line[..at].trim_end().strip_suffix('=')?.trim_end();
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '-')))
        .map_or(0, |i| i + 1);
    let key = &before[start..];
    (!key.is_empty()).then_some(key)
}

/// `key: ` for a message, or nothing when the value has no key (an item of an array).
pub(super) fn subject(key: Option<&str>) -> String {
    key.map_or_else(String::new, |k| format!("`{k}`: "))
}

/// The mistakes one line can show by itself, checked in the order a person makes them.
pub(super) fn in_line(text: &str, range: Range<usize>) -> Option<Mistake> {
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
            Input::CurlyQuotes {
                subject: subject(key),
            },
        );
        let after = curly + width;
        let closing = line[after..].find(CURLY_QUOTES).map(|i| after + i);
        match (key, closing) {
            (Some(key), Some(closing)) => {
                mistake = mistake.hint(Input::CurlyQuotesWrite {
                    line: format!("{key} = {}", quoted(&line[after..closing])),
                });
            }
            _ => {
                mistake = mistake.hint(Input::CurlyQuotesHint);
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
                let key = key.unwrap_or("photo");
                let mut mistake = Mistake::new(
                    at..at + 1,
                    Input::BackslashInPath {
                        subject: subject(Some(key)),
                    },
                );
                // A path from the disk (`C:\…`) stays refused with `/` (it leaves the
                // folder): the only fix is to copy the file beside the briefing.
                if !drive {
                    mistake = mistake.hint(Input::WriteLine {
                        line: format!("{key} = {}", quoted(&slashed)),
                    });
                } else {
                    let file = slashed.rsplit('/').next().unwrap_or(&slashed);
                    mistake = mistake.hint(Input::CopyIntoFolder {
                        file: file.to_string(),
                        line: format!("{key} = {}", quoted(file)),
                    });
                }
                Some(mistake)
            } else {
                Some(
                    Mistake::new(
                        at..at + 1,
                        Input::BackslashInText {
                            subject: subject(key),
                        },
                    )
                    .hint(Input::BackslashHint),
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
                Input::QuoteEndsText {
                    subject: subject(key),
                },
            )
            .hint(if quote == '\'' {
                Input::ApostropheInSingleQuotes
            } else {
                inner_quote_hint(text)
            });
            if let Some(fixed) = fixed {
                mistake = mistake.hint(Input::WriteLine { line: fixed });
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

/// The first curly quote of a line outside straight-quoted strings and comments, when
/// it opens or closes a value.
pub(super) fn first_curly(line: &str, from: usize) -> Option<usize> {
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

/// What to write for a quotation inside a text: `\"`, which the documents print as the
/// quotation marks of the briefing's language (as far as its `language` line says).
pub(super) fn inner_quote_hint(text: &str) -> Input {
    let language = text.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        let value = value.split('#').next().unwrap_or_default();
        (key.trim() == "language").then(|| value.trim().trim_matches('"').to_string())
    });
    let marks = match language.as_deref() {
        Some("ru" | "kk") => "«…»",
        Some("en") => "“…”",
        _ => return Input::InnerQuoteAnyLanguage,
    };
    Input::InnerQuote {
        marks: marks.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Msg;

    #[test]
    fn a_quote_inside_text_is_told_with_the_marks_of_the_briefing_s_language() {
        let ru = Msg::from(inner_quote_hint("[event]\nlanguage = \"ru\"   # русский\n")).en();
        assert!(ru.contains("printed as «…»") && !ru.contains("“"), "{ru}");
        let en = Msg::from(inner_quote_hint("language = \"en\"\n")).en();
        assert!(en.contains("printed as “…”") && !en.contains("«"), "{en}");
        let unknown = Msg::from(inner_quote_hint("title = \"x\"\n")).en();
        assert!(unknown.contains("«…» in Russian and Kazakh"), "{unknown}");
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

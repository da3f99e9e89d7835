//! What serde refused in a file that parses: a value of the wrong type, an unknown key
//! (with the one meant), an outlet kind that is none of the format's.

use std::ops::Range;

use super::lines::{header, lines_with_offsets};
use super::mistake::Mistake;
use super::tables::{is_list, list_as_table};
use super::typed::{date_words, normal_moment, normal_time, quoted, yes_or_no};
use super::words::id_for;
use crate::input::outlet_kind::{KINDS, kind_for};
use crate::messages::{Msg, input::Input};
use crate::vocab::normal_date;

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
        let mistake = Mistake::new(
            span,
            Input::AtKey {
                key: path.to_string(),
                what: Box::new(
                    Input::NotAValidId {
                        id: typed.to_string(),
                    }
                    .into(),
                ),
            },
        );
        return Some(match id_for(typed) {
            Some(id) => mistake.hint(Input::WriteValue {
                key: "id".into(),
                value: id,
            }),
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
            .hint(Input::AddUnderHeading { example, heading }),
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
    let path = path.to_string();
    let key_text = key.to_string();
    let words = match expected {
        "a TOML datetime" => date_words(key),
        "a nonzero u32" | "a nonzero u64" => Input::NumberOfPeople { path: path.clone() },
        "i64" | "u32" | "u64" | "i32" | "an integer" => {
            let example = match key {
                "year" => "2014",
                "reach" => "50000",
                "people" => "2",
                _ => "1",
            };
            Input::WholeNumber {
                path: path.clone(),
                example: example.into(),
            }
        }
        "a boolean" => Input::TrueOrFalse { path: path.clone() },
        "a sequence" => {
            if matches!(key, "body" | "bio") {
                Input::ListOfParagraphs {
                    path: path.clone(),
                    key: key_text,
                }
            } else {
                Input::ListOfTexts {
                    path: path.clone(),
                    key: key_text,
                }
            }
        }
        "a string" => Input::IsText {
            path: path.clone(),
            key: key_text,
        },
        e if e.starts_with("struct ") || e == "a map" => Input::IsTable { path: path.clone() },
        _ => return None,
    };
    let words = if expected == "a TOML datetime" {
        Input::AtKey {
            key: path,
            what: Box::new(words.into()),
        }
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
        mistake = mistake.hint(Input::WriteLine {
            line: format!("{key} = {moment}"),
        });
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
            mistake = mistake.hint(Input::WriteLine {
                line: format!("{key} = {fixed}"),
            });
        }
    }
    if expected.starts_with("a nonzero") {
        mistake = mistake.hint(Input::LeaveOutUnknown { key: key.into() });
    }
    Some(mistake)
}

/// A key the format does not have, from serde's "unknown field `x`, expected one of
/// `a`, `b`" (`rest` is what follows "unknown field `"): the table it is in, the nearest
/// key when one is close, and the keys there are.
pub(super) fn unknown_key(path: &str, rest: &str, span: Range<usize>) -> Option<Mistake> {
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
            Input::TablesAre {
                list: known.join(", "),
            },
        )
    } else {
        let heading = match parent.strip_suffix(']').and_then(|p| p.rsplit_once('[')) {
            Some((list, _)) => format!("[[{list}]]"),
            None => format!("[{parent}]"),
        };
        (
            Msg::from(Input::NotAKeyOf {
                key: unknown.to_string(),
                heading,
            }),
            Input::KeysAre {
                list: known.join(", "),
            },
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

/// An outlet kind that is not one of [`KINDS`]: the kinds, and the one meant when the
/// word can mean only one.
pub(super) fn kind(path: &str, word: &str, span: Range<usize>) -> Option<Mistake> {
    if !path.ends_with("kind") {
        return None;
    }
    let list = KINDS.join(", ");
    let mut mistake = Mistake::new(
        span,
        Input::NotAKind {
            path: path.into(),
            word: word.into(),
            list,
        },
    );
    if let Some(kind) = kind_for(word) {
        mistake = mistake.hint(Input::KindMeant {
            word: word.into(),
            kind: kind.into(),
        });
    }
    Some(mistake)
}

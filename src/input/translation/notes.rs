//! The translator's own comments in a translation file: the `#` lines written above a
//! value, a table's header or a paragraph of a list, the comment after a value on its
//! line, and those before a list's `]`, found by the key path of what they stand by, so
//! that `presskit translate` writes them again where they were. presskit's own lines
//! (`#|`, see [`super::marks`]) are not the translator's. A comment after a paragraph's
//! comma is, to TOML, above the next one, and is written there.

use std::collections::HashMap;

use crate::input::briefing::KeyPath;
use crate::input::translation::marks::MARK;

/// The translator's comments by one value or table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Notes {
    /// The comment lines above it, each as written without its indentation.
    pub above: Vec<String>,
    /// The comment after it on its line (`# to check`), for a value.
    pub after: Option<String>,
    /// For a list of paragraphs: the comment lines above each paragraph, by its place.
    pub items: Vec<Vec<String>>,
    /// For a list of paragraphs: the comment lines after the last, before its `]`.
    pub tail: Vec<String>,
}

impl Notes {
    /// Whether it holds no comment.
    fn is_empty(&self) -> bool {
        self.above.is_empty()
            && self.after.is_none()
            && self.items.iter().all(Vec::is_empty)
            && self.tail.is_empty()
    }
}

/// The translator's comments of the translation file `text`, by the key path (in the
/// file) of the value or the table they stand by (those at the file's end in the
/// [`Notes::tail`] of the empty path); none for a file that does not parse.
pub fn notes(text: &str) -> HashMap<String, Notes> {
    let Ok(document) = text.parse::<toml_edit::DocumentMut>() else {
        return HashMap::new();
    };
    let mut found = HashMap::new();
    table(document.as_table(), &KeyPath::default(), &mut found);
    // The lines after the last value, at the file's end.
    let tail = comment_lines(Some(document.trailing()));
    let end = Notes {
        tail,
        ..Notes::default()
    };
    keep(&mut found, &KeyPath::default(), end);
    found
}

/// The comment lines of a decor's `prefix` that are the translator's.
fn comment_lines(prefix: Option<&toml_edit::RawString>) -> Vec<String> {
    prefix
        .and_then(|p| p.as_str())
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with('#') && !l.starts_with(MARK))
        .map(str::to_string)
        .collect()
}

/// The comment in a decor's `suffix` (after a value on its line).
fn comment_after(suffix: Option<&toml_edit::RawString>) -> Option<String> {
    let suffix = suffix.and_then(|s| s.as_str()).unwrap_or_default().trim();
    (suffix.starts_with('#') && !suffix.starts_with(MARK)).then(|| suffix.to_string())
}

/// Keeps `notes` at `at`, unless they hold no comment.
fn keep(found: &mut HashMap<String, Notes>, at: &KeyPath, notes: Notes) {
    if !notes.is_empty() {
        found.insert(at.to_string(), notes);
    }
}

/// The notes of one table's keys at `path`, and of the tables in it.
fn table(table: &toml_edit::Table, path: &KeyPath, found: &mut HashMap<String, Notes>) {
    for (name, item) in table.iter() {
        let here = path.key(name.to_string());
        match item {
            toml_edit::Item::Table(t) => {
                let above = comment_lines(t.decor().prefix());
                keep(
                    found,
                    &here,
                    Notes {
                        above,
                        ..Notes::default()
                    },
                );
                self::table(t, &here, found);
            }
            toml_edit::Item::ArrayOfTables(rows) => {
                for (i, t) in rows.iter().enumerate() {
                    let above = comment_lines(t.decor().prefix());
                    keep(
                        found,
                        &here.index(i),
                        Notes {
                            above,
                            ..Notes::default()
                        },
                    );
                    self::table(t, &here.index(i), found);
                }
            }
            toml_edit::Item::Value(value) => {
                let key = table.key(name);
                let (items, tail) = match value {
                    toml_edit::Value::Array(items) => (
                        items
                            .iter()
                            .map(|v| comment_lines(v.decor().prefix()))
                            .collect(),
                        comment_lines(Some(items.trailing())),
                    ),
                    _ => (Vec::new(), Vec::new()),
                };
                let notes = Notes {
                    above: comment_lines(key.and_then(|k| k.leaf_decor().prefix())),
                    after: comment_after(value.decor().suffix()),
                    items,
                    tail,
                };
                keep(found, &here, notes);
            }
            toml_edit::Item::None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::briefing::at;

    #[test]
    fn the_translator_s_comments_are_found_and_presskit_s_lines_are_not() {
        let text = "# header\nformat = 1\n\n# the office asked for this title\n[event]\n\
                    #| ru: Брифинг\n#|# aaaa1111 bbbb2222\n# shorter than the original\n\
                    title = \"Брифинг\" # check with Aigerim\n\
                    body = [\n  # first\n  \"Бір\", # one\n  \"Екі\",\n  # last\n] # both\n\
                    [[speakers]]\nid = \"a\"\n#|# cccc3333 dddd4444\nrole = \"маман\"\n# the end\n";
        let found = notes(text);
        assert_eq!(
            found[&at("event").to_string()].above,
            ["# the office asked for this title"]
        );
        let title = &found[&at("event").key("title").to_string()];
        assert_eq!(title.above, ["# shorter than the original"]);
        assert_eq!(title.after.as_deref(), Some("# check with Aigerim"));
        let body = &found[&at("event").key("body").to_string()];
        // The comment after the first paragraph's comma stands above the second.
        assert_eq!(body.items, [vec!["# first"], vec!["# one"]]);
        assert_eq!(body.tail, ["# last"]);
        assert_eq!(body.after.as_deref(), Some("# both"));
        // presskit's own lines, and values without a comment, give nothing.
        assert!(!found.contains_key(&at("speakers").index(0).key("role").to_string()));
        assert!(!found.contains_key(&at("speakers").index(0).to_string()));
        assert_eq!(found[&at("format").to_string()].above, ["# header"]);
        assert_eq!(found[""].tail, ["# the end"]);
    }
}

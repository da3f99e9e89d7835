//! The marks `presskit translate` keeps in a translation file, in comments above each
//! value, so that a translator never keeps them by hand:
//!
//! ```toml
//! #| ru: Международная организация по миграции
//! #|# 5f1c0a2e 0d9b71c4
//! name = "Халықаралық көші-қон ұйымы"
//! ```
//!
//! `#| ru:` lines show the text the value translates; `#|#` holds two fingerprints:
//! of that text and of the value, as they were when the mark was written. A value is
//! stale when the briefing's text no longer has the first fingerprint: the original
//! changed since. `presskit translate` then adds a `#|!` line and records the value as it
//! is; editing the value after that (or deleting its `#|` lines) accepts it, and the next
//! `presskit translate` writes the mark anew.

use sha2::{Digest, Sha256};

use crate::input::briefing::KeyPath;

/// How every mark line begins.
pub const MARK: &str = "#|";

/// The fingerprints of a mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// Of the briefing's text the value translated.
    pub source: String,
    /// Of the value.
    pub value: String,
    /// Whether a `#|!` line says the original changed since the value was translated.
    pub changed: bool,
}

impl Mark {
    /// Whether the value marked so is stale, now that its original has the fingerprint
    /// `source` and the value `value`: the original changed, and the value was not
    /// edited since `presskit translate` said so.
    pub fn stale(&self, source: &str, value: &str) -> bool {
        self.source != source && !(self.changed && self.value != value)
    }
}

/// The text of a value: a text, or paragraphs joined by blank lines.
pub fn text(value: &toml::Value) -> String {
    match value {
        toml::Value::String(s) => s.clone(),
        toml::Value::Array(items) => items
            .iter()
            .filter_map(toml::Value::as_str)
            .collect::<Vec<_>>()
            .join("\n\n"),
        _ => String::new(),
    }
}

/// The short fingerprint of a value: the first 8 hexadecimal digits of the SHA-256 of
/// its text.
pub fn fingerprint(value: &toml::Value) -> String {
    Sha256::digest(text(value).as_bytes())
        .iter()
        .take(4)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The mark line of `mark`.
pub fn line(mark: &Mark) -> String {
    format!("{MARK}# {} {}", mark.source, mark.value)
}

/// The line that marks a value whose original changed since it was translated.
pub const CHANGED: &str =
    "#|! changed since translated: check this translation against the original above";

/// The mark in the comments `prefix` above a key, if they hold one.
pub fn parse(prefix: &str) -> Option<Mark> {
    let changed = prefix.lines().any(|l| l.trim().starts_with("#|!"));
    prefix.lines().rev().find_map(|l| {
        let mut words = l
            .trim()
            .strip_prefix(MARK)?
            .strip_prefix('#')?
            .split_whitespace();
        let (source, value) = (words.next()?, words.next()?);
        Some(Mark {
            source: source.into(),
            value: value.into(),
            changed,
        })
    })
}

/// Every mark of the translation file `text`, by the key path of its value.
pub fn marks(text: &str) -> Vec<(KeyPath, Mark)> {
    let Ok(document) = text.parse::<toml_edit::DocumentMut>() else {
        return Vec::new();
    };
    let mut found = Vec::new();
    table(document.as_table(), &KeyPath::default(), &mut found);
    found
}

/// The marks of one table's keys at `path`, and of the tables in it.
fn table(table: &toml_edit::Table, path: &KeyPath, found: &mut Vec<(KeyPath, Mark)>) {
    for (name, item) in table.iter() {
        let here = path.key(name.to_string());
        match item {
            toml_edit::Item::Table(t) => self::table(t, &here, found),
            toml_edit::Item::ArrayOfTables(rows) => {
                for (i, t) in rows.iter().enumerate() {
                    self::table(t, &here.index(i), found);
                }
            }
            toml_edit::Item::Value(_) => {
                let prefix = table
                    .key(name)
                    .and_then(|k| k.leaf_decor().prefix())
                    .and_then(|p| p.as_str())
                    .unwrap_or_default();
                if let Some(mark) = parse(prefix) {
                    found.push((here, mark));
                }
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
    fn marks_are_found_at_their_values() {
        let text = "format = 1\n[event]\n#| ru: Брифинг\n#|# aaaa1111 bbbb2222\ntitle = \"Брифинг\"\n\
                    [[speakers]]\nid = \"a\"\n# the translator's own note\n#|! changed\n#|# cccc3333 dddd4444\nrole = \"маман\"\n";
        let found = marks(text);
        assert_eq!(
            found,
            [
                (
                    at("event").key("title"),
                    Mark {
                        source: "aaaa1111".into(),
                        value: "bbbb2222".into(),
                        changed: false,
                    }
                ),
                (
                    at("speakers").index(0).key("role"),
                    Mark {
                        source: "cccc3333".into(),
                        value: "dddd4444".into(),
                        changed: true,
                    }
                ),
            ]
        );
        let mark = &found[0].1;
        assert_eq!(parse(&line(mark)).as_ref(), Some(mark));
        // Stale while the original differs, unless the value was edited after `#|!`.
        assert!(!mark.stale("aaaa1111", "bbbb2222"));
        assert!(mark.stale("eeee5555", "ffff6666"));
        let flagged = &found[1].1;
        assert!(flagged.stale("eeee5555", "dddd4444"));
        assert!(!flagged.stale("eeee5555", "ffff6666"));
    }

    #[test]
    fn fingerprints_tell_texts_apart() {
        let a = toml::Value::String("Брифинг".into());
        let b = toml::Value::String("Брифинг.".into());
        assert_eq!(fingerprint(&a).len(), 8);
        assert_ne!(fingerprint(&a), fingerprint(&b));
        let paragraphs = toml::Value::Array(vec![a.clone(), b.clone()]);
        assert_eq!(text(&paragraphs), "Брифинг\n\nБрифинг.");
    }
}

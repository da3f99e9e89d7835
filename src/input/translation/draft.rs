//! The translation file `presskit translate` writes: every text of the briefing in the
//! briefing's order, each under the original it translates (see [`marks`]), with the
//! values already translated kept, keys and speaker ids filled in, and the translator's
//! own comments (see [`notes`]) written again by what they stand by. Written from the
//! briefing and the translation as they are, so that a second run writes the same bytes.

use std::collections::HashMap;

use crate::input::briefing::KeyPath;
use crate::input::translation::marks::{self, MARK, Mark};
use crate::input::translation::notes::{self, Notes};
use crate::input::translation::schema::{self, Kind};
use crate::input::translation::{Given, Translation};
use crate::vocab::Language;

/// A translation file written, and what it holds.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The file's text.
    pub text: String,
    /// How many texts it lists.
    pub texts: usize,
    /// How many of them are not translated yet (names, which keep the original's
    /// spelling, are not counted).
    pub to_translate: usize,
    /// The values whose original changed since they were translated, by their key in
    /// the file.
    pub changed: Vec<KeyPath>,
}

/// The translation into `language` of the briefing `file` (named so in the header)
/// whose values are `table`, keeping what `existing` translates and the marks of its
/// file.
pub fn draft(
    file: &str,
    table: &toml::Table,
    language: Language,
    existing: Option<&Translation>,
) -> Draft {
    let own = table
        .get("event")
        .and_then(|e| e.get("language"))
        .and_then(toml::Value::as_str)
        .and_then(Language::from_code)
        .unwrap_or_default();
    let format = table
        .get("format")
        .and_then(toml::Value::as_integer)
        .unwrap_or(1);
    let code = language.code();
    let names = Language::En.locale();
    let mut writer = Writer {
        out: String::new(),
        original: own.code(),
        given: existing
            .map(|t| t.texts.iter().map(|g| (g.target.to_string(), g)).collect())
            .unwrap_or_default(),
        marks: existing
            .map(|t| {
                marks::marks(&t.source.text)
                    .into_iter()
                    .map(|(path, mark)| (path.to_string(), mark))
                    .collect()
            })
            .unwrap_or_default(),
        notes: existing
            .map(|t| notes::notes(&t.source.text))
            .unwrap_or_default(),
        texts: 0,
        to_translate: 0,
        changed: Vec::new(),
    };
    writer.out.push_str(&format!(
        "# {} translation of {file}, kept up to date by `presskit translate {file} --to {code}`.\n\
         # Write each text between the quotes under the `{MARK} {}:` lines that show the original;\n\
         # \"\" is not translated yet (a name left \"\" keeps the original's spelling). Dates, ids,\n\
         # files, addresses and the attendance come from the briefing. The `{MARK}` lines are\n\
         # presskit's: `{MARK}!` marks a translation whose original changed since; edit it, or\n\
         # delete its `{MARK}` lines, to accept it.\n\
         format = {format}\ntranslation = \"{code}\"\n",
        names.language_name(code),
        own.code(),
    ));
    writer.section("", table, &KeyPath::default(), None);
    let end = writer.notes_at(&KeyPath::default(), None);
    writer.lines(&end.tail);
    Draft {
        text: writer.out,
        texts: writer.texts,
        to_translate: writer.to_translate,
        changed: writer.changed,
    }
}

/// Writes the translation file, section by section.
struct Writer<'a> {
    /// The text so far.
    out: String,
    /// The briefing's language code, for the `#| ru:` lines.
    original: &'static str,
    /// The texts the existing translation gives, by their key in the briefing.
    given: HashMap<String, &'a Given>,
    /// The marks of the existing file, by their key in it.
    marks: HashMap<String, Mark>,
    /// The translator's comments in the existing file, by their key in it.
    notes: HashMap<String, Notes>,
    /// Texts listed.
    texts: usize,
    /// Texts not translated yet.
    to_translate: usize,
    /// Values marked as changed.
    changed: Vec<KeyPath>,
}

impl Writer<'_> {
    /// Writes the table `name` of the briefing (`values`, at `path`) opened by `header`
    /// (`[release]`, `[[speakers]]`; none at the top), then the tables in it.
    fn section(
        &mut self,
        name: &str,
        values: &toml::Table,
        path: &KeyPath,
        header: Option<String>,
    ) {
        let leaves: Vec<(&str, Kind, &toml::Value)> = schema::keys(name)
            .filter(|(_, kind)| matches!(kind, Kind::Text | Kind::Name | Kind::Texts))
            .filter_map(|(key, kind)| values.get(key).map(|v| (key, kind, v)))
            .collect();
        let row = header.as_deref().is_some_and(|h| h.starts_with("[["));
        if let Some(header) = &header
            && (row || !leaves.is_empty())
        {
            self.out.push('\n');
            let notes = self.notes_at(path, None);
            self.lines(&notes.above);
            self.out.push_str(&format!("{header}\n"));
        }
        if name == "speakers"
            && let Some(id) = values.get("id").and_then(toml::Value::as_str)
        {
            let notes = self.notes_at(&path.key("id"), None);
            self.lines(&notes.above);
            self.out
                .push_str(&format!("id = {}{}\n", quoted(id), after(&notes)));
        }
        for (key, kind, source) in leaves {
            self.leaf(key, kind, source, &path.key(key));
        }
        for (key, kind) in schema::keys(name) {
            let Some(value) = values.get(key) else {
                continue;
            };
            let inner = schema::inner(name, key);
            match kind {
                Kind::Table => {
                    if let Some(t) = value.as_table() {
                        self.section(&inner, t, &path.key(key), Some(format!("[{inner}]")));
                    }
                }
                Kind::Rows | Kind::Speakers => {
                    for (i, row) in value.as_array().into_iter().flatten().enumerate() {
                        if let Some(t) = row.as_table() {
                            let at = path.key(key).index(i);
                            self.section(&inner, t, &at, Some(format!("[[{inner}]]")));
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Writes one text: the original in `#|` lines, its mark, and the value.
    fn leaf(&mut self, key: &str, kind: Kind, source: &toml::Value, target: &KeyPath) {
        self.texts += 1;
        let original = self.original;
        let lines: Vec<String> = match source {
            toml::Value::Array(items) => items
                .iter()
                .filter_map(toml::Value::as_str)
                .flat_map(|p| {
                    p.lines()
                        .enumerate()
                        .map(|(i, l)| format!("{} {l}", if i == 0 { "-" } else { " " }))
                        .collect::<Vec<_>>()
                })
                .collect(),
            other => other
                .as_str()
                .unwrap_or_default()
                .lines()
                .map(str::to_string)
                .collect(),
        };
        for line in lines {
            self.out
                .push_str(format!("{MARK} {original}: {line}").trim_end());
            self.out.push('\n');
        }
        let given = self.given.get(&target.to_string()).copied();
        let value = match (given, source) {
            (Some(g), _) => g.value.clone(),
            (None, toml::Value::Array(items)) => {
                toml::Value::Array(vec![toml::Value::String(String::new()); items.len()])
            }
            (None, _) => toml::Value::String(String::new()),
        };
        if given.is_none() && kind != Kind::Name {
            self.to_translate += 1;
        }
        let fresh = Mark {
            source: marks::fingerprint(source),
            value: marks::fingerprint(&value),
            changed: false,
        };
        let old = given.and_then(|g| self.marks.get(&g.at.to_string()));
        let mark = match old {
            Some(old) if old.stale(&fresh.source, &fresh.value) => {
                self.out.push_str(marks::CHANGED);
                self.out.push('\n');
                self.changed
                    .push(given.map_or_else(|| target.clone(), |g| g.at.clone()));
                Mark {
                    source: old.source.clone(),
                    value: fresh.value,
                    changed: true,
                }
            }
            _ => fresh,
        };
        self.out.push_str(&marks::line(&mark));
        self.out.push('\n');
        let notes = self.notes_at(target, given);
        self.lines(&notes.above);
        match &value {
            toml::Value::Array(items) => {
                self.out.push_str(&format!("{key} = [\n"));
                for (i, item) in items.iter().enumerate() {
                    for line in notes.items.get(i).into_iter().flatten() {
                        self.out.push_str(&format!("  {line}\n"));
                    }
                    self.out.push_str(&format!(
                        "  {},\n",
                        quoted(item.as_str().unwrap_or_default())
                    ));
                }
                for line in &notes.tail {
                    self.out.push_str(&format!("  {line}\n"));
                }
                self.out.push_str(&format!("]{}\n", after(&notes)));
            }
            other => {
                let text = other.as_str().unwrap_or_default();
                self.out
                    .push_str(&format!("{key} = {}{}\n", quoted(text), after(&notes)));
            }
        }
    }

    /// The translator's comments by the value or table at `target` in the briefing:
    /// found at its key in the file when the file gives it (`given`), else at the same
    /// place (the file `translate` wrote follows the briefing's order).
    fn notes_at(&self, target: &KeyPath, given: Option<&Given>) -> Notes {
        let at = given.map_or_else(|| target.to_string(), |g| g.at.to_string());
        self.notes.get(&at).cloned().unwrap_or_default()
    }

    /// Writes comment lines, each on its own line.
    fn lines(&mut self, lines: &[String]) {
        for line in lines {
            self.out.push_str(line);
            self.out.push('\n');
        }
    }
}

/// The translator's comment after a value, with the space before it, or nothing.
fn after(notes: &Notes) -> String {
    notes
        .after
        .as_ref()
        .map_or_else(String::new, |comment| format!(" {comment}"))
}

/// A text as a TOML string.
fn quoted(text: &str) -> String {
    toml_edit::Value::from(text).to_string().trim().to_string()
}

//! Translations of a briefing: `<stem>.<language>.toml` beside `<stem>.toml` gives the
//! texts of one more language, in the briefing's own keys ([`schema`] says which keys are
//! texts). Read with every mistake at its file, line and column (a date, a path or an
//! unknown speaker id set in a translation included), then laid over the briefing: the
//! result is the briefing in that language, resolved and checked like the briefing
//! itself, with the list of the texts not translated yet.

pub mod draft;
pub mod marks;
pub mod notes;
pub mod schema;

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::input::briefing::{self, Key, KeyPath, Source};
use crate::input::model::{self, Briefing};
use crate::messages::Msg;
use crate::messages::input::Input;
use crate::messages::input::translations::Translations;
use crate::vocab::Language;
use schema::Kind;

/// The briefing file and the language code a translation's file name gives
/// (`almaty.kk.toml`: `almaty.toml`, `kk`), or `None` for a name that is not a
/// translation's: two or three lower-case letters between the stem and `.toml`.
pub fn name_of(path: &Path) -> Option<(PathBuf, String)> {
    let name = path.file_name()?.to_str()?;
    let stem = name.strip_suffix(".toml")?;
    let (briefing, code) = stem.rsplit_once('.')?;
    let is_code = (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_lowercase());
    if briefing.is_empty() || !is_code {
        return None;
    }
    Some((
        path.with_file_name(format!("{briefing}.toml")),
        code.to_string(),
    ))
}

/// The translation files beside the briefing `file`, sorted by name.
pub fn beside(file: &Path) -> Vec<PathBuf> {
    // Named as the briefing is (no `./` before a file of the current folder).
    let (folder, listed) = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => (p.to_path_buf(), p.to_path_buf()),
        _ => (PathBuf::new(), PathBuf::from(".")),
    };
    let Ok(entries) = std::fs::read_dir(&listed) else {
        return Vec::new();
    };
    let own = file.file_name();
    let mut found: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter(|p| name_of(p).is_some_and(|(b, _)| b.file_name() == own))
        .map(|p| folder.join(p.file_name().unwrap_or_default()))
        .collect();
    found.sort();
    found
}

/// A text a translation gives.
#[derive(Debug, Clone)]
pub struct Given {
    /// Where it goes in the briefing (`speakers[2].role`).
    pub target: KeyPath,
    /// Where it is in the translation file (`speakers[0].role`).
    pub at: KeyPath,
    /// A text, or an array of texts.
    pub value: toml::Value,
}

/// A translation file, read and checked against its briefing.
#[derive(Debug, Clone)]
pub struct Translation {
    /// The file.
    pub source: Source,
    /// Its language.
    pub language: Language,
    /// The texts it gives, in the order of the file.
    pub texts: Vec<Given>,
    /// Read for `presskit translate`: the values whose place the briefing no longer has
    /// (a speaker removed, a table gone), by their key in the file.
    pub dropped: Vec<KeyPath>,
    /// The briefing's texts the file lists but leaves empty (as `translate` writes them,
    /// to be filled in), by their key in the briefing.
    pub blank: Vec<KeyPath>,
}

/// A briefing in the language of one of its translations.
#[derive(Debug, Clone)]
pub struct Translated {
    /// The translation.
    pub translation: Translation,
    /// The briefing with the translation's texts in place of its own, in its language.
    pub briefing: Briefing,
    /// The texts of the briefing the translation does not give yet, by their key in the
    /// briefing.
    pub missing: Vec<KeyPath>,
    /// What the translation's texts are warned of (a paragraph in another script).
    pub warnings: Vec<Diagnostic>,
}

impl Translated {
    /// The translation file as an archived document attaches it: beside the briefing,
    /// under its own name (`/almaty.kk.toml`), byte for byte.
    pub fn file(&self) -> crate::vocab::Asset {
        let source = &self.translation.source;
        let name = source
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        crate::vocab::Asset {
            virtual_path: format!("/{name}"),
            bytes: source.text.clone().into_bytes(),
        }
    }
}

/// The briefing `main` in the language of each translation beside it, or every mistake
/// of those translations.
pub fn load(main: &Briefing) -> Result<Vec<Translated>, Vec<Diagnostic>> {
    let mut translated = Vec::new();
    let mut errors = Vec::new();
    for file in beside(&main.source.path) {
        match load_one(main, &file) {
            Ok(t) => translated.push(t),
            Err(mut e) => errors.append(&mut e),
        }
    }
    if errors.is_empty() {
        Ok(translated)
    } else {
        Err(errors)
    }
}

/// The briefing `main` in the language of the translation `file`.
pub fn load_one(main: &Briefing, file: &Path) -> Result<Translated, Vec<Diagnostic>> {
    let source = Source::read(file).map_err(|d| vec![d])?;
    let briefing_table: toml::Table = toml::from_str(&main.source.text).map_err(|e| {
        vec![Diagnostic::error(
            &main.source.path,
            Msg::Foreign(e.message().to_string()),
        )]
    })?;
    let translation = read(source, &main.source, &briefing_table)?;
    let mut errors = model::glyph_errors(&translation.source, &main.fonts);
    if !errors.is_empty() {
        return Err(errors);
    }
    let table = overlay(&briefing_table, &translation);
    // Through TOML text, which keeps dates and times as the briefing's own reading has them.
    let raw = toml::to_string(&table)
        .map_err(|e| e.to_string())
        .and_then(|text| toml::from_str::<briefing::Briefing>(&text).map_err(|e| e.to_string()))
        .map_err(|e| vec![Diagnostic::error(&translation.source.path, Msg::Foreign(e))])?;
    let briefing =
        model::resolve_parsed(main.source.clone(), raw, main.fonts.clone()).map_err(|mut e| {
            errors.append(&mut e);
            errors
        })?;
    let missing = missing(&briefing_table, &translation);
    let mut warnings = crate::input::script::warnings(&translation.source, translation.language);
    warnings.extend(stale(&translation, &briefing_table, &main.source));
    Ok(Translated {
        translation,
        briefing,
        missing,
        warnings,
    })
}

/// Reads the translation `source` of the briefing `main` (whose values are `table`),
/// telling every mistake at its place.
pub fn read(
    source: Source,
    main: &Source,
    table: &toml::Table,
) -> Result<Translation, Vec<Diagnostic>> {
    read_with(source, main, table, false)
}

/// Reads the translation `source` as [`read`] does, except that a value whose place the
/// briefing no longer has is dropped (listed in [`Translation::dropped`]) instead of
/// refused: what `presskit translate` brings up to date.
pub fn read_lenient(
    source: Source,
    main: &Source,
    table: &toml::Table,
) -> Result<Translation, Vec<Diagnostic>> {
    read_with(source, main, table, true)
}

/// Reads the translation `source`, leniently or not.
fn read_with(
    source: Source,
    main: &Source,
    table: &toml::Table,
    lenient: bool,
) -> Result<Translation, Vec<Diagnostic>> {
    let root = toml::de::DeTable::parse(&source.text)
        .map_err(|e| vec![briefing::toml_error(&source, &e, None)])?;
    let root = root.get_ref();
    let language = header(&source, main, table, root)?;
    let mut reader = Reader {
        source: &source,
        main,
        lenient,
        texts: Vec::new(),
        dropped: Vec::new(),
        blank: Vec::new(),
        errors: Vec::new(),
    };
    reader.table(
        "",
        root,
        &KeyPath::default(),
        &KeyPath::default(),
        Some(table),
    );
    reader
        .errors
        .sort_by_key(|d| d.location.as_ref().map(|l| (l.line, l.column)));
    if !reader.errors.is_empty() {
        return Err(reader.errors);
    }
    let (texts, dropped, blank) = (reader.texts, reader.dropped, reader.blank);
    Ok(Translation {
        source,
        language,
        texts,
        dropped,
        blank,
    })
}

/// Checks `format` and `translation` against the file's name and the briefing's language;
/// the translation's language.
fn header(
    source: &Source,
    main: &Source,
    table: &toml::Table,
    root: &toml::de::DeTable,
) -> Result<Language, Vec<Diagnostic>> {
    let code = name_of(&source.path)
        .map(|(_, code)| code)
        .unwrap_or_default();
    match root.get("format") {
        None => {
            return Err(vec![
                source
                    .error_at(0..0, Translations::NoFormat)
                    .with_hint(Translations::NoFormatHint),
            ]);
        }
        Some(value) => {
            let version = value
                .get_ref()
                .as_integer()
                .and_then(|i| i.as_str().parse::<i64>().ok());
            if !version.is_some_and(|v| briefing::FORMAT_VERSIONS.contains(&v)) {
                return Err(vec![
                    source.error_at(
                        value.span(),
                        Input::UnknownFormat {
                            typed: source.text[value.span()].to_string(),
                            versions: briefing::FORMAT_VERSIONS
                                .iter()
                                .map(i64::to_string)
                                .collect::<Vec<_>>()
                                .join(", "),
                        },
                    ),
                ]);
            }
        }
    }
    let Some(value) = root.get("translation") else {
        return Err(vec![
            source
                .error_at(0..0, Translations::NoLanguage)
                .with_hint(Translations::NoLanguageHint { code: code.clone() }),
        ]);
    };
    let written = value.get_ref().as_str().unwrap_or_default();
    if written != code {
        return Err(vec![
            source
                .error_at(
                    value.span(),
                    Translations::NameDisagrees {
                        typed: source.text[value.span()].to_string(),
                        code: code.clone(),
                    },
                )
                .with_hint(Translations::NameDisagreesHint {
                    written: written.to_string(),
                    stem: main.stem().to_string(),
                    code: code.clone(),
                }),
        ]);
    }
    let Some(language) = Language::from_code(&code) else {
        let known: Vec<String> = Language::ALL
            .iter()
            .map(|l| format!("`{}`", l.code()))
            .collect();
        return Err(vec![
            source
                .error_at(value.span(), Input::UnknownLanguage { code: code.clone() })
                .with_hint(Input::KnownLanguages {
                    languages: known.join(", "),
                }),
        ]);
    };
    let own = table
        .get("event")
        .and_then(|e| e.get("language"))
        .and_then(toml::Value::as_str)
        .and_then(Language::from_code)
        .unwrap_or_default();
    if own == language {
        return Err(vec![
            source
                .error_at(
                    value.span(),
                    Translations::SameLanguage {
                        briefing: main.path.display().to_string(),
                        code: code.clone(),
                    },
                )
                .with_hint(Translations::SameLanguageHint),
        ]);
    }
    Ok(language)
}

/// Reads a translation's tables, collecting its texts and mistakes.
struct Reader<'a> {
    /// The translation file.
    source: &'a Source,
    /// Its briefing.
    main: &'a Source,
    /// Whether a value whose place the briefing no longer has is dropped, not refused.
    lenient: bool,
    /// The texts found.
    texts: Vec<Given>,
    /// The values dropped, when lenient.
    dropped: Vec<KeyPath>,
    /// The briefing's texts listed but left empty.
    blank: Vec<KeyPath>,
    /// The mistakes found.
    errors: Vec<Diagnostic>,
}

impl Reader<'_> {
    /// Records an error at the value `at` of the translation.
    fn error(&mut self, at: &KeyPath, message: impl Into<Msg>) -> &mut Diagnostic {
        let span = briefing::span_of(&self.source.text, at);
        self.errors.push(self.source.error_at(
            span,
            Input::AtKey {
                key: at.to_string(),
                what: Box::new(message.into()),
            },
        ));
        self.errors.last_mut().expect("just pushed")
    }

    /// Reads the keys of the translation's table `name` found at `at`, which translates
    /// the briefing's table at `target` (`main`, absent when the briefing has none).
    fn table(
        &mut self,
        name: &str,
        values: &toml::de::DeTable,
        at: &KeyPath,
        target: &KeyPath,
        main: Option<&toml::Table>,
    ) {
        for (key, value) in values {
            let key = key.get_ref().as_ref();
            if name.is_empty() && matches!(key, "format" | "translation") {
                continue;
            }
            if name == "speakers" && key == "id" {
                continue;
            }
            let here = at.key(key.to_string());
            let there = target.key(key.to_string());
            let Some(kind) = schema::kind(name, key) else {
                self.unknown(name, key, &here);
                continue;
            };
            let inner = main.and_then(|t| t.get(key));
            match kind {
                Kind::Fixed(what) => {
                    let file = self.main.path.display().to_string();
                    self.error(
                        &here,
                        Translations::Fixed {
                            what: Box::new(what.message()),
                        },
                    )
                    .hints
                    .push(Translations::FixedHint { file }.into());
                }
                Kind::Text | Kind::Name => match value.get_ref() {
                    toml::de::DeValue::String(text) => {
                        self.given(&here, &there, inner, toml::Value::String(text.to_string()));
                    }
                    _ => {
                        self.error(&here, Translations::IsText)
                            .hints
                            .push(Translations::IsTextHint.into());
                    }
                },
                Kind::Texts => {
                    let texts = match value.get_ref() {
                        toml::de::DeValue::Array(items) => items
                            .iter()
                            .map(|i| i.get_ref().as_str().map(str::to_string))
                            .collect::<Option<Vec<String>>>(),
                        _ => None,
                    };
                    match texts {
                        Some(texts) => {
                            let value = toml::Value::Array(
                                texts.into_iter().map(toml::Value::String).collect(),
                            );
                            self.given(&here, &there, inner, value);
                        }
                        None => {
                            self.error(&here, Translations::IsTexts);
                        }
                    }
                }
                Kind::Table => match (value.get_ref(), inner) {
                    (toml::de::DeValue::Table(t), Some(toml::Value::Table(m))) => {
                        self.table(&schema::inner(name, key), t, &here, &there, Some(m));
                    }
                    (toml::de::DeValue::Table(_), _) => self.absent(&here, &there),
                    _ => {
                        self.error(&here, Translations::IsTable);
                    }
                },
                Kind::Rows => self.rows(&schema::inner(name, key), value, &here, &there, inner),
                Kind::Speakers => self.speakers(value, &here, inner),
            }
        }
    }

    /// Records the text `value` given at `here` for the briefing's value `there`
    /// (`inner`, absent when the briefing has none); an empty text is not given yet.
    fn given(
        &mut self,
        here: &KeyPath,
        there: &KeyPath,
        inner: Option<&toml::Value>,
        value: toml::Value,
    ) {
        let empty = match &value {
            toml::Value::String(s) => s.trim().is_empty(),
            toml::Value::Array(items) => items
                .iter()
                .all(|i| i.as_str().is_none_or(|s| s.trim().is_empty())),
            _ => true,
        };
        if empty {
            if inner.is_some() {
                self.blank.push(there.clone());
            }
            return;
        }
        if inner.is_none() {
            self.absent(here, there);
            return;
        }
        self.texts.push(Given {
            target: there.clone(),
            at: here.clone(),
            value,
        });
    }

    /// The error for a value the translation gives where the briefing has none.
    fn absent(&mut self, here: &KeyPath, there: &KeyPath) {
        if self.lenient {
            self.dropped.push(here.clone());
            return;
        }
        let file = self.main.path.display().to_string();
        self.error(
            here,
            Translations::NothingToTranslate {
                target: there.to_string(),
            },
        )
        .hints
        .push(Translations::NothingToTranslateHint { file }.into());
    }

    /// An unknown key of the table `name`, with the nearest known key.
    fn unknown(&mut self, name: &str, key: &str, here: &KeyPath) {
        let mut known: Vec<&str> = schema::keys(name).map(|(k, _)| k).collect();
        if name.is_empty() {
            known.extend(["format", "translation"]);
        }
        let nearest = known
            .iter()
            .map(|k| (strsim::damerau_levenshtein(key, k), *k))
            .filter(|(d, _)| *d <= 2)
            .min();
        let key = key.to_string();
        let message: Msg = if name.is_empty() {
            Translations::NotAKey { key }.into()
        } else {
            Input::NotAKeyOf {
                key,
                heading: format!("[{name}]"),
            }
            .into()
        };
        let hint = match nearest {
            Some((_, k)) => Input::DidYouMean { name: k.into() },
            None => Input::KeysAre {
                list: known.join(", "),
            },
        };
        self.error(here, message).hints.push(hint.into());
    }

    /// The array of tables `name` (matched by position) at `here`.
    fn rows(
        &mut self,
        name: &str,
        value: &toml::Spanned<toml::de::DeValue>,
        here: &KeyPath,
        there: &KeyPath,
        main: Option<&toml::Value>,
    ) {
        let toml::de::DeValue::Array(items) = value.get_ref() else {
            self.error(
                here,
                Translations::IsRows {
                    name: name.to_string(),
                },
            );
            return;
        };
        let rows = main.and_then(toml::Value::as_array);
        let count = rows.map_or(0, Vec::len);
        for (i, item) in items.iter().enumerate() {
            let toml::de::DeValue::Table(t) = item.get_ref() else {
                self.error(
                    &here.index(i),
                    Translations::IsRow {
                        name: name.to_string(),
                    },
                );
                continue;
            };
            let row = rows.and_then(|r| r.get(i)).and_then(toml::Value::as_table);
            if row.is_none() && self.lenient {
                self.dropped.push(here.index(i));
                continue;
            }
            if row.is_none() {
                let file = self.main.path.display().to_string();
                self.error(
                    &here.index(i),
                    Translations::RowBeyond {
                        count: count as u64,
                        name: name.to_string(),
                        number: i as u64 + 1,
                    },
                )
                .hints
                .push(
                    Translations::RowBeyondHint {
                        name: name.to_string(),
                        file,
                    }
                    .into(),
                );
                continue;
            }
            self.table(name, t, &here.index(i), &there.index(i), row);
        }
    }

    /// The speakers at `here`, matched to the briefing's (`main`) by `id`.
    fn speakers(
        &mut self,
        value: &toml::Spanned<toml::de::DeValue>,
        here: &KeyPath,
        main: Option<&toml::Value>,
    ) {
        let toml::de::DeValue::Array(items) = value.get_ref() else {
            self.error(
                here,
                Translations::IsRows {
                    name: "speakers".into(),
                },
            );
            return;
        };
        let ids: Vec<String> = main
            .and_then(toml::Value::as_array)
            .into_iter()
            .flatten()
            .map(|s| {
                s.get("id")
                    .and_then(toml::Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            })
            .collect();
        let mut seen: Vec<String> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let at = here.index(i);
            let toml::de::DeValue::Table(t) = item.get_ref() else {
                self.error(
                    &at,
                    Translations::IsRow {
                        name: "speakers".into(),
                    },
                );
                continue;
            };
            let Some(id) = t.get("id").and_then(|v| v.get_ref().as_str()) else {
                self.error(&at, Translations::NoId)
                    .hints
                    .push(Translations::NoIdHint.into());
                continue;
            };
            let Some(j) = ids.iter().position(|known| known == id) else {
                if self.lenient {
                    self.dropped.push(at);
                    continue;
                }
                let near = ids
                    .iter()
                    .map(|k| (strsim::damerau_levenshtein(id, k), k))
                    .filter(|(d, _)| *d <= 2)
                    .min()
                    .map(|(_, k)| k.clone());
                let hint: Msg = match near {
                    Some(k) => Input::DidYouMean { name: k }.into(),
                    None if ids.is_empty() => Translations::NoSpeakers.into(),
                    None => Translations::SpeakersAre {
                        list: ids.join(", "),
                    }
                    .into(),
                };
                let file = self.main.path.display().to_string();
                self.error(
                    &at.key("id"),
                    Translations::UnknownSpeaker {
                        file,
                        id: id.to_string(),
                    },
                )
                .hints
                .push(hint);
                continue;
            };
            if seen.iter().any(|s| s == id) {
                self.error(
                    &at.key("id"),
                    Translations::TranslatedTwice { id: id.to_string() },
                );
                continue;
            }
            seen.push(id.to_string());
            let row = main
                .and_then(toml::Value::as_array)
                .and_then(|r| r.get(j))
                .and_then(toml::Value::as_table);
            self.table("speakers", t, &at, &briefing::at("speakers").index(j), row);
        }
    }
}

/// A warning at each value of `translation` whose original in the briefing (`table`,
/// of the file `main`) changed since it was translated, by the marks of `presskit
/// translate`.
pub fn stale(translation: &Translation, table: &toml::Table, main: &Source) -> Vec<Diagnostic> {
    let found = marks::marks(&translation.source.text);
    let mut warnings = Vec::new();
    for given in &translation.texts {
        let Some((_, mark)) = found.iter().find(|(at, _)| at == &given.at) else {
            continue;
        };
        let Some(original) = value_at(table, &given.target) else {
            continue;
        };
        if mark.stale(
            &marks::fingerprint(original),
            &marks::fingerprint(&given.value),
        ) {
            let span = briefing::span_of(&translation.source.text, &given.at);
            warnings.push(
                translation
                    .source
                    .error_at(
                        span,
                        Translations::Stale {
                            at: given.at.to_string(),
                            target: given.target.to_string(),
                            file: main.path.display().to_string(),
                        },
                    )
                    .warning()
                    .with_hint(Translations::StaleHint {
                        file: main.path.display().to_string(),
                        code: translation.language.code().to_string(),
                    }),
            );
        }
    }
    warnings
}

/// The value at `path` in `table`, when there is one.
pub fn value_at<'a>(table: &'a toml::Table, path: &KeyPath) -> Option<&'a toml::Value> {
    let mut keys = path.0.iter();
    let Some(Key::Name(first)) = keys.next() else {
        return None;
    };
    let mut value = table.get(first.as_ref())?;
    for key in keys {
        value = match key {
            Key::Name(name) => value.get(name.as_ref())?,
            Key::Index(i) => value.get(*i)?,
        };
    }
    Some(value)
}

/// The briefing's values `table` with the translation's texts in their place, in the
/// translation's language.
pub fn overlay(table: &toml::Table, translation: &Translation) -> toml::Table {
    let mut table = table.clone();
    for given in &translation.texts {
        if let Some(slot) = slot(&mut table, &given.target) {
            *slot = given.value.clone();
        }
    }
    if let Some(toml::Value::Table(event)) = table.get_mut("event") {
        event.insert(
            "language".into(),
            toml::Value::String(translation.language.code().into()),
        );
    }
    table
}

/// The value at `path` in `table`, when there is one.
fn slot<'a>(table: &'a mut toml::Table, path: &KeyPath) -> Option<&'a mut toml::Value> {
    let mut keys = path.0.iter();
    let Some(Key::Name(first)) = keys.next() else {
        return None;
    };
    let mut value = table.get_mut(first.as_ref())?;
    for key in keys {
        value = match key {
            Key::Name(name) => value.get_mut(name.as_ref())?,
            Key::Index(i) => value.get_mut(*i)?,
        };
    }
    Some(value)
}

/// The texts of the briefing's values `table` that must be translated and that the
/// translation does not give, in the order of the format.
pub fn missing(table: &toml::Table, translation: &Translation) -> Vec<KeyPath> {
    let mut found = Vec::new();
    texts_of("", table, &KeyPath::default(), &mut found);
    found
        .into_iter()
        .filter(|(_, kind, _)| schema::needs_translating(*kind))
        .map(|(path, _, _)| path)
        .filter(|path| !translation.texts.iter().any(|g| &g.target == path))
        .collect()
}

/// Every text value of the briefing's table `name` at `path` (`values`), with its kind
/// and value, in the order of the format.
pub fn texts_of(
    name: &str,
    values: &toml::Table,
    path: &KeyPath,
    found: &mut Vec<(KeyPath, Kind, toml::Value)>,
) {
    for (key, kind) in schema::keys(name) {
        let Some(value) = values.get(key) else {
            continue;
        };
        let here = path.key(key);
        match kind {
            Kind::Text | Kind::Name | Kind::Texts => found.push((here, kind, value.clone())),
            Kind::Table => {
                if let Some(t) = value.as_table() {
                    texts_of(&schema::inner(name, key), t, &here, found);
                }
            }
            Kind::Rows | Kind::Speakers => {
                for (i, row) in value.as_array().into_iter().flatten().enumerate() {
                    if let Some(t) = row.as_table() {
                        texts_of(&schema::inner(name, key), t, &here.index(i), found);
                    }
                }
            }
            Kind::Fixed(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAIN: &str = "format = 1\n[organization]\nname = \"МОМ\"\n[event]\ntitle = \"Брифинг\"\ndate = 2017-03-23\nlanguage = \"ru\"\n\
        [release]\nheadline = \"Заголовок\"\nbody = [\"Абзац\"]\n\
        [[speakers]]\nid = \"orlova\"\nname = \"Елена Орлова\"\nrole = \"руководитель\"\nbio = [\"Биография\"]\n\
        [[speakers]]\nid = \"satpayeva\"\nname = \"Айгерим Сатпаева\"\nrole = \"специалист\"\n";

    fn read_text(text: &str) -> Result<Translation, Vec<Diagnostic>> {
        let main = Source {
            path: "b.toml".into(),
            text: MAIN.into(),
        };
        let table: toml::Table = toml::from_str(MAIN).unwrap();
        let source = Source {
            path: "b.kk.toml".into(),
            text: text.into(),
        };
        read(source, &main, &table)
    }

    fn place(d: &Diagnostic) -> (usize, usize) {
        d.location.as_ref().map(|l| (l.line, l.column)).unwrap()
    }

    #[test]
    fn names_of_translations() {
        assert_eq!(
            name_of(Path::new("data/almaty.kk.toml")),
            Some((PathBuf::from("data/almaty.toml"), "kk".into()))
        );
        assert_eq!(name_of(Path::new("almaty-2017-03-23-ru.toml")), None);
        assert_eq!(name_of(Path::new("v1.2.toml")), None);
        assert_eq!(name_of(Path::new(".kk.toml")), None);
    }

    #[test]
    fn speakers_by_id_and_texts_in_place() {
        let t = read_text(
            "format = 1\ntranslation = \"kk\"\n[release]\nheadline = \"Тақырып\"\n\
             [[speakers]]\nid = \"satpayeva\"\nrole = \"маман\"\n",
        )
        .unwrap();
        assert_eq!(t.language, Language::Kk);
        let targets: Vec<String> = t.texts.iter().map(|g| g.target.to_string()).collect();
        assert_eq!(targets, ["release.headline", "speakers[2].role"]);
        let table: toml::Table = toml::from_str(MAIN).unwrap();
        let over = overlay(&table, &t);
        assert_eq!(over["speakers"][1]["role"].as_str(), Some("маман"));
        assert_eq!(over["speakers"][0]["role"].as_str(), Some("руководитель"));
        assert_eq!(over["event"]["language"].as_str(), Some("kk"));
        let missing: Vec<String> = missing(&table, &t).iter().map(|p| p.to_string()).collect();
        assert_eq!(
            missing,
            [
                "organization.name",
                "event.title",
                "release.body",
                "speakers[1].role",
                "speakers[1].bio"
            ],
            "names keep the briefing's spelling"
        );
    }

    #[test]
    fn a_date_an_unknown_id_and_an_unknown_key_are_told_at_their_place() {
        let errors = read_text(
            "format = 1\ntranslation = \"kk\"\n[event]\ndate = 2017-03-24\ntitel = \"Брифинг\"\n\
             [[speakers]]\nid = \"orlva\"\nrole = \"басшы\"\n",
        )
        .unwrap_err();
        let told: Vec<(String, (usize, usize))> =
            errors.iter().map(|d| (d.message.en(), place(d))).collect();
        assert_eq!(
            told,
            [
                (
                    "event.date: a date comes from the briefing alone; a translation holds only its texts".into(),
                    (4, 8)
                ),
                ("event.titel: `titel` is not a key of [event]".into(), (5, 9)),
                (
                    "speakers[1].id: no speaker of b.toml has the id `orlva`".into(),
                    (7, 6)
                ),
            ]
        );
        assert_eq!(
            errors[1]
                .hints
                .iter()
                .map(crate::messages::Msg::en)
                .collect::<Vec<_>>(),
            ["did you mean `title`?"]
        );
        assert_eq!(
            errors[2]
                .hints
                .iter()
                .map(crate::messages::Msg::en)
                .collect::<Vec<_>>(),
            ["did you mean `orlova`?"]
        );
    }

    #[test]
    fn the_name_and_translation_must_agree() {
        let e = read_text("format = 1\ntranslation = \"en\"\n").unwrap_err();
        assert_eq!(
            e[0].message.en(),
            "`translation` is `\"en\"` but the file's name says `kk`"
        );
        assert_eq!(place(&e[0]), (2, 15));
        let e = read_text("format = 1\n").unwrap_err();
        assert!(
            e[0].message.en().contains("no `translation`"),
            "{}",
            e[0].message
        );
        let e = read_text("format = 1\ntranslation = \"kk\"\n[[attendance]]\noutlet = \"X\"\n")
            .unwrap_err();
        assert!(
            e[0].message
                .en()
                .starts_with("attendance: the attendance list comes from the briefing alone")
        );
        let e =
            read_text("format = 1\ntranslation = \"kk\"\n[[topics]]\ntitle = \"X\"\n").unwrap_err();
        assert_eq!(
            e[0].message.en(),
            "topics[1] (\"X\"): the briefing has 0 of [[topics]]; this is number 1"
        );
    }
}

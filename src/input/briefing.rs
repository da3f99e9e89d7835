//! The briefing data format, versions 1 and 2: serde types exactly as written in the TOML file,
//! and loading them with every error placed at its file, line and column.
//!
//! Checks that need only one value (types, required keys, unknown keys, non-empty text,
//! id syntax, attendance kinds) happen here, during deserialisation; checks across
//! values (references, duplicates, assets) belong to [`crate::input::model`].

pub use crate::input::outlet_kind::OutletKind;
use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer};
use toml::value::Datetime;

use crate::diagnostic::Diagnostic;
use crate::messages::Msg;
use crate::messages::input::Input;
use crate::messages::input::reading::Reading;

/// The format versions this build reads.
pub const FORMAT_VERSIONS: &[i64] = &[1, 2];

/// The format version `init` and `upgrade` write.
pub const CURRENT_FORMAT: i64 = 2;

/// Largest briefing file read, in bytes; a briefing is a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Longest text value, in characters: ten pages of prose.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// Most items in one array (speakers, outlets, paragraphs...).
pub const MAX_ITEMS: usize = 2_000;

/// A briefing file as read from disk: its path as the user named it and its text.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as given on the command line or found in a folder.
    pub path: PathBuf,
    /// The file's text, without a byte-order mark.
    pub text: String,
}

impl Source {
    /// Reads a briefing file, accepting a UTF-8 byte-order mark and refusing other encodings.
    pub fn read(path: &Path) -> Result<Self, Diagnostic> {
        use crate::input::bounded::Refused;
        let bytes = crate::input::bounded::read(path, MAX_FILE_BYTES).map_err(|refused| {
            Diagnostic::error(
                path,
                match refused {
                    Refused::TooLarge { size, .. } => Reading::BriefingTooLarge {
                        size,
                        most: MAX_FILE_BYTES,
                    },
                    Refused::NotAFile(kind) => Reading::BriefingNotAFile {
                        what: Box::new(kind.message()),
                    },
                    Refused::Unreadable(e) => Reading::BriefingUnreadable { reason: e },
                },
            )
        })?;
        Self::from_bytes(path, bytes)
    }

    /// Decodes the bytes of a briefing file named `path`.
    pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Self, Diagnostic> {
        let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => rest.to_vec(),
            None => bytes,
        };
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Self {
                path: path.to_path_buf(),
                text,
            }),
            Err(e) => Err(crate::input::encoding::refused(
                path,
                e.as_bytes(),
                e.utf8_error().valid_up_to(),
            )),
        }
    }

    /// An error at a byte range of this file.
    pub fn error_at(
        &self,
        span: Range<usize>,
        message: impl Into<crate::messages::Msg>,
    ) -> Diagnostic {
        let message = super::named::paths(&self.text, message.into());
        Diagnostic::at(&self.path, &self.text, span, message)
    }

    /// The folder that holds the briefing, which its asset paths are relative to.
    pub fn folder(&self) -> PathBuf {
        match self.path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        }
    }

    /// The file name without `.toml`: the name of the briefing's output folder.
    pub fn stem(&self) -> String {
        stem(&self.path)
    }
}

/// The name of the output folder of the briefing `file`: its file name without `.toml`.
pub fn stem(file: &Path) -> String {
    file.file_stem()
        .map_or_else(|| "briefing".into(), |s| s.to_string_lossy().into())
}

/// One step of a key path: a table key or an array index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    /// A key in a table.
    Name(Cow<'static, str>),
    /// A position in an array, from 0.
    Index(usize),
}

/// A path to a value in the briefing, printed as `speakers[1].role`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyPath(pub Vec<Key>);

impl KeyPath {
    /// A path from its steps.
    pub fn new(keys: impl IntoIterator<Item = Key>) -> Self {
        Self(keys.into_iter().collect())
    }

    /// This path with a table key appended.
    pub fn key(&self, name: impl Into<Cow<'static, str>>) -> Self {
        let mut keys = self.0.clone();
        keys.push(Key::Name(name.into()));
        Self(keys)
    }

    /// This path with an array index appended.
    pub fn index(&self, index: usize) -> Self {
        let mut keys = self.0.clone();
        keys.push(Key::Index(index));
        Self(keys)
    }
}

/// Starts a key path at a top-level key.
pub fn at(name: &'static str) -> KeyPath {
    KeyPath::default().key(name)
}

impl fmt::Display for KeyPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, key) in self.0.iter().enumerate() {
            match key {
                Key::Name(name) if i == 0 => write!(f, "{name}")?,
                Key::Name(name) => write!(f, ".{name}")?,
                // People count from 1: the second speaker is `speakers[2]`.
                Key::Index(index) => write!(f, "[{}]", index + 1)?,
            }
        }
        Ok(())
    }
}

/// Finds the byte range of the value at `path` in the TOML `text`.
///
/// Falls back to the nearest enclosing value that exists, then to the whole file.
pub fn span_of(text: &str, path: &KeyPath) -> Range<usize> {
    let Ok(root) = toml::de::DeTable::parse(text) else {
        return 0..0;
    };
    let mut span = 0..0;
    let mut value: Option<&toml::Spanned<toml::de::DeValue>> = None;
    for (depth, key) in path.0.iter().enumerate() {
        let next = match (value, key) {
            (None, Key::Name(name)) if depth == 0 => root.get_ref().get(name.as_ref()),
            (Some(v), Key::Name(name)) => v.get_ref().get(name.as_ref()),
            (Some(v), Key::Index(i)) => v.get_ref().get(*i),
            _ => None,
        };
        match next {
            Some(v) => {
                span = v.span();
                value = Some(v);
            }
            None => break,
        }
    }
    span
}

/// Parses a briefing, checking the format version first; stops at the first mistake
/// (see [`parse_sections`] for them all).
pub fn parse(source: &Source) -> Result<Briefing, Diagnostic> {
    checked_table(source)?;
    deserialize(source)
}

/// Deserialises the whole briefing at once: the first mistake stops it.
fn deserialize(source: &Source) -> Result<Briefing, Diagnostic> {
    let deserializer =
        toml::Deserializer::parse(&source.text).map_err(|e| toml_error(source, &e, None))?;
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let path = counted_from_one(e.path());
        toml_error(source, e.inner(), Some(path))
    })
}

/// A briefing that does not read as a whole.
#[derive(Debug)]
pub enum Unread {
    /// It is not TOML, not format 1, or past a limit: one mistake, which hides the rest.
    Unreadable(Diagnostic),
    /// It is TOML, but some values have mistakes: each of them, and what the rest says.
    Partial(Box<Partial>),
}

/// What the sections of a briefing without mistakes say, and the mistakes of the others.
#[derive(Debug)]
pub struct Partial {
    /// The briefing without the sections that have mistakes (of an array of tables with
    /// a mistake, the tables before the first with one, so that the model's key paths keep
    /// their indices); `None` when `[organization]` or `[event]` has one.
    pub briefing: Option<Briefing>,
    /// Every mistake, in the order of the file.
    pub errors: Vec<Diagnostic>,
    /// The arrays of tables left out in part or whole (`speakers`).
    pub left_out: Vec<&'static str>,
}

/// The top-level keys of the format, to tell an unknown or missing section in the very
/// words the whole briefing's deserialisation uses.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Keys {
    /// `format`.
    format: serde::de::IgnoredAny,
    /// `[organization]`, required.
    organization: serde::de::IgnoredAny,
    /// `[event]`, required.
    event: serde::de::IgnoredAny,
    /// `[advisory]`.
    advisory: Option<serde::de::IgnoredAny>,
    /// `[release]`.
    release: Option<serde::de::IgnoredAny>,
    /// `[[topics]]`.
    topics: Option<serde::de::IgnoredAny>,
    /// `[[speakers]]`.
    speakers: Option<serde::de::IgnoredAny>,
    /// `[[agenda]]`.
    agenda: Option<serde::de::IgnoredAny>,
    /// `[[programmes]]`.
    programmes: Option<serde::de::IgnoredAny>,
    /// `[[reports]]`.
    reports: Option<serde::de::IgnoredAny>,
    /// `[[attendance]]`.
    attendance: Option<serde::de::IgnoredAny>,
    /// `[[coverage]]`.
    coverage: Option<serde::de::IgnoredAny>,
    /// `[[photos]]`.
    photos: Option<serde::de::IgnoredAny>,
}

/// Parses a briefing; when some of its values have mistakes, reads each section (and
/// each table of an array of tables) on its own, so that one run tells every mistake:
/// a bad speaker does not hide a bad attendance row. Each mistake is told exactly as
/// [`parse`] tells it when it is the only one.
pub fn parse_sections(source: &Source) -> Result<Briefing, Unread> {
    let table = checked_table(source).map_err(Unread::Unreadable)?;
    let first = match deserialize(source) {
        Ok(briefing) => return Ok(briefing),
        Err(first) => first,
    };
    let root = table.into_inner();
    let format = root
        .get("format")
        .and_then(|v| v.get_ref().as_integer())
        .and_then(|i| i.as_str().parse::<i64>().ok())
        .unwrap_or(CURRENT_FORMAT);
    let mut errors = Vec::new();
    if let Ok(deserializer) = toml::Deserializer::parse(&source.text)
        && let Err(e) = serde_path_to_error::deserialize::<_, Keys>(deserializer)
    {
        errors.push(toml_error(
            source,
            e.inner(),
            Some(counted_from_one(e.path())),
        ));
    }
    let mut left_out = Vec::new();
    let organization = section(source, &root, "organization", &mut errors);
    let event = section(source, &root, "event", &mut errors);
    let advisory = section(source, &root, "advisory", &mut errors);
    let release = section(source, &root, "release", &mut errors);
    let mut sections = Sections {
        source,
        root: &root,
        errors: &mut errors,
        left_out: &mut left_out,
    };
    let topics = sections.list("topics");
    let speakers = sections.list("speakers");
    let agenda = sections.list("agenda");
    let programmes = sections.list("programmes");
    let reports = sections.list("reports");
    let attendance = sections.list("attendance");
    let coverage = sections.list("coverage");
    let photos = sections.list("photos");
    if errors.is_empty() {
        errors.push(first);
    }
    errors.sort_by_key(|d| d.location.as_ref().map(|l| (l.line, l.column)));
    errors.dedup();
    let briefing = match (organization, event) {
        (Some(organization), Some(event)) => Some(Briefing {
            format,
            organization,
            event,
            advisory,
            release,
            topics,
            speakers,
            agenda,
            programmes,
            reports,
            attendance,
            coverage,
            photos,
        }),
        _ => None,
    };
    Err(Unread::Partial(Box::new(Partial {
        briefing,
        errors,
        left_out,
    })))
}

/// The key path of a value at `inner` inside the value at `prefix`.
fn joined(prefix: &str, inner: &str) -> String {
    if inner.is_empty() || inner == "." {
        prefix.to_string()
    } else if inner.starts_with('[') {
        format!("{prefix}{inner}")
    } else {
        format!("{prefix}.{inner}")
    }
}

/// A key path of serde's as people count: `body[1]` is the first paragraph.
fn counted_from_one(path: &serde_path_to_error::Path) -> String {
    let mut text = String::new();
    for segment in path.iter() {
        match segment {
            serde_path_to_error::Segment::Seq { index } => {
                text.push_str(&format!("[{}]", index + 1));
            }
            serde_path_to_error::Segment::Map { key } => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(key);
            }
            serde_path_to_error::Segment::Enum { variant } => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(variant);
            }
            serde_path_to_error::Segment::Unknown => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push('?');
            }
        }
    }
    text
}

/// Reads `value` as a `T` found at `path`; its mistake is added to `errors`.
fn read_value<T: serde::de::DeserializeOwned>(
    source: &Source,
    value: &toml::Spanned<toml::de::DeValue<'_>>,
    path: &str,
    errors: &mut Vec<Diagnostic>,
) -> Option<T> {
    let deserializer = toml::de::ValueDeserializer::from(value.clone());
    match serde_path_to_error::deserialize(deserializer) {
        Ok(value) => Some(value),
        Err(e) => {
            let inner = counted_from_one(e.path());
            errors.push(toml_error(source, e.inner(), Some(joined(path, &inner))));
            None
        }
    }
}

/// The top-level table `key` read on its own; `None` when it is absent or has a mistake.
fn section<T: serde::de::DeserializeOwned>(
    source: &Source,
    root: &toml::de::DeTable<'_>,
    key: &'static str,
    errors: &mut Vec<Diagnostic>,
) -> Option<T> {
    read_value(source, root.get(key)?, key, errors)
}

/// The arrays of tables of a briefing, read table by table.
struct Sections<'a, 'i> {
    /// The briefing file.
    source: &'a Source,
    /// Its top-level table.
    root: &'a toml::de::DeTable<'i>,
    /// The mistakes found.
    errors: &'a mut Vec<Diagnostic>,
    /// The arrays left out for a mistake in one of their tables.
    left_out: &'a mut Vec<&'static str>,
}

impl Sections<'_, '_> {
    /// The array `key`, each table read on its own; empty when it is absent, and only
    /// the tables before the first with a mistake when one has.
    fn list<T: serde::de::DeserializeOwned>(&mut self, key: &'static str) -> Vec<T> {
        let Some(value) = self.root.get(key) else {
            return Vec::new();
        };
        let before = self.errors.len();
        let mut kept = Vec::new();
        match value.get_ref() {
            toml::de::DeValue::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let read =
                        read_value(self.source, item, &format!("{key}[{}]", i + 1), self.errors);
                    // Only the tables before the first with a mistake are kept: each keeps
                    // its index, which the model's key paths give.
                    if let Some(read) = read.filter(|_| self.errors.len() == before) {
                        kept.push(read);
                    }
                }
            }
            _ => {
                read_value::<Vec<T>>(self.source, value, key, self.errors);
            }
        }
        if self.errors.len() > before {
            self.left_out.push(key);
        }
        kept
    }
}

/// Parses the TOML of a briefing and checks its format version and limits.
fn checked_table(source: &Source) -> Result<toml::Spanned<toml::de::DeTable<'_>>, Diagnostic> {
    let table = toml::de::DeTable::parse(&source.text).map_err(|e| toml_error(source, &e, None))?;
    match table.get_ref().get("format") {
        None if source.text.trim().is_empty() => {
            return Err(source
                .error_at(0..0, Input::EmptyBriefing)
                .with_hint(Input::EmptyBriefingHint));
        }
        None => {
            return Err(source
                .error_at(0..0, Input::NoFormat)
                .with_hint(Input::NoFormatHint));
        }
        Some(value) => {
            let version = value
                .get_ref()
                .as_integer()
                .and_then(|i| i.as_str().parse::<i64>().ok());
            if !version.is_some_and(|v| FORMAT_VERSIONS.contains(&v)) {
                return Err(source
                    .error_at(
                        value.span(),
                        Input::UnknownFormat {
                            typed: source.text[value.span()].to_string(),
                            versions: versions(),
                        },
                    )
                    .with_hint(Input::UnknownFormatHint));
            }
        }
    }
    check_limits(source, table.get_ref())?;
    Ok(table)
}

/// Refuses text values and arrays beyond sane sizes, at their location.
fn check_limits(source: &Source, table: &toml::de::DeTable) -> Result<(), Diagnostic> {
    let mut stack: Vec<&toml::Spanned<toml::de::DeValue>> = table.values().collect();
    while let Some(value) = stack.pop() {
        let at = value.span().start..value.span().start + 1;
        match value.get_ref() {
            toml::de::DeValue::String(text) if text.chars().count() > MAX_TEXT_CHARS => {
                let count = text.chars().count();
                return Err(source
                    .error_at(
                        at,
                        Reading::TextTooLong {
                            count: count as u64,
                            most: MAX_TEXT_CHARS as u64,
                        },
                    )
                    .with_hint(Reading::TextTooLongHint));
            }
            toml::de::DeValue::Array(items) if items.len() > MAX_ITEMS => {
                let count = items.len();
                return Err(source.error_at(
                    at,
                    Reading::ArrayTooLong {
                        count: count as u64,
                        most: MAX_ITEMS as u64,
                    },
                ));
            }
            toml::de::DeValue::Array(items) => stack.extend(items.iter()),
            toml::de::DeValue::Table(t) => stack.extend(t.values()),
            _ => {}
        }
    }
    Ok(())
}

/// Lists the supported format versions for messages.
fn versions() -> String {
    FORMAT_VERSIONS
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Turns a TOML or serde error into a diagnostic, with a key path; the mistakes people
/// make (an unknown key's nearest name included) are told by [`crate::input::mistakes`].
pub(crate) fn toml_error(
    source: &Source,
    error: &toml::de::Error,
    path: Option<String>,
) -> Diagnostic {
    let message = error.message().trim().to_string();
    // The parser's recursion limit comes without a place: the deepest key is the place.
    let span = error
        .span()
        .or_else(|| {
            message
                .contains("recursion limit")
                .then(|| deepest_key(&source.text))
        })
        .unwrap_or(0..0);
    let path = path.filter(|p| !p.is_empty() && p != ".");
    let section = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
        .filter(|_| path.is_none());
    if let Some(section) = section {
        // A whole section is missing: say so in the format's words, not serde's.
        return source
            .error_at(
                span,
                Input::NoSection {
                    section: section.to_string(),
                },
            )
            .with_hint(Input::NoSectionHint {
                section: section.to_string(),
            });
    }
    let recognised = match &path {
        Some(path) => crate::input::mistakes::value(&source.text, path, &message, span.clone()),
        None => crate::input::mistakes::syntax(&source.text, span.clone(), &message),
    };
    if let Some(mistake) = recognised {
        let mut diagnostic = source.error_at(mistake.span, mistake.message);
        diagnostic.hints = mistake.hints;
        return diagnostic;
    }
    // The parser's own words, inside the key path when there is one.
    let located = match &path {
        Some(path) => Input::AtKey {
            key: path.clone(),
            what: Box::new(Msg::Foreign(message.clone())),
        }
        .into(),
        None => Msg::Foreign(message.clone()),
    };
    let mut diagnostic = source.error_at(span, located);
    if message.contains("recursion limit") {
        diagnostic = diagnostic.with_hint(Reading::NestedTooDeep);
    }
    diagnostic
}

/// The span of the key with the most dotted parts (`a.b.c = 1`, `[a.b.c]`), where a
/// nesting too deep for the parser is; dots inside quotes count too, which only matters
/// for the rare key that holds one.
fn deepest_key(text: &str) -> Range<usize> {
    let mut best = (0, 0..0);
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let start = offset + (line.len() - trimmed.len());
        let key = if trimmed.starts_with('[') {
            trimmed.split(']').next().unwrap_or_default()
        } else if trimmed.starts_with('#') {
            ""
        } else {
            trimmed.split('=').next().unwrap_or_default()
        };
        let depth = key.matches('.').count();
        if depth > best.0 {
            best = (depth, start..start + key.trim_end().len());
        }
        offset += line.len();
    }
    best.1
}

/// Text that must not be empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text(pub String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        if text.trim().is_empty() {
            return Err(serde::de::Error::custom(
                "this text is required and may not be empty",
            ));
        }
        Ok(Self(text))
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A speaker id: lower-case letters, digits and `-`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Id(pub String);

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let id = String::deserialize(deserializer)?;
        let valid = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
            return Err(serde::de::Error::custom(format!(
                "`{id}` is not a valid id: use lower-case letters, digits and `-`"
            )));
        }
        Ok(Self(id))
    }
}

/// A whole briefing file, format 1 or 2.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Briefing {
    /// The format version, checked before anything else.
    pub format: i64,
    /// Who holds the briefing.
    pub organization: Organization,
    /// The briefing itself.
    pub event: Event,
    /// The media advisory sent before the event.
    pub advisory: Option<Advisory>,
    /// The press release; absent until it is written.
    pub release: Option<Release>,
    /// Topics discussed.
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// Who speaks.
    #[serde(default)]
    pub speakers: Vec<Speaker>,
    /// The running order.
    #[serde(default)]
    pub agenda: Vec<AgendaItem>,
    /// Programmes presented.
    #[serde(default)]
    pub programmes: Vec<Programme>,
    /// Reports presented.
    #[serde(default)]
    pub reports: Vec<Report>,
    /// Media outlets that registered or came.
    #[serde(default)]
    pub attendance: Vec<Attendance>,
    /// Pieces published after the event.
    #[serde(default)]
    pub coverage: Vec<Coverage>,
    /// Photos for the kit and for newsrooms.
    #[serde(default)]
    pub photos: Vec<Photo>,
}

/// `[advisory]`: what the media advisory adds to the event.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advisory {
    /// Accreditation contact; defaults to the release contact.
    pub contact: Option<Contact>,
    /// Accreditation or registration deadline: a local or offset date-time.
    pub deadline: Option<Datetime>,
    /// "Did you know" lines that open the invitation.
    #[serde(default)]
    pub facts: Vec<Text>,
    /// Interviews, photo opportunities, site visits.
    #[serde(default)]
    pub opportunities: Vec<Text>,
    /// Codes of the languages interpreted at the event.
    #[serde(default)]
    pub interpretation: Vec<Text>,
}

/// `[organization]`: the letterhead.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    /// Full name.
    pub name: Text,
    /// Acronym used in running text.
    pub short_name: Option<String>,
    /// Line under the name on the letterhead.
    pub tagline: Option<String>,
    /// Issuing office.
    pub office: Option<String>,
    /// City of the office.
    pub city: Option<String>,
    /// Country of the office.
    pub country: Option<String>,
    /// Web address.
    pub website: Option<String>,
    /// Contact email.
    pub email: Option<String>,
    /// Contact phone.
    pub phone: Option<String>,
    /// Logo file, relative to the briefing.
    pub logo: Option<String>,
    /// The "About" paragraph closing a release.
    pub about: Option<String>,
}

/// `[event]`: what, when and where.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Title of the briefing.
    pub title: Text,
    /// Kind of event; default "Press briefing" in the briefing's language.
    pub kind: Option<String>,
    /// Series it belongs to.
    pub series: Option<String>,
    /// Local date: the first day.
    pub date: Datetime,
    /// Local date of the last day, for an event of several days.
    pub end_date: Option<Datetime>,
    /// Local start time.
    pub time: Option<Datetime>,
    /// Local end time (of the last day).
    pub end_time: Option<Datetime>,
    /// Venue.
    pub venue: Option<String>,
    /// City.
    pub city: Option<String>,
    /// Country.
    pub country: Option<String>,
    /// Language code: `en`, `ru` or `kk`.
    pub language: Option<String>,
}

/// `[release]`: the press release.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Release {
    /// Headline.
    pub headline: Text,
    /// Standfirst under the headline.
    pub summary: Option<String>,
    /// Paragraphs, in order.
    pub body: Vec<Text>,
    /// Offset date-time until which the release is embargoed.
    pub embargo: Option<Datetime>,
    /// The day the release is issued; default the event's last day.
    pub date: Option<Datetime>,
    /// The dateline's place when issued elsewhere; default the event's city.
    pub city: Option<String>,
    /// Media contact.
    pub contact: Option<Contact>,
    /// Quotes attributed to speakers.
    #[serde(default)]
    pub quotes: Vec<Quote>,
}

/// `release.contact`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Contact name.
    pub name: Text,
    /// Title or role.
    pub role: Option<String>,
    /// Organisation.
    pub organization: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
}

/// `[[release.quotes]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// Id of the speaker quoted (checked against the speakers by [`crate::input::model`], which
    /// tells a speaker's name written instead).
    pub speaker: Text,
    /// The quote.
    pub text: Text,
}

/// `[[topics]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Topic title.
    pub title: Text,
    /// A note on it.
    pub note: Option<String>,
}

/// `[[speakers]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    /// Unique id, referenced by quotes and agenda items.
    pub id: Id,
    /// Name.
    pub name: Text,
    /// "Mr.", "Dr." ...
    pub honorific: Option<String>,
    /// Role or title.
    pub role: Text,
    /// Organisation.
    pub organization: Option<String>,
    /// Bio paragraphs.
    pub bio: Option<Vec<Text>>,
    /// Photo file, relative to the briefing.
    pub photo: Option<String>,
    /// Credit printed with the photo.
    pub photo_credit: Option<String>,
}

/// `[[agenda]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    /// Local time.
    pub time: Option<Datetime>,
    /// What happens.
    pub item: Text,
    /// Id of the speaker.
    pub speaker: Option<Text>,
}

/// `[[programmes]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    /// Title.
    pub title: Text,
    /// Funders.
    #[serde(default)]
    pub funders: Vec<Text>,
    /// Activities.
    #[serde(default)]
    pub activities: Vec<Text>,
    /// A note.
    pub note: Option<String>,
}

/// `[[reports]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Title.
    pub title: Text,
    /// Kind of report.
    pub kind: Option<String>,
    /// Year of publication.
    pub year: Option<i64>,
    /// Partners.
    #[serde(default)]
    pub partners: Vec<Text>,
    /// Funders.
    #[serde(default)]
    pub funders: Vec<Text>,
    /// Programme it belongs to.
    pub programme: Option<String>,
    /// Method.
    pub method: Option<String>,
    /// Where to find it.
    pub url: Option<String>,
}

/// `[[attendance]]`: one outlet.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    /// Outlet name.
    pub outlet: Text,
    /// Kind of outlet.
    pub kind: OutletKind,
    /// How many people; default 1.
    pub people: Option<std::num::NonZeroU32>,
    /// Whether they came; absent: came (format 1), not recorded yet (format 2).
    pub present: Option<bool>,
    /// Website.
    pub website: Option<String>,
    /// Programme or column.
    pub programme: Option<String>,
    /// Names, for the sign-in record.
    #[serde(default)]
    pub journalists: Vec<Text>,
}

/// `[[coverage]]`: one published piece.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coverage {
    /// Outlet that published it.
    pub outlet: Text,
    /// Headline as published.
    pub headline: Text,
    /// Publication date.
    pub date: Datetime,
    /// Kind of outlet.
    pub kind: Option<OutletKind>,
    /// Link to the piece.
    pub url: Option<String>,
    /// Language code of the piece.
    pub language: Option<String>,
    /// Audience estimate.
    pub reach: Option<u64>,
    /// A note.
    pub note: Option<String>,
}

/// `[[photos]]`: a photo with its caption and credit.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Photo {
    /// Image file, relative to the briefing.
    pub file: String,
    /// Caption.
    pub caption: Text,
    /// Credit.
    pub credit: Text,
    /// Alternative text.
    pub alt: Text,
    /// Id of the speaker it shows.
    pub speaker: Option<Text>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &str) -> Source {
        Source {
            path: "b.toml".into(),
            text: text.into(),
        }
    }

    #[test]
    fn key_paths_print_like_toml_accessors() {
        let path = at("speakers").index(1).key("role");
        assert_eq!(path.to_string(), "speakers[2].role");
    }

    #[test]
    fn finds_spans_by_key_path() {
        let text = "format = 1\n[[speakers]]\nid = \"a\"\n[[speakers]]\nid = \"b\"\n";
        let span = span_of(text, &at("speakers").index(1).key("id"));
        assert_eq!(&text[span], "\"b\"");
        let missing = span_of(text, &at("speakers").index(5).key("id"));
        let whole = span_of(text, &at("speakers"));
        assert_eq!(missing, whole, "a missing index falls back to the array");
    }

    #[test]
    fn format_is_checked_first() {
        let e = parse(&source("format = 3\nnonsense = 1\n")).unwrap_err();
        assert!(
            e.message.en().contains("reads format 1, 2"),
            "{}",
            e.message
        );
        assert_eq!(e.location.unwrap().line, 1);
        let e = parse(&source("[event]\n")).unwrap_err();
        assert!(e.message.en().contains("no `format`"), "{}", e.message);
    }

    #[test]
    fn a_missing_section_is_named_in_the_formats_words() {
        let e = parse(&source(
            "format = 1\n[event]\ntitle = \"T\"\ndate = 2016-12-22\n",
        ))
        .unwrap_err();
        assert_eq!(
            e.message.en(),
            "this briefing has no [organization] section"
        );
    }

    #[test]
    fn each_section_and_each_table_is_read_on_its_own() {
        let text = "format = 1\n[organization]\nname = \"O\"\n[event]\ntitle = \"T\"\ndate = 2016-12-22\n\
                    [[speakers]]\nid = \"a\"\nname = \"A\"\nrole = \"R\"\n\
                    [[speakers]]\nid = \"b\"\nname = \"B\"\nrole = 5\n\
                    [[attendance]]\noutlet = \"X\"\nkind = \"newspaper\"\n";
        let Err(Unread::Partial(partial)) = parse_sections(&source(text)) else {
            panic!("two mistakes, read section by section");
        };
        let messages: Vec<String> = partial.errors.iter().map(|d| d.message.en()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(
            messages[0].starts_with("speakers[2].role (\"B\") is text"),
            "{messages:?}"
        );
        assert!(
            messages[1].starts_with("attendance[1].kind (\"X\"): `newspaper`"),
            "{messages:?}"
        );
        // The mistake the whole file's reading stops at is one of them, word for word.
        assert!(partial.errors.contains(&parse(&source(text)).unwrap_err()));
        let briefing = partial.briefing.expect("organization and event read");
        assert_eq!(briefing.speakers.len(), 1, "the speaker before the bad one");
        assert!(briefing.attendance.is_empty());
        assert_eq!(partial.left_out, ["speakers", "attendance"]);
    }

    #[test]
    fn suggests_nearest_key() {
        let e = parse(&source(
            "format = 1\n[organization]\nname = \"O\"\nnaem = \"P\"\n[event]\ntitle = \"T\"\ndate = 2016-12-22\n",
        ))
        .unwrap_err();
        assert_eq!(e.message.en(), "`naem` is not a key of [organization]");
        assert_eq!(e.hints[0].en(), "did you mean `name`?");
    }

    #[test]
    fn refuses_huge_values_and_arrays_at_their_place() {
        let long = format!(
            "format = 1\n[event]\ntitle = \"{}\"\n",
            "x".repeat(MAX_TEXT_CHARS + 1)
        );
        let e = parse(&source(&long)).unwrap_err();
        assert!(e.message.en().contains("characters"), "{}", e.message);
        assert_eq!(
            e.location.as_ref().map(|l| (l.line, l.column)),
            Some((3, 9))
        );
        let many = format!("format = 1\nx = [{}]\n", vec!["1"; MAX_ITEMS + 1].join(","));
        let e = parse(&source(&many)).unwrap_err();
        assert!(e.message.en().contains("items"), "{}", e.message);
        // At the array's opening bracket.
        assert_eq!(
            e.location.as_ref().map(|l| (l.line, l.column)),
            Some((2, 5))
        );
        let deep = format!(
            "format = 1\nx = {}{}\n",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        let e = parse(&source(&deep)).unwrap_err();
        assert_eq!(e.location.as_ref().map(|l| l.line), Some(2));
    }

    #[test]
    fn accepts_a_byte_order_mark_and_refuses_invalid_utf8() {
        let s =
            Source::from_bytes(Path::new("b.toml"), b"\xEF\xBB\xBFformat = 1".to_vec()).unwrap();
        assert_eq!(s.text, "format = 1");
        let e =
            Source::from_bytes(Path::new("b.toml"), b"a = 1\nb = \"\xFF\"".to_vec()).unwrap_err();
        assert!(e.message.en().contains("byte 11"), "{}", e.message);
        assert_eq!(e.location.unwrap().line, 2);
    }
}

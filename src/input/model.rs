//! Validation and resolution: a parsed [`briefing::Briefing`] becomes a [`Briefing`]
//! whose references are resolved, dates checked, assets read and every printed
//! character known to be in the shipped fonts.
//!
//! All errors found are reported together, each at its key's line and column.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use toml::value::Datetime;

use crate::diagnostic::Diagnostic;
use crate::input::briefing::{self, KeyPath, OutletKind, Source, Text, at};
use crate::input::outlets;
pub use crate::input::outlets::Outlet;
use crate::messages::{Msg, input::Input};
use crate::typeset::fonts;
use crate::vocab::Language;
use crate::vocab::{Asset, Date, Deadline, Embargo, Time};

/// Most people one outlet may send: more than any press briefing seats, far fewer than
/// would make the sign-in sheet a book (each person is a row of it).
pub const MAX_PEOPLE: u32 = 1_000;

/// Most rows the sign-in sheet may list (the people, or named journalists, of every
/// outlet together): about 200 pages.
pub const MAX_SIGN_IN_ROWS: usize = 5_000;

/// Most speakers a briefing may have: each is a page of bios and of the kit and a name
/// tent, all typeset at once (2,000 with 1,800-character bios passed 4 GiB).
pub const MAX_SPEAKERS: usize = 300;

/// Most characters the bios of all the speakers may hold together: what typesets within
/// the default memory limit (300 bios of 1,800 characters are 540,000).
pub const MAX_BIO_CHARS: usize = 600_000;

/// The earliest year a briefing's dates may hold: before it, a date is a typo (`0216`).
pub const MIN_YEAR: u16 = 1900;

/// The latest year a briefing's dates may hold: four digits, as PDF dates have.
pub const MAX_YEAR: u16 = 9999;

/// Largest image read for a logo or photo, in bytes.
pub const MAX_ASSET_BYTES: u64 = 16 * 1024 * 1024;

/// A speaker, with a resolved photo.
#[derive(Debug, Clone)]
pub struct Speaker {
    /// Id from the data.
    pub id: String,
    /// Name.
    pub name: String,
    /// Honorific.
    pub honorific: Option<String>,
    /// Role.
    pub role: String,
    /// Organisation.
    pub organization: Option<String>,
    /// Bio paragraphs as written (may be empty).
    pub bio: Vec<String>,
    /// Photo, when given.
    pub photo: Option<Asset>,
    /// Credit printed with the photo.
    pub photo_credit: Option<String>,
}

/// A quote, its speaker resolved to an index into [`Briefing::speakers`].
#[derive(Debug, Clone)]
pub struct Quote {
    /// Who said it.
    pub speaker: usize,
    /// What was said.
    pub text: String,
}

/// An agenda item.
#[derive(Debug, Clone)]
pub struct AgendaItem {
    /// Start time.
    pub time: Option<Time>,
    /// What happens.
    pub item: String,
    /// Who speaks, as an index into [`Briefing::speakers`].
    pub speaker: Option<usize>,
}

impl Outlet {
    /// Applies the defaults of format `format`: one person; present (format 1) or not
    /// recorded yet (format 2) when `present` is absent.
    fn new(row: usize, a: briefing::Attendance, format: i64) -> Self {
        let recorded = a.present.is_some() || format == 1;
        Outlet {
            row,
            name: a.outlet.0,
            kind: a.kind,
            people: a.people.map_or(1, |n| n.get()),
            people_known: a.people.is_some(),
            present: a.present.unwrap_or(format == 1),
            recorded,
            website: nonempty(a.website),
            programme: nonempty(a.programme),
            journalists: texts(a.journalists),
        }
    }
}

/// The press release, resolved.
#[derive(Debug, Clone)]
pub struct Release {
    /// Headline.
    pub headline: String,
    /// Standfirst.
    pub summary: Option<String>,
    /// Paragraphs.
    pub body: Vec<String>,
    /// Embargo, or immediate release when absent.
    pub embargo: Option<Embargo>,
    /// The day it is issued, when not the event's last day.
    pub date: Option<Date>,
    /// The dateline's place, when not the event's city.
    pub city: Option<String>,
    /// Media contact.
    pub contact: Option<briefing::Contact>,
    /// Quotes.
    pub quotes: Vec<Quote>,
}

/// The media advisory's own data, resolved.
#[derive(Debug, Clone, Default)]
pub struct Advisory {
    /// Accreditation contact as written (the release contact stands in when absent).
    pub contact: Option<briefing::Contact>,
    /// Accreditation deadline.
    pub deadline: Option<Deadline>,
    /// "Did you know" lines.
    pub facts: Vec<String>,
    /// Interviews, photo opportunities, site visits.
    pub opportunities: Vec<String>,
    /// Codes of the languages interpreted, lower case.
    pub interpretation: Vec<String>,
}

/// A published piece of coverage.
#[derive(Debug, Clone)]
pub struct Piece {
    /// Outlet.
    pub outlet: String,
    /// Headline as published.
    pub headline: String,
    /// Publication date.
    pub date: Date,
    /// Kind of outlet: as written, else that of the attending outlet it is linked to.
    pub kind: Option<OutletKind>,
    /// Link.
    pub url: Option<String>,
    /// Language code.
    pub language: Option<String>,
    /// Audience estimate.
    pub reach: Option<u64>,
    /// Note.
    pub note: Option<String>,
    /// The outlet of [`Briefing::attendance`] it is linked to by name.
    pub outlet_index: Option<usize>,
}

/// A photo for the kit and for newsrooms.
#[derive(Debug, Clone)]
pub struct Photo {
    /// The image.
    pub image: Asset,
    /// Caption.
    pub caption: String,
    /// Credit.
    pub credit: String,
    /// Alternative text.
    pub alt: String,
    /// The speaker it shows, as an index into [`Briefing::speakers`].
    pub speaker: Option<usize>,
}

/// The organisation, with its logo read.
#[derive(Debug, Clone)]
pub struct Organization {
    /// The organisation as written.
    pub data: briefing::Organization,
    /// Logo, when given.
    pub logo: Option<Asset>,
}

/// The event, with date and time checked.
#[derive(Debug, Clone)]
pub struct Event {
    /// The event as written.
    pub data: briefing::Event,
    /// Date: the first day.
    pub date: Date,
    /// The last day, when the event lasts several (never before `date`).
    pub end_date: Option<Date>,
    /// Start time.
    pub time: Option<Time>,
    /// End time (of the last day).
    pub end_time: Option<Time>,
    /// Language of the documents.
    pub language: Language,
}

impl Event {
    /// The last day: `end_date`, else the only day.
    pub fn last_day(&self) -> Date {
        self.end_date.unwrap_or(self.date)
    }

    /// Where it is held, as the overviews print it: venue and city, comma-separated,
    /// whichever are given (empty when neither is).
    pub fn place(&self) -> String {
        [self.data.venue.as_deref(), self.data.city.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A valid briefing, ready for the documents.
#[derive(Debug, Clone)]
pub struct Briefing {
    /// The file it came from.
    pub source: Source,
    /// Organisation.
    pub organization: Organization,
    /// Event.
    pub event: Event,
    /// Media advisory data (empty when the briefing has no `[advisory]`).
    pub advisory: Advisory,
    /// Press release, once written.
    pub release: Option<Release>,
    /// Topics.
    pub topics: Vec<briefing::Topic>,
    /// Speakers.
    pub speakers: Vec<Speaker>,
    /// Agenda.
    pub agenda: Vec<AgendaItem>,
    /// Programmes.
    pub programmes: Vec<briefing::Programme>,
    /// Reports.
    pub reports: Vec<briefing::Report>,
    /// The format version of the file (1 or 2).
    pub format: i64,
    /// Attendance: one entry per outlet, its rows merged ([`outlets::merge`]).
    pub attendance: Vec<Outlet>,
    /// The rows that write an outlet again, merged into its first.
    pub duplicate_outlets: Vec<outlets::Duplicate>,
    /// Coverage published after the event.
    pub coverage: Vec<Piece>,
    /// Photos.
    pub photos: Vec<Photo>,
    /// The fonts its documents may use: the shipped ones and those it adds.
    pub fonts: std::sync::Arc<fonts::FontSet>,
    /// The other languages its documents are archived in, from its translations (set by
    /// the archive's catalogue; empty for a briefing read from its file).
    pub translations: Vec<Language>,
}

impl Briefing {
    /// Every language its documents are written in: its own, then its translations'.
    pub fn languages(&self) -> Vec<Language> {
        std::iter::once(self.event.language)
            .chain(self.translations.iter().copied())
            .collect()
    }

    /// Every asset the briefing uses, for the typesetting world to serve.
    pub fn assets(&self) -> impl Iterator<Item = &Asset> {
        self.organization
            .logo
            .iter()
            .chain(self.speakers.iter().filter_map(|s| s.photo.as_ref()))
            .chain(self.photos.iter().map(|p| &p.image))
    }

    /// Whether attendance is recorded: some outlet's presence is (in format 2, while no
    /// `present` is written, the rows are registrations only).
    pub fn attendance_recorded(&self) -> bool {
        self.attendance.iter().any(|o| o.recorded)
    }

    /// The accreditation contact: the advisory's, else the release's.
    pub fn accreditation_contact(&self) -> Option<&briefing::Contact> {
        self.advisory
            .contact
            .as_ref()
            .or_else(|| self.release.as_ref().and_then(|r| r.contact.as_ref()))
    }
}

/// Warnings for coverage rows whose outlet is no `[[attendance]]` outlet's name but nearly
/// is (`Caravan` and `caravan.kz`, `Хабар` and `Телеканал «Хабар»`): such a piece is
/// counted as published without coming, which is likely wrong. Each names both places.
pub fn coverage_near_misses(briefing: &Briefing) -> Vec<Diagnostic> {
    /// Letters and digits only, lower case: `Телеканал «Хабар»` is `телеканалхабар`.
    fn bare(name: &str) -> String {
        name.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    }
    let text = &briefing.source.text;
    let mut warnings = Vec::new();
    for (i, piece) in briefing.coverage.iter().enumerate() {
        if piece.outlet_index.is_some() {
            continue;
        }
        let published = bare(&piece.outlet);
        let near = briefing.attendance.iter().position(|o| {
            let came = bare(&o.name);
            let (short, long) = if came.len() < published.len() {
                (&came, &published)
            } else {
                (&published, &came)
            };
            short.chars().count() >= 3
                && (long.contains(short.as_str())
                    || strsim::normalized_levenshtein(&came, &published) >= 0.8)
        });
        let Some(o) = near else {
            continue;
        };
        let path = at("coverage").index(i).key("outlet");
        let there = at("attendance")
            .index(briefing.attendance[o].row)
            .key("outlet");
        let line = crate::diagnostic::Location::of_span(text, briefing::span_of(text, &there)).line;
        warnings.push(
            briefing
                .source
                .error_at(
                    briefing::span_of(text, &path),
                    format!(
                        "{path}: `{}` is the name of no outlet of [[attendance]], but `{}` at line {line} nearly is",
                        piece.outlet, briefing.attendance[o].name
                    ),
                )
                .warning()
                .with_hint(format!(
                    "write the outlet as {there} writes it (`{}`) if it is the same, so that the piece is counted with it",
                    briefing.attendance[o].name
                )),
        );
    }
    warnings
}

/// A warning when the media advisory would give journalists no way to register: no
/// phone or email in the advisory's contact, the release's or the organisation's.
pub fn no_way_to_register(briefing: &Briefing) -> Option<Diagnostic> {
    let reachable = |c: &briefing::Contact| {
        [&c.email, &c.phone]
            .into_iter()
            .any(|v| v.as_deref().is_some_and(|t| !t.trim().is_empty()))
    };
    let org = &briefing.organization.data;
    let any = briefing.accreditation_contact().is_some_and(reachable)
        || [&org.email, &org.phone]
            .into_iter()
            .any(|v| v.as_deref().is_some_and(|t| !t.trim().is_empty()));
    if any {
        return None;
    }
    let text = &briefing.source.text;
    let path = if briefing::span_of(text, &at("advisory")) != (0..0) {
        at("advisory")
    } else {
        at("organization")
    };
    let span = briefing::span_of(text, &path);
    let span = span.start..span.start;
    Some(
        briefing
            .source
            .error_at(span, "the media advisory gives journalists no way to register: no phone or email anywhere")
            .warning()
            .with_hint("add `contact = { name = \"…\", phone = \"…\", email = \"…\" }` under [advisory], or `email`/`phone` under [organization]"),
    )
}

/// The city a release's dateline names: the release's own `city`, else the event's,
/// else the organisation's.
pub fn dateline_city(briefing: &Briefing) -> Option<&str> {
    briefing
        .release
        .as_ref()
        .and_then(|r| r.city.as_deref())
        .or(briefing.event.data.city.as_deref())
        .or(briefing.organization.data.city.as_deref())
}

/// The day a release is issued, for its dateline and the drafts' `Date`: the release's
/// own `date`, else the event's last day.
pub fn release_date(briefing: &Briefing) -> Date {
    briefing
        .release
        .as_ref()
        .and_then(|r| r.date)
        .unwrap_or_else(|| briefing.event.last_day())
}

/// A warning when the release's first paragraph opens with a dateline of its own: the
/// documents print theirs and leave the typed one out.
pub fn typed_dateline(briefing: &Briefing) -> Option<Diagnostic> {
    let first = briefing.release.as_ref()?.body.first()?;
    let lead = crate::typography::typed_dateline(first, dateline_city(briefing))?;
    let path = at("release").key("body").index(0);
    let span = briefing::span_of(&briefing.source.text, &path);
    Some(
        briefing
            .source
            .error_at(
                span.start..span.start,
                format!(
                    "`{path}` opens with a dateline (`{}`); the release prints its own, so this one is left out",
                    first[..lead].trim_end()
                ),
            )
            .warning()
            .with_hint("start the paragraph with the lead itself; presskit writes the city and the date"),
    )
}

/// The errors without those a misspelt table causes further down: with `[relase]` told
/// ("did you mean `release`?"), a `[release.contact]` below it makes a `release` of no
/// headline, whose "release has no `headline`" would only mislead.
fn without_echoes_of_misspelt_tables(errors: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let meant: Vec<String> = errors
        .iter()
        .filter(|d| matches!(d.message.input(), Some(Input::NotATable { .. })))
        .flat_map(|d| d.hints.iter())
        .filter_map(|h| match h.input() {
            Some(Input::DidYouMean { name }) => Some(name.clone()),
            _ => None,
        })
        .collect();
    errors
        .into_iter()
        .filter(|d| match d.message.input() {
            Some(Input::MissingRequiredKey { table, .. }) => !meant.contains(table),
            _ => true,
        })
        .collect()
}

/// Headlines past this many characters are warned of: a headline is read at a glance, and
/// `init`'s skeleton asks for under a hundred.
pub const LONG_HEADLINE: usize = 150;

/// A warning at `release.headline` when it is longer than [`LONG_HEADLINE`] characters.
pub fn long_headline(briefing: &Briefing) -> Option<Diagnostic> {
    let headline = &briefing.release.as_ref()?.headline;
    let length = headline.chars().count();
    if length <= LONG_HEADLINE {
        return None;
    }
    let path = at("release").key("headline");
    let span = briefing::span_of(&briefing.source.text, &path);
    Some(
        briefing
            .source
            .error_at(
                span.start..span.start,
                format!("the headline is {length} characters long; the release and the kit print it whole, over several lines"),
            )
            .warning()
            .with_hint("a headline is read at a glance: keep it under a hundred characters and move the rest into `summary` or the body"),
    )
}

/// Reads, parses and validates a briefing file, with the fonts of a `fonts/` folder
/// beside it.
pub fn load(path: &Path) -> Result<Briefing, Vec<Diagnostic>> {
    load_with_fonts(path, None)
}

/// Reads, parses and validates a briefing file, with the fonts of a `fonts/` folder
/// beside it and of `fonts` (`--fonts DIR`).
pub fn load_with_fonts(path: &Path, fonts: Option<&Path>) -> Result<Briefing, Vec<Diagnostic>> {
    let source = Source::read(path).map_err(|d| vec![d])?;
    let folders = fonts::folders_for(fonts, &source.folder());
    let fonts = fonts::with_added(&folders)?;
    validate_with_fonts(source, fonts)
}

/// Parses and validates the text of a briefing, with the shipped fonts.
pub fn validate(source: Source) -> Result<Briefing, Vec<Diagnostic>> {
    validate_with_fonts(source, fonts::shipped())
}

/// Parses and validates the text of a briefing whose documents may use `fonts`.
pub fn validate_with_fonts(
    source: Source,
    fonts: std::sync::Arc<fonts::FontSet>,
) -> Result<Briefing, Vec<Diagnostic>> {
    let mut v = Validator {
        source: &source,
        errors: Vec::new(),
        fonts: &fonts,
        speaker_names: Vec::new(),
    };
    let raw = match briefing::parse_sections(&source) {
        Ok(raw) => raw,
        Err(briefing::Unread::Unreadable(d)) => return Err(vec![d]),
        Err(briefing::Unread::Partial(partial)) => return Err(v.partial(*partial)),
    };
    v.check_glyphs();
    let briefing = v.resolve(raw);
    // In the order of the file, as an officer reads it from the top.
    v.errors
        .sort_by_key(|d| d.location.as_ref().map(|l| (l.line, l.column)));
    finished(v.errors, source, &fonts, briefing)
}

/// The briefing resolved from `source`, with the `fonts` its documents may use, when
/// validation found no error; the errors otherwise.
fn finished(
    errors: Vec<Diagnostic>,
    source: Source,
    fonts: &std::sync::Arc<fonts::FontSet>,
    briefing: Briefing,
) -> Result<Briefing, Vec<Diagnostic>> {
    if errors.is_empty() {
        Ok(Briefing {
            source,
            fonts: std::sync::Arc::clone(fonts),
            ..briefing
        })
    } else {
        Err(errors)
    }
}

/// Resolves the briefing `raw`, already parsed (a translation's texts laid over the
/// briefing of `source`), whose documents may use `fonts`.
pub fn resolve_parsed(
    source: Source,
    raw: briefing::Briefing,
    fonts: std::sync::Arc<fonts::FontSet>,
) -> Result<Briefing, Vec<Diagnostic>> {
    let mut v = Validator {
        source: &source,
        errors: Vec::new(),
        fonts: &fonts,
        speaker_names: Vec::new(),
    };
    let briefing = v.resolve(raw);
    finished(v.errors, source, &fonts, briefing)
}

/// The characters of the text values of `source` (a briefing or a translation) that no
/// font of `fonts` prints, each at its value.
pub fn glyph_errors(source: &Source, fonts: &fonts::FontSet) -> Vec<Diagnostic> {
    let mut v = Validator {
        source,
        errors: Vec::new(),
        fonts,
        speaker_names: Vec::new(),
    };
    v.check_glyphs();
    v.errors
}

/// Collects errors while resolving one briefing.
struct Validator<'a> {
    source: &'a Source,
    errors: Vec<Diagnostic>,
    /// The fonts the documents may use, for the glyph check.
    fonts: &'a fonts::FontSet,
    /// Each speaker's id and name, for the hints of a reference to no speaker.
    speaker_names: Vec<(String, String)>,
}

impl Validator<'_> {
    /// Records an error at the value at `path`.
    fn error(&mut self, path: &KeyPath, message: impl Into<Msg>) -> &mut Diagnostic {
        let span = briefing::span_of(&self.source.text, path);
        let message = Input::AtKey {
            key: path.to_string(),
            what: Box::new(message.into()),
        };
        self.errors.push(self.source.error_at(span, message));
        self.errors.last_mut().expect("just pushed")
    }

    /// Every mistake of a briefing some of whose values do not read: those, the
    /// characters no font prints (in the order of the file), then what the checks of
    /// [`Validator::resolve`] find in the sections that read. A reference to a speaker is
    /// not checked when speakers were left out
    /// (those after a speaker that does not read).
    fn partial(&mut self, partial: briefing::Partial) -> Vec<Diagnostic> {
        self.check_glyphs();
        let mut errors = partial.errors;
        errors.append(&mut self.errors);
        errors.sort_by_key(|d| d.location.as_ref().map(|l| (l.line, l.column)));
        if let Some(raw) = partial.briefing {
            self.resolve(raw);
            let speakers_left_out = partial.left_out.contains(&"speakers");
            errors.extend(self.errors.drain(..).filter(|d| {
                let unknown_speaker = matches!(d.message.input(), Some(Input::AtKey { what, .. })
                    if matches!(what.input(), Some(Input::UnknownSpeakerId { .. })));
                !(speakers_left_out && unknown_speaker)
            }));
        }
        // In the order of the file, as an officer reads it from the top.
        errors.sort_by_key(|d| d.location.as_ref().map(|l| (l.line, l.column)));
        without_echoes_of_misspelt_tables(errors)
    }

    /// Resolves every section, recording what is wrong.
    fn resolve(&mut self, raw: briefing::Briefing) -> Briefing {
        self.errors
            .extend(crate::input::links::address_errors(self.source, &raw));
        let speakers = self.speakers(raw.speakers);
        self.speaker_names = speakers
            .iter()
            .map(|s| (s.id.clone(), s.name.clone()))
            .collect();
        let ids: HashMap<String, usize> = speakers
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        let logo = raw
            .organization
            .logo
            .as_deref()
            .and_then(|p| self.asset(&at("organization").key("logo"), p));
        let (attendance, duplicate_outlets) =
            outlets::merge(self.attendance(raw.attendance, raw.format));
        Briefing {
            source: self.source.clone(),
            translations: Vec::new(),
            organization: Organization {
                data: raw.organization,
                logo,
            },
            event: self.event(raw.event),
            advisory: raw.advisory.map(|a| self.advisory(a)).unwrap_or_default(),
            release: raw.release.map(|r| self.release(r, &ids)),
            coverage: self.coverage(raw.coverage, &attendance),
            photos: self.photos(raw.photos, &ids),
            topics: raw.topics,
            agenda: raw
                .agenda
                .into_iter()
                .enumerate()
                .map(|(i, item)| {
                    let path = at("agenda").index(i);
                    AgendaItem {
                        time: item
                            .time
                            .and_then(|t| self.local_time(&path.key("time"), &t)),
                        item: item.item.0,
                        speaker: item
                            .speaker
                            .and_then(|id| self.speaker_ref(&path.key("speaker"), &id.0, &ids)),
                    }
                })
                .collect(),
            speakers,
            programmes: raw.programmes,
            reports: raw.reports,
            attendance,
            duplicate_outlets,
            format: raw.format,
            fonts: fonts::shipped(),
        }
    }

    /// Resolves the attendance list, bounding the people of each outlet
    /// ([`MAX_PEOPLE`]) and the rows they all make on the sign-in sheet
    /// ([`MAX_SIGN_IN_ROWS`]).
    fn attendance(&mut self, raw: Vec<briefing::Attendance>, format: i64) -> Vec<Outlet> {
        let outlets: Vec<Outlet> = raw
            .into_iter()
            .enumerate()
            .map(|(row, a)| Outlet::new(row, a, format))
            .collect();
        let mut rows = 0usize;
        let mut too_many = false;
        for (i, outlet) in outlets.iter().enumerate() {
            if outlet.people > MAX_PEOPLE {
                too_many = true;
                self.error(
                    &at("attendance").index(i).key("people"),
                    format!(
                        "{} people is more than one outlet can send; at most {MAX_PEOPLE}",
                        outlet.people
                    ),
                )
                .hints
                .push("count the people the outlet registered or sent".into());
            }
            rows += outlet.journalists.len().max(outlet.people as usize);
        }
        // Said of each outlet already when one passes its own bound.
        if rows > MAX_SIGN_IN_ROWS && !too_many {
            self.error(
                &at("attendance"),
                format!(
                    "the outlets register {rows} people, more than a sign-in sheet can list; at most {MAX_SIGN_IN_ROWS}"
                ),
            );
        }
        outlets
    }

    /// Checks the event's date, time and language.
    fn event(&mut self, event: briefing::Event) -> Event {
        let path = at("event");
        let date = self
            .local_date(&path.key("date"), &event.date)
            .unwrap_or(Date {
                year: 1970,
                month: 1,
                day: 1,
            });
        let time = event
            .time
            .as_ref()
            .and_then(|t| self.local_time(&path.key("time"), t));
        let end_date = event
            .end_date
            .as_ref()
            .and_then(|d| self.local_date(&path.key("end_date"), d))
            .filter(|&end| self.ends_after(&path.key("end_date"), date, end));
        let end_time = event
            .end_time
            .as_ref()
            .and_then(|t| self.local_time(&path.key("end_time"), t));
        if end_time.is_some() && event.time.is_none() {
            self.error(&path.key("end_time"), Input::EndTimeWithoutTime)
                .hints
                .push(Input::EndTimeWithoutTimeHint.into());
        }
        if let (Some(start), Some(end), None) = (time, end_time, end_date)
            && end <= start
        {
            let clock = |t: Time| format!("{:02}:{:02}", t.hour, t.minute);
            self.error(
                &path.key("end_time"),
                Input::EndTimeNotAfterStart {
                    end: clock(end),
                    start: clock(start),
                },
            )
            .hints
            .push(Input::EndTimeNotAfterStartHint.into());
        }
        let language = match event.language.as_deref() {
            None => Language::default(),
            Some(code) => Language::from_code(code).unwrap_or_else(|| {
                let known = Language::ALL
                    .iter()
                    .map(|l| format!("`{}`", l.code()))
                    .collect::<Vec<_>>();
                // A language written by its name, in any of the three ("русский").
                let folded = code.trim().to_lowercase();
                let named = Language::ALL.into_iter().find(|l| {
                    folded.chars().count() >= 3
                        && Language::ALL
                            .iter()
                            .map(|other| other.locale().language_name(l.code()))
                            .chain([l.locale().name.clone()])
                            .any(|name| name.to_lowercase().starts_with(&folded))
                });
                let hints = &mut self
                    .error(
                        &path.key("language"),
                        Input::UnknownLanguage {
                            code: code.to_string(),
                        },
                    )
                    .hints;
                // `kz` is Kazakhstan's country code, not its language's.
                if folded == "kz" {
                    hints.push(
                        Input::DidYouMean {
                            name: Language::Kk.code().into(),
                        }
                        .into(),
                    );
                }
                match named.or((folded == "kz").then_some(Language::Kk)) {
                    Some(l) => hints.push(
                        Input::WriteValue {
                            key: "language".into(),
                            value: l.code().into(),
                        }
                        .into(),
                    ),
                    None => hints.push(
                        Input::KnownLanguages {
                            languages: known.join(", "),
                        }
                        .into(),
                    ),
                }
                Language::default()
            }),
        };
        Event {
            data: event,
            date,
            end_date: end_date.filter(|&end| end != date),
            time,
            end_time,
            language,
        }
    }

    /// Whether an event's last day `end` is not before its first, `start`; records the
    /// error at `path` when it is.
    fn ends_after(&mut self, path: &KeyPath, start: Date, end: Date) -> bool {
        if end < start {
            self.error(
                path,
                Input::EndBeforeStart {
                    end: end.to_string(),
                    start: start.to_string(),
                },
            )
            .hints
            .push(
                Input::EndBeforeStartHint {
                    start: start.to_string(),
                }
                .into(),
            );
        }
        end >= start
    }

    /// Resolves the release's quotes and embargo.
    fn release(&mut self, release: briefing::Release, ids: &HashMap<String, usize>) -> Release {
        let path = at("release");
        if release.body.is_empty() {
            self.error(&path.key("body"), Input::NoParagraph);
        }
        let embargo = release
            .embargo
            .as_ref()
            .and_then(|e| self.embargo(&path.key("embargo"), e));
        let date = release
            .date
            .as_ref()
            .and_then(|d| self.local_date(&path.key("date"), d));
        let quotes = release
            .quotes
            .into_iter()
            .enumerate()
            .filter_map(|(i, q)| {
                let speaker = self.speaker_ref(
                    &path.key("quotes").index(i).key("speaker"),
                    &q.speaker.0,
                    ids,
                )?;
                Some(Quote {
                    speaker,
                    text: q.text.0,
                })
            })
            .collect();
        Release {
            headline: release.headline.0,
            summary: nonempty(release.summary),
            body: texts(release.body),
            embargo,
            date,
            city: nonempty(release.city),
            contact: release.contact,
            quotes,
        }
    }

    /// Checks the advisory's deadline and interpretation codes.
    fn advisory(&mut self, advisory: briefing::Advisory) -> Advisory {
        let path = at("advisory");
        let deadline = advisory
            .deadline
            .as_ref()
            .and_then(|d| self.deadline(&path.key("deadline"), d));
        let interpretation = advisory
            .interpretation
            .into_iter()
            .enumerate()
            .filter_map(|(i, code)| {
                let code = code.0.trim().to_lowercase();
                let valid =
                    (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_lowercase());
                if !valid {
                    self.error(
                        &path.key("interpretation").index(i),
                        Input::NotALanguageCode { code: code.clone() },
                    )
                    .hints
                    .push(Input::LanguageCodesHint.into());
                }
                valid.then_some(code)
            })
            .collect();
        Advisory {
            contact: advisory.contact,
            deadline,
            facts: texts(advisory.facts),
            opportunities: texts(advisory.opportunities),
            interpretation,
        }
    }

    /// Checks a deadline: a local date-time or one with a UTC offset (a date alone is
    /// read as that day).
    fn deadline(&mut self, path: &KeyPath, value: &Datetime) -> Option<Deadline> {
        use toml::value::Offset;
        match (value.date, value.time, value.offset) {
            (Some(d), time, offset) => Some(Deadline {
                date: Date {
                    year: d.year,
                    month: d.month,
                    day: d.day,
                },
                time: time.map(|t| Time {
                    hour: t.hour,
                    minute: t.minute,
                }),
                offset_minutes: offset.map(|o| match o {
                    Offset::Z => 0,
                    Offset::Custom { minutes } => minutes,
                }),
            }),
            (None, ..) => {
                self.error(
                    path,
                    Input::ExpectedMoment {
                        found: value.to_string(),
                    },
                );
                None
            }
        }
    }

    /// Checks coverage dates and links each piece to the attending outlet of its name.
    fn coverage(&mut self, coverage: Vec<briefing::Coverage>, attendance: &[Outlet]) -> Vec<Piece> {
        let by_key: HashMap<String, usize> = attendance
            .iter()
            .enumerate()
            .map(|(i, o)| (outlets::key(&o.name), i))
            .collect();
        coverage
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                let path = at("coverage").index(i);
                let date = self.local_date(&path.key("date"), &c.date).unwrap_or(Date {
                    year: 1970,
                    month: 1,
                    day: 1,
                });
                let outlet_index = by_key.get(&outlets::key(&c.outlet.0)).copied();
                Piece {
                    kind: c.kind.or_else(|| outlet_index.map(|o| attendance[o].kind)),
                    outlet: c.outlet.0,
                    headline: c.headline.0,
                    date,
                    url: nonempty(c.url),
                    language: nonempty(c.language),
                    reach: c.reach,
                    note: nonempty(c.note),
                    outlet_index,
                }
            })
            .collect()
    }

    /// Reads photos and resolves the speakers they show.
    fn photos(&mut self, photos: Vec<briefing::Photo>, ids: &HashMap<String, usize>) -> Vec<Photo> {
        photos
            .into_iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let path = at("photos").index(i);
                let speaker = p
                    .speaker
                    .and_then(|id| self.speaker_ref(&path.key("speaker"), &id.0, ids));
                let image = self.asset(&path.key("file"), &p.file)?;
                Some(Photo {
                    image,
                    caption: p.caption.0,
                    credit: p.credit.0,
                    alt: p.alt.0,
                    speaker,
                })
            })
            .collect()
    }

    /// Checks speaker ids for uniqueness and reads photos.
    fn speakers(&mut self, speakers: Vec<briefing::Speaker>) -> Vec<Speaker> {
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut out = Vec::with_capacity(speakers.len());
        if speakers.len() > MAX_SPEAKERS {
            let count = speakers.len();
            self.error(
                &at("speakers").index(MAX_SPEAKERS),
                format!("this briefing has {count} speakers; presskit typesets at most {MAX_SPEAKERS} (each is a page of bios, of the kit and a name tent)"),
            )
            .hints
            .push("a briefing's speakers are the people on the podium; list the others in the release or the programme".into());
        }
        let mut bio_chars = 0usize;
        for (i, s) in speakers.into_iter().enumerate() {
            let path = at("speakers").index(i);
            let before = bio_chars;
            bio_chars += s
                .bio
                .iter()
                .flatten()
                .map(|t| t.0.chars().count())
                .sum::<usize>();
            if before <= MAX_BIO_CHARS && bio_chars > MAX_BIO_CHARS {
                self.error(
                    &path.key("bio"),
                    format!("the bios reach {bio_chars} characters here; all the speakers' bios together may hold at most {MAX_BIO_CHARS}"),
                )
                .hints
                .push("shorten the bios: a bio in a press kit is a paragraph or two".into());
            }
            if let Some(first) = seen.insert(s.id.0.clone(), i) {
                self.error(
                    &path.key("id"),
                    Input::IdUsedTwice {
                        id: s.id.0.clone(),
                        first: at("speakers").index(first).to_string(),
                    },
                )
                .hints
                .push(Input::IdOfItsOwn.into());
            }
            let photo = s
                .photo
                .as_deref()
                .and_then(|p| self.asset(&path.key("photo"), p));
            out.push(Speaker {
                id: s.id.0,
                name: s.name.0,
                honorific: nonempty(s.honorific),
                role: s.role.0,
                organization: nonempty(s.organization),
                bio: s.bio.map(texts).unwrap_or_default(),
                photo,
                photo_credit: nonempty(s.photo_credit),
            });
        }
        out
    }

    /// Resolves a speaker id, recording an error when no speaker has it.
    fn speaker_ref(
        &mut self,
        path: &KeyPath,
        id: &str,
        ids: &HashMap<String, usize>,
    ) -> Option<usize> {
        let found = ids.get(id).copied();
        if found.is_none() {
            let mut known: Vec<&str> = ids.keys().map(String::as_str).collect();
            known.sort_unstable();
            let named: Vec<(usize, &(String, String))> = self
                .speaker_names
                .iter()
                .enumerate()
                .filter(|(_, (_, name))| names_match(id, name))
                .collect();
            let nearest = known
                .iter()
                .min_by_key(|k| strsim::levenshtein(id, k))
                .filter(|k| strsim::levenshtein(id, k) <= 3);
            let mut hints: Vec<Msg> = Vec::new();
            match (named.as_slice(), nearest) {
                ([(i, (sid, name))], _) => hints.push(
                    Input::SpeakerNamed {
                        typed: id.to_string(),
                        path: at("speakers").index(*i).to_string(),
                        name: name.to_string(),
                        id: sid.to_string(),
                    }
                    .into(),
                ),
                ([_, _, ..], _) => hints.push(
                    Input::SpeakersNamed {
                        typed: id.to_string(),
                        list: named
                            .iter()
                            .map(|(i, (sid, name))| {
                                Msg::from(Input::SpeakerOfList {
                                    path: at("speakers").index(*i).to_string(),
                                    name: name.to_string(),
                                    id: sid.to_string(),
                                })
                                .to_string()
                            })
                            .collect::<Vec<_>>()
                            .join("; "),
                    }
                    .into(),
                ),
                ([], Some(k)) => hints.push(
                    Input::DidYouMean {
                        name: k.to_string(),
                    }
                    .into(),
                ),
                ([], None) => {}
            }
            hints.push(Msg::from(if known.is_empty() {
                Input::NoSpeakers
            } else if named.is_empty() && nearest.is_none() {
                Input::SpeakerIds {
                    list: known.join(", "),
                }
            } else {
                Input::SpeakerNamedById {
                    list: known.join(", "),
                }
            }));
            self.error(path, Input::UnknownSpeakerId { id: id.to_string() })
                .hints
                .extend(hints);
        }
        found
    }

    /// Checks that a datetime is a date alone.
    fn local_date(&mut self, path: &KeyPath, value: &Datetime) -> Option<Date> {
        match (value.date, value.time, value.offset) {
            (Some(d), None, None) if !(MIN_YEAR..=MAX_YEAR).contains(&d.year) => {
                self.error(
                    path,
                    Input::YearOutOfRange {
                        year: d.year.to_string(),
                        from: MIN_YEAR.to_string(),
                        to: MAX_YEAR.to_string(),
                    },
                );
                None
            }
            (Some(d), None, None) => Some(Date {
                year: d.year,
                month: d.month,
                day: d.day,
            }),
            _ => {
                self.error(
                    path,
                    Input::ExpectedDate {
                        found: value.to_string(),
                    },
                );
                None
            }
        }
    }

    /// Checks that a datetime is a time of day alone.
    fn local_time(&mut self, path: &KeyPath, value: &Datetime) -> Option<Time> {
        match (value.date, value.time, value.offset) {
            (None, Some(t), None) => Some(Time {
                hour: t.hour,
                minute: t.minute,
            }),
            _ => {
                self.error(
                    path,
                    Input::ExpectedTime {
                        found: value.to_string(),
                    },
                );
                None
            }
        }
    }

    /// Checks that an embargo is a full date, time and UTC offset.
    fn embargo(&mut self, path: &KeyPath, value: &Datetime) -> Option<Embargo> {
        use toml::value::Offset;
        match (value.date, value.time, value.offset) {
            (Some(d), Some(t), Some(offset)) => Some(Embargo {
                date: Date {
                    year: d.year,
                    month: d.month,
                    day: d.day,
                },
                time: Time {
                    hour: t.hour,
                    minute: t.minute,
                },
                offset_minutes: match offset {
                    Offset::Z => 0,
                    Offset::Custom { minutes } => minutes,
                },
            }),
            _ => {
                self.error(
                    path,
                    Input::ExpectedEmbargo {
                        found: value.to_string(),
                    },
                )
                .hints
                .push(Input::EmbargoNeedsZone.into());
                None
            }
        }
    }

    /// Reads an image named relative to the briefing, refusing paths that leave its folder.
    fn asset(&mut self, path: &KeyPath, relative: &str) -> Option<Asset> {
        let key = path
            .0
            .iter()
            .rev()
            .find_map(|k| match k {
                briefing::Key::Name(name) => Some(name.to_string()),
                briefing::Key::Index(_) => None,
            })
            .unwrap_or_default();
        match read_asset(&self.source.folder(), relative, &key) {
            Ok(asset) => Some(asset),
            Err(refusal) => {
                let (message, hint) = *refusal;
                self.error(path, message).hints.push(hint.into());
                None
            }
        }
    }

    /// Checks every character of every printed string against the shipped fonts.
    fn check_glyphs(&mut self) {
        let Ok(root) = toml::de::DeTable::parse(&self.source.text) else {
            return;
        };
        let named = |path: &KeyPath, key: &str| path.key(key.to_string());
        let mut stack: Vec<(KeyPath, &toml::Spanned<toml::de::DeValue>)> = root
            .get_ref()
            .iter()
            .map(|(k, v)| (named(&KeyPath::default(), k.get_ref()), v))
            .collect();
        while let Some((path, value)) = stack.pop() {
            let leaf = path.0.iter().rev().find_map(|k| match k {
                briefing::Key::Name(name) => Some(name.as_ref()),
                briefing::Key::Index(_) => None,
            });
            match value.get_ref() {
                toml::de::DeValue::String(text)
                    if !matches!(leaf, Some("logo" | "photo" | "file")) =>
                {
                    // Templates may print a value in capitals (`upper`): its capital
                    // letters must print too (`ↄ` is in the fonts, `Ↄ` is not).
                    let capital_missing = |c: char| c.to_uppercase().any(|u| !self.fonts.prints(u));
                    if let Some(c) = text
                        .chars()
                        .find(|&c| !self.fonts.prints(c) || capital_missing(c))
                    {
                        let span = value.span();
                        let what = if self.fonts.prints(c) {
                            "whose capital letter no shipped font can print"
                        } else {
                            "which no shipped font can print"
                        };
                        self.errors.push(
                            self.source
                                .error_at(span, format!("{path} holds {} ({c}), {what}", unicode_name(c)))
                                .with_hint("replace or remove the character; the fonts cover Latin, Greek and Cyrillic (Kazakh included)")
                                .with_hint("or add a font that has it (TTF, OTF) in a fonts/ folder beside the briefing"),
                        );
                    }
                }
                toml::de::DeValue::Array(items) => {
                    stack.extend(items.iter().enumerate().map(|(i, v)| (path.index(i), v)))
                }
                toml::de::DeValue::Table(table) => {
                    stack.extend(table.iter().map(|(k, v)| (named(&path, k.get_ref()), v)));
                }
                _ => {}
            }
        }
        self.errors
            .sort_by_key(|d| d.location.as_ref().map(|l| (l.line, l.column)));
    }
}

/// Whether `typed` is a speaker's `name` or part of it (`Жанна` of `Жанна Ахметова`),
/// word by word, in any case.
fn names_match(typed: &str, name: &str) -> bool {
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| c.is_whitespace() || matches!(c, '.' | ','))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (typed, name) = (words(typed), words(name));
    !typed.is_empty() && typed.iter().all(|w| name.contains(w))
}

/// Names a character by its code point.
fn unicode_name(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// Drops optional text that is empty or only white space.
fn nonempty(text: Option<String>) -> Option<String> {
    text.filter(|t| !t.trim().is_empty())
}

/// Unwraps checked text values.
fn texts(values: Vec<Text>) -> Vec<String> {
    values.into_iter().map(|t| t.0).collect()
}

/// Why the file `relative` (its `parts`, under `folder`) cannot be found, in plain words
/// and with the path as the briefing writes it; the hint names a file of nearly that name
/// (another case, another extension, a letter off) when the folder has one, else what
/// the folder holds.
fn not_there(
    folder: &Path,
    parts: &[String],
    relative: &str,
    key: &str,
    error: &std::io::Error,
) -> (Input, Input) {
    let check = Input::CheckThePath;
    let relative_text = relative.to_string();
    if error.kind() == std::io::ErrorKind::PermissionDenied {
        return (
            Input::NotAllowedToRead {
                path: relative_text,
            },
            Input::NotAllowedToReadHint,
        );
    }
    if error.kind() != std::io::ErrorKind::NotFound {
        return (
            Input::CannotRead {
                path: relative_text,
                reason: plain_io_error(error),
            },
            check,
        );
    }
    // Walk the path: each part that is not there is replaced by its near miss, if any.
    let mut at = folder.to_path_buf();
    let mut found: Vec<String> = Vec::new();
    let mut missing: Option<(usize, Vec<String>)> = None;
    for (i, part) in parts.iter().enumerate() {
        if at.join(part).exists() {
            found.push(part.clone());
            at.push(part);
            continue;
        }
        let names: Vec<String> = std::fs::read_dir(&at)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| !n.starts_with('.'))
                    .collect()
            })
            .unwrap_or_default();
        if missing.is_none() {
            missing = Some((i, names.clone()));
        }
        match near_miss(part, &names) {
            Some(name) => {
                at.push(&name);
                found.push(name);
            }
            None => {
                found.clear();
                break;
            }
        }
    }
    let (index, names) = missing.unwrap_or((parts.len() - 1, Vec::new()));
    let shown_parent = parts[..index].join("/");
    let message = if index + 1 < parts.len() {
        Input::NoFolder {
            folder: parts[..=index].join("/"),
            path: relative_text,
        }
    } else {
        Input::NoFile {
            path: relative_text,
        }
    };
    let hint = if !found.is_empty() && at.is_file() {
        let fixed = found.join("/");
        Input::NearlyTheFile {
            line: format!("{key} = \"{fixed}\""),
            fixed,
        }
    } else {
        let mut names = names;
        names.sort();
        match names.len() {
            0 => check,
            n if n <= 8 && shown_parent.is_empty() => Input::FolderHolds {
                names: names.join(", "),
            },
            n if n <= 8 => Input::SubfolderHolds {
                folder: shown_parent,
                names: names.join(", "),
            },
            _ => check,
        }
    };
    (message, hint)
}

/// The name among `names` that `wanted` nearly is: the same letters in another case,
/// another image extension (`.jpeg` for `.jpg`), or one or two letters off in a long
/// name; `None` when no one name is that near.
fn near_miss(wanted: &str, names: &[String]) -> Option<String> {
    let fold = |n: &str| n.to_lowercase();
    let stem = |n: &str| {
        let n = fold(n);
        match n.rsplit_once('.') {
            Some((stem, "jpg" | "jpeg" | "png" | "svg")) => stem.to_string(),
            _ => n,
        }
    };
    let wanted_folded = fold(wanted);
    if let Some(n) = names.iter().find(|n| fold(n) == wanted_folded) {
        return Some(n.clone());
    }
    let same_stem: Vec<&String> = names.iter().filter(|n| stem(n) == stem(wanted)).collect();
    if let [one] = same_stem.as_slice() {
        return Some((*one).clone());
    }
    let limit = (wanted.chars().count() / 5).clamp(1, 2);
    let mut close: Vec<(usize, &String)> = names
        .iter()
        .map(|n| (strsim::damerau_levenshtein(&fold(n), &wanted_folded), n))
        .filter(|(d, _)| *d <= limit)
        .collect();
    close.sort();
    match close.as_slice() {
        [(d, n)] => (*d > 0).then(|| (*n).clone()),
        [(d, n), (e, _), ..] if d < e => Some((*n).clone()),
        _ => None,
    }
}

/// An input/output error in words, without the operating system's code.
fn plain_io_error(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.rsplit_once(" (os error") {
        Some((words, _)) => words.to_lowercase(),
        None => text,
    }
}

/// Reads an image relative to `folder`, which it may not leave (symbolic links included);
/// `key` names it in the hints (`photo`).
fn read_asset(folder: &Path, relative: &str, key: &str) -> Result<Asset, Box<(Input, Input)>> {
    let inside = Input::PathsStayInside;
    let path = || relative.to_string();
    // A path from the disk (`C:/Users/…/photo.jpg`): the file is copied beside the
    // briefing and named from there.
    let copy = || {
        let file = relative.rsplit(['/', '\\']).next().unwrap_or(relative);
        Input::CopyIntoFolder {
            file: file.to_string(),
            line: format!("{key} = \"{file}\""),
        }
    };
    let drive =
        relative.get(1..2) == Some(":") && relative.starts_with(|c: char| c.is_ascii_alphabetic());
    if drive {
        return Err((Input::PathAbsolute { path: path() }, copy()).into());
    }
    let rel = Path::new(relative);
    let mut parts: Vec<String> = Vec::new();
    for component in rel.components() {
        match component {
            Component::Normal(part) => {
                let name = part.to_string_lossy().into_owned();
                // Restored from the archive on a Windows PC, the file must be writable.
                if crate::output::portable::refusal(&name).is_some() {
                    let rename = Input::RenameForWindows {
                        key: key.to_string(),
                    };
                    return Err((Input::PathNotPortable { path: path(), name }, rename).into());
                }
                parts.push(name)
            }
            Component::CurDir => {}
            Component::ParentDir => {
                if parts.pop().is_none() {
                    return Err((Input::PathLeavesFolder { path: path() }, inside).into());
                }
            }
            Component::RootDir | Component::Prefix(_) => {
                return Err((Input::PathAbsolute { path: path() }, copy()).into());
            }
        }
    }
    if parts.is_empty() {
        return Err((Input::PathNamesNoFile { path: path() }, inside).into());
    }
    let joined: PathBuf = parts
        .iter()
        .fold(folder.to_path_buf(), |p, part| p.join(part));
    let not_found = |e: std::io::Error| not_there(folder, &parts, relative, key, &e);
    let real = joined.canonicalize().map_err(not_found)?;
    let root = folder.canonicalize().map_err(not_found)?;
    if !real.starts_with(&root) {
        return Err((Input::PathThroughLink { path: path() }, inside).into());
    }
    let meta = std::fs::metadata(&real).map_err(not_found)?;
    if !meta.is_file() {
        return Err((Input::PathNotAFile { path: path() }, inside).into());
    }
    if meta.len() > MAX_ASSET_BYTES {
        return Err((
            Input::ImageTooLarge {
                path: path(),
                bytes: meta.len().to_string(),
                most: MAX_ASSET_BYTES.to_string(),
            },
            Input::ImageTooLargeHint,
        )
            .into());
    }
    // A file that cannot be opened (no right to read it) is told in words, not the OS's.
    std::fs::File::open(&real).map_err(not_found)?;
    let bytes = crate::input::bounded::read(&real, MAX_ASSET_BYTES).map_err(|e| {
        (
            Input::AtKey {
                key: format!("`{relative}`"),
                what: Box::new(Msg::Foreign(e.to_string())),
            },
            Input::CheckThePath,
        )
    })?;
    let kind = image_kind(&bytes);
    let extension = rel
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let expected = match extension.as_str() {
        "png" => "PNG",
        "jpg" | "jpeg" => "JPEG",
        "svg" => "SVG",
        _ => {
            return Err((
                Input::NotAnImageName { path: path() },
                Input::ImageNamesHint,
            )
                .into());
        }
    };
    if kind != Some(expected) {
        let message = match kind {
            Some(found) => Input::ImageOfAnotherFormat {
                path: path(),
                expected: expected.into(),
                found: found.into(),
            },
            None => Input::ImageNotAnImage {
                path: path(),
                expected: expected.into(),
            },
        };
        return Err((message, Input::ExportAgainHint).into());
    }
    let asset = Asset {
        virtual_path: format!("/{}", parts.join("/")),
        bytes,
    };
    let kind = match expected {
        "PNG" => crate::input::image::Kind::Png,
        "JPEG" => crate::input::image::Kind::Jpeg,
        _ => crate::input::image::Kind::Svg,
    };
    crate::input::image::check(&asset, kind).map_err(|e| {
        (
            Input::AtKey {
                key: format!("`{relative}`"),
                what: Box::new(Msg::Foreign(e.to_string())),
            },
            Input::ExportAgainSizedHint,
        )
    })?;
    Ok(asset)
}

/// Recognises PNG, JPEG and SVG by their first bytes.
fn image_kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("PNG")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("JPEG")
    } else {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
        head.contains("<svg").then_some("SVG")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"format = 1
[organization]
name = "Org"
[event]
title = "T"
date = 2016-12-22
[release]
headline = "H"
body = ["P"]
[[speakers]]
id = "a"
name = "A"
role = "R"
"#;

    fn check(text: &str) -> Result<Briefing, Vec<Diagnostic>> {
        validate(Source {
            path: "dir/b.toml".into(),
            text: text.into(),
        })
    }

    fn first_error(text: &str) -> (usize, usize, String) {
        let errors = check(text).expect_err("should fail");
        let d = &errors[0];
        let at = d.location.as_ref().expect("a location");
        (at.line, at.column, d.message.en())
    }

    #[test]
    fn an_event_of_several_days_and_a_release_of_its_own_day_and_place() {
        let day = |year, month, day| Date { year, month, day };
        let b = check(&MINIMAL.replace(
            "date = 2016-12-22\n",
            "date = 2016-12-22\nend_date = 2016-12-23\ntime = 10:00:00\nend_time = 09:00:00\ncity = \"Almaty\"\n",
        ))
        .unwrap();
        assert_eq!(b.event.end_date, Some(day(2016, 12, 23)));
        assert_eq!(release_date(&b), day(2016, 12, 23), "the last day");
        assert_eq!(dateline_city(&b), Some("Almaty"));
        let b = check(&MINIMAL.replace(
            "body = [\"P\"]\n",
            "body = [\"P\"]\ndate = 2016-12-27\ncity = \"Vienna\"\n",
        ))
        .unwrap();
        assert_eq!(release_date(&b), day(2016, 12, 27));
        assert_eq!(dateline_city(&b), Some("Vienna"));
        // The same day as `date` is an event of one day.
        let b = check(&MINIMAL.replace(
            "date = 2016-12-22\n",
            "date = 2016-12-22\nend_date = 2016-12-22\n",
        ))
        .unwrap();
        assert_eq!(b.event.end_date, None);
        // On one day, the end comes after the start.
        let (line, column, message) = first_error(&MINIMAL.replace(
            "date = 2016-12-22\n",
            "date = 2016-12-22\ntime = 10:00:00\nend_time = 09:30:00\n",
        ));
        assert_eq!((line, column), (8, 12), "{message}");
        assert!(
            message
                .contains("event.end_time: the event ends at 09:30, not after it starts (10:00)"),
            "{message}"
        );
    }

    #[test]
    fn minimal_briefing_is_valid() {
        let b = check(MINIMAL).unwrap();
        assert_eq!(
            b.event.date,
            Date {
                year: 2016,
                month: 12,
                day: 22
            }
        );
        assert_eq!(b.event.language, Language::En);
    }

    #[test]
    fn unknown_speaker_in_quote_is_located() {
        let text = format!("{MINIMAL}[[release.quotes]]\nspeaker = \"b\"\ntext = \"Q\"\n");
        let (line, column, message) = first_error(&text);
        assert_eq!((line, column), (15, 11));
        assert!(message.contains("release.quotes[1].speaker"), "{message}");
    }

    #[test]
    fn duplicate_ids_point_at_the_second() {
        let text = format!("{MINIMAL}[[speakers]]\nid = \"a\"\nname = \"B\"\nrole = \"R\"\n");
        let (line, column, message) = first_error(&text);
        assert_eq!((line, column), (15, 6));
        assert!(
            message.contains("speakers[2].id") && message.contains("speakers[1]"),
            "{message}"
        );
    }

    #[test]
    fn wrong_types_and_missing_keys_are_located() {
        let (line, _, message) = first_error(&MINIMAL.replace("role = \"R\"", "role = 3"));
        assert_eq!(line, 13);
        assert!(message.contains("speakers[1].role"), "{message}");
        let (line, _, message) = first_error(&MINIMAL.replace("role = \"R\"\n", ""));
        assert!(
            message.contains("speakers[1] (\"A\") has no `role`, which is required"),
            "{message}"
        );
        assert!(line >= 10, "{line}");
        let (line, column, message) = first_error(&MINIMAL.replace("role = \"R\"", "role = \"\""));
        assert_eq!((line, column), (13, 8));
        assert!(message.contains("empty"), "{message}");
    }

    #[test]
    fn dates_must_be_local_dates() {
        let (line, column, message) =
            first_error(&MINIMAL.replace("2016-12-22", "2016-12-22T10:00:00"));
        assert_eq!((line, column), (6, 8));
        assert!(message.contains("event.date"), "{message}");
    }

    #[test]
    fn a_briefing_needs_no_release_and_its_advisory_is_resolved() {
        let text = MINIMAL.replace("[release]\nheadline = \"H\"\nbody = [\"P\"]\n", "")
            + "[advisory]\ndeadline = 2016-12-20T18:00:00\ninterpretation = [\"RU\", \"kk\"]\n";
        let b = check(&text).unwrap();
        assert!(b.release.is_none());
        assert_eq!(b.advisory.interpretation, ["ru", "kk"]);
        let deadline = b.advisory.deadline.unwrap();
        assert_eq!(
            (deadline.date.day, deadline.time.map(|t| t.hour)),
            (20, Some(18))
        );
        assert_eq!(deadline.offset_minutes, None);
        let (line, column, message) =
            first_error(&text.replace("\"RU\", \"kk\"", "\"kk\", \"Russian\""));
        assert_eq!((line, column), (13, 25));
        assert!(message.contains("advisory.interpretation[2]"), "{message}");
    }

    #[test]
    fn a_coverage_outlet_that_nearly_names_an_attending_one_is_warned_of_at_both_places() {
        let text = format!(
            "{MINIMAL}[[attendance]]\noutlet = \"caravan.kz\"\nkind = \"online\"\n\
             [[coverage]]\noutlet = \"Caravan\"\nheadline = \"H\"\ndate = 2016-12-23\n\
             [[coverage]]\noutlet = \"Vremya\"\nheadline = \"H\"\ndate = 2016-12-23\n"
        );
        let b = check(&text).unwrap();
        let warnings = coverage_near_misses(&b);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        let w = &warnings[0];
        assert_eq!(
            w.location.as_ref().map(|l| (l.line, l.column)),
            Some((18, 10))
        );
        assert!(
            w.message.en().contains("`Caravan`")
                && w.message.en().contains("`caravan.kz` at line 15"),
            "{}",
            w.message
        );
    }

    #[test]
    fn coverage_links_to_the_attending_outlet_and_takes_its_kind() {
        let text = format!(
            "{MINIMAL}[[attendance]]\noutlet = \"Caravan\"\nkind = \"print\"\n\
             [[coverage]]\noutlet = \" caravan \"\nheadline = \"H\"\ndate = 2016-12-23\n\
             [[coverage]]\noutlet = \"Khabar\"\nheadline = \"H\"\ndate = 2016-12-23\nkind = \"television\"\n"
        );
        let b = check(&text).unwrap();
        assert_eq!(b.coverage[0].outlet_index, Some(0));
        assert_eq!(b.coverage[0].kind, Some(OutletKind::Print));
        assert_eq!(b.coverage[1].outlet_index, None);
        assert_eq!(b.coverage[1].kind, Some(OutletKind::Television));
        let (line, _, message) =
            first_error(&text.replace("2016-12-23\n[[coverage]]", "\"2016-12-23\"\n[[coverage]]"));
        assert_eq!(line, 20);
        assert!(message.contains("coverage[1].date"), "{message}");
    }

    #[test]
    fn a_language_written_by_its_name_gets_its_code_to_write() {
        for (written, code) in [("русский", "ru"), ("Қазақ", "kk"), ("English", "en")] {
            let errors = check(&MINIMAL.replace(
                "date = 2016-12-22",
                &format!("date = 2016-12-22\nlanguage = \"{written}\""),
            ))
            .unwrap_err();
            assert_eq!(
                errors[0]
                    .hints
                    .iter()
                    .map(crate::messages::Msg::en)
                    .collect::<Vec<_>>(),
                [format!("write language = \"{code}\"")],
                "{written}"
            );
        }
    }

    #[test]
    fn unknown_language_is_located() {
        let (line, column, message) = first_error(
            &MINIMAL.replace("date = 2016-12-22", "date = 2016-12-22\nlanguage = \"de\""),
        );
        assert_eq!((line, column), (7, 12));
        assert!(message.contains("unknown language `de`"), "{message}");
    }

    #[test]
    fn uncovered_characters_are_located() {
        let (line, column, message) =
            first_error(&MINIMAL.replace("title = \"T\"", "title = \"T 漢字\""));
        assert_eq!((line, column), (5, 9));
        assert!(
            message.starts_with("event.title holds U+6F22 (漢)"),
            "{message}"
        );
    }

    #[test]
    fn a_file_not_there_is_told_in_words_with_its_near_miss() {
        let names = |list: &[&str]| list.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        let near = |wanted: &str, list: &[&str]| near_miss(wanted, &names(list));
        assert_eq!(
            near("portrait.jpg", &["portrait.JPG", "team.jpg"]).as_deref(),
            Some("portrait.JPG")
        );
        assert_eq!(
            near("portrait.jpg", &["portrait.jpeg"]).as_deref(),
            Some("portrait.jpeg")
        );
        assert_eq!(
            near("portrait.jpg", &["protrait.jpg"]).as_deref(),
            Some("protrait.jpg")
        );
        assert_eq!(
            near("a.png", &["b.png", "c.png"]),
            None,
            "two as near: no guess"
        );
        assert_eq!(near("logo.png", &["emblem.svg"]), None);
        let dir = tempfile::tempdir().unwrap();
        let parts = names(&["photos", "x.jpg"]);
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        let (message, _) = not_there(dir.path(), &parts, "photos/x.jpg", "photo", &denied);
        assert_eq!(
            Msg::from(message).en(),
            "`photos/x.jpg` is there, but presskit is not allowed to read it"
        );
        let gone = std::io::Error::from(std::io::ErrorKind::NotFound);
        let (message, hint) = not_there(dir.path(), &parts, "photos/x.jpg", "photo", &gone);
        let hint = Msg::from(hint).en();
        assert_eq!(
            Msg::from(message).en(),
            "there is no folder `photos` in the briefing's folder, so no `photos/x.jpg`"
        );
        assert!(!hint.contains("os error"), "{hint}");
    }

    #[test]
    fn asset_paths_stay_inside_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("logo.png"),
            crate::input::image::ONE_PIXEL_PNG,
        )
        .unwrap();
        std::fs::write(dir.path().join("fake.png"), b"GIF89a").unwrap();
        assert_eq!(
            read_asset(dir.path(), "./logo.png", "logo")
                .unwrap()
                .virtual_path,
            "/logo.png"
        );
        assert!(matches!(
            read_asset(dir.path(), "../logo.png", "logo").unwrap_err().0,
            Input::PathLeavesFolder { .. }
        ));
        assert!(matches!(
            read_asset(dir.path(), "/etc/passwd", "logo").unwrap_err().0,
            Input::PathAbsolute { .. }
        ));
        assert!(matches!(
            read_asset(dir.path(), "fake.png", "logo").unwrap_err().0,
            Input::ImageNotAnImage { .. }
        ));
        let huge = std::fs::File::create(dir.path().join("huge.png")).unwrap();
        huge.set_len(MAX_ASSET_BYTES + 1).unwrap();
        assert!(matches!(
            read_asset(dir.path(), "huge.png", "logo").unwrap_err().0,
            Input::ImageTooLarge { .. }
        ));
        assert_eq!(
            read_asset(dir.path(), "C:/Users/aliya/photo.jpg", "photo")
                .unwrap_err()
                .1,
            Input::CopyIntoFolder {
                file: "photo.jpg".into(),
                line: "photo = \"photo.jpg\"".into()
            }
        );
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("/etc/hostname", dir.path().join("link.png")).unwrap();
            assert!(matches!(
                read_asset(dir.path(), "link.png", "logo").unwrap_err().0,
                Input::PathThroughLink { .. }
            ));
        }
    }
}

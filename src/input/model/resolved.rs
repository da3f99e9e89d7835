//! The types the documents read: a briefing with its references resolved, its dates
//! checked and its images read, and what it says without a second look (the dateline's
//! city, the release's day).

use crate::input::briefing::{self, OutletKind, Source};
use crate::input::outlets;
use crate::input::outlets::Outlet;
use crate::typeset::fonts;
use crate::vocab::Language;
use crate::vocab::{Asset, Date, Deadline, Embargo, Time};

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
    /// Every language its documents are written in, its own and its translations', as
    /// Kazakhstan's bilingual documents list them: Kazakh, then Russian, then English.
    pub fn languages(&self) -> Vec<Language> {
        let mut all: Vec<Language> = std::iter::once(self.event.language)
            .chain(self.translations.iter().copied())
            .collect();
        all.sort_by_key(|l| l.bilingual_rank());
        all
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

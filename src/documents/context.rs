//! What the templates see: one typed, serialisable context built from a validated
//! briefing, with every date, number and fixed word already in the briefing's language.
//!
//! Values are plain text here; the escaping to Typst happens in [`crate::render`], at
//! the moment a template prints them.

use serde::Serialize;

use crate::documents::indicators::{Attendance, Reach, piece_kind};
use crate::documents::locale::{Locale, Words, fill};
use crate::input::briefing::{self, OutletKind};
use crate::input::model::{Briefing, Outlet, Release};
use crate::vocab::{Asset, Language, Paper};

/// Everything a template can print, shared by every document of one briefing.
#[derive(Debug, Serialize)]
pub struct Context<'a> {
    /// Typst language code of the documents.
    pub lang: &'static str,
    /// Whether to hyphenate.
    pub hyphenate: bool,
    /// Typst paper name.
    pub paper: &'static str,
    /// Fixed words in the briefing's language.
    pub words: &'a Words,
    /// The issuing organisation.
    pub organization: OrganizationContext<'a>,
    /// The event.
    pub event: EventContext,
    /// The media advisory's additions.
    pub advisory: AdvisoryContext,
    /// The press release, once written.
    pub release: Option<ReleaseContext>,
    /// Topics.
    pub topics: Vec<TopicContext<'a>>,
    /// Speakers.
    pub speakers: Vec<SpeakerContext<'a>>,
    /// Agenda.
    pub agenda: Vec<AgendaContext<'a>>,
    /// Programmes.
    pub programmes: Vec<ProgrammeContext<'a>>,
    /// Reports.
    pub reports: Vec<ReportContext<'a>>,
    /// Attendance.
    pub attendance: AttendanceContext<'a>,
    /// Coverage published after the event.
    pub coverage: Vec<PieceContext<'a>>,
    /// What the coverage adds up to.
    pub coverage_totals: CoverageTotals,
    /// The news item's own texts: lead, facts, quote, what was presented.
    pub news: crate::documents::news::NewsContext,
    /// Photos with captions and credits.
    pub photos: Vec<PhotoContext<'a>>,
    /// Whether there is an agenda, topics, programmes or reports: the kit's fact sheets.
    pub has_facts: bool,
}

/// What the media advisory adds to the event.
#[derive(Debug, Serialize)]
pub struct AdvisoryContext {
    /// "Did you know" lines.
    pub facts: Vec<String>,
    /// Interviews, photo opportunities, site visits.
    pub opportunities: Vec<String>,
    /// Languages interpreted, named in the briefing's language and joined.
    pub interpretation: Option<String>,
    /// Accreditation deadline in words.
    pub deadline: Option<String>,
    /// Accreditation contact: the advisory's, else the release's.
    pub contact: Option<ContactContext>,
}

/// A name and how many times it counts.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Tally {
    /// What is counted.
    pub name: String,
    /// How many.
    pub count: usize,
}

/// What a briefing's coverage adds up to, for the attendance summary.
#[derive(Debug, Serialize, Default, PartialEq, Eq)]
pub struct CoverageTotals {
    /// How many pieces.
    pub pieces: usize,
    /// The reach of the pieces that give one, with digit groups; "at least" when some
    /// do not.
    pub reach: Option<String>,
    /// Pieces by kind of outlet, in the summaries' order of kinds (`Other` for a piece
    /// whose kind is not known).
    pub by_kind: Vec<Tally>,
    /// Pieces by language, in the order first met.
    pub by_language: Vec<Tally>,
    /// Outlets that came and published, in the coverage's order.
    pub came_and_published: Vec<String>,
    /// Outlets that published without coming (or without registering).
    pub published_without_coming: Vec<String>,
}

/// Adds up a briefing's coverage: pieces by kind and language, reach, and which outlets
/// that came published.
pub fn coverage_totals(b: &Briefing, locale: &Locale) -> CoverageTotals {
    let reach = Reach::of(&b.coverage);
    let mut totals = CoverageTotals {
        pieces: b.coverage.len(),
        ..CoverageTotals::default()
    };
    if b.coverage.is_empty() {
        return totals;
    }
    for kind in OutletKind::ALL {
        let n = b.coverage.iter().filter(|p| piece_kind(p) == kind).count();
        if n > 0 {
            totals.by_kind.push(Tally {
                name: locale.kind(kind).to_string(),
                count: n,
            });
        }
    }
    for piece in &b.coverage {
        let Some(code) = piece.language.as_deref() else {
            continue;
        };
        let name = locale.language_name(&code.trim().to_lowercase());
        match totals.by_language.iter_mut().find(|t| t.name == name) {
            Some(tally) => tally.count += 1,
            None => totals.by_language.push(Tally { name, count: 1 }),
        }
    }
    if reach.with_reach > 0 {
        let number = locale.number(reach.known);
        totals.reach = Some(if reach.complete() {
            number
        } else {
            fill(&locale.words.at_least, &[("count", &number)])
        });
    }
    // Who came is not known while attendance is not recorded: no split then.
    let pieces = if b.attendance_recorded() {
        b.coverage.as_slice()
    } else {
        &[]
    };
    for piece in pieces {
        let came = piece.outlet_index.is_some_and(|i| b.attendance[i].present);
        let list = if came {
            &mut totals.came_and_published
        } else {
            &mut totals.published_without_coming
        };
        let name = piece.outlet.trim().to_string();
        if !list.iter().any(|n| n.to_lowercase() == name.to_lowercase()) {
            list.push(name);
        }
    }
    totals
}

/// A published piece.
#[derive(Debug, Serialize)]
pub struct PieceContext<'a> {
    /// Outlet.
    pub outlet: &'a str,
    /// Headline.
    pub headline: &'a str,
    /// Publication date in words.
    pub date: String,
    /// Kind of outlet, in words.
    pub kind: Option<&'a str>,
    /// Link: a web address (`http`, `https`) only, so that a template may link it.
    pub url: Option<&'a str>,
    /// Language, in words.
    pub language: Option<String>,
    /// Audience estimate, with digit groups.
    pub reach: Option<String>,
    /// Note.
    pub note: Option<&'a str>,
}

/// A photo.
#[derive(Debug, Serialize)]
pub struct PhotoContext<'a> {
    /// Path of the image inside the briefing's folder.
    pub file: &'a str,
    /// Caption.
    pub caption: &'a str,
    /// Credit.
    pub credit: &'a str,
    /// Alternative text.
    pub alt: &'a str,
    /// Name of the speaker shown.
    pub speaker: Option<&'a str>,
}

/// What an HTML template sees: the context, the logo inlined as a `data:` URI (a web
/// page or an email carries no file beside it), and a greeting for mail drafts.
#[derive(Debug, Serialize)]
pub struct WebPage<'a> {
    /// Everything the other templates see, as they print it ([`printed`]).
    #[serde(flatten)]
    pub context: &'a serde_json::Value,
    /// The logo as a `data:` URI.
    pub logo_data: Option<String>,
    /// "Dear …," above the release, in a mail draft.
    pub greeting: Option<String>,
    /// The covering sentence under the greeting, in a mail draft.
    pub cover: Option<String>,
    /// The signature's lines under the release, in a mail draft.
    pub signature: Vec<String>,
    /// The same page in every language it is written in, this one included (for the
    /// `hreflang` links and the language switch); empty for a page in one language.
    pub alternates: Vec<Alternate>,
}

/// The web pages of a briefing told in several languages, for their links to each
/// other: each page by its document's name, with every language it is written in and
/// its file's name in that language (`press-release.kk.html`).
#[derive(Debug, Clone, Default)]
pub struct Alternates(pub Vec<(&'static str, Vec<(Language, String)>)>);

/// One language of a web page, as its language switch links to it.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    /// The language's code (`kk`), for `hreflang` and `lang`.
    pub lang: &'static str,
    /// The page's file name in that language, beside this one.
    pub href: String,
    /// The language's name in itself: Қазақша, Русский, English.
    pub name: &'static str,
    /// Whether this is the page's own language.
    pub current: bool,
}

impl Alternates {
    /// The languages of the page of the document `name` as the page in `current` links
    /// to them; empty when the page is written in one language only.
    pub fn of(&self, name: &str, current: Language) -> Vec<Alternate> {
        let Some((_, pages)) = self.0.iter().find(|(page, _)| *page == name) else {
            return Vec::new();
        };
        if pages.len() < 2 {
            return Vec::new();
        }
        pages
            .iter()
            .map(|(language, href)| Alternate {
                lang: language.code(),
                href: href.clone(),
                name: own_name(*language),
                current: *language == current,
            })
            .collect()
    }
}

/// A language's name in itself, as a language switch shows it to those who read it.
pub fn own_name(language: Language) -> &'static str {
    match language {
        Language::Kk => "Қазақша",
        Language::Ru => "Русский",
        Language::En => "English",
    }
}

impl<'a> WebPage<'a> {
    /// The page of `context`, made from `briefing`, with an optional greeting.
    pub fn new(
        context: &'a serde_json::Value,
        briefing: &Briefing,
        greeting: Option<String>,
    ) -> Self {
        Self {
            context,
            logo_data: briefing.organization.logo.as_ref().map(data_uri),
            greeting,
            cover: None,
            signature: Vec::new(),
            alternates: Vec::new(),
        }
    }

    /// The page with links to itself in its other languages.
    pub fn with_alternates(mut self, alternates: Vec<Alternate>) -> Self {
        self.alternates = alternates;
        self
    }

    /// The page as a mail draft's letter: with a covering sentence and a signature.
    pub fn letter(mut self, cover: String, signature: Vec<String>) -> Self {
        self.cover = Some(cover);
        self.signature = signature;
        self
    }
}

/// An image as a `data:` URI, its type told by its file name (already checked against its
/// contents).
fn data_uri(asset: &Asset) -> String {
    use base64::Engine;
    let extension = asset
        .virtual_path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let mime = match extension.as_str() {
        "png" => "image/png",
        "svg" => "image/svg+xml",
        _ => "image/jpeg",
    };
    format!(
        "data:{mime};base64,{}",
        base64::engine::general_purpose::STANDARD.encode(&asset.bytes)
    )
}

/// The organisation.
#[derive(Debug, Serialize)]
pub struct OrganizationContext<'a> {
    /// Full name.
    pub name: &'a str,
    /// Acronym, or the full name when there is none.
    pub short_name: &'a str,
    /// Tagline.
    pub tagline: Option<&'a str>,
    /// Issuing office.
    pub office: Option<&'a str>,
    /// "City, Country".
    pub place: Option<String>,
    /// Website.
    pub website: Option<&'a str>,
    /// Email.
    pub email: Option<&'a str>,
    /// Phone.
    pub phone: Option<&'a str>,
    /// Path of the logo inside the briefing's folder, for `image()`.
    pub logo: Option<&'a str>,
    /// "About" paragraph.
    pub about: Option<&'a str>,
}

/// The event, with date and time in words.
#[derive(Debug, Serialize)]
pub struct EventContext {
    /// Title.
    pub title: String,
    /// Kind of event.
    pub kind: String,
    /// Series.
    pub series: Option<String>,
    /// Date in the briefing's language; a range for an event of several days.
    pub date: String,
    /// Date (the first day) as YYYY-MM-DD.
    pub date_iso: String,
    /// Start time, or start and end time (`10:00–17:00`).
    pub time: Option<String>,
    /// Venue.
    pub venue: Option<String>,
    /// City.
    pub city: Option<String>,
    /// "Venue, City, Country", whatever of it is given.
    pub place: Option<String>,
}

/// The press release.
#[derive(Debug, Serialize)]
pub struct ReleaseContext {
    /// "For immediate release" or "Embargoed until ...".
    pub timing: String,
    /// Whether an embargo applies.
    pub embargoed: bool,
    /// "ALMATY, 22 December 2016".
    pub dateline: String,
    /// Headline.
    pub headline: String,
    /// Standfirst.
    pub summary: Option<String>,
    /// Paragraphs.
    pub body: Vec<String>,
    /// Quotes.
    pub quotes: Vec<QuoteContext>,
    /// Media contact.
    pub contact: Option<ContactContext>,
    /// Heading of the "About" paragraph.
    pub about_heading: String,
}

/// A quote with its marks and attribution.
#[derive(Debug, Serialize)]
pub struct QuoteContext {
    /// The quote inside the language's quotation marks.
    pub text: String,
    /// Speaker's name.
    pub name: String,
    /// Speaker's role, as it reads after the name.
    pub role: String,
}

/// The media contact.
#[derive(Debug, Serialize)]
pub struct ContactContext {
    /// Name.
    pub name: String,
    /// "Role, Organisation".
    pub role: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
}

/// A topic.
#[derive(Debug, Serialize)]
pub struct TopicContext<'a> {
    /// Title.
    pub title: &'a str,
    /// Note.
    pub note: Option<&'a str>,
}

/// A speaker.
#[derive(Debug, Serialize)]
pub struct SpeakerContext<'a> {
    /// Name.
    pub name: &'a str,
    /// Honorific and name, as a line starts with them.
    pub full_name: String,
    /// Role, as it reads after a name or a dash (templates capitalise it where it
    /// starts a line).
    pub role: String,
    /// Organisation.
    pub organization: Option<&'a str>,
    /// Path of the photo inside the briefing's folder.
    pub photo: Option<&'a str>,
    /// Credit printed with the photo.
    pub photo_credit: Option<&'a str>,
    /// Initials, for when there is no photo.
    pub monogram: String,
    /// Bio paragraphs; none when the briefing has none (the card says the rest).
    pub bio: Vec<String>,
    /// Whether the bio was composed from role and organisation (no bio was written).
    pub bio_composed: bool,
}

/// An agenda item.
#[derive(Debug, Serialize)]
pub struct AgendaContext<'a> {
    /// Start time.
    pub time: Option<String>,
    /// What happens.
    pub item: &'a str,
    /// Who speaks.
    pub speaker: Option<&'a str>,
}

/// A programme.
#[derive(Debug, Serialize)]
pub struct ProgrammeContext<'a> {
    /// Title.
    pub title: &'a str,
    /// Funders, joined.
    pub funders: Option<String>,
    /// Activities.
    pub activities: Vec<&'a str>,
    /// Note.
    pub note: Option<&'a str>,
}

/// A report.
#[derive(Debug, Serialize)]
pub struct ReportContext<'a> {
    /// Title.
    pub title: &'a str,
    /// Kind.
    pub kind: Option<&'a str>,
    /// Year.
    pub year: Option<i64>,
    /// Partners, joined.
    pub partners: Option<String>,
    /// Funders, joined.
    pub funders: Option<String>,
    /// Programme.
    pub programme: Option<&'a str>,
    /// Method.
    pub method: Option<&'a str>,
    /// URL.
    pub url: Option<&'a str>,
}

/// Attendance, counted.
#[derive(Debug, Serialize)]
pub struct AttendanceContext<'a> {
    /// Whether there is any attendance data.
    pub any: bool,
    /// While no outlet's presence is recorded (format 2), what the summary says in place
    /// of the counts: attendance not recorded yet, and the registrations.
    pub not_recorded: Option<String>,
    /// Totals.
    pub total: Counts,
    /// One row per kind that has any outlet.
    pub by_kind: Vec<KindRow<'a>>,
    /// "of 10" under the outlets that came: the registered outlets, in a label form.
    pub outlets_out_of: String,
    /// "of at least 12" under the people who came.
    pub people_out_of: String,
    /// Whether some registered outlet did not come (listed apart from those that came).
    pub no_shows: bool,
    /// Every outlet, as listed.
    pub outlets: Vec<OutletContext<'a>>,
    /// The names of the outlets that came, in list order, for the news item.
    pub came: Vec<&'a str>,
    /// The sign-in sheet's pre-filled rows: one per expected journalist, in list order.
    pub sign_in: Vec<SignInRow<'a>>,
    /// The largest registered people count of a kind, for scaling the chart.
    pub chart_max: u64,
}

/// Outlets and people, present and registered ([`Attendance`], flattened: templates
/// read `outlets_present` and the rest beside the labels), with the people printed.
#[derive(Debug, Default, Serialize, Clone)]
pub struct Counts {
    /// The counts.
    #[serde(flatten)]
    pub counted: Attendance,
    /// People who came, as printed: "at least 7" when some count is not known.
    pub people_present_label: String,
    /// People registered, as printed.
    pub people_registered_label: String,
}

impl Counts {
    /// The counts of `attendance`, their people printed in `locale`'s words.
    fn new(counted: Attendance, locale: &Locale) -> Self {
        Self {
            counted,
            ..Self::default()
        }
        .labelled(locale)
    }

    /// Fills the printed counts of people: "at least N" where a count is not known.
    fn labelled(mut self, locale: &Locale) -> Self {
        let label = |n: u64, unknown: bool| crate::documents::locale::at_least(n, unknown, locale);
        let c = self.counted;
        self.people_present_label = label(c.people_present, c.people_present_unknown);
        self.people_registered_label = label(c.people_registered, c.people_registered_unknown);
        self
    }
}

/// Counts for one kind of media.
#[derive(Debug, Serialize)]
pub struct KindRow<'a> {
    /// Kind name in the briefing's language.
    pub kind: &'a str,
    /// Counts.
    #[serde(flatten)]
    pub counts: Counts,
}

/// One outlet.
#[derive(Debug, Serialize)]
pub struct OutletContext<'a> {
    /// Name.
    pub name: &'a str,
    /// Kind name.
    pub kind: &'a str,
    /// People, or nothing when the briefing does not say.
    pub people: Option<u32>,
    /// Whether they came.
    pub present: bool,
    /// Whether whether they came is recorded (a no-show only then).
    pub recorded: bool,
    /// Programme and website, joined.
    pub details: Option<String>,
    /// Journalists, joined.
    pub journalists: Option<String>,
}

/// A pre-filled row of the sign-in sheet.
#[derive(Debug, Serialize)]
pub struct SignInRow<'a> {
    /// The journalist's name, when the briefing lists it.
    pub name: Option<&'a str>,
    /// The outlet.
    pub outlet: &'a str,
}

/// One row per journalist an outlet registered: its named journalists, then unnamed rows
/// up to its `people`.
fn sign_in_rows(outlets: &[Outlet]) -> Vec<SignInRow<'_>> {
    outlets
        .iter()
        .flat_map(|o| {
            let rows = o.journalists.len().max(o.people as usize);
            (0..rows).map(move |i| SignInRow {
                name: o.journalists.get(i).map(String::as_str),
                outlet: &o.name,
            })
        })
        .collect()
}

/// Joins the present parts with ", ".
fn join<'s>(parts: impl IntoIterator<Item = Option<&'s str>>) -> Option<String> {
    let parts: Vec<&str> = parts.into_iter().flatten().collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Joins a list of texts, or nothing when empty.
fn join_texts(texts: &[briefing::Text]) -> Option<String> {
    join(texts.iter().map(|t| Some(t.0.as_str())))
}

/// Path of an asset for Typst's `image()`.
fn asset_path(asset: &Option<Asset>) -> Option<&str> {
    asset.as_ref().map(|a| a.virtual_path.as_str())
}

/// The organisation of a briefing, as the letterhead and the documents print it.
pub fn organization(b: &Briefing) -> OrganizationContext<'_> {
    let org = &b.organization.data;
    OrganizationContext {
        name: &org.name.0,
        short_name: org.short_name.as_deref().unwrap_or(&org.name.0),
        tagline: org.tagline.as_deref(),
        office: org.office.as_deref(),
        place: join([org.city.as_deref(), org.country.as_deref()]),
        website: org.website.as_deref(),
        email: org.email.as_deref(),
        phone: org.phone.as_deref(),
        logo: asset_path(&b.organization.logo),
        about: org.about.as_deref(),
    }
}

/// Builds the context of a briefing's documents.
pub fn build(b: &Briefing, paper: Paper) -> Context<'_> {
    let locale: &Locale = b
        .event
        .language
        .locale_for(crate::documents::event_kind::EventKind::of_briefing(b));
    let words = &locale.words;
    let org = &b.organization.data;
    let event = &b.event.data;
    let short_name = org.short_name.as_deref().unwrap_or(&org.name.0);
    Context {
        lang: locale_code(locale),
        hyphenate: locale.hyphenate,
        paper: paper.typst_name(),
        words,
        organization: organization(b),
        event: EventContext {
            title: event.title.0.clone(),
            kind: event
                .kind
                .clone()
                .unwrap_or_else(|| words.default_kind.clone()),
            series: event.series.clone(),
            date: locale.date_range(b.event.date, b.event.end_date),
            date_iso: b.event.date.to_string(),
            time: locale.time_range(b.event.time, b.event.end_time),
            venue: event.venue.clone(),
            city: event.city.clone(),
            place: join([
                event.venue.as_deref(),
                event.city.as_deref(),
                event.country.as_deref(),
            ]),
        },
        advisory: advisory(b, locale),
        release: b
            .release
            .as_ref()
            .map(|r| release(b, r, locale, short_name)),
        coverage: b
            .coverage
            .iter()
            .map(|p| PieceContext {
                outlet: &p.outlet,
                headline: &p.headline,
                date: locale.date(p.date),
                kind: p.kind.map(|k| locale.kind(k)),
                url: p.url.as_deref().and_then(crate::input::links::web_link),
                language: p.language.as_deref().map(|l| locale.language_name(l)),
                reach: p.reach.map(|r| locale.number(r)),
                note: p.note.as_deref(),
            })
            .collect(),
        coverage_totals: coverage_totals(b, locale),
        news: crate::documents::news::story(b, locale),
        photos: b
            .photos
            .iter()
            .map(|p| PhotoContext {
                file: &p.image.virtual_path,
                caption: &p.caption,
                credit: &p.credit,
                alt: &p.alt,
                speaker: p.speaker.map(|i| b.speakers[i].name.as_str()),
            })
            .collect(),
        topics: b
            .topics
            .iter()
            .map(|t| TopicContext {
                title: &t.title.0,
                note: t.note.as_deref(),
            })
            .collect(),
        speakers: b
            .speakers
            .iter()
            .map(|s| (s, organization_beside(&s.role, s.organization.as_deref())))
            .map(|(s, organization)| SpeakerContext {
                name: &s.name,
                full_name: crate::typography::roles::full_name(
                    s.honorific.as_deref(),
                    &s.name,
                    b.event.language,
                ),
                role: crate::typography::roles::after_name(&s.role, b.event.language),
                organization,
                photo: asset_path(&s.photo),
                photo_credit: s.photo_credit.as_deref(),
                monogram: monogram(&s.name),
                // The format: when absent, a short bio is composed from role and
                // organisation (the organisation once). The built-in documents print
                // the card (name, role, organisation) and not this sentence, which
                // would only repeat it; `bio_composed` tells a template which it is.
                bio: if s.bio.is_empty() {
                    let pattern = match organization {
                        Some(_) => &words.composed_bio_organization,
                        None => &words.composed_bio,
                    };
                    let role = crate::typography::roles::after_name(&s.role, b.event.language);
                    vec![fill(
                        pattern,
                        &[
                            ("name", &s.name),
                            ("role", role.trim_end_matches('.')),
                            ("organization", organization.unwrap_or("")),
                        ],
                    )]
                } else {
                    s.bio.clone()
                },
                bio_composed: s.bio.is_empty(),
            })
            .collect(),
        agenda: b
            .agenda
            .iter()
            .map(|a| AgendaContext {
                time: a.time.map(|t| locale.time(t)),
                item: &a.item,
                speaker: a.speaker.map(|i| b.speakers[i].name.as_str()),
            })
            .collect(),
        programmes: b
            .programmes
            .iter()
            .map(|p| ProgrammeContext {
                title: &p.title.0,
                funders: join_texts(&p.funders),
                activities: p.activities.iter().map(|a| a.0.as_str()).collect(),
                note: p.note.as_deref(),
            })
            .collect(),
        reports: b.reports.iter().map(report).collect(),
        attendance: attendance(&b.attendance, locale),
        has_facts: !(b.agenda.is_empty()
            && b.topics.is_empty()
            && b.programmes.is_empty()
            && b.reports.is_empty()),
    }
}

/// The context as the templates print it: [`build`], then every text refined by the
/// typographic pass of the briefing's language ([`crate::typography`]).
pub fn printed(b: &Briefing, paper: Paper) -> serde_json::Value {
    let mut value = serde_json::to_value(build(b, paper)).expect("a context serialises");
    crate::typography::refine_values(&mut value, b.event.language);
    with_door(value, b.event.language)
}

/// `value`, a context of `language`, with what the door documents print (`door`) in that
/// language alone; a briefing with translations replaces it with every language's
/// ([`crate::documents::door`]).
pub fn with_door(
    mut value: serde_json::Value,
    language: crate::vocab::Language,
) -> serde_json::Value {
    let voice = crate::documents::door::Voice {
        language,
        context: &value,
        untranslated: &[],
    };
    let door =
        serde_json::to_value(crate::documents::door::of(&[voice])).expect("a door serialises");
    value["door"] = door;
    value
}

/// The language code Typst knows the locale by.
fn locale_code(locale: &Locale) -> &'static str {
    crate::vocab::Language::from_code(&locale.code).map_or("en", |l| l.code())
}

/// A contact, its role (as it reads after the name, in `language`) and organisation
/// joined, the organisation once.
fn contact(c: &briefing::Contact, language: crate::vocab::Language) -> ContactContext {
    let role = c
        .role
        .as_deref()
        .map(|r| crate::typography::roles::after_name(r, language));
    let organization =
        organization_beside(role.as_deref().unwrap_or(""), c.organization.as_deref());
    ContactContext {
        name: c.name.0.clone(),
        role: join([role.as_deref(), organization]),
        email: c.email.clone(),
        phone: c.phone.clone(),
    }
}

/// The advisory's facts, opportunities, interpretation, deadline and contact.
fn advisory(b: &Briefing, locale: &Locale) -> AdvisoryContext {
    let a = &b.advisory;
    AdvisoryContext {
        facts: a.facts.clone(),
        opportunities: a.opportunities.clone(),
        interpretation: (!a.interpretation.is_empty()).then(|| {
            a.interpretation
                .iter()
                .map(|code| locale.language_name(code))
                .collect::<Vec<_>>()
                .join(", ")
        }),
        deadline: a.deadline.map(|d| locale.deadline(d)),
        contact: b
            .accreditation_contact()
            .map(|c| contact(c, b.event.language)),
    }
}

/// The release, with its timing line, dateline and quotes resolved.
fn release(b: &Briefing, r: &Release, locale: &Locale, short_name: &str) -> ReleaseContext {
    let words = &locale.words;
    let city = crate::input::model::dateline_city(b);
    let date = locale.dateline_date(crate::input::model::release_date(b));
    ReleaseContext {
        timing: match r.embargo {
            Some(e) => fill(&words.embargoed_until, &[("when", &locale.embargo(e))]),
            None => words.for_immediate_release.clone(),
        },
        embargoed: r.embargo.is_some(),
        dateline: match city {
            Some(city) => format!("{}, {date}", city.to_uppercase()),
            None => date,
        },
        headline: r.headline.clone(),
        summary: r.summary.clone(),
        // A dateline the author typed out of habit is not printed twice.
        body: r
            .body
            .iter()
            .enumerate()
            .map(|(i, p)| match crate::typography::typed_dateline(p, city) {
                Some(lead) if i == 0 => p[lead..].to_string(),
                _ => p.clone(),
            })
            .collect(),
        quotes: r
            .quotes
            .iter()
            .map(|q| {
                let s = &b.speakers[q.speaker];
                QuoteContext {
                    text: crate::typography::quotation(&q.text, b.event.language),
                    name: s.name.clone(),
                    role: crate::typography::roles::after_name(&s.role, b.event.language),
                }
            })
            .collect(),
        contact: r.contact.as_ref().map(|c| contact(c, b.event.language)),
        about_heading: fill(&words.about, &[("organization", short_name)]),
    }
}

/// A report's context.
fn report(r: &briefing::Report) -> ReportContext<'_> {
    ReportContext {
        title: &r.title.0,
        kind: r.kind.as_deref(),
        year: r.year,
        partners: join_texts(&r.partners),
        funders: join_texts(&r.funders),
        programme: r.programme.as_deref(),
        method: r.method.as_deref(),
        url: r.url.as_deref(),
    }
}

/// A speaker's organisation as printed after the role, or `None` when the role already
/// names it, in any grammatical case ("head of education, UNICEF Kazakhstan" then
/// ", UNICEF" would repeat it). Never the host's: a guest without `organization` has none.
fn organization_beside<'a>(role: &str, organization: Option<&'a str>) -> Option<&'a str> {
    organization
        .filter(|o| !o.trim().is_empty() && !crate::typography::roles::names_organization(role, o))
}

/// Counts attendance by kind and in total.
fn attendance<'a>(outlets: &'a [Outlet], locale: &'a Locale) -> AttendanceContext<'a> {
    let total = Counts::new(Attendance::of(outlets), locale);
    let by_kind: Vec<KindRow> = OutletKind::ALL
        .into_iter()
        .map(|kind| Attendance::of(outlets.iter().filter(|o| o.kind == kind)))
        .zip(OutletKind::ALL)
        .filter(|(counted, _)| counted.outlets_registered > 0)
        .map(|(counted, kind)| KindRow {
            kind: locale.kind(kind),
            counts: Counts::new(counted, locale),
        })
        .collect();
    let out_of = |count: &str| fill(&locale.words.out_of, &[("count", count)]);
    AttendanceContext {
        outlets_out_of: out_of(&total.counted.outlets_registered.to_string()),
        people_out_of: out_of(&total.people_registered_label),
        any: !outlets.is_empty(),
        not_recorded: (!outlets.is_empty() && !outlets.iter().any(|o| o.recorded)).then(|| {
            fill(
                &locale.words.attendance_not_recorded,
                &[
                    ("outlets", &total.counted.outlets_registered.to_string()),
                    ("people", &total.people_registered_label),
                ],
            )
        }),
        total,
        no_shows: outlets.iter().any(|o| !o.present && o.recorded),
        chart_max: by_kind
            .iter()
            .map(|k| k.counts.counted.people_registered)
            .max()
            .unwrap_or(1)
            .max(1),
        by_kind,
        outlets: outlets
            .iter()
            .map(|o| OutletContext {
                name: &o.name,
                kind: locale.kind(o.kind),
                people: o.people_known.then_some(o.people),
                present: o.present,
                recorded: o.recorded,
                details: join([o.programme.as_deref(), o.website.as_deref()]),
                journalists: join(o.journalists.iter().map(|j| Some(j.as_str()))),
            })
            .collect(),
        came: outlets
            .iter()
            .filter(|o| o.present)
            .map(|o| o.name.as_str())
            .collect(),
        sign_in: sign_in_rows(outlets),
    }
}

/// Up to two initials of a name, for a speaker without a photo.
fn monogram(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let pick = match words.as_slice() {
        [] => vec![],
        [only] => vec![*only],
        [first, .., last] => vec![*first, *last],
    };
    pick.iter()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_organisation_the_role_names_is_not_printed_again() {
        assert_eq!(
            organization_beside(
                "руководитель программы образования ЮНИСЕФ в Казахстане",
                Some("ЮНИСЕФ")
            ),
            None
        );
        assert_eq!(
            organization_beside("Head of Office", Some("IOM")),
            Some("IOM")
        );
        assert_eq!(
            organization_beside("chief, iom almaty", Some(" IOM ")),
            None
        );
        assert_eq!(organization_beside("Mayor", None), None);
    }

    #[test]
    fn coverage_adds_up_by_kind_language_and_who_came() {
        let text = r#"format = 1
[organization]
name = "Org"
[event]
title = "T"
date = 2016-12-22
[[attendance]]
outlet = "Caravan"
kind = "print"
[[attendance]]
outlet = "Khabar"
kind = "television"
present = false
[[coverage]]
outlet = "caravan"
headline = "A"
date = 2016-12-23
reach = 12000
language = "ru"
[[coverage]]
outlet = "Caravan"
headline = "B"
date = 2016-12-24
language = "RU"
[[coverage]]
outlet = "Khabar"
headline = "C"
date = 2016-12-23
reach = 500
language = "kk"
[[coverage]]
outlet = "Tengrinews"
headline = "D"
date = 2016-12-25
kind = "online"
"#;
        let b = crate::input::model::validate(crate::input::briefing::Source {
            path: "b.toml".into(),
            text: text.into(),
        })
        .unwrap();
        let t = coverage_totals(&b, crate::vocab::Language::En.locale());
        assert_eq!(t.pieces, 4);
        assert_eq!(
            t.reach.as_deref(),
            Some("at least 12,500"),
            "one piece has no reach"
        );
        let tally = |v: &[Tally]| {
            v.iter()
                .map(|t| (t.name.clone(), t.count))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            tally(&t.by_kind),
            [
                ("Television".into(), 1),
                ("Print".into(), 2),
                ("Online".into(), 1)
            ]
        );
        assert_eq!(
            tally(&t.by_language),
            [("Russian".into(), 2), ("Kazakh".into(), 1)]
        );
        assert_eq!(t.came_and_published, ["caravan"]);
        assert_eq!(t.published_without_coming, ["Khabar", "Tengrinews"]);
    }

    #[test]
    fn monograms_take_first_and_last_initials() {
        assert_eq!(monogram("Dejan Keserovic"), "DK");
        assert_eq!(monogram("Әлия Бекқызы Әлікова"), "ӘӘ");
        assert_eq!(monogram("Plato"), "P");
    }

    #[test]
    fn attendance_counts_present_against_registered() {
        let outlet = |kind, people, present| Outlet {
            name: "x".into(),
            kind,
            people,
            people_known: true,
            present,
            recorded: true,
            row: 0,
            website: None,
            programme: None,
            journalists: vec![],
        };
        let outlets = vec![
            outlet(OutletKind::Online, 2, true),
            outlet(OutletKind::Online, 1, false),
            outlet(OutletKind::Radio, 3, true),
        ];
        let a = attendance(&outlets, crate::vocab::Language::En.locale());
        assert_eq!(
            (
                a.total.counted.outlets_present,
                a.total.counted.outlets_registered
            ),
            (2, 3)
        );
        assert_eq!(
            (
                a.total.counted.people_present,
                a.total.counted.people_registered
            ),
            (5, 6)
        );
        assert_eq!(
            a.by_kind.iter().map(|k| k.kind).collect::<Vec<_>>(),
            ["Radio", "Online"]
        );
        assert_eq!(a.chart_max, 3);
        assert_eq!(a.total.people_present_label, "5");
        assert_eq!(a.sign_in.len(), 6, "one row per registered journalist");
    }

    #[test]
    fn people_not_counted_make_the_totals_a_lower_bound() {
        let outlet = |known, present| Outlet {
            name: "x".into(),
            kind: OutletKind::Print,
            people: if known { 2 } else { 1 },
            people_known: known,
            present,
            recorded: true,
            row: 0,
            website: None,
            programme: None,
            journalists: vec![],
        };
        let outlets = [outlet(true, true), outlet(false, true), outlet(true, false)];
        let ru = attendance(&outlets, crate::vocab::Language::Ru.locale());
        assert_eq!(ru.total.people_present_label, "не менее 3");
        assert_eq!(ru.total.people_registered_label, "не менее 5");
        assert!(ru.no_shows);
        assert_eq!(ru.outlets[1].people, None);
        let known = attendance(&outlets[..1], crate::vocab::Language::Kk.locale());
        assert_eq!(known.total.people_present_label, "2");
        assert!(!known.no_shows);
    }

    #[test]
    fn sign_in_rows_name_the_listed_journalists_first() {
        let outlet = Outlet {
            name: "Vremya".into(),
            kind: OutletKind::Print,
            people: 3,
            people_known: true,
            present: true,
            recorded: true,
            row: 0,
            website: None,
            programme: None,
            journalists: vec!["A. Ivanova".into()],
        };
        let rows = sign_in_rows(std::slice::from_ref(&outlet));
        assert_eq!(
            rows.iter().map(|r| (r.name, r.outlet)).collect::<Vec<_>>(),
            [
                (Some("A. Ivanova"), "Vremya"),
                (None, "Vremya"),
                (None, "Vremya")
            ]
        );
    }
}

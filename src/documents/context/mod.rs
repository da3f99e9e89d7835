//! What the templates see: one typed, serialisable context built from a validated
//! briefing, with every date, number and fixed word already in the briefing's language.
//!
//! Values are plain text here; the escaping to Typst happens in [`crate::render`], at
//! the moment a template prints them.
//!
//! One concern a room: [`sections`] (the organisation, event, release, speakers and the
//! rest, each as printed), [`attendance`] (who registered and came, counted),
//! [`coverage`] (the coverage's pieces and what they add up to), [`web`] (what an HTML
//! template or a mail draft sees), [`text`] (parts joined as printed); here, the
//! [`Context`] they make together.

pub mod attendance;
pub mod coverage;
pub mod sections;
mod text;
pub mod web;

use serde::Serialize;

use crate::documents::locale::{Locale, Words, fill};
use crate::input::model::Briefing;
use crate::vocab::Paper;

pub use attendance::{AttendanceContext, Counts, KindRow, OutletContext, SignInRow};
pub use coverage::{CoverageTotals, PieceContext, Tally, coverage_totals};
pub use sections::{
    AdvisoryContext, AgendaContext, ContactContext, EventContext, OrganizationContext,
    PhotoContext, ProgrammeContext, QuoteContext, ReleaseContext, ReportContext, SpeakerContext,
    TopicContext, organization,
};
pub use web::{Alternate, Alternates, WebPage, own_name};

use attendance::attendance;
use sections::{advisory, monogram, organization_beside, release, report};
use text::{asset_path, join, join_texts};

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

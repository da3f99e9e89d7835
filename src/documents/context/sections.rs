//! The sections of a briefing as the templates print them: the organisation, the event,
//! the advisory's additions, the release with its quotes and contact, topics, speakers,
//! agenda, programmes, reports and photos.

use serde::Serialize;

use super::text::{asset_path, join, join_texts};
use crate::documents::locale::{Locale, fill};
use crate::input::briefing;
use crate::input::model::{Briefing, Release};

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
pub(super) fn advisory(b: &Briefing, locale: &Locale) -> AdvisoryContext {
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
pub(super) fn release(
    b: &Briefing,
    r: &Release,
    locale: &Locale,
    short_name: &str,
) -> ReleaseContext {
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
pub(super) fn report(r: &briefing::Report) -> ReportContext<'_> {
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
pub(super) fn organization_beside<'a>(
    role: &str,
    organization: Option<&'a str>,
) -> Option<&'a str> {
    organization
        .filter(|o| !o.trim().is_empty() && !crate::typography::roles::names_organization(role, o))
}

/// Up to two initials of a name, for a speaker without a photo.
pub(super) fn monogram(name: &str) -> String {
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
    fn monograms_take_first_and_last_initials() {
        assert_eq!(monogram("Dejan Keserovic"), "DK");
        assert_eq!(monogram("Әлия Бекқызы Әлікова"), "ӘӘ");
        assert_eq!(monogram("Plato"), "P");
    }
}

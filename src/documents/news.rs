//! The news item: the story an office publishes on its website after the event, in the
//! genre of the region's published news of such events. A dateline and a lead that says
//! who held what (the event's own kind), and what it was about (the release's summary,
//! else its first paragraph); the key facts (the release's next paragraphs); one quote
//! from the release, never an invented one; what was presented. The speakers and the
//! outlets that came are listed by the template from the context's own lists.

use serde::Serialize;

use crate::documents::event_kind::EventKind;
use crate::documents::locale::{Locale, fill};
use crate::input::model::Briefing;
use crate::vocab::Language;

/// How many of the release's paragraphs after the first the story keeps: it is short.
const FACTS: usize = 2;

/// The news item's own texts.
#[derive(Debug, Serialize, Default)]
pub struct NewsContext {
    /// The story's headline: the release's, else the event's title.
    pub headline: String,
    /// Dateline, who held what, and what it was about.
    pub lead: String,
    /// The key facts: the release's paragraphs after its first.
    pub facts: Vec<String>,
    /// One quote from the release, attributed.
    pub quote: Option<String>,
    /// What was presented: programmes and reports, with their funders.
    pub presented: Option<String>,
}

/// The news item of `b`, in `locale` (whose phrases name the event's kind).
pub fn story(b: &Briefing, locale: &Locale) -> NewsContext {
    let language = b.event.language;
    let release = b.release.as_ref();
    // The story is dated and placed where the event was (not where the release was
    // issued); an event of several days gives its range.
    let city = b
        .event
        .data
        .city
        .as_deref()
        .or(b.organization.data.city.as_deref());
    let date = match b.event.end_date {
        Some(last) if last != b.event.date => locale.date_range(b.event.date, Some(last)),
        _ => locale.dateline_date(b.event.date),
    };
    let dateline = match city {
        Some(city) => format!("{}, {date}", city.to_uppercase()),
        None => date,
    };
    let dash = locale.words.more.get("dash").map_or("—", String::as_str);
    let first =
        release.and_then(|r| r.body.first()).map(|p| {
            match crate::typography::typed_dateline(p, city) {
                Some(lead) => p[lead..].to_string(),
                None => p.clone(),
            }
        });
    let about = release
        .and_then(|r| r.summary.clone())
        .or(first)
        .map(|a| format!(" {}", a.trim()))
        .unwrap_or_default();
    NewsContext {
        headline: release
            .map(|r| r.headline.clone())
            .unwrap_or_else(|| b.event.data.title.0.clone()),
        lead: format!("{dateline} {dash} {}{about}", held(b, locale)),
        facts: release
            .map(|r| r.body.iter().skip(1).take(FACTS).cloned().collect())
            .unwrap_or_default(),
        quote: release.and_then(|r| r.quotes.first()).map(|q| {
            // A news story names a speaker without an honorific.
            let s = &b.speakers[q.speaker];
            let name = s.name.trim();
            fill(
                &locale.words.news_quote,
                &[
                    ("quote", &quoted(&q.text, language)),
                    ("name", name),
                    ("role", s.role.trim()),
                ],
            )
        }),
        presented: presented(b, locale),
    }
}

/// Who held what: the organisation (its short name when it has one), the event's kind
/// and title. The kind is the one typed (in lower case inside the sentence, unless it
/// starts with an acronym) when presskit knows its word, whose gender the sentence's
/// verb takes; another kind is the neutral word in Russian and Kazakh, where the verb
/// must agree with it.
fn held(b: &Briefing, locale: &Locale) -> String {
    let event = &b.event.data;
    let kind = EventKind::of(event.kind.as_deref());
    let typed = event
        .kind
        .clone()
        .unwrap_or_else(|| locale.words.default_kind.clone());
    let mut chars = typed.chars();
    let typed = match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => {
            first.to_lowercase().chain(typed.chars().skip(1)).collect()
        }
        _ => typed,
    };
    let kind = match (b.event.language, kind) {
        (Language::En, _) => {
            let article = if typed.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            format!("{article} {typed}")
        }
        (_, EventKind::Other) => locale
            .event
            .forms(kind)
            .forms
            .get("nom")
            .cloned()
            .unwrap_or(typed),
        _ => typed,
    };
    // A short name (an acronym, which Russian does not decline) goes where the sentence
    // needs a case; a full name, in the nominative, where it needs none.
    let org = &b.organization.data;
    let (pattern, organization) = match org.short_name.as_deref() {
        Some(short) => (&locale.words.news_held, short),
        None => (&locale.words.news_held_by_name, org.name.0.as_str()),
    };
    fill(
        pattern,
        &[
            ("organization", organization),
            ("kind", &kind),
            ("title", &event.title.0),
        ],
    )
}

/// A quotation as a news story attributes it after the quote: in English the final
/// full stop becomes a comma inside the marks (`“…writing,” says`); in Kazakh the full
/// stop goes and a comma follows the guillemet (`«…», — деді`); in Russian, whose
/// attribution comes first, it is the release's quotation (`«…».`).
fn quoted(text: &str, language: Language) -> String {
    let text = text.trim();
    if language == Language::Ru {
        return crate::typography::quotation(text, language);
    }
    let bare = text.strip_suffix('.').unwrap_or(text);
    let asks = bare.ends_with(['?', '!', '…']);
    let l = language.locale();
    match language {
        Language::En if asks => format!("{}{bare}{}", l.quote_open, l.quote_close),
        Language::En => format!("{}{bare},{}", l.quote_open, l.quote_close),
        _ if asks => format!("{}{bare}{}", l.quote_open, l.quote_close),
        _ => format!("{}{bare}{},", l.quote_open, l.quote_close),
    }
}

/// What was presented: the programmes and reports, each with its funders, in one
/// sentence.
fn presented(b: &Briefing, locale: &Locale) -> Option<String> {
    let words = &locale.words;
    let funded = |funders: &[crate::input::briefing::Text]| {
        if funders.is_empty() {
            return String::new();
        }
        let names: Vec<&str> = funders.iter().map(|f| f.0.as_str()).collect();
        format!(
            " ({})",
            fill(&words.news_funded, &[("funders", &names.join(", "))])
        )
    };
    let items: Vec<String> = b
        .programmes
        .iter()
        .map(|p| fill(&words.news_programme, &[("title", &p.title.0)]) + &funded(&p.funders))
        .chain(
            b.reports
                .iter()
                .map(|r| fill(&words.news_report, &[("title", &r.title.0)]) + &funded(&r.funders)),
        )
        .collect();
    let list = match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{}{}{last}", rest.join(", "), words.news_and)
        }
        Some((last, _)) => last.clone(),
        None => return None,
    };
    Some(fill(&words.news_presented, &[("list", &list)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_punctuated_as_each_language_attributes_them() {
        assert_eq!(quoted("Stop writing.", Language::En), "“Stop writing,”");
        assert_eq!(quoted("Who else?", Language::En), "“Who else?”");
        assert_eq!(quoted("Бұл маңызды.", Language::Kk), "«Бұл маңызды»,");
        assert_eq!(
            quoted("Кім көмектеседі?", Language::Kk),
            "«Кім көмектеседі?»"
        );
        assert_eq!(quoted("Это важно.", Language::Ru), "«Это важно».");
    }
}

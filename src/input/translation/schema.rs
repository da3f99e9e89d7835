//! Which values of a briefing a translation may give: its texts, and nothing else. One
//! table of every key of the format, each with what it holds, read by the translation's
//! reader (to refuse a date or a path at its key), by the overlay (to find the texts not
//! translated yet) and by `presskit translate` (to list the texts in the briefing's order).

use crate::messages::Msg;
use crate::messages::input::translations::Translations;

/// What a key of the briefing holds, as a translation sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A text, translated.
    Text,
    /// A person's name: kept as the briefing spells it unless the translation gives another.
    Name,
    /// An array of texts (paragraphs, list items), translated as a whole.
    Texts,
    /// A table of further keys.
    Table,
    /// An array of tables, matched by position.
    Rows,
    /// The speakers, matched by `id`.
    Speakers,
    /// A value that comes from the briefing alone, and what it is.
    Fixed(Fixed),
}

/// What a value that comes from the briefing alone is, for the message that refuses it
/// in a translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fixed {
    /// `[[attendance]]`.
    AttendanceList,
    /// `[[coverage]]`.
    CoverageList,
    /// A web address.
    WebAddress,
    /// An email address.
    Email,
    /// A phone number.
    Phone,
    /// A path to a file.
    Path,
    /// A date.
    Date,
    /// A time.
    Time,
    /// A date and time.
    Moment,
    /// `event.language`.
    Language,
    /// Language codes.
    LanguageCodes,
    /// A speaker id.
    SpeakerId,
    /// A speaker's own id.
    Id,
    /// A number.
    Number,
}

impl Fixed {
    /// What it is, in words.
    pub fn message(self) -> Msg {
        match self {
            Self::AttendanceList => Translations::TheAttendanceList,
            Self::CoverageList => Translations::TheCoverageList,
            Self::WebAddress => Translations::AWebAddress,
            Self::Email => Translations::AnEmailAddress,
            Self::Phone => Translations::APhoneNumber,
            Self::Path => Translations::APath,
            Self::Date => Translations::ADate,
            Self::Time => Translations::ATime,
            Self::Moment => Translations::ADateAndTime,
            Self::Language => Translations::TheBriefingsLanguage,
            Self::LanguageCodes => Translations::LanguageCodes,
            Self::SpeakerId => Translations::ASpeakerId,
            Self::Id => Translations::AnId,
            Self::Number => Translations::ANumber,
        }
        .into()
    }
}

/// Every key of the format, by the table it is in (`release.contact`; an array of
/// tables by its own name), in the order of the format.
const KEYS: &[(&str, &str, Kind)] = &[
    ("", "organization", Kind::Table),
    ("", "event", Kind::Table),
    ("", "advisory", Kind::Table),
    ("", "release", Kind::Table),
    ("", "topics", Kind::Rows),
    ("", "speakers", Kind::Speakers),
    ("", "agenda", Kind::Rows),
    ("", "programmes", Kind::Rows),
    ("", "reports", Kind::Rows),
    ("", "photos", Kind::Rows),
    ("", "attendance", Kind::Fixed(Fixed::AttendanceList)),
    ("", "coverage", Kind::Fixed(Fixed::CoverageList)),
    ("organization", "name", Kind::Text),
    ("organization", "short_name", Kind::Text),
    ("organization", "tagline", Kind::Text),
    ("organization", "office", Kind::Text),
    ("organization", "city", Kind::Text),
    ("organization", "country", Kind::Text),
    ("organization", "website", Kind::Fixed(Fixed::WebAddress)),
    ("organization", "email", Kind::Fixed(Fixed::Email)),
    ("organization", "phone", Kind::Fixed(Fixed::Phone)),
    ("organization", "logo", Kind::Fixed(Fixed::Path)),
    ("organization", "about", Kind::Text),
    ("event", "title", Kind::Text),
    ("event", "kind", Kind::Text),
    ("event", "series", Kind::Text),
    ("event", "date", Kind::Fixed(Fixed::Date)),
    ("event", "end_date", Kind::Fixed(Fixed::Date)),
    ("event", "time", Kind::Fixed(Fixed::Time)),
    ("event", "end_time", Kind::Fixed(Fixed::Time)),
    ("event", "venue", Kind::Text),
    ("event", "city", Kind::Text),
    ("event", "country", Kind::Text),
    ("event", "language", Kind::Fixed(Fixed::Language)),
    ("advisory", "contact", Kind::Table),
    ("advisory", "deadline", Kind::Fixed(Fixed::Moment)),
    ("advisory", "facts", Kind::Texts),
    ("advisory", "opportunities", Kind::Texts),
    (
        "advisory",
        "interpretation",
        Kind::Fixed(Fixed::LanguageCodes),
    ),
    ("advisory.contact", "name", Kind::Name),
    ("advisory.contact", "role", Kind::Text),
    ("advisory.contact", "organization", Kind::Text),
    ("advisory.contact", "email", Kind::Fixed(Fixed::Email)),
    ("advisory.contact", "phone", Kind::Fixed(Fixed::Phone)),
    ("release", "headline", Kind::Text),
    ("release", "summary", Kind::Text),
    ("release", "body", Kind::Texts),
    ("release", "embargo", Kind::Fixed(Fixed::Moment)),
    ("release", "date", Kind::Fixed(Fixed::Date)),
    ("release", "city", Kind::Text),
    ("release", "contact", Kind::Table),
    ("release", "quotes", Kind::Rows),
    ("release.contact", "name", Kind::Name),
    ("release.contact", "role", Kind::Text),
    ("release.contact", "organization", Kind::Text),
    ("release.contact", "email", Kind::Fixed(Fixed::Email)),
    ("release.contact", "phone", Kind::Fixed(Fixed::Phone)),
    ("release.quotes", "speaker", Kind::Fixed(Fixed::SpeakerId)),
    ("release.quotes", "text", Kind::Text),
    ("topics", "title", Kind::Text),
    ("topics", "note", Kind::Text),
    ("speakers", "id", Kind::Fixed(Fixed::Id)),
    ("speakers", "name", Kind::Name),
    ("speakers", "honorific", Kind::Name),
    ("speakers", "role", Kind::Text),
    ("speakers", "organization", Kind::Text),
    ("speakers", "bio", Kind::Texts),
    ("speakers", "photo", Kind::Fixed(Fixed::Path)),
    ("speakers", "photo_credit", Kind::Text),
    ("agenda", "time", Kind::Fixed(Fixed::Time)),
    ("agenda", "item", Kind::Text),
    ("agenda", "speaker", Kind::Fixed(Fixed::SpeakerId)),
    ("programmes", "title", Kind::Text),
    ("programmes", "funders", Kind::Texts),
    ("programmes", "activities", Kind::Texts),
    ("programmes", "note", Kind::Text),
    ("reports", "title", Kind::Text),
    ("reports", "kind", Kind::Text),
    ("reports", "year", Kind::Fixed(Fixed::Number)),
    ("reports", "partners", Kind::Texts),
    ("reports", "funders", Kind::Texts),
    ("reports", "programme", Kind::Text),
    ("reports", "method", Kind::Text),
    ("reports", "url", Kind::Fixed(Fixed::WebAddress)),
    ("photos", "file", Kind::Fixed(Fixed::Path)),
    ("photos", "caption", Kind::Text),
    ("photos", "credit", Kind::Text),
    ("photos", "alt", Kind::Text),
    ("photos", "speaker", Kind::Fixed(Fixed::SpeakerId)),
];

/// What the key `key` of the table `table` holds (`""` for the top level), or `None`
/// when the format has no such key.
pub fn kind(table: &str, key: &str) -> Option<Kind> {
    KEYS.iter()
        .find(|(t, k, _)| *t == table && *k == key)
        .map(|(_, _, kind)| *kind)
}

/// The keys of the table `table`, in the order of the format.
pub fn keys(table: &str) -> impl Iterator<Item = (&'static str, Kind)> + '_ {
    KEYS.iter()
        .filter(move |(t, _, _)| *t == table)
        .map(|(_, k, kind)| (*k, *kind))
}

/// The name of the table the key `key` of `table` opens (`release.contact`; an array of
/// tables keeps its own name: `release.quotes`, `speakers`).
pub fn inner(table: &str, key: &str) -> String {
    if table.is_empty() {
        key.to_string()
    } else {
        format!("{table}.{key}")
    }
}

/// Whether the text at a key of kind `kind` must be translated for a document that
/// prints it (a name keeps the briefing's spelling when the translation gives none).
pub fn needs_translating(kind: Kind) -> bool {
    matches!(kind, Kind::Text | Kind::Texts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_translated_and_the_rest_is_fixed() {
        assert_eq!(kind("release", "headline"), Some(Kind::Text));
        assert_eq!(kind("speakers", "bio"), Some(Kind::Texts));
        assert_eq!(kind("event", "date"), Some(Kind::Fixed(Fixed::Date)));
        assert_eq!(kind("speakers", "name"), Some(Kind::Name));
        assert_eq!(kind("event", "headline"), None);
        assert!(matches!(kind("", "attendance"), Some(Kind::Fixed(_))));
        assert_eq!(inner("release", "contact"), "release.contact");
        assert_eq!(inner("", "speakers"), "speakers");
        // Every table a key opens has keys of its own.
        for (table, key, kind) in KEYS {
            if matches!(kind, Kind::Table | Kind::Rows | Kind::Speakers) {
                assert!(keys(&inner(table, key)).next().is_some(), "{table}.{key}");
            }
        }
        assert!(needs_translating(Kind::Texts) && !needs_translating(Kind::Name));
    }
}

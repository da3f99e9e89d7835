//! The kinds of media outlet, defined once: the kinds, each one's name as the format
//! spells it, and the words people write for one (English, Russian, Kazakh) with the kind
//! each means. The briefing's reader (which accepts the Russian and Kazakh words), its
//! mistakes, `import` and the synthetic briefings all read these tables.

use serde::Deserialize;

/// The kinds of media outlet: read as the format spells them, or as a Russian or
/// Kazakh word for one (`газета`, `ТВ`, `телеарна`, `информагентство`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(try_from = "String")]
pub enum OutletKind {
    /// Television.
    Television,
    /// Radio.
    Radio,
    /// Newspapers and magazines.
    Print,
    /// Online media.
    Online,
    /// News agencies.
    NewsAgency,
    /// Freelance journalists.
    Freelance,
    /// Anything else.
    Other,
}

/// A kind as the format spells it, or a Russian or Kazakh word for it; anything else is
/// refused in serde's words for an unknown variant, which the mistakes explain.
impl TryFrom<String> for OutletKind {
    type Error = String;

    fn try_from(word: String) -> Result<Self, String> {
        let meant = KINDS.iter().position(|name| *name == word).or_else(|| {
            let kind = kind_in_cyrillic(&word)?;
            KINDS.iter().position(|name| *name == kind)
        });
        match meant {
            Some(at) => Ok(Self::ALL[at]),
            None => Err(format!(
                "unknown variant `{word}`, expected one of {}",
                KINDS.map(|n| format!("`{n}`")).join(", ")
            )),
        }
    }
}

impl OutletKind {
    /// Every kind, in the order summaries list them.
    pub const ALL: [OutletKind; 7] = [
        Self::Television,
        Self::Radio,
        Self::Print,
        Self::Online,
        Self::NewsAgency,
        Self::Freelance,
        Self::Other,
    ];

    /// The kind's name as the format spells it (`news agency`), from [`KINDS`].
    pub fn name(self) -> &'static str {
        let at = Self::ALL.iter().position(|k| *k == self);
        KINDS[at.expect("every kind is in ALL")]
    }
}

/// The kinds of media outlet, as the format spells them, in the order of
/// [`OutletKind::ALL`].
pub const KINDS: [&str; 7] = [
    "television",
    "radio",
    "print",
    "online",
    "news agency",
    "freelance",
    "other",
];

/// Words people write for a kind of outlet (English, Russian, Kazakh), lower case, and
/// the kind each means. Only words that cannot mean another kind.
pub const KIND_WORDS: &[(&str, &str)] = &[
    ("tv", "television"),
    ("t.v.", "television"),
    ("tv channel", "television"),
    ("tv station", "television"),
    ("television channel", "television"),
    ("television station", "television"),
    ("телевидение", "television"),
    ("телеканал", "television"),
    ("тв", "television"),
    ("телекомпания", "television"),
    ("теледидар", "television"),
    ("телеарнасы", "television"),
    ("телеарна", "television"),
    ("radio station", "radio"),
    ("радио", "radio"),
    ("радиостанция", "radio"),
    ("радиосы", "radio"),
    ("newspaper", "print"),
    ("newspapers", "print"),
    ("magazine", "print"),
    ("press", "print"),
    ("print media", "print"),
    ("printed", "print"),
    ("газета", "print"),
    ("газеты", "print"),
    ("журнал", "print"),
    ("газет", "print"),
    ("газеті", "print"),
    ("печать", "print"),
    ("печатное издание", "print"),
    ("печатные сми", "print"),
    ("website", "online"),
    ("web site", "online"),
    ("web", "online"),
    ("site", "online"),
    ("portal", "online"),
    ("news portal", "online"),
    ("news site", "online"),
    ("internet", "online"),
    ("online media", "online"),
    ("blog", "online"),
    ("blogger", "online"),
    ("сайт", "online"),
    ("портал", "online"),
    ("интернет", "online"),
    ("интернет-издание", "online"),
    ("интернет-сми", "online"),
    ("онлайн", "online"),
    ("блог", "online"),
    ("блогер", "online"),
    ("ғаламтор", "online"),
    ("интернет-басылым", "online"),
    ("интернет басылым", "online"),
    ("интернет-басылымы", "online"),
    ("ақпараттық портал", "online"),
    ("agency", "news agency"),
    ("news-agency", "news agency"),
    ("newsagency", "news agency"),
    ("news_agency", "news agency"),
    ("information agency", "news agency"),
    ("wire service", "news agency"),
    ("агентство", "news agency"),
    ("информагентство", "news agency"),
    ("информационное агентство", "news agency"),
    ("агенттік", "news agency"),
    ("ақпарат агенттігі", "news agency"),
    ("ақпараттық агенттік", "news agency"),
    ("freelancer", "freelance"),
    ("фрилансер", "freelance"),
    ("внештатный журналист", "freelance"),
];

/// The kind a Russian or Kazakh word means (`газета`, `ТВ`, `телеарна`), exactly as
/// [`KIND_WORDS`] has it, in any case: the briefing format accepts these as the kinds.
pub fn kind_in_cyrillic(word: &str) -> Option<&'static str> {
    let word = word.trim().to_lowercase();
    let word = word.split_whitespace().collect::<Vec<_>>().join(" ");
    if !word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)) {
        return None;
    }
    KIND_WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, kind)| *kind)
}

/// The kind a word means, from [`KIND_WORDS`] or as a close misspelling of a kind.
pub fn kind_for(word: &str) -> Option<&'static str> {
    let word = word.trim().to_lowercase();
    let word = word.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some((_, kind)) = KIND_WORDS.iter().find(|(w, _)| *w == word) {
        return Some(kind);
    }
    // A misspelling: at most one edit in four letters, never a different word.
    KINDS
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&word, k), *k))
        .filter(|(d, k)| *d <= (k.chars().count() / 4).max(1))
        .min()
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_word_is_listed_once() {
        for (i, (word, _)) in KIND_WORDS.iter().enumerate() {
            assert!(
                KIND_WORDS[i + 1..].iter().all(|(w, _)| w != word),
                "{word} is listed twice"
            );
        }
    }

    #[test]
    fn kind_words_lead_to_the_right_kind_only() {
        for (word, kind) in [
            ("newspaper", "print"),
            ("Newspaper", "print"),
            ("TV", "television"),
            ("tv channel", "television"),
            ("газета", "print"),
            ("Телеканал", "television"),
            ("сайт", "online"),
            ("радио", "radio"),
            ("newsagency", "news agency"),
            ("televison", "television"),
            ("blogger", "online"),
        ] {
            assert_eq!(kind_for(word), Some(kind), "{word}");
        }
        for word in ["news", "cinema", "paper", "tvs channel"] {
            assert_eq!(kind_for(word), None, "{word}");
        }
    }
}

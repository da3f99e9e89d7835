//! Words people write for what the format names otherwise, used by the mistakes and by
//! `import`: a name made an id, the kinds of outlet in English, Russian and Kazakh words.

/// An id made of a name typed where one is expected (`Жанна Ахметова`, `Lars_Berg`): lower
/// case, Cyrillic (Russian and Kazakh) written in Latin letters, words joined by `-`,
/// anything else left out; `None` when nothing is left.
pub fn id_for(typed: &str) -> Option<String> {
    const LATIN: &[(char, &str)] = &[
        ('а', "a"),
        ('ә', "a"),
        ('б', "b"),
        ('в', "v"),
        ('г', "g"),
        ('ғ', "g"),
        ('д', "d"),
        ('е', "e"),
        ('ё', "e"),
        ('ж', "zh"),
        ('з', "z"),
        ('и', "i"),
        ('й', "i"),
        ('і', "i"),
        ('к', "k"),
        ('қ', "q"),
        ('л', "l"),
        ('м', "m"),
        ('н', "n"),
        ('ң', "n"),
        ('о', "o"),
        ('ө', "o"),
        ('п', "p"),
        ('р', "r"),
        ('с', "s"),
        ('т', "t"),
        ('у', "u"),
        ('ұ', "u"),
        ('ү', "u"),
        ('ф', "f"),
        ('х', "kh"),
        ('һ', "h"),
        ('ц', "ts"),
        ('ч', "ch"),
        ('ш', "sh"),
        ('щ', "shch"),
        ('ъ', ""),
        ('ы', "y"),
        ('ь', ""),
        ('э', "e"),
        ('ю', "yu"),
        ('я', "ya"),
    ];
    let mut id = String::new();
    for c in typed.trim().chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            id.push(c);
        } else if let Some((_, latin)) = LATIN.iter().find(|(cyrillic, _)| *cyrillic == c) {
            id.push_str(latin);
        } else if (c.is_whitespace() || matches!(c, '-' | '_' | '.')) && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_matches('-').to_string();
    (!id.is_empty()).then_some(id)
}

/// The kinds of media outlet, as the format spells them.
pub(super) const KINDS: &[&str] = &[
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
pub(super) const KIND_WORDS: &[(&str, &str)] = &[
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
    fn a_name_typed_for_an_id_becomes_one() {
        assert_eq!(
            id_for("Жанна Ахметова").as_deref(),
            Some("zhanna-akhmetova")
        );
        assert_eq!(id_for("Әлия Қасымова").as_deref(), Some("aliya-qasymova"));
        assert_eq!(id_for("Lars_Berg").as_deref(), Some("lars-berg"));
        assert_eq!(id_for("Dr. A. Ozols").as_deref(), Some("dr-a-ozols"));
        assert_eq!(id_for("勞動"), None);
    }

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

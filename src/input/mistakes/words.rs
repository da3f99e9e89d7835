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
}

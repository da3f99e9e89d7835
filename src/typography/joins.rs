//! Where a printed line must not break inside a word: after the hyphen of a double
//! name (`Иванова-Сулейменова`, `O’Neill-Smith`), of an acronym and its case ending
//! (`БҰҰ-ның`), of a number and its ending (`2-тоқсан`, `1 200-ден`), and after the dash
//! of a range of numbers (`2025–2026`). Typst breaks after any hyphen or en dash, so the
//! Typst markup of every value (never its plain text or HTML) gets an invisible word
//! joiner (U+2060) there; text read back out of the PDF keeps the hyphen alone.

/// The word joiner: no line break on either side, no width, no glyph.
pub const WORD_JOINER: char = '\u{2060}';

/// `text` with a word joiner after every hyphen or dash that must not end a line.
pub fn joined(text: &str) -> String {
    if !text.contains(['-', '‐', '–']) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        out.push(c);
        if matches!(c, '-' | '‐' | '–') && holds(&chars[..i], &chars[i + 1..], c) {
            out.push(WORD_JOINER);
        }
    }
    out
}

/// Whether the hyphen or dash `dash` between `before` and `after` joins one unit.
fn holds(before: &[char], after: &[char], dash: char) -> bool {
    let start = before
        .iter()
        .rposition(|c| !c.is_alphanumeric())
        .map_or(0, |p| p + 1);
    let left = &before[start..];
    let (Some(&first), Some(&next)) = (left.first(), after.first()) else {
        return false;
    };
    let digits = left.iter().all(char::is_ascii_digit);
    if dash == '–' {
        // A range of numbers, `2025–2026`: a dash between words stays a break.
        return digits && next.is_ascii_digit();
    }
    if !next.is_alphanumeric() {
        return false;
    }
    let capitals = left.len() >= 2 && left.iter().all(|c| c.is_uppercase());
    let name = first.is_uppercase() && next.is_uppercase();
    digits || capitals || name
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text with its joiners shown as `+`.
    fn shown(text: &str) -> String {
        joined(text).replace(WORD_JOINER, "+")
    }

    #[test]
    fn names_acronyms_numbers_and_ranges_hold_together() {
        assert_eq!(shown("Иванова-Сулейменова"), "Иванова-+Сулейменова");
        assert_eq!(shown("Siobhan O’Neill-Smith"), "Siobhan O’Neill-+Smith");
        assert_eq!(shown("БҰҰ-ның мандаты"), "БҰҰ-+ның мандаты");
        assert_eq!(shown("2017 ж. 2-тоқсан"), "2017 ж. 2-+тоқсан");
        assert_eq!(shown("1 200-ден астам"), "1 200-+ден астам");
        assert_eq!(shown("в 2025–2026 гг."), "в 2025–+2026 гг.");
    }

    #[test]
    fn common_compounds_and_dashes_between_words_still_break() {
        for text in [
            "общественно-политическая газета",
            "көші-қон",
            "интернет-издание «Vlast.kz»",
            "Astana – Almaty",
            "2025 – 2026",
            "north–south",
            "-5",
            "A-",
        ] {
            assert_eq!(joined(text), text, "{text}");
        }
    }
}

//! Kazakh hyphenation. Typst hyphenates with the `hypher` crate's patterns, which have
//! none for Kazakh (`kk`), so Kazakh text gets its break points here: a soft hyphen
//! (U+00AD, where Typst may break a line and then prints a hyphen) between syllables,
//! by the rules of Kazakh orthography: one consonant between vowels starts the next
//! syllable (`ба-ла`), of two or more the last does (`ал-ма`, `айт-ты`); `у` and `и`
//! after a vowel are consonants (`сау-да`); a line never keeps or takes one letter.

/// The soft hyphen.
pub const SOFT_HYPHEN: char = '\u{ad}';

/// Fewest letters of a word on either side of a break.
const EDGE: usize = 2;

/// Whether `c` is a Kazakh vowel letter (`у` and `и` are settled by their neighbours).
fn vowel(c: char) -> bool {
    matches!(
        c.to_lowercase().next().unwrap_or(c),
        'а' | 'ә' | 'е' | 'ё' | 'и' | 'о' | 'ө' | 'у' | 'ұ' | 'ү' | 'ы' | 'і' | 'э' | 'ю' | 'я'
    )
}

/// Whether `c` is a Cyrillic letter.
fn cyrillic(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{4ff}')
}

/// The places (char indices) in `word`, all Cyrillic letters, before which a line may
/// break.
fn breaks(word: &[char]) -> Vec<usize> {
    // The syllables' nuclei: vowels, but for `у` and `и` right after a vowel.
    let nuclei: Vec<usize> = (0..word.len())
        .filter(|&i| {
            let c = word[i].to_lowercase().next().unwrap_or(word[i]);
            vowel(c) && !(matches!(c, 'у' | 'и') && i > 0 && vowel(word[i - 1]))
        })
        .collect();
    let mut out = Vec::new();
    for pair in nuclei.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        // Between the nuclei: none or one consonant goes to the next syllable, of more
        // only the last does.
        let mut at = if b - a <= 2 { a + 1 } else { b - 1 };
        // A soft or hard sign stays with the consonant before it.
        while at < word.len() && matches!(word[at], 'ь' | 'ъ' | 'Ь' | 'Ъ') {
            at += 1;
        }
        if at >= EDGE && word.len() - at >= EDGE {
            out.push(at);
        }
    }
    out
}

/// `text` with a soft hyphen at every syllable break of its Kazakh words (runs of
/// Cyrillic letters; a word that touches a Latin letter, a digit or a hyphen is left
/// whole).
pub fn soft_hyphens(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut i = 0;
    while i < chars.len() {
        if !cyrillic(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && cyrillic(chars[i]) {
            i += 1;
        }
        let word = &chars[start..i];
        let glued = |c: Option<&char>| c.is_some_and(|&c| c.is_alphanumeric() || c == '-');
        let cuts = if glued(start.checked_sub(1).and_then(|s| chars.get(s))) || glued(chars.get(i))
        {
            Vec::new()
        } else {
            breaks(word)
        };
        for (k, &c) in word.iter().enumerate() {
            if cuts.contains(&k) {
                out.push(SOFT_HYPHEN);
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text with its soft hyphens shown as `-`.
    fn shown(text: &str) -> String {
        soft_hyphens(text).replace(SOFT_HYPHEN, "-")
    }

    #[test]
    fn kazakh_words_break_between_syllables() {
        assert_eq!(shown("балалар"), "ба-ла-лар");
        assert_eq!(shown("сауда"), "сау-да");
        assert_eq!(shown("тауы"), "та-уы");
        assert_eq!(shown("айтты"), "айт-ты");
        assert_eq!(shown("мемлекеттік"), "мем-ле-кет-тік");
        assert_eq!(shown("қызметкерлер"), "қыз-мет-кер-лер");
        assert_eq!(shown("денсаулық"), "ден-сау-лық");
        assert_eq!(shown("ынтымақтастық"), "ын-ты-мақ-тас-тық");
    }

    #[test]
    fn one_letter_never_stands_alone_and_mixed_words_stay_whole() {
        // `о-ның`, `ау-а` would leave one letter.
        assert_eq!(shown("оның"), "оның");
        assert_eq!(shown("ауа"), "ауа");
        assert_eq!(shown("Vlast.kz және"), "Vlast.kz жә-не");
        assert_eq!(shown("БҰҰ-ның көші-қон"), "БҰҰ-ның көші-қон");
        assert_eq!(shown("2-тоқсанда"), "2-тоқсанда");
        assert_eq!(shown("бөлімшесі"), "бө-лім-ше-сі");
    }
}

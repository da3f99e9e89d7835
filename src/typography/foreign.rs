//! Runs of a text written in another script than its document's language, and the
//! language they are read in, so that a screen reader switches voice for them (Typst tags
//! each such run with its own `/Lang`). In a Russian or Kazakh document, Latin words (an
//! English name, an acronym, a web or email address) are English; in an English
//! document, Cyrillic words are Kazakh when one of them has a letter only Kazakh uses
//! (`ә ғ қ ң ө ұ ү һ і`), else Russian. Words of the document's own script are left to the
//! document's language: a Kazakh name inside a Russian sentence cannot be told by its
//! letters alone.

use std::ops::Range;

use crate::vocab::Language;

/// Letters of the Kazakh alphabet that Russian does not have.
const KAZAKH_ONLY: &str = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";

/// Whether `c` is a letter of the Latin script.
fn latin(c: char) -> bool {
    c.is_ascii_alphabetic() || (('\u{C0}'..='\u{24F}').contains(&c) && c.is_alphabetic())
}

/// Whether `c` is a letter of the Cyrillic script.
fn cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{52F}').contains(&c) && c.is_alphabetic()
}

/// Whether `c` may sit between two foreign letters of one run: spaces, and the marks
/// inside names, compounds and addresses (`O'Brien`, `UN-Habitat`, `www.iom.int`,
/// `a.b@iom.int`, `AT&T`, `COVID-19 Response`).
fn joins(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{A0}' | '\u{202F}' | '\'' | '’' | '-' | '‐' | '.' | '@' | '&' | '_' | '/'
    ) || c.is_ascii_digit()
}

/// The runs of `text` in another script than `document`'s, each with the language it is
/// read in, in order and without overlap. A run starts with a letter and ends with one
/// (and the accents written after it).
pub fn runs(text: &str, document: Language) -> Vec<(Range<usize>, Language)> {
    let foreign: fn(char) -> bool = match document {
        Language::En => cyrillic,
        Language::Ru | Language::Kk => latin,
    };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !foreign(chars[i].1) {
            i += 1;
            continue;
        }
        // The run goes on over joining characters as long as a letter of the script
        // follows them.
        let mut last = i;
        let mut j = i + 1;
        loop {
            while j < chars.len() && (joins(chars[j].1) || is_mark(chars[j].1)) {
                j += 1;
            }
            if j < chars.len() && foreign(chars[j].1) {
                last = j;
                j += 1;
            } else {
                break;
            }
        }
        let mut after = last + 1;
        while after < chars.len() && is_mark(chars[after].1) {
            after += 1;
        }
        let range = chars[i].0..chars.get(after).map_or(text.len(), |&(at, _)| at);
        let language = match document {
            Language::En if text[range.clone()].chars().any(|c| KAZAKH_ONLY.contains(c)) => {
                Language::Kk
            }
            Language::En => Language::Ru,
            Language::Ru | Language::Kk => Language::En,
        };
        out.push((range, language));
        i = after;
    }
    out
}

/// Whether `c` is a combining mark (an accent written after its letter).
fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The runs of `text` as (text, language code) pairs.
    fn spans(text: &str, document: Language) -> Vec<(&str, &'static str)> {
        runs(text, document)
            .into_iter()
            .map(|(r, l)| (&text[r], l.code()))
            .collect()
    }

    #[test]
    fn latin_names_and_addresses_in_russian_and_kazakh_are_english() {
        assert_eq!(
            spans(
                "Директор IOM в Казахстане Jean-Philippe O’Brien (UN Women): www.iom.kz, a.b@iom.int.",
                Language::Ru
            ),
            [
                ("IOM", "en"),
                ("Jean-Philippe O’Brien", "en"),
                ("UN Women", "en"),
                ("www.iom.kz", "en"),
                ("a.b@iom.int", "en"),
            ]
        );
        assert_eq!(
            spans(
                "Байланыс: iomastana@iom.int, +7 7172 55 18 40",
                Language::Kk
            ),
            [("iomastana@iom.int", "en")]
        );
        // A run never starts or ends on a joining character, a digit or a space.
        assert_eq!(
            spans("«COVID-19» и UN 2030 Agenda.", Language::Ru),
            [("COVID", "en"), ("UN 2030 Agenda", "en")]
        );
    }

    #[test]
    fn cyrillic_in_english_is_kazakh_when_a_letter_says_so_else_russian() {
        assert_eq!(
            spans(
                "Khabar (Хабар), «Егемен Қазақстан» and Радио Азаттык reported.",
                Language::En
            ),
            [
                ("Хабар", "ru"),
                ("Егемен Қазақстан", "kk"),
                ("Радио Азаттык", "ru")
            ]
        );
    }

    #[test]
    fn text_in_the_documents_own_script_has_no_run() {
        assert!(
            runs(
                "Международная организация по миграции, 2016 г.",
                Language::Ru
            )
            .is_empty()
        );
        assert!(runs("Халықаралық көші-қон ұйымы", Language::Kk).is_empty());
        assert!(
            runs(
                "International Organization for Migration, Café",
                Language::En
            )
            .is_empty()
        );
        assert!(runs("", Language::En).is_empty());
    }

    #[test]
    fn accented_letters_and_combining_marks_stay_in_their_run() {
        let text = "Премия Zoë Müller и Nun\u{303}ez Jose\u{301}.";
        assert_eq!(
            spans(text, Language::Ru),
            [("Zoë Müller", "en"), ("Nun\u{303}ez Jose\u{301}", "en")]
        );
    }
}

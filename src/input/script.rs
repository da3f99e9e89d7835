//! Whether a briefing's prose is written in the script of its language. A Russian or
//! Kazakh briefing whose release is all Latin letters, or an English one written in
//! Cyrillic, would get labels, dates and hyphenation of the wrong language: it gets a
//! warning (the documents are still written), at the first text that does not match.

use crate::diagnostic::Diagnostic;
use crate::input::briefing::{Key, KeyPath, Source};
use crate::messages::input::reading::Reading;
use crate::vocab::Language;

/// Keys that hold prose, the texts whose script tells the language.
const PROSE: &[&str] = &["headline", "summary", "body", "bio", "about", "text"];

/// Fewest letters a text needs before its script says anything.
const MIN_LETTERS: usize = 20;

/// The script a text's letters are in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    /// Latin letters only.
    Latin,
    /// More Cyrillic letters than Latin.
    Cyrillic,
    /// Too short to tell, or mixed as Russian and Kazakh prose often is (names, acronyms).
    Unknown,
}

/// The script of a text.
fn script(text: &str) -> Script {
    let (mut latin, mut cyrillic) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        match c {
            'a'..='z' | 'A'..='Z' | '\u{C0}'..='\u{24F}' => latin += 1,
            '\u{400}'..='\u{4FF}' => cyrillic += 1,
            _ => {}
        }
    }
    if latin + cyrillic < MIN_LETTERS {
        Script::Unknown
    } else if cyrillic == 0 {
        Script::Latin
    } else if cyrillic > latin {
        Script::Cyrillic
    } else {
        Script::Unknown
    }
}

/// The warning for prose in another script than `language`'s, if there is any.
pub fn warnings(source: &Source, language: Language) -> Vec<Diagnostic> {
    let Ok(root) = toml::de::DeTable::parse(&source.text) else {
        return Vec::new();
    };
    let wrong = match language {
        Language::En => Script::Cyrillic,
        Language::Ru | Language::Kk => Script::Latin,
    };
    let mut found: Vec<(KeyPath, std::ops::Range<usize>)> = Vec::new();
    let mut stack: Vec<(KeyPath, &toml::Spanned<toml::de::DeValue>)> = root
        .get_ref()
        .iter()
        .map(|(k, v)| (KeyPath::default().key(k.get_ref().to_string()), v))
        .collect();
    while let Some((path, value)) = stack.pop() {
        match value.get_ref() {
            toml::de::DeValue::String(text) => {
                let prose = path.0.iter().rev().find_map(|k| match k {
                    Key::Name(name) => Some(PROSE.contains(&name.as_ref())),
                    Key::Index(_) => None,
                });
                if prose == Some(true) && script(text) == wrong {
                    found.push((path, value.span()));
                }
            }
            toml::de::DeValue::Array(items) => {
                stack.extend(items.iter().enumerate().map(|(i, v)| (path.index(i), v)));
            }
            toml::de::DeValue::Table(table) => stack.extend(
                table
                    .iter()
                    .map(|(k, v)| (path.key(k.get_ref().to_string()), v)),
            ),
            _ => {}
        }
    }
    found.sort_by_key(|(_, span)| span.start);
    let Some((path, span)) = found.first() else {
        return Vec::new();
    };
    let (path, language) = (path.to_string(), language.code().to_string());
    let message = match wrong {
        Script::Cyrillic => Reading::InCyrillicLetters { path, language },
        _ => Reading::InLatinLetters { path, language },
    };
    let mut warning = source.error_at(span.clone(), message).warning();
    if found.len() > 1 {
        warning = warning.with_hint(Reading::MoreTextsToo {
            count: (found.len() - 1) as u64,
        });
    }
    let hint = match wrong {
        Script::Cyrillic => Reading::SayRussianOrKazakh,
        _ => Reading::SayEnglish,
    };
    vec![warning.with_hint(hint)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_latin_from_cyrillic_and_stays_quiet_when_unsure() {
        assert_eq!(
            script("The government announced a new programme"),
            Script::Latin
        );
        assert_eq!(
            script("Правительство объявило о новой программе МОМ (IOM)"),
            Script::Cyrillic
        );
        assert_eq!(script("IOM and UNHCR"), Script::Unknown);
    }

    #[test]
    fn warns_once_at_the_first_text_in_the_wrong_script() {
        let source = Source {
            path: "b.toml".into(),
            text: "[release]\nheadline = \"Migration trends in Central Asia this year\"\nbody = [\"Правительство объявило о новой программе\", \"The second paragraph is English too\"]\n".into(),
        };
        let warnings = warnings(&source, Language::Ru);
        assert_eq!(warnings.len(), 1);
        let w = &warnings[0];
        assert!(!w.is_error());
        assert_eq!(
            w.message.en(),
            "release.headline is written in Latin letters, but the briefing's language is Russian (event.language)"
        );
        assert_eq!(
            w.location.as_ref().map(|l| (l.line, l.column)),
            Some((2, 12))
        );
        assert_eq!(w.hints[0].en(), "1 more text of the release or bios is too");
        // In an English briefing, the Cyrillic paragraph is the one out of place.
        let english = super::warnings(&source, Language::En);
        assert!(
            english[0]
                .message
                .en()
                .starts_with("release.body[1] is written in Cyrillic")
        );
        assert_eq!(english[0].hints.len(), 1);
    }
}

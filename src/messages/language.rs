//! The user's language: `PRESSKIT_LANG`, else the locale environment, else English
//! (`../shared/spec/cli.md`, "The user's language").

use std::sync::OnceLock;

use crate::vocab::Language;

/// The variables of the locale environment, in the order that decides.
const LOCALE_VARIABLES: [&str; 4] = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"];

/// The language of one locale name: `ru_RU.UTF-8`, `kk_KZ`, `ru`, `en-US`; `None` for
/// `C`, `POSIX` and languages presskit does not speak.
fn of_locale(name: &str) -> Option<Language> {
    let code: String = name
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    Language::ALL.into_iter().find(|l| l.code() == code)
}

/// The language chosen by the environment `get` reads: `PRESSKIT_LANG` when it names
/// one, else the first of `LANGUAGE` (a `:`-separated list), `LC_ALL`, `LC_MESSAGES`,
/// `LANG` that is set, else English.
pub fn from_environment(get: impl Fn(&str) -> Option<String>) -> Language {
    if let Some(language) = get("PRESSKIT_LANG").as_deref().and_then(of_locale) {
        return language;
    }
    for variable in LOCALE_VARIABLES {
        let Some(value) = get(variable).filter(|v| !v.trim().is_empty()) else {
            continue;
        };
        if variable == "LANGUAGE" {
            match value.split(':').find_map(of_locale) {
                Some(language) => return language,
                None => continue,
            }
        }
        return of_locale(&value).unwrap_or(Language::En);
    }
    Language::En
}

/// The language presskit speaks in this run, read from the environment once.
pub fn user_language() -> Language {
    static CHOSEN: OnceLock<Language> = OnceLock::new();
    *CHOSEN.get_or_init(|| from_environment(|name| std::env::var(name).ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The language chosen by the given variables and no others.
    fn chosen(variables: &[(&str, &str)]) -> Language {
        from_environment(|name| {
            variables
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn presskit_lang_comes_first_then_the_locale_in_its_order() {
        assert_eq!(chosen(&[]), Language::En);
        assert_eq!(chosen(&[("LANG", "kk_KZ.UTF-8")]), Language::Kk);
        assert_eq!(chosen(&[("LANG", "ru_RU.UTF-8")]), Language::Ru);
        assert_eq!(
            chosen(&[("PRESSKIT_LANG", "ru"), ("LANG", "kk_KZ.UTF-8")]),
            Language::Ru
        );
        assert_eq!(
            chosen(&[("LC_ALL", "ru_RU.UTF-8"), ("LANG", "kk_KZ.UTF-8")]),
            Language::Ru
        );
        assert_eq!(
            chosen(&[("LC_MESSAGES", "kk_KZ"), ("LANG", "en_US.UTF-8")]),
            Language::Kk
        );
        assert_eq!(
            chosen(&[("LANGUAGE", "de:kk"), ("LANG", "ru_RU")]),
            Language::Kk
        );
        assert_eq!(
            chosen(&[("LANGUAGE", "de"), ("LANG", "ru_RU")]),
            Language::Ru
        );
        assert_eq!(chosen(&[("LC_ALL", "C"), ("LANG", "ru_RU")]), Language::En);
        assert_eq!(
            chosen(&[("PRESSKIT_LANG", "xx"), ("LANG", "kk_KZ")]),
            Language::Kk
        );
    }
}

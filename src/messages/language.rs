//! The user's language: `PRESSKIT_LANG`, else the locale environment, else English
//! (`../shared/spec/cli.md`, "The user's language"). On Windows, where the locale
//! variables are seldom set, the language of Windows' own menus stands in for them
//! before English: a Russian or Kazakh Windows gets Russian or Kazakh messages.

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
    from_environment_or(get, || None)
}

/// As [`from_environment`], with `system` (the language of the system's menus) asked
/// when no variable is set, before English.
fn from_environment_or(
    get: impl Fn(&str) -> Option<String>,
    system: impl FnOnce() -> Option<Language>,
) -> Language {
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
    system().unwrap_or(Language::En)
}

/// The language of a Windows language identifier (`LANGID`): its primary language, the
/// low ten bits (Russian 0x19, Kazakh 0x3F, English 0x09).
#[cfg(any(windows, test))]
fn of_windows_language(id: u16) -> Option<Language> {
    match id & 0x3ff {
        0x09 => Some(Language::En),
        0x19 => Some(Language::Ru),
        0x3f => Some(Language::Kk),
        _ => None,
    }
}

/// The language of Windows' own menus for this user.
#[cfg(windows)]
fn system_language() -> Option<Language> {
    // SAFETY: takes nothing and returns the user's UI language identifier.
    let id = unsafe { windows_sys::Win32::Globalization::GetUserDefaultUILanguage() };
    of_windows_language(id)
}

/// Elsewhere the locale variables are the system's language.
#[cfg(not(windows))]
fn system_language() -> Option<Language> {
    None
}

/// The language presskit speaks in this run, read from the environment once.
pub fn user_language() -> Language {
    static CHOSEN: OnceLock<Language> = OnceLock::new();
    *CHOSEN.get_or_init(|| from_environment_or(|name| std::env::var(name).ok(), system_language))
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

    #[test]
    fn the_systems_language_comes_after_every_variable_and_before_english() {
        let none = |_: &str| None;
        let russian_windows = || of_windows_language(0x0419);
        assert_eq!(from_environment_or(none, russian_windows), Language::Ru);
        assert_eq!(
            from_environment_or(none, || of_windows_language(0x043f)),
            Language::Kk
        );
        assert_eq!(
            from_environment_or(none, || of_windows_language(0x0407)),
            Language::En
        );
        let lang = |name: &str| (name == "LANG").then(|| "kk_KZ.UTF-8".to_string());
        assert_eq!(from_environment_or(lang, russian_windows), Language::Kk);
        let set = |name: &str| (name == "PRESSKIT_LANG").then(|| "en".to_string());
        assert_eq!(from_environment_or(set, russian_windows), Language::En);
    }
}

//! A speaker as the documents name them: the organisation printed once (not after a role
//! that already names it, in whatever grammatical case), the role in lower case after a
//! name or a dash in Russian and Kazakh, and the honorific the way each language puts it.
//!
//! Whether a role names an organisation is decided on the stems of the organisation's
//! significant words: `Министерства здравоохранения Республики Казахстан` names
//! `Министерство здравоохранения Республики Казахстан`, `представитель ВОЗ` names
//! `Всемирная организация здравоохранения (ВОЗ)`, and an acronym names the words whose
//! initials it is (`РК`, `Республики Казахстан`).

use crate::vocab::Language;

/// Words too common to tell one organisation from another.
const STOP_WORDS: &[&str] = &[
    "the", "and", "for", "of", "in", "on", "и", "в", "по", "для", "при", "на", "және", "үшін",
];

/// Proper nouns that may start a role and keep their capital there: the states and
/// capitals of the region, in Russian and Kazakh, in any case form ([`CASE_ENDINGS`]:
/// `Казахстана`, `Қазақстанның`, but not the adjectives `казахстанский`,
/// `қазақстандық`). Any word of two capitals or more (an acronym) keeps its case too.
const PROPER_NOUNS: &[&str] = &[
    "Казахстан",
    "Қазақстан",
    "Кыргызстан",
    "Қырғызстан",
    "Узбекистан",
    "Өзбекстан",
    "Таджикистан",
    "Тәжікстан",
    "Туркменистан",
    "Түрікменстан",
    "Россия",
    "Ресей",
    "Республика",
    "Алматы",
    "Астана",
    "Бишкек",
    "Ташкент",
    "Душанбе",
    "Ашхабад",
];

/// The case endings a proper noun of [`PROPER_NOUNS`] takes at the start of a role
/// (Russian, then Kazakh); a noun ending in `а` or `я` drops it first (`Республики`).
const CASE_ENDINGS: &[&str] = &[
    "а", "у", "ом", "е", "ы", "и", "ой", "ей", "ю", "ии", "ию", "ией", "ою", "ның", "нің", "дың",
    "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "да", "де", "та", "те", "нан", "нен",
    "дан", "ден", "тан", "тен", "дағы", "дегі", "тағы", "тегі", "сы", "сі", "ы", "і",
];

/// Whether `word` is the proper noun `noun` in one of its case forms.
fn case_form(word: &str, noun: &str) -> bool {
    let stem = noun.trim_end_matches(['а', 'я']);
    word == noun
        || word
            .strip_prefix(stem)
            .is_some_and(|ending| ending.is_empty() || CASE_ENDINGS.contains(&ending))
}

/// Courtesy titles: in Kazakh a name takes `ханым` or `мырза` after it, or none.
const COURTESY: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "г-н",
    "г-жа",
    "господин",
    "госпожа",
    "ханым",
    "мырза",
    "m.",
    "mme",
];

/// The words of `text`: runs of letters and digits, hyphenated parts apart.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Whether `word` is an acronym: two capital letters or more, and no lower-case letter.
fn acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_uppercase()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// Whether two words are one word in two grammatical forms: the same, or sharing a
/// stem of at least four letters that leaves at most three letters of either
/// (`министерства` and `министерство`, `министрлігі` and `министрлігінің`).
fn same_stem(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    if a == b {
        return true;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    common >= 4 && common + 3 >= shorter
}

/// Whether `acronym` is spelt by the initials of `words`.
fn initials_spell(acronym: &str, words: &[&str]) -> bool {
    let letters: Vec<char> = acronym.to_lowercase().chars().collect();
    words.len() == letters.len()
        && words
            .iter()
            .zip(&letters)
            .all(|(w, l)| w.to_lowercase().starts_with(*l))
}

/// Whether `role` already names `organization`, in any grammatical case: every
/// significant word of the organisation is in the role (by stem, or under an acronym
/// of the role that its initials spell, `РК` for `Республики Казахстан`), or the role
/// holds the organisation's own acronym, given in parentheses (`ВОЗ` of `Всемирная
/// организация здравоохранения (ВОЗ)`) or as the whole organisation (`ЮНИСЕФ`).
pub fn names_organization(role: &str, organization: &str) -> bool {
    let role_words: Vec<&str> = words(role).collect();
    let has_word = |word: &str| {
        role_words
            .iter()
            .any(|r| r.to_lowercase() == word.to_lowercase())
    };
    let own_acronym = organization
        .split_once('(')
        .and_then(|(_, rest)| rest.split_once(')'))
        .map(|(inside, _)| inside.trim())
        .filter(|inside| acronym(inside));
    if own_acronym.is_some_and(has_word) {
        return true;
    }
    let significant: Vec<&str> = words(organization)
        .filter(|w| !STOP_WORDS.contains(&w.to_lowercase().as_str()))
        .filter(|w| Some(*w) != own_acronym)
        .collect();
    if significant.is_empty() {
        return true;
    }
    let mut held: Vec<bool> = significant
        .iter()
        .map(|&w| {
            if acronym(w) {
                has_word(w)
                    || role_words
                        .windows(w.chars().count())
                        .any(|run| initials_spell(w, run))
            } else {
                role_words.iter().any(|r| same_stem(r, w))
            }
        })
        .collect();
    // An acronym of the role may stand for several words of the organisation.
    for a in role_words.iter().filter(|w| acronym(w)) {
        let n = a.chars().count();
        for start in 0..significant.len().saturating_sub(n - 1) {
            if initials_spell(a, &significant[start..start + n]) {
                held[start..start + n].iter_mut().for_each(|h| *h = true);
            }
        }
    }
    held.iter().all(|&h| h)
}

/// A role as it reads after a name or a dash (`— Ерлан Нұрланов, директор центра`): in
/// Russian and Kazakh its first letter in lower case, whatever case it was typed in,
/// unless its first word is an acronym (`ХКҰ-ның`, `ЮНИСЕФ`), has a capital inside it,
/// or is one of the region's proper nouns ([`PROPER_NOUNS`], any case form). English
/// roles are titles and keep the case they were typed in.
pub fn after_name(role: &str, language: Language) -> String {
    if language == Language::En {
        return role.to_string();
    }
    let role = role.trim_start();
    let Some(first) = words(role).next() else {
        return role.to_string();
    };
    let capital_inside = first.chars().skip(1).any(char::is_uppercase);
    let proper = PROPER_NOUNS.iter().any(|p| case_form(first, p));
    if acronym(first) || capital_inside || proper || !role.starts_with(first) {
        return role.to_string();
    }
    let mut chars = role.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A speaker's name with the honorific, as it starts a line: the honorific first and
/// capitalised (`Д-р Анна Берг`, `Г-жа …`); in Kazakh a courtesy title follows the name
/// when it is a Kazakh one (`Гүлнара Сейітова ханым`) and is left out when it is not
/// (`Mrs.`, `г-жа`), while a title of degree or office (`д-р`, `проф.`) stays before it.
pub fn full_name(honorific: Option<&str>, name: &str, language: Language) -> String {
    let Some(honorific) = honorific.map(str::trim).filter(|h| !h.is_empty()) else {
        return name.to_string();
    };
    let folded = honorific.to_lowercase();
    let bare = folded.trim_end_matches('.');
    let courtesy = COURTESY.contains(&bare) || COURTESY.contains(&folded.as_str());
    if language == Language::Kk && courtesy {
        return match bare {
            "ханым" | "мырза" => format!("{name} {bare}"),
            _ => name.to_string(),
        };
    }
    format!("{} {name}", super::capitalise(honorific))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_role_names_its_organisation_in_any_case_or_by_its_acronym() {
        let yes = [
            (
                "вице-министр здравоохранения Министерства здравоохранения Республики Казахстан",
                "Министерство здравоохранения Республики Казахстан",
            ),
            (
                "представитель ВОЗ в Казахстане",
                "Всемирная организация здравоохранения (ВОЗ)",
            ),
            ("представитель Всемирной организации здравоохранения", "ВОЗ"),
            (
                "вице-министр здравоохранения РК",
                "Министерство здравоохранения Республики Казахстан",
            ),
            (
                "Қазақстан Республикасы Денсаулық сақтау министрлігінің вице-министрі",
                "Қазақстан Республикасы Денсаулық сақтау министрлігі",
            ),
            (
                "руководитель программы образования ЮНИСЕФ в Казахстане",
                "ЮНИСЕФ",
            ),
            ("chief, iom almaty", " IOM "),
            ("Director of Sputnik Uzbekistan", "Sputnik Uzbekistan"),
        ];
        for (role, organization) in yes {
            assert!(
                names_organization(role, organization),
                "{role} / {organization}"
            );
        }
        let no = [
            ("Head of Office", "IOM"),
            (
                "Head of IOM Almaty office; Deputy Coordinator for Central Asia",
                "IOM Sub-regional Coordination Office for Central Asia",
            ),
            (
                "директор центра",
                "Министерство здравоохранения Республики Казахстан",
            ),
            ("Посол", "Министерство иностранных дел Республики Казахстан"),
            ("ХКҰ кеңсесінің басшысы", "Көші-қон орталығы"),
        ];
        for (role, organization) in no {
            assert!(
                !names_organization(role, organization),
                "{role} / {organization}"
            );
        }
    }

    #[test]
    fn a_role_after_a_name_starts_in_lower_case_unless_a_proper_noun_starts_it() {
        use Language::{En, Kk, Ru};
        assert_eq!(after_name("Директор центра", Ru), "директор центра");
        assert_eq!(
            after_name("Орталықтың директоры", Kk),
            "орталықтың директоры"
        );
        assert_eq!(after_name("ХКҰ-ның өкілі", Kk), "ХКҰ-ның өкілі");
        assert_eq!(
            after_name("ЮНИСЕФ представитель", Ru),
            "ЮНИСЕФ представитель"
        );
        assert_eq!(
            after_name("Казахстанского центра директор", Ru),
            "казахстанского центра директор"
        );
        assert_eq!(
            after_name("Республики Казахстан посол", Ru),
            "Республики Казахстан посол"
        );
        assert_eq!(after_name("Қазақстандағы өкілі", Kk), "Қазақстандағы өкілі");
        assert_eq!(
            after_name("Қазақстандық сарапшы", Kk),
            "қазақстандық сарапшы"
        );
        assert_eq!(
            after_name("Қазақстан Республикасы министрі", Kk),
            "Қазақстан Республикасы министрі"
        );
        assert_eq!(after_name("McKinsey partner", Ru), "McKinsey partner");
        assert_eq!(after_name("Head of Office", En), "Head of Office");
        assert_eq!(after_name("«Хабар» директоры", Kk), "«Хабар» директоры");
    }

    #[test]
    fn honorifics_start_a_line_capitalised_and_follow_a_kazakh_name() {
        use Language::{En, Kk, Ru};
        assert_eq!(full_name(Some("д-р"), "Анна Берг", Ru), "Д-р Анна Берг");
        assert_eq!(full_name(Some("г-жа"), "Анна Берг", Ru), "Г-жа Анна Берг");
        assert_eq!(
            full_name(Some("Mr."), "Dejan Keserovic", En),
            "Mr. Dejan Keserovic"
        );
        assert_eq!(full_name(None, "Dejan Keserovic", En), "Dejan Keserovic");
        assert_eq!(
            full_name(Some("ханым"), "Гүлнара Сейітова", Kk),
            "Гүлнара Сейітова ханым"
        );
        assert_eq!(
            full_name(Some("г-жа"), "Гүлнара Сейітова", Kk),
            "Гүлнара Сейітова"
        );
        assert_eq!(
            full_name(Some("Mrs."), "Гүлнара Сейітова", Kk),
            "Гүлнара Сейітова"
        );
        assert_eq!(
            full_name(Some("д-р"), "Ерлан Нұрланов", Kk),
            "Д-р Ерлан Нұрланов"
        );
    }
}

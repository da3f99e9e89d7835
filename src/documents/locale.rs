//! The languages documents are written in: fixed words, dates, times, numbers and
//! quotation marks, one file per language in `locales/`, compiled into the binary.
//!
//! Adding a language is adding a file and a [`Language`] variant; a word missing from a
//! file fails the unit tests, since [`Words`] has no defaults.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::input::briefing::OutletKind;
use crate::vocab::Language;
use crate::vocab::{Date, Deadline, Embargo, Time};

/// A language's file as written, its phrases still holding `{event.FORM}` (see
/// [`crate::documents::event_kind`]).
pub fn raw(language: Language) -> &'static Locale {
    static LOCALES: LazyLock<[Locale; 3]> = LazyLock::new(|| {
        Language::ALL.map(|l| {
            let text = match l {
                Language::En => include_str!("../../locales/en.toml"),
                Language::Ru => include_str!("../../locales/ru.toml"),
                Language::Kk => include_str!("../../locales/kk.toml"),
            };
            toml::from_str(text).unwrap_or_else(|e| panic!("locales/{}.toml: {e}", l.code()))
        })
    });
    &LOCALES[language as usize]
}

/// Every kind's forms, as a locale file gives them in `[event.KIND]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct EventWords {
    pub briefing: EventForms,
    pub press_conference: EventForms,
    pub conference: EventForms,
    pub round_table: EventForms,
    pub other: EventForms,
}

/// One kind's word in one language.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct EventForms {
    /// What users type for this kind (lower case; a hyphen matches a space), matched
    /// anywhere in the `kind`.
    pub recognise: Vec<String>,
    /// The word in each form the language's phrases name (`gen`, `dat`, `pl_nom`...).
    #[serde(flatten)]
    pub forms: BTreeMap<String, String>,
}

/// One language's file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Locale {
    /// The language code.
    pub code: String,
    /// The language's own name.
    pub name: String,
    /// Whether running text is hyphenated and justified (Typst's patterns, or for Kazakh
    /// the soft hyphens of [`crate::typography::syllables`]).
    pub hyphenate: bool,
    /// Opening quotation mark (one character).
    pub quote_open: char,
    /// Closing quotation mark (one character).
    pub quote_close: char,
    /// Opening mark of a quotation inside a quotation.
    pub inner_quote_open: char,
    /// Closing mark of a quotation inside a quotation.
    pub inner_quote_close: char,
    /// Digit group separator for numbers of five digits or more.
    pub thousands_separator: String,
    /// Month names as used in dates (genitive where the language needs it).
    pub months: [String; 12],
    /// Date pattern with `{day}`, `{month}` and `{year}`.
    pub date: String,
    /// Date pattern of a release's dateline (`АЛМАТЫ, 18 марта 2027 года —`): the form
    /// the region's releases use there, which may spell out what `date` abbreviates.
    pub dateline_date: String,
    /// Pattern of an event's days within one month: `{day}`, `{end_day}`, `{month}`,
    /// `{year}`.
    pub date_range: String,
    /// Pattern of an event's days across two months of a year: `{day}`, `{month}`,
    /// `{end_day}`, `{end_month}`, `{year}`.
    pub date_range_months: String,
    /// Pattern of an event's days across two years: `{start}` and `{end}`, whole dates.
    pub date_range_years: String,
    /// Time pattern with `{hour}` and `{minute}` (both two digits).
    pub time: String,
    /// Fixed words printed by the templates.
    pub words: Words,
    /// Names of the kinds of media.
    pub kinds: Kinds,
    /// The word for the event in the phrases that name it, by kind of event.
    pub event: EventWords,
}

/// Fixed words, available to every template as `words.NAME`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[allow(missing_docs)]
pub struct Words {
    pub press_release: String,
    pub for_immediate_release: String,
    pub embargoed_until: String,
    pub about: String,
    pub out_of: String,
    pub at_least: String,
    pub attendance_not_recorded: String,
    pub default_kind: String,
    pub time_zone: String,
    pub archive_count: String,
    pub archive_revision: String,
    pub language_names: LanguageNames,
    pub news_held: String,
    pub news_held_by_name: String,
    pub news_quote: String,
    pub news_presented: String,
    pub news_programme: String,
    pub news_report: String,
    pub news_funded: String,
    pub news_and: String,
    pub mail_greeting: String,
    pub mail_greeting_plain: String,
    pub mail_cover: String,
    pub mail_embargo: String,
    pub composed_bio: String,
    pub composed_bio_organization: String,
    pub briefings_held: String,
    pub journalists_reached: String,
    pub outlets_reached: String,
    pub outlets_reached_again: String,
    pub pieces_published: String,
    pub report_total_reach: String,
    pub indicator_of: String,
    pub indicator: String,
    pub value: String,
    pub qualifier: String,
    pub lower_bound: String,
    pub quarter: String,
    pub prepared_by: String,
    pub report_prepared: String,
    /// Every other word, by name: the words only templates print, so that a document's
    /// words are added to the locale files alone (a unit test holds the files to the same
    /// names).
    #[serde(flatten)]
    pub more: std::collections::BTreeMap<String, String>,
}

/// Names of the languages of the documents, as an interpretation line lists them.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct LanguageNames {
    pub en: String,
    pub ru: String,
    pub kk: String,
    pub uz: String,
    pub ky: String,
    pub tg: String,
    pub tk: String,
    pub zh: String,
    pub tr: String,
    pub de: String,
    pub fr: String,
    pub ar: String,
    pub es: String,
}

impl LanguageNames {
    /// Every code a name is given for: the documents' languages, the region's and the
    /// most common others of interpretation.
    pub const CODES: [&str; 13] = [
        "en", "ru", "kk", "uz", "ky", "tg", "tk", "zh", "tr", "de", "fr", "ar", "es",
    ];

    /// The name of the language of `code`, when one is given.
    pub fn get(&self, code: &str) -> Option<&str> {
        Some(match code {
            "en" => &self.en,
            "ru" => &self.ru,
            "kk" => &self.kk,
            "uz" => &self.uz,
            "ky" => &self.ky,
            "tg" => &self.tg,
            "tk" => &self.tk,
            "zh" => &self.zh,
            "tr" => &self.tr,
            "de" => &self.de,
            "fr" => &self.fr,
            "ar" => &self.ar,
            "es" => &self.es,
            _ => return None,
        })
    }
}

/// Names of the kinds of media outlet.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Kinds {
    pub television: String,
    pub radio: String,
    pub print: String,
    pub online: String,
    pub news_agency: String,
    pub freelance: String,
    pub other: String,
}

/// Fills `{name}` placeholders in a pattern.
pub fn fill(pattern: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(pattern.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

impl Locale {
    /// A date, as "22 December 2016".
    pub fn date(&self, date: Date) -> String {
        self.date_as(&self.date, date)
    }

    /// The days of an event, from `first` to `last`: one date when `last` is `None` or
    /// the same day, else a range in the language's way (`13–14 November 2025`,
    /// `30 November – 1 December 2025`). Every document prints an event's days
    /// through this one function.
    pub fn date_range(&self, first: Date, last: Option<Date>) -> String {
        let Some(last) = last.filter(|&l| l != first) else {
            return self.date(first);
        };
        let month = |d: Date| self.months[usize::from(d.month.clamp(1, 12)) - 1].as_str();
        let (day, end_day) = (first.day.to_string(), last.day.to_string());
        let year = first.year.to_string();
        if first.year != last.year {
            fill(
                &self.date_range_years,
                &[("start", &self.date(first)), ("end", &self.date(last))],
            )
        } else if first.month != last.month {
            fill(
                &self.date_range_months,
                &[
                    ("day", &day),
                    ("month", month(first)),
                    ("end_day", &end_day),
                    ("end_month", month(last)),
                    ("year", &year),
                ],
            )
        } else {
            fill(
                &self.date_range,
                &[
                    ("day", &day),
                    ("end_day", &end_day),
                    ("month", month(first)),
                    ("year", &year),
                ],
            )
        }
    }

    /// An event's hours: the start time, and `10:00–17:00` when it has an end time.
    pub fn time_range(&self, start: Option<Time>, end: Option<Time>) -> Option<String> {
        let start = self.time(start?);
        Some(match end {
            Some(end) => format!("{start}–{}", self.time(end)),
            None => start,
        })
    }

    /// A date as a release's dateline gives it (see `dateline_date`).
    pub fn dateline_date(&self, date: Date) -> String {
        self.date_as(&self.dateline_date, date)
    }

    /// A date filled into `pattern`.
    fn date_as(&self, pattern: &str, date: Date) -> String {
        let month = &self.months[usize::from(date.month.clamp(1, 12)) - 1];
        fill(
            pattern,
            &[
                ("day", &date.day.to_string()),
                ("month", month),
                ("year", &date.year.to_string()),
            ],
        )
    }

    /// A time, as "11:00".
    pub fn time(&self, time: Time) -> String {
        fill(
            &self.time,
            &[
                ("hour", &format!("{:02}", time.hour)),
                ("minute", &format!("{:02}", time.minute)),
            ],
        )
    }

    /// The moment an embargo lifts, with its UTC offset.
    pub fn embargo(&self, embargo: Embargo) -> String {
        format!(
            // A no-break space: the time never parts from its zone at a line end.
            "{}, {}\u{a0}{}",
            self.date(embargo.date),
            self.time(embargo.time),
            self.zone(embargo.offset_minutes)
        )
    }

    /// A UTC offset in minutes, as "UTC+06:00", on one line: "(местное время,
    /// UTC+05:00)" never breaks inside its parentheses.
    fn zone(&self, offset_minutes: i16) -> String {
        let sign = if offset_minutes < 0 { '-' } else { '+' };
        let minutes = offset_minutes.unsigned_abs();
        let offset = format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60);
        fill(&self.words.time_zone, &[("offset", &offset)]).replace(' ', "\u{a0}")
    }

    /// A deadline: its date, and its time and UTC offset when given.
    pub fn deadline(&self, deadline: Deadline) -> String {
        let mut text = self.date(deadline.date);
        if let Some(time) = deadline.time {
            text = format!("{text}, {}", self.time(time));
            if let Some(offset) = deadline.offset_minutes {
                text = format!("{text}\u{a0}{}", self.zone(offset));
            }
        }
        text
    }

    /// A whole number with digit groups, as "12,500".
    pub fn number(&self, n: u64) -> String {
        let digits = n.to_string();
        if digits.len() < 5 {
            return digits;
        }
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(&self.thousands_separator);
            }
            out.push(c);
        }
        out
    }

    /// `n` as the part of a whole a phrase names (`{count_part}`: "5 of 6"): in Kazakh
    /// with the ending the number takes there (`6 материалдың 5-еуі`, `20-сы`), elsewhere
    /// the number as [`Locale::number`] prints it.
    pub fn part(&self, n: u64) -> String {
        if self.code != "kk" {
            return self.number(n);
        }
        // The collective numerals up to seven (`бесеуі`), else the possessive ending of
        // the number's last word (`сегізі`, `жиырмасы`, `қырқы`, `жүзі`, `мыңы`).
        let ending = match n {
            1..=5 | 7 => "еуі",
            6 => "ауы",
            _ => match (n % 10, n % 100, n % 1000, n % 1_000_000) {
                (0, 0, 0, _) => "ы",
                (0, 0, _, _) => "і",
                (0, tens, _, _) => match tens {
                    20 | 60 | 90 => "сы",
                    50 | 70 | 80 => "і",
                    _ => "ы",
                },
                (2 | 7, _, _, _) => "сі",
                (6, _, _, _) => "сы",
                (9, _, _, _) => "ы",
                _ => "і",
            },
        };
        format!("{}-{ending}", self.number(n))
    }

    /// The name of a language by its code, in this language; unknown codes in capitals
    /// (which `check` warns of at their key).
    pub fn language_name(&self, code: &str) -> String {
        self.words
            .language_names
            .get(code)
            .map_or_else(|| code.to_uppercase(), str::to_string)
    }

    /// The name of a kind of media outlet.
    pub fn kind(&self, kind: OutletKind) -> &str {
        match kind {
            OutletKind::Television => &self.kinds.television,
            OutletKind::Radio => &self.kinds.radio,
            OutletKind::Print => &self.kinds.print,
            OutletKind::Online => &self.kinds.online,
            OutletKind::NewsAgency => &self.kinds.news_agency,
            OutletKind::Freelance => &self.kinds.freelance,
            OutletKind::Other => &self.kinds.other,
        }
    }
}

/// A count as every document prints it: digits grouped as the language groups them,
/// "at least N" when it is a lower bound. The attendance summary, the report and the
/// archive's index all print a lower bound through this one function.
pub fn at_least(value: u64, lower_bound: bool, locale: &Locale) -> String {
    let number = locale.number(value);
    if lower_bound {
        fill(&locale.words.at_least, &[("count", &number)])
    } else {
        number
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_file_is_complete_and_printable() {
        for language in Language::ALL {
            let locale = language.locale();
            assert_eq!(locale.code, language.code());
            let mut words = toml::Value::try_from(&locale.words).unwrap();
            let names = words
                .as_table_mut()
                .unwrap()
                .remove("language_names")
                .unwrap();
            let kinds = toml::Value::try_from(&locale.kinds).unwrap();
            for (key, value) in words
                .as_table()
                .unwrap()
                .iter()
                .chain(kinds.as_table().unwrap())
                .chain(names.as_table().unwrap())
            {
                let text = value.as_str().unwrap();
                assert!(
                    !text.trim().is_empty(),
                    "{}: `{key}` is blank",
                    language.code()
                );
                assert!(
                    text.chars().all(crate::typeset::fonts::prints),
                    "{}: `{key}` has a glyph no font has",
                    language.code()
                );
            }
        }
    }

    #[test]
    fn every_language_has_the_same_template_words() {
        let names = |l: Language| l.locale().words.more.keys().cloned().collect::<Vec<_>>();
        let english = names(Language::En);
        assert!(english.len() > 50, "{english:?}");
        for language in Language::ALL {
            assert_eq!(names(language), english, "locales/{}.toml", language.code());
        }
    }

    #[test]
    fn dates_follow_each_language() {
        let date = Date {
            year: 2016,
            month: 12,
            day: 22,
        };
        assert_eq!(Language::En.locale().date(date), "22 December 2016");
        assert_eq!(Language::Ru.locale().date(date), "22 декабря 2016 г.");
        assert_eq!(Language::Kk.locale().date(date), "2016 жылғы 22 желтоқсан");
    }

    #[test]
    fn an_event_of_several_days_is_a_range_in_each_language() {
        let day = |year, month, day| Date { year, month, day };
        let cases = [
            (
                day(2025, 11, 13),
                day(2025, 11, 14),
                [
                    "13–14 November 2025",
                    "13–14 ноября 2025 года",
                    "2025 жылғы 13–14 қараша",
                ],
            ),
            (
                day(2025, 11, 30),
                day(2025, 12, 1),
                [
                    "30 November\u{a0}– 1 December 2025",
                    "30 ноября\u{a0}— 1 декабря 2025 года",
                    "2025 жылғы 30 қараша\u{a0}— 1 желтоқсан",
                ],
            ),
            (
                day(2025, 12, 30),
                day(2026, 1, 2),
                [
                    "30 December 2025\u{a0}– 2 January 2026",
                    "30 декабря 2025 г.\u{a0}— 2 января 2026 г.",
                    "2025 жылғы 30 желтоқсан\u{a0}— 2026 жылғы 2 қаңтар",
                ],
            ),
        ];
        for (first, last, expected) in cases {
            for (language, want) in Language::ALL.into_iter().zip(expected) {
                assert_eq!(language.locale().date_range(first, Some(last)), want);
            }
        }
        let en = Language::En.locale();
        let first = day(2025, 11, 13);
        assert_eq!(en.date_range(first, None), en.date(first));
        assert_eq!(en.date_range(first, Some(first)), en.date(first));
        let (ten, five) = (
            Time {
                hour: 10,
                minute: 0,
            },
            Time {
                hour: 17,
                minute: 0,
            },
        );
        assert_eq!(en.time_range(Some(ten), Some(five)).unwrap(), "10:00–17:00");
        assert_eq!(en.time_range(Some(ten), None).unwrap(), "10:00");
        assert_eq!(en.time_range(None, Some(five)), None);
    }

    #[test]
    fn numbers_and_embargoes() {
        let en = Language::En.locale();
        assert_eq!(en.number(1234), "1234");
        assert_eq!(en.number(12500), "12,500");
        assert_eq!(en.number(1234567), "1,234,567");
        assert_eq!(Language::Ru.locale().number(12500), "12\u{202f}500");
        let e = Embargo {
            date: Date {
                year: 2016,
                month: 12,
                day: 22,
            },
            time: Time {
                hour: 13,
                minute: 0,
            },
            offset_minutes: 360,
        };
        assert_eq!(en.embargo(e), "22 December 2016, 13:00\u{a0}UTC+06:00");
    }

    #[test]
    fn every_formatted_value_prints_in_the_shipped_fonts() {
        // Not only the words: what the code adds around them (a sign, a separator, the
        // quotation marks) must be in the fonts too; a negative UTC offset once printed
        // U+2212, which they lack.
        for language in Language::ALL {
            let locale = language.locale();
            let mut texts = vec![
                locale.number(1_234_567),
                crate::typography::quotation("x", language),
                locale.time(Time {
                    hour: 23,
                    minute: 59,
                }),
            ];
            for month in 1..=12 {
                let date = Date {
                    year: 2024,
                    month,
                    day: 28,
                };
                texts.push(locale.date(date));
                for offset_minutes in [-720, -330, 0, 345, 840] {
                    texts.push(locale.embargo(Embargo {
                        date,
                        time: Time { hour: 9, minute: 5 },
                        offset_minutes,
                    }));
                }
            }
            for text in texts {
                if let Some(c) = text.chars().find(|&c| !crate::typeset::fonts::prints(c)) {
                    panic!("{}: {text:?} holds U+{:04X}", language.code(), c as u32);
                }
            }
        }
        let e = Embargo {
            date: Date {
                year: 2016,
                month: 12,
                day: 22,
            },
            time: Time { hour: 9, minute: 0 },
            offset_minutes: -330,
        };
        assert_eq!(
            Language::En.locale().embargo(e),
            "22 December 2016, 09:00\u{a0}UTC-05:30"
        );
    }

    #[test]
    fn a_kazakh_part_takes_its_ending() {
        let kk = Language::Kk.locale();
        let parts: Vec<String> = [1, 5, 6, 8, 9, 10, 12, 16, 20, 40, 50, 100, 1000]
            .into_iter()
            .map(|n| kk.part(n))
            .collect();
        assert_eq!(
            parts,
            [
                "1-еуі", "5-еуі", "6-ауы", "8-і", "9-ы", "10-ы", "12-сі", "16-сы", "20-сы", "40-ы",
                "50-і", "100-і", "1000-ы"
            ]
        );
        assert_eq!(Language::Ru.locale().part(5), "5");
        assert_eq!(
            fill(
                &kk.words.report_total_reach,
                &[("count_part", &kk.part(5)), ("total", "6")]
            ),
            "Жалпы қамту (6 материалдың 5-еуі бойынша белгілі)"
        );
    }

    #[test]
    fn every_named_code_has_its_name_in_every_language() {
        for language in Language::ALL {
            let names = &language.locale().words.language_names;
            for code in LanguageNames::CODES {
                let name = names.get(code).unwrap();
                assert!(!name.is_empty() && name != code.to_uppercase(), "{code}");
            }
            assert_eq!(names.get("xx"), None);
        }
        assert_eq!(Language::Ru.locale().language_name("uz"), "узбекский");
        assert_eq!(Language::Kk.locale().language_name("ky"), "қырғыз тілі");
        assert_eq!(Language::En.locale().language_name("xq"), "XQ");
    }

    #[test]
    fn codes_round_trip() {
        for l in Language::ALL {
            assert_eq!(Language::from_code(l.code()), Some(l));
        }
        assert_eq!(Language::from_code("de"), None);
    }
}

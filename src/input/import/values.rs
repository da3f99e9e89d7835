//! The values of a sheet's cells as people type them: yes and no in three languages,
//! kinds of outlet in their words (through [`crate::input::outlet_kind::kind_for`]), dates as
//! spreadsheets and Russian-language offices write them, whole numbers with spaces
//! between thousands, languages by code or by name. Each reader says what is wrong in a
//! message for the cell, with what to write instead.

use crate::input::sheet::{self, Cell, Place};
use crate::messages::Msg;
use crate::messages::input::import::Import;

/// Why a cell's text cannot be read: the message and a hint of what to write.
pub type Refusal = (Msg, Msg);

/// A refusal of a message and its hint.
fn refusal(message: Import, hint: Import) -> Refusal {
    (message.into(), hint.into())
}

/// `да`/`нет`, `иә`/`жоқ`, `yes`/`no`, `1`/`0`, `x`, `+`/`-`, `true`/`false`; an empty
/// cell is no (a sign-in column ticked only for those who came).
pub fn yes_no(text: &str) -> Option<bool> {
    match sheet::fold(text).as_str() {
        "" if text.trim() == "+" => Some(true),
        "" if matches!(text.trim(), "" | "-" | "–" | "—") => Some(false),
        "да" | "д" | "иә" | "ия" | "yes" | "y" | "1" | "x" | "х" | "true" | "v" | "✓" => {
            Some(true)
        }
        "нет" | "н" | "жоқ" | "no" | "n" | "0" | "false" => Some(false),
        _ => None,
    }
}

/// The yes or no of a cell, or why not.
pub fn yes_no_cell(cell: &Cell) -> Result<bool, Refusal> {
    yes_no(&cell.text).ok_or_else(|| {
        refusal(
            Import::NeitherYesNorNo {
                text: cell.text.clone(),
            },
            Import::YesNoHint,
        )
    })
}

/// The error values a spreadsheet shows in a cell whose formula failed, upper case.
const SPREADSHEET_ERRORS: &[&str] = &[
    "#NULL!",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#N/A",
    "#GETTING_DATA",
    "#SPILL!",
    "#CALC!",
    "#FIELD!",
    "#BLOCKED!",
    "#CONNECT!",
    "#BUSY!",
    "#UNKNOWN!",
];

/// A person's or an outlet's name of a cell, or why the cell holds none: a spreadsheet's
/// error value (`#REF!`: the cell's formula failed), or text without a letter (a number
/// such as `1e308`, a dash).
pub fn name(cell: &Cell) -> Result<&str, Refusal> {
    let text = cell.text.as_str();
    if SPREADSHEET_ERRORS.contains(&text.to_uppercase().as_str()) {
        return Err(refusal(
            Import::FormulaError { text: text.into() },
            Import::FormulaErrorHint,
        ));
    }
    if !text.chars().any(char::is_alphabetic) {
        let shown: String = text.chars().take(24).collect();
        let more = if shown.len() < text.len() { "…" } else { "" };
        return Err(refusal(
            Import::NoLetter {
                text: format!("{shown}{more}"),
            },
            Import::NoLetterHint,
        ));
    }
    Ok(text)
}

/// The kind of outlet a cell names, as the format spells it, or why not.
pub fn kind(cell: &Cell) -> Result<&'static str, Refusal> {
    crate::input::outlet_kind::kind_for(&cell.text).ok_or_else(|| {
        refusal(
            Import::NotAKind {
                text: cell.text.clone(),
            },
            Import::KindsHint,
        )
    })
}

/// A whole number of a cell (`12000`, `12 000`, `12,000`), at least `least`, or why not.
/// `what` says what the number counts ([`Import::ANumberOfPeople`]).
pub fn whole(cell: &Cell, least: u64, what: Import) -> Result<u64, Refusal> {
    let digits: String = cell
        .text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, ',' | '\'' | '\u{a0}' | '\u{202f}'))
        .collect();
    match digits.parse::<u64>() {
        Ok(n) if n >= least => Ok(n),
        _ => Err(refusal(
            Import::NotWhole {
                text: cell.text.clone(),
                what: Box::new(what.into()),
            },
            Import::NotWholeHint { least },
        )),
    }
}

/// A date of a cell as (year, month, day): `2016-12-23`, `23.12.2016`, `23/12/2016` or
/// `12/23/2016` when only one reading is a date (a day past 12, or day and month alike),
/// a spreadsheet date cell, or a spreadsheet's day number in a cell not formatted as a
/// date.
pub fn date(cell: &Cell) -> Result<(u16, u8, u8), Refusal> {
    let text = cell.text.trim();
    let write = |what: Import| refusal(what, Import::DateHint);
    // A spreadsheet's day number: 42727 is 2016-12-23.
    if matches!(cell.place, Place::Cell(_))
        && let Ok(serial) = text.parse::<u32>()
        && (1..=2_958_465).contains(&serial)
    {
        let day = calamine::ExcelDateTime::new(
            f64::from(serial),
            calamine::ExcelDateTimeType::DateTime,
            false,
        );
        let (year, month, day, ..) = day.to_ymd_hms_milli();
        return Ok((year, month, day));
    }
    // A date with a time of day (`2016-12-23 11:00:00`, `2016-12-23T11:00`): the day.
    let day_part = text.split([' ', 'T']).next().unwrap_or(text);
    let parts: Vec<&str> = day_part.split(['.', '/', '-']).collect();
    let numbers: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
    let (Some(n), 3) = (numbers, parts.len()) else {
        return Err(write(Import::NotADate { text: text.into() }));
    };
    let (year, month, day) = if parts[0].len() == 4 {
        (n[0], n[1], n[2])
    } else if parts[2].len() == 4 {
        if day_part.contains('.') || day_part.contains('-') || n[1] > 12 || n[0] == n[1] {
            // Dots are day first, the Russian and Kazakh way; so is a second part past 12
            // only when read month first: 12/23/2016.
            if n[1] > 12 && !day_part.contains('.') {
                (n[2], n[0], n[1])
            } else {
                (n[2], n[1], n[0])
            }
        } else if n[0] > 12 {
            (n[2], n[1], n[0])
        } else {
            return Err(refusal(
                Import::AmbiguousDate {
                    text: text.into(),
                    first: u64::from(n[0]),
                    second: u64::from(n[1]),
                },
                Import::AmbiguousDateHint {
                    dotted: format!("{:02}.{:02}.{}", n[0], n[1], n[2]),
                    iso: format!("{}-{:02}-{:02}", n[2], n[1], n[0]),
                },
            ));
        }
    } else {
        return Err(write(Import::NoFourDigitYear { text: text.into() }));
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    if !(1..=9999).contains(&year) || days == 0 || !(1..=days).contains(&day) {
        return Err(write(Import::NotACalendarDay { text: text.into() }));
    }
    Ok((year as u16, month as u8, day as u8))
}

/// A language code of a cell, lower case: a code as written (`ru`, `kk`, `en`, any two
/// or three letters) or the name of Russian, Kazakh or English in the three languages.
pub fn language(cell: &Cell) -> Result<String, Refusal> {
    let folded = sheet::fold(&cell.text);
    let code = match folded.as_str() {
        "russian" | "русский" | "рус" | "орыс" | "орысша" | "орыстілі" => {
            "ru"
        }
        "kazakh" | "казахский" | "каз" | "қазақ" | "қазақша" | "қазақтілі" | "kaz" => {
            "kk"
        }
        "english" | "английский" | "англ" | "ағылшын" | "ағылшынша" | "eng" => {
            "en"
        }
        code if (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase()) => {
            code
        }
        _ => {
            return Err(refusal(
                Import::NotALanguage {
                    text: cell.text.clone(),
                },
                Import::LanguageHint,
            ));
        }
    };
    Ok(code.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A CSV cell of `text`.
    fn cell(text: &str) -> Cell {
        Cell {
            text: text.into(),
            place: Place::Text(0..0),
        }
    }

    #[test]
    fn yes_and_no_in_three_languages() {
        for yes in ["да", "Да", "иә", "Yes", "1", "x", "X", "+"] {
            assert_eq!(yes_no(yes), Some(true), "{yes}");
        }
        for no in ["нет", "жоқ", "no", "0", "", "-"] {
            assert_eq!(yes_no(no), Some(false), "{no}");
        }
        assert_eq!(yes_no("maybe"), None);
        assert_eq!(yes_no("2"), None);
    }

    #[test]
    fn dates_as_offices_write_them_and_only_where_unambiguous() {
        for text in [
            "2016-12-23",
            "23.12.2016",
            "23/12/2016",
            "12/23/2016",
            "2016-12-23 00:00:00",
            "2016-12-23T10:00:00",
        ] {
            assert_eq!(date(&cell(text)), Ok((2016, 12, 23)), "{text}");
        }
        assert_eq!(date(&cell("03.04.2016")), Ok((2016, 4, 3)));
        assert_eq!(date(&cell("04/04/2016")), Ok((2016, 4, 4)));
        let (message, hint) = date(&cell("03/04/2016")).unwrap_err();
        let (message, hint) = (message.en(), hint.en());
        assert!(
            message.contains("may be day 3 of month 4 or day 4 of month 3"),
            "{message}"
        );
        assert!(hint.contains("03.04.2016"), "{hint}");
        assert!(date(&cell("31.02.2016")).is_err());
        assert!(date(&cell("29.02.2016")).is_ok());
        assert!(date(&cell("23.12.16")).is_err());
        assert!(
            date(&cell("42727")).is_err(),
            "a day number only in a spreadsheet cell"
        );
        let spreadsheet = Cell {
            text: "42727".into(),
            place: Place::Cell("Sheet1!C2".into()),
        };
        assert_eq!(date(&spreadsheet), Ok((2016, 12, 23)));
    }

    #[test]
    fn error_values_and_numbers_are_not_names() {
        assert_eq!(name(&cell("Айгерим Оспанова")).unwrap(), "Айгерим Оспанова");
        assert_eq!(name(&cell("24.kz")).unwrap(), "24.kz");
        for bad in ["#REF!", "#n/a", "#DIV/0!", "#NUM!"] {
            assert!(
                name(&cell(bad))
                    .unwrap_err()
                    .0
                    .en()
                    .contains("formula that failed"),
                "{bad}"
            );
        }
        let huge = format!("1{}", "0".repeat(308));
        let e = name(&cell(&huge)).unwrap_err().0.en();
        assert!(
            e.contains("has no letter") && e.contains('…') && e.len() < 80,
            "{e}"
        );
        assert!(name(&cell("—")).is_err());
    }

    #[test]
    fn numbers_languages_and_kinds() {
        assert_eq!(
            whole(&cell("12 000"), 0, Import::AnAudienceEstimate),
            Ok(12_000)
        );
        assert_eq!(
            whole(&cell("1,500"), 0, Import::AnAudienceEstimate),
            Ok(1_500)
        );
        assert!(whole(&cell("0"), 1, Import::ANumberOfPeople).is_err());
        assert!(whole(&cell("many"), 0, Import::AnAudienceEstimate).is_err());
        assert_eq!(language(&cell("Русский")).unwrap(), "ru");
        assert_eq!(language(&cell("қазақ тілі")).unwrap(), "kk");
        assert_eq!(language(&cell("EN")).unwrap(), "en");
        assert!(language(&cell("по-русски и по-казахски")).is_err());
        assert_eq!(kind(&cell("Телеканал")), Ok("television"));
        assert_eq!(kind(&cell("информагентство")), Ok("news agency"));
        assert_eq!(kind(&cell("Интернет-басылым")), Ok("online"));
        assert_eq!(kind(&cell("ақпараттық агенттік")), Ok("news agency"));
        assert!(kind(&cell("көрермен")).is_err());
    }
}

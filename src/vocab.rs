//! The shared vocabulary: the few types every stage speaks (a date, a time, a language,
//! a paper size, an image read from the briefing's folder). It imports nothing of the
//! project, so every stage can use it without an arrow running back up the pipeline.

use std::fmt;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day, 1 to 31.
    pub day: u8,
}

impl Date {
    /// The day before this one, across months, years and leap days.
    pub fn day_before(self) -> Date {
        let leap =
            |y: u16| y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400));
        let days_in = |y: u16, m: u8| match m {
            2 if leap(y) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        match (self.day, self.month) {
            (d, _) if d > 1 => Date { day: d - 1, ..self },
            (_, 1) => Date {
                year: self.year - 1,
                month: 12,
                day: 31,
            },
            (_, m) => Date {
                month: m - 1,
                day: days_in(self.year, m - 1),
                ..self
            },
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A time of day, to the minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Time {
    /// Hour, 0 to 23.
    pub hour: u8,
    /// Minute, 0 to 59.
    pub minute: u8,
}

/// The moment an embargo lifts, with the offset from UTC it was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Embargo {
    /// Local date.
    pub date: Date,
    /// Local time.
    pub time: Time,
    /// Offset from UTC in minutes.
    pub offset_minutes: i16,
}

/// A deadline: a date, usually with a time, and the UTC offset when written with one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    /// Local date.
    pub date: Date,
    /// Local time, when given.
    pub time: Option<Time>,
    /// Offset from UTC in minutes, when given.
    pub offset_minutes: Option<i16>,
}

/// An image the briefing refers to, read and checked.
#[derive(Debug, Clone)]
pub struct Asset {
    /// Path inside the briefing's folder, with `/` separators and a leading `/`.
    pub virtual_path: String,
    /// File contents.
    pub bytes: Vec<u8>,
}

/// A language the documents can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// English.
    #[default]
    En,
    /// Russian.
    Ru,
    /// Kazakh.
    Kk,
}

impl Language {
    /// Every supported language.
    pub const ALL: [Language; 3] = [Self::En, Self::Ru, Self::Kk];

    /// Where the language stands when several are printed together, as Kazakhstan's
    /// bilingual documents and sites order them: the state language first, then
    /// Russian, then English.
    pub fn bilingual_rank(self) -> usize {
        match self {
            Self::Kk => 0,
            Self::Ru => 1,
            Self::En => 2,
        }
    }

    /// The ISO 639-1 code used in briefing files and in the PDF.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ru => "ru",
            Self::Kk => "kk",
        }
    }

    /// The language for a code from a briefing file.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// Paper size of the printed documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Typst's name for the paper.
    pub fn typst_name(self) -> &'static str {
        match self {
            Self::A4 => "a4",
            Self::Letter => "us-letter",
        }
    }
}

/// Why a date argument is not one (its message is `messages::input::reading`'s).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadDate {
    /// A date written another way (`22.12.2016`), and the same date as dates are written
    /// here.
    WrittenOtherwise {
        /// What was typed.
        typed: String,
        /// The same date, year-month-day.
        date: String,
    },
    /// Text that is no date.
    NotADate {
        /// What was typed.
        typed: String,
    },
}

/// Parses a date argument, `2016-12-22`; the error says what was expected.
pub fn parse_date(text: &str) -> Result<Date, BadDate> {
    let bad = || match normal_date(text) {
        Some(date) if date != text.trim() => BadDate::WrittenOtherwise {
            typed: text.to_string(),
            date,
        },
        _ => BadDate::NotADate {
            typed: text.to_string(),
        },
    };
    let parts: Vec<&str> = text.trim().split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(bad());
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return Err(bad());
    }
    let (year, month, day): (u16, u8, u8) = (
        y.parse().map_err(|_| bad())?,
        m.parse().map_err(|_| bad())?,
        d.parse().map_err(|_| bad())?,
    );
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    };
    if day == 0 || day > days {
        return Err(bad());
    }
    Ok(Date { year, month, day })
}

/// A date typed as `18.03.2027`, `2027/03/18` or `2027.03.18` in TOML's form, when the
/// order of its parts is beyond doubt (a four-digit year first, or a day-first date
/// with dots, the Russian and Kazakh way); otherwise `None`.
pub fn normal_date(raw: &str) -> Option<String> {
    let raw = raw.trim().trim_matches(['"', '\'']);
    let parts: Vec<&str> = raw.split(['.', '/', '-']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let number = |p: &str| p.parse::<u32>().ok();
    let (year, month, day) = if parts[0].len() == 4 {
        (number(parts[0])?, number(parts[1])?, number(parts[2])?)
    } else if parts[2].len() == 4 && raw.contains('.') && !raw.contains('/') {
        (number(parts[2])?, number(parts[1])?, number(parts[0])?)
    } else {
        return None;
    };
    ((1..=12).contains(&month) && (1..=31).contains(&day))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_day_before_crosses_months_years_and_leap_days() {
        let d = |year, month, day| Date { year, month, day };
        assert_eq!(d(2025, 11, 13).day_before(), d(2025, 11, 12));
        assert_eq!(d(2025, 12, 1).day_before(), d(2025, 11, 30));
        assert_eq!(d(2026, 1, 1).day_before(), d(2025, 12, 31));
        assert_eq!(d(2024, 3, 1).day_before(), d(2024, 2, 29));
        assert_eq!(d(2025, 3, 1).day_before(), d(2025, 2, 28));
    }

    #[test]
    fn dates_are_year_month_day_and_real() {
        assert_eq!(
            parse_date("2016-12-22"),
            Ok(Date {
                year: 2016,
                month: 12,
                day: 22
            })
        );
        assert!(parse_date("2017-02-29").is_err());
        assert!(parse_date("2016-02-29").is_ok());
        let written = |typed: &str| BadDate::WrittenOtherwise {
            typed: typed.into(),
            date: "2026-12-22".into(),
        };
        assert_eq!(parse_date("22.12.2026").unwrap_err(), written("22.12.2026"));
        assert_eq!(parse_date("2026/12/22").unwrap_err(), written("2026/12/22"));
        assert_eq!(
            parse_date("12/22/2026").unwrap_err(),
            BadDate::NotADate {
                typed: "12/22/2026".into()
            }
        );
        assert!(parse_date("2016-13-01").is_err());
    }
}

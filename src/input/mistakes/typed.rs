//! Values as people type them, and the value meant: a bare word for a yes/no or a
//! number, a date or a time written another way (`22.12.2016`, `11.00`).

use super::mistake::Mistake;
use crate::messages::input::Input;
use crate::vocab::normal_date;

/// Keys whose value is true or false.
pub(super) const BOOLEAN_KEYS: &[&str] = &["present"];

/// Keys whose value is a whole number.
pub(super) const NUMBER_KEYS: &[&str] = &["format", "year", "people", "reach"];

/// A value typed without quotes that TOML cannot read: `present = yes`, `year = 2014
/// год`, `title = Labour migration`.
pub(super) fn bare(key: &str, value: &str, at: usize) -> Mistake {
    let span = at..at + value.len();
    if BOOLEAN_KEYS.contains(&key) {
        let mut m = Mistake::new(span, Input::TrueOrFalseBare { key: key.into() });
        if let Some(b) = yes_or_no(value) {
            m = m.hint(Input::WriteLine {
                line: format!("{key} = {b}"),
            });
        }
        return m;
    }
    if NUMBER_KEYS.contains(&key) {
        let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
        let mut m = Mistake::new(span, Input::WholeNumberBare { key: key.into() });
        if !digits.is_empty() {
            m = m.hint(Input::WriteLine {
                line: format!("{key} = {digits}"),
            });
        }
        return m;
    }
    let inner = value.trim_end_matches('"');
    let key = key.to_string();
    let what = if value.ends_with('"') {
        Input::NoOpeningQuote { key: key.clone() }
    } else {
        Input::TextWithoutQuotes { key: key.clone() }
    };
    Mistake::new(span, what).hint(Input::WriteLine {
        line: format!("{key} = {}", quoted(inner)),
    })
}

/// `true` or `false` for the words people write for them (English, Russian, Kazakh).
pub(super) fn yes_or_no(word: &str) -> Option<&'static str> {
    match word
        .trim()
        .trim_matches(['"', '\''])
        .to_lowercase()
        .as_str()
    {
        "true" | "yes" | "y" | "да" | "иә" => Some("true"),
        "false" | "no" | "n" | "нет" | "жоқ" => Some("false"),
        _ => None,
    }
}

/// `text` as a TOML basic string.
pub(super) fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A date or time key whose value TOML could not read: the form to write, and the
/// value in that form when the typed one can mean only one date.
pub(super) fn date(key: &str, value: &str, at: usize) -> Option<Mistake> {
    let raw = value.split('#').next().unwrap_or("").trim();
    if raw.is_empty() {
        return None;
    }
    let span = at..at + raw.len();
    let message = Input::AtKey {
        key: format!("`{key}`"),
        what: Box::new(date_words(key).into()),
    };
    let mut mistake = Mistake::new(span, message);
    let fixed = match key {
        "embargo" | "deadline" => normal_moment(raw, key == "embargo"),
        "time" | "end_time" => normal_time(raw),
        _ => normal_date(raw),
    };
    if let Some(fixed) = fixed {
        mistake = mistake.hint(Input::WriteLine {
            line: format!("{key} = {fixed}"),
        });
    }
    Some(mistake)
}

/// A date and time typed another way (`2027-03-18T10:00:00+6:00`, `18.03.2027 10:00
/// +06:00`) in TOML's form, when every part is beyond doubt; an offset from UTC is kept
/// as typed, never guessed, so an embargo (`needs_offset`) without one gets no value.
pub(super) fn normal_moment(raw: &str, needs_offset: bool) -> Option<String> {
    let raw = raw.trim().trim_matches(['"', '\'']);
    let (date, rest) = raw.split_once(['T', 't', ' '])?;
    let date = normal_date(date)?;
    let rest = rest.trim();
    let split = rest.find(['+', '-', 'Z', 'z']);
    let (time, offset) = match split {
        Some(i) => (rest[..i].trim(), Some(rest[i..].trim())),
        None => (rest, None),
    };
    let time = normal_time(time).or_else(|| {
        let parts: Vec<u32> = time
            .split(':')
            .map(|p| p.parse().ok())
            .collect::<Option<_>>()?;
        match parts.as_slice() {
            [h, m, s] if *h < 24 && *m < 60 && *s < 60 => Some(format!("{h:02}:{m:02}:{s:02}")),
            _ => None,
        }
    })?;
    let offset = match offset {
        None if needs_offset => return None,
        None => String::new(),
        Some(z) if z.eq_ignore_ascii_case("z") => "Z".into(),
        Some(o) => {
            let (sign, digits) = o.split_at(1);
            let (hours, minutes) = digits.split_once(':').unwrap_or((digits, "00"));
            let (hours, minutes): (u32, u32) = (hours.parse().ok()?, minutes.parse().ok()?);
            if hours > 14 || minutes > 59 {
                return None;
            }
            format!("{sign}{hours:02}:{minutes:02}")
        }
    };
    Some(format!("{date}T{time}{offset}"))
}

/// How a date key's value is written, in the format's words.
pub fn date_words(key: &str) -> Input {
    match key {
        "time" | "end_time" => Input::TimeForm,
        "embargo" => Input::EmbargoForm,
        "deadline" => Input::DeadlineForm,
        _ => Input::DateForm,
    }
}

/// A time typed as `11.00`, `11:00` or `11h00` in TOML's form, `11:00:00`.
pub(super) fn normal_time(raw: &str) -> Option<String> {
    let parts: Vec<&str> = raw.split(['.', ':', 'h']).collect();
    let [hour, minute] = parts.as_slice() else {
        return None;
    };
    let (hour, minute): (u32, u32) = (hour.parse().ok()?, minute.parse().ok()?);
    (hour < 24 && minute < 60 && parts[1].len() == 2).then(|| format!("{hour:02}:{minute:02}:00"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_turned_only_when_beyond_doubt() {
        assert_eq!(normal_date("18.03.2027").as_deref(), Some("2027-03-18"));
        assert_eq!(normal_date("2027/03/18").as_deref(), Some("2027-03-18"));
        assert_eq!(normal_date("\"2027-03-18\"").as_deref(), Some("2027-03-18"));
        assert_eq!(normal_date("03/18/2027"), None);
        assert_eq!(normal_date("18.13.2027"), None);
    }

    #[test]
    fn moments_keep_their_offset_and_never_guess_one() {
        assert_eq!(
            normal_moment("2027-03-18T10:00:00+6:00", true).as_deref(),
            Some("2027-03-18T10:00:00+06:00")
        );
        assert_eq!(
            normal_moment("18.03.2027 10:00 +06:00", true).as_deref(),
            Some("2027-03-18T10:00:00+06:00")
        );
        assert_eq!(normal_moment("2027-03-18T10:00:00", true), None);
        assert_eq!(
            normal_moment("2027-03-15 18:00", false).as_deref(),
            Some("2027-03-15T18:00:00")
        );
    }
}

//! Validation and resolution: a parsed [`briefing::Briefing`] becomes a [`Briefing`]
//! whose references are resolved, dates checked, assets read and every printed
//! character known to be in the shipped fonts.
//!
//! All errors found are reported together, each at its key's line and column. One
//! concern a room: [`resolved`] (the types the documents read), [`limits`] (the bounds
//! of a briefing), [`load`] (a file or text to a briefing), [`validate`] (the checks of
//! each section), [`glyphs`] (characters no font prints), [`assets`] (images read
//! safely from the briefing's folder), [`warnings`] (what is likely wrong but made).
//!
//! [`briefing::Briefing`]: crate::input::briefing::Briefing

mod assets;
mod glyphs;
pub mod limits;
mod load;
pub mod resolved;
mod validate;
pub mod warnings;

pub use crate::input::outlets::Outlet;
pub use assets::MAX_ASSET_BYTES;
pub use limits::{MAX_BIO_CHARS, MAX_PEOPLE, MAX_SIGN_IN_ROWS, MAX_SPEAKERS, MAX_YEAR, MIN_YEAR};
pub use load::{
    glyph_errors, load, load_with_fonts, resolve_parsed, validate, validate_with_fonts,
};
pub use resolved::{
    Advisory, AgendaItem, Briefing, Event, Organization, Photo, Piece, Quote, Release, Speaker,
    dateline_city, release_date,
};
pub use warnings::{
    LONG_HEADLINE, coverage_near_misses, long_headline, no_way_to_register, typed_dateline,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Diagnostic;
    use crate::input::briefing::{OutletKind, Source};
    use crate::vocab::{Date, Language};

    const MINIMAL: &str = r#"format = 1
[organization]
name = "Org"
[event]
title = "T"
date = 2016-12-22
[release]
headline = "H"
body = ["P"]
[[speakers]]
id = "a"
name = "A"
role = "R"
"#;

    fn check(text: &str) -> Result<Briefing, Vec<Diagnostic>> {
        validate(Source {
            path: "dir/b.toml".into(),
            text: text.into(),
        })
    }

    fn first_error(text: &str) -> (usize, usize, String) {
        let errors = check(text).expect_err("should fail");
        let d = &errors[0];
        let at = d.location.as_ref().expect("a location");
        (at.line, at.column, d.message.en())
    }

    #[test]
    fn an_event_of_several_days_and_a_release_of_its_own_day_and_place() {
        let day = |year, month, day| Date { year, month, day };
        let b = check(&MINIMAL.replace(
            "date = 2016-12-22\n",
            "date = 2016-12-22\nend_date = 2016-12-23\ntime = 10:00:00\nend_time = 09:00:00\ncity = \"Almaty\"\n",
        ))
        .unwrap();
        assert_eq!(b.event.end_date, Some(day(2016, 12, 23)));
        assert_eq!(release_date(&b), day(2016, 12, 23), "the last day");
        assert_eq!(dateline_city(&b), Some("Almaty"));
        let b = check(&MINIMAL.replace(
            "body = [\"P\"]\n",
            "body = [\"P\"]\ndate = 2016-12-27\ncity = \"Vienna\"\n",
        ))
        .unwrap();
        assert_eq!(release_date(&b), day(2016, 12, 27));
        assert_eq!(dateline_city(&b), Some("Vienna"));
        // The same day as `date` is an event of one day.
        let b = check(&MINIMAL.replace(
            "date = 2016-12-22\n",
            "date = 2016-12-22\nend_date = 2016-12-22\n",
        ))
        .unwrap();
        assert_eq!(b.event.end_date, None);
        // On one day, the end comes after the start.
        let (line, column, message) = first_error(&MINIMAL.replace(
            "date = 2016-12-22\n",
            "date = 2016-12-22\ntime = 10:00:00\nend_time = 09:30:00\n",
        ));
        assert_eq!((line, column), (8, 12), "{message}");
        assert!(
            message
                .contains("event.end_time: the event ends at 09:30, not after it starts (10:00)"),
            "{message}"
        );
    }

    #[test]
    fn minimal_briefing_is_valid() {
        let b = check(MINIMAL).unwrap();
        assert_eq!(
            b.event.date,
            Date {
                year: 2016,
                month: 12,
                day: 22
            }
        );
        assert_eq!(b.event.language, Language::En);
    }

    #[test]
    fn unknown_speaker_in_quote_is_located() {
        let text = format!("{MINIMAL}[[release.quotes]]\nspeaker = \"b\"\ntext = \"Q\"\n");
        let (line, column, message) = first_error(&text);
        assert_eq!((line, column), (15, 11));
        assert!(message.contains("release.quotes[1].speaker"), "{message}");
    }

    #[test]
    fn duplicate_ids_point_at_the_second() {
        let text = format!("{MINIMAL}[[speakers]]\nid = \"a\"\nname = \"B\"\nrole = \"R\"\n");
        let (line, column, message) = first_error(&text);
        assert_eq!((line, column), (15, 6));
        assert!(
            message.contains("speakers[2].id") && message.contains("speakers[1]"),
            "{message}"
        );
    }

    #[test]
    fn wrong_types_and_missing_keys_are_located() {
        let (line, _, message) = first_error(&MINIMAL.replace("role = \"R\"", "role = 3"));
        assert_eq!(line, 13);
        assert!(message.contains("speakers[1].role"), "{message}");
        let (line, _, message) = first_error(&MINIMAL.replace("role = \"R\"\n", ""));
        assert!(
            message.contains("speakers[1] (\"A\") has no `role`, which is required"),
            "{message}"
        );
        assert!(line >= 10, "{line}");
        let (line, column, message) = first_error(&MINIMAL.replace("role = \"R\"", "role = \"\""));
        assert_eq!((line, column), (13, 8));
        assert!(message.contains("empty"), "{message}");
    }

    #[test]
    fn dates_must_be_local_dates() {
        let (line, column, message) =
            first_error(&MINIMAL.replace("2016-12-22", "2016-12-22T10:00:00"));
        assert_eq!((line, column), (6, 8));
        assert!(message.contains("event.date"), "{message}");
    }

    #[test]
    fn a_briefing_needs_no_release_and_its_advisory_is_resolved() {
        let text = MINIMAL.replace("[release]\nheadline = \"H\"\nbody = [\"P\"]\n", "")
            + "[advisory]\ndeadline = 2016-12-20T18:00:00\ninterpretation = [\"RU\", \"kk\"]\n";
        let b = check(&text).unwrap();
        assert!(b.release.is_none());
        assert_eq!(b.advisory.interpretation, ["ru", "kk"]);
        let deadline = b.advisory.deadline.unwrap();
        assert_eq!(
            (deadline.date.day, deadline.time.map(|t| t.hour)),
            (20, Some(18))
        );
        assert_eq!(deadline.offset_minutes, None);
        let (line, column, message) =
            first_error(&text.replace("\"RU\", \"kk\"", "\"kk\", \"Russian\""));
        assert_eq!((line, column), (13, 25));
        assert!(message.contains("advisory.interpretation[2]"), "{message}");
    }

    #[test]
    fn a_coverage_outlet_that_nearly_names_an_attending_one_is_warned_of_at_both_places() {
        let text = format!(
            "{MINIMAL}[[attendance]]\noutlet = \"caravan.kz\"\nkind = \"online\"\n\
             [[coverage]]\noutlet = \"Caravan\"\nheadline = \"H\"\ndate = 2016-12-23\n\
             [[coverage]]\noutlet = \"Vremya\"\nheadline = \"H\"\ndate = 2016-12-23\n"
        );
        let b = check(&text).unwrap();
        let warnings = coverage_near_misses(&b);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        let w = &warnings[0];
        assert_eq!(
            w.location.as_ref().map(|l| (l.line, l.column)),
            Some((18, 10))
        );
        assert!(
            w.message.en().contains("`Caravan`")
                && w.message.en().contains("`caravan.kz` at line 15"),
            "{}",
            w.message
        );
    }

    #[test]
    fn coverage_links_to_the_attending_outlet_and_takes_its_kind() {
        let text = format!(
            "{MINIMAL}[[attendance]]\noutlet = \"Caravan\"\nkind = \"print\"\n\
             [[coverage]]\noutlet = \" caravan \"\nheadline = \"H\"\ndate = 2016-12-23\n\
             [[coverage]]\noutlet = \"Khabar\"\nheadline = \"H\"\ndate = 2016-12-23\nkind = \"television\"\n"
        );
        let b = check(&text).unwrap();
        assert_eq!(b.coverage[0].outlet_index, Some(0));
        assert_eq!(b.coverage[0].kind, Some(OutletKind::Print));
        assert_eq!(b.coverage[1].outlet_index, None);
        assert_eq!(b.coverage[1].kind, Some(OutletKind::Television));
        let (line, _, message) =
            first_error(&text.replace("2016-12-23\n[[coverage]]", "\"2016-12-23\"\n[[coverage]]"));
        assert_eq!(line, 20);
        assert!(message.contains("coverage[1].date"), "{message}");
    }

    #[test]
    fn a_language_written_by_its_name_gets_its_code_to_write() {
        for (written, code) in [("русский", "ru"), ("Қазақ", "kk"), ("English", "en")] {
            let errors = check(&MINIMAL.replace(
                "date = 2016-12-22",
                &format!("date = 2016-12-22\nlanguage = \"{written}\""),
            ))
            .unwrap_err();
            assert_eq!(
                errors[0]
                    .hints
                    .iter()
                    .map(crate::messages::Msg::en)
                    .collect::<Vec<_>>(),
                [format!("write language = \"{code}\"")],
                "{written}"
            );
        }
    }

    #[test]
    fn unknown_language_is_located() {
        let (line, column, message) = first_error(
            &MINIMAL.replace("date = 2016-12-22", "date = 2016-12-22\nlanguage = \"de\""),
        );
        assert_eq!((line, column), (7, 12));
        assert!(message.contains("unknown language `de`"), "{message}");
    }

    #[test]
    fn uncovered_characters_are_located() {
        let (line, column, message) =
            first_error(&MINIMAL.replace("title = \"T\"", "title = \"T 漢字\""));
        assert_eq!((line, column), (5, 9));
        assert!(
            message.starts_with("event.title holds U+6F22 (漢)"),
            "{message}"
        );
    }
}

//! The checks of a briefing's values told in the user's language (issue 28, the last
//! English of `input/model`): a long headline, a dateline typed in the body, an advisory
//! with no way to register, a character no font prints and an outlet sending more people
//! than one can, each through the real binary in Russian and Kazakh at the same place as
//! in English, in Cyrillic words with no English word outside keys, values and paths.

use crate::common::{REFERENCE, Test};
use crate::input_language::in_cyrillic_words;

/// The reference briefing with each `(from, to)` replaced (its first occurrence).
fn reference_with(changes: &[(&str, &str)]) -> String {
    let mut text = std::fs::read_to_string(REFERENCE).unwrap();
    for (from, to) in changes {
        assert!(text.contains(from), "the reference holds {from:?}");
        text = text.replacen(from, to, 1);
    }
    text
}

/// A briefing that builds, with three warnings: a headline of 197 characters, a dateline
/// typed at the start of the body, an advisory with no phone or email anywhere.
fn warned() -> String {
    let headline = "IOM briefs Almaty journalists on migration trends in Central Asia";
    let long = format!("{headline} {headline} {headline}");
    let mut text = reference_with(&[
        (headline, long.as_str()),
        (
            "  \"Representatives of IOM",
            "  \"ALMATY, 22 December 2016 – Representatives of IOM",
        ),
    ]);
    text.push_str("\n[advisory]\nfacts = [\"One fact\"]\n");
    text
}

/// A briefing refused for a character no font prints and an outlet of 5,000 people.
fn refused() -> String {
    reference_with(&[
        (
            "title = \"Migration trends and developments in Kazakhstan and Central Asia\"",
            "title = \"Migration trends 漢\"",
        ),
        (
            "outlet = \"Vremya\"\nkind = \"print\"",
            "outlet = \"Vremya\"\nkind = \"print\"\npeople = 5000",
        ),
    ])
}

/// The `file:line:column` of every diagnostic of `stderr`.
fn places(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("b.toml:") && l.matches(':').count() >= 3)
        .map(|l| {
            let end = l.match_indices(':').nth(2).map_or(l.len(), |(i, _)| i);
            &l[..end]
        })
        .collect()
}

#[test]
fn the_warnings_of_a_valid_briefing_are_told_in_russian_and_kazakh_at_their_places() {
    let english = Test::new()
        .file("b.toml", warned())
        .args(["check", "b.toml"])
        .stderr_has("b.toml:26:12: warning: the headline is 197 characters long")
        .stderr_has("opens with a dateline (`ALMATY, 22 December 2016 –`)")
        .stderr_has("the media advisory gives journalists no way to register")
        .run();
    let cases = [
        (
            "ru",
            "в заголовке 197 знаков",
            "с места и даты",
            "как аккредитоваться",
        ),
        (
            "kk",
            "тақырып 197 таңбадан",
            "орны мен күнінен",
            "аккредиттелу жолын",
        ),
    ];
    for (language, headline, dateline, register) in cases {
        let ran = Test::new()
            .file("b.toml", warned())
            .args(["check", "b.toml"])
            .language(language)
            .stderr_has(headline)
            .stderr_has(dateline)
            .stderr_has(register)
            .stderr_has("`contact = { name = \"…\", phone = \"…\", email = \"…\" }`")
            .run();
        assert_eq!(places(&ran.stderr), places(&english.stderr), "{language}");
        in_cyrillic_words("warnings", language, &ran.stderr);
    }
}

#[test]
fn a_character_no_font_prints_and_too_many_people_are_refused_in_russian_and_kazakh() {
    let english = Test::new()
        .file("b.toml", refused())
        .args(["check", "b.toml"])
        .status(1)
        .stderr_has("event.title holds U+6F22 (漢), which no shipped font can print")
        .stderr_has("5000 people is more than one outlet can send; at most 1000")
        .run();
    let cases = [
        ("ru", "символ U+6F22 (漢)", "5000 человек"),
        ("kk", "U+6F22 (漢) таңбасы", "5000 адам"),
    ];
    for (language, glyph, people) in cases {
        let ran = Test::new()
            .file("b.toml", refused())
            .args(["check", "b.toml"])
            .language(language)
            .status(1)
            .stderr_has(glyph)
            .stderr_has(people)
            .stderr_has("fonts/")
            .run();
        assert_eq!(places(&ran.stderr), places(&english.stderr), "{language}");
        assert_eq!(places(&ran.stderr).len(), 2, "{}", ran.stderr);
        in_cyrillic_words("refused", language, &ran.stderr);
    }
}

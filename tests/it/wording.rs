//! Issue 29's last words, read back from the PDFs: a lower bound written "at least N" in
//! every row of the summary's table by kind (as in its totals, the report and the index,
//! never "1+"); the report's table by language headed by what it counts (briefings by
//! theirs, pieces by their own); and "Prepared by" the organisation, without a date,
//! when no `--prepared-on` is given (the report's bytes depend on no clock).

use crate::common;

use common::{pdf_text, presskit, squeeze, stderr};

/// A briefing whose outlet does not say how many people it sent.
const BRIEFING: &str = r#"format = 2

[organization]
name = "IOM"

[event]
title = "Safe migration"
date = 2017-02-10
city = "Almaty"

[release]
headline = "Safe migration"
body = ["The briefing."]

[[attendance]]
outlet = "Caravan"
kind = "online"
present = true

[[attendance]]
outlet = "Khabar"
kind = "television"
people = 2
present = true

[[coverage]]
outlet = "Caravan"
headline = "Migration briefed"
date = 2017-02-11
language = "ru"
"#;

#[test]
fn the_table_by_kind_says_at_least_as_the_totals_do() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("x.toml"), BRIEFING).unwrap();
    let out = presskit(
        dir.path(),
        &["build", "x.toml", "--only", "attendance-summary"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = pdf_text(&dir.path().join("out/x/attendance-summary.pdf"));
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    assert!(
        lines.contains(&"Online 1 / 1 at least 1 / at least 1"),
        "{text}"
    );
    assert!(lines.contains(&"Television 1 / 1 2 / 2"), "{text}");
    assert!(!text.contains("1+"), "{text}");
}

#[test]
fn the_report_heads_its_languages_by_what_they_count_and_is_prepared_by_the_organisation() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("x.toml"), BRIEFING).unwrap();
    let out = presskit(d, &["archive", "x.toml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for (language, prepared, heading, note) in [
        (
            "en",
            "Prepared by IOM",
            "By language",
            "Briefings, outlets and journalists by the language of the briefing; pieces by the language of each piece.",
        ),
        (
            "ru",
            "Подготовлено: IOM",
            "По языкам",
            "Брифинги, СМИ и журналисты — по языку брифинга; материалы — по языку каждого материала.",
        ),
    ] {
        let pdf = format!("report-{language}.pdf");
        let out = presskit(d, &["report", "--language", language, "-o", &pdf]);
        assert!(out.status.success(), "{}", stderr(&out));
        let text = squeeze(&pdf_text(&d.join(&pdf)));
        // The period, then the line, with no date after the organisation.
        let after = text
            .split(&squeeze(prepared))
            .nth(1)
            .unwrap_or_else(|| panic!("no {prepared:?} in {text}"));
        assert!(
            !after.starts_with(',') && !after.starts_with("2017"),
            "a date after {prepared:?}: {after}"
        );
        assert!(text.contains(&squeeze(heading)), "{text}");
        assert!(text.contains(&squeeze(note)), "{text}");
        // The old heading, which the pieces' figures no longer were.
        for old in ["Bylanguageofthebriefing", "Поязыкубрифинга"] {
            assert!(!text.contains(old), "{text}");
        }
    }
}

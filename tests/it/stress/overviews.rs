//! The archive's overviews built from generated briefings: a few stress briefings of one
//! language ([`super::shapes`]), moved to events in several quarters of two years, are
//! archived, then the archive's `index.pdf` and the `report` are checked page by page
//! like the briefings' own documents: nothing printed over anything, no rule through
//! text, nothing off the page, no narrow justified line stretched (the coverage table's
//! columns, the quarters' labels, the index's chart and table), and the index's chart
//! says "at least" where its table does.

use std::path::Path;

use super::{checks, shapes};
use crate::common::{geometry, pdf, presskit, stderr};

/// The months (year and month) the archived briefings are moved to: four quarters over
/// two years, so that the report's table by quarter and the index's chart have several.
const MONTHS: [&str; 4] = ["2016-11", "2017-02", "2017-05", "2017-08"];

/// Every fault of the overview at `path`, prefixed with its name.
fn faults(path: &Path) -> Vec<String> {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let mut found = Vec::new();
    for (i, page) in geometry::pages(path).iter().enumerate() {
        found.extend(checks::overlaps(page, i + 1));
        found.extend(checks::crossings(page, i + 1));
        found.extend(checks::off_page(page, i + 1));
        found.extend(checks::stretched_spaces(page, i + 1));
    }
    found.into_iter().map(|f| format!("{name}: {f}")).collect()
}

/// Archives four generated briefings of `language` (its index in
/// [`shapes::LANGUAGES`]) on `paper`, then writes the report; the faults of the index and
/// the report.
fn overview_faults(language: u64, paper: &str, dir: &Path) -> Vec<String> {
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    for (n, month) in MONTHS.iter().enumerate() {
        let seed = language + 3 * n as u64;
        let briefing = shapes::briefing(seed)
            .toml
            .replace("2025-03-", &format!("{month}-"));
        std::fs::write(data.join(format!("stress-{seed}.toml")), briefing).unwrap();
    }
    let out = presskit(
        dir,
        &["archive", "data", "--to", "archive", "--paper", paper],
    );
    assert!(out.status.success(), "archive: {}", stderr(&out));
    let out = presskit(
        dir,
        &["report", "archive", "-o", "report.pdf", "--paper", paper],
    );
    assert!(out.status.success(), "report: {}", stderr(&out));
    let mut found = Vec::new();
    for file in ["archive/index.pdf", "report.pdf"] {
        found.extend(faults(&dir.join(file)));
    }
    found.extend(unqualified_bars(&pdf::text(&dir.join("archive/index.pdf"))));
    found
}

/// The index's chart and its table give the same count with the same qualifier: where the
/// table says a briefing had "at least 74" people, the chart's figure beside its bar says
/// so too (it printed a bare `74`). A fault for each figure the table qualifies and the
/// chart does not.
fn unqualified_bars(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for qualifier in ["at least", "не менее", "кемінде"] {
        for line in text.lines() {
            let Some(at) = line.find(qualifier) else {
                continue;
            };
            let label = line[at..].trim();
            if text.matches(label).count() < 2 {
                out.push(format!(
                    "index.pdf: `{label}` is in the table but not beside its bar in the chart"
                ));
            }
        }
    }
    out
}

/// The index and the report of archived generated briefings, in each language, hold
/// their pages as the briefings' documents do.
#[test]
fn the_index_and_the_report_of_generated_briefings_hold_their_pages() {
    let mut failed = Vec::new();
    for (language, paper) in [(0, "letter"), (1, "a4"), (2, "a4")] {
        // Built where a failure can be looked at and run again.
        let code = shapes::LANGUAGES[language as usize];
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("stress/overview-{code}"));
        let _ = std::fs::remove_dir_all(&dir);
        let found = overview_faults(language, paper, &dir);
        if !found.is_empty() {
            failed.push(format!(
                "{code} on {paper}, seeds {language}, {}, {}, {} in {}: {} faults; the archive is {}\n  rebuild: presskit archive data --to archive --paper {paper} && presskit report archive --paper {paper} (in that folder)\n  {}",
                language + 3,
                language + 6,
                language + 9,
                MONTHS.join(", "),
                found.len(),
                dir.display(),
                found.join("\n  ")
            ));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n\n"));
}

//! A briefing archived before its attendance is recorded (format 2: outlets registered,
//! none marked present) is not counted as nobody came: the archive's index, the
//! report's table of briefings and its workbook say "not recorded yet" where a count
//! of zero would tell a donor that no journalist attended.

use crate::common;

use common::{pdf_text, presskit, squeeze, stderr};

/// A folder with the registered-only briefing of `counts.rs`, archived.
fn archived() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("astana-2025-11-13.toml"),
        crate::counts::REGISTERED,
    )
    .unwrap();
    let out = presskit(dir.path(), &["archive", "astana-2025-11-13.toml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    dir
}

#[test]
fn an_overview_says_not_recorded_yet_instead_of_zero() {
    let dir = archived();
    let d = dir.path();
    let index = squeeze(&pdf_text(&d.join("archive/index.pdf")));
    assert!(index.contains("notrecordedyet"), "{index}");
    let out = presskit(d, &["report", "-o", "report.pdf", "--xlsx", "report.xlsx"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = squeeze(&pdf_text(&d.join("report.pdf")));
    assert!(report.contains("notrecordedyet"), "{report}");

    use calamine::{Data, Reader, Xlsx};
    let mut book: Xlsx<_> = calamine::open_workbook(d.join("report.xlsx")).unwrap();
    let names = book.sheet_names();
    let rows: Vec<Vec<Data>> = names
        .iter()
        .flat_map(|name| {
            let range = book.worksheet_range(name).unwrap();
            range.rows().map(<[Data]>::to_vec).collect::<Vec<_>>()
        })
        .collect();
    assert!(
        rows.iter()
            .any(|row| row.contains(&Data::String("not recorded yet".into()))),
        "no row says not recorded yet: {rows:?}"
    );
}

#[test]
fn the_words_are_the_overviews_language() {
    let dir = archived();
    let d = dir.path();
    for (language, words) in [("ru", "ещёнеотмечено"), ("kk", "әлібелгіленбеген")]
    {
        let pdf = format!("report-{language}.pdf");
        let out = presskit(d, &["report", "--language", language, "-o", &pdf]);
        assert!(out.status.success(), "{}", stderr(&out));
        let report = squeeze(&pdf_text(&d.join(&pdf)));
        assert!(report.contains(words), "{language}: {report}");
    }
}

//! The report an office hands in, through the binary on an archive made in the test: the
//! workbook read back with calamine (one sheet per table, headings in the report's
//! language, numbers as number cells, a lower bound's "at least" in a column of its own,
//! each piece under its own language, no empty quarter, funders one per row), the CSV's
//! numbers, and in the PDF the narrative before the tables, the "Prepared by" line, the
//! funders one per line and a period of one day printed once.

use crate::common;

use common::{pdf_text, presskit, squeeze, stderr};

use calamine::{Data, Reader, Xlsx};
use std::path::Path;

/// A briefing of `date` in `language`, with `rest` (attendance, coverage) after it.
fn briefing(title: &str, date: &str, language: &str, rest: &str) -> String {
    format!(
        r#"format = 2

[organization]
name = "IOM"
office = "Public Information Unit"

[event]
title = "{title}"
date = {date}
city = "Almaty"
language = "{language}"

[release]
headline = "{title}"
body = ["{title}."]

[[programmes]]
title = "Safe Migration"
funders = ["USAID", "European Union, Directorate-General for Migration"]

{rest}
"#
    )
}

/// Two briefings, in English, two quarters apart, archived into `dir/archive`: the first
/// with an outlet whose people are not known and pieces in Russian and Kazakh.
fn archive() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let first = briefing(
        "Briefing one",
        "2017-02-10",
        "en",
        r#"[[attendance]]
outlet = "Caravan"
kind = "online"
people = 2
present = true
[[attendance]]
outlet = "KazTag"
kind = "news agency"
present = true
[[coverage]]
outlet = "Caravan"
headline = "Migration briefed"
date = 2017-02-11
language = "ru"
reach = 12000
[[coverage]]
outlet = "KazTag"
headline = "Брифинг өтті"
date = 2017-02-12
language = "kk"
[[coverage]]
outlet = "Caravan"
headline = "In English"
date = 2017-02-13"#,
    );
    let second = briefing(
        "Briefing two",
        "2017-08-24",
        "en",
        r#"[[attendance]]
outlet = "Хабар"
kind = "television"
people = 3
present = true"#,
    );
    std::fs::write(data.join("a-2017-02-10.toml"), first).unwrap();
    std::fs::write(data.join("b-2017-08-24.toml"), second).unwrap();
    let out = presskit(dir.path(), &["archive", "data", "--to", "archive"]);
    assert!(out.status.success(), "{}", stderr(&out));
    dir
}

/// The rows of the sheet `name` of the workbook at `path`.
fn sheet(path: &Path, name: &str) -> Vec<Vec<Data>> {
    let mut book: Xlsx<_> = calamine::open_workbook(path).expect("an XLSX calamine reads");
    let range = book
        .worksheet_range(name)
        .unwrap_or_else(|e| panic!("no sheet {name}: {e}; sheets {:?}", book.sheet_names()));
    range.rows().map(<[Data]>::to_vec).collect()
}

/// A text cell.
fn text(s: &str) -> Data {
    Data::String(s.to_string())
}

#[test]
fn the_workbook_holds_every_table_as_numbers_and_the_pdf_the_office_s_narrative() {
    let dir = archive();
    let d = dir.path();
    std::fs::write(
        d.join("narrative.md"),
        "# The quarter in brief\n\nThe office held two briefings.\nBoth were full.\n\n\
         - Journalists asked about #labour migration\n- Coverage came in $weeks later\n",
    )
    .unwrap();
    let out = presskit(
        d,
        &[
            "report",
            "--xlsx",
            "report.xlsx",
            "--csv",
            "report.csv",
            "--narrative",
            "narrative.md",
            "--prepared-on",
            "2018-01-05",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let book = d.join("report.xlsx");

    let indicators = sheet(&book, "Report on press briefings");
    assert_eq!(
        indicators[0],
        [text("Indicator"), text("Value"), text("Qualifier")]
    );
    assert_eq!(
        indicators[2],
        [
            text("Journalists reached"),
            Data::Float(6.0),
            text("at least")
        ],
        "2 + 1 (not known: at least) + 3, a number and its qualifier"
    );
    assert_eq!(indicators[1][1], Data::Float(2.0));

    // Pieces by their own language: one Russian, one Kazakh, one (not given) English.
    let by_language = sheet(&book, "By language");
    let pieces: Vec<(Data, Data)> = by_language[1..]
        .iter()
        .map(|r| (r[0].clone(), r[5].clone()))
        .collect();
    assert_eq!(
        pieces,
        [
            (text("English"), Data::Float(1.0)),
            (text("Russian"), Data::Float(1.0)),
            (text("Kazakh"), Data::Float(1.0)),
        ]
    );
    let coverage = sheet(&book, "Coverage");
    assert_eq!(coverage[1][3], text("Russian"));
    assert_eq!(coverage[1][4], Data::Float(12000.0));
    assert!(
        matches!(coverage[1][0], Data::DateTime(_)),
        "{:?}",
        coverage[1][0]
    );

    // Two quarters held briefings; the two between them are not in the chart.
    let quarters = sheet(&book, "People present per quarter");
    assert_eq!(
        quarters,
        [
            vec![text("Quarter"), text("People")],
            vec![text("2017 Q1"), Data::Float(3.0)],
            vec![text("2017 Q3"), Data::Float(3.0)],
        ]
    );
    let funders = sheet(&book, "Programmes and funders");
    assert_eq!(
        funders[1..],
        [
            vec![text("Safe Migration"), text("USAID")],
            vec![
                text("Safe Migration"),
                text("European Union, Directorate-General for Migration")
            ],
        ]
    );
    let outlets = sheet(&book, "Outlets");
    assert_eq!(outlets.len(), 4, "Caravan, KazTag, Хабар: {outlets:?}");

    let csv = std::fs::read_to_string(d.join("report.csv")).unwrap();
    assert!(csv.contains("\nJournalists reached,6,at least\n"), "{csv}");

    let pdf = squeeze(&pdf_text(&d.join("report.pdf")));
    for words in [
        "10 February 2017 – 24 August 2017 Prepared by Public Information Unit, 5 January 2018 \
         The quarter in brief The office held two briefings. Both were full.",
        "Journalists asked about #labour migration",
        "Coverage came in $weeks later",
        "Funded by Safe Migration USAID European Union, Directorate-General for Migration",
        "2017 Q1 3 2017 Q3 3",
    ] {
        assert!(pdf.contains(&squeeze(words)), "no {words}: {pdf}");
    }
    assert!(!pdf.contains("2017Q2"), "{pdf}");
    // Two funders, one per line: never "USAID, European Union, ..." read as three.
    let lines = pdf_text(&d.join("report.pdf"));
    let usaid = lines.lines().find(|l| l.contains("USAID")).unwrap();
    assert!(!usaid.contains("European"), "{usaid}");
    let narrative_at = pdf.find("Thequarterinbrief").unwrap();
    let table_at = pdf.find("IndicatorValue").unwrap();
    assert!(
        narrative_at < table_at,
        "the narrative comes before the tables"
    );

    // The same archive, the same workbook.
    let again = presskit(d, &["report", "--xlsx", "again.xlsx"]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(
        std::fs::read(&book).unwrap(),
        std::fs::read(d.join("again.xlsx")).unwrap()
    );
}

#[test]
fn a_narrative_that_cannot_be_read_writes_nothing() {
    let dir = archive();
    let d = dir.path();
    std::fs::write(d.join("narrative.txt"), b"Caf\xe9 au lait\n").unwrap();
    let out = presskit(
        d,
        &["report", "--narrative", "narrative.txt", "--xlsx", "r.xlsx"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("narrative.txt:1:4: error: the narrative is not UTF-8 text"),
        "{}",
        stderr(&out)
    );
    let out = presskit(d, &["report", "--narrative", "missing.md"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("missing.md: error: the narrative cannot be read"),
        "{}",
        stderr(&out)
    );
    assert!(!d.join("report.pdf").exists() && !d.join("r.xlsx").exists());
}

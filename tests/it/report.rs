//! `presskit report` through the real binary, on an archive of four briefings made in the
//! test (three languages, outlets coming back under other spellings, coverage with and
//! without reach), whose indicators are worked out by hand below and compared exactly.

use crate::common;

use common::{pdf_text, presskit, squeeze, stderr};

use std::path::Path;

/// A briefing file: its event, programme, `[[attendance]]` and `[[coverage]]` tables.
fn briefing(
    title: &str,
    date: &str,
    language: &str,
    city: &str,
    programme: &str,
    tables: &str,
) -> String {
    format!(
        r#"format = 1

[organization]
name = "IOM"

[event]
title = "{title}"
date = {date}
venue = "Hall"
city = "{city}"
language = "{language}"

[release]
headline = "{title}"
body = ["{title}."]

[[programmes]]
{programme}

{tables}
"#
    )
}

/// Four briefings archived into `dir/archive`.
///
/// | | date | lang | present (people) | pieces (reach) |
/// |---|---|---|---|---|
/// | a | 2017-02-10 | en | Caravan online 2, Vremya print 1, KazTag agency ? (Absent radio 4 did not come) | Caravan 12000, KazTag ? |
/// | b | 2017-05-18 | ru | " caravan " online 1, Время print 2, Хабар television 3 | Хабар 50000 |
/// | c | 2017-11-02 | kk | CARAVAN online 1, Хабар television 2, Egemen print 1 | Egemen 3000, Other site (online) ? |
/// | d | 2018-01-25 | en | Vremya print 2, Tengri online 1 | none |
fn four_briefings() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let usaid = "title = \"Safe Migration\"\nfunders = [\"USAID\"]";
    let files = [
        (
            "a-2017-02-10",
            briefing(
                "Briefing one",
                "2017-02-10",
                "en",
                "Almaty",
                usaid,
                r#"[[attendance]]
outlet = "Caravan"
kind = "online"
people = 2
[[attendance]]
outlet = "Vremya"
kind = "print"
people = 1
[[attendance]]
outlet = "KazTag"
kind = "news agency"
[[attendance]]
outlet = "Absent"
kind = "radio"
people = 4
present = false
[[coverage]]
outlet = "Caravan"
headline = "Migration briefed"
date = 2017-02-11
reach = 12000
[[coverage]]
outlet = "KazTag"
headline = "Briefing held"
date = 2017-02-10"#,
            ),
        ),
        (
            "b-2017-05-18",
            briefing(
                "Второй брифинг",
                "2017-05-18",
                "ru",
                "Астана",
                "title = \"Безопасная миграция\"\nfunders = [\"BPRM\"]",
                r#"[[attendance]]
outlet = " caravan "
kind = "online"
people = 1
[[attendance]]
outlet = "Время"
kind = "print"
people = 2
[[attendance]]
outlet = "Хабар"
kind = "television"
people = 3
[[coverage]]
outlet = "Хабар"
headline = "Сюжет о брифинге"
date = 2017-05-18
reach = 50000"#,
            ),
        ),
        (
            "c-2017-11-02",
            briefing(
                "Үшінші брифинг",
                "2017-11-02",
                "kk",
                "Шымкент",
                usaid,
                r#"[[attendance]]
outlet = "CARAVAN"
kind = "online"
people = 1
[[attendance]]
outlet = "Хабар"
kind = "television"
people = 2
[[attendance]]
outlet = "Egemen"
kind = "print"
people = 1
[[coverage]]
outlet = "Egemen"
headline = "Мақала"
date = 2017-11-03
reach = 3000
[[coverage]]
outlet = "Other site"
headline = "Жаңалық"
date = 2017-11-04
kind = "online""#,
            ),
        ),
        (
            "d-2018-01-25",
            briefing(
                "Briefing four",
                "2018-01-25",
                "en",
                "Almaty",
                "title = \"Border management\"\nfunders = [\"European Union\"]",
                r#"[[attendance]]
outlet = "Vremya"
kind = "print"
people = 2
[[attendance]]
outlet = "Tengri"
kind = "online"
people = 1"#,
            ),
        ),
    ];
    for (stem, text) in files {
        std::fs::write(data.join(format!("{stem}.toml")), text).unwrap();
    }
    let out = presskit(dir.path(), &["archive", "data", "--to", "archive"]);
    assert!(out.status.success(), "{}", stderr(&out));
    dir
}

/// Runs `report` with `args` and returns the CSV it wrote (`report` must succeed).
fn csv_of(dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["report", "archive", "-o", "r.pdf", "--csv", "r.csv"];
    all.extend_from_slice(args);
    let out = presskit(dir, &all);
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::read_to_string(dir.join("r.csv")).unwrap()
}

#[test]
fn the_indicators_of_four_briefings_are_those_counted_by_hand() {
    let dir = four_briefings();
    let d = dir.path();
    let out = presskit(d, &["report", "--csv", "indicators.csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let csv = std::fs::read_to_string(d.join("indicators.csv")).unwrap();
    // Three languages: the report is in English.
    let expected = "\u{feff}\
Indicator,Value,Qualifier
Briefings held,4,
Journalists reached,17,at least
Outlets reached,6,
Outlets reached more than once,3,
Pieces published,5,
Total reach (known for 3 of 5 pieces),65000,
Briefings held: English,2,
Journalists reached: English,7,at least
Pieces published: English,2,
Briefings held: Russian,1,
Journalists reached: Russian,6,
Pieces published: Russian,1,
Briefings held: Kazakh,1,
Journalists reached: Kazakh,4,
Pieces published: Kazakh,2,
Outlets reached: Television,1,
Journalists reached: Television,5,
Pieces published: Television,1,
Outlets reached: Print,2,
Journalists reached: Print,6,
Pieces published: Print,1,
Outlets reached: Online,2,
Journalists reached: Online,5,
Pieces published: Online,2,
Outlets reached: News agency,1,
Journalists reached: News agency,1,at least
Pieces published: News agency,1,
";
    // By hand: people 2+1+1? (a) + 1+2+3 (b) + 1+2+1 (c) + 2+1 (d) = 17, KazTag's unknown
    // (so 17 is a lower bound: a number, and "at least" in the qualifier column);
    // outlets caravan (a b c), vremya = время (a b d), kaztag, хабар (b c), egemen,
    // tengri = 6, of which caravan, vremya and хабар came more than once; pieces
    // 2+1+2+0 = 5, reach 12000+50000+3000 of three; print is Vremya (Время) and Egemen
    // (1+2+1+2 people) and Egemen's piece; online Caravan and Tengri (2+1+1+1), Caravan's
    // piece and Other site's.
    assert_eq!(csv, expected);

    let pdf = d.join("report.pdf");
    let text = squeeze(&pdf_text(&pdf));
    for row in [
        "10 February 2017 Briefing one Hall, Almaty 3 at least 4 2",
        "18 May 2017 Второй брифинг Hall, Астана 3 6 1",
        "2 November 2017 Үшінші брифинг Hall, Шымкент 3 4 2",
        "25 January 2018 Briefing four Hall, Almaty 2 3 0",
        "Report on press briefings",
        "10 February 2017 – 25 January 2018",
        "Journalists reached at least 17",
        // Printed as English prints numbers; the CSV keeps digits alone.
        "Total reach (known for 3 of 5 pieces) 65,000",
        "Caravan 3",
        "Хабар 2",
        "Safe Migration USAID",
        "Border management European Union",
        // Only the quarters that held a briefing: no bar for 2017 Q3.
        "People present per quarter 2017 Q1 4 2017 Q2 6 2017 Q4 4 2018 Q1 3",
        // By language (briefings, outlets, journalists, pieces), and by kind.
        "Russian 1 3 6 1",
        "Kazakh 1 3 4 2",
        "News agency 1 1 at least 1 1",
        "Print 4 2 6 1",
        // Every piece, oldest first, with its reach where known.
        "11 February 2017 Migration briefed Caravan 12,000",
        "18 May 2017 Сюжет о брифинге Хабар 50,000",
        "4 November 2017 Жаңалық Other site",
    ] {
        assert!(text.contains(&squeeze(row)), "no {row}: {text}");
    }
    let meta = common::pdf::Structure::open(&pdf)
        .xmp()
        .expect("XMP metadata");
    assert!(meta.contains("<pdfaid:part>3</pdfaid:part>"), "{meta}");

    // The same archive, the same bytes.
    let again = presskit(d, &["report", "-o", "again.pdf"]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(
        std::fs::read(&pdf).unwrap(),
        std::fs::read(d.join("again.pdf")).unwrap()
    );
}

#[test]
fn one_briefing_archived_under_two_names_is_warned_of() {
    let dir = four_briefings();
    let d = dir.path();
    // A corrected copy archived under a new name, as the archive's refusal suggests.
    let text = std::fs::read_to_string(d.join("data/d-2018-01-25.toml")).unwrap();
    std::fs::write(d.join("data/d-2018-01-25-v2.toml"), text).unwrap();
    let out = presskit(d, &["archive", "data", "--to", "archive"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = presskit(d, &["report", "-o", "r.pdf"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("archive/d-2018-01-25-v2: warning: holds the same briefing as `d-2018-01-25` (the same date and title): it is counted twice"),
        "{err}"
    );
    assert_eq!(err.matches("counted twice").count(), 1, "{err}");
}

#[test]
fn from_to_and_programme_keep_their_briefings_and_an_empty_period_is_an_error() {
    let dir = four_briefings();
    let d = dir.path();
    // b and c, one Russian and one Kazakh: for a user who reads English, in the first of
    // the two (Russian) unless English is asked for.
    let csv = csv_of(d, &["--from", "2017-05-01", "--to", "2017-12-31"]);
    assert!(csv.starts_with("\u{feff}Показатель;"), "{csv}");
    // b and c: caravan, Время, Хабар, Egemen; caravan and Хабар twice; 1+2+3+1+2+1 people.
    let csv = csv_of(
        d,
        &[
            "--from",
            "2017-05-01",
            "--to",
            "2017-12-31",
            "--language",
            "en",
        ],
    );
    assert!(
        csv.starts_with(
            "\u{feff}Indicator,Value,Qualifier\nBriefings held,2,\nJournalists reached,10,\n\
             Outlets reached,4,\nOutlets reached more than once,2,\nPieces published,3,\n\
             Total reach (known for 2 of 3 pieces),53000,\n"
        ),
        "{csv}"
    );
    let text = squeeze(&pdf_text(&d.join("r.pdf")));
    assert!(!text.contains("Briefingone"), "{text}");
    // The period asked for, not that of the first and last briefing in it.
    assert!(
        text.contains(&squeeze("1 May 2017 – 31 December 2017")),
        "{text}"
    );
    // Only the quarters of the period.
    assert!(text.contains("2017Q2") && text.contains("2017Q4"), "{text}");
    assert!(
        !text.contains("2017Q1") && !text.contains("2018Q1"),
        "{text}"
    );
    assert!(text.contains(&squeeze("Второй брифинг")), "{text}");

    // The same mixed period, in Russian when asked.
    let csv = csv_of(
        d,
        &[
            "--from",
            "2017-05-01",
            "--to",
            "2017-12-31",
            "--language",
            "ru",
        ],
    );
    assert!(
        csv.starts_with("\u{feff}Показатель;Значение;Уточнение\nПроведено брифингов;2;\n"),
        "{csv}"
    );
    let text = squeeze(&pdf_text(&d.join("r.pdf")));
    assert!(text.contains(&squeeze("Отчёт о пресс-брифингах")), "{text}");
    let out = presskit(d, &["report", "--language", "de"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("write ru, kk or en"),
        "{}",
        stderr(&out)
    );

    // USAID funds a and c's programme.
    let csv = csv_of(d, &["--programme", "usaid"]);
    assert!(csv.contains("\nBriefings held,2,\n"), "{csv}");
    assert!(csv.contains("\nBriefings held: Kazakh,1,\n"), "{csv}");
    // A programme's title, in another case: b alone, so the report is in Russian.
    let csv = csv_of(d, &["--programme", "БЕЗОПАСНАЯ"]);
    assert!(
        csv.starts_with(
            "\u{feff}Показатель;Значение;Уточнение\nПроведено брифингов;1;\nОхвачено журналистов;6;\n"
        ),
        "{csv}"
    );
    let text = squeeze(&pdf_text(&d.join("r.pdf")));
    for words in ["Отчёт о пресс-брифингах", "18 мая 2017 г.", "2 кв. 2017"]
    {
        assert!(text.contains(&squeeze(words)), "no {words}: {text}");
    }
    // A period of one day is printed once.
    assert!(
        text.contains(&squeeze("пресс-брифингах 18 мая 2017 г. Подготовлено: IOM")),
        "{text}"
    );

    // Nothing in the period: an error naming it, and nothing written.
    let out = presskit(d, &["report", "--from", "2019-01-01", "-o", "none.pdf"]);
    assert_eq!(out.status.code(), Some(1));
    let e = stderr(&out);
    assert!(e.contains("no archived briefing from 2019-01-01"), "{e}");
    assert!(e.contains("4 briefings"), "{e}");
    assert!(!d.join("none.pdf").exists());

    // A date written otherwise is a command-line error saying what to write.
    let out = presskit(d, &["report", "--to", "31.12.2017"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "`31.12.2017` is not written as dates are here (year-month-day): write 2017-12-31"
        ),
        "{}",
        stderr(&out)
    );
    // One whose order is in doubt gets the form, not a guess.
    let out = presskit(d, &["report", "--from", "12/31/2017"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("`12/31/2017` is not a date written as 2016-12-22 (year-month-day)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_folder_that_does_not_verify_is_left_out_with_a_warning() {
    let dir = four_briefings();
    let d = dir.path();
    std::fs::write(d.join("archive/d-2018-01-25/name-tents.pdf"), b"broken").ok();
    std::fs::write(d.join("archive/d-2018-01-25/press-kit.pdf"), b"broken").unwrap();
    let out = presskit(d, &["report", "--csv", "i.csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let e = stderr(&out);
    assert!(
        e.contains("d-2018-01-25") && e.contains("left out of the report"),
        "{e}"
    );
    let csv = std::fs::read_to_string(d.join("i.csv")).unwrap();
    assert!(csv.contains("\nBriefings held,3,\n"), "{csv}");
}

#[test]
fn an_office_s_own_report_template_replaces_the_built_in_one() {
    let dir = four_briefings();
    let d = dir.path();
    let out = presskit(d, &["templates", "eject", "mine", "report"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let path = d.join("mine/report.typ.hbs");
    let own = std::fs::read_to_string(&path).unwrap().replace(
        "#heading(level: 1)[{{words.report_title}}]",
        "#heading(level: 1)[OUR OWN REPORT]",
    );
    std::fs::write(&path, own).unwrap();
    let out = presskit(d, &["report", "--templates", "mine", "-o", "own.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(pdf_text(&d.join("own.pdf")).contains("OUR OWN REPORT"));
    // A templates folder that is not there is an error, and nothing is written.
    let out = presskit(d, &["report", "--templates", "none", "-o", "none.pdf"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("the templates folder does not exist"));
    assert!(!d.join("none.pdf").exists());
}

#[test]
fn the_report_has_the_briefings_letterhead_their_fonts_and_the_paper_asked_for() {
    let font = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fonts/NotoSansOgham-Regular.ttf"
    );
    let logo = concat!(env!("CARGO_MANIFEST_DIR"), "/data/assets/logo.svg");
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let data = d.join("data");
    std::fs::create_dir_all(data.join("fonts")).unwrap();
    std::fs::create_dir_all(data.join("assets")).unwrap();
    std::fs::copy(font, data.join("fonts/NotoSansOgham-Regular.ttf")).unwrap();
    std::fs::copy(logo, data.join("assets/logo.svg")).unwrap();
    // An outlet in a script only the added font prints (Ogham stands in for Chinese).
    let text = briefing(
        "Briefing one",
        "2017-02-10",
        "en",
        "Almaty",
        "title = \"Safe Migration\"",
        "[[attendance]]\noutlet = \"Vremya ᚁᚂᚃ\"\nkind = \"print\"\npeople = 2",
    )
    .replace(
        "name = \"IOM\"",
        "name = \"Office of the Quarterly Briefings\"\ntagline = \"Press office\"\nlogo = \"assets/logo.svg\"",
    );
    std::fs::write(data.join("one.toml"), text).unwrap();
    let out = presskit(d, &["archive", "data", "--to", "archive"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The font goes with the archive, not with the folder the briefing was in.
    std::fs::remove_dir_all(&data).unwrap();

    let out = presskit(d, &["report", "--paper", "letter", "-o", "letter.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let path = d.join("letter.pdf");
    let sizes = common::pdf::page_sizes(&path);
    assert!(sizes.iter().all(|s| *s == (612, 792)), "{sizes:?}");
    let text = pdf_text(&path);
    assert!(
        squeeze(&text).contains("OfficeoftheQuarterlyBriefings") && text.contains("Press office"),
        "no letterhead in:\n{text}"
    );
    assert!(text.contains("ᚁᚂᚃ"), "{text}");
    let structure = common::pdf::Structure::open(&path);
    assert!(
        structure
            .fonts()
            .iter()
            .any(|(name, _)| name.contains("Ogham")),
        "{:?}",
        structure.fonts()
    );
    assert!(
        structure
            .alt_texts()
            .iter()
            .any(|a| a == "Office of the Quarterly Briefings"),
        "the logo: {:?}",
        structure.alt_texts()
    );
    let out = presskit(d, &["report", "-o", "a4.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        common::pdf::page_sizes(&d.join("a4.pdf"))
            .iter()
            .all(|s| *s == (595, 842))
    );

    // --fonts DIR: an office's template names a family that an archive without added
    // fonts does not carry.
    let plain = d.join("plain");
    std::fs::create_dir(&plain).unwrap();
    let text = briefing("Two", "2017-03-10", "en", "Almaty", "title = \"P\"", "");
    std::fs::write(plain.join("two.toml"), text).unwrap();
    let out = presskit(d, &["archive", "plain", "--to", "archive2"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = presskit(d, &["templates", "eject", "mine", "report"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let own = d.join("mine/report.typ.hbs");
    let edited = std::fs::read_to_string(&own).unwrap().replace(
        "#heading(level: 1)[{{words.report_title}}]",
        "#heading(level: 1)[{{words.report_title}}]\n#text(font: \"Noto Sans Ogham\")[ᚃᚄ]",
    );
    std::fs::write(&own, edited).unwrap();
    let fonts = d.join("brand");
    std::fs::create_dir(&fonts).unwrap();
    std::fs::copy(font, fonts.join("Ogham.ttf")).unwrap();
    let out = presskit(
        d,
        &[
            "report",
            "archive2",
            "--templates",
            "mine",
            "--fonts",
            "brand",
            "-o",
            "own.pdf",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(pdf_text(&d.join("own.pdf")).contains("ᚃᚄ"));
    let structure = common::pdf::Structure::open(&d.join("own.pdf"));
    assert!(
        structure
            .fonts()
            .iter()
            .any(|(name, _)| name.contains("Ogham")),
        "{:?}",
        structure.fonts()
    );
    // A fonts folder that is not there is an error, and nothing is written.
    let out = presskit(d, &["report", "--fonts", "none", "-o", "none.pdf"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "none: error: the fonts folder does not exist\n  = hint: give the folder that holds the font files (.ttf, .otf, .ttc)\n"
        ),
        "{}",
        stderr(&out)
    );
    assert!(!d.join("none.pdf").exists());
}

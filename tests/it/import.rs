//! `presskit import attendance`: sign-in sheets as offices keep them (UTF-8 CSV with a
//! byte-order mark, Windows-1251 with `;` and Russian headings, an XLSX with Kazakh
//! headings) merged into a briefing whose comments survive; a second import changing
//! nothing; a bad row or a conflicting outlet writing nothing and naming its place;
//! `--dry-run` printing the diff and writing nothing. `import coverage` the same way for
//! a monitoring export.

use crate::common;

use common::{presskit, stderr};

use std::io::Write;
use std::path::Path;

/// A briefing with comments, one outlet already recorded, and a table after it.
const BRIEFING: &str = r#"# Quarterly briefing, typed by the press office
format = 1

[organization]
name = "International Organization for Migration"  # the full name

[event]
title = "Quarterly press briefing"
date = 2016-12-22
language = "ru"

# Registered before the day.
[[attendance]]
outlet = "Хабар"
kind = "television"
people = 2
journalists = ["Асель Нурланова", "Дана Ким"]

[[topics]]
title = "Migration in Central Asia"  # keep this comment
"#;

/// A folder holding `briefing.toml`.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("briefing.toml"), BRIEFING).unwrap();
    dir
}

/// The briefing's text now.
fn briefing(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("briefing.toml")).unwrap()
}

/// Runs `import attendance FILE --into briefing.toml` with `extra` arguments.
fn import(dir: &Path, file: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["import", "attendance", file, "--into", "briefing.toml"];
    args.extend_from_slice(extra);
    presskit(dir, &args)
}

#[test]
fn a_utf8_csv_with_a_byte_order_mark_is_merged_keeping_comments_and_a_second_import_changes_nothing()
 {
    let dir = folder();
    let sheet = "\u{feff}Outlet,Name,Kind,Came,Phone\n\
                 KTK,Asel Nurlanova,TV,yes,+7 701\n\
                 Caravan,Ivan Petrov,newspaper,yes,\n\
                 Caravan,Olga Kim,newspaper,no,\n\
                 Tengri News,,website,no,\n";
    std::fs::write(dir.path().join("sheet.csv"), sheet).unwrap();
    let out = import(dir.path(), "sheet.csv", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = briefing(dir.path());
    // Every line of the briefing is still there, in its order, comments included.
    let mut lines = text.lines();
    for line in BRIEFING.lines() {
        assert!(lines.any(|l| l == line), "`{line}` lost:\n{text}");
    }
    assert!(
        text.contains(
            "[[attendance]]\noutlet = \"Caravan\"\nkind = \"print\"\npeople = 1\npresent = true\njournalists = [\"Ivan Petrov\"]\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "[[attendance]]\noutlet = \"Tengri News\"\nkind = \"online\"\npresent = false\n"
        ),
        "{text}"
    );
    assert!(
        stderr(&out).contains("columns not imported: Phone"),
        "{}",
        stderr(&out)
    );
    assert!(
        !stderr(&out).contains("no column of who came"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("added 3 [[attendance]] tables"),
        "{}",
        stderr(&out)
    );

    let again = import(dir.path(), "sheet.csv", &[]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(
        briefing(dir.path()),
        text,
        "a second import changes nothing"
    );
    assert!(
        stderr(&again).contains("nothing to change, 3 already there"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn a_windows_1251_csv_with_semicolons_and_russian_headings_merges_journalists_of_one_outlet() {
    let dir = folder();
    let sheet = "СМИ;ФИО;Вид СМИ;Присутствовал\r\n\
                 Казинформ;Ерлан Сапаров;информагентство;да\r\n\
                 казинформ ;Айгуль Бекова;информагентство;да\r\n\
                 Радио Азаттык;Марат Оспанов;радио;нет\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(sheet);
    std::fs::write(dir.path().join("лист.csv"), &bytes).unwrap();
    let out = import(dir.path(), "лист.csv", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = briefing(dir.path());
    assert!(
        text.contains(
            "outlet = \"Казинформ\"\nkind = \"news agency\"\npeople = 2\npresent = true\njournalists = [\"Ерлан Сапаров\", \"Айгуль Бекова\"]\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "outlet = \"Радио Азаттык\"\nkind = \"radio\"\npeople = 1\npresent = false\n"
        ),
        "{text}"
    );
    // The new tables follow the attendance already there, before [[topics]].
    assert!(
        text.find("Казинформ").unwrap() < text.find("[[topics]]").unwrap(),
        "{text}"
    );
}

/// A minimal XLSX workbook of one sheet named `Тізім` with `rows` as inline strings
/// (numbers when written `#42727`).
fn xlsx(rows: &[&[&str]]) -> Vec<u8> {
    let mut sheet = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, row) in rows.iter().enumerate() {
        sheet.push_str(&format!(r#"<row r="{}">"#, r + 1));
        for (c, value) in row.iter().enumerate() {
            let column = (b'A' + c as u8) as char;
            // `#42727` is a number cell, as a spreadsheet stores a date it was not told is one.
            sheet.push_str(&match value.strip_prefix('#') {
                Some(number) => format!(r#"<c r="{column}{}"><v>{number}</v></c>"#, r + 1),
                None => format!(
                    r#"<c r="{column}{}" t="inlineStr"><is><t>{value}</t></is></c>"#,
                    r + 1
                ),
            });
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    let files = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.to_string(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_string(),
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Тізім" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_string(),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_string(),
        ),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in files {
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn an_xlsx_with_kazakh_headings_is_merged() {
    let dir = folder();
    let book = xlsx(&[
        &["БАҚ", "Аты-жөні", "Түрі", "Келді"],
        &["Egemen Qazaqstan", "Нұрлан Ахметов", "газет", "иә"],
        &["Qazaq radiosy", "Әсел Серікова", "радио", "жоқ"],
    ]);
    std::fs::write(dir.path().join("тізім.xlsx"), book).unwrap();
    let out = import(dir.path(), "тізім.xlsx", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = briefing(dir.path());
    assert!(
        text.contains("outlet = \"Egemen Qazaqstan\"\nkind = \"print\"\npeople = 1\npresent = true\njournalists = [\"Нұрлан Ахметов\"]\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "outlet = \"Qazaq radiosy\"\nkind = \"radio\"\npeople = 1\npresent = false\n"
        ),
        "{text}"
    );
}

#[test]
fn a_bad_row_writes_nothing_and_is_named_by_its_place() {
    let dir = folder();
    let sheet = "outlet;kind;came\nKhabar;TV;yes\nCaravan;newspaper;perhaps\n";
    std::fs::write(dir.path().join("sheet.csv"), sheet).unwrap();
    let out = import(dir.path(), "sheet.csv", &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("sheet.csv:3:19: error: `perhaps` is neither yes nor no"),
        "{}",
        stderr(&out)
    );
    assert_eq!(briefing(dir.path()), BRIEFING);

    let book = xlsx(&[
        &["БАҚ", "Түрі"],
        &["Egemen Qazaqstan", "газет"],
        &["Abai.kz", "көрермен"],
    ]);
    std::fs::write(dir.path().join("тізім.xlsx"), book).unwrap();
    let out = import(dir.path(), "тізім.xlsx", &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Тізім!B3: `көрермен` is not a kind of media outlet"),
        "{}",
        stderr(&out)
    );
    assert_eq!(briefing(dir.path()), BRIEFING);
}

#[test]
fn an_outlet_the_briefing_holds_with_other_values_is_reported_with_both_places() {
    let dir = folder();
    let sheet = "СМИ,Вид,ФИО,Присутствовал\nХабар,ТВ,Асель Нурланова,да\nCaravan,газета,,да\n";
    std::fs::write(dir.path().join("sheet.csv"), sheet).unwrap();
    let out = import(dir.path(), "sheet.csv", &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("sheet.csv:2:1: error: Хабар is already in the briefing with other values: people 2 there, 1 here"),
        "{err}"
    );
    assert!(
        err.contains("it is at briefing.toml:14:10 (attendance[1].outlet)"),
        "{err}"
    );
    assert_eq!(
        briefing(dir.path()),
        BRIEFING,
        "nothing written, not even Caravan"
    );
}

/// A briefing whose outlets registered before the day, without names.
const REGISTERED: &str = r#"format = 1

[organization]
name = "International Organization for Migration"

[event]
title = "Quarterly press briefing"
date = 2016-12-22
language = "ru"

[[attendance]]
outlet = "Caravan"
kind = "print"
people = 2  # expected

[[attendance]]
outlet = "Tengri News"
kind = "online"

[[attendance]]
outlet = "Хабар"
kind = "television"
journalists = ["Асель Нурланова"]

[[topics]]
title = "Migration in Central Asia"
"#;

#[test]
fn registered_outlets_get_their_journalists_from_the_sign_in_sheet_and_only_other_names_conflict() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("briefing.toml"), REGISTERED).unwrap();
    let sheet = "СМИ,Вид,ФИО,Присутствовал\n\
                 Caravan,газета,Ivan Petrov,да\n\
                 caravan ,газета,Olga Kim,да\n\
                 Tengri News,сайт,Aida Bekova,да\n\
                 Хабар,ТВ,асель  нурланова,да\n\
                 Хабар,ТВ,Дана Ким,да\n";
    std::fs::write(dir.path().join("sheet.csv"), sheet).unwrap();
    let out = import(dir.path(), "sheet.csv", &[]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("completed 3 [[attendance]] tables in briefing.toml"),
        "{err}"
    );
    let text = briefing(dir.path());
    assert!(
        text.contains(
            "outlet = \"Caravan\"\nkind = \"print\"\npeople = 2  # expected\njournalists = [\"Ivan Petrov\", \"Olga Kim\"]\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "outlet = \"Tengri News\"\nkind = \"online\"\npeople = 1\njournalists = [\"Aida Bekova\"]\n"
        ),
        "{text}"
    );
    // A name the briefing has, spelt with other case and spaces, is the same name.
    assert!(
        text.contains("journalists = [\"Асель Нурланова\", \"Дана Ким\"]\npeople = 2\n")
            || text.contains("people = 2\njournalists = [\"Асель Нурланова\", \"Дана Ким\"]\n"),
        "{text}"
    );
    assert_eq!(text.matches("[[attendance]]").count(), 3, "{text}");
    assert!(
        text.ends_with("[[topics]]\ntitle = \"Migration in Central Asia\"\n"),
        "{text}"
    );
    // Again: nothing to change.
    let again = import(dir.path(), "sheet.csv", &[]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(
        stderr(&again).contains("nothing to change, 3 already there"),
        "{}",
        stderr(&again)
    );
    assert_eq!(briefing(dir.path()), text);
    // Names that really disagree are a conflict, and nothing is written.
    let other = "СМИ,Вид,ФИО,Присутствовал\nCaravan,газета,Ivan Petrov,да\nCaravan,газета,Ержан Сапаров,да\n";
    std::fs::write(dir.path().join("other.csv"), other).unwrap();
    let out = import(dir.path(), "other.csv", &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("other.csv:2:1: error: Caravan is already in the briefing with other values: journalists [Ivan Petrov, Olga Kim] there, [Ivan Petrov, Ержан Сапаров] here"),
        "{}",
        stderr(&out)
    );
    assert_eq!(briefing(dir.path()), text);
}

#[test]
fn dry_run_prints_the_diff_and_writes_nothing_and_map_names_an_unknown_heading() {
    let dir = folder();
    let sheet = "Телеканал/газета,Kind\nCaravan,print\n";
    std::fs::write(dir.path().join("sheet.csv"), sheet).unwrap();
    let out = import(dir.path(), "sheet.csv", &["--dry-run"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "without --map the outlet column is not found"
    );
    assert!(
        stderr(&out).contains("needs an outlet and a kind column"),
        "{}",
        stderr(&out)
    );

    let out = import(
        dir.path(),
        "sheet.csv",
        &[
            "--dry-run",
            "--map",
            "Телеканал/газета=outlet",
            "--map",
            "Телефон=website",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "--- briefing.toml\n+++ briefing.toml\n@@ -16,5 +16,9 @@\n people = 2\n \
         journalists = [\"Асель Нурланова\", \"Дана Ким\"]\n \n+[[attendance]]\n\
         +outlet = \"Caravan\"\n+kind = \"print\"\n+\n [[topics]]\n \
         title = \"Migration in Central Asia\"  # keep this comment\n"
    );
    assert!(
        stderr(&out).contains("would add 1 [[attendance]] table"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("no column of who came: its outlets are recorded as present"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains(
            "warning: --map names the heading `Телефон`, which the sheet does not have; \
             its headings are: Телеканал/газета, Kind"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(briefing(dir.path()), BRIEFING, "--dry-run writes nothing");
}

#[test]
fn a_monitoring_export_becomes_coverage_and_a_second_import_changes_nothing() {
    let dir = folder();
    let sheet = "СМИ;Заголовок;Дата;Вид;Ссылка;Язык;Охват;Примечание\n\
                 Хабар;Мигранты в Казахстане;23.12.2016;телеканал;https://khabar.kz/1;русский;120 000;\n\
                 Caravan;МОМ о миграции;24/12/2016;газета;;рус;;на 3-й полосе\n";
    std::fs::write(dir.path().join("мониторинг.csv"), sheet).unwrap();
    let out = presskit(
        dir.path(),
        &[
            "import",
            "coverage",
            "мониторинг.csv",
            "--into",
            "briefing.toml",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = briefing(dir.path());
    assert!(
        text.ends_with(
            "[[coverage]]\noutlet = \"Хабар\"\nheadline = \"Мигранты в Казахстане\"\ndate = 2016-12-23\n\
             kind = \"television\"\nurl = \"https://khabar.kz/1\"\nlanguage = \"ru\"\nreach = 120000\n\n\
             [[coverage]]\noutlet = \"Caravan\"\nheadline = \"МОМ о миграции\"\ndate = 2016-12-24\n\
             kind = \"print\"\nlanguage = \"ru\"\nnote = \"на 3-й полосе\"\n"
        ),
        "{text}"
    );
    assert!(text.contains("# keep this comment"));
    let again = presskit(
        dir.path(),
        &[
            "import",
            "coverage",
            "мониторинг.csv",
            "--into",
            "briefing.toml",
        ],
    );
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(
        briefing(dir.path()),
        text,
        "a second import changes nothing"
    );
}

#[test]
fn coverage_from_an_xlsx_with_kazakh_headings_reads_a_spreadsheet_day_number() {
    let dir = folder();
    let book = xlsx(&[
        &["БАҚ", "Тақырып", "Күні", "Сілтеме", "Қамту"],
        &[
            "Egemen Qazaqstan",
            "Көші-қон туралы",
            "#42727",
            "https://egemen.kz/x",
            "#5000",
        ],
    ]);
    std::fs::write(dir.path().join("мониторинг.xlsx"), book).unwrap();
    let args = [
        "import",
        "coverage",
        "мониторинг.xlsx",
        "--into",
        "briefing.toml",
    ];
    let out = presskit(dir.path(), &args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        briefing(dir.path()).ends_with(
            "[[coverage]]\noutlet = \"Egemen Qazaqstan\"\nheadline = \"Көші-қон туралы\"\n\
             date = 2016-12-23\nurl = \"https://egemen.kz/x\"\nreach = 5000\n"
        ),
        "{}",
        briefing(dir.path())
    );

    // The same piece with another reach: reported at both places, nothing written.
    let before = briefing(dir.path());
    let book = xlsx(&[
        &["БАҚ", "Тақырып", "Күні", "Қамту"],
        &["Egemen Qazaqstan", "Көші-қон туралы", "23.12.2016", "#7000"],
        &["Abai.kz", "Жаңа есеп", "32.12.2016", ""],
    ]);
    std::fs::write(dir.path().join("екінші.xlsx"), book).unwrap();
    let args = [
        "import",
        "coverage",
        "екінші.xlsx",
        "--into",
        "briefing.toml",
    ];
    let out = presskit(dir.path(), &args);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("Тізім!A2: “Көші-қон туралы” of Egemen Qazaqstan is already in the briefing with other values: reach 5000 there, 7000 here"), "{err}");
    assert!(err.contains("(coverage[1].headline)"), "{err}");
    assert!(
        err.contains("Тізім!C3: `32.12.2016` is not a day of the calendar"),
        "{err}"
    );
    assert_eq!(briefing(dir.path()), before);
}

#[test]
fn a_briefing_written_with_crlf_and_a_byte_order_mark_keeps_both() {
    let dir = folder();
    std::fs::write(
        dir.path().join("briefing.toml"),
        format!("\u{feff}{}", BRIEFING.replace('\n', "\r\n")),
    )
    .unwrap();
    std::fs::write(dir.path().join("sheet.csv"), "outlet,kind\nCaravan,print\n").unwrap();
    let out = import(dir.path(), "sheet.csv", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = briefing(dir.path());
    assert!(
        text.contains("outlet = \"Caravan\"\r\nkind = \"print\"\r\n"),
        "{text:?}"
    );
    assert_eq!(
        text.matches('\n').count(),
        text.matches("\r\n").count(),
        "{text:?}"
    );
    assert!(text.starts_with("\u{feff}# Quarterly briefing"), "{text:?}");
}

#[test]
fn an_import_whose_result_would_not_validate_writes_nothing() {
    let dir = folder();
    // Ogham letters: no shipped font prints them, so the briefing would not build.
    std::fs::write(dir.path().join("sheet.csv"), "outlet,kind\n᚛ᚑᚌᚐᚋ᚜,print\n").unwrap();
    let out = import(dir.path(), "sheet.csv", &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .contains("the briefing would not be valid after the import; nothing was written"),
        "{}",
        stderr(&out)
    );
    assert_eq!(briefing(dir.path()), BRIEFING);

    // Attendance written as one inline array cannot take tables: said at the array.
    let inline = "format = 1\nattendance = []\n[organization]\nname = \"IOM\"\n[event]\ntitle = \"T\"\ndate = 2016-12-22\n";
    std::fs::write(dir.path().join("briefing.toml"), inline).unwrap();
    std::fs::write(dir.path().join("sheet.csv"), "outlet,kind\nCaravan,print\n").unwrap();
    let out = import(dir.path(), "sheet.csv", &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .contains("`attendance` is written as one array; import adds [[attendance]] tables"),
        "{}",
        stderr(&out)
    );
    assert_eq!(briefing(dir.path()), inline);
}

/// A minimal ODS workbook of one sheet named `Мониторинг`: `rows` of cells, a cell
/// written `@2016-12-23` being a date cell, `#5000` a number.
fn ods(rows: &[&[&str]]) -> Vec<u8> {
    let mut body = String::new();
    for row in rows {
        body.push_str("<table:table-row>");
        for value in row.iter() {
            body.push_str(&if let Some(date) = value.strip_prefix('@') {
                format!(
                    r#"<table:table-cell office:value-type="date" office:date-value="{date}"><text:p>{date}</text:p></table:table-cell>"#
                )
            } else if let Some(number) = value.strip_prefix('#') {
                format!(
                    r#"<table:table-cell office:value-type="float" office:value="{number}"><text:p>{number}</text:p></table:table-cell>"#
                )
            } else {
                format!(
                    r#"<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>"#
                )
            });
        }
        body.push_str("</table:table-row>");
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Мониторинг">{body}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, text) in [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ("META-INF/manifest.xml", manifest),
        ("content.xml", content.as_str()),
    ] {
        zip.start_file(name, stored).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn coverage_from_an_ods_with_russian_headings_reads_its_date_cells() {
    let dir = folder();
    let book = ods(&[
        &["Издание", "Название", "Дата публикации", "Охват", "Тіл"],
        &[
            "Vlast.kz",
            "Миграция в цифрах",
            "@2016-12-26",
            "#5000",
            "ru",
        ],
        &["Vlast.kz", "Второй материал", "27.12.2016", "", "ru"],
    ]);
    std::fs::write(dir.path().join("мониторинг.ods"), book).unwrap();
    let args = [
        "import",
        "coverage",
        "мониторинг.ods",
        "--into",
        "briefing.toml",
    ];
    let out = presskit(dir.path(), &args);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = briefing(dir.path());
    assert!(
        text.contains(
            "[[coverage]]\noutlet = \"Vlast.kz\"\nheadline = \"Миграция в цифрах\"\ndate = 2016-12-26\nlanguage = \"ru\"\nreach = 5000\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("headline = \"Второй материал\"\ndate = 2016-12-27\n"),
        "{text}"
    );
}

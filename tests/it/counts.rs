//! Counts a donor can trust, through the binary: in format 2 registrations are not
//! attendance (no count, no news item, no past tense until presence is recorded); a
//! sign-in sheet imported with `--sign-in` records the registered outlets it lacks as
//! not having come, and names them; one outlet written twice (`Хабар` and `Khabar`) is
//! warned of at both rows and counted once; `upgrade` rewrites format 1 as format 2
//! without changing a byte of what it builds.

use crate::common;

use common::{REFERENCE, pdf_text, presskit, squeeze, stderr};

use std::path::Path;

/// A format-2 briefing weeks ahead: six outlets registered, none recorded as present.
pub(crate) const REGISTERED: &str = r#"format = 2

[organization]
name = "Organization for Security and Co-operation in Europe"
short_name = "OSCE"

[event]
title = "Media freedom in Central Asia"
date = 2025-11-13
city = "Astana"

[release]
headline = "OSCE presents its media freedom review"
body = ["The OSCE presented its review of media freedom in Central Asia."]

# Registrations, typed in as they came.
[[attendance]]
outlet = "Khabar"
kind = "television"
people = 2

[[attendance]]
outlet = "Kazinform"
kind = "news agency"

[[attendance]]
outlet = "Kun.uz"
kind = "online"

[[attendance]]
outlet = "Vlast.kz"
kind = "online"

[[attendance]]
outlet = "Kazakh Radio"
kind = "radio"

[[attendance]]
outlet = "Egemen Qazaqstan"
kind = "print"
"#;

/// A folder holding `text` as `astana-2025-11-13.toml`.
fn folder(text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("astana-2025-11-13.toml"), text).unwrap();
    dir
}

/// Builds the briefing of `dir` into `dir/out`, which must succeed; returns stderr.
fn build(dir: &Path) -> String {
    let out = presskit(dir, &["build", "astana-2025-11-13.toml", "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    stderr(&out)
}

/// The text of the attendance summary, squeezed.
fn summary(dir: &Path) -> String {
    squeeze(&pdf_text(
        &dir.join("out/astana-2025-11-13/attendance-summary.pdf"),
    ))
}

/// Words that speak of the event as over, in the summary's language (English here).
/// (Compared without case: the summary prints its labels in capitals.)
const PAST: &[&str] = &[
    "didnotcome",
    "didnotattend",
    "outletspresent",
    "journalistspresent",
    "attended",
    "cameand",
];

#[test]
fn registrations_alone_count_no_attendance_and_write_no_news_item_until_the_sign_in_sheet_is_imported()
 {
    let dir = folder(REGISTERED);
    let printed = build(dir.path());
    let out = dir.path().join("out/astana-2025-11-13");
    assert!(!out.join("news-item.txt").exists() && !out.join("news-item.html").exists());
    assert!(
        printed.contains("no attendance recorded yet: news-item.txt, news-item.html not written"),
        "{printed}"
    );
    let text = summary(dir.path());
    assert!(
        text.contains(&squeeze(
            "Attendance is not recorded yet. Registered: 6 outlets, at least 7 people."
        )),
        "{text}"
    );
    for word in PAST {
        assert!(
            !text.to_lowercase().contains(word),
            "`{word}` in the summary before the event:\n{text}"
        );
    }
    for doc in ["press-release.pdf", "press-kit.pdf", "media-advisory.pdf"] {
        let words = squeeze(&pdf_text(&out.join(doc))).to_lowercase();
        for word in PAST {
            assert!(!words.contains(word), "`{word}` in {doc}");
        }
    }

    // The sign-in sheet: four of the six came (one under its Cyrillic name), Kazinform
    // and Kazakh Radio did not, and a walk-in came.
    let sheet = "Outlet,Name,Kind\n\
                 Хабар,Асель Нурланова,TV\n\
                 Хабар,Дана Ким,TV\n\
                 kun.uz ,Timur Aliev,website\n\
                 Vlast.kz,Olga Li,website\n\
                 Егемен Қазақстан,Ерлан Сапаров,газета\n\
                 Tengri News,Ivan Petrov,website\n";
    std::fs::write(dir.path().join("sign-in.csv"), sheet).unwrap();
    let args = [
        "import",
        "attendance",
        "sign-in.csv",
        "--into",
        "astana-2025-11-13.toml",
        "--sign-in",
    ];
    let imported = presskit(dir.path(), &args);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let said = stderr(&imported);
    assert!(
        said.contains("recorded as not having come (present = false): Kazinform, Kazakh Radio"),
        "{said}"
    );
    assert!(
        said.contains("`Хабар` is the briefing's outlet `Khabar` (line 18)"),
        "{said}"
    );
    let text = std::fs::read_to_string(dir.path().join("astana-2025-11-13.toml")).unwrap();
    assert!(
        text.contains("# Registrations, typed in as they came."),
        "comments kept"
    );
    assert!(
        text.contains("outlet = \"Kazinform\"\nkind = \"news agency\"\npresent = false\n"),
        "{text}"
    );
    assert!(
        text.contains("outlet = \"Kazakh Radio\"\nkind = \"radio\"\npresent = false\n"),
        "{text}"
    );
    assert!(
        !text.contains("outlet = \"Хабар\""),
        "matched, not added:\n{text}"
    );
    assert_eq!(text.matches("[[attendance]]").count(), 7, "{text}");
    let again = presskit(dir.path(), &args);
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("astana-2025-11-13.toml")).unwrap(),
        text,
        "a second import changes nothing"
    );

    build(dir.path());
    let news = std::fs::read_to_string(out.join("news-item.txt")).unwrap();
    assert!(
        news.contains(
            "The briefing was attended by journalists from Khabar, Kun.uz, Vlast.kz, Egemen Qazaqstan, Tengri News."
        ),
        "{news}"
    );
    let text = summary(dir.path());
    assert!(
        text.contains(&squeeze("Registered, did not come")),
        "{text}"
    );
    assert!(text.contains("Kazinform") && text.contains("KazakhRadio"));
    assert!(text.contains("OUTLETSPRESENT5of7"), "{text}");
    assert!(text.contains("JOURNALISTSPRESENT6ofatleast8"), "{text}");
}

#[test]
fn an_outlet_in_cyrillic_and_latin_letters_is_warned_of_at_both_rows_and_counted_once() {
    let text = format!(
        "{REGISTERED}\n[[attendance]]\noutlet = \"Хабар\"\nkind = \"television\"\npeople = 2\npresent = true\n"
    )
    .replace("people = 2\n\n[[attendance]]\noutlet = \"Kazinform\"", "people = 2\npresent = true\n\n[[attendance]]\noutlet = \"Kazinform\"");
    let dir = folder(&text);
    let check = presskit(dir.path(), &["check", "astana-2025-11-13.toml"]);
    assert!(check.status.success(), "{}", stderr(&check));
    let said = stderr(&check);
    assert!(
        said.contains("astana-2025-11-13.toml:44:10: warning: attendance[7].outlet: `Хабар` is the outlet `Khabar` of line 18, written again"),
        "{said}"
    );
    assert!(
        said.contains("astana-2025-11-13.toml:18:10: warning: attendance[1].outlet: the outlet `Khabar` is written again at line 44 (`Хабар`)"),
        "{said}"
    );
    build(dir.path());
    let news =
        std::fs::read_to_string(dir.path().join("out/astana-2025-11-13/news-item.txt")).unwrap();
    assert!(
        news.contains("The briefing was attended by journalists from Khabar."),
        "{news}"
    );
    let summary = summary(dir.path());
    assert!(
        summary.contains("OUTLETSPRESENT1of6JOURNALISTSPRESENT2ofatleast7"),
        "six outlets registered, Khabar among them once: {summary}"
    );
    assert_eq!(
        summary.matches("Хабар").count() + summary.matches("Khabar").count(),
        1
    );
}

#[test]
fn upgrade_writes_present_where_format_1_implied_it_keeps_comments_and_builds_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("almaty-2016-12-22.toml");
    std::fs::copy(REFERENCE, &file).unwrap();
    std::fs::create_dir(dir.path().join("assets")).unwrap();
    for entry in std::fs::read_dir(Path::new(REFERENCE).parent().unwrap().join("assets")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(
            entry.path(),
            dir.path().join("assets").join(entry.file_name()),
        )
        .unwrap();
    }
    let before = common::build_reference(dir.path());
    let before = common::snapshot(&before);
    let original = std::fs::read_to_string(&file).unwrap();
    let rows = original.matches("[[attendance]]").count();
    assert!(rows > 0 && !original.contains("present ="));

    let out = presskit(dir.path(), &["upgrade", "almaty-2016-12-22.toml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!(
            "upgraded almaty-2016-12-22.toml to format 2, {rows} [[attendance]] rows given present = true\n"
        )
    );
    let upgraded = std::fs::read_to_string(&file).unwrap();
    assert!(upgraded.contains("\nformat = 2\n"));
    assert_eq!(upgraded.matches("present = true").count(), rows);
    for line in original.lines().filter(|l| !l.starts_with("format")) {
        assert!(upgraded.contains(line), "`{line}` lost");
    }
    std::fs::remove_dir_all(dir.path().join("out")).unwrap();
    let after = common::snapshot(&common::build_reference(dir.path()));
    let pdfs = |files: &[(std::path::PathBuf, Vec<u8>)]| -> Vec<(std::path::PathBuf, Vec<u8>)> {
        files
            .iter()
            .filter(|(p, _)| !p.to_string_lossy().starts_with('.'))
            .cloned()
            .collect()
    };
    assert_eq!(
        pdfs(&before),
        pdfs(&after),
        "the same documents, byte for byte"
    );

    let again = presskit(dir.path(), &["upgrade", "almaty-2016-12-22.toml"]);
    assert!(again.status.success());
    assert_eq!(
        String::from_utf8_lossy(&again.stdout),
        "almaty-2016-12-22.toml is format 2 already; nothing to change\n"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), upgraded);
}

#[test]
fn upgrade_refuses_a_file_that_does_not_read_and_leaves_it_alone() {
    let dir = folder(
        "format = 1\n[organization]\nname = \"O\"\n[event]\ntitle = \"T\"\ndate = 22.12.2016\n",
    );
    let out = presskit(dir.path(), &["upgrade", "astana-2025-11-13.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("astana-2025-11-13.toml:6:8: error:"),
        "{}",
        stderr(&out)
    );
    assert!(
        std::fs::read_to_string(dir.path().join("astana-2025-11-13.toml"))
            .unwrap()
            .starts_with("format = 1\n")
    );
}

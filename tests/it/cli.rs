//! The real binary on real files: builds read back in-process (`common::pdf`), broken briefings
//! checked for their message, location, status and the files they did not write.

use crate::common;

use common::pdf::Structure;
use common::{REFERENCE, build_reference, pdf_text, presskit, squeeze, stderr};

use std::path::PathBuf;
use std::process::Command;

/// Asserts that `needle` is printed in `haystack` (a PDF's text).
#[track_caller]
fn assert_printed(haystack: &str, needle: &str, what: &str) {
    // The typographic pass prints curly quotes for straight ones: compare without it.
    assert!(
        squeeze(&common::untypeset(haystack)).contains(&squeeze(&common::untypeset(needle))),
        "{what}: {needle:?} is not in the PDF text:\n{haystack}"
    );
}

/// A fresh folder holding a copy of the reference briefing.
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("almaty-2016-12-22.toml");
    std::fs::copy(REFERENCE, &file).unwrap();
    (dir, file)
}

/// The bookmarks of the reference kit, in order, each with its depth (0 at the top).
const EXPECTED_OUTLINE: [(usize, &str); 9] = [
    (0, "Press release"),
    (0, "Speaker biographies"),
    (1, "Mr. Dejan Keserovic"),
    (1, "Mrs. Tatiana Hadjiemmanuel"),
    (1, "Mrs. Aliya Alikova"),
    (0, "Topics"),
    (0, "Programmes"),
    (0, "Reports"),
    (0, "Media contact"),
];

const DOCUMENTS: [&str; 5] = [
    "press-release.pdf",
    "speaker-bios.pdf",
    "attendance-summary.pdf",
    "press-kit.pdf",
    "press-release.txt",
];

#[test]
fn reference_briefing_builds_every_document_with_its_content() {
    let (dir, _) = workspace();
    let folder = build_reference(dir.path());
    for doc in DOCUMENTS {
        assert!(folder.join(doc).is_file(), "{doc} missing");
    }
    let data: toml::Table = std::fs::read_to_string(REFERENCE).unwrap().parse().unwrap();
    let release = data["release"].as_table().unwrap();
    let headline = release["headline"].as_str().unwrap();
    let body: Vec<&str> = release["body"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();

    let text = pdf_text(&folder.join("press-release.pdf"));
    assert_printed(&text, headline, "release headline");
    for paragraph in &body {
        assert_printed(&text, paragraph, "release body");
    }
    assert_printed(&text, "FOR IMMEDIATE RELEASE", "release line");
    assert_printed(&text, "ALMATY, 22 December 2016", "dateline");
    assert_printed(&text, "###", "end mark");
    assert_printed(&text, "Aliya Alikova", "contact");

    let plain =
        common::untypeset(&std::fs::read_to_string(folder.join("press-release.txt")).unwrap());
    assert!(plain.contains(headline));
    for paragraph in &body {
        assert!(
            plain.contains(&common::untypeset(paragraph)),
            "plain text lacks {paragraph:?}"
        );
    }
    assert!(
        !plain.contains('\\') && !plain.contains("&amp;") && !plain.contains("&#"),
        "escapes leaked into text:\n{plain}"
    );

    let bios = pdf_text(&folder.join("speaker-bios.pdf"));
    let kit = pdf_text(&folder.join("press-kit.pdf"));
    for speaker in data["speakers"].as_array().unwrap() {
        for key in ["name", "role"] {
            let value = speaker[key].as_str().unwrap();
            assert_printed(&bios, value, "bios");
            assert_printed(&kit, value, "kit");
        }
    }
    // Short bios share a page (the documents' specification).
    assert!(
        bios.matches('\u{c}').count() < data["speakers"].as_array().unwrap().len(),
        "short bios share a page"
    );

    let attendance = pdf_text(&folder.join("attendance-summary.pdf"));
    for outlet in data["attendance"].as_array().unwrap() {
        let name = outlet["outlet"].as_str().unwrap();
        assert_printed(&attendance, name, "attendance");
    }
    // The kit is handed to journalists: never the internal attendance list.
    assert!(
        !kit.contains("Media attendance") && !kit.contains("Outlets present"),
        "the kit holds the attendance list:\n{kit}"
    );
    let contact = release["contact"]["name"].as_str().unwrap();
    let back = kit
        .rsplit('\u{c}')
        .find(|page| !page.trim().is_empty())
        .unwrap();
    assert_printed(back, contact, "the kit's back page names the media contact");
    assert_printed(&kit, headline, "kit release");
    for topic in data["topics"].as_array().unwrap() {
        assert_printed(&kit, topic["title"].as_str().unwrap(), "kit topics");
    }
    for report in data["reports"].as_array().unwrap() {
        assert_printed(&kit, report["title"].as_str().unwrap(), "kit reports");
    }
}

#[test]
fn pdfs_carry_metadata_and_the_kit_has_bookmarks() {
    let (dir, _) = workspace();
    let folder = build_reference(dir.path());
    let release = Structure::open(&folder.join("press-release.pdf"));
    let title = release.info("Title").unwrap_or_default();
    assert!(
        title.contains("IOM briefs Almaty journalists"),
        "title: {title}"
    );
    let author = release.info("Author").unwrap_or_default();
    assert!(
        author.contains("International Organization for Migration"),
        "author: {author}"
    );
    let date = release.info("CreationDate").unwrap_or_default();
    assert!(date.starts_with("D:20161222"), "date: {date}");
    // The bookmarks, in order and nested as the contents page.
    let outline: Vec<(usize, String)> = Structure::open(&folder.join("press-kit.pdf"))
        .outline()
        .into_iter()
        .map(|(depth, title)| (depth, common::untypeset(&title)))
        .collect();
    let expected: Vec<(usize, String)> = EXPECTED_OUTLINE
        .iter()
        .map(|(depth, title)| (*depth, title.to_string()))
        .collect();
    assert_eq!(outline, expected, "the kit's bookmarks");
    let kit = pdf_text(&folder.join("press-kit.pdf"));
    assert_printed(&kit, "Contents", "contents page");
}

#[test]
fn two_builds_are_byte_identical_and_follow_source_date_epoch() {
    let (dir, _) = workspace();
    for out in ["a", "b"] {
        let o = presskit(dir.path(), &["build", "almaty-2016-12-22.toml", "-o", out]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    // Every file, in two separate processes, the same bytes.
    let a = common::snapshot(&dir.path().join("a/almaty-2016-12-22"));
    let b = common::snapshot(&dir.path().join("b/almaty-2016-12-22"));
    assert_eq!(a.len(), b.len());
    // Every document the registry says the briefing makes, and the build's record.
    let made = common::registry_files(&dir.path().join("almaty-2016-12-22.toml"));
    assert_eq!(a.len(), made.len() + 1, "{} files", a.len());
    for ((name, x), (other, y)) in a.iter().zip(&b) {
        assert_eq!(name, other);
        assert!(x == y, "{} differs between two builds", name.display());
    }
    // Without SOURCE_DATE_EPOCH, the date is the event's, at 00:00 UTC.
    let date = Structure::open(&dir.path().join("a/almaty-2016-12-22/press-release.pdf"))
        .info("CreationDate")
        .unwrap_or_default();
    assert!(date.starts_with("D:20161222000000"), "{date}");
    let o = Command::new(env!("CARGO_BIN_EXE_presskit"))
        .args(["build", "almaty-2016-12-22.toml", "-o", "c"])
        .current_dir(dir.path())
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .unwrap();
    assert!(o.status.success());
    let date = Structure::open(&dir.path().join("c/almaty-2016-12-22/press-release.pdf"))
        .info("CreationDate")
        .unwrap_or_default();
    // 1700000000 s after 1970 is 2023-11-14 22:13:20 UTC.
    assert!(
        date.starts_with("D:20231114221320"),
        "SOURCE_DATE_EPOCH ignored: {date}"
    );
}

#[test]
fn default_build_uses_data_and_out() {
    let (dir, file) = workspace();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    std::fs::rename(&file, dir.path().join("data/almaty-2016-12-22.toml")).unwrap();
    let out = presskit(dir.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("out/almaty-2016-12-22/press-release.pdf"),
        "does not say what it wrote: {stdout}"
    );
    assert!(
        dir.path()
            .join("out/almaty-2016-12-22/press-kit.pdf")
            .is_file()
    );
    let check = presskit(dir.path(), &["check"]);
    assert!(check.status.success(), "{}", stderr(&check));
}

/// Every string value of the reference briefing replaced by `text`.
fn with_every_text(text: &str) -> String {
    let mut data: toml::Table = std::fs::read_to_string(REFERENCE).unwrap().parse().unwrap();
    fn walk(value: &mut toml::Value, key: &str, text: &str) {
        match value {
            toml::Value::String(s)
                if !matches!(
                    key,
                    "id" | "speaker" | "kind" | "language" | "logo" | "photo"
                ) =>
            {
                *s = text.to_string()
            }
            toml::Value::Array(items) => items.iter_mut().for_each(|v| walk(v, key, text)),
            toml::Value::Table(t) => t.iter_mut().for_each(|(k, v)| walk(v, k, text)),
            _ => {}
        }
    }
    for (k, v) in data.iter_mut() {
        walk(v, k, text);
    }
    toml::to_string(&data).unwrap()
}

#[test]
fn typst_syntax_in_every_field_prints_verbatim() {
    let hostile = r#"#read("/etc/passwd") $x$ *b* _i_ [ ] \ // <l> @r = h #set text(size: 99pt) {{x}} &amp; "q""#;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("hostile.toml"), with_every_text(hostile)).unwrap();
    let out = presskit(dir.path(), &["build", "hostile.toml", "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let folder = dir.path().join("out/hostile");
    for doc in [
        "press-release.pdf",
        "speaker-bios.pdf",
        "attendance-summary.pdf",
        "press-kit.pdf",
    ] {
        let text = pdf_text(&folder.join(doc));
        assert_printed(&text, hostile, doc);
        assert!(!text.contains("root:"), "{doc} read a local file");
    }
    let plain =
        common::untypeset(&std::fs::read_to_string(folder.join("press-release.txt")).unwrap());
    assert!(
        plain.contains(hostile),
        "plain text changed the value:\n{plain}"
    );
}

/// Line and column (1-based) where `needle` starts in `text`, plus `offset` characters.
fn position(text: &str, needle: &str, offset: usize) -> (usize, usize) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the file"));
    let line = text[..at].matches('\n').count() + 1;
    let column = text[..at].rsplit('\n').next().unwrap().chars().count() + 1 + offset;
    (line, column)
}

#[test]
fn broken_briefings_fail_with_their_location_and_write_nothing() {
    let reference = std::fs::read_to_string(REFERENCE).unwrap();
    let cases = [
        (
            "syntax error",
            "title = \"Migration trends",
            "title = Migration trends",
            "title = Migration trends",
            8,
            "`title`: this text has no opening quote",
        ),
        (
            "unknown key",
            "role = \"National Officer\"",
            "rol = \"National Officer\"",
            "rol = \"National",
            0,
            "did you mean `role`",
        ),
        (
            "wrong type",
            "year = 2014",
            "year = \"2014\"",
            "\"2014\"",
            0,
            "reports[2].year",
        ),
        (
            "missing key",
            "headline = \"IOM briefs Almaty journalists on migration trends in Central Asia\"\n",
            "",
            "[release]",
            0,
            "headline",
        ),
        (
            "empty text",
            "name = \"Dejan Keserovic\"",
            "name = \"\"",
            "name = \"\"",
            7,
            "speakers[1].name",
        ),
        (
            "bad date",
            "date = 2016-12-22",
            "date = 2016-12-22T10:00:00",
            "2016-12-22T10",
            0,
            "event.date",
        ),
        (
            "bad attendance kind",
            "kind = \"news agency\"",
            "kind = \"newsagency\"",
            "\"newsagency\"",
            0,
            "for newsagency, write kind = \"news agency\"",
        ),
        (
            "bad language",
            "language = \"en\"",
            "language = \"fr\"",
            "\"fr\"",
            0,
            "unknown language",
        ),
        (
            "format 3",
            "format = 1",
            "format = 3",
            "format = 3",
            9,
            "reads format 1, 2",
        ),
        (
            "asset outside",
            "short_name = \"IOM\"",
            "short_name = \"IOM\"\nlogo = \"../logo.png\"",
            "\"../logo.png\"",
            0,
            "leaves the briefing's folder",
        ),
        (
            "absolute asset",
            "short_name = \"IOM\"",
            "short_name = \"IOM\"\nlogo = \"/etc/passwd.png\"",
            "\"/etc/passwd.png\"",
            0,
            "absolute",
        ),
        (
            "uncovered glyph",
            "title = \"Labour migration\"",
            "title = \"Labour migration 勞動\"",
            "\"Labour migration 勞動\"",
            0,
            "U+52DE",
        ),
    ];
    let extra = [
        (
            "unknown speaker",
            "[[topics]]",
            "[[release.quotes]]\nspeaker = \"nobody\"\ntext = \"Hello\"\n\n[[topics]]",
            "\"nobody\"",
            0,
            "no speaker has the id `nobody`",
        ),
        (
            "duplicate id",
            "id = \"alikova\"",
            "id = \"keserovic\"",
            "id = \"keserovic\"\nhonorific = \"Mrs.\"",
            5,
            "already used",
        ),
    ];
    for (name, from, to, at, offset, says) in cases.into_iter().chain(extra) {
        assert!(reference.contains(from), "{name}: reference lacks {from:?}");
        let text = reference.replacen(from, to, 1);
        let (line, column) = position(&text, at, offset);
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("b.toml"), &text).unwrap();
        std::fs::create_dir_all(dir.path().join("out/b")).unwrap();
        std::fs::write(dir.path().join("out/b/press-release.pdf"), b"previous").unwrap();
        let out = presskit(dir.path(), &["build", "b.toml", "-o", "out"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{name}: {err}");
        let expected = format!("b.toml:{line}:{column}: error");
        assert!(
            err.contains(&expected),
            "{name}: expected {expected} in:\n{err}"
        );
        assert!(err.contains(says), "{name}: expected {says:?} in:\n{err}");
        assert!(err.contains(" | "), "{name}: no source line in:\n{err}");
        let left: Vec<_> = std::fs::read_dir(dir.path().join("out/b"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, ["press-release.pdf"], "{name}: wrote files");
        assert_eq!(
            std::fs::read(dir.path().join("out/b/press-release.pdf")).unwrap(),
            b"previous"
        );
        let check = presskit(dir.path(), &["check", "b.toml"]);
        assert_eq!(check.status.code(), Some(1), "{name}: check passed");
    }
}

#[test]
fn symbolic_links_out_of_the_folder_are_refused() {
    let (dir, file) = workspace();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.png"), b"\x89PNG\r\n\x1a\n").unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.png"),
        dir.path().join("logo.png"),
    )
    .unwrap();
    let text = std::fs::read_to_string(&file).unwrap().replacen(
        "short_name = \"IOM\"",
        "short_name = \"IOM\"\nlogo = \"logo.png\"",
        1,
    );
    std::fs::write(&file, text).unwrap();
    let out = presskit(
        dir.path(),
        &["build", "almaty-2016-12-22.toml", "-o", "out"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("outside the briefing's folder"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("out").exists());
}

#[test]
fn command_line_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        presskit(dir.path(), &["build", "--no-such-flag"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(presskit(dir.path(), &["frobnicate"]).status.code(), Some(2));
    let missing = presskit(dir.path(), &["build", "nothing.toml"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("nothing.toml"));
}

/// "Honorific Name, Role" of the first speaker of a briefing's text.
fn data_speaker(text: &str) -> String {
    let data: toml::Table = text.parse().unwrap();
    let s = &data["speakers"][0];
    let name = [s.get("honorific"), s.get("name")]
        .into_iter()
        .flatten()
        .map(|v| v.as_str().unwrap())
        .collect::<Vec<_>>()
        .join(" ");
    format!("{name}, {}", s["role"].as_str().unwrap())
}

#[test]
fn coverage_photos_and_photo_credits_are_printed_where_they_belong() {
    let (dir, file) = workspace();
    std::fs::create_dir(dir.path().join("assets")).unwrap();
    let logo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/assets/logo.svg");
    std::fs::copy(&logo, dir.path().join("assets/hall.svg")).unwrap();
    let mut text = std::fs::read_to_string(&file).unwrap();
    // The first speaker gets a photo and its credit.
    text = text.replacen(
        "[[speakers]]\n",
        "[[speakers]]\nphoto = \"assets/hall.svg\"\nphoto_credit = \"Photo: Zh. Bekova / IOM\"\n",
        1,
    );
    text.push_str(
        r#"
[[coverage]]
outlet = "Khabar"
headline = "Migrants sent home less money in 2016"
date = 2016-12-23
url = "https://khabar.kz/story"
reach = 125000

[[photos]]
file = "assets/hall.svg"
caption = "Journalists at the briefing in the IOM office"
credit = "Photo: A. Name / IOM"
alt = "A room of journalists facing three speakers"
"#,
    );
    std::fs::write(&file, text).unwrap();
    let folder = build_reference(dir.path());
    let summary = pdf_text(&folder.join("attendance-summary.pdf"));
    assert_printed(
        &summary,
        "Migrants sent home less money in 2016",
        "coverage",
    );
    assert_printed(&summary, "125,000", "reach with digit groups");
    assert_printed(&summary, "23 December 2016", "publication date");
    // Labels print in capitals.
    assert_printed(
        &summary.to_lowercase(),
        "published without attending khabar",
        "who published without coming",
    );
    assert_printed(&summary, "Total reach: 125,000", "the reach added up");
    let kit = pdf_text(&folder.join("press-kit.pdf"));
    assert_printed(
        &kit,
        "Journalists at the briefing in the IOM office",
        "caption",
    );
    assert_printed(&kit, "Photo: A. Name / IOM", "credit");
    assert_printed(&kit, "Photo: Zh. Bekova / IOM", "speaker photo credit");
    assert!(
        !kit.contains("Migrants sent home"),
        "coverage is internal:\n{kit}"
    );
    // Every image says what it shows: the photo its `alt`, a portrait its speaker.
    let alts = Structure::open(&folder.join("press-kit.pdf")).alt_texts();
    let first = data_speaker(&std::fs::read_to_string(&file).unwrap());
    assert!(
        alts.iter()
            .any(|a| a == "A room of journalists facing three speakers"),
        "{alts:?}"
    );
    assert!(
        alts.iter().any(|a| common::untypeset(a) == first),
        "{first} in {alts:?}"
    );
}

#[test]
fn check_writes_nothing_and_catches_what_only_typesetting_finds() {
    let (dir, _) = workspace();
    let out = presskit(dir.path(), &["check", "almaty-2016-12-22.toml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "almaty-2016-12-22.toml: ok\n"
    );
    let entries = |dir: &std::path::Path| {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(
        entries(dir.path()),
        ["almaty-2016-12-22.toml"],
        "check wrote something"
    );
    // A template that parses as Handlebars but not as Typst: only typesetting finds it.
    std::fs::create_dir(dir.path().join("templates")).unwrap();
    std::fs::write(
        dir.path().join("templates/name-tents.typ.hbs"),
        "{{event.title}}\n#text(fill: no-such-colour)[x]\n",
    )
    .unwrap();
    let out = presskit(dir.path(), &["check", "almaty-2016-12-22.toml"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("templates/name-tents.typ.hbs:2:") && err.contains("no-such-colour"),
        "{err}"
    );
    assert_eq!(entries(dir.path()), ["almaty-2016-12-22.toml", "templates"]);
}

#[test]
fn readme_promises_quiet_version_default_verify_same_names_and_letter_handouts() {
    let (dir, _) = workspace();
    // --version names the tool and its version.
    let out = presskit(dir.path(), &["--version"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("presskit {}\n", env!("CARGO_PKG_VERSION"))
    );
    // --quiet leaves only errors: nothing for a good build, the error for a bad one.
    let out = presskit(
        dir.path(),
        &["build", "almaty-2016-12-22.toml", "-o", "out", "--quiet"],
    );
    assert!(out.status.success());
    assert!(
        out.stdout.is_empty() && out.stderr.is_empty(),
        "{}",
        stderr(&out)
    );
    std::fs::write(dir.path().join("bad.toml"), "format = 1\n[event]\n").unwrap();
    let out = presskit(dir.path(), &["build", "bad.toml", "--quiet"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("bad.toml:2:1: error:"),
        "{}",
        stderr(&out)
    );
    // verify looks in archive/ when no folder is named.
    let out = presskit(dir.path(), &["archive", "almaty-2016-12-22.toml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = presskit(dir.path(), &["verify"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("verified 1 briefing: 1 intact"));
    // Two inputs with one file name would share an output folder.
    std::fs::create_dir(dir.path().join("other")).unwrap();
    std::fs::copy(REFERENCE, dir.path().join("other/almaty-2016-12-22.toml")).unwrap();
    let out = presskit(
        dir.path(),
        &[
            "build",
            "almaty-2016-12-22.toml",
            "other/almaty-2016-12-22.toml",
            "-o",
            "two",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("another briefing is also named"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("two").exists());
    // --paper letter reaches the advisory and the sign-in sheet (612 × 792 points).
    let out = presskit(
        dir.path(),
        &[
            "build",
            "almaty-2016-12-22.toml",
            "-o",
            "letter",
            "--paper",
            "letter",
            "--only",
            "media-advisory,sign-in-sheet",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    for doc in ["media-advisory.pdf", "sign-in-sheet.pdf"] {
        let sizes = common::pdf::page_sizes(&dir.path().join("letter/almaty-2016-12-22").join(doc));
        assert!(sizes.iter().all(|&s| s == (612, 792)), "{doc}: {sizes:?}");
    }
}

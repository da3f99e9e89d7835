//! The officer's day before a briefing, through the real binary: `init` in an empty
//! folder, ejected and edited templates, the handouts for the door and the table, and
//! shell completions.

use crate::common;

use common::{REFERENCE, build_reference, pdf_text, presskit, snapshot, squeeze, stderr};

use std::path::{Path, PathBuf};

/// Number of pages of a PDF.
fn pages(path: &Path) -> usize {
    common::pdf::page_count(path)
}

/// The top `rows` rows of pixels of page `page` (from 1) of a PDF, in grey, at 40 dpi.
fn top_band(pdf: &Path, page: usize, rows: usize) -> Vec<u8> {
    let render = common::pdf::render(pdf, 40.0).swap_remove(page - 1);
    render.pixels[..render.width as usize * rows].to_vec()
}

/// A fresh folder holding a copy of the reference briefing.
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("almaty-2016-12-22.toml");
    std::fs::copy(REFERENCE, &file).unwrap();
    (dir, file)
}

/// The value of the first `key = "..."` line after `[table]` in a briefing's text.
fn value_in(text: &str, table: &str, key: &str) -> String {
    let after = &text[text.find(table).unwrap_or_else(|| panic!("no {table}"))..];
    let line = after
        .lines()
        .find(|l| l.starts_with(&format!("{key} = ")))
        .unwrap_or_else(|| panic!("no {key} in {table}"));
    line.split('"').nth(1).unwrap_or_default().to_string()
}

#[test]
fn init_then_build_works_in_an_empty_folder_in_each_language() {
    // The release line of each language, as the documents print it.
    for (language, release_line) in [
        ("en", "For immediate release"),
        ("ru", "Для немедленного распространения"),
        ("kk", "Жедел жариялау үшін"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let out = presskit(dir.path(), &["init", "--language", language]);
        assert!(out.status.success(), "{}", stderr(&out));
        let briefing = dir.path().join("data/briefing.toml");
        assert!(briefing.is_file());
        let text = std::fs::read_to_string(&briefing).unwrap();
        for section in [
            "[organization]",
            "[event]",
            "[release]",
            "[release.contact]",
            "[[release.quotes]]",
            "[[topics]]",
            "[[speakers]]",
            "[[agenda]]",
            "[[programmes]]",
            "[[reports]]",
            "[[attendance]]",
        ] {
            assert!(
                text.contains(section),
                "{language}: the skeleton lacks {section}"
            );
        }
        assert_eq!(value_in(&text, "[event]", "language"), language);

        let out = presskit(dir.path(), &["build"]);
        assert!(out.status.success(), "{language}: {}", stderr(&out));
        // Placeholders that build as they are: no warning either.
        assert!(
            !stderr(&out).contains("warning"),
            "{language}: {}",
            stderr(&out)
        );
        let folder = dir.path().join("out/briefing");
        for doc in [
            "press-release.pdf",
            "speaker-bios.pdf",
            "attendance-summary.pdf",
            "press-kit.pdf",
            "press-release.txt",
            "media-advisory.pdf",
            "sign-in-sheet.pdf",
            "name-tents.pdf",
        ] {
            assert!(folder.join(doc).is_file(), "{language}: {doc} missing");
        }
        let advisory = squeeze(&pdf_text(&folder.join("media-advisory.pdf")));
        let title = value_in(&text, "[event]", "title");
        assert!(
            advisory.contains(&squeeze(&title)),
            "{language}: {advisory}"
        );
        let release = squeeze(&pdf_text(&folder.join("press-release.pdf"))).to_lowercase();
        for expected in [release_line, &value_in(&text, "[release]", "headline")] {
            let expected = squeeze(expected).to_lowercase();
            assert!(
                release.contains(&expected),
                "{language}: {expected} in {release}"
            );
        }
    }
}

#[test]
fn init_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    std::fs::write(dir.path().join("data/briefing.toml"), "mine").unwrap();
    let out = presskit(dir.path(), &["init"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("data/briefing.toml: error: already exists"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("data/briefing.toml")).unwrap(),
        "mine"
    );
    let leftovers = std::fs::read_dir(dir.path().join("data")).unwrap().count();
    assert_eq!(leftovers, 1, "a temporary file was left behind");
}

#[test]
fn init_into_another_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = presskit(dir.path(), &["init", "briefings/spring"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path().join("briefings/spring/briefing.toml").is_file());
    let out = presskit(dir.path(), &["check", "briefings/spring"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn templates_list_names_every_template_and_partial() {
    let dir = tempfile::tempdir().unwrap();
    let out = presskit(dir.path(), &["templates", "list"]);
    assert!(out.status.success());
    let list = String::from_utf8(out.stdout).unwrap();
    // Every file of templates/ in the repository, and nothing else.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut files: Vec<String> = Vec::new();
    for sub in ["", "partials/"] {
        for entry in std::fs::read_dir(root.join(sub)).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                files.push(format!(
                    "{sub}{}",
                    path.file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    files.sort();
    let mut listed: Vec<String> = list.lines().map(|l| l.trim().to_string()).collect();
    listed.sort();
    assert_eq!(listed, files, "templates list");
}

#[test]
fn an_ejected_and_edited_template_is_used_beside_the_briefing() {
    let (dir, _) = workspace();
    let out = presskit(dir.path(), &["templates", "eject"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Beside the briefing, so it says they are used as they are.
    assert!(
        stderr(&out).contains("next: edit them; the briefings in . use them from now on"),
        "{}",
        stderr(&out)
    );
    let elsewhere = presskit(dir.path(), &["templates", "eject", "house"]);
    assert!(
        stderr(&elsewhere).contains("`presskit build --templates house`"),
        "{}",
        stderr(&elsewhere)
    );
    let advisory = dir.path().join("templates/media-advisory.typ.hbs");
    let text = std::fs::read_to_string(&advisory).unwrap();
    std::fs::write(
        &advisory,
        text.replace(
            "#text(size: 11pt)[{{words.advisory_invitation}}]",
            "#text(size: 11pt)[Coffee from 10:30. {{words.advisory_invitation}}]",
        ),
    )
    .unwrap();
    let out = presskit(
        dir.path(),
        &["build", "almaty-2016-12-22.toml", "-o", "out"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let printed = pdf_text(&dir.path().join("out/almaty-2016-12-22/media-advisory.pdf"));
    assert!(
        squeeze(&printed).contains("Coffeefrom10:30."),
        "the edit is not printed:\n{printed}"
    );

    // Ejecting again refuses to overwrite the edited copy.
    let out = presskit(dir.path(), &["templates", "eject"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
}

#[test]
fn templates_option_comes_before_the_folder_beside_the_briefing() {
    let (dir, _) = workspace();
    for (folder, mark) in [("templates", "BESIDE"), ("mine", "OPTION")] {
        let partials = dir.path().join(folder).join("partials");
        std::fs::create_dir_all(&partials).unwrap();
        std::fs::write(
            dir.path().join(folder).join("name-tents.typ.hbs"),
            format!("{{{{> partials/style}}}}\n{mark}\n"),
        )
        .unwrap();
    }
    let out = presskit(
        dir.path(),
        &["build", "almaty-2016-12-22.toml", "--templates", "mine"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let tents = pdf_text(&dir.path().join("out/almaty-2016-12-22/name-tents.pdf"));
    assert!(
        tents.contains("OPTION") && !tents.contains("BESIDE"),
        "{tents}"
    );
    let out = presskit(dir.path(), &["build", "almaty-2016-12-22.toml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let tents = pdf_text(&dir.path().join("out/almaty-2016-12-22/name-tents.pdf"));
    assert!(tents.contains("BESIDE"), "{tents}");
}

#[test]
fn a_broken_ejected_template_fails_with_its_file_and_line() {
    let (dir, _) = workspace();
    assert!(
        presskit(dir.path(), &["templates", "eject"])
            .status
            .success()
    );
    let path = dir.path().join("templates/sign-in-sheet.typ.hbs");
    let text = std::fs::read_to_string(&path).unwrap();
    let (line_no, _) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("{{words.sign_in_sheet}}"))
        .unwrap();
    std::fs::write(
        &path,
        text.replace("{{words.sign_in_sheet}}", "{{words.no_such_word}}"),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("out")).unwrap();
    let out = presskit(
        dir.path(),
        &["build", "almaty-2016-12-22.toml", "-o", "out"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    let expected = format!(
        "{}:{}:",
        Path::new("templates/sign-in-sheet.typ.hbs").display(),
        line_no + 1
    );
    assert!(err.contains(&expected), "no {expected} in:\n{err}");
    assert!(err.contains("no_such_word"), "{err}");
    assert!(
        std::fs::read_dir(dir.path().join("out"))
            .unwrap()
            .next()
            .is_none(),
        "a failed build wrote output"
    );
}

#[test]
fn a_document_failing_after_the_others_leaves_the_old_files() {
    let (dir, _) = workspace();
    let folder = build_reference(dir.path());
    let before = snapshot(&folder);
    // Eleven documents, the press page's bundle and the record of what they were made from.
    assert_eq!(before.len(), 13);
    // The media advisory is among the last documents typeset: the other eight are done
    // by the time it fails, and must not be written, into the old folder or a new one.
    std::fs::create_dir(dir.path().join("broken")).unwrap();
    std::fs::write(
        dir.path().join("broken/media-advisory.typ.hbs"),
        "#panic(\"stop here\")\n",
    )
    .unwrap();
    let args = [
        "build",
        "almaty-2016-12-22.toml",
        "--templates",
        "broken",
        "-o",
    ];
    let out = presskit(dir.path(), &[&args[..], &["out"]].concat());
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("stop here"), "{}", stderr(&out));
    // Same names (no temporary left) and same bytes.
    assert!(snapshot(&folder) == before, "the old files changed");
    // Into a folder that did not exist: nothing is left, not even the folder.
    let out = presskit(dir.path(), &[&args[..], &["fresh/new"]].concat());
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        !dir.path().join("fresh").exists(),
        "a failed build left a folder"
    );
}

#[test]
fn the_handouts_hold_what_the_door_and_the_table_need() {
    let (dir, file) = workspace();
    let folder = build_reference(dir.path());
    let data: toml::Table = std::fs::read_to_string(&file).unwrap().parse().unwrap();
    let speakers = data["speakers"].as_array().unwrap();
    let outlets = data["attendance"].as_array().unwrap();

    let advisory = pdf_text(&folder.join("media-advisory.pdf"));
    assert_eq!(pages(&folder.join("media-advisory.pdf")), 1, "{advisory}");
    let flat = squeeze(&advisory);
    for needle in [
        "MEDIA ADVISORY",
        "Migration trends and developments in Kazakhstan and Central Asia",
        "22 December 2016",
        "IOM Sub-regional Coordination Office for Central Asia, Almaty, Kazakhstan",
        "To register or confirm attendance",
        "Aliya Alikova",
    ] {
        assert!(
            flat.contains(&squeeze(needle)),
            "advisory lacks {needle:?}:\n{advisory}"
        );
    }
    for s in speakers {
        let name = s["name"].as_str().unwrap();
        assert!(flat.contains(&squeeze(name)), "advisory lacks {name}");
    }

    let sheet = pdf_text(&folder.join("sign-in-sheet.pdf"));
    let flat = squeeze(&sheet);
    for needle in [
        "Media sign-in sheet",
        "Signature",
        "Phone or email",
        "Page 1 of 1",
    ] {
        assert!(
            flat.contains(&squeeze(needle)),
            "sheet lacks {needle:?}:\n{sheet}"
        );
    }
    for o in outlets {
        let outlet = o["outlet"].as_str().unwrap();
        assert!(flat.contains(&squeeze(outlet)), "sheet lacks {outlet}");
    }

    let tents_pdf = folder.join("name-tents.pdf");
    assert_eq!(pages(&tents_pdf), speakers.len());
    let tents = pdf_text(&tents_pdf);
    for s in speakers {
        let name = squeeze(s["name"].as_str().unwrap());
        let count = squeeze(&tents).matches(&name).count();
        assert_eq!(
            count, 2,
            "{name} is printed {count} times, not on both faces"
        );
    }
    // One face is upside down: content drawn through a transformation whose x axis
    // points left (a = -1 in `a b c d e f cm`), the other upright (a = 1).
    let raw = common::pdf::Structure::open(&tents_pdf).streams();
    let x_scales: Vec<f64> = raw
        .lines()
        .filter_map(|l| l.split(" cm").next().filter(|_| l.contains(" cm")))
        .filter_map(|m| {
            let numbers: Vec<f64> = m
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect();
            (numbers.len() >= 6).then(|| numbers[numbers.len() - 6])
        })
        .collect();
    assert!(
        x_scales.iter().any(|a| (a + 1.0).abs() < 1e-6),
        "no content turned by 180° in the name tents"
    );
    assert!(x_scales.iter().any(|a| (a - 1.0).abs() < 1e-6));
}

#[test]
fn the_sign_in_sheet_repeats_its_header_row_on_every_page() {
    let (dir, file) = workspace();
    let mut text = std::fs::read_to_string(&file).unwrap();
    for i in 0..40 {
        text.push_str(&format!(
            "\n[[attendance]]\noutlet = \"Outlet number {i}\"\nkind = \"online\"\n"
        ));
    }
    std::fs::write(&file, text).unwrap();
    let out = presskit(
        dir.path(),
        &["build", "almaty-2016-12-22.toml", "-o", "out"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let sheet = dir.path().join("out/almaty-2016-12-22/sign-in-sheet.pdf");
    let n = pages(&sheet);
    assert!(n >= 2, "47 rows fit on {n} page");
    let text = pdf_text(&sheet);
    assert_eq!(text.matches("Signature").count(), n, "{text}");
    assert!(squeeze(&text).contains(&format!("Page{n}of{n}")));
    assert!(squeeze(&text).contains("Outletnumber39"));
    // Every page opens with the same band: the page header, then the column heads with
    // their accent rules above and below (drawn by `table.hline`s in the header).
    // 4 cm of page margin and the 0.95 cm heading row are 78 rows of pixels at 40 dpi;
    // 80 take in the rule under the heads, not yet the first row's number.
    let first = top_band(&sheet, 1, 80);
    assert!(
        first.iter().any(|&p| p < 128),
        "nothing dark in the band: wrong crop"
    );
    for page in 2..=n {
        assert!(
            top_band(&sheet, page, 80) == first,
            "page {page} does not start like page 1"
        );
    }
}

#[test]
fn name_tents_follow_the_paper_option() {
    let (dir, _) = workspace();
    let out = presskit(
        dir.path(),
        &["build", "almaty-2016-12-22.toml", "--paper", "letter"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let sizes = common::pdf::page_sizes(&dir.path().join("out/almaty-2016-12-22/name-tents.pdf"));
    assert!(
        !sizes.is_empty() && sizes.iter().all(|&size| size == (792, 612)),
        "not landscape Letter: {sizes:?}"
    );
}

#[test]
fn completions_for_each_shell() {
    let dir = tempfile::tempdir().unwrap();
    // Each shell's own form, and the commands and options of the parser.
    for (shell, own) in [
        ("bash", "complete -F _presskit"),
        ("zsh", "#compdef presskit"),
        ("fish", "complete -c presskit"),
    ] {
        let out = presskit(dir.path(), &["completions", shell]);
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        let script = String::from_utf8(out.stdout).unwrap();
        for word in [own, "watch", "mail", "import", "media-list", "only"] {
            assert!(script.contains(word), "{shell}: no {word:?}");
        }
    }
    let out = presskit(dir.path(), &["completions", "cmd"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn every_command_has_an_example_in_its_help() {
    let dir = tempfile::tempdir().unwrap();
    for command in [
        "build",
        "check",
        "init",
        "watch",
        "completions",
        "templates",
    ] {
        let out = presskit(dir.path(), &[command, "--help"]);
        assert!(out.status.success());
        let help = String::from_utf8(out.stdout).unwrap();
        assert!(
            help.contains(&format!("Example: presskit {command}")),
            "{command} --help has no example:\n{help}"
        );
    }
}

//! `archive`, `verify` and `extract` through the real binary, checked with readers
//! independent of presskit's own: `lopdf` for the structure (XMP, fonts, attachments,
//! catalog), `hayro` for the pages (see `common::pdf`).

use crate::common;

use common::pdf::Structure;
use common::{REFERENCE, pdf_text, presskit, snapshot, squeeze, stderr};

use std::path::Path;
use std::process::Command;

/// A folder with the reference briefing and a second one, in Russian, a quarter later.
fn two_briefings() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    let reference = std::fs::read_to_string(REFERENCE).unwrap();
    std::fs::write(dir.path().join("data/almaty-2016-12-22.toml"), &reference).unwrap();
    let later = reference
        .replace("date = 2016-12-22", "date = 2017-03-23")
        .replace("language = \"en\"", "language = \"ru\"")
        .replace(
            "title = \"Migration trends and developments in Kazakhstan and Central Asia\"",
            "title = \"Миграционные тенденции в Казахстане и Центральной Азии\"",
        )
        .replace("outlet = \"Vremya\"", "outlet = \"Время\"\npeople = 3");
    std::fs::write(dir.path().join("data/almaty-2017-03-23.toml"), later).unwrap();
    dir
}

/// The PDFs in an archived folder.
fn pdfs(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pdf"))
        .collect();
    names.sort();
    names
}

#[test]
fn archives_are_pdf_a_3_with_the_source_attached_and_verify() {
    let dir = two_briefings();
    let out = presskit(dir.path(), &["archive", "data", "--to", "archive"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for stem in ["almaty-2016-12-22", "almaty-2017-03-23"] {
        let folder = dir.path().join("archive").join(stem);
        let source = std::fs::read(dir.path().join("data").join(format!("{stem}.toml"))).unwrap();
        let archived = pdfs(&folder);
        for core in [
            "press-release.pdf",
            "speaker-bios.pdf",
            "attendance-summary.pdf",
            "press-kit.pdf",
        ] {
            assert!(archived.iter().any(|n| n == core), "{core} not archived");
        }
        for doc in &archived {
            let pdf = folder.join(doc);
            let structure = Structure::open(&pdf);
            let meta = structure.xmp().expect("XMP metadata");
            assert!(
                meta.contains("<pdfaid:part>3</pdfaid:part>"),
                "{doc}: no PDF/A-3 claim in XMP:\n{meta}"
            );
            assert!(
                meta.contains("<pdfaid:conformance>A</pdfaid:conformance>"),
                "{doc}: not level a:\n{meta}"
            );
            assert!(
                meta.contains("pdfuaid:part>1<"),
                "{doc}: no PDF/UA-1 claim:\n{meta}"
            );
            let fonts = structure.fonts();
            assert!(
                !fonts.is_empty() && fonts.iter().all(|(_, embedded)| *embedded),
                "{doc}: a font is not embedded: {fonts:?}"
            );
            // Every page interprets without a warning (fonts, images).
            assert!(!common::pdf::page_texts(&pdf).is_empty(), "{doc}: no page");
            for key in ["OutputIntents", "StructTreeRoot", "MarkInfo"] {
                assert!(structure.catalog_has(key), "{doc}: no /{key}");
            }
            let attachments = structure.attachments();
            assert!(
                attachments.iter().any(|a| a.name == format!("{stem}.toml")
                    && a.mime.as_deref() == Some("application/toml")
                    && a.relationship.as_deref() == Some("Source")
                    && a.bytes == source),
                "{doc}: the source is not attached as {stem}.toml, application/toml, \
                 /AFRelationship /Source: {:?}",
                attachments
                    .iter()
                    .map(|a| (&a.name, &a.mime, &a.relationship, a.bytes.len()))
                    .collect::<Vec<_>>()
            );
            let extracted = presskit(dir.path(), &["extract", pdf.to_str().unwrap()]);
            assert!(
                extracted.status.success(),
                "{}",
                String::from_utf8_lossy(&extracted.stderr)
            );
            assert!(
                extracted.stdout == source,
                "{doc}: extract did not return the source byte for byte"
            );
        }
        let manifest = std::fs::read_to_string(folder.join("MANIFEST.sha256")).unwrap();
        assert_eq!(manifest.lines().count(), archived.len());
        let check = Command::new("sha256sum")
            .arg("-c")
            .arg("MANIFEST.sha256")
            .current_dir(&folder)
            .output()
            .unwrap();
        assert!(
            check.status.success(),
            "sha256sum -c: {}",
            String::from_utf8_lossy(&check.stdout)
        );
    }
    let index = dir.path().join("archive/index.pdf");
    let text = pdf_text(&index);
    let first = text
        .find("Migration trends")
        .expect("index lists the 2016 briefing");
    let second = text
        .find("Миграционные")
        .expect("index lists the 2017 briefing");
    assert!(first < second, "not oldest first");
    let verify = presskit(dir.path(), &["verify", "archive"]);
    assert!(
        verify.status.success(),
        "{}",
        String::from_utf8_lossy(&verify.stderr)
    );
}

#[test]
fn verify_fails_on_an_altered_removed_or_added_file() {
    let dir = two_briefings();
    assert!(
        presskit(dir.path(), &["archive", "data/almaty-2016-12-22.toml"])
            .status
            .success()
    );
    let folder = dir.path().join("archive/almaty-2016-12-22");
    let pdf = folder.join("speaker-bios.pdf");
    let original = std::fs::read(&pdf).unwrap();

    let mut altered = original.clone();
    let middle = altered.len() / 2;
    altered[middle] ^= 1;
    std::fs::write(&pdf, &altered).unwrap();
    let out = presskit(dir.path(), &["verify", "archive"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("speaker-bios.pdf has been altered"));

    std::fs::remove_file(&pdf).unwrap();
    let out = presskit(dir.path(), &["verify", "archive"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("speaker-bios.pdf is missing"));

    std::fs::write(&pdf, &original).unwrap();
    assert!(
        presskit(dir.path(), &["verify", "archive"])
            .status
            .success()
    );
    std::fs::write(folder.join("notes.txt"), "added later").unwrap();
    let out = presskit(dir.path(), &["verify", "archive"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("notes.txt"));
}

#[test]
fn archiving_again_is_a_no_op_and_a_change_is_refused() {
    let dir = two_briefings();
    assert!(presskit(dir.path(), &["archive", "data"]).status.success());
    let before = snapshot(&dir.path().join("archive"));
    let again = presskit(dir.path(), &["archive", "data"]);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    // Off a terminal: one closing line, and a line per briefing only with --verbose.
    assert!(
        stderr(&again).contains("archived 2 briefings into archive: 0 new, 2 already archived"),
        "{}",
        stderr(&again)
    );
    assert!(!String::from_utf8_lossy(&again.stdout).contains("already archived"));
    let verbose = presskit(dir.path(), &["archive", "data", "--verbose"]);
    let listed = String::from_utf8_lossy(&verbose.stdout);
    assert_eq!(
        listed.matches("is already archived, unchanged").count(),
        2,
        "{listed}"
    );
    assert!(
        snapshot(&dir.path().join("archive")) == before,
        "re-archiving changed files"
    );

    let file = dir.path().join("data/almaty-2016-12-22.toml");
    let changed = std::fs::read_to_string(&file).unwrap().replace(
        "IOM briefs Almaty journalists",
        "IOM briefed Almaty journalists",
    );
    std::fs::write(&file, changed).unwrap();
    let refused = presskit(dir.path(), &["archive", "data/almaty-2016-12-22.toml"]);
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("press-release.pdf would change"), "{err}");
    assert!(
        snapshot(&dir.path().join("archive")) == before,
        "a refused archive touched files"
    );
}

#[test]
fn two_archives_into_empty_folders_are_identical() {
    let dir = two_briefings();
    assert!(
        presskit(dir.path(), &["archive", "data", "--to", "a"])
            .status
            .success()
    );
    assert!(
        presskit(dir.path(), &["archive", "data", "--to", "b"])
            .status
            .success()
    );
    let a = snapshot(&dir.path().join("a"));
    let b = snapshot(&dir.path().join("b"));
    let per_folder = pdfs(&dir.path().join("a/almaty-2016-12-22")).len() + 1;
    // Each briefing's folder, index.pdf, FOLDERS.sha256, and in .presskit-records/ each
    // briefing's record and the index's.
    assert_eq!(a.len(), 2 * per_folder + 1 + 1 + 2 + 1);
    assert_eq!(
        a.len(),
        b.len(),
        "a file missing from or added to one archive"
    );
    for ((pa, ba), (pb, bb)) in a.iter().zip(&b) {
        assert_eq!(pa, pb);
        assert!(ba == bb, "{} differs", pa.display());
    }
}

#[test]
fn extract_refuses_a_pdf_without_a_source() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(REFERENCE, dir.path().join("b.toml")).unwrap();
    assert!(
        presskit(dir.path(), &["build", "b.toml", "-o", "out"])
            .status
            .success()
    );
    let out = presskit(dir.path(), &["extract", "out/b/press-release.pdf"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no attached"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("hint: only the archived copies (`presskit archive`)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_index_is_in_the_archives_language_or_english_when_they_differ() {
    let dir = two_briefings();
    let kazakh = std::fs::read_to_string(REFERENCE)
        .unwrap()
        .replace("language = \"en\"", "language = \"kk\"");
    std::fs::write(dir.path().join("kazakh.toml"), kazakh).unwrap();
    let archive = |file: &str, to: &str| {
        let out = presskit(dir.path(), &["archive", file, "--to", to]);
        assert!(out.status.success(), "{}", stderr(&out));
    };
    // The index's text, once it is checked to hold every one of `words`.
    let index_with = |archive: &str, words: &[&str]| {
        let text = squeeze(&pdf_text(&dir.path().join(archive).join("index.pdf")));
        for w in words {
            assert!(text.contains(&squeeze(w)), "no {w}: {text}");
        }
        text
    };

    // One Russian briefing: a Russian index, down to the date.
    archive("data/almaty-2017-03-23.toml", "one");
    let text = index_with(
        "one",
        &[
            "Архив пресс-брифингов",
            "Брифингов в архиве: 1",
            "23 марта 2017 г.",
            "Дата",
        ],
    );
    assert!(!text.contains("archive"), "{text}");

    // The English one added: two languages, so an English index.
    archive("data/almaty-2016-12-22.toml", "one");
    index_with(
        "one",
        &[
            "Press briefing archive",
            "Briefings archived: 2",
            "23 March 2017",
            "22 December 2016",
        ],
    );

    // A Kazakh archive.
    archive("kazakh.toml", "kk");
    index_with(
        "kk",
        &[
            "Баспасөз брифингтерінің мұрағаты",
            "Мұрағаттағы брифингтер саны: 1",
        ],
    );
}

#[test]
fn verify_names_what_an_interrupted_archive_left_and_still_passes() {
    let dir = two_briefings();
    let out = presskit(dir.path(), &["archive", "data/almaty-2016-12-22.toml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // What a run killed while writing a briefing's folder leaves beside it.
    let left = dir.path().join("archive/.presskit-Xk3v9q.partial");
    std::fs::create_dir(&left).unwrap();
    std::fs::write(left.join("press-release.pdf"), b"half").unwrap();
    let out = presskit(dir.path(), &["verify", "archive"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "archive/.presskit-Xk3v9q.partial: warning: left by an `archive` run that was interrupted"
        ),
        "{}",
        stderr(&out)
    );
    // The next archive run says so too, and neither touches it.
    let out = presskit(dir.path(), &["archive", "data"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("can be deleted"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(left.join("press-release.pdf")).unwrap(),
        b"half"
    );
    let quiet = presskit(dir.path(), &["verify", "archive", "--quiet"]);
    assert!(
        quiet.status.success() && quiet.stderr.is_empty(),
        "{}",
        stderr(&quiet)
    );
}

/// A small PNG photo, 4 × 4 grey pixels.
fn png_photo() -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, 4, 4);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&[128; 16]).unwrap();
    writer.finish().unwrap();
    out
}

#[test]
fn an_archive_alone_rebuilds_its_briefing_byte_for_byte_from_what_its_pdfs_carry() {
    let dir = tempfile::tempdir().unwrap();
    let office = dir.path().join("office");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(office.join("assets")).unwrap();
    std::fs::create_dir_all(office.join("templates/partials")).unwrap();
    std::fs::create_dir_all(office.join("fonts")).unwrap();
    std::fs::copy(
        root.join("data/assets/logo.svg"),
        office.join("assets/logo.svg"),
    )
    .unwrap();
    std::fs::write(office.join("assets/keserovic.png"), png_photo()).unwrap();
    std::fs::copy(
        root.join("tests/fonts/NotoSansOgham-Regular.ttf"),
        office.join("fonts/NotoSansOgham-Regular.ttf"),
    )
    .unwrap();
    // Two templates of the office's own: other colours, and a line added to the release.
    let colours = std::fs::read_to_string(root.join("templates/partials/colours.typ.hbs"))
        .unwrap()
        .replace("#1b4f72", "#7a1f3d");
    std::fs::write(office.join("templates/partials/colours.typ.hbs"), colours).unwrap();
    let release = std::fs::read_to_string(root.join("templates/press-release.typ.hbs")).unwrap();
    std::fs::write(
        office.join("templates/press-release.typ.hbs"),
        format!("{release}\n#text(font: \"Noto Sans Ogham\")[ᚁᚂᚃ]\n"),
    )
    .unwrap();
    let text = std::fs::read_to_string(REFERENCE)
        .unwrap()
        .replacen(
            "name = \"International",
            "logo = \"assets/logo.svg\"\nname = \"International",
            1,
        )
        .replacen(
            "[[speakers]]\n",
            "[[speakers]]\nphoto = \"assets/keserovic.png\"\n",
            1,
        );
    std::fs::write(office.join("almaty-2016-12-22.toml"), text).unwrap();
    let out = presskit(
        dir.path(),
        &[
            "archive",
            "office/almaty-2016-12-22.toml",
            "--to",
            "archive",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let archived = dir.path().join("archive/almaty-2016-12-22");
    let kit = Structure::open(&archived.join("press-kit.pdf"));
    let mut names: Vec<String> = kit.attachments().into_iter().map(|a| a.name).collect();
    names.sort();
    assert_eq!(
        names,
        [
            "almaty-2016-12-22.toml",
            "assets/keserovic.png",
            "assets/logo.svg",
            "fonts/NotoSansOgham-Regular.ttf",
            "presskit.json",
            "templates/partials/colours.typ.hbs",
            "templates/press-release.typ.hbs"
        ]
    );

    let out = presskit(
        dir.path(),
        &["build", "office/almaty-2016-12-22.toml", "-o", "built"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // The documents; the build's record names the briefing's path, which differs.
    let documents = |folder: &Path| {
        let mut files = snapshot(folder);
        files.retain(|(name, _)| !name.to_string_lossy().starts_with('.'));
        files
    };
    let built = documents(&dir.path().join("built/almaty-2016-12-22"));

    // Years later, on another machine: nothing but the archive.
    std::fs::remove_dir_all(&office).unwrap();
    let out = presskit(
        dir.path(),
        &[
            "extract",
            "archive/almaty-2016-12-22/speaker-bios.pdf",
            "-o",
            "restored",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("next: `presskit archive restored/almaty-2016-12-22.toml`"));
    let out = presskit(
        dir.path(),
        &[
            "archive",
            "restored/almaty-2016-12-22.toml",
            "--to",
            "again",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let before = snapshot(&archived);
    let after = snapshot(&dir.path().join("again/almaty-2016-12-22"));
    assert_eq!(before.len(), after.len());
    for ((name, a), (other, b)) in before.iter().zip(&after) {
        assert_eq!(name, other);
        assert!(a == b, "{} differs after the rebuild", name.display());
    }

    // `build` from the restored folder makes the documents the original build made.
    let out = presskit(
        dir.path(),
        &["build", "restored/almaty-2016-12-22.toml", "-o", "rebuilt"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let rebuilt = documents(&dir.path().join("rebuilt/almaty-2016-12-22"));
    assert_eq!(built.len(), rebuilt.len());
    for ((name, a), (other, b)) in built.iter().zip(&rebuilt) {
        assert_eq!(name, other);
        assert!(
            a == b,
            "{} differs when built from the restored folder",
            name.display()
        );
    }

    // Restoring again over what is there is refused, and touches nothing.
    let out = presskit(
        dir.path(),
        &[
            "extract",
            "archive/almaty-2016-12-22/press-kit.pdf",
            "-o",
            "restored",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
}

#[test]
fn verify_repair_restores_damaged_files_that_match_the_manifest_and_leaves_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(REFERENCE, dir.path().join("almaty-2016-12-22.toml")).unwrap();
    let out = presskit(
        dir.path(),
        &["archive", "almaty-2016-12-22.toml", "--to", "archive"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let folder = dir.path().join("archive/almaty-2016-12-22");
    let original = snapshot(&folder);
    let out = presskit(dir.path(), &["verify", "--verbose"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("ok archive/almaty-2016-12-22\n"), "{said}");
    assert!(
        said.contains("verified 1 briefing: 1 intact, 0 damaged"),
        "{said}"
    );

    // A byte flipped, a file cut short, a file deleted.
    let mut release = std::fs::read(folder.join("press-release.pdf")).unwrap();
    let middle = release.len() / 2;
    release[middle] ^= 0x20;
    std::fs::write(folder.join("press-release.pdf"), release).unwrap();
    let bios = std::fs::read(folder.join("speaker-bios.pdf")).unwrap();
    std::fs::write(folder.join("speaker-bios.pdf"), &bios[..bios.len() / 3]).unwrap();
    std::fs::remove_file(folder.join("name-tents.pdf")).unwrap();
    let out = presskit(dir.path(), &["verify"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("verified 1 briefing: 0 intact, 1 damaged"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(
        stderr(&out).contains("next: `presskit verify --repair`"),
        "{}",
        stderr(&out)
    );

    // Archiving the unchanged briefing again says the files are damaged, not changed.
    let out = presskit(
        dir.path(),
        &["archive", "almaty-2016-12-22.toml", "--to", "archive"],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("already archived, unchanged, but its archived files are damaged"),
        "{err}"
    );
    assert!(err.contains("presskit verify --repair"), "{err}");
    assert!(!err.contains("new file name"), "{err}");

    let out = presskit(dir.path(), &["verify", "--repair"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    for name in ["press-release.pdf", "speaker-bios.pdf", "name-tents.pdf"] {
        assert!(
            said.contains(&format!("restored archive/almaty-2016-12-22/{name}")),
            "{said}"
        );
    }
    assert!(said.contains("1 intact, 0 damaged, 1 repaired"), "{said}");
    assert_eq!(snapshot(&folder), original, "every file as it was archived");

    // A file whose rebuild cannot match its manifest line is reported and left alone:
    // here the manifest claims other bytes for the kit than presskit makes.
    let manifest = std::fs::read_to_string(folder.join("MANIFEST.sha256")).unwrap();
    let kit_line = manifest
        .lines()
        .find(|l| l.ends_with("press-kit.pdf"))
        .unwrap();
    let forged = manifest.replace(kit_line, &format!("{}  press-kit.pdf", "0".repeat(64)));
    std::fs::write(folder.join("MANIFEST.sha256"), &forged).unwrap();
    std::fs::write(folder.join("press-kit.pdf"), b"not the kit").unwrap();
    let out = presskit(dir.path(), &["verify", "--repair"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("press-kit.pdf: error: cannot be restored: its rebuild does not match the manifest's checksum"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(folder.join("press-kit.pdf")).unwrap(),
        b"not the kit"
    );
    assert_eq!(
        std::fs::read_to_string(folder.join("MANIFEST.sha256")).unwrap(),
        forged
    );

    // With every PDF gone, there is nothing to rebuild from.
    for (name, _) in &original {
        if name.extension().is_some_and(|e| e == "pdf") {
            let _ = std::fs::remove_file(folder.join(name));
        }
    }
    let out = presskit(dir.path(), &["verify", "--repair"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no intact PDF is left"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_briefing_archived_by_another_presskit_is_neither_changed_nor_repaired_by_this_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(REFERENCE, dir.path().join("almaty-2016-12-22.toml")).unwrap();
    // As presskit 0.0.9 would have archived it (a debug build's stand-in version).
    let out = common::command(
        dir.path(),
        &["archive", "almaty-2016-12-22.toml", "--to", "archive"],
    )
    .env("PRESSKIT_TEST_VERSION", "0.0.9")
    .output()
    .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = presskit(
        dir.path(),
        &[
            "archive",
            "almaty-2016-12-22.toml",
            "--to",
            "archive",
            "--force",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("archived by presskit 0.0.9; this presskit"),
        "{err}"
    );
    assert!(!err.contains("archive the changed briefing"), "{err}");

    let folder = dir.path().join("archive/almaty-2016-12-22");
    std::fs::remove_file(folder.join("name-tents.pdf")).unwrap();
    let out = presskit(dir.path(), &["verify", "--repair"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("name-tents.pdf: error: cannot be restored: presskit 0.0.9 made it"),
        "{err}"
    );
    assert!(!folder.join("name-tents.pdf").exists());
}

/// Outlets and people present at a briefing, counted from its file as the format says:
/// every `[[attendance]]` outlet is present unless `present = false`, with one person
/// unless `people` says how many.
fn present(briefing: &str) -> (u64, u64) {
    let table: toml::Table = toml::from_str(briefing).unwrap();
    let outlets: Vec<u64> = table
        .get("attendance")
        .and_then(|a| a.as_array())
        .into_iter()
        .flatten()
        .filter(|o| o.get("present").and_then(|p| p.as_bool()) != Some(false))
        .map(|o| {
            o.get("people")
                .and_then(|n| n.as_integer())
                .map_or(1, |n| u64::try_from(n).unwrap())
        })
        .collect();
    (outlets.len() as u64, outlets.iter().sum())
}

/// What an archive's index says of its briefings, top to bottom: the table's (outlets
/// present, people present) and the chart's (bar label, people), see [`index_numbers`].
type IndexNumbers = (Vec<(u64, u64)>, Vec<(String, u64)>);

/// What an archive's `index.pdf` says of each briefing, read back from its text, top to
/// bottom: the table's two numbers (outlets present, people present), each row's last
/// line; and the chart's bars, each a label followed by the number of people.
fn index_numbers(index: &Path) -> IndexNumbers {
    let text = pdf_text(index);
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}'))
        .collect();
    let heading = lines
        .iter()
        .position(|l| *l == "People present at each briefing, by kind of media")
        .unwrap_or_else(|| panic!("no chart heading in the index:\n{text}"));
    let table = lines[..heading]
        .iter()
        .filter_map(|l| {
            // A count some outlet did not give is printed "at least N", as everywhere.
            let (outlets, people) = l.split_once(' ')?;
            let people = people.strip_prefix("at least ").unwrap_or(people);
            Some((outlets.parse().ok()?, people.parse().ok()?))
        })
        .collect();
    let chart = lines[heading + 1..]
        .iter()
        .map_while(|l| {
            let (label, people) = l.rsplit_once(' ')?;
            // The bar's figure says "at least N" where the table does.
            let label = label.strip_suffix(" at least").unwrap_or(label);
            Some((label.to_string(), people.parse().ok()?))
        })
        .collect();
    (table, chart)
}

#[test]
fn the_index_table_and_chart_count_each_archived_briefing_and_follow_an_added_one() {
    let dir = two_briefings();
    let data = dir.path().join("data");
    let first = present(&std::fs::read_to_string(data.join("almaty-2016-12-22.toml")).unwrap());
    let second = present(&std::fs::read_to_string(data.join("almaty-2017-03-23.toml")).unwrap());
    // The two differ (the second says 3 people came from one outlet), so an index that
    // swapped or repeated a row would fail.
    assert_ne!(first, second);
    let out = presskit(dir.path(), &["archive", "data", "--to", "archive"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let index = dir.path().join("archive/index.pdf");
    assert_eq!(
        index_numbers(&index),
        (
            vec![first, second],
            vec![
                ("22 December 2016".to_string(), first.1),
                ("23 March 2017".to_string(), second.1),
            ]
        )
    );
    let before = std::fs::read(&index).unwrap();

    // A third briefing, with more people than either: the index is made again, with its
    // row added last and the others as they were.
    let text = std::fs::read_to_string(REFERENCE)
        .unwrap()
        .replace("date = 2016-12-22", "date = 2017-06-22")
        .replace("outlet = \"KazTag\"", "outlet = \"KazTag\"\npeople = 9");
    let third = present(&text);
    assert_eq!(third, (first.0, first.1 + 8));
    std::fs::write(data.join("almaty-2017-06-22.toml"), &text).unwrap();
    let out = presskit(dir.path(), &["archive", "data", "--to", "archive"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        index_numbers(&index),
        (
            vec![first, second, third],
            vec![
                ("22 December 2016".to_string(), first.1),
                ("23 March 2017".to_string(), second.1),
                ("22 June 2017".to_string(), third.1),
            ]
        )
    );
    assert_ne!(std::fs::read(&index).unwrap(), before);
}

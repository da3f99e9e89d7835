//! Incremental builds through the real binary: a second `build` or `check` skips each
//! briefing whose inputs and documents did not change, says how many it skipped, and
//! makes again exactly those whose briefing, image, templates, options or documents
//! changed; `--force` makes everything.

use crate::common;

use common::{presskit, stderr};

use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The record's file name (see `presskit::output::uptodate`).
const RECORD: &str = presskit::output::uptodate::RECORD;

/// A folder `data/` holding the three sample briefings and their logo.
fn samples() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let data = dir.path().join("data");
    std::fs::create_dir_all(data.join("assets")).unwrap();
    for entry in std::fs::read_dir(&from).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "toml") {
            std::fs::copy(&path, data.join(entry.file_name())).unwrap();
        }
    }
    std::fs::copy(from.join("assets/logo.svg"), data.join("assets/logo.svg")).unwrap();
    dir
}

/// Runs `presskit build data -o out --verbose` plus `extra` in `dir`, which must
/// succeed; returns its stderr and the briefings it made (by stem), sorted.
fn build(dir: &Path, extra: &[&str]) -> (String, Vec<String>) {
    let mut args = vec!["build", "data", "-o", "out", "--verbose"];
    args.extend(extra);
    let out = presskit(dir, &args);
    assert!(out.status.success(), "{}", stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut made: Vec<String> = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("wrote out/"))
        .filter_map(|l| l.split('/').next())
        .map(String::from)
        .collect();
    made.sort();
    made.dedup();
    (stderr(&out), made)
}

/// The modification time of every file in a folder, by name, sorted.
fn times(folder: &Path) -> Vec<(PathBuf, SystemTime)> {
    let mut out: Vec<(PathBuf, SystemTime)> = std::fs::read_dir(folder)
        .unwrap()
        .flatten()
        .map(|e| (e.path(), e.metadata().unwrap().modified().unwrap()))
        .collect();
    out.sort();
    out
}

/// A change: what it is, how to make it, and the briefings it must make again.
type Case<'a> = (&'static str, Box<dyn Fn() + 'a>, Vec<&'static str>);

/// The Kazakh sample.
const KAZAKH: &str = "astana-2017-06-22-kk";
/// The reference briefing.
const REFERENCE: &str = "almaty-2016-12-22";
/// The Russian sample.
const RUSSIAN: &str = "almaty-2017-03-23-ru";

#[test]
fn a_second_build_skips_every_unchanged_briefing_and_touches_nothing() {
    let dir = samples();
    let (_, made) = build(dir.path(), &[]);
    assert_eq!(made.len(), 3, "{made:?}");
    let folder = dir.path().join("out").join(KAZAKH);
    assert!(
        folder.join(RECORD).is_file(),
        "no record beside the documents"
    );
    let before = times(&folder);
    let (err, made) = build(dir.path(), &[]);
    assert!(made.is_empty(), "made again: {made:?}");
    assert!(
        err.contains("built 3 briefings, 0 documents in out/, 3 up to date"),
        "{err}"
    );
    assert_eq!(times(&folder), before, "an up-to-date folder was written");
    let out = presskit(dir.path(), &["build", "data", "-o", "out", "--verbose"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&format!("data/{KAZAKH}.toml: up to date in out/{KAZAKH}")),
        "{stdout}"
    );
    // `check` trusts the records in out/ as well.
    let out = presskit(dir.path(), &["check", "data"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("checked 3 briefings, 3 up to date"),
        "{}",
        stderr(&out)
    );
    // --force makes everything again.
    let (err, made) = build(dir.path(), &["--force"]);
    assert_eq!(made.len(), 3, "{made:?}");
    assert!(!err.contains("up to date"), "{err}");
}

#[test]
fn each_kind_of_change_makes_its_briefing_again() {
    let dir = samples();
    build(dir.path(), &[]);
    let data = dir.path().join("data");
    let out = dir.path().join("out");
    let cases: Vec<Case> = vec![
        (
            "one byte of a briefing",
            Box::new(|| {
                let file = data.join(format!("{REFERENCE}.toml"));
                let text = std::fs::read_to_string(&file).unwrap();
                std::fs::write(&file, text + "\n").unwrap();
            }),
            vec![REFERENCE],
        ),
        (
            "the logo two briefings use",
            Box::new(|| {
                let logo = data.join("assets/logo.svg");
                let text = std::fs::read_to_string(&logo).unwrap();
                std::fs::write(&logo, text.replacen("<svg", "<svg data-edit=\"1\"", 1)).unwrap();
            }),
            vec![RUSSIAN, KAZAKH],
        ),
        (
            "a deleted document",
            Box::new(|| {
                std::fs::remove_file(out.join(RUSSIAN).join("name-tents.pdf")).unwrap();
            }),
            vec![RUSSIAN],
        ),
        (
            "an altered document",
            Box::new(|| {
                let pdf = out.join(KAZAKH).join("press-release.pdf");
                let mut bytes = std::fs::read(&pdf).unwrap();
                let last = bytes.len() - 2;
                bytes[last] ^= 1;
                std::fs::write(&pdf, bytes).unwrap();
            }),
            vec![KAZAKH],
        ),
        (
            "a deleted record",
            Box::new(|| {
                std::fs::remove_file(out.join(REFERENCE).join(RECORD)).unwrap();
            }),
            vec![REFERENCE],
        ),
        (
            "a template beside the briefings",
            Box::new(|| {
                let templates = data.join("templates");
                std::fs::create_dir_all(&templates).unwrap();
                std::fs::write(
                    templates.join("press-release.txt.hbs"),
                    "{{release.headline}}\n",
                )
                .unwrap();
            }),
            vec![REFERENCE, RUSSIAN, KAZAKH],
        ),
        (
            "that template edited",
            Box::new(|| {
                std::fs::write(
                    data.join("templates/press-release.txt.hbs"),
                    "{{release.headline}}!\n",
                )
                .unwrap();
            }),
            vec![REFERENCE, RUSSIAN, KAZAKH],
        ),
        ("nothing", Box::new(|| {}), vec![]),
    ];
    let mut failures = Vec::new();
    for (what, change, expected) in &cases {
        change();
        let (_, made) = build(dir.path(), &[]);
        let mut expected: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
        expected.sort();
        if made != expected {
            failures.push(format!(
                "after {what}: made {made:?}, expected {expected:?}"
            ));
        }
    }
    // Another paper: everything; back to A4: everything again.
    for paper in ["letter", "a4"] {
        let (_, made) = build(dir.path(), &["--paper", paper]);
        if made.len() != 3 {
            failures.push(format!("--paper {paper}: made {made:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_skipped_briefing_shows_its_warnings_again() {
    let dir = samples();
    let templates = dir.path().join("data/templates");
    std::fs::create_dir_all(&templates).unwrap();
    let release = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/press-release.typ.hbs"),
    )
    .unwrap();
    // Typst warns of a font family it does not know, and typesets on.
    std::fs::write(
        templates.join("press-release.typ.hbs"),
        format!("{release}\n#text(font: \"No Such Family\")[x]\n"),
    )
    .unwrap();
    let (err, made) = build(dir.path(), &[]);
    assert_eq!(made.len(), 3, "{made:?}");
    assert!(err.contains("No Such Family"), "{err}");
    // Skipped the second time, with the same warnings printed again.
    let (again, made) = build(dir.path(), &[]);
    assert!(made.is_empty(), "{made:?}");
    assert_eq!(
        again
            .lines()
            .filter(|l| l.contains("No Such Family"))
            .count(),
        err.lines().filter(|l| l.contains("No Such Family")).count(),
        "{again}"
    );
    assert!(dir.path().join("out").join(REFERENCE).join(RECORD).exists());
}

#[test]
fn the_record_is_the_same_for_the_same_inputs() {
    let dir = samples();
    for out in ["a", "b"] {
        let o = presskit(dir.path(), &["build", "data", "-o", out]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let record =
        |out: &str| std::fs::read(dir.path().join(out).join(REFERENCE).join(RECORD)).unwrap();
    assert!(
        record("a") == record("b"),
        "two builds wrote different records"
    );
    let text = String::from_utf8(record("a")).unwrap();
    assert!(
        !text.contains(&*dir.path().to_string_lossy()),
        "a path of the machine: {text}"
    );
}

#[test]
fn archive_skips_unchanged_briefings_and_still_refuses_a_change() {
    let dir = samples();
    let archive = |extra: &[&str]| {
        let mut args = vec!["archive", "data", "--to", "archive"];
        args.extend(extra);
        presskit(dir.path(), &args)
    };
    let first = archive(&[]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(
        stderr(&first).contains("3 new, 0 already archived"),
        "{}",
        stderr(&first)
    );
    let second = archive(&["--verbose"]);
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(
        stderr(&second).contains("0 new, 3 already archived (3 up to date)"),
        "{}",
        stderr(&second)
    );
    let stdout = String::from_utf8_lossy(&second.stdout);
    assert!(
        stdout.contains(&format!(
            "data/{KAZAKH}.toml is already archived, unchanged, in archive/{KAZAKH} (up to date)"
        )),
        "{stdout}"
    );
    // The records stay out of the archived folders: `verify` finds nothing extra.
    let verify = presskit(dir.path(), &["verify", "archive"]);
    assert!(verify.status.success(), "{}", stderr(&verify));
    assert!(stderr(&verify).is_empty(), "{}", stderr(&verify));
    // --force archives again: identical, so nothing changes, but nothing is skipped.
    let forced = archive(&["--force"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(
        !stderr(&forced).contains("up to date"),
        "{}",
        stderr(&forced)
    );
    // An edited briefing is not skipped: the archive refuses the change, as before.
    let file = dir.path().join("data").join(format!("{REFERENCE}.toml"));
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace("date = 2016-12-22", "date = 2016-12-23"),
    )
    .unwrap();
    let changed = archive(&[]);
    assert_eq!(changed.status.code(), Some(1), "{}", stderr(&changed));
    assert!(
        stderr(&changed).contains("already archived, and this run would change it"),
        "{}",
        stderr(&changed)
    );
}

#[test]
fn the_archive_index_is_rebuilt_only_when_the_archive_changed() {
    let dir = samples();
    let archive = |what: &str, extra: &[&str]| {
        let mut args = vec!["archive", what, "--to", "archive"];
        args.extend(extra);
        let out = presskit(dir.path(), &args);
        assert!(out.status.success(), "{}", stderr(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let wrote = "wrote archive/index.pdf";
    let fresh = "archive/index.pdf is up to date";
    let kazakh = format!("data/{KAZAKH}.toml");
    assert!(archive(&kazakh, &[]).contains(wrote));
    assert!(archive(&kazakh, &[]).contains(fresh));
    // Another briefing archived: the index lists it.
    assert!(archive("data", &[]).contains(wrote));
    assert!(archive("data", &[]).contains(fresh));
    // The index deleted, or altered: made again.
    let index = dir.path().join("archive/index.pdf");
    std::fs::remove_file(&index).unwrap();
    assert!(archive(&kazakh, &[]).contains(wrote));
    let mut bytes = std::fs::read(&index).unwrap();
    bytes.push(b'\n');
    std::fs::write(&index, bytes).unwrap();
    assert!(archive(&kazakh, &[]).contains(wrote));
    // A briefing folder removed by hand: made again, without it.
    std::fs::remove_dir_all(dir.path().join("archive").join(RUSSIAN)).unwrap();
    assert!(archive(&kazakh, &[]).contains(wrote));
    let text = common::squeeze(&common::pdf_text(&index));
    assert!(text.contains("Briefingsarchived:2"), "{text}");
    assert!(
        !text.contains("ЕленаОрлова"),
        "the removed briefing is still listed: {text}"
    );
    // --force rebuilds it whatever the record says.
    assert!(archive(&kazakh, &["--force"]).contains(wrote));
}

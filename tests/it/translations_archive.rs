//! A briefing told in three languages, archived and reported on (issue 32): the Russian
//! sample with its Kazakh translation and the English one of `translations`. Every
//! language's PDF/A goes into the briefing's one folder carrying the translation files;
//! `extract` gives them back byte for byte, `verify --repair` rebuilds a deleted Kazakh
//! PDF/A, and the index and `report` (PDF, CSV, workbook) count one briefing with its
//! languages, read back from what they wrote.

use std::path::Path;

use calamine::{Data, Reader, Xlsx};

use crate::common::{pdf_text, presskit, squeeze, stderr};
use crate::translations::{ENGLISH, STEM, sample};

/// The sample with its Kazakh and English translations, archived into `archive/`.
fn archived() -> tempfile::TempDir {
    let dir = sample();
    std::fs::write(dir.path().join(format!("{STEM}.en.toml")), ENGLISH).unwrap();
    let out = presskit(
        dir.path(),
        &["archive", &format!("{STEM}.toml"), "--to", "archive"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    dir
}

/// The files of the archived briefing's folder, sorted.
fn folder_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join("archive").join(STEM))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn every_language_is_archived_in_one_folder_and_restored_from_any_pdf() {
    let dir = archived();
    let names = folder_files(dir.path());
    // One folder: the briefing's documents, the Kazakh ones and the English release
    // (its bios and advisory texts not translated: no bios, kit or advisory); PDFs
    // only, the attendance summary and the door documents in the main language alone.
    assert_eq!(
        names,
        [
            "MANIFEST.sha256",
            "attendance-summary.pdf",
            "media-advisory.kk.pdf",
            "media-advisory.pdf",
            "name-tents.pdf",
            "press-kit.kk.pdf",
            "press-kit.pdf",
            "press-release.en.pdf",
            "press-release.kk.pdf",
            "press-release.pdf",
            "sign-in-sheet.pdf",
            "speaker-bios.kk.pdf",
            "speaker-bios.pdf",
        ]
    );
    assert_eq!(
        std::fs::read_dir(dir.path().join("archive"))
            .unwrap()
            .flatten()
            .filter(|e| e.path().is_dir() && !e.file_name().to_string_lossy().starts_with('.'))
            .count(),
        1,
        "one folder for the one event"
    );
    let kazakh = dir
        .path()
        .join("archive")
        .join(STEM)
        .join("press-release.kk.pdf");
    assert!(
        squeeze(&pdf_text(&kazakh)).contains("23наурыз"),
        "the Kazakh release in Kazakh"
    );
    let out = presskit(dir.path(), &["verify", "archive"]);
    assert!(out.status.success(), "{}", stderr(&out));

    // Any one PDF, even the English release, gives back every source byte for byte.
    let english = format!("archive/{STEM}/press-release.en.pdf");
    let out = presskit(dir.path(), &["extract", &english, "-o", "restored"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for name in [
        format!("{STEM}.toml"),
        format!("{STEM}.kk.toml"),
        format!("{STEM}.en.toml"),
        "assets/logo.svg".to_string(),
    ] {
        assert_eq!(
            std::fs::read(dir.path().join("restored").join(&name)).unwrap(),
            std::fs::read(dir.path().join(&name)).unwrap(),
            "{name} restored byte for byte"
        );
    }
    // Printed alone, the attached briefing is the briefing, not a translation.
    let out = presskit(dir.path(), &["extract", &english]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        out.stdout,
        std::fs::read(dir.path().join(format!("{STEM}.toml"))).unwrap()
    );
    // The restored folder archives into the same bytes, every language included.
    let out = presskit(
        dir.path(),
        &["archive", &format!("restored/{STEM}.toml"), "--to", "again"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    for name in &names {
        assert_eq!(
            std::fs::read(dir.path().join("again").join(STEM).join(name)).unwrap(),
            std::fs::read(dir.path().join("archive").join(STEM).join(name)).unwrap(),
            "{name} the same from the restored sources"
        );
    }

    // A Kazakh PDF/A deleted: verify names it, and --repair rebuilds it from the sources
    // the Russian PDFs carry (the English ones are damaged too, to be sure).
    let original = std::fs::read(&kazakh).unwrap();
    std::fs::remove_file(&kazakh).unwrap();
    let out = presskit(dir.path(), &["verify", "archive"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("press-release.kk.pdf is missing"),
        "{}",
        stderr(&out)
    );
    let out = presskit(dir.path(), &["verify", "--repair", "archive"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read(&kazakh).unwrap(), original);
    let out = presskit(dir.path(), &["verify", "archive"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

/// The rows of the sheet `name` of the workbook at `path`.
fn sheet(path: &Path, name: &str) -> Vec<Vec<Data>> {
    let mut book: Xlsx<_> = calamine::open_workbook(path).expect("an XLSX calamine reads");
    let range = book
        .worksheet_range(name)
        .unwrap_or_else(|e| panic!("no sheet {name}: {e}; sheets {:?}", book.sheet_names()));
    range.rows().map(<[Data]>::to_vec).collect()
}

#[test]
fn the_index_and_the_report_count_one_briefing_with_its_languages() {
    let dir = archived();
    // The index: one briefing, its languages under its title (in Russian, the
    // language of the archive's one briefing).
    let index = pdf_text(&dir.path().join("archive/index.pdf"));
    assert!(squeeze(&index).contains("вархиве:1"), "{index}");
    assert!(
        squeeze(&index).contains("Языки:казахский,русский,английский"),
        "{index}"
    );
    let out = presskit(
        dir.path(),
        &[
            "report",
            "archive",
            "-o",
            "report.pdf",
            "--csv",
            "report.csv",
            "--xlsx",
            "report.xlsx",
            "--language",
            "en",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let report = squeeze(&pdf_text(&dir.path().join("report.pdf")));
    assert!(
        report.contains("Languages:Kazakh,Russian,English"),
        "{report}"
    );
    assert_eq!(
        report.matches("Languages:").count(),
        1,
        "one row for the one briefing: {report}"
    );
    let csv = std::fs::read_to_string(dir.path().join("report.csv")).unwrap();
    let value = |indicator: &str| {
        csv.lines()
            .find_map(|l| l.strip_prefix(&format!("{indicator},")))
            .unwrap_or_else(|| panic!("no {indicator} in {csv}"))
            .to_string()
    };
    assert_eq!(value("\u{feff}Indicator"), "Value,Qualifier");
    assert_eq!(value("Briefings held"), "1,");
    assert_eq!(value("Briefings held: Russian"), "1,");
    // Attendance counted once, not once a language: the Russian sample's own numbers.
    assert_eq!(value("Journalists reached"), "11,at least");
    assert_eq!(value("Outlets reached"), "8,");
    assert_eq!(value("Outlets reached more than once"), "0,");
    assert!(!csv.contains("Briefings held: Kazakh"), "{csv}");
    for language in ["Russian", "English", "Kazakh"] {
        assert_eq!(
            value(&format!(
                "Briefings by language of their documents: {language}"
            )),
            "1,"
        );
    }
    let held = sheet(&dir.path().join("report.xlsx"), "Briefings held");
    assert_eq!(held.len(), 2, "a heading and one briefing: {held:?}");
    assert_eq!(held[0].last(), Some(&Data::String("Languages".into())));
    assert_eq!(
        held[1].last(),
        Some(&Data::String("Kazakh, Russian, English".into()))
    );
}

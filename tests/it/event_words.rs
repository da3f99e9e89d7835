//! Issue 31: the words that follow the event. A conference and a round table, in three
//! languages (`tests/briefings/conference-*.toml`), are never called a briefing in any
//! document, nor in the archive's index and the report; their fixed phrases take the
//! kind's own word in the case each phrase needs.

use std::path::Path;

use crate::common::{pdf_text, presskit, squeeze, stderr, untypeset};

/// The test briefings of this module, by stem.
const BRIEFINGS: [&str; 3] = ["conference-en", "conference-ru", "conference-kk"];

/// Copies the test briefing `stem` into `dir`.
fn copy(dir: &Path, stem: &str) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/briefings/{stem}.toml"));
    std::fs::copy(from, dir.join(format!("{stem}.toml"))).unwrap();
}

/// Every document of `folder` as text, by file name: PDFs read back, text and HTML as
/// written.
fn documents(folder: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let text = match name.rsplit_once('.').map(|(_, e)| e) {
            Some("pdf") => pdf_text(&entry.path()),
            Some("txt" | "html") => std::fs::read_to_string(entry.path()).unwrap(),
            _ => continue,
        };
        out.push((name, text));
    }
    assert!(out.len() >= 10, "{out:?}");
    out
}

/// Fails when `text` names a briefing in any of the three languages.
fn no_briefing(what: &str, text: &str) {
    let lower = text.to_lowercase();
    for word in ["briefing", "брифинг"] {
        assert!(!lower.contains(word), "{what} says {word:?}:\n{text}");
    }
}

#[test]
fn a_conference_is_never_called_a_briefing() {
    let dir = tempfile::tempdir().unwrap();
    for stem in BRIEFINGS {
        copy(dir.path(), stem);
    }
    let out = presskit(dir.path(), &["build", ".", "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for stem in BRIEFINGS {
        for (name, text) in documents(&dir.path().join("out").join(stem)) {
            no_briefing(&format!("{stem}/{name}"), &text);
        }
    }
    // Each phrase in the case it needs, read back from the kit.
    let kit = |stem: &str| {
        squeeze(&pdf_text(
            &dir.path().join(format!("out/{stem}/press-kit.pdf")),
        ))
        .to_lowercase()
    };
    assert!(kit("conference-ru").contains("программаконференции"));
    assert!(kit("conference-kk").contains("дөңгелекүстелбағдарламасы"));
    let read = |path: &str| untypeset(&std::fs::read_to_string(dir.path().join(path)).unwrap());
    let news = read("out/conference-kk/news-item.txt");
    assert!(
        news.contains("Дөңгелек үстелге БАҚ өкілдері қатысты"),
        "{news}"
    );
    assert!(news.contains("атты дөңгелек үстел өтті"), "{news}");
    let news = read("out/conference-ru/news-item.txt");
    assert!(news.contains("В конференции приняли участие"), "{news}");
    assert!(
        news.contains("Состоялась республиканская конференция"),
        "{news}"
    );

    // The overviews of an archive of conferences.
    let out = presskit(
        dir.path(),
        &["archive", "conference-ru.toml", "--to", "archive"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let index = pdf_text(&dir.path().join("archive/index.pdf"));
    no_briefing("index.pdf", &index);
    assert!(index.contains("Архив конференций"), "{index}");
    let out = presskit(
        dir.path(),
        &[
            "report",
            "archive",
            "-o",
            "report.pdf",
            "--csv",
            "report.csv",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let report = pdf_text(&dir.path().join("report.pdf"));
    no_briefing("report.pdf", &report);
    assert!(squeeze(&report).contains("Отчётоконференциях"), "{report}");
    let csv = std::fs::read_to_string(dir.path().join("report.csv")).unwrap();
    no_briefing("report.csv", &csv);
    assert!(csv.contains("Проведено конференций;1;"), "{csv}");
}

#[test]
fn an_archive_of_several_kinds_names_them_neutrally() {
    let dir = tempfile::tempdir().unwrap();
    copy(dir.path(), "conference-en");
    std::fs::copy(
        crate::common::REFERENCE,
        dir.path().join("almaty-2016-12-22.toml"),
    )
    .unwrap();
    let out = presskit(dir.path(), &["archive", ".", "--to", "archive"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let index = pdf_text(&dir.path().join("archive/index.pdf"));
    assert!(index.contains("Event archive"), "{index}");
    assert!(index.contains("Events archived: 2"), "{index}");
    no_briefing("index.pdf", &index);
}

#[test]
fn kazakh_fixed_words_are_as_an_editor_writes_them() {
    let dir = tempfile::tempdir().unwrap();
    copy(dir.path(), "conference-kk");
    let out = presskit(dir.path(), &["build", "conference-kk.toml", "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let read = |doc: &str| {
        squeeze(&pdf_text(&dir.path().join("out/conference-kk").join(doc))).to_lowercase()
    };
    let kit = read("press-kit.pdf");
    for word in [
        "Баспасөз материалдары",
        "Есептер мен зерттеулер",
        "Спикерлердің өмірбаяны",
    ] {
        assert!(kit.contains(&squeeze(word).to_lowercase()), "{word}: {kit}");
    }
    assert!(read("name-tents.pdf").contains("бүктеусызығы"));
    let advisory = read("media-advisory.pdf");
    assert!(
        advisory.contains("аккредиттеудіңсоңғымерзімі"),
        "{advisory}"
    );
    assert!(advisory.contains("спикерлер"), "{advisory}");
    let release = read("press-release.pdf");
    assert!(
        release.contains("эмбарго:жариялауғарұқсатетілетінуақыт"),
        "{release}"
    );
    // The words the editor struck out are nowhere.
    for (name, text) in documents(&dir.path().join("out/conference-kk")) {
        let text = squeeze(&text).to_lowercase();
        for old in [
            "баспасөзжинағы",
            "бүгусызығы",
            "баяндамалар",
            "сөзсөйлегендер",
        ] {
            assert!(!text.contains(old), "{name}: {old}");
        }
    }
}

//! PDF/UA-1 from the reader's side: every PDF presskit writes for the samples of `data/`
//! (the documents of `build`, the archive's index, the report) claims PDF/UA-1 and holds
//! what a screen reader announces and what the independent validators of
//! `.ci/validators` judge first: the claim in the XMP metadata, a title that viewers show
//! instead of the file name, the document's language, tags, table headers, every
//! figure's alternative text, and the language of a run in another script (an English
//! name in a Russian release). Read back in-process with `lopdf` (see `common::pdf`).

use std::path::{Path, PathBuf};

use crate::common::pdf::Structure;
use crate::common::pdf::tagged::Element;
use crate::common::{presskit, stderr};

/// The samples of `data/`, each with its language.
const SAMPLES: [(&str, &str); 3] = [
    ("almaty-2016-12-22", "en"),
    ("almaty-2017-03-23-ru", "ru"),
    ("astana-2017-06-22-kk", "kk"),
];

/// The samples' folder.
const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data");

/// The PDFs directly in `folder`, sorted.
fn pdfs(folder: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .collect();
    found.sort();
    found
}

/// Asserts that `pdf` claims PDF/UA-1 and holds what the claim promises, in `lang`.
fn assert_accessible(pdf: &Path, lang: &str) {
    let name = pdf.display();
    let structure = Structure::open(pdf);
    let xmp = structure.xmp().unwrap_or_else(|| panic!("{name}: no XMP"));
    assert!(
        xmp.contains("<pdfuaid:part>1</pdfuaid:part>") || xmp.contains("pdfuaid:part=\"1\""),
        "{name}: no PDF/UA-1 claim (pdfuaid:part 1) in the XMP:\n{xmp}"
    );
    let title = structure.info("Title").unwrap_or_default();
    assert!(!title.trim().is_empty(), "{name}: no title");
    assert!(
        xmp.contains("<dc:title>"),
        "{name}: no dc:title in the XMP:\n{xmp}"
    );
    assert_eq!(
        structure.viewer_preference("DisplayDocTitle"),
        Some(true),
        "{name}: viewers would show the file name, not the title {title:?}"
    );
    let document_lang = structure.catalog_text("Lang").unwrap_or_default();
    assert!(
        document_lang == lang || document_lang.starts_with(&format!("{lang}-")),
        "{name}: /Lang is {document_lang:?}, not {lang}"
    );
    assert!(structure.marked(), "{name}: /MarkInfo /Marked is not true");
    let roots = structure.structure();
    let elements: Vec<&Element> = roots.iter().flat_map(Element::all).collect();
    assert!(
        elements.iter().any(|e| e.kind == "Document") && elements.len() > 1,
        "{name}: nothing tagged under the document: {roots:?}"
    );
    for figure in elements.iter().filter(|e| e.kind == "Figure") {
        assert!(
            figure.alt.as_deref().is_some_and(|a| !a.trim().is_empty()),
            "{name}: a figure without alternative text"
        );
    }
    for table in elements.iter().filter(|e| e.kind == "Table") {
        assert!(
            table.all().iter().any(|e| e.kind == "TH"),
            "{name}: a table without header cells"
        );
    }
}

#[test]
fn every_pdf_of_build_claims_pdf_ua_1_with_its_title_and_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = presskit(dir.path(), &["build", DATA, "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for (stem, lang) in SAMPLES {
        let found = pdfs(&dir.path().join("out").join(stem));
        // A translation's documents (`press-release.kk.pdf`) are in its language.
        let language_of = |pdf: &std::path::Path| {
            let name = pdf.file_name().unwrap().to_string_lossy().into_owned();
            ["en", "ru", "kk"]
                .into_iter()
                .find(|code| name.ends_with(&format!(".{code}.pdf")))
        };
        // press-release, speaker-bios, attendance-summary, press-kit, media-advisory,
        // sign-in-sheet, name-tents.
        let main = found.iter().filter(|p| language_of(p).is_none()).count();
        assert_eq!(main, 7, "{stem}: {found:?}");
        for pdf in found {
            let language = language_of(&pdf).unwrap_or(lang);
            assert_accessible(&pdf, language);
        }
    }
}

#[test]
fn the_index_and_the_report_claim_pdf_ua_1_with_their_title_and_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = presskit(dir.path(), &["archive", DATA, "--to", "archive"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Briefings in three languages: the index and the report are in English.
    assert_accessible(&dir.path().join("archive/index.pdf"), "en");
    let out = presskit(
        dir.path(),
        &["report", "archive", "-o", "report.pdf", "--language", "kk"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_accessible(&dir.path().join("report.pdf"), "kk");
    for (stem, lang) in SAMPLES {
        for pdf in pdfs(&dir.path().join("archive").join(stem)) {
            // A translation's documents (`press-release.kk.pdf`) are in its language.
            let name = pdf.file_name().unwrap().to_string_lossy().into_owned();
            let translated = name.strip_suffix(".pdf").and_then(|n| n.rsplit_once('.'));
            assert_accessible(&pdf, translated.map_or(lang, |(_, code)| code));
        }
    }
}

/// A briefing of `language` (its fixed texts in that language's script) whose release's
/// one paragraph is `body`.
fn briefing(language: &str, body: &str) -> String {
    let (organization, title, city, headline) = match language {
        "en" => (
            "International Organization for Migration",
            "Labour migration",
            "Almaty",
            "Hotline",
        ),
        _ => (
            "Международная организация по миграции",
            "Трудовая миграция",
            "Алматы",
            "Горячая линия",
        ),
    };
    format!(
        "format = 1\n\n[organization]\nname = \"{organization}\"\n\n[event]\ntitle = \"{title}\"\n\
         date = 2017-03-23\ncity = \"{city}\"\nlanguage = \"{language}\"\n\n\
         [release]\nheadline = \"{headline}\"\nbody = [\"{body}\"]\n"
    )
}

/// How many marked-content spans of the release of `body` are in `lang`, and its text.
fn spans_in(dir: &Path, language: &str, body: &str, lang: &str) -> (usize, String) {
    std::fs::write(dir.join("b.toml"), briefing(language, body)).unwrap();
    let out = presskit(
        dir,
        &["build", "b.toml", "--only", "press-release", "--force"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let pdf = dir.join("out/b/press-release.pdf");
    let streams = Structure::open(&pdf).streams();
    let marker = format!("/Lang({lang})>>BDC");
    (
        streams.matches(&marker).count(),
        crate::common::pdf::text(&pdf),
    )
}

#[test]
fn an_english_name_in_a_russian_release_is_tagged_english_and_cyrillic_in_english_russian_or_kazakh()
 {
    let dir = tempfile::tempdir().unwrap();
    let russian = "Об этом сообщил журналистам глава представительства";
    let (none, _) = spans_in(dir.path(), "ru", &format!("{russian}."), "en");
    assert_eq!(
        none, 0,
        "a release without Latin letters has an English span"
    );
    let (some, text) = spans_in(
        dir.path(),
        "ru",
        &format!("{russian} Jean-Philippe Chauzy."),
        "en",
    );
    assert!(some >= 1, "the English name is not tagged English");
    assert!(text.contains("Chauzy"), "{text}");
    // In an English release, a Russian outlet's name is Russian, a Kazakh one Kazakh.
    let english = "Khabar (Хабар) and Egemen Qazaqstan (Егемен Қазақстан) reported it.";
    for lang in ["ru", "kk"] {
        let (count, text) = spans_in(dir.path(), "en", english, lang);
        assert!(count >= 1, "no span in {lang}: {text}");
    }
    let (count, _) = spans_in(
        dir.path(),
        "en",
        "Khabar and Egemen Qazaqstan reported it.",
        "ru",
    );
    assert_eq!(
        count, 0,
        "an English release without Cyrillic has a Russian span"
    );
}

#[test]
fn an_office_template_without_a_title_still_builds_unclaimed_and_is_told_what_to_add() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        crate::common::REFERENCE,
        dir.path().join("almaty-2016-12-22.toml"),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("mine")).unwrap();
    std::fs::write(
        dir.path().join("mine/name-tents.typ.hbs"),
        "{{> partials/style}}\nOUR TENTS\n",
    )
    .unwrap();
    let out = presskit(
        dir.path(),
        &[
            "build",
            "almaty-2016-12-22.toml",
            "--templates",
            "mine",
            "--only",
            "name-tents",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let message = stderr(&out);
    assert!(
        message.contains("mine/name-tents.typ.hbs")
            && message.contains("not written as accessible (PDF/UA-1)")
            && message.contains("#set document(title: [...])"),
        "{message}"
    );
    let pdf = dir.path().join("out/almaty-2016-12-22/name-tents.pdf");
    assert!(crate::common::pdf::text(&pdf).contains("OUR TENTS"));
    let xmp = Structure::open(&pdf).xmp().unwrap_or_default();
    assert!(
        !xmp.contains("pdfuaid"),
        "an untitled PDF claims PDF/UA:\n{xmp}"
    );
}

//! The Russian and Kazakh sample briefings in `data/`, built by the real binary and read
//! back in-process (`common::pdf`): localised dates and words, no English label, Kazakh letters, the
//! tenge sign and guillemets in every document, and a character no font covers refused
//! with its location.

use crate::common;

use common::{pdf_text, presskit};

use std::path::{Path, PathBuf};

/// The Russian sample briefing.
const RUSSIAN: &str = "almaty-2017-03-23-ru";
/// The Kazakh sample briefing (embargoed).
const KAZAKH: &str = "astana-2017-06-22-kk";

/// The PDFs of a briefing.
const PDFS: [&str; 4] = [
    "press-release.pdf",
    "speaker-bios.pdf",
    "attendance-summary.pdf",
    "press-kit.pdf",
];

/// The repository's `data/` folder.
fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// Builds one briefing of `data/` into a fresh folder; returns it and the output folder.
fn build(stem: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let input = data().join(format!("{stem}.toml"));
    let out = presskit(dir.path(), &["build", input.to_str().unwrap(), "-o", "out"]);
    assert!(
        out.status.success(),
        "{stem} does not build:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let folder = dir.path().join("out").join(stem);
    (dir, folder)
}

/// Lower-case text without white space or hyphens, so line breaks, hyphenation and
/// the templates' capitals do not matter.
fn squeeze(text: &str) -> String {
    common::squeeze(text).to_lowercase()
}

/// Asserts that `needle` is printed in `text`.
#[track_caller]
fn assert_printed(text: &str, needle: &str, what: &str) {
    assert!(
        squeeze(text).contains(&squeeze(needle)),
        "{what}: {needle:?} is not in the PDF text:\n{text}"
    );
}

/// A language file of `locales/`.
fn locale(code: &str) -> toml::Table {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{code}.toml"));
    std::fs::read_to_string(path).unwrap().parse().unwrap()
}

/// A fixed word of a language, with its `{placeholders}` filled.
fn word(locale: &toml::Table, key: &str, values: &[(&str, &str)]) -> String {
    let mut pattern = locale["words"][key].as_str().unwrap().to_string();
    // The samples are briefings: a phrase that names the event takes a briefing's word.
    for (form, value) in locale["event"]["briefing"].as_table().unwrap() {
        let Some(value) = value.as_str() else {
            continue;
        };
        let mut chars = value.chars();
        let capital: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        pattern = pattern
            .replace(&format!("{{event.{form}}}"), value)
            .replace(&format!("{{Event.{form}}}"), &capital);
    }
    values.iter().fold(pattern, |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}

/// The English labels that must not leak into another language's documents: every
/// English fixed word and kind of media, cut at its placeholders, of four letters or more.
fn english_labels() -> Vec<String> {
    let en = locale("en");
    let mut labels = Vec::new();
    for table in ["words", "kinds"] {
        // Nested tables (the names of languages) hold words too.
        let values = en[table]
            .as_table()
            .unwrap()
            .values()
            .flat_map(|v| match v {
                toml::Value::Table(t) => t.values().cloned().collect(),
                other => vec![other.clone()],
            });
        for value in values {
            for part in value.as_str().unwrap().split(['{', '}']) {
                let part = part.trim_matches(|c: char| !c.is_alphanumeric());
                if part.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 4
                    && !matches!(part, "name" | "role" | "organization" | "office" | "when")
                {
                    labels.push(part.to_string());
                }
            }
        }
    }
    assert!(labels.len() > 40, "too few labels: {labels:?}");
    labels
}

/// Asserts every document of a briefing speaks `code`: the date, the words each document
/// must print, and no English label.
fn assert_localised(stem: &str, code: &str, date: &str, timing: &str) {
    let (_dir, folder) = build(stem);
    let words = locale(code);
    let w = |key: &str| word(&words, key, &[]);
    let kind = |key: &str| words["kinds"][key].as_str().unwrap().to_string();
    let expected: [(&str, Vec<String>); 4] = [
        (
            "press-release.pdf",
            vec![
                w("press_release"),
                timing.to_string(),
                w("media_contact"),
                format!("{} 1 {}", w("page"), w("page_of")),
                w("end_mark"),
            ],
        ),
        (
            "speaker-bios.pdf",
            vec![
                w("speaker_bios"),
                // One page per speaker: the first of several.
                format!("{} 1 {}", w("page"), w("page_of")),
            ],
        ),
        (
            "attendance-summary.pdf",
            vec![
                w("attendance_summary"),
                w("outlets_present"),
                w("people_present"),
                w("by_kind"),
                w("full_list"),
                w("registered"),
                w("total"),
                kind("television"),
                kind("news_agency"),
                kind("freelance"),
            ],
        ),
        (
            "press-kit.pdf",
            vec![
                w("press_kit"),
                w("contents"),
                w("speaker_bios"),
                w("agenda"),
                w("topics"),
                w("programmes"),
                w("reports"),
                w("media_contact"),
                w("funders"),
                timing.to_string(),
            ],
        ),
    ];
    for (doc, needles) in expected {
        let text = pdf_text(&folder.join(doc));
        assert_printed(&text, date, &format!("{stem}/{doc}: date"));
        for needle in needles {
            assert_printed(&text, &needle, &format!("{stem}/{doc}: fixed word"));
        }
        // A release that runs past a page says so at the foot of every page but the last.
        let pages = text.matches('\u{c}').count();
        if doc == "press-release.pdf" && pages > 1 {
            assert_eq!(
                squeeze(&text).matches(&squeeze(&w("more"))).count(),
                pages - 1
            );
        }
    }
    // No document of the briefing, whatever it is, prints an English label.
    let english = english_labels();
    let mut checked = 0;
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "pdf") {
            continue;
        }
        let text = pdf_text(&path);
        let squeezed = squeeze(&text);
        for label in &english {
            assert!(
                !squeezed.contains(&squeeze(label)),
                "{}: the English label {label:?} leaked into a {code} document:\n{text}",
                path.display()
            );
        }
        checked += 1;
    }
    assert!(
        checked >= PDFS.len(),
        "only {checked} PDFs in {}",
        folder.display()
    );
    let plain = std::fs::read_to_string(folder.join("press-release.txt")).unwrap();
    assert_printed(&plain, &w("press_release"), "plain text");
    assert_printed(&plain, timing, "plain text");
}

#[test]
fn russian_briefing_builds_in_russian() {
    let ru = locale("ru");
    assert_localised(
        RUSSIAN,
        "ru",
        "23 марта 2017 г.",
        &word(&ru, "for_immediate_release", &[]),
    );
}

#[test]
fn kazakh_briefing_builds_in_kazakh_with_its_embargo() {
    let kk = locale("kk");
    assert_localised(
        KAZAKH,
        "kk",
        "2017 жылғы 22 маусым",
        &word(
            &kk,
            "embargoed_until",
            &[(
                "when",
                "2017 жылғы 22 маусым, 12:00 (жергілікті уақыт, UTC+06:00)",
            )],
        ),
    );
}

#[test]
fn datelines_open_the_release_in_the_briefing_language() {
    for (stem, dateline) in [
        (RUSSIAN, "АЛМАТЫ, 23 марта 2017 года —"),
        (KAZAKH, "АСТАНА, 2017 жылғы 22 маусым —"),
    ] {
        let (_dir, folder) = build(stem);
        let text = pdf_text(&folder.join("press-release.pdf")).replace('\u{a0}', " ");
        assert!(
            text.contains(dateline),
            "{stem}: no dateline {dateline:?}:\n{text}"
        );
    }
}

#[test]
fn kazakh_letters_tenge_and_guillemets_survive_in_every_document() {
    let (_dir, folder) = build(KAZAKH);
    for doc in PDFS {
        let text = pdf_text(&folder.join(doc));
        for c in "ӘҒҚҢӨҰҮҺІ".chars() {
            let lower = c.to_lowercase().next().unwrap();
            assert!(
                text.contains(c) || text.contains(lower),
                "{doc}: {c} ({lower}) is lost:\n{text}"
            );
        }
        for c in ['₸', '«', '»'] {
            assert!(text.contains(c), "{doc}: {c} is lost:\n{text}");
        }
    }
    // The capitals the templates make (release line, dateline) survive as capitals.
    let release = pdf_text(&folder.join("press-release.pdf"));
    for capitals in ["БАСПАСӨЗ РЕЛИЗІ", "АСТАНА", "ХКҰ"] {
        assert!(release.contains(capitals), "{capitals:?} lost:\n{release}");
    }
    let (_dir, folder) = build(RUSSIAN);
    for doc in PDFS {
        let text = pdf_text(&folder.join(doc));
        for c in ['«', '»'] {
            assert!(text.contains(c), "{RUSSIAN}/{doc}: {c} is lost:\n{text}");
        }
    }
}

#[test]
fn a_character_no_font_covers_fails_with_its_location() {
    let dir = tempfile::tempdir().unwrap();
    let source = std::fs::read_to_string(data().join(format!("{KAZAKH}.toml"))).unwrap();
    std::fs::create_dir(dir.path().join("assets")).unwrap();
    std::fs::copy(
        data().join("assets/logo.svg"),
        dir.path().join("assets/logo.svg"),
    )
    .unwrap();
    // Georgian: a script the shipped fonts do not cover, in a Kazakh quote.
    let needle = "\"Қаржылық сауаттылық мигранттарға";
    let broken = source.replacen(needle, "\"Қаржылық ქართული сауаттылық мигранттарға", 1);
    assert_ne!(broken, source, "the quote to break is not in the sample");
    let at = source.find(needle).unwrap();
    let line = source[..at].matches('\n').count() + 1;
    let column = source[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    let file = format!("{KAZAKH}.toml");
    std::fs::write(dir.path().join(&file), broken).unwrap();

    let out = presskit(dir.path(), &["build", &file, "-o", "out"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("{file}:{line}:{column}: error:")),
        "no location {file}:{line}:{column} in:\n{stderr}"
    );
    assert!(
        stderr.contains("U+10E5"),
        "the character is not named:\n{stderr}"
    );
    assert!(
        !dir.path().join("out").join(KAZAKH).exists(),
        "a failed briefing wrote output"
    );
}

#[test]
fn letter_paper_is_us_letter() {
    let dir = tempfile::tempdir().unwrap();
    let input = data().join(format!("{KAZAKH}.toml"));
    let out = presskit(
        dir.path(),
        &[
            "build",
            input.to_str().unwrap(),
            "-o",
            "out",
            "--paper",
            "letter",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for doc in PDFS {
        let sizes = common::pdf::page_sizes(&dir.path().join("out").join(KAZAKH).join(doc));
        assert!(
            !sizes.is_empty() && sizes.iter().all(|&size| size == (612, 792)),
            "{doc} is not Letter: {sizes:?}"
        );
    }
}

/// Text of one page (from 1) of a PDF.
fn page_text(path: &Path, page: usize) -> String {
    common::pdf::page_texts(path).swap_remove(page - 1)
}

#[test]
fn the_longest_values_stay_in_their_pages() {
    let long_name = "Халықаралық көші-қон ұйымының Орталық Азия, Оңтүстік Кавказ және Шығыс Еуропа елдеріндегі субөңірлік үйлестіру кеңсесінің бас өкілдігі";
    let long_title =
        "Мигранттардың ақша аударымдары: 2016 жылдың қорытындысы және ₸ бағамының әсері; "
            .repeat(3);
    let mut briefing: toml::Table = std::fs::read_to_string(data().join(format!("{KAZAKH}.toml")))
        .unwrap()
        .parse()
        .unwrap();
    let set = |table: &mut toml::Table, key: &str, value: String| {
        table.insert(key.to_string(), toml::Value::String(value));
    };
    let org = briefing["organization"].as_table_mut().unwrap();
    set(org, "name", long_name.to_string());
    set(org, "tagline", format!("{long_name} — {long_name}"));
    set(
        org,
        "website",
        "www.very-long-subdomain-of-the-organisation.international-organization-for-migration.int/central-asia/kazakhstan".to_string(),
    );
    let event = briefing["event"].as_table_mut().unwrap();
    set(event, "title", long_title.trim().to_string());
    let release = briefing["release"].as_table_mut().unwrap();
    set(release, "headline", long_title.trim().to_string());
    for speaker in briefing["speakers"].as_array_mut().unwrap() {
        let speaker = speaker.as_table_mut().unwrap();
        let name = speaker["name"].as_str().unwrap().to_string();
        set(
            speaker,
            "name",
            format!("{name}-Сарсенбаева-Жұмабекова-Төлеубайқызы"),
        );
        set(
            speaker,
            "honorific",
            "Профессор, PhD, құрметті доктор".to_string(),
        );
        let role = speaker["role"].as_str().unwrap().to_string();
        set(
            speaker,
            "role",
            format!("{role} және ").repeat(4) + "сарапшы",
        );
    }
    let speakers = briefing["speakers"].as_array().unwrap().len();

    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("assets")).unwrap();
    std::fs::copy(
        data().join("assets/logo.svg"),
        dir.path().join("assets/logo.svg"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("long.toml"),
        toml::to_string(&briefing).unwrap(),
    )
    .unwrap();
    let out = presskit(dir.path(), &["build", "long.toml", "-o", "out"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let folder = dir.path().join("out/long");
    let kk = locale("kk");

    // A page per speaker, none split across two: each one's name and the end of what is
    // printed of them (the bio's last words, else the role) are on one page.
    let bios = pdf_text(&folder.join("speaker-bios.pdf"));
    let pages: Vec<String> = bios.split('\u{c}').map(squeeze).collect();
    assert!(pages.len() - 1 <= speakers, "more pages than speakers");
    let page_of = |needle: &str| {
        let needle = squeeze(needle);
        pages.iter().position(|p| p.contains(&needle))
    };
    for speaker in briefing["speakers"].as_array().unwrap() {
        let name = speaker["name"].as_str().unwrap();
        let last = match speaker.get("bio").and_then(|b| b.as_array()) {
            Some(bio) => {
                let text = bio.last().unwrap().as_str().unwrap();
                let words: Vec<&str> = text.split_whitespace().collect();
                words[words.len().saturating_sub(3)..].join(" ")
            }
            None => speaker["role"].as_str().unwrap().to_string(),
        };
        let (start, end) = (page_of(name), page_of(&last));
        assert!(
            start.is_some() && start == end,
            "{name} is split: {start:?} {end:?} ({last:?})"
        );
    }
    let kit = folder.join("press-kit.pdf");
    assert!(
        squeeze(&page_text(&kit, 2)).contains(&squeeze(&word(&kk, "contents", &[]))),
        "the cover ran onto a second page"
    );
    let release = folder.join("press-release.pdf");
    let head = page_text(&release, 2);
    let first_line = head.lines().find(|l| !l.trim().is_empty()).unwrap();
    assert!(
        first_line.contains('…'),
        "the running head is not cut to one line: {first_line:?}"
    );
}

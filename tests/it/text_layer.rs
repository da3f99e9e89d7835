//! The words as written in the PDF's text layer (issue 30): what a journalist searches for
//! or copies out of a Russian or Kazakh release, kit or bios holds no soft hyphen (U+00AD,
//! the Kazakh syllables' break points), word joiner (U+2060, the joins of names and
//! ranges) or zero-width space (U+200B) inside a word, while the printed lines still
//! break at syllables and never inside a joined name. A line that ends in a hyphen
//! added by hyphenation carries U+00AD there, as the PDF specification asks (14.8.2.2.3),
//! so that a reader's search joins the word again. Read back with the tests' own reader
//! (glyphs' Unicode mappings) and with poppler's `pdftotext` (which also reads the
//! `ActualText` spans) where it is installed; the plain-text and web outputs likewise.

use crate::common;

use common::{pdf, presskit};

use std::path::{Path, PathBuf};
use std::process::Command;

/// The invisible characters that only say where a line may or may not break.
const MARKS: [char; 3] = ['\u{ad}', '\u{2060}', '\u{200b}'];

/// The briefings read: the two samples (the Russian one with its Kazakh translation) and
/// our own two of long names and hyphenated compounds.
const BRIEFINGS: [&str; 4] = [
    "data/astana-2017-06-22-kk.toml",
    "data/almaty-2017-03-23-ru.toml",
    "tests/briefings/typography-kk.toml",
    "tests/briefings/typography-ru.toml",
];

/// Builds a briefing of the repository into a fresh folder; its output folder.
fn build(briefing: &str) -> (tempfile::TempDir, PathBuf) {
    let input = Path::new(env!("CARGO_MANIFEST_DIR")).join(briefing);
    let dir = tempfile::tempdir().unwrap();
    let out = presskit(dir.path(), &["build", input.to_str().unwrap(), "-o", "out"]);
    assert!(out.status.success(), "{briefing}: {}", common::stderr(&out));
    let stem = input.file_stem().unwrap().to_string_lossy().into_owned();
    let folder = dir.path().join("out").join(stem);
    (dir, folder)
}

/// Every line of `text` (one line a printed line) where a mark stands, but for a soft
/// hyphen that ends a line, shown with the marks visible.
fn stray_marks(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| {
            let inner = line.strip_suffix('\u{ad}').unwrap_or(line);
            inner.contains(MARKS)
        })
        .map(shown)
        .collect()
}

/// [`stray_marks`] as a reader of glyphs alone sees them, whose text is each glyph's one
/// Unicode mapping: the hyphen's glyph reads U+00AD everywhere in a document whose first
/// hyphen drawn is one that hyphenation added (Typst maps that one to U+00AD, and the PDF
/// writer keeps a glyph's first mapping, marking the others with `ActualText`), so a
/// hyphen typed in the data (`аль-Фараби`, in `source`) may read U+00AD there.
fn stray_glyph_marks(text: &str, source: &str) -> Vec<String> {
    text.lines()
        .filter(|line| {
            let inner = line.strip_suffix('\u{ad}').unwrap_or(line);
            inner.split_whitespace().any(|token| {
                let token =
                    token.trim_matches(|c: char| !c.is_alphanumeric() && !MARKS.contains(&c));
                token.contains(['\u{2060}', '\u{200b}'])
                    || (token.contains('\u{ad}') && !source.contains(&token.replace('\u{ad}', "-")))
            })
        })
        .map(shown)
        .collect()
}

/// A line with its marks made visible.
fn shown(line: &str) -> String {
    line.replace('\u{ad}', "<U+00AD>")
        .replace('\u{2060}', "<U+2060>")
        .replace('\u{200b}', "<U+200B>")
}

/// The text as a search sees it: a line that ends in a hyphen joined to the next one,
/// once without the hyphen (hyphenation's, which the PDF maps to U+00AD; a reader of
/// glyphs alone may see `-`) and once with it (a compound broken after its own hyphen).
fn searchable(text: &str) -> [String; 2] {
    let joined = |keep: &str| {
        text.replace("\u{ad}\n", "")
            .replace("-\n", keep)
            .replace('\u{a0}', " ")
    };
    [joined(""), joined("-")]
}

/// The words (runs of two letters or more) of `values`.
fn words(values: &[String]) -> Vec<String> {
    let mut out: Vec<String> = values
        .iter()
        .flat_map(|v| {
            v.split(|c: char| !c.is_alphabetic())
                .filter(|w| w.chars().count() >= 2)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The text values of a briefing (or translation) file that the release and the bios
/// print as running text: the release's paragraphs and quotations, the speakers' bios.
fn running_texts(file: &Path) -> (Vec<String>, Vec<String>) {
    let data: toml::Table = std::fs::read_to_string(file).unwrap().parse().unwrap();
    let strings = |v: Option<&toml::Value>| -> Vec<String> {
        match v {
            Some(toml::Value::String(s)) => vec![s.clone()],
            Some(toml::Value::Array(a)) => a
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        }
    };
    let release = data.get("release");
    let mut release_texts = strings(release.and_then(|r| r.get("body")));
    if let Some(toml::Value::Array(quotes)) = release.and_then(|r| r.get("quotes")) {
        for q in quotes {
            release_texts.extend(strings(q.get("text")));
        }
    }
    let mut bios = Vec::new();
    if let Some(toml::Value::Array(speakers)) = data.get("speakers") {
        for s in speakers {
            bios.extend(strings(s.get("bio")));
        }
    }
    (release_texts, bios)
}

/// The words of `values` that no search of `text` finds.
fn missing(text: &str, values: &[String]) -> Vec<String> {
    let [without, with] = searchable(text);
    words(values)
        .into_iter()
        .filter(|w| !without.contains(w.as_str()) && !with.contains(w.as_str()))
        .collect()
}

/// The PDFs of a built briefing that print running text, in its language and in the
/// languages of its translations, each with the briefing or translation file it prints.
fn running_pdfs(folder: &Path, briefing: &str) -> Vec<(PathBuf, PathBuf)> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join(briefing);
    let mut out = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix(".pdf") else {
            continue;
        };
        let (document, language) = stem.split_once('.').unwrap_or((stem, ""));
        if !["press-release", "press-kit", "speaker-bios"].contains(&document) {
            continue;
        }
        let file = if language.is_empty() {
            source.clone()
        } else {
            source.with_extension(format!("{language}.toml"))
        };
        out.push((path, file));
    }
    out.sort();
    out
}

#[test]
fn releases_kits_and_bios_hold_the_words_as_written() {
    let mut faults = Vec::new();
    let mut read = 0;
    for briefing in BRIEFINGS {
        let (_dir, folder) = build(briefing);
        for (path, file) in running_pdfs(&folder, briefing) {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = pdf::text(&path);
            let source = std::fs::read_to_string(&file).unwrap();
            for line in stray_glyph_marks(&text, &source) {
                faults.push(format!("{briefing} {name}: a mark inside a line: {line}"));
            }
            let (release, bios) = running_texts(&file);
            let mut expected = Vec::new();
            if name.starts_with("press-release") || name.starts_with("press-kit") {
                expected.extend(release);
            }
            if name.starts_with("speaker-bios") || name.starts_with("press-kit") {
                expected.extend(bios);
            }
            assert!(!expected.is_empty(), "{briefing} {name}: nothing to search");
            for word in missing(&text, &expected) {
                faults.push(format!("{briefing} {name}: `{word}` is not found"));
            }
            read += 1;
        }
    }
    // Each briefing's release, kit and bios, and the Russian sample's Kazakh ones.
    assert!(read >= 15, "only {read} PDFs read");
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

#[test]
fn kazakh_running_text_is_still_hyphenated_and_names_still_joined() {
    // The marks left the text layer, not the layout: the Kazakh sample's release still
    // breaks lines inside words, at syllables, and joined names print whole.
    let (_dir, folder) = build("data/astana-2017-06-22-kk.toml");
    let text = pdf::text(&folder.join("press-release.pdf"));
    let broken: Vec<&str> = text
        .lines()
        .filter(|l| {
            l.ends_with(['\u{ad}', '-']) && l.chars().rev().nth(1).is_some_and(char::is_alphabetic)
        })
        .collect();
    assert!(
        broken.len() >= 3,
        "the Kazakh release breaks only {} lines inside a word:\n{text}",
        broken.len()
    );
    let [without, _] = searchable(&text);
    for word in ["аударымдары", "ХКҰ-ның", "2015–2016"] {
        assert!(without.contains(word), "`{word}` not found in:\n{without}");
    }
}

#[test]
fn pdftotext_reads_the_words_as_written() {
    if Command::new("pdftotext").arg("-v").output().is_err() {
        common::skip("poppler's `pdftotext` is not installed");
        return;
    }
    let mut faults = Vec::new();
    for briefing in BRIEFINGS {
        let (_dir, folder) = build(briefing);
        for (path, file) in running_pdfs(&folder, briefing) {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let out = Command::new("pdftotext")
                .args(["-enc", "UTF-8"])
                .arg(&path)
                .arg("-")
                .output()
                .unwrap();
            assert!(out.status.success(), "pdftotext {name}");
            let text = String::from_utf8(out.stdout).unwrap();
            for line in stray_marks(&text) {
                faults.push(format!("{briefing} {name}: a mark inside a line: {line}"));
            }
            let (release, bios) = running_texts(&file);
            let mut expected = Vec::new();
            if !name.starts_with("speaker-bios") {
                expected.extend(release);
            }
            if !name.starts_with("press-release") {
                expected.extend(bios);
            }
            for word in missing(&text, &expected) {
                faults.push(format!("{briefing} {name}: `{word}` is not found"));
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

#[test]
fn the_plain_text_and_web_outputs_hold_no_marks() {
    for briefing in BRIEFINGS {
        let (_dir, folder) = build(briefing);
        let mut read = 0;
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if !path.extension().is_some_and(|e| e == "txt" || e == "html") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let marked: Vec<String> = text
                .lines()
                .filter(|l| l.contains(MARKS))
                .map(shown)
                .collect();
            assert!(
                marked.is_empty(),
                "{briefing} {}: {marked:?}",
                path.display()
            );
            read += 1;
        }
        assert!(read >= 2, "{briefing}: no text or web output read");
    }
}

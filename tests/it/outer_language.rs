//! The commands after `build` speak the user's language too (issue 28): `report`,
//! `verify` of a damaged archive, `extract`, `mail`'s warnings, `templates vars` and an
//! out-of-memory run, each through the real binary in Russian and Kazakh, with no English
//! word outside keys, values, paths and commands; the archive's index and the report of
//! briefings in several languages in the user's; the note of a translation that only
//! needs filling in; a narrative's `**bold**` told at its place.

use crate::common;

use common::{REFERENCE, pdf_text, squeeze, stderr};

use std::path::{Path, PathBuf};
use std::process::Output;

/// English words a Russian or Kazakh line must not hold outside the format's words.
const ENGLISH: &[&str] = &[
    "the",
    "is",
    "a",
    "an",
    "of",
    "to",
    "in",
    "and",
    "or",
    "not",
    "with",
    "without",
    "write",
    "text",
    "file",
    "folder",
    "table",
    "error",
    "hint",
    "warning",
    "note",
    "this",
    "are",
    "be",
    "written",
    "wrote",
    "number",
    "list",
    "here",
    "it",
    "its",
    "on",
    "line",
    "archived",
    "reported",
    "briefing",
    "briefings",
    "draft",
    "drafts",
    "into",
    "next",
    "memory",
    "needed",
    "more",
    "than",
    "allows",
    "run",
    "stopped",
    "typesetting",
    "verified",
    "intact",
    "damaged",
    "restored",
    "empty",
    "yes",
    "no",
    "items",
    "item",
    "period",
    "report",
    "would",
    "fill",
];

/// The folder of the shipped briefings.
fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// A folder holding a copy of the reference briefing as `b.toml`.
fn reference() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(REFERENCE, dir.path().join("b.toml")).unwrap();
    dir
}

/// presskit with `args` in `dir`, speaking `language`.
fn run(dir: &Path, language: &str, args: &[&str]) -> Output {
    common::command(dir, args)
        .env("PRESSKIT_LANG", language)
        .output()
        .unwrap()
}

/// Stdout and stderr together, as a person reads them.
fn said(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(out))
}

/// The words of `line` outside backticks, quotes and anything that names a file, a path,
/// an option or a key (a word holding `/`, `.`, `-`, `_`, `[` or `=`).
fn plain_words(line: &str) -> Vec<String> {
    let mut out = String::new();
    let mut inside: Option<char> = None;
    for c in line.chars() {
        match (inside, c) {
            (None, '`' | '"' | '«') => inside = Some(if c == '«' { '»' } else { c }),
            (Some(close), c) if c == close => inside = None,
            (None, c) => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace()
        .filter(|w| {
            let w = w.trim_end_matches([',', ';', ':', ')', '!', '?']);
            !w.contains(['/', '.', '-', '_', '[', '=', '@'])
        })
        .flat_map(|w| {
            w.split(|c: char| !c.is_alphanumeric())
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Checks that every line of `text` is in a Cyrillic language with no English word.
#[track_caller]
fn in_cyrillic(what: &str, language: &str, text: &str) {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('|'))
        .filter(|l| {
            !l.trim_start()
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        })
        .collect();
    assert!(!lines.is_empty(), "{what} ({language}): nothing said");
    for line in lines {
        for word in plain_words(line) {
            assert!(
                !ENGLISH.contains(&word.to_lowercase().as_str()),
                "{what} ({language}): the English word {word:?} in {line:?}\n{text}"
            );
        }
    }
}

#[test]
fn an_out_of_memory_run_is_reported_in_the_users_language() {
    let dir = reference();
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("press-release.typ.hbs"),
        "#(\"x\" * 100000000000)\n",
    )
    .unwrap();
    let args = ["build", "b.toml", "-o", "out", "--max-memory", "512"];
    for (language, words) in [
        (
            "ru",
            [
                "presskit: ошибка: вёрстка press-release",
                "не хватило памяти",
                "подсказка:",
            ],
        ),
        (
            "kk",
            ["presskit: қате: press-release", "жад жетпеді", "кеңес:"],
        ),
        (
            "en",
            [
                "presskit: error: typesetting press-release",
                "needed more memory than --max-memory allows (512 MiB; 95367 MiB at once)",
                "hint: a template",
            ],
        ),
    ] {
        let out = run(dir.path(), language, &args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{language}: {err}");
        for w in words {
            assert!(err.contains(w), "{language}: no {w:?} in {err}");
        }
        if language != "en" {
            assert!(err.contains("(512 МиБ;"), "{language}: {err}");
            in_cyrillic("out of memory", language, &err);
        }
        assert!(!dir.path().join("out").exists(), "{language}");
    }
}

#[test]
fn templates_vars_names_its_types_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    for (language, text, list) in [("ru", "текст", "список"), ("kk", "мәтін", "тізім")]
    {
        let out = run(dir.path(), language, &["templates", "vars"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let listed = String::from_utf8_lossy(&out.stdout);
        let line = |path: &str| {
            listed
                .lines()
                .find(|l| l.trim_start().starts_with(&format!("{path} ")))
                .unwrap_or_else(|| panic!("{language}: no {path} in {listed}"))
                .to_string()
        };
        let name = line("organization.name");
        assert!(name.contains(&format!("  {text} ")), "{language}: {name}");
        assert!(line("speakers").contains(list), "{language}: {listed}");
        assert!(
            !listed
                .lines()
                .any(|l| l.contains("  text ") || l.contains(" items")),
            "{language}: {listed}"
        );
    }
}

#[test]
fn mail_says_what_it_wrote_and_warns_in_the_users_language() {
    let dir = reference();
    let briefing = dir.path().join("b.toml");
    let text = std::fs::read_to_string(&briefing).unwrap();
    let text = text.replacen(
        "[organization]\n",
        "[organization]\nemail = \"press@example.org\"\n",
        1,
    );
    std::fs::write(&briefing, text).unwrap();
    std::fs::write(
        dir.path().join("list.csv"),
        "name,email,phone\nAigerim Ospanova,a@example.kz,1\nAsel Bekova,a@example.kz,2\n",
    )
    .unwrap();
    let args = ["mail", "b.toml", "--media-list", "list.csv", "-o", "out"];
    for (language, wrote) in [
        ("ru", "записано черновиков писем: 1"),
        ("kk", "жазылған хат жобасы: 1"),
    ] {
        let out = run(dir.path(), language, &args);
        let text = said(&out);
        assert!(out.status.success(), "{language}: {text}");
        assert!(text.contains(wrote), "{language}: {text}");
        assert!(
            text.contains("list.csv:"),
            "{language}: the warnings' place: {text}"
        );
        in_cyrillic("mail", language, &text);
    }
}

#[test]
fn archive_extract_verify_and_report_speak_russian_and_kazakh() {
    let dir = reference();
    let out = run(dir.path(), "ru", &["archive", "b.toml"]);
    let text = said(&out);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("b.toml сдан в архив: archive/b"), "{text}");
    in_cyrillic("archive", "ru", &text);

    for language in ["ru", "kk"] {
        // extract: what it restored and what to run next.
        let restored = format!("restored-{language}");
        let out = run(
            dir.path(),
            language,
            &["extract", "archive/b/press-release.pdf", "-o", &restored],
        );
        let text = said(&out);
        assert!(out.status.success(), "{language}: {text}");
        assert!(text.contains("`presskit archive "), "{language}: {text}");
        in_cyrillic("extract", language, &text);
        // extract of a build's PDF: refused, with the hint in the user's words.
        let out = run(dir.path(), language, &["extract", "archive/index.pdf"]);
        assert_eq!(out.status.code(), Some(1), "{language}");
        in_cyrillic("extract refused", language, &stderr(&out));

        // report: an empty period refused, then a report with a narrative in bold.
        let out = run(dir.path(), language, &["report", "--from", "2030-01-01"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{language}: {err}");
        assert!(err.contains("2030-01-01"), "{language}: {err}");
        in_cyrillic("report refused", language, &err);
        std::fs::write(
            dir.path().join("n.md"),
            "# Итоги\n\nБыло **важно** и **срочно**.\n",
        )
        .unwrap();
        let pdf = format!("report-{language}.pdf");
        let out = run(
            dir.path(),
            language,
            &["report", "--narrative", "n.md", "-o", &pdf],
        );
        let text = said(&out);
        assert!(out.status.success(), "{language}: {text}");
        assert!(
            text.contains("n.md:3:6: "),
            "{language}: the bold told at its place: {text}"
        );
        in_cyrillic("report", language, &text);
    }

    // verify of a damaged archive, then its repair.
    let kit = dir.path().join("archive/b/press-kit.pdf");
    let mut bytes = std::fs::read(&kit).unwrap();
    let at = bytes.len() / 2;
    bytes[at] ^= 0xff;
    std::fs::write(&kit, bytes).unwrap();
    for language in ["ru", "kk"] {
        let out = run(dir.path(), language, &["verify"]);
        let text = said(&out);
        assert_eq!(out.status.code(), Some(1), "{language}: {text}");
        in_cyrillic("verify", language, &text);
    }
    let out = run(dir.path(), "kk", &["verify", "--repair"]);
    let text = said(&out);
    assert!(out.status.success(), "{text}");
    in_cyrillic("verify --repair", "kk", &text);
}

#[test]
fn an_index_and_a_report_of_several_languages_are_in_the_most_common_for_every_user() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "almaty-2017-03-23-ru.toml",
        "astana-2017-06-22-kk.toml",
        "almaty-2016-12-22.toml",
    ] {
        std::fs::copy(data().join(name), dir.path().join(name)).unwrap();
    }
    // A second Kazakh briefing: Kazakh is then the most common language of the archive.
    let kazakh = std::fs::read_to_string(data().join("astana-2017-06-22-kk.toml")).unwrap();
    assert!(kazakh.contains("date = 2017-06-22"));
    std::fs::write(
        dir.path().join("astana-2017-09-14-kk.toml"),
        kazakh.replace("date = 2017-06-22", "date = 2017-09-14"),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("assets")).unwrap();
    std::fs::copy(
        data().join("assets/logo.svg"),
        dir.path().join("assets/logo.svg"),
    )
    .unwrap();
    let out = run(dir.path(), "ru", &["archive", "."]);
    assert!(out.status.success(), "{}", stderr(&out));
    let index = squeeze(&pdf_text(&dir.path().join("archive/index.pdf")));
    assert!(index.contains("Мұрағат"), "a Kazakh index: {index}");
    // The same report, byte for byte, whoever makes it: it follows the archive alone.
    let mut reports = Vec::new();
    for language in ["kk", "ru", "en"] {
        let pdf = format!("report-{language}.pdf");
        let out = run(dir.path(), language, &["report", "-o", &pdf]);
        assert!(out.status.success(), "{}", stderr(&out));
        let text = squeeze(&pdf_text(&dir.path().join(&pdf)));
        assert!(text.contains("Тілдербойынша"), "{language}: {text}");
        reports.push(std::fs::read(dir.path().join(&pdf)).unwrap());
    }
    assert!(
        reports.windows(2).all(|w| w[0] == w[1]),
        "the reports differ"
    );
    // --language chooses another.
    let out = run(
        dir.path(),
        "kk",
        &["report", "--language", "ru", "-o", "report-asked.pdf"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = squeeze(&pdf_text(&dir.path().join("report-asked.pdf")));
    assert!(text.contains("Поязыкам"), "{text}");
}

#[test]
fn a_translation_written_by_translate_is_told_to_be_filled_in() {
    let dir = tempfile::tempdir().unwrap();
    let name = "almaty-2017-03-23-ru.toml";
    std::fs::copy(data().join(name), dir.path().join(name)).unwrap();
    std::fs::create_dir(dir.path().join("assets")).unwrap();
    std::fs::copy(
        data().join("assets/logo.svg"),
        dir.path().join("assets/logo.svg"),
    )
    .unwrap();
    let out = run(dir.path(), "en", &["translate", name, "--to", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let build = ["build", name, "-o", "out", "--only", "press-release"];
    for (language, fill) in [
        (
            "en",
            "texts named above, left empty in almaty-2017-03-23-ru.en.toml, then build again",
        ),
        (
            "ru",
            "заполните в almaty-2017-03-23-ru.en.toml пустые тексты (",
        ),
        (
            "kk",
            "almaty-2017-03-23-ru.en.toml ішінде жоғарыда аталған бос мәтіндерді (",
        ),
    ] {
        let out = run(dir.path(), language, &build);
        let err = stderr(&out);
        assert!(out.status.success(), "{language}: {err}");
        assert!(err.contains(fill), "{language}: {err}");
        assert!(!err.contains("presskit translate"), "{language}: {err}");
    }
    // A file that lacks texts (one removed by hand) still points to `translate`.
    let file = dir.path().join("almaty-2017-03-23-ru.en.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("headline ="))
        .collect();
    assert_ne!(kept.len(), text.lines().count(), "no headline in {text}");
    std::fs::write(&file, kept.join("\n")).unwrap();
    let out = run(dir.path(), "en", &build);
    let err = stderr(&out);
    assert!(err.contains("`presskit translate "), "{err}");
}

#[test]
fn a_path_into_a_speaker_or_an_outlet_names_it_in_every_language_at_the_same_place() {
    let dir = reference();
    let text = std::fs::read_to_string(dir.path().join("b.toml")).unwrap();
    let text = text
        .replacen(
            "role = \"Chief of Mission",
            "role = 5 # \"Chief of Mission",
            1,
        )
        .replacen("kind = \"print\"", "kind = \"newspaper\"", 1);
    std::fs::write(dir.path().join("b.toml"), &text).unwrap();
    let mut places = Vec::new();
    for language in ["en", "ru", "kk"] {
        let out = run(dir.path(), language, &["check", "b.toml"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{language}: {err}");
        let told: Vec<&str> = err.lines().filter(|l| l.starts_with("b.toml:")).collect();
        assert!(
            told.iter()
                .any(|l| l.contains(": speakers[1].role (\"Dejan Keserovic\")")),
            "{language}: {err}"
        );
        assert!(
            told.iter()
                .any(|l| l.contains(": attendance[4].kind (\"Vremya\"): `newspaper`")),
            "{language}: {err}"
        );
        places.push(
            told.iter()
                .map(|l| l.splitn(4, ':').take(3).collect::<Vec<_>>().join(":"))
                .collect::<Vec<_>>(),
        );
    }
    assert!(places.windows(2).all(|w| w[0] == w[1]), "{places:?}");
}

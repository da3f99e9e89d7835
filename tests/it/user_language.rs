//! presskit speaks the user's language: `PRESSKIT_LANG`, else the locale, else English;
//! the same place and the same "write …" line in every language; plural forms; `--help`;
//! and no code that decides by reading a message's words.

use std::path::Path;
use std::process::Output;

use crate::common;

/// Runs presskit in `dir` with the environment `env` (and no `PRESSKIT_LANG` or locale
/// variable of the machine's own).
fn run_with(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = common::command(dir, args);
    for name in ["PRESSKIT_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command.envs(env.iter().copied());
    command.output().expect("the binary runs")
}

/// Words of English sentences that no Russian or Kazakh message may hold outside its
/// backticks (keys, values, commands).
const ENGLISH: [&str; 12] = [
    " the ",
    " is ",
    " not ",
    " and ",
    " of ",
    " write ",
    " did you ",
    " error:",
    " hint:",
    " warning:",
    " briefing ",
    " folder ",
];

/// `text` without what stands between backticks and without the lines that quote the
/// file (`7 | [organisation]`).
fn words_only(text: &str) -> String {
    text.lines()
        .filter(|l| {
            !l.trim_start()
                .starts_with(|c: char| c.is_ascii_digit() || c == '|')
        })
        .map(|l| l.split('`').step_by(2).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A copy of the reference briefing with `[organization]` misspelt.
fn misspelt(dir: &Path) {
    let text = std::fs::read_to_string(common::REFERENCE).unwrap();
    let text = text.replacen("[organization]", "[organisation]", 1);
    std::fs::write(dir.join("b.toml"), text).unwrap();
}

#[test]
fn an_error_reads_in_russian_and_kazakh_at_the_same_place_as_in_english() {
    let dir = tempfile::tempdir().unwrap();
    misspelt(dir.path());
    let said = |lang: &str| {
        let out = run_with(dir.path(), &["check", "b.toml"], &[("PRESSKIT_LANG", lang)]);
        assert_eq!(out.status.code(), Some(1), "{lang}");
        common::stderr(&out)
    };
    let (en, ru, kk) = (said("en"), said("ru"), said("kk"));
    let place = |text: &str| {
        text.lines()
            .next()
            .unwrap()
            .split(": ")
            .next()
            .unwrap()
            .to_string()
    };
    assert!(en.contains("error: `organisation` is not a table"), "{en}");
    assert!(en.contains("did you mean `organization`?"), "{en}");
    for (text, error, letters) in [(&ru, "ошибка", "таблицы"), (&kk, "қате", "кесте")]
    {
        assert_eq!(place(text), place(&en), "{text}");
        assert!(text.contains(error) && text.contains(letters), "{text}");
        assert!(
            text.contains("`organization`"),
            "the fix is the same: {text}"
        );
        let words = words_only(text.lines().take(1).collect::<Vec<_>>().join("\n").as_str());
        for english in ENGLISH {
            assert!(!words.contains(english), "{english:?} in {text}");
        }
    }
}

#[test]
fn the_locale_chooses_kazakh_and_presskit_lang_comes_first() {
    let dir = tempfile::tempdir().unwrap();
    misspelt(dir.path());
    let kazakh = run_with(dir.path(), &["check", "b.toml"], &[("LANG", "kk_KZ.UTF-8")]);
    assert!(
        common::stderr(&kazakh).contains("қате:"),
        "{}",
        common::stderr(&kazakh)
    );
    let russian = run_with(
        dir.path(),
        &["check", "b.toml"],
        &[("LANG", "kk_KZ.UTF-8"), ("PRESSKIT_LANG", "ru")],
    );
    assert!(
        common::stderr(&russian).contains("ошибка:"),
        "{}",
        common::stderr(&russian)
    );
    let english = run_with(dir.path(), &["check", "b.toml"], &[("LANG", "C.UTF-8")]);
    assert!(
        common::stderr(&english).contains("error:"),
        "{}",
        common::stderr(&english)
    );
}

#[test]
fn build_help_is_russian_with_its_options_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_with(dir.path(), &["build", "--help"], &[("PRESSKIT_LANG", "ru")]);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(
        help.contains("Использование:") && help.contains("Параметры:"),
        "{help}"
    );
    assert!(
        help.contains("--output") && help.contains("--paper"),
        "{help}"
    );
    assert!(help.contains("[по умолчанию: out]"), "{help}");
    for english in ["Usage", "Options", "Print help", "Where to write"] {
        assert!(!help.contains(english), "{english} in {help}");
    }
}

#[test]
fn the_closing_line_counts_in_each_languages_words() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a", "b"] {
        std::fs::copy(common::REFERENCE, dir.path().join(format!("{name}.toml"))).unwrap();
    }
    let out = run_with(
        dir.path(),
        &["check", "a.toml", "b.toml"],
        &[("PRESSKIT_LANG", "ru")],
    );
    assert!(out.status.success(), "{}", common::stderr(&out));
    let said = common::stderr(&out);
    assert!(said.contains("проверено брифингов: 2"), "{said}");
    // The time with a decimal comma, as Russian writes it: "(0,42 с)".
    let time = said
        .rsplit_once(" (")
        .and_then(|(_, t)| t.trim_end().strip_suffix(" с)"))
        .unwrap_or_else(|| panic!("no time in: {said}"));
    let (whole, part) = time
        .split_once(',')
        .unwrap_or_else(|| panic!("no decimal comma in {time:?}: {said}"));
    assert!(
        whole.chars().all(|c| c.is_ascii_digit()) && part.len() == 2,
        "{time:?}"
    );
    let out = run_with(
        dir.path(),
        &["check", "a.toml", "b.toml"],
        &[("PRESSKIT_LANG", "en")],
    );
    assert!(
        common::stderr(&out).contains("checked 2 briefings"),
        "{}",
        common::stderr(&out)
    );
}

/// Every Rust file under `dir`.
fn sources(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn no_code_decides_by_reading_a_messages_words() {
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let reads = [
        ".message.contains(",
        ".message.starts_with(",
        ".message.ends_with(",
        ".message ==",
        ".message.en().contains(",
        ".message.en().starts_with(",
        ".message.en().ends_with(",
        ".message.to_string().contains(",
    ];
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // Tests may read the words they expect; the code above them may not.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            let squeezed: String = line.split_whitespace().collect::<Vec<_>>().join(" ");
            if reads.iter().any(|r| squeezed.contains(r)) {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "code reads a message's words:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_command_lines_refusals_are_told_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let refused = |args: &[&str], lang: &str| {
        let out = run_with(dir.path(), args, &[("PRESSKIT_LANG", lang)]);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        common::stderr(&out)
    };
    let typo = refused(&["biuld"], "ru");
    assert!(typo.contains("ошибка: команды `biuld` нет"), "{typo}");
    assert!(typo.contains("`build`"), "{typo}");
    let missing = refused(&["mail", "b.toml"], "kk");
    assert!(
        missing.contains("қате:") && missing.contains("--media-list"),
        "{missing}"
    );
    let jobs = refused(&["build", "--jobs", "0"], "ru");
    assert!(jobs.contains("напишите число потоков от 1 до"), "{jobs}");
    for text in [&typo, &missing, &jobs] {
        for english in ["error:", "unrecognized", "required", "For more information"] {
            assert!(!text.contains(english), "{english} in {text}");
        }
    }
    assert!(refused(&["biuld"], "en").contains("error: there is no command `biuld`"));
    // A paper size typed in capitals is the same size.
    let out = run_with(dir.path(), &["check", "--paper", "A4", "none.toml"], &[]);
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    assert!(
        common::stderr(&out).contains("no such file"),
        "{}",
        common::stderr(&out)
    );
}

//! The briefing's mistakes told in the user's language (issue 28): each broken briefing run
//! through the real binary in English, Russian and Kazakh tells the same place and the same
//! literal line to write, the words in the language chosen (Cyrillic, no English word
//! outside keys, values and paths); `LANG=kk_KZ.UTF-8` alone picks Kazakh; the near misses
//! of a person's own words (`газета`, `ТВ`, `kz`, a path from the disk).

use crate::common;

use common::{REFERENCE, stderr};

use std::path::{Path, PathBuf};
use std::process::Output;

/// Words of English that a Russian or Kazakh message must not hold outside its keys,
/// values, paths and the literal line to write.
pub(crate) const ENGLISH: &[&str] = &[
    "the", "is", "a", "an", "of", "to", "in", "and", "or", "not", "with", "without", "write",
    "text", "quote", "quotes", "file", "folder", "table", "key", "keys", "did", "you", "mean",
    "error", "hint", "warning", "note", "this", "are", "be", "written", "dates", "times", "number",
    "list", "here", "it", "its", "on", "line", "media",
];

/// One broken briefing: the reference with `from` replaced by `to`.
struct Broken {
    /// What the case is.
    name: &'static str,
    /// Text of the reference to replace (its first occurrence).
    from: &'static str,
    /// What to put there.
    to: &'static str,
}

/// Mistakes a person makes in the briefing, each told with a line to write or a hint.
const BROKEN: &[Broken] = &[
    Broken {
        name: "curly quotes",
        from: "role = \"National Officer\"",
        to: "role = “National Officer”",
    },
    Broken {
        name: "a path from the disk",
        from: "short_name = \"IOM\"",
        to: "short_name = \"IOM\"\nlogo = \"C:\\Users\\aliya\\logo.png\"",
    },
    Broken {
        name: "date with dots",
        from: "date = 2016-12-22",
        to: "date = 22.12.2016",
    },
    Broken {
        name: "no quotes",
        from: "title = \"Labour migration\"",
        to: "title = Labour migration",
    },
    Broken {
        name: "no for false",
        from: "outlet = \"Vremya\"\nkind = \"print\"",
        to: "outlet = \"Vremya\"\nkind = \"print\"\npresent = нет",
    },
    Broken {
        name: "unknown key",
        from: "outlet = \"Vremya\"",
        to: "outlett = \"Vremya\"",
    },
    Broken {
        name: "unknown table",
        from: "[release]",
        to: "[releases]",
    },
    Broken {
        name: "missing closing quote",
        from: "title = \"Labour migration\"",
        to: "title = \"Labour migration",
    },
    Broken {
        name: "time with a dot",
        from: "date = 2016-12-22",
        to: "date = 2016-12-22\ntime = 11.00",
    },
    Broken {
        name: "a kind in English words",
        from: "kind = \"print\"",
        to: "kind = \"newspaper\"",
    },
    Broken {
        name: "a number in words",
        from: "year = 2014",
        to: "year = \"2014\"",
    },
    Broken {
        name: "an image that is not there",
        from: "short_name = \"IOM\"",
        to: "short_name = \"IOM\"\nlogo = \"logo.png\"",
    },
    Broken {
        name: "a year no briefing has",
        from: "date = 2016-12-22",
        to: "date = 1816-12-22",
    },
    Broken {
        name: "no format",
        from: "format = ",
        to: "formats = ",
    },
    Broken {
        name: "a list written as one table",
        from: "[[topics]]",
        to: "[topics]",
    },
];

/// Writes `text` as `b.toml` in a new folder.
fn folder_with(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("b.toml");
    std::fs::write(&file, text).unwrap();
    (dir, file)
}

/// `presskit check b.toml` in `dir` with `PRESSKIT_LANG` set to `language`.
fn check_in(dir: &Path, language: &str) -> Output {
    common::command(dir, &["check", "b.toml"])
        .env("PRESSKIT_LANG", language)
        .output()
        .unwrap()
}

/// The lines a person reads: each diagnostic's first line and its hints, without the
/// source excerpt.
fn said(err: &str) -> Vec<&str> {
    err.lines()
        .filter(|l| l.starts_with("b.toml:") || l.starts_with("  = "))
        .collect()
}

/// Where a line's literal TOML starts: the key before its first ` = `, or `[` of a
/// heading to write; `None` when the line has none.
fn literal_start(line: &str) -> Option<usize> {
    if let Some(equals) = line.find(" = ").filter(|&i| i > 4) {
        let before = &line[..equals];
        let start = before
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.')))
            .map_or(0, |i| i + 1);
        return Some(start);
    }
    None
}

/// The literal TOML lines of what was said (`date = 2016-12-22`), in order.
fn literals(err: &str) -> Vec<String> {
    said(err)
        .into_iter()
        .filter_map(|l| literal_start(l).map(|i| l[i..].to_string()))
        .collect()
}

/// The `file:line:column:` of every diagnostic.
fn places(err: &str) -> Vec<String> {
    said(err)
        .into_iter()
        .filter(|l| l.starts_with("b.toml:"))
        .map(|l| l.splitn(4, ':').take(3).collect::<Vec<_>>().join(":"))
        .collect()
}

/// The words of a line outside backticks, quotes, brackets and its literal TOML.
fn words_outside_the_format(line: &str) -> String {
    let line = match line.strip_prefix("b.toml:") {
        Some(rest) => rest.splitn(3, ':').last().unwrap_or(rest),
        None => line,
    };
    let line = match literal_start(line) {
        Some(i) => &line[..i],
        None => line,
    };
    let mut out = String::new();
    let mut inside: Option<char> = None;
    for c in line.chars() {
        match (inside, c) {
            (None, '`' | '"' | '[') => inside = Some(if c == '[' { ']' } else { c }),
            (Some(close), c) if c == close => inside = None,
            (None, c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// Checks that `err` is said in a language of Cyrillic script with no English word.
#[track_caller]
fn in_cyrillic_words(name: &str, language: &str, err: &str) {
    let lines = said(err);
    assert!(
        !lines.is_empty(),
        "{name} ({language}): nothing said:\n{err}"
    );
    for line in lines {
        let words = words_outside_the_format(line);
        assert!(
            words
                .chars()
                .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap())),
            "{name} ({language}): no Cyrillic in {line:?}"
        );
        for word in words
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.is_ascii() && !w.is_empty())
        {
            assert!(
                !ENGLISH.contains(&word.to_lowercase().as_str()),
                "{name} ({language}): the English word {word:?} in {line:?}"
            );
        }
    }
}

#[test]
fn each_mistake_is_told_in_russian_and_kazakh_at_the_same_place_with_the_same_line_to_write() {
    let reference = std::fs::read_to_string(REFERENCE).unwrap();
    for case in BROKEN {
        assert!(
            reference.contains(case.from),
            "{}: not in the reference",
            case.name
        );
        let (dir, _) = folder_with(&reference.replacen(case.from, case.to, 1));
        let english = check_in(dir.path(), "en");
        let en = stderr(&english);
        assert_eq!(english.status.code(), Some(1), "{}: {en}", case.name);
        for language in ["ru", "kk"] {
            let out = check_in(dir.path(), language);
            let err = stderr(&out);
            assert_eq!(
                out.status.code(),
                Some(1),
                "{} ({language}): {err}",
                case.name
            );
            assert_eq!(
                places(&err),
                places(&en),
                "{} ({language}):\n{err}\n{en}",
                case.name
            );
            assert_eq!(
                literals(&err),
                literals(&en),
                "{} ({language}):\n{err}\n{en}",
                case.name
            );
            in_cyrillic_words(case.name, language, &err);
        }
    }
}

#[test]
fn a_file_saved_in_windows_1251_is_told_in_russian_at_its_first_letter() {
    let text = "format = 2\n[organization]\nname = \"МОМ\"\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.toml"), &bytes).unwrap();
    let en = stderr(&check_in(dir.path(), "en"));
    let ru = stderr(&check_in(dir.path(), "ru"));
    assert!(
        en.contains("b.toml:3:9: error: the file is saved in Windows-1251"),
        "{en}"
    );
    assert_eq!(places(&ru), places(&en), "{ru}");
    assert!(
        ru.contains("b.toml:3:9: ошибка: файл сохранён в Windows-1251"),
        "{ru}"
    );
    assert!(
        ru.contains("Файл → Сохранить как…, Кодировка: UTF-8"),
        "{ru}"
    );
    in_cyrillic_words("Windows-1251", "ru", &ru);
}

#[test]
fn a_kazakh_locale_alone_picks_kazakh() {
    let reference = std::fs::read_to_string(REFERENCE).unwrap();
    let (dir, _) = folder_with(&reference.replacen("date = 2016-12-22", "date = 22.12.2016", 1));
    let out = common::command(dir.path(), &["check", "b.toml"])
        .env_remove("PRESSKIT_LANG")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "kk_KZ.UTF-8")
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(": қате: `date`: күн 2027-03-18 түрінде"),
        "{err}"
    );
    assert!(
        err.contains("  = кеңес: былай жазыңыз: date = 2016-12-22\n"),
        "{err}"
    );
}

#[test]
fn kinds_of_outlet_in_russian_and_kazakh_words_are_read_as_the_kinds() {
    let reference = std::fs::read_to_string(REFERENCE).unwrap();
    for word in ["газета", "ТВ", "телеарна", "информагентство", "Газета"]
    {
        let (dir, _) =
            folder_with(&reference.replacen("kind = \"print\"", &format!("kind = \"{word}\""), 1));
        let out = check_in(dir.path(), "en");
        assert_eq!(out.status.code(), Some(0), "{word}: {}", stderr(&out));
    }
    // A word that means no one kind is still told, with the kinds there are.
    let (dir, _) = folder_with(&reference.replacen("kind = \"print\"", "kind = \"пресса-тв\"", 1));
    let err = stderr(&check_in(dir.path(), "en"));
    assert!(
        err.contains("`пресса-тв` is not a kind of media outlet; the kinds are television"),
        "{err}"
    );
}

#[test]
fn the_country_code_kz_for_the_language_asks_for_kk_in_every_language() {
    let reference = std::fs::read_to_string(REFERENCE).unwrap();
    assert!(reference.contains("language = \"en\""));
    let (dir, _) = folder_with(&reference.replacen("language = \"en\"", "language = \"kz\"", 1));
    let en = stderr(&check_in(dir.path(), "en"));
    assert!(en.contains("  = hint: did you mean `kk`?\n"), "{en}");
    assert!(en.contains("  = hint: write language = \"kk\"\n"), "{en}");
    let ru = stderr(&check_in(dir.path(), "ru"));
    assert!(
        ru.contains("  = подсказка: может быть, имелось в виду `kk`?\n"),
        "{ru}"
    );
    assert!(
        ru.contains("  = подсказка: напишите language = \"kk\"\n"),
        "{ru}"
    );
    assert_eq!(places(&ru), places(&en));
}

#[test]
fn a_photo_from_the_disk_is_told_to_be_copied_beside_the_briefing() {
    let reference = std::fs::read_to_string(REFERENCE).unwrap();
    let (dir, _) = folder_with(&reference.replacen(
        "short_name = \"IOM\"",
        "short_name = \"IOM\"\nlogo = \"C:\\Users\\aliya\\Desktop\\logo.png\"",
        1,
    ));
    let en = stderr(&check_in(dir.path(), "en"));
    assert!(
        en.contains(
            "  = hint: the file must be in the briefing's folder: copy logo.png there, beside the briefing, and write logo = \"logo.png\"\n"
        ),
        "{en}"
    );
    let kk = stderr(&check_in(dir.path(), "kk"));
    assert!(
        kk.contains(
            "logo.png файлын сонда, брифингтің қасына көшіріп, былай жазыңыз: logo = \"logo.png\"\n"
        ),
        "{kk}"
    );
}

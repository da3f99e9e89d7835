//! `init` in the user's language (issue 28, `../shared/spec/cli.md`, "The user's
//! language"): `--language` or else the language of `PRESSKIT_LANG` or the locale chooses
//! the skeleton, whose comments are then in that language, and `init`'s own lines are in
//! the user's language. That each skeleton builds is in `authoring.rs`.

use crate::common;

use common::{command, stderr};

use std::path::Path;
use std::process::Output;

/// Runs presskit with `args` in `dir`, in the environment `set` (after removing every
/// variable that chooses the user's language).
fn presskit_with(dir: &Path, args: &[&str], set: &[(&str, &str)]) -> Output {
    let mut run = command(dir, args);
    for variable in ["PRESSKIT_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        run.env_remove(variable);
    }
    run.envs(set.iter().copied());
    run.output().expect("the binary runs")
}

/// Stdout as text.
fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The comments of a briefing's text (what follows `#` outside quotes), without what is
/// between backticks and without commented-out keys (`# logo = "..."`).
fn comments(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        let mut quoted = false;
        let mut rest = None;
        for (at, c) in line.char_indices() {
            match c {
                '"' => quoted = !quoted,
                '#' if !quoted => {
                    rest = Some(&line[at + 1..]);
                    break;
                }
                _ => {}
            }
        }
        let Some(comment) = rest else { continue };
        let trimmed = comment.trim_start();
        let is_key = trimmed.starts_with('[')
            || trimmed
                .split_once(" = ")
                .is_some_and(|(k, _)| k.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
        // A commented-out key's own comment is the next comment on the line.
        let words = if is_key {
            match comments(trimmed).pop() {
                Some(words) => words,
                None => continue,
            }
        } else {
            comment.split('`').step_by(2).collect()
        };
        if words.chars().any(char::is_alphabetic) {
            found.push(words);
        }
    }
    found
}

/// Whether a letter is Cyrillic.
fn cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4FF}').contains(&c)
}

/// Whether a letter is one that Kazakh has and Russian does not.
fn kazakh(c: char) -> bool {
    "әғқңөұүһіӘҒҚҢӨҰҮҺІ".contains(c)
}

/// The `language` of the `[event]` of a briefing's text.
fn event_language(text: &str) -> String {
    let event = &text[text.find("[event]").expect("an [event]")..];
    let line = event
        .lines()
        .find(|l| l.starts_with("language = "))
        .expect("a language");
    line.split('"').nth(1).unwrap_or_default().to_string()
}

/// Runs `init` in a fresh folder with `args` and `set`; returns the folder, the text
/// written to `data/briefing.toml` and what presskit said.
fn init(args: &[&str], set: &[(&str, &str)]) -> (tempfile::TempDir, String, Output) {
    let dir = tempfile::tempdir().unwrap();
    let mut all = vec!["init"];
    all.extend_from_slice(args);
    let out = presskit_with(dir.path(), &all, set);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(dir.path().join("data/briefing.toml")).unwrap();
    (dir, text, out)
}

#[test]
fn each_language_writes_its_skeleton_with_comments_in_that_language() {
    for language in ["en", "ru", "kk"] {
        let (_dir, text, _) = init(&["--language", language], &[("PRESSKIT_LANG", "en")]);
        assert_eq!(event_language(&text), language);
        let comments = comments(&text);
        assert!(comments.len() > 50, "{language}: {comments:?}");
        let letters: String = comments.concat();
        let in_cyrillic = letters.chars().filter(|c| cyrillic(*c)).count();
        let in_latin = letters.chars().filter(char::is_ascii_alphabetic).count();
        match language {
            "en" => assert!(in_latin > 10 * in_cyrillic, "{in_latin} {in_cyrillic}"),
            _ => {
                assert!(
                    in_cyrillic > 3 * in_latin,
                    "{language}: {in_cyrillic} {in_latin}"
                );
                for comment in &comments {
                    assert!(comment.chars().any(cyrillic), "{language}: {comment}");
                }
            }
        }
        assert_eq!(
            letters.chars().any(kazakh),
            language == "kk",
            "{language}: Kazakh letters in the comments"
        );
    }
}

#[test]
fn without_language_the_users_language_chooses_the_skeleton_and_the_words() {
    let (_dir, text, out) = init(&[], &[("PRESSKIT_LANG", "ru")]);
    assert_eq!(event_language(&text), "ru");
    assert!(text.contains("# Новый брифинг"), "{text}");
    assert_eq!(stdout(&out), "записан data/briefing.toml\n");
    assert!(
        stderr(&out).contains("дальше: заполните его, затем `presskit build data/briefing.toml`"),
        "{}",
        stderr(&out)
    );

    // The locale alone, as a Kazakh Windows or Linux desktop sets it.
    let (_dir, text, out) = init(&[], &[("LANG", "kk_KZ.UTF-8")]);
    assert_eq!(event_language(&text), "kk");
    assert!(comments(&text).concat().chars().any(kazakh));
    assert_eq!(stdout(&out), "жазылды data/briefing.toml\n");

    // Neither: English.
    let (_dir, text, out) = init(&[], &[]);
    assert_eq!(event_language(&text), "en");
    assert_eq!(stdout(&out), "wrote data/briefing.toml\n");
}

#[test]
fn language_chooses_the_skeleton_and_the_user_reads_their_own_language() {
    let (_dir, text, out) = init(&["--language", "en"], &[("PRESSKIT_LANG", "kk")]);
    assert_eq!(event_language(&text), "en");
    assert_eq!(stdout(&out), "жазылды data/briefing.toml\n");
    // The command that names the file writes the same skeleton.
    assert!(
        stderr(&out).contains(
            "атын бірден көрсетіңіз: `presskit init data/riga-2027-03-18.toml --language en`"
        ),
        "{}",
        stderr(&out)
    );
    let (_dir, _, out) = init(&[], &[("PRESSKIT_LANG", "kk")]);
    assert!(
        stderr(&out).contains("көрсетіңіз: `presskit init data/riga-2027-03-18.toml`\n"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_language_presskit_does_not_have_is_refused_with_the_three_it_has() {
    let dir = tempfile::tempdir().unwrap();
    let out = presskit_with(dir.path(), &["init", "--language", "kz"], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("`kz`") && stderr(&out).contains("its values are en, ru, kk"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("data").exists());
}

#[test]
fn a_file_where_a_folder_is_expected_is_refused_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes"), "mine").unwrap();
    for (language, expected) in [
        (
            "ru",
            "notes: ошибка: это файл, а не папка; init пишет брифинг в папку или в новый файл .toml",
        ),
        (
            "kk",
            "notes: қате: бұл қалта емес, файл; init брифингті қалтаға немесе жаңа .toml файлына жазады",
        ),
        (
            "en",
            "notes: error: is a file, not a folder; init writes a briefing into a folder, or into a new .toml file",
        ),
    ] {
        let out = presskit_with(
            dir.path(),
            &["init", "notes"],
            &[("PRESSKIT_LANG", language)],
        );
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains(expected), "{}", stderr(&out));
        assert_eq!(
            std::fs::read_to_string(dir.path().join("notes")).unwrap(),
            "mine"
        );
    }
}

//! The README's promises: every `presskit` command its shell blocks show runs as shown,
//! in a folder laid out as the README says (the samples of `data/`, the advisory-only
//! briefing of its TOML block, a media list), in the order shown. `watch`, which runs
//! until stopped, is left to `tests/it/watch.rs`.

use crate::common;

use common::{presskit, stderr};

use std::path::Path;

/// The README's text.
fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap()
}

/// The lines of the README's code blocks of `language`, block by block.
fn blocks(text: &str, language: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        match &mut current {
            None if line.trim() == format!("```{language}") => current = Some(String::new()),
            Some(block) if line.trim() == "```" => {
                out.push(std::mem::take(block));
                current = None;
            }
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
            None => {}
        }
    }
    out
}

/// A command line without its trailing comment, split into words.
fn words(line: &str) -> Vec<String> {
    let command = match line.find(" #") {
        Some(at) => &line[..at],
        None => line,
    };
    command.split_whitespace().map(String::from).collect()
}

/// Copies a folder, recursively.
fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

#[test]
fn every_command_the_readme_shows_runs_as_shown() {
    let text = readme();
    let dir = tempfile::tempdir().unwrap();
    copy(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("data"),
        &dir.path().join("data"),
    );
    // The briefing the advisory walk-through builds is the README's TOML block.
    let toml = blocks(&text, "toml");
    assert_eq!(toml.len(), 1, "one briefing is shown in full");
    std::fs::write(dir.path().join("data/turkestan-2027-04-14.toml"), &toml[0]).unwrap();
    // The typed-up sign-in sheet and the monitoring export of the after-the-briefing
    // walk-through, as a Russian-language office would save them.
    std::fs::write(
        dir.path().join("sign-in.csv"),
        "СМИ;Вид СМИ;ФИО;Присутствовал\nKhabar;телеканал;Aigerim Ospanova;да\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("monitoring.csv"),
        "Издание;Заголовок;Дата;Ссылка\nKhabar;Мигранты в Казахстане;23.12.2016;https://khabar.kz/x\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("journalists.csv"),
        "name,email,outlet\nAigerim Ospanova,aigerim@example.kz,Khabar\n",
    )
    .unwrap();
    let mut ran = Vec::new();
    let mut failures = Vec::new();
    for block in blocks(&text, "sh") {
        for line in block.lines() {
            let words = words(line);
            if words.first().map(String::as_str) != Some("presskit") || words[1] == "watch" {
                continue;
            }
            let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
            let out = presskit(dir.path(), &args);
            if !out.status.success() {
                failures.push(format!("`{}` failed:\n{}", words.join(" "), stderr(&out)));
            }
            ran.push(words.join(" "));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    for expected in [
        "init",
        "build",
        "templates",
        "mail",
        "archive",
        "verify",
        "extract",
        "report",
    ] {
        assert!(
            ran.iter().any(|c| c.split(' ').nth(1) == Some(expected)),
            "the README shows no `presskit {expected}` any more: {ran:?}"
        );
    }
    // What they promise to leave behind.
    for file in [
        "data/riga-2027-03-18.toml",
        "out/turkestan-2027-04-14/media-advisory.pdf",
        "out/riga-2027-03-18/mail/01-aigerim@example.kz.eml",
        "archive/almaty-2016-12-22/MANIFEST.sha256",
        "report.pdf",
        "indicators.csv",
    ] {
        assert!(dir.path().join(file).is_file(), "{file} was not written");
    }
    let briefing = std::fs::read_to_string(dir.path().join("data/almaty-2016-12-22.toml")).unwrap();
    assert!(
        briefing.contains("Khabar") && briefing.contains("[[coverage]]"),
        "{briefing}"
    );
}

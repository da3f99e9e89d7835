//! `presskit watch` when the briefing's path changes under it (issue 34): the briefing
//! briefly a link to another folder's file, its folder deleted and made again. The watch
//! keeps to the path the user named, reads nothing outside its folder, and rebuilds once
//! the briefing is back. Each step waits for the line the watch prints, never a guess.

use crate::common;

use crate::watch::{Watcher, start_on};
use common::REFERENCE;
use std::path::Path;
use std::time::{Duration, Instant};

/// How long a step may take before the test gives up (debug builds on a slow machine).
const PATIENCE: Duration = Duration::from_secs(120);

/// Starts `presskit watch brief/almaty.toml -o out` in `dir`, with a reader of its stderr.
fn start(dir: &Path) -> (Watcher, impl Fn() -> String) {
    start_on(dir, "brief/almaty.toml")
}

/// Waits until the watch has printed `count` lines that start with `start`, then for the
/// `watching` line after them; panics with the log when the patience runs out.
fn wait_for(log: &impl Fn() -> String, start: &str, count: usize) {
    let began = Instant::now();
    loop {
        let text = log();
        let lines: Vec<&str> = text.lines().collect();
        let found: Vec<usize> = (0..lines.len())
            .filter(|&i| lines[i].starts_with(start))
            .collect();
        if found.len() >= count
            && lines[found[count - 1]..]
                .iter()
                .any(|l| l.starts_with("watching"))
        {
            return;
        }
        assert!(
            began.elapsed() < PATIENCE,
            "no {count} × `{start}`:\n{text}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The reference briefing with its release headline changed to `title`.
fn titled(title: &str) -> String {
    let text = std::fs::read_to_string(REFERENCE).unwrap();
    let from = "headline = \"IOM briefs Almaty journalists on migration trends in Central Asia\"";
    assert!(text.contains(from));
    text.replacen(from, &format!("headline = \"{title}\""), 1)
}

/// Waits until the release the watch last wrote holds `title` (its PDF is replaced
/// whole, so it is read either old or new); panics with the log when it never does.
fn wait_for_release(dir: &Path, log: &impl Fn() -> String, title: &str) {
    let path = dir.join("out/almaty/press-release.pdf");
    let began = Instant::now();
    while !common::pdf::try_page_texts(&path)
        .is_ok_and(|pages| common::squeeze(&pages.concat()).contains(&common::squeeze(title)))
    {
        assert!(
            began.elapsed() < PATIENCE,
            "never rebuilt with {title:?}:\n{}",
            log()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A folder with the briefing in `brief/`, its title "First title".
fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("brief")).unwrap();
    std::fs::write(dir.path().join("brief/almaty.toml"), titled("First title")).unwrap();
    dir
}

#[test]
fn watch_never_reads_through_a_link_out_of_its_folder() {
    let dir = setup();
    let d = dir.path();
    std::fs::create_dir(d.join("other")).unwrap();
    std::fs::write(d.join("other/secret.toml"), "SECRET-FIRST-LINE = [\n").unwrap();
    let (_watcher, log) = start(d);
    wait_for(&log, "built", 1);
    // The briefing becomes a link to another folder's file.
    std::fs::remove_file(d.join("brief/almaty.toml")).unwrap();
    std::os::unix::fs::symlink("../other/secret.toml", d.join("brief/almaty.toml")).unwrap();
    wait_for(&log, "build failed", 1);
    let text = log();
    assert!(
        !text.contains("SECRET"),
        "a line of a file outside the folder:\n{text}"
    );
    assert!(
        text.contains("brief/almaty.toml: error: is a symbolic link to"),
        "{text}"
    );
    // The briefing itself again: the watch follows the path it was given.
    std::fs::remove_file(d.join("brief/almaty.toml")).unwrap();
    std::fs::write(d.join("brief/almaty.toml"), titled("Second title")).unwrap();
    wait_for_release(d, &log, "Second title");
    // The file the link named is no input of the build.
    std::fs::write(d.join("other/secret.toml"), "SECRET = 2\n").unwrap();
    std::fs::write(d.join("brief/almaty.toml"), titled("Third title")).unwrap();
    wait_for_release(d, &log, "Third title");
    assert!(!log().contains("SECRET"), "{}", log());
}

#[test]
fn watch_recovers_when_its_folder_is_deleted_and_made_again() {
    let dir = setup();
    let d = dir.path();
    let (_watcher, log) = start(d);
    wait_for(&log, "built", 1);
    std::fs::remove_dir_all(d.join("brief")).unwrap();
    wait_for(&log, "build failed", 1);
    std::fs::create_dir(d.join("brief")).unwrap();
    std::fs::write(d.join("brief/almaty.toml"), titled("Made again")).unwrap();
    wait_for_release(d, &log, "Made again");
    // And it goes on watching the new folder.
    std::fs::write(d.join("brief/almaty.toml"), titled("Edited again")).unwrap();
    wait_for_release(d, &log, "Edited again");
}

//! `import` killed while it writes the briefing: the briefing is whole, old or new, every
//! time, and the next import removes what the killed one left and writes it whole. Once
//! at the one moment a kill can leave most behind (the new bytes staged beside the
//! briefing, not yet renamed over it: a debug build's pause hook stops it there), then
//! at kill times spread over whole runs.

use crate::common;

use common::{REFERENCE, presskit, stderr};

use std::path::Path;
use std::time::{Duration, Instant};

/// A monitoring sheet of `rows` pieces, enough for the write to take a while.
fn coverage_sheet(rows: usize) -> String {
    let mut sheet = String::from("outlet,headline,date\n");
    for i in 0..rows {
        sheet.push_str(&format!("Caravan,Migration story number {i},2016-12-23\n"));
    }
    sheet
}

/// The names of the files in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The briefing `import` makes from the reference with the sheet, from a clean copy.
fn imported(dir: &Path) -> Vec<u8> {
    let clean = dir.join("clean");
    std::fs::create_dir(&clean).unwrap();
    std::fs::copy(REFERENCE, clean.join("b.toml")).unwrap();
    std::fs::copy(dir.join("cov.csv"), clean.join("cov.csv")).unwrap();
    let out = presskit(
        &clean,
        &["import", "coverage", "cov.csv", "--into", "b.toml"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(clean.join("b.toml")).unwrap();
    std::fs::remove_dir_all(&clean).unwrap();
    bytes
}

#[test]
fn an_import_killed_with_its_new_briefing_staged_leaves_the_old_one_whole() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("cov.csv"), coverage_sheet(300)).unwrap();
    let new = imported(d);
    let work = d.join("work");
    std::fs::create_dir(&work).unwrap();
    std::fs::copy(REFERENCE, work.join("b.toml")).unwrap();
    std::fs::copy(d.join("cov.csv"), work.join("cov.csv")).unwrap();
    let old = std::fs::read(work.join("b.toml")).unwrap();

    let marker = d.join("paused");
    let mut child = common::command(
        &work,
        &["import", "coverage", "cov.csv", "--into", "b.toml"],
    )
    .env("PRESSKIT_TEST_PAUSE_AFTER_RENAMES", "0")
    .env("PRESSKIT_TEST_PAUSE_MARKER", &marker)
    .stdout(std::process::Stdio::null())
    .stderr(std::process::Stdio::null())
    .spawn()
    .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while !marker.exists() {
        assert!(
            Instant::now() < deadline,
            "the import never reached its write"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(
        std::fs::read(work.join("b.toml")).unwrap(),
        old,
        "the briefing changed"
    );
    // What the kill left: the staged briefing beside it, whole, under a temporary name.
    let left: Vec<String> = names(&work)
        .into_iter()
        .filter(|n| n.ends_with(".part"))
        .collect();
    assert_eq!(left.len(), 1, "{left:?}");
    assert_eq!(std::fs::read(work.join(&left[0])).unwrap(), new);

    // The next import takes it away and writes the briefing whole.
    let out = presskit(
        &work,
        &["import", "coverage", "cov.csv", "--into", "b.toml"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read(work.join("b.toml")).unwrap(), new);
    assert_eq!(names(&work), ["b.toml", "cov.csv"]);
}

#[test]
fn imports_killed_at_any_moment_leave_the_briefing_whole_old_or_new() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("cov.csv"), coverage_sheet(300)).unwrap();
    let new = imported(d);
    let old = std::fs::read(REFERENCE).unwrap();
    // How long a whole import takes here, to spread the kills over it.
    let work = d.join("work");
    std::fs::create_dir(&work).unwrap();
    std::fs::copy(d.join("cov.csv"), work.join("cov.csv")).unwrap();
    std::fs::write(work.join("b.toml"), &old).unwrap();
    let started = Instant::now();
    let out = presskit(
        &work,
        &["import", "coverage", "cov.csv", "--into", "b.toml"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let whole = started.elapsed();
    let (mut olds, mut news) = (0, 0);
    for round in 0..16u32 {
        std::fs::write(work.join("b.toml"), &old).unwrap();
        let mut child = common::command(
            &work,
            &["import", "coverage", "cov.csv", "--into", "b.toml"],
        )
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
        std::thread::sleep(whole * (round + 4) / 14);
        let _ = child.kill();
        child.wait().unwrap();
        let now = std::fs::read(work.join("b.toml")).unwrap();
        if now == old {
            olds += 1;
        } else {
            assert_eq!(
                now, new,
                "round {round}: the briefing is neither old nor new"
            );
            news += 1;
        }
    }
    eprintln!("{olds} killed imports left the old briefing, {news} the new one");
    let out = presskit(
        &work,
        &["import", "coverage", "cov.csv", "--into", "b.toml"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read(work.join("b.toml")).unwrap(), new);
    assert_eq!(
        names(&work),
        ["b.toml", "cov.csv"],
        "a killed import's file is left"
    );
}

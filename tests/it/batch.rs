//! Batch builds: a generated folder of briefings built in parallel gives exactly the
//! bytes a single-threaded build gives, and one broken briefing stops no other.

use crate::common;

use common::{presskit, snapshot};

use std::path::Path;

#[test]
fn parallel_build_matches_a_single_threaded_one_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let written = presskit::synth::write_folder(&dir.path().join("data"), 12).unwrap();
    assert_eq!(written.len(), 12);
    let parallel = presskit(
        dir.path(),
        &["build", "data", "-o", "parallel", "--jobs", "4"],
    );
    assert!(
        parallel.status.success(),
        "{}",
        String::from_utf8_lossy(&parallel.stderr)
    );
    assert!(
        String::from_utf8_lossy(&parallel.stderr).contains("built 12 briefings"),
        "{}",
        String::from_utf8_lossy(&parallel.stderr)
    );
    let single = presskit(
        dir.path(),
        &["build", "data", "-o", "single", "--jobs", "1"],
    );
    assert!(
        single.status.success(),
        "{}",
        String::from_utf8_lossy(&single.stderr)
    );
    let (a, b) = (
        snapshot(&dir.path().join("parallel")),
        snapshot(&dir.path().join("single")),
    );
    assert!(a.len() >= 12 * 5, "only {} files", a.len());
    assert_eq!(
        a.iter().map(|f| &f.0).collect::<Vec<_>>(),
        b.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    for ((name, x), (_, y)) in a.iter().zip(&b) {
        assert!(
            x == y,
            "{} differs between --jobs 4 and --jobs 1",
            name.display()
        );
    }
}

#[test]
fn one_broken_briefing_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    presskit::synth::write_folder(&dir.path().join("data"), 4).unwrap();
    let broken = dir.path().join("data/synthetic-0002.toml");
    let text = std::fs::read_to_string(&broken).unwrap().replacen(
        "[event]",
        "[event]\ncolour = \"red\"",
        1,
    );
    std::fs::write(&broken, text).unwrap();
    std::fs::create_dir_all(dir.path().join("out/synthetic-0002")).unwrap();
    std::fs::write(
        dir.path().join("out/synthetic-0002/press-release.pdf"),
        b"earlier",
    )
    .unwrap();
    let out = presskit(dir.path(), &["build", "data", "-o", "out"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("synthetic-0002.toml:") && err.contains("colour"),
        "{err}"
    );
    assert!(err.contains("1 failed"), "{err}");
    for ok in ["0000", "0001", "0003"] {
        assert!(
            dir.path()
                .join(format!("out/synthetic-{ok}/press-kit.pdf"))
                .is_file(),
            "{ok} not built"
        );
    }
    assert_eq!(
        std::fs::read(dir.path().join("out/synthetic-0002/press-release.pdf")).unwrap(),
        b"earlier"
    );
}

#[test]
fn an_error_that_many_briefings_share_is_printed_once() {
    let dir = tempfile::tempdir().unwrap();
    presskit::synth::write_folder(&dir.path().join("data"), 3).unwrap();
    std::fs::create_dir(dir.path().join("mine")).unwrap();
    std::fs::write(
        dir.path().join("mine/press-release.typ.hbs"),
        "{{#if release}}\nunclosed\n",
    )
    .unwrap();
    for args in [
        &["build", "data", "--templates", "mine"][..],
        &["archive", "data", "--templates", "mine"],
        &["build", "data", "--templates", "nowhere"],
    ] {
        let out = presskit(dir.path(), args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        let shared = if args[3] == "mine" {
            "mine/press-release.typ.hbs:1:1: error: the block `{{#if release}}` opened on line 1 is never closed"
        } else {
            "nowhere: error: the templates folder does not exist"
        };
        assert_eq!(err.matches(shared).count(), 1, "{args:?}: {err}");
        // The two briefings after the first are named, one line each.
        let named = err
            .lines()
            .filter(|l| {
                l.ends_with("error: not done: the errors printed above stop this briefing too")
            })
            .count();
        assert_eq!(named, 2, "{args:?}: {err}");
    }
}

#[test]
fn on_a_terminal_build_and_archive_show_a_bar_and_a_closing_line() {
    let dir = tempfile::tempdir().unwrap();
    presskit::synth::write_folder(&dir.path().join("data"), 3).unwrap();
    let built = format!(
        "built 3 briefings, {} documents in out/",
        common::registry_count(&dir.path().join("data"))
    );
    for (args, closing) in [
        ("build data -o out", built.as_str()),
        (
            "archive data --to archive",
            "archived 3 briefings into archive: 3 new",
        ),
    ] {
        // On a pseudo-terminal, as a user at a terminal sees it.
        let words: Vec<&str> = args.split(' ').collect();
        let Some((success, screen)) = common::on_terminal(dir.path(), &words, &[]) else {
            return;
        };
        assert!(success, "{args}: {screen}");
        assert!(screen.contains("/3 briefings"), "{args}: no bar: {screen}");
        assert!(screen.contains(closing), "{args}: {screen}");
        assert!(!screen.contains("archived data/"), "{args}: {screen}");
    }
}

#[test]
fn verbose_says_where_each_briefings_time_went() {
    let dir = tempfile::tempdir().unwrap();
    presskit::synth::write_folder(&dir.path().join("data"), 3).unwrap();
    let built = format!(
        "built 3 briefings, {} documents",
        common::registry_count(&dir.path().join("data"))
    );
    let out = presskit(dir.path(), &["build", "data", "-o", "out", "--verbose"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    let lines: Vec<&str> = err.lines().filter(|l| l.contains(" files in ")).collect();
    assert_eq!(lines.len(), 3, "one line per briefing: {err}");
    for line in &lines {
        for stage in [
            "load",
            "parse templates",
            "render",
            "compile",
            "pdf",
            "write",
        ] {
            assert!(line.contains(&format!("{stage} ")), "no {stage}: {line}");
        }
    }
    assert!(err.contains(&built), "{err}");
    // Without --verbose and off a terminal: no line per briefing, only the closing one.
    // (--force: the briefings are up to date since the first run.)
    let out = presskit(dir.path(), &["build", "data", "-o", "out", "--force"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains(" files in "), "{err}");
    assert!(err.contains(&built), "{err}");
}

/// The most threads of each kind seen at once while `presskit` runs with `args` in
/// `dir`, by their names in `/proc`: (Typst's layout pool, documents being typeset).
#[cfg(target_os = "linux")]
fn busiest(dir: &Path, args: &[&str]) -> (usize, usize) {
    let mut child = common::command(dir, args)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let tasks = format!("/proc/{}/task", child.id());
    let (mut layout, mut typeset) = (0, 0);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "{args:?} failed");
            return (layout, typeset);
        }
        let names: Vec<String> = std::fs::read_dir(&tasks)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|task| std::fs::read_to_string(task.path().join("comm")).ok())
            .collect();
        let count = |prefix: &str| names.iter().filter(|n| n.starts_with(prefix)).count();
        layout = layout.max(count("presskit layout"));
        typeset = typeset.max(count("typeset "));
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

#[test]
#[cfg(target_os = "linux")]
fn jobs_bounds_every_thread_that_computes() {
    let dir = tempfile::tempdir().unwrap();
    presskit::synth::write_folder(&dir.path().join("data"), 3).unwrap();
    for jobs in [1, 3] {
        let n = jobs.to_string();
        let (layout, typeset) = busiest(
            dir.path(),
            &["build", "data", "-o", "out", "-q", "--jobs", &n, "--force"],
        );
        // The layout pool starts all its threads at once, so it is always seen whole.
        assert_eq!(layout, jobs, "threads laying out pages with --jobs {jobs}");
        // A joined thread can linger in /proc for a moment after it is done, hence + 1.
        assert!(
            (1..=jobs + 1).contains(&typeset),
            "{typeset} documents typeset at once with --jobs {jobs}"
        );
    }
}

#[test]
fn a_bug_in_one_briefing_is_reported_for_it_and_stops_no_other() {
    let dir = tempfile::tempdir().unwrap();
    presskit::synth::write_folder(&dir.path().join("data"), 3).unwrap();
    // The debug build's hook makes presskit panic while making this one briefing.
    let out = common::command(dir.path(), &["build", "data", "-o", "out"])
        .env("PRESSKIT_TEST_PANIC", "synthetic-0001")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = common::stderr(&out);
    assert!(
        err.contains(
            "data/synthetic-0001.toml: error: internal error: a test panic while making synthetic-0001"
        ),
        "{err}"
    );
    assert!(err.contains("this is a bug in presskit"), "{err}");
    assert!(
        !err.contains("panicked at"),
        "Rust's own panic message leaked: {err}"
    );
    assert!(err.contains("built 3 briefings"), "the closing line: {err}");
    for (stem, made) in [
        ("synthetic-0000", true),
        ("synthetic-0001", false),
        ("synthetic-0002", true),
    ] {
        let pdf = dir.path().join("out").join(stem).join("press-release.pdf");
        assert_eq!(pdf.is_file(), made, "{stem}");
    }
}

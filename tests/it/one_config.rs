//! One configuration: the user's `--timeout` reaches every document presskit typesets,
//! the report to the donor and the documents `verify --repair` makes again as much as a
//! build's, and `report` reads `--templates`, `--paper` and `--fonts` declared once with
//! `build`'s.

use std::time::{Duration, Instant};

use crate::common::{REFERENCE, presskit, stderr};

/// A Typst template that runs for hours: only the watchdog can end it.
const ENDLESS: &str =
    "#let n = range(100000).map(i => range(100000).fold(0, (a, b) => a + b)).len()\n#n\n";

/// A folder with the reference briefing archived into `archive/`.
fn archived() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(REFERENCE, dir.path().join("almaty-2016-12-22.toml")).unwrap();
    let out = presskit(
        dir.path(),
        &["archive", "almaty-2016-12-22.toml", "--to", "archive"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    dir
}

#[test]
fn the_report_is_stopped_at_the_users_timeout() {
    let dir = archived();
    std::fs::create_dir(dir.path().join("mine")).unwrap();
    std::fs::write(dir.path().join("mine/report.typ.hbs"), ENDLESS).unwrap();
    let begun = Instant::now();
    let out = presskit(
        dir.path(),
        &[
            "report",
            "archive",
            "--templates",
            "mine",
            "--timeout",
            "0.5",
            "-o",
            "r.pdf",
        ],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("report.typ.hbs") && err.contains("took longer than 0.5 s"),
        "{err}"
    );
    assert!(
        begun.elapsed() < Duration::from_secs(30),
        "not stopped near the timeout: {:?}",
        begun.elapsed()
    );
    assert!(!dir.path().join("r.pdf").exists(), "a report was written");
    // Without the loop, the same options make the report.
    std::fs::remove_file(dir.path().join("mine/report.typ.hbs")).unwrap();
    let out = presskit(
        dir.path(),
        &[
            "report",
            "archive",
            "--templates",
            "mine",
            "--paper",
            "letter",
            "-o",
            "r.pdf",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path().join("r.pdf").is_file());
}

#[test]
fn a_repair_typesets_within_the_users_timeout() {
    let dir = archived();
    let damaged = dir.path().join("archive/almaty-2016-12-22/press-kit.pdf");
    std::fs::remove_file(&damaged).unwrap();
    // Far too short for the kit: the rebuild is stopped, and says so.
    let out = presskit(
        dir.path(),
        &["verify", "archive", "--repair", "--timeout", "0.001"],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("cannot be restored") && err.contains("took longer than 0.001 s"),
        "{err}"
    );
    assert!(!damaged.exists());
    // Within the default, the same repair restores the file.
    let out = presskit(dir.path(), &["verify", "archive", "--repair"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(damaged.is_file());
}

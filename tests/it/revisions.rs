//! `archive --revise` through the binary: a briefing corrected after archiving (coverage
//! that came in later) archived as its next revision beside the first, which stays byte
//! for byte; without `--revise` the change refused with a hint naming it; the same run
//! again a no-op; the index and the report counting the briefing once, with the latest
//! revision's figures; `verify`, `extract` and `verify --repair` on the revision.

use crate::common;

use common::{pdf_text, presskit, snapshot, squeeze, stderr};

use std::path::Path;

/// A small briefing, with the coverage `pieces` (TOML tables) after its attendance.
fn briefing(pieces: &str) -> String {
    format!(
        r#"format = 2

[organization]
name = "IOM"

[event]
title = "Safe migration"
date = 2017-02-10
city = "Almaty"

[release]
headline = "Safe migration"
body = ["The briefing."]

[[attendance]]
outlet = "Caravan"
kind = "online"
people = 2
present = true

[[coverage]]
outlet = "Caravan"
headline = "Migration briefed"
date = 2017-02-11
{pieces}
"#
    )
}

/// A later piece of coverage, as the office adds it weeks after the briefing.
const LATER_PIECE: &str = r#"
[[coverage]]
outlet = "Caravan"
headline = "Migrants' rights, a month on"
date = 2017-03-10
"#;

/// The value of the indicator `name` in the report's CSV at `path`.
fn indicator(path: &Path, name: &str) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .find_map(|l| {
            l.trim_start_matches('\u{feff}')
                .strip_prefix(&format!("{name},"))
        })
        .unwrap_or_else(|| panic!("no {name} in\n{text}"))
        .split(',')
        .next()
        .unwrap()
        .to_string()
}

/// The archive's files outside the later revisions of `stem`: what a revision must leave.
fn first_revision(archive: &Path, stem: &str) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    snapshot(&archive.join(stem))
        .into_iter()
        .filter(|(p, _)| !p.to_string_lossy().contains("rev-"))
        .collect()
}

#[test]
fn a_corrected_briefing_is_archived_as_its_next_revision_and_counted_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let file = d.join("almaty-2017-02-10.toml");
    std::fs::write(&file, briefing("")).unwrap();
    let archive = ["archive", "almaty-2017-02-10.toml", "--to", "archive"];
    let out = presskit(d, &archive);
    assert!(out.status.success(), "{}", stderr(&out));
    let folder = d.join("archive/almaty-2017-02-10");
    let first = first_revision(&d.join("archive"), "almaty-2017-02-10");

    // Coverage came in later: without --revise, refused, nothing touched, the hint says how.
    std::fs::write(&file, briefing(LATER_PIECE)).unwrap();
    let before = snapshot(&d.join("archive"));
    let out = presskit(d, &archive);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("would change"), "{err}");
    assert!(err.contains("--revise"), "{err}");
    assert_eq!(snapshot(&d.join("archive")), before, "nothing touched");

    let revise = [
        "archive",
        "almaty-2017-02-10.toml",
        "--to",
        "archive",
        "--revise",
    ];
    let out = presskit(d, &revise);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("into archive/almaty-2017-02-10/rev-2"),
        "{said}"
    );
    let second = folder.join("rev-2");
    assert!(second.join("MANIFEST.sha256").is_file());
    assert_eq!(
        first_revision(&d.join("archive"), "almaty-2017-02-10"),
        first,
        "the first revision stays byte for byte"
    );
    let summary = squeeze(&pdf_text(&second.join("attendance-summary.pdf")));
    assert!(summary.contains("amonthon"), "{summary}");

    // The same again: a no-op, with or without --revise.
    for args in [&revise[..], &archive[..]] {
        let out = presskit(d, args);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("already archived"),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    assert!(!folder.join("rev-3").exists());

    let out = presskit(d, &["verify", "--verbose"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("verified 1 briefing: 1 intact"), "{said}");

    // One briefing, with the latest revision's two pieces; the index says which it shows.
    let out = presskit(d, &["report", "--csv", "report.csv", "-o", "report.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(indicator(&d.join("report.csv"), "Briefings held"), "1");
    assert_eq!(indicator(&d.join("report.csv"), "Pieces published"), "2");
    let index = squeeze(&pdf_text(&d.join("archive/index.pdf")));
    assert!(index.contains("Briefingsarchived:1"), "{index}");
    assert!(index.contains("(revision2)"), "{index}");

    // extract reads the revision; a damaged revision is found, and repaired in place.
    let out = presskit(
        d,
        &[
            "extract",
            "archive/almaty-2017-02-10/rev-2/press-release.pdf",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(out.stdout, std::fs::read(&file).unwrap());
    let kept = std::fs::read(second.join("press-kit.pdf")).unwrap();
    std::fs::remove_file(second.join("press-kit.pdf")).unwrap();
    let out = presskit(d, &["verify"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("rev-2/MANIFEST.sha256") && err.contains("press-kit.pdf is missing"),
        "{err}"
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("0 intact, 1 damaged"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = presskit(d, &["verify", "--repair"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("restored archive/almaty-2017-02-10/rev-2/press-kit.pdf"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(std::fs::read(second.join("press-kit.pdf")).unwrap(), kept);
    assert_eq!(
        first_revision(&d.join("archive"), "almaty-2017-02-10"),
        first
    );

    // The latest revision deleted by hand: the archive's record of its folders tells it.
    std::fs::remove_dir_all(&second).unwrap();
    let out = presskit(d, &["verify"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("revision 2 of `almaty-2017-02-10` is missing"),
        "{err}"
    );
}

#[test]
fn a_revision_deleted_between_two_others_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let file = d.join("x.toml");
    let revise = ["archive", "x.toml", "--to", "archive", "--revise"];
    for pieces in ["", LATER_PIECE, &format!("{LATER_PIECE}\nreach = 100\n")] {
        std::fs::write(&file, briefing(pieces)).unwrap();
        let out = presskit(d, &revise);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    assert!(d.join("archive/x/rev-3").is_dir());
    // What a killed `archive --revise` leaves: named as deletable, no part of the archive.
    let staging = d.join("archive/x/.presskit-abc.partial");
    std::fs::create_dir(&staging).unwrap();
    std::fs::write(staging.join("press-release.pdf"), b"half").unwrap();
    let out = presskit(d, &["verify"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("archive/x/.presskit-abc.partial: warning: left by an `archive` run that was interrupted")
            && err.contains("a revision that was not archived, and can be deleted"),
        "{err}"
    );
    std::fs::remove_dir_all(&staging).unwrap();
    std::fs::remove_dir_all(d.join("archive/x/rev-2")).unwrap();
    let out = presskit(d, &["verify"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("archive/x/rev-2") && err.contains("revision 2 is missing"),
        "{err}"
    );
}

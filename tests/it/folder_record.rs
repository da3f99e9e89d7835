//! The archive's record of its briefing folders (`FOLDERS.sha256`) through the binary:
//! a briefing folder deleted by hand is reported by `verify` (not "2 intact" for three
//! archived), with the fix in its hint, and archiving its briefing again brings it back
//! byte for byte; a folder copied in by hand and a manifest rewritten to match altered
//! documents are reported too; an archive made before the record still verifies, with a
//! warning, and its next `archive` run writes the record.

use crate::common;

use common::{presskit, stderr};

use std::path::Path;

/// A small briefing titled `title`, held on `date`.
fn briefing(title: &str, date: &str) -> String {
    format!(
        r#"format = 2

[organization]
name = "IOM"

[event]
title = "{title}"
date = {date}
city = "Almaty"

[release]
headline = "{title}"
body = ["The briefing."]

[[attendance]]
outlet = "Caravan"
kind = "online"
people = 2
present = true
"#
    )
}

/// Three briefings archived into `dir/archive`.
fn three_archived() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    for (stem, date) in [
        ("a", "2017-01-10"),
        ("b", "2017-02-10"),
        ("c", "2017-03-10"),
    ] {
        std::fs::write(data.join(format!("{stem}.toml")), briefing(stem, date)).unwrap();
    }
    let out = presskit(dir.path(), &["archive", "data", "--to", "archive"]);
    assert!(out.status.success(), "{}", stderr(&out));
    dir
}

/// `verify`'s stdout and stderr, after checking its exit status is `status`.
fn verify(dir: &Path, status: i32) -> (String, String) {
    let out = presskit(dir, &["verify"]);
    assert_eq!(out.status.code(), Some(status), "{}", stderr(&out));
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr(&out),
    )
}

#[test]
fn a_folder_deleted_or_added_by_hand_is_reported_and_archiving_again_restores_it() {
    let dir = three_archived();
    let d = dir.path();
    let record = std::fs::read_to_string(d.join("archive/FOLDERS.sha256")).unwrap();
    assert_eq!(record.lines().count(), 3, "{record}");
    assert!(record.contains("  b/MANIFEST.sha256\n"), "{record}");
    let (said, _) = verify(d, 0);
    assert!(
        said.contains("verified 3 briefings: 3 intact, 0 damaged"),
        "{said}"
    );

    let kept = common::snapshot(&d.join("archive/b"));
    std::fs::remove_dir_all(d.join("archive/b")).unwrap();
    let (said, err) = verify(d, 1);
    assert!(
        said.contains("verified 3 briefings: 2 intact, 0 damaged, 1 missing"),
        "{said}"
    );
    assert!(
        err.contains("archive/b: error: the archived briefing `b` is missing"),
        "{err}"
    );
    assert!(err.contains("presskit archive b.toml"), "{err}");
    assert!(
        err.contains("delete its lines from archive/FOLDERS.sha256"),
        "{err}"
    );

    // The fix the hint gives: the same bytes come back, and the record holds again.
    let out = presskit(d, &["archive", "data/b.toml", "--to", "archive"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(common::snapshot(&d.join("archive/b")), kept);
    assert_eq!(
        std::fs::read_to_string(d.join("archive/FOLDERS.sha256")).unwrap(),
        record
    );
    verify(d, 0);

    // A folder copied in from elsewhere verifies on its own, but was not archived here.
    let other = tempfile::tempdir().unwrap();
    std::fs::create_dir(other.path().join("data")).unwrap();
    std::fs::write(
        other.path().join("data/z.toml"),
        briefing("z", "2017-04-10"),
    )
    .unwrap();
    let out = presskit(other.path(), &["archive", "data", "--to", "archive"]);
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::rename(other.path().join("archive/z"), d.join("archive/z")).unwrap();
    let (said, err) = verify(d, 1);
    assert!(
        said.contains("verified 4 briefings: 3 intact, 1 damaged"),
        "{said}"
    );
    assert!(
        err.contains("archive/z: error: is not in the archive's record of its folders"),
        "{err}"
    );
    assert!(err.contains("added by hand"), "{err}");
}

#[test]
fn a_manifest_rewritten_to_match_altered_documents_is_reported() {
    let dir = three_archived();
    let d = dir.path();
    let folder = d.join("archive/a");
    // Tampering that the folder alone cannot show: a document replaced, the manifest
    // rewritten to match it.
    let bytes = std::fs::read(folder.join("press-kit.pdf")).unwrap();
    std::fs::write(folder.join("attendance-summary.pdf"), &bytes).unwrap();
    let manifest = std::fs::read_to_string(folder.join("MANIFEST.sha256")).unwrap();
    let kit = manifest
        .lines()
        .find(|l| l.ends_with("press-kit.pdf"))
        .unwrap()
        .split_once("  ")
        .unwrap()
        .0
        .to_string();
    let rewritten: String = manifest
        .lines()
        .map(|l| match l.split_once("  ") {
            Some((_, "attendance-summary.pdf")) => format!("{kit}  attendance-summary.pdf\n"),
            _ => format!("{l}\n"),
        })
        .collect();
    std::fs::write(folder.join("MANIFEST.sha256"), rewritten).unwrap();
    let (said, err) = verify(d, 1);
    assert!(said.contains("2 intact, 1 damaged"), "{said}");
    assert!(
        err.contains("archive/a/MANIFEST.sha256: error: is not the manifest that was archived"),
        "{err}"
    );
}

#[test]
fn an_archive_without_a_record_verifies_with_a_warning_and_gets_one_when_archived_into() {
    let dir = three_archived();
    let d = dir.path();
    let record = std::fs::read(d.join("archive/FOLDERS.sha256")).unwrap();
    std::fs::remove_file(d.join("archive/FOLDERS.sha256")).unwrap();
    let (said, err) = verify(d, 0);
    assert!(
        said.contains("verified 3 briefings: 3 intact, 0 damaged"),
        "{said}"
    );
    assert!(
        err.contains("warning: the archive has no record of its folders"),
        "{err}"
    );
    assert!(err.contains("cannot be told"), "{err}");
    // Archiving any briefing into it writes the record of every folder that verifies.
    let out = presskit(d, &["archive", "data/a.toml", "--to", "archive"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(d.join("archive/FOLDERS.sha256")).unwrap(),
        record
    );
    let (_, err) = verify(d, 0);
    assert!(!err.contains("no record"), "{err}");
}

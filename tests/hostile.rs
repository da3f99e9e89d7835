//! Hostile and broken input through the real binary: templates that try to leave the
//! sandbox, a template that never ends, odd encodings, and processes killed mid-write.

mod common;

use common::{REFERENCE, command, presskit};

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

/// A folder with the reference briefing as `b.toml`.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(REFERENCE, dir.path().join("b.toml")).unwrap();
    dir
}

#[test]
fn templates_cannot_read_outside_the_sandbox() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "TOP-SECRET-CONTENT").unwrap();
    let secret = outside.path().join("secret.txt");
    let attacks = [
        format!("#read({:?})", secret.display().to_string()),
        "#read(\"/etc/passwd\")".to_string(),
        "#read(\"../../../../../../etc/passwd\")".to_string(),
        "#image(\"/etc/hostname\")".to_string(),
        "#include \"/etc/passwd\"".to_string(),
        "#import \"../other.typ\": *".to_string(),
        "#import \"@preview/cetz:0.3.4\": canvas".to_string(),
        "#read(\"link.txt\")".to_string(),
        "#read(\"/b.toml\")".to_string(),
    ];
    for attack in attacks {
        let dir = workspace();
        std::os::unix::fs::symlink(&secret, dir.path().join("link.txt")).unwrap();
        std::fs::create_dir(dir.path().join("templates")).unwrap();
        std::fs::write(
            dir.path().join("templates/press-release.typ.hbs"),
            format!("{{{{> partials/style}}}}\n{attack}\n"),
        )
        .unwrap();
        let out = presskit(dir.path(), &["build", "b.toml", "-o", "out"]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{attack} was not refused: {err}"
        );
        assert!(
            err.contains("press-release.typ"),
            "{attack}: the error does not name the template: {err}"
        );
        assert!(
            err.contains("denied") || err.contains("not found") || err.contains("escape"),
            "{attack}: {err}"
        );
        assert!(
            !err.contains("--root"),
            "a hint of the typst CLI leaked: {err}"
        );
        assert!(
            !err.contains("TOP-SECRET") && !err.contains("root:"),
            "{attack} leaked a file: {err}"
        );
        assert!(!dir.path().join("out").exists(), "{attack}: output written");
    }
}

#[test]
fn a_template_that_runs_too_long_is_stopped() {
    let dir = workspace();
    std::fs::create_dir(dir.path().join("templates")).unwrap();
    let endless = "#let n = range(4000).map(i => range(4000).fold(0, (a, b) => a + b)).len()\n#n\n";
    std::fs::write(dir.path().join("templates/speaker-bios.typ.hbs"), endless).unwrap();
    let begun = Instant::now();
    let out = presskit(
        dir.path(),
        &["build", "b.toml", "-o", "out", "--timeout", "0.5"],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("speaker-bios.typ.hbs") && err.contains("took longer than 0.5 s"),
        "{err}"
    );
    assert!(
        begun.elapsed() < Duration::from_secs(30),
        "the watchdog did not stop it: {:?}",
        begun.elapsed()
    );
    assert!(!dir.path().join("out").exists(), "output written");
}

#[test]
fn byte_order_marks_and_windows_line_endings_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(REFERENCE).unwrap();
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(text.as_bytes());
    std::fs::write(dir.path().join("bom.toml"), bom).unwrap();
    std::fs::write(dir.path().join("crlf.toml"), text.replace('\n', "\r\n")).unwrap();
    let out = presskit(dir.path(), &["build", "bom.toml", "crlf.toml", "-o", "out"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let a = std::fs::read(dir.path().join("out/bom/press-release.txt")).unwrap();
    let b = std::fs::read(dir.path().join("out/crlf/press-release.txt")).unwrap();
    assert_eq!(a, b, "encoding changed the text");

    let mut broken = text.into_bytes();
    let at = broken.iter().position(|&b| b == b'R').unwrap();
    broken[at] = 0xFF;
    std::fs::write(dir.path().join("latin.toml"), &broken).unwrap();
    let out = presskit(dir.path(), &["check", "latin.toml"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("byte {at}")) && err.contains("UTF-8"),
        "{err}"
    );
}

#[test]
fn stray_carriage_returns_are_an_error_at_their_place() {
    // A Word-processor paste the `briefing` fuzz target found: a long line that ends in
    // bare carriage returns. Locating the error among them once crashed the tool.
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "# {}{}\nformat = 1\n",
        "Reference briefing on migration ".repeat(5),
        "\r".repeat(14)
    );
    std::fs::write(dir.path().join("pasted.toml"), text).unwrap();
    let out = presskit(dir.path(), &["check", "pasted.toml"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("pasted.toml:1:"), "{err}");
    assert!(!err.contains("internal error"), "{err}");
}

#[test]
fn oversized_input_is_refused_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(REFERENCE).unwrap().replacen(
        "headline = \"IOM",
        &format!("headline = \"{} IOM", "very ".repeat(5000)),
        1,
    );
    std::fs::write(dir.path().join("long.toml"), text).unwrap();
    let out = presskit(dir.path(), &["check", "long.toml"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("long.toml:26:12") && err.contains("at most 20000"),
        "{err}"
    );
    assert!(
        err.lines().all(|l| l.chars().count() < 400),
        "a huge source line was printed whole"
    );

    std::fs::write(dir.path().join("huge.toml"), vec![b'#'; 5 * 1024 * 1024]).unwrap();
    let out = presskit(dir.path(), &["check", "huge.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("at most"));
}

/// Every file in `dir` (not starting with a dot), with its bytes.
fn visible_files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .map(|e| {
            e.flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.is_file() && !p.file_name().unwrap().to_string_lossy().starts_with('.')
                })
                .map(|p| {
                    let b = std::fs::read(&p).unwrap();
                    (p, b)
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn killing_a_build_leaves_each_file_whole_old_or_whole_new() {
    let dir = workspace();
    let old_text = std::fs::read_to_string(dir.path().join("b.toml"))
        .unwrap()
        .replace("IOM briefs Almaty", "IOM briefed Almaty");
    std::fs::write(dir.path().join("old.toml"), &old_text).unwrap();
    assert!(
        presskit(dir.path(), &["build", "b.toml", "-o", "new"])
            .status
            .success()
    );
    assert!(
        presskit(dir.path(), &["build", "old.toml", "-o", "old"])
            .status
            .success()
    );
    let new: Vec<_> = visible_files(&dir.path().join("new/b"));
    let old: Vec<_> = visible_files(&dir.path().join("old/old"));
    let mut rng = fastrand::Rng::with_seed(7);
    for round in 0..12 {
        let target = dir.path().join("out/b");
        let _ = std::fs::remove_dir_all(&target);
        std::fs::create_dir_all(&target).unwrap();
        for (path, bytes) in &old {
            std::fs::write(target.join(path.file_name().unwrap()), bytes).unwrap();
        }
        let mut child = command(dir.path(), &["build", "b.toml", "-o", "out", "-q"])
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rng.u64(0..400)));
        let _ = child.kill();
        let _ = child.wait();
        for (path, bytes) in visible_files(&target) {
            let name = path.file_name().unwrap();
            let was = old
                .iter()
                .find(|(p, _)| p.file_name() == Some(name))
                .map(|(_, b)| b);
            let will = new
                .iter()
                .find(|(p, _)| p.file_name() == Some(name))
                .map(|(_, b)| b);
            assert!(
                Some(&bytes) == was || Some(&bytes) == will,
                "round {round}: {} is neither the old nor the new file",
                path.display()
            );
        }
    }
}

#[test]
fn killing_an_archive_run_leaves_an_archive_that_verifies() {
    let dir = workspace();
    let mut rng = fastrand::Rng::with_seed(11);
    let mut complete = 0;
    for round in 0..12 {
        let archive = dir.path().join(format!("archive-{round}"));
        let mut child = command(
            dir.path(),
            &["archive", "b.toml", "--to", archive.to_str().unwrap(), "-q"],
        )
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
        std::thread::sleep(Duration::from_millis(rng.u64(0..1500)));
        let _ = child.kill();
        let _ = child.wait();
        if archive.join("b").exists() {
            complete += 1;
            let out = presskit(dir.path(), &["verify", archive.to_str().unwrap()]);
            assert!(
                out.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let again = presskit(
            dir.path(),
            &["archive", "b.toml", "--to", archive.to_str().unwrap()],
        );
        assert!(
            again.status.success(),
            "round {round}: re-archiving after a kill failed: {}",
            String::from_utf8_lossy(&again.stderr)
        );
        assert!(
            presskit(dir.path(), &["verify", archive.to_str().unwrap()])
                .status
                .success()
        );
    }
    eprintln!("{complete} of 12 killed runs had finished their folder");
}

// ---------------------------------------------------------------------------------------
// Issue 20: the breaks of a hostile run, one test each (most severe first).

use common::snapshot;

/// The reference briefing's text with `from` replaced by `to` (which must occur).
fn reference_with(from: &str, to: &str) -> String {
    let text = std::fs::read_to_string(REFERENCE).unwrap();
    assert!(text.contains(from), "{from:?} not in the reference");
    text.replacen(from, to, 1)
}

#[test]
fn symlinked_templates_cannot_read_outside_their_folder() {
    // Item 1: a template (or partial) that is a link to a file outside its folder.
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.hbs");
    std::fs::write(&secret, "TOP-SECRET-CONTENT\n").unwrap();
    for (relative, option) in [
        ("templates/press-release.txt.hbs", false),
        ("templates/partials/style.typ.hbs", false),
        ("mine/press-release.txt.hbs", true),
    ] {
        let dir = workspace();
        let link = dir.path().join(relative);
        std::fs::create_dir_all(link.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(&secret, &link).unwrap();
        let mut args = vec!["build", "b.toml", "-o", "out"];
        if option {
            args.extend(["--templates", "mine"]);
        }
        let out = presskit(dir.path(), &args);
        let err = common::stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{relative}: {err}");
        let name = Path::new(relative).file_name().unwrap().to_str().unwrap();
        assert!(
            err.contains(name) && err.contains("outside its templates folder"),
            "{relative}: {err}"
        );
        assert!(!err.contains("TOP-SECRET"), "{relative}: {err}");
        assert!(
            !dir.path().join("out").exists(),
            "{relative}: output written"
        );
    }
    // A link inside the folder is fine.
    let dir = workspace();
    std::fs::create_dir_all(dir.path().join("templates/partials")).unwrap();
    std::fs::write(
        dir.path().join("templates/mine.txt"),
        "release: {{release.headline}}\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(
        "mine.txt",
        dir.path().join("templates/press-release.txt.hbs"),
    )
    .unwrap();
    let out = presskit(dir.path(), &["build", "b.toml", "-o", "out"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let text = std::fs::read_to_string(dir.path().join("out/b/press-release.txt")).unwrap();
    assert!(text.starts_with("release: IOM briefs"), "{text}");
}

#[test]
fn briefing_names_that_would_leave_or_hide_in_the_output_are_refused() {
    // Items 2, 5 and 16: `...toml` has the stem `..`; dot names are hidden folders that
    // verify skips; a backslash breaks the archive's attachment.
    for name in [
        "...toml",
        "..toml",
        ".hidden.toml",
        "a\\b.toml",
        "tab\there.toml",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let inner = dir.path().join("in");
        std::fs::create_dir(&inner).unwrap();
        std::fs::copy(REFERENCE, inner.join(name)).unwrap();
        let before = snapshot(dir.path());
        for args in [
            vec!["build", name, "-o", "out"],
            vec!["archive", name, "--to", "archive"],
        ] {
            let out = presskit(&inner, &args);
            let err = common::stderr(&out);
            assert_eq!(out.status.code(), Some(1), "{name:?} {args:?}: {err}");
            assert!(
                err.contains("cannot name an output folder"),
                "{name:?}: {err}"
            );
            assert_eq!(
                snapshot(dir.path()),
                before,
                "{name:?} {args:?} wrote something"
            );
            assert!(!inner.join("out").exists() && !inner.join("archive").exists());
        }
    }
}

#[test]
fn a_failed_build_writes_or_replaces_nothing() {
    // Item 3: one target is a folder; the other seven files used to be replaced.
    let dir = workspace();
    let built = presskit(dir.path(), &["build", "b.toml", "-o", "out"]);
    assert!(built.status.success(), "{}", common::stderr(&built));
    let folder = dir.path().join("out/b");
    let name_tents = folder.join("name-tents.pdf");
    std::fs::remove_file(&name_tents).unwrap();
    std::fs::create_dir(&name_tents).unwrap();
    let before = snapshot(dir.path());
    std::fs::write(
        dir.path().join("b.toml"),
        reference_with("IOM briefs Almaty", "IOM briefed Almaty"),
    )
    .unwrap();
    let before: Vec<_> = before
        .into_iter()
        .filter(|(p, _)| p != Path::new("b.toml"))
        .collect();
    let out = presskit(dir.path(), &["build", "b.toml", "-o", "out"]);
    let err = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("name-tents.pdf") && err.contains("folder"),
        "{err}"
    );
    let after: Vec<_> = snapshot(dir.path())
        .into_iter()
        .filter(|(p, _)| p != Path::new("b.toml"))
        .collect();
    assert_eq!(after, before, "files were replaced by a failed build");
}

#[test]
fn special_files_and_dangling_links_are_named_for_what_they_are() {
    // Item 17: a link to /dev/zero "did not exist"; a dangling -o link said "File exists".
    let dir = workspace();
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.toml")).unwrap();
    let out = presskit(dir.path(), &["check", "zero.toml"]);
    let err = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("a device"), "{err}");
    std::os::unix::fs::symlink("nowhere/at/all", dir.path().join("out")).unwrap();
    let out = presskit(dir.path(), &["build", "b.toml", "-o", "out"]);
    let err = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("symbolic link to nothing"), "{err}");
}

#[test]
fn control_characters_in_data_reach_no_terminal() {
    // Item 18: a `language` with escape sequences erased lines and printed a fake "ok".
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("b.toml"),
        reference_with(
            "language = \"en\"",
            "language = \"\\u001b[2K\\u001b[1A\\rb.toml: ok\\u009b\"",
        ),
    )
    .unwrap();
    let out = presskit(dir.path(), &["check", "b.toml"]);
    let err = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        !err.contains('\u{1b}') && !err.contains('\r') && !err.contains('\u{9b}'),
        "{err:?}"
    );
    assert!(err.contains("\\u{1b}[2K"), "{err}");
}

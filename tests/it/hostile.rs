//! Hostile and broken input through the real binary: templates that try to leave the
//! sandbox, a template that never ends, odd encodings, and processes killed mid-write.

use crate::common;

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
    // Ten thousand million additions: hours, so only the watchdog can end it.
    let endless =
        "#let n = range(100000).map(i => range(100000).fold(0, (a, b) => a + b)).len()\n#n\n";
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
    // Stopped near the timeout: the other documents and the start take a few seconds
    // at most in a debug build, even on a loaded machine.
    assert!(
        begun.elapsed() < Duration::from_secs(15),
        "the watchdog did not stop it near the timeout: {:?}",
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
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "huge.toml: error: the file is 5242880 bytes; a briefing may be at most 4194304"
        ),
        "{err}"
    );
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

/// The documents of the workspace's briefing as it makes them (`new`) and as an earlier
/// version of it (another headline) made them (`old`), by file, for the kill tests.
type Documents = Vec<(PathBuf, Vec<u8>)>;

/// Builds the old and the new documents of the briefing `b.toml` in `dir`: (old, new).
fn old_and_new_documents(dir: &Path) -> (Documents, Documents) {
    let old_text = std::fs::read_to_string(dir.join("b.toml"))
        .unwrap()
        .replace("IOM briefs Almaty", "IOM briefed Almaty");
    std::fs::write(dir.join("old.toml"), &old_text).unwrap();
    for (file, out) in [("b.toml", "new"), ("old.toml", "old")] {
        assert!(presskit(dir, &["build", file, "-o", out]).status.success());
    }
    (
        visible_files(&dir.join("old/old")),
        visible_files(&dir.join("new/b")),
    )
}

#[test]
fn killing_a_build_leaves_each_file_whole_old_or_whole_new() {
    let dir = workspace();
    let (old, new) = old_and_new_documents(dir.path());
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
            // Killed after the folder and before the index: verify says the index is
            // missing (and the next `archive` writes it), and nothing else.
            let out = presskit(dir.path(), &["verify", archive.to_str().unwrap()]);
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                out.status.success()
                    || (err.matches(": error:").count() == 1 && err.contains("index.pdf")),
                "round {round}: {err}"
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

/// Runs presskit with `args` in `dir`, its address space bounded to `bytes`, so that a
/// regression that runs away with memory fails the test instead of taking the machine.
fn presskit_limited(dir: &Path, args: &[&str], bytes: u64) -> std::process::Output {
    use std::os::unix::process::CommandExt;
    let mut command = command(dir, args);
    // SAFETY: setrlimit is async-signal-safe and touches only the child.
    unsafe {
        command.pre_exec(move || {
            let limit = libc::rlimit {
                rlim_cur: bytes,
                rlim_max: bytes,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    command.output().expect("the binary runs")
}

/// 3 GiB of address space: far above what a build needs, far below a runaway.
const ADDRESS_SPACE: u64 = 3 << 30;

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

/// Archives `name` (a copy of the reference) in `dir` into `dir/archive`; must succeed.
fn archive_as(dir: &Path, name: &str) {
    std::fs::copy(REFERENCE, dir.join(name)).unwrap();
    let out = presskit(dir, &["archive", name, "--to", "archive"]);
    assert!(out.status.success(), "{name}: {}", common::stderr(&out));
}

#[test]
fn non_ascii_file_names_archive_extract_and_verify() {
    // Item 4: the attachment's name is a UTF-16 text string in the PDF.
    let dir = tempfile::tempdir().unwrap();
    archive_as(dir.path(), "брифинг-é.toml");
    let folder = dir.path().join("archive/брифинг-é");
    assert!(folder.join("press-release.pdf").is_file());
    assert!(dir.path().join("archive/index.pdf").is_file());
    let out = presskit(dir.path(), &["extract", "archive/брифинг-é/press-kit.pdf"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert_eq!(out.stdout, std::fs::read(REFERENCE).unwrap());
    let out = presskit(dir.path(), &["verify", "archive"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    // A later briefing archives beside it, and the index lists both.
    archive_as(dir.path(), "second.toml");
    let out = presskit(dir.path(), &["verify", "archive"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
}

#[test]
fn one_damaged_folder_stops_neither_the_others_nor_the_index() {
    // Item 4 (second half) and 6: the index is made from the folders that verify.
    let dir = tempfile::tempdir().unwrap();
    archive_as(dir.path(), "first.toml");
    std::fs::write(
        dir.path().join("archive/first/press-release.pdf"),
        b"%PDF-garbage",
    )
    .unwrap();
    let index = dir.path().join("archive/index.pdf");
    std::fs::remove_file(&index).unwrap();
    std::fs::copy(REFERENCE, dir.path().join("second.toml")).unwrap();
    let out = presskit(dir.path(), &["archive", "second.toml", "--to", "archive"]);
    let err = common::stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("archive/first") && err.contains("left out of the index"),
        "{err}"
    );
    assert!(index.is_file(), "no index written");
    assert!(dir.path().join("archive/second/press-kit.pdf").is_file());
}

/// A change made to an archive behind presskit's back.
type Tamper = Box<dyn FnOnce(&Path)>;

/// What `verify` says of an archive of the reference after `tamper` changed it.
fn verify_after(tamper: impl FnOnce(&Path)) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    archive_as(dir.path(), "b.toml");
    tamper(&dir.path().join("archive"));
    let out = presskit(dir.path(), &["verify", "archive"]);
    (out.status.code(), common::stderr(&out))
}

#[test]
fn verify_sees_every_kind_of_tampering() {
    // Item 6: each of these returned 0 before.
    let manifest_without = |folder: &Path, name: &str| {
        let path = folder.join("MANIFEST.sha256");
        let text = std::fs::read_to_string(&path).unwrap();
        let kept: String = text
            .lines()
            .filter(|l| !l.ends_with(&format!("  {name}")))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(path, kept).unwrap();
    };
    let cases: Vec<(&str, Tamper, &str)> = vec![
        (
            "a document and its manifest line",
            Box::new(move |a: &Path| {
                std::fs::remove_file(a.join("b/name-tents.pdf")).unwrap();
                manifest_without(&a.join("b"), "name-tents.pdf");
            }),
            "name-tents.pdf is not in the manifest",
        ),
        (
            "every document, the manifest emptied",
            Box::new(|a: &Path| {
                for e in std::fs::read_dir(a.join("b")).unwrap().flatten() {
                    std::fs::remove_file(e.path()).unwrap();
                }
                std::fs::write(a.join("b/MANIFEST.sha256"), "").unwrap();
            }),
            "press-release.pdf is not in the manifest",
        ),
        (
            "an extra folder",
            Box::new(|a: &Path| std::fs::create_dir(a.join("b/extra")).unwrap()),
            "extra entry, a folder",
        ),
        (
            "a FIFO",
            Box::new(|a: &Path| {
                let path = std::ffi::CString::new(a.join("b/pipe").as_os_str().as_encoded_bytes())
                    .unwrap();
                // SAFETY: a valid C string; mkfifo only creates the file.
                assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o644) }, 0);
            }),
            "extra entry, a FIFO",
        ),
        (
            "a dangling link",
            Box::new(|a: &Path| {
                std::os::unix::fs::symlink("/nonexistent", a.join("b/dangling")).unwrap()
            }),
            "extra entry, a symbolic link",
        ),
        (
            "a document replaced by a link to a copy",
            Box::new(|a: &Path| {
                let copy = a.parent().unwrap().join("copy.pdf");
                std::fs::rename(a.join("b/press-kit.pdf"), &copy).unwrap();
                std::os::unix::fs::symlink(&copy, a.join("b/press-kit.pdf")).unwrap();
            }),
            "press-kit.pdf has been replaced: it is now a symbolic link",
        ),
        (
            "a renamed folder",
            Box::new(|a: &Path| std::fs::rename(a.join("b"), a.join("c")).unwrap()),
            "the folder has been renamed",
        ),
        (
            "the index deleted",
            Box::new(|a: &Path| std::fs::remove_file(a.join("index.pdf")).unwrap()),
            "index.pdf",
        ),
        (
            "the index corrupted",
            Box::new(|a: &Path| std::fs::write(a.join("index.pdf"), b"%PDF-1.7\nnot").unwrap()),
            "the index is damaged",
        ),
    ];
    for (what, tamper, expected) in cases {
        let (code, err) = verify_after(tamper);
        assert_eq!(code, Some(1), "{what}: verify passed: {err}");
        assert!(err.contains(expected), "{what}: {err}");
    }
}

#[test]
fn people_counts_past_any_briefing_are_refused_at_their_key() {
    // Item 7: 4294967295 people aborted the process; a million took 7.6 GB.
    for people in ["4294967295", "1000000", "1001"] {
        let dir = tempfile::tempdir().unwrap();
        let text = reference_with(
            "website = \"www.exclusive.kz\"",
            &format!("website = \"www.exclusive.kz\"\npeople = {people}"),
        );
        std::fs::write(dir.path().join("b.toml"), text).unwrap();
        let out = presskit_limited(dir.path(), &["build", "b.toml", "-o", "out"], ADDRESS_SPACE);
        let err = common::stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{people}: {err}");
        assert!(
            err.contains("b.toml:104:10") && err.contains("attendance[0].people"),
            "{people}: {err}"
        );
        assert!(err.contains("at most 1000"), "{err}");
        assert!(!dir.path().join("out").exists());
    }
    // Many outlets of many people: the sign-in sheet's rows are bounded in all.
    let dir = tempfile::tempdir().unwrap();
    let mut text = std::fs::read_to_string(REFERENCE).unwrap();
    for i in 0..6 {
        text.push_str(&format!(
            "\n[[attendance]]\noutlet = \"Crowd {i}\"\nkind = \"online\"\npeople = 1000\n"
        ));
    }
    std::fs::write(dir.path().join("b.toml"), text).unwrap();
    let out = presskit_limited(dir.path(), &["check", "b.toml"], ADDRESS_SPACE);
    let err = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("more than a sign-in sheet can list"), "{err}");
}

/// The reference with the first speaker's photo set to `name`, holding `bytes`.
fn with_photo(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
    let text = reference_with(
        "name = \"Dejan Keserovic\"",
        &format!("name = \"Dejan Keserovic\"\nphoto = \"{name}\""),
    );
    std::fs::write(dir.join("b.toml"), text).unwrap();
}

#[test]
fn images_are_checked_at_their_key_before_any_decoding() {
    // Items 8 and 9: a 74-byte PNG claiming 2^31-1 pixels a side aborted the process;
    // broken images were reported in generated markup, SVG errors at no line at all.
    let mut huge = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    huge.extend(2_147_483_647u32.to_be_bytes());
    huge.extend(2_147_483_647u32.to_be_bytes());
    huge.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
    huge.extend(b"\0\0\0\0IEND\xaeB`\x82");
    let mut truncated_jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 16];
    truncated_jpeg.extend(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
    truncated_jpeg.extend([0xFF, 0xC0, 0, 17, 8, 0, 64, 0, 64, 3]);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("huge.png", huge, "2147483647 × 2147483647 pixels"),
        ("garbage.png", b"\x89PNG\r\n\x1a\ngarbage after the signature".to_vec(), "damaged"),
        ("cut.jpg", truncated_jpeg, "cannot be decoded"),
        (
            "linked.svg",
            br#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image xlink:href="file:///etc/passwd" width="10" height="10"/></svg>"#.to_vec(),
            "SVG cannot be read",
        ),
        (
            "entities.svg",
            br#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "&b;"><!ENTITY b "&a;">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>"#.to_vec(),
            "SVG cannot be read",
        ),
    ];
    for (name, bytes, expected) in cases {
        let dir = tempfile::tempdir().unwrap();
        with_photo(dir.path(), name, &bytes);
        let out = presskit_limited(dir.path(), &["build", "b.toml", "-o", "out"], ADDRESS_SPACE);
        let err = common::stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{name}: {err}");
        assert!(
            err.contains("b.toml:59:9") && err.contains("speakers[0].photo"),
            "{name}: not located at the key: {err}"
        );
        assert!(err.contains(expected), "{name}: {err}");
        assert!(!err.contains("generated"), "{name}: {err}");
        assert!(!dir.path().join("out").exists());
    }
    let dir = tempfile::tempdir().unwrap();
    with_photo(
        dir.path(),
        "fine.png",
        presskit::input::image::ONE_PIXEL_PNG,
    );
    let out = presskit(dir.path(), &["build", "b.toml", "-o", "out"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
}

/// A workspace whose `templates/NAME` holds `text`.
fn with_template(name: &str, text: &str) -> tempfile::TempDir {
    let dir = workspace();
    let path = dir.path().join("templates").join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
    dir
}

#[test]
fn templates_including_each_other_in_a_loop_are_refused() {
    // Item 10: `style` → `bio` → `style` overflowed the stack and aborted.
    let dir = with_template("partials/style.typ.hbs", "{{> partials/bio}}\n");
    std::fs::write(
        dir.path().join("templates/partials/bio.typ.hbs"),
        "{{#if true}}{{> partials/style}}{{/if}}\n",
    )
    .unwrap();
    let out = presskit(dir.path(), &["build", "b.toml", "-o", "out"]);
    let err = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("`partials/bio` includes `partials/style` includes `partials/bio`"),
        "{err}"
    );
    assert!(!dir.path().join("out").exists());
}

#[test]
fn a_template_that_asks_for_too_much_memory_ends_the_run_cleanly() {
    // Item 10: one allocation of 100 GB aborted (status 134); a range of 10^12 grew to
    // 10 GB inside the time limit.
    // The third grows by 4 MB steps, none of them past the limit alone.
    for code in [
        "#(\"x\" * 100000000000)",
        "#range(1000000000000).len()",
        "#range(400).map(i => \"x\" * 4000000).len()",
    ] {
        let dir = with_template("press-release.typ.hbs", &format!("{code}\n"));
        let begun = Instant::now();
        let out = presskit_limited(
            dir.path(),
            &["build", "b.toml", "-o", "out", "--max-memory", "512"],
            ADDRESS_SPACE,
        );
        let err = common::stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{code}: {err}");
        assert!(
            err.contains("typesetting press-release")
                && err.contains("needed more memory than --max-memory allows (512 MiB"),
            "{code}: {err}"
        );
        assert!(begun.elapsed() < Duration::from_secs(50), "{code}");
        assert!(!dir.path().join("out").exists(), "{code}");
    }
}

#[test]
fn archive_times_out_its_index_as_asked() {
    // Item 11: a looping index template waited the default 60 s under `--timeout 2`.
    let dir = with_template(
        "archive-index.typ.hbs",
        "#let n = range(4000).map(i => range(4000).fold(0, (a, b) => a + b)).len()\n#n\n",
    );
    let begun = Instant::now();
    let out = presskit(
        dir.path(),
        &[
            "archive",
            "b.toml",
            "--to",
            "archive",
            "--timeout",
            "2",
            "--templates",
            "templates",
        ],
    );
    let err = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("took longer than 2 s"), "{err}");
    assert!(
        begun.elapsed() < Duration::from_secs(40),
        "{:?}",
        begun.elapsed()
    );
}

#[test]
fn reading_archives_is_bounded() {
    // Item 12: a FIFO, a device, a sparse 3 GB file, a 5 GB manifest.
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.pdf");
    let path = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid C string; mkfifo only creates the file.
    assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o644) }, 0);
    let big = dir.path().join("big.pdf");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(3 << 30)
        .unwrap();
    for (file, expected) in [
        ("/dev/zero", "a device"),
        ("pipe.pdf", "a FIFO"),
        ("big.pdf", "more than the"),
    ] {
        let begun = Instant::now();
        let out = presskit_limited(dir.path(), &["extract", file], ADDRESS_SPACE);
        let err = common::stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{file}: {err}");
        assert!(err.contains(expected), "{file}: {err}");
        assert!(begun.elapsed() < Duration::from_secs(10), "{file}");
    }
    archive_as(dir.path(), "b.toml");
    let manifest = dir.path().join("archive/b/MANIFEST.sha256");
    std::fs::OpenOptions::new()
        .append(true)
        .open(&manifest)
        .unwrap()
        .set_len(5 << 30)
        .unwrap();
    let out = presskit_limited(dir.path(), &["verify", "archive"], ADDRESS_SPACE);
    let err = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("MANIFEST.sha256") && err.contains("more than the"),
        "{err}"
    );
}

#[test]
fn jobs_are_bounded() {
    // Item 13: 100,000 threads took over a minute for a 0.1 s build.
    let dir = workspace();
    let begun = Instant::now();
    let out = presskit(dir.path(), &["check", "b.toml", "--jobs", "100000"]);
    assert_eq!(out.status.code(), Some(2), "{}", common::stderr(&out));
    assert!(common::stderr(&out).contains("from 1 to 256"));
    assert!(begun.elapsed() < Duration::from_secs(5));
}

#[test]
fn an_unbreakable_short_name_still_builds() {
    // Item 14: the `one-line` helper failed when not one character fitted.
    let dir = tempfile::tempdir().unwrap();
    let name = "X".repeat(59);
    std::fs::write(
        dir.path().join("b.toml"),
        reference_with("short_name = \"IOM\"", &format!("short_name = \"{name}\"")),
    )
    .unwrap();
    let out = presskit(dir.path(), &["build", "b.toml", "-o", "out"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
}

#[test]
fn a_negative_utc_offset_prints() {
    // Item 15: the minus sign was U+2212, which the fonts lack.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("b.toml"),
        reference_with(
            "[release]\n",
            "[release]\nembargo = 2016-12-22T09:00:00-05:30\n",
        ),
    )
    .unwrap();
    let out = presskit(dir.path(), &["build", "b.toml", "-o", "out"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let text = std::fs::read_to_string(dir.path().join("out/b/press-release.txt")).unwrap();
    assert!(text.contains("UTC-05:30"), "{text}");
}

#[test]
fn wrong_settings_and_dates_are_refused_once_and_clearly() {
    // Item 16 and 19: SOURCE_DATE_EPOCH past 9999 dropped the date in build and failed
    // archive with one error per document; year 0 printed as "1 January 0".
    let dir = workspace();
    for args in [
        &["build", "b.toml", "-o", "out"][..],
        &["archive", "b.toml", "--to", "archive"][..],
    ] {
        let out = command(dir.path(), args)
            .env("SOURCE_DATE_EPOCH", "999999999999")
            .output()
            .unwrap();
        let err = common::stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(err.matches(": error:").count(), 1, "{args:?}: {err}");
        assert!(err.contains("SOURCE_DATE_EPOCH"), "{err}");
    }
    std::fs::write(
        dir.path().join("b.toml"),
        reference_with("date = 2016-12-22", "date = 0000-01-01"),
    )
    .unwrap();
    let out = presskit(dir.path(), &["check", "b.toml"]);
    let err = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("b.toml:19:8") && err.contains("year 0"),
        "{err}"
    );
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

#[test]
fn racing_archive_runs_of_one_briefing_all_succeed() {
    // Item 19: 5 of 15 racing runs failed with `Directory not empty`.
    let dir = workspace();
    let children: Vec<_> = (0..4)
        .map(|_| {
            command(dir.path(), &["archive", "b.toml", "--to", "archive", "-q"])
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", common::stderr(&out));
    }
    let out = presskit(dir.path(), &["verify", "archive"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
}

#[test]
fn archive_follows_paper_and_build_cleans_what_a_killed_run_left() {
    // Item 19: `archive --paper letter` wrote A4; `.part` files of a killed build stayed.
    let dir = workspace();
    let out = presskit(
        dir.path(),
        &["archive", "b.toml", "--to", "archive", "--paper", "letter"],
    );
    assert!(out.status.success(), "{}", common::stderr(&out));
    // The index is landscape.
    for (file, size) in [
        ("archive/b/press-release.pdf", (612, 792)),
        ("archive/index.pdf", (792, 612)),
    ] {
        let sizes = common::pdf::page_sizes(&dir.path().join(file));
        assert!(sizes.iter().all(|s| *s == size), "{file}: {sizes:?}");
    }
    let folder = dir.path().join("out/b");
    std::fs::create_dir_all(&folder).unwrap();
    let stale = folder.join(".presskit-AbC123.part");
    let fresh = folder.join(".presskit-XyZ789.part");
    for path in [&stale, &fresh] {
        std::fs::write(path, b"half a PDF").unwrap();
    }
    let hour_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(hour_ago)
        .unwrap();
    let out = presskit(dir.path(), &["build", "b.toml", "-o", "out"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert!(!stale.exists(), "the killed run's file is still there");
    assert!(
        fresh.exists(),
        "a file another run may be writing was removed"
    );
}

#[test]
fn a_value_whose_capital_no_font_has_is_refused() {
    // Item 19: `ↄ` prints, but the city is set in capitals, and `Ↄ` does not.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("b.toml"),
        reference_with("city = \"Almaty\"", "city = \"Almaty ↄ\""),
    )
    .unwrap();
    let out = presskit(dir.path(), &["check", "b.toml"]);
    let err = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("b.toml:12:8") && err.contains("U+2184"),
        "{err}"
    );
}

#[test]
fn a_leftover_holding_the_only_complete_copy_is_not_called_deletable() {
    // Item 5: `.presskit-abc.partial.toml`, archived by an older presskit, was then
    // called a leftover that "can be deleted".
    let dir = tempfile::tempdir().unwrap();
    archive_as(dir.path(), "b.toml");
    let archive = dir.path().join("archive");
    let left = archive.join(".presskit-abc.partial");
    std::fs::rename(archive.join("b"), &left).unwrap();
    // An older presskit kept no record of the archive's folders.
    std::fs::remove_file(archive.join("FOLDERS.sha256")).unwrap();
    archive_as(dir.path(), "other.toml");
    let out = presskit(dir.path(), &["verify", "archive"]);
    let err = common::stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("complete copy of `b`") && err.contains("rename it to `b`"),
        "{err}"
    );
    assert!(!err.contains("can be deleted"), "{err}");
    // Once the briefing is archived again, the copy is a true leftover.
    archive_as(dir.path(), "b.toml");
    let out = presskit(dir.path(), &["verify", "archive"]);
    assert!(common::stderr(&out).contains("can be deleted"));
}

#[test]
fn keys_nested_past_the_parser_s_limit_are_located() {
    // Item 16: about 85 dotted levels gave `1:1: error: recursion limit`.
    let dir = tempfile::tempdir().unwrap();
    let mut text = std::fs::read_to_string(REFERENCE).unwrap();
    let lines = text.lines().count();
    let deep: Vec<String> = (0..90).map(|i| format!("k{i}")).collect();
    text.push_str(&format!("\n[deep]\n{} = 1\n", deep.join(".")));
    std::fs::write(dir.path().join("b.toml"), text).unwrap();
    let out = presskit(dir.path(), &["check", "b.toml"]);
    let err = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("b.toml:{}:1: error", lines + 3)),
        "{err}"
    );
    assert!(err.contains("nest too deeply"), "{err}");
}

#[test]
fn a_build_killed_between_two_renames_leaves_whole_files_old_and_new_and_its_staged_files() {
    let dir = workspace();
    let (old, new) = old_and_new_documents(dir.path());
    let target = dir.path().join("out/b");
    std::fs::create_dir_all(&target).unwrap();
    for (path, bytes) in &old {
        std::fs::write(target.join(path.file_name().unwrap()), bytes).unwrap();
    }
    // Stopped by the debug build's pause point after the third of the renames, and
    // killed there: inside the window this test is about, every time.
    let marker = dir.path().join("paused");
    let mut child = command(
        dir.path(),
        &["build", "b.toml", "-o", "out", "-q", "--force"],
    )
    .env("PRESSKIT_TEST_PAUSE_AFTER_RENAMES", "3")
    .env("PRESSKIT_TEST_PAUSE_MARKER", &marker)
    .stderr(Stdio::null())
    .spawn()
    .unwrap();
    let begun = std::time::Instant::now();
    while !marker.exists() {
        assert!(
            begun.elapsed() < Duration::from_secs(60),
            "never reached the pause"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let (mut became_new, mut stayed_old) = (0, 0);
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
        if Some(&bytes) == will && Some(&bytes) != was {
            became_new += 1;
        } else if Some(&bytes) == was {
            stayed_old += 1;
        } else {
            panic!("{} is neither the old nor the new file", path.display());
        }
    }
    assert!(
        became_new >= 1 && stayed_old >= 1,
        "{became_new} new, {stayed_old} old"
    );
    // What the kill left behind is listed: the staged files of the renames not done,
    // each a whole new file under a temporary name, which the next build will clear.
    let staged: Vec<Vec<u8>> = std::fs::read_dir(&target)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(".presskit-")
        })
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    assert!(
        !staged.is_empty(),
        "no staged file left: the kill was not inside the writes"
    );
    for bytes in &staged {
        assert!(
            new.iter().any(|(_, b)| b == bytes) || old.iter().any(|(_, b)| b == bytes),
            "a staged file is not a whole document"
        );
    }
}

/// The quoted strings of an strace line (paths), in order.
fn quoted(line: &str) -> Vec<&str> {
    line.split('"').skip(1).step_by(2).collect()
}

/// The path an strace `-y` line shows for the call's first file descriptor:
/// `fsync(3</out/x/.presskit-ab.part>)` gives `/out/x/.presskit-ab.part`.
fn fd_path(line: &str) -> Option<&str> {
    let start = line.find('<')? + 1;
    let end = start + line[start..].find('>')?;
    Some(&line[start..end])
}

#[test]
fn every_file_is_written_beside_flushed_to_disk_then_renamed_over_its_target() {
    // What the kill tests cannot see: a power cut after a rename whose file was never
    // flushed leaves an empty or torn file under the new name. strace shows the system
    // calls in their order; it is the one external tool this test needs.
    if std::process::Command::new("strace")
        .arg("-V")
        .output()
        .is_err()
    {
        common::skip("strace is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(REFERENCE, dir.path().join("almaty-2016-12-22.toml")).unwrap();
    let trace = dir.path().join("trace.txt");
    let out = std::process::Command::new("strace")
        .args(["-f", "-qq", "-y", "-o"])
        .arg(&trace)
        .args([
            "-e",
            "trace=openat,write,pwrite64,writev,fsync,fdatasync,rename,renameat,renameat2",
            env!("CARGO_BIN_EXE_presskit"),
            "build",
            "almaty-2016-12-22.toml",
            "-o",
            "out",
        ])
        .current_dir(dir.path())
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .unwrap();
    // Where tracing is not allowed (a container without ptrace), strace may write nothing.
    let trace = std::fs::read_to_string(&trace).unwrap_or_default();
    if !out.status.success() && trace.trim().is_empty() {
        common::skip(&format!(
            "strace cannot trace here: {}",
            common::stderr(&out)
        ));
        return;
    }
    assert!(out.status.success(), "{}", common::stderr(&out));
    let folder = dir.path().join("out/almaty-2016-12-22");
    let folder = folder.canonicalize().unwrap();
    let mut flushed: Vec<&str> = Vec::new();
    let mut renamed_to = Vec::new();
    let mut failures = Vec::new();
    for line in trace.lines() {
        // The call's name: the word before the first parenthesis, after the thread id.
        let call = line
            .split_whitespace()
            .nth(1)
            .and_then(|c| c.split('(').next())
            .unwrap_or_default();
        match call {
            "write" | "pwrite64" | "writev" => {
                if let Some(path) =
                    fd_path(line).filter(|p| p.starts_with(folder.to_str().unwrap()))
                {
                    if path.ends_with(".part") {
                        // Written after its flush: that flush no longer covers it.
                        flushed.retain(|f| *f != path);
                    } else {
                        failures.push(format!("written in place: {line}"));
                    }
                }
            }
            "fsync" | "fdatasync" => flushed.extend(fd_path(line)),
            "rename" | "renameat" | "renameat2" => {
                let paths = quoted(line);
                let (Some(from), Some(to)) = (paths.first(), paths.get(1)) else {
                    continue;
                };
                // The staged file's path is absolute, the target's as given (relative).
                if !from.starts_with(folder.to_str().unwrap()) {
                    continue;
                }
                if !flushed.contains(from) {
                    failures.push(format!("renamed before it was flushed to disk: {line}"));
                }
                renamed_to.push(Path::new(to).file_name().unwrap().to_owned());
            }
            _ => {}
        }
    }
    // Every document came by a rename.
    for entry in std::fs::read_dir(&folder).unwrap().flatten() {
        if entry.path().is_file() && !renamed_to.contains(&entry.file_name()) {
            failures.push(format!(
                "{:?} was not renamed into place",
                entry.file_name()
            ));
        }
    }
    assert!(
        renamed_to.len() >= 12,
        "too few renames seen ({renamed_to:?}):\n{trace}"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn control_characters_reach_typst_as_unicode_escapes_not_raw() {
    // Found by `cargo mutants` on src/escape.rs: with the control-character arm of
    // `markup` switched off, every test still passed. Raw, such a character reaches
    // Typst's source (and the `--keep-typst` markup) as an invisible byte; escaped, the
    // markup stays plain, one-line text that prints the same character.
    let mut failures = Vec::new();
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        if !c.is_control() || typst::syntax::is_newline(c) || c == '\t' || c == '\0' {
            continue;
        }
        let markup = presskit::render::escape::markup(&format!("a{c}b"));
        let expected = format!("a\\u{{{:x}}}b", c as u32);
        if markup != expected {
            failures.push(format!("U+{:04X}: {markup:?}, not {expected:?}", c as u32));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn string_literals_escape_control_and_line_separator_characters_and_html_keeps_a_lone_cr() {
    // Also found by `cargo mutants` on src/escape.rs, every test passing without them: a
    // Typst string literal holds every control and newline character as an escape (so
    // an attached file's name or an image path is one line of source), and the web page
    // breaks a line at a lone carriage return (old Mac text) as at `\r\n` and `\n`.
    let mut failures = Vec::new();
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        if !(c.is_control() || typst::syntax::is_newline(c)) || matches!(c, '\n' | '\r' | '\t') {
            continue;
        }
        let literal = presskit::render::escape::string_literal(&format!("a{c}b"));
        let expected = format!("\"a\\u{{{:x}}}b\"", c as u32);
        if literal != expected {
            failures.push(format!("U+{:04X}: {literal:?}, not {expected:?}", c as u32));
        }
    }
    for (text, expected) in [
        ("a\rb", "a<br>b"),
        ("a\r\nb", "a<br>b"),
        ("a\nb", "a<br>b"),
        ("a\r\r\nb", "a<br><br>b"),
    ] {
        let html = presskit::render::escape::html(text);
        if html != expected {
            failures.push(format!("html({text:?}) = {html:?}, not {expected:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

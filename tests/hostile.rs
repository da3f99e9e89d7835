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

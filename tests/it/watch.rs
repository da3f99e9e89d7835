//! `presskit watch` as a user runs it: started on a copy of the reference briefing, the
//! briefing and its images edited while it runs, then broken; stopped by SIGTERM or
//! Ctrl-C (SIGINT), or killed at the end of a test.
//!
//! Nothing here sleeps for a guessed time: each step waits for the line the watch prints
//! when a build ends (within a generous deadline), and "no second rebuild" is a quiet
//! window measured from the debounce and the rebuild's own printed duration.

use crate::common;

use common::images::{jpeg, png};
use common::pdf::Structure;
use common::{REFERENCE, squeeze};
use presskit::commands::watch::DEBOUNCE;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long a rebuild may take before the test gives up (debug builds on a slow machine).
const PATIENCE: Duration = Duration::from_secs(90);

/// Kills the watcher when the test ends, passed or not.
pub struct Watcher(Child);

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `presskit watch almaty.toml -o out` in `dir`; returns the running watcher and
/// a reader of what it has printed to stderr so far.
fn start(dir: &Path) -> (Watcher, impl Fn() -> String) {
    start_on(dir, "almaty.toml")
}

/// Starts `presskit watch BRIEFING -o out` in `dir`; returns the running watcher and a
/// reader of what it has printed to stderr so far.
pub fn start_on(dir: &Path, briefing: &str) -> (Watcher, impl Fn() -> String + use<>) {
    let stderr_log = dir.join("watch.log");
    let child = Command::new(env!("CARGO_BIN_EXE_presskit"))
        .args(["watch", briefing, "-o", "out"])
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .env("PRESSKIT_LANG", "en")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&stderr_log).unwrap())
        .spawn()
        .expect("the binary runs");
    let log = move || std::fs::read_to_string(&stderr_log).unwrap_or_default();
    (Watcher(child), log)
}

/// Text of a PDF, or nothing while it cannot be read.
fn pdf_text(path: &Path) -> String {
    common::pdf::try_page_texts(path)
        .map(|pages| pages.concat())
        .unwrap_or_default()
}

/// Waits until `done` holds, polling; false when the patience runs out.
pub fn wait_for(mut done: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < PATIENCE {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

/// The lines of `log` that end a build: `built …`, `rebuilt …` or `build failed …`.
pub fn build_ends(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|l| {
            l.starts_with("built ") || l.starts_with("rebuilt ") || l.starts_with("build failed")
        })
        .collect()
}

/// The seconds a build took, as its closing line prints them (`in 0.42 s`,
/// `after 0.42 s`).
fn seconds(line: &str) -> f64 {
    line.split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .find(|w| w[1].trim_end_matches(';') == "s")
        .and_then(|w| w[0].parse().ok())
        .unwrap_or_else(|| panic!("no duration in {line:?}"))
}

/// Waits until `log` shows `count` ended builds (polling every 5 ms, within the
/// patience); returns the closing line of the last.
pub fn wait_for_builds(log: &impl Fn() -> String, count: usize) -> String {
    let start = Instant::now();
    loop {
        let text = log();
        let ends = build_ends(&text);
        assert!(
            ends.len() <= count,
            "{} builds where {count} were expected:\n{text}",
            ends.len()
        );
        if ends.len() == count {
            return ends[count - 1].to_string();
        }
        assert!(
            start.elapsed() < PATIENCE,
            "build {count} never ended:\n{text}"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// After the `count`-th build has ended, holds that no other build ends within a quiet
/// window: a rebuild woken by that build's own reads or writes would start one debounce
/// after them and take about as long as that build; the window allows 50 debounces of
/// scheduling delay and three times the build's printed duration (a loaded machine).
fn assert_no_second_rebuild(log: &impl Fn() -> String, count: usize) {
    let last = wait_for_builds(log, count);
    let window = DEBOUNCE * 50 + Duration::from_secs_f64(3.0 * seconds(&last));
    let start = Instant::now();
    while start.elapsed() < window {
        let text = log();
        assert_eq!(
            build_ends(&text).len(),
            count,
            "one save woke more than one build (window {window:?}):\n{text}"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Replaces `path` as an editor saves: the new bytes into a temporary file beside it,
/// then renamed over it.
fn save_by_rename(path: &Path, bytes: &[u8]) {
    let temporary = path.with_extension("swp~");
    std::fs::write(&temporary, bytes).unwrap();
    std::fs::rename(&temporary, path).unwrap();
}

/// Every file below `dir` whose name ends in `.part` (a write that never finished).
fn leftovers(dir: &Path) -> Vec<PathBuf> {
    common::snapshot(dir)
        .into_iter()
        .map(|(path, _)| path)
        .filter(|p| p.to_string_lossy().ends_with(".part"))
        .collect()
}

#[test]
fn watch_rebuilds_on_change_and_keeps_the_last_good_documents_on_error() {
    let dir = tempfile::tempdir().unwrap();
    let briefing = dir.path().join("almaty.toml");
    let original = std::fs::read_to_string(REFERENCE).unwrap();
    std::fs::write(&briefing, &original).unwrap();
    let (_watcher, log) = start(dir.path());
    let release = dir.path().join("out/almaty/press-release.pdf");

    // The first build, then the watch.
    assert!(
        wait_for(|| log().contains("watching")),
        "no first build:\n{}",
        log()
    );
    assert!(pdf_text(&release).contains("Almaty journalists"));

    // An edit shows in the PDF.
    let edited = original.replace(
        "IOM briefs Almaty journalists",
        "IOM briefs Astana journalists",
    );
    assert_ne!(edited, original);
    std::fs::write(&briefing, &edited).unwrap();
    assert!(
        wait_for(|| squeeze(&pdf_text(&release)).contains("IOMbriefsAstanajournalists")),
        "the edit never reached the PDF:\n{}",
        log()
    );
    assert!(
        wait_for(|| log().contains("rebuilt")),
        "no rebuild time printed:\n{}",
        log()
    );
    let good = std::fs::read(&release).unwrap();

    // A broken briefing prints its error and leaves the last good PDF in place.
    std::fs::write(
        &briefing,
        edited.replace("[event]", "[event]\ntitel = \"x\""),
    )
    .unwrap();
    assert!(
        wait_for(|| log().contains("build failed")),
        "no error printed:\n{}",
        log()
    );
    assert!(
        log().contains("almaty.toml:16:1: error: `titel` is not a key of [event]"),
        "{}",
        log()
    );
    assert_eq!(
        std::fs::read(&release).unwrap(),
        good,
        "the failed rebuild touched the PDF"
    );

    // And it goes on watching: fixing the file rebuilds again.
    std::fs::write(&briefing, &original).unwrap();
    assert!(
        wait_for(|| squeeze(&pdf_text(&release)).contains("IOMbriefsAlmatyjournalists")),
        "no rebuild after the fix:\n{}",
        log()
    );
}

#[test]
fn a_templates_folder_made_while_watching_is_used_and_then_watched() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(REFERENCE, dir.path().join("almaty.toml")).unwrap();
    let (_watcher, log) = start(dir.path());
    let text = dir.path().join("out/almaty/press-release.txt");
    let read = || std::fs::read_to_string(&text).unwrap_or_default();
    assert!(
        wait_for(|| log().contains("watching")),
        "no first build:\n{}",
        log()
    );
    assert!(!read().contains("EDITED"), "{}", read());

    // The office's own templates arrive as a folder (made elsewhere and moved in).
    let staged = dir.path().join("staged");
    std::fs::create_dir(&staged).unwrap();
    std::fs::write(
        staged.join("press-release.txt.hbs"),
        "EDITED ONCE {{release.headline}}\n",
    )
    .unwrap();
    std::fs::rename(&staged, dir.path().join("templates")).unwrap();
    assert!(
        wait_for(|| read().starts_with("EDITED ONCE")),
        "the new templates folder was not used:\n{}",
        log()
    );

    // From then on, its templates are watched like any other input.
    std::fs::write(
        dir.path().join("templates/press-release.txt.hbs"),
        "EDITED TWICE {{release.headline}}\n",
    )
    .unwrap();
    assert!(
        wait_for(|| read().starts_with("EDITED TWICE")),
        "an edit in the new templates folder was not seen:\n{}",
        log()
    );

    // Taking the folder away brings back the built-in template.
    std::fs::remove_dir_all(dir.path().join("templates")).unwrap();
    assert!(
        wait_for(|| !read().is_empty() && !read().contains("EDITED")),
        "removing the templates folder was not seen:\n{}",
        log()
    );
}

#[test]
fn one_save_is_one_rebuild() {
    let dir = tempfile::tempdir().unwrap();
    let briefing = dir.path().join("almaty.toml");
    let original = std::fs::read_to_string(REFERENCE).unwrap();
    std::fs::write(&briefing, &original).unwrap();
    let (_watcher, log) = start(dir.path());
    let release = dir.path().join("out/almaty/press-release.pdf");
    // The first build writes the documents, which must not wake the watch either.
    assert!(wait_for_builds(&log, 1).starts_with("built "), "{}", log());
    assert!(wait_for(|| log().contains("watching")), "{}", log());
    assert_no_second_rebuild(&log, 1);

    // An editor's save (a temporary file renamed over the briefing): several events,
    // one rebuild, and the edit in the PDF when its line is printed.
    save_by_rename(
        briefing.as_path(),
        original
            .replace(
                "IOM briefs Almaty journalists",
                "IOM briefs Astana journalists",
            )
            .as_bytes(),
    );
    assert!(
        wait_for_builds(&log, 2).starts_with("rebuilt "),
        "{}",
        log()
    );
    assert!(
        squeeze(&pdf_text(&release)).contains("IOMbriefsAstanajournalists"),
        "{}",
        log()
    );
    assert_no_second_rebuild(&log, 2);

    // A save that breaks the briefing: one failed build, and no retry of it.
    save_by_rename(
        &briefing,
        original
            .replace("[event]", "[event]\ntitel = \"x\"")
            .as_bytes(),
    );
    assert!(
        wait_for_builds(&log, 3).starts_with("build failed"),
        "{}",
        log()
    );
    assert_no_second_rebuild(&log, 3);

    // A save in place (truncate, then write) may reach the watch as two changes more
    // than a debounce apart on a loaded machine (then a first build reads a part of the
    // file): wait for the build that shows it, then for quiet.
    std::fs::write(&briefing, &original).unwrap();
    assert!(
        wait_for(|| build_ends(&log())
            .last()
            .is_some_and(|l| l.starts_with("rebuilt "))
            && squeeze(&pdf_text(&release)).contains("IOMbriefsAlmatyjournalists")),
        "{}",
        log()
    );
    let builds = build_ends(&log()).len();
    assert_no_second_rebuild(&log, builds);

    // A file beside the briefing that it does not use wakes nothing.
    std::fs::write(dir.path().join("notes.txt"), "call the venue").unwrap();
    assert_no_second_rebuild(&log, builds);
}

#[test]
fn watch_rebuilds_when_an_image_of_the_briefing_changes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("logo.png"), png(31, 17)).unwrap();
    std::fs::write(dir.path().join("portrait.jpg"), jpeg(23, 29)).unwrap();
    std::fs::write(dir.path().join("photo.png"), png(61, 37)).unwrap();
    let text = std::fs::read_to_string(REFERENCE)
        .unwrap()
        .replacen(
            "short_name = \"IOM\"",
            "short_name = \"IOM\"\nlogo = \"logo.png\"",
            1,
        )
        .replacen(
            "name = \"Dejan Keserovic\"",
            "name = \"Dejan Keserovic\"\nphoto = \"portrait.jpg\"",
            1,
        )
        + "\n[[photos]]\nfile = \"photo.png\"\ncaption = \"The room\"\ncredit = \"IOM\"\n\
           alt = \"Journalists at the table\"\n";
    std::fs::write(dir.path().join("almaty.toml"), text).unwrap();
    let (_watcher, log) = start(dir.path());
    let folder = dir.path().join("out/almaty");
    let images = |doc: &str| -> Vec<(i64, i64)> {
        Structure::open(&folder.join(doc))
            .images()
            .into_iter()
            .map(|(w, h, _)| (w, h))
            .collect()
    };
    wait_for_builds(&log, 1);
    // The folders are watched once this line is printed (after the build's line).
    assert!(wait_for(|| log().contains("watching")), "{}", log());
    assert!(images("press-release.pdf").contains(&(31, 17)), "{}", log());
    assert!(images("speaker-bios.pdf").contains(&(23, 29)), "{}", log());
    assert!(images("press-kit.pdf").contains(&(61, 37)), "{}", log());

    // The logo saved by an image editor (renamed over), the portrait and the photo
    // overwritten in place: each is rebuilt into the documents that show it.
    for (round, (file, bytes, doc, old, new)) in [
        (
            "logo.png",
            png(41, 17),
            "press-release.pdf",
            (31, 17),
            (41, 17),
        ),
        (
            "portrait.jpg",
            jpeg(23, 39),
            "speaker-bios.pdf",
            (23, 29),
            (23, 39),
        ),
        (
            "photo.png",
            png(71, 37),
            "press-kit.pdf",
            (61, 37),
            (71, 37),
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let path = dir.path().join(file);
        if round == 0 {
            save_by_rename(&path, &bytes);
        } else {
            std::fs::write(&path, &bytes).unwrap();
        }
        // (An overwrite in place may be seen as two changes, the first build then failing
        // on a part of the file: wait for a rebuild that shows the new image.)
        let shown = wait_for(|| {
            build_ends(&log()).len() > round + 1
                && build_ends(&log())
                    .last()
                    .is_some_and(|l| l.starts_with("rebuilt "))
                && images(doc).contains(&new)
        });
        let now = images(doc);
        assert!(
            shown && !now.contains(&old),
            "{file}: {doc} has {now:?}, not the new {new:?}:\n{}",
            log()
        );
    }
}

/// Waits for the watcher to exit (within the patience) and returns its status.
fn wait_for_exit(watcher: &mut Watcher) -> std::process::ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = watcher.0.try_wait().unwrap() {
            return status;
        }
        assert!(
            start.elapsed() < PATIENCE,
            "the watch did not stop on its signal"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn sigterm_and_ctrl_c_end_the_watch_cleanly() {
    for (signal, name, during_a_rebuild) in [
        (libc::SIGTERM, "SIGTERM", true),
        (libc::SIGTERM, "SIGTERM", false),
        (libc::SIGINT, "SIGINT", true),
        (libc::SIGINT, "SIGINT", false),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let briefing = dir.path().join("almaty.toml");
        let original = std::fs::read_to_string(REFERENCE).unwrap();
        std::fs::write(&briefing, &original).unwrap();
        let (mut watcher, log) = start(dir.path());
        let release = dir.path().join("out/almaty/press-release.pdf");
        wait_for_builds(&log, 1);
        assert!(wait_for(|| log().contains("watching")), "{name}: {}", log());
        if during_a_rebuild {
            // The signal arrives while the edit is being debounced or rebuilt.
            std::fs::write(
                &briefing,
                original.replace("Almaty journalists", "Astana journalists"),
            )
            .unwrap();
            std::thread::sleep(DEBOUNCE * 2);
        }
        let pid = i32::try_from(watcher.0.id()).unwrap();
        // SAFETY: `kill` only sends a signal, to the child this test started.
        assert_eq!(unsafe { libc::kill(pid, signal) }, 0);
        let status = wait_for_exit(&mut watcher);
        let text = log();
        assert_eq!(status.code(), Some(0), "{name}: {status:?}\n{text}");
        assert!(
            text.trim_end().ends_with("stopped watching almaty.toml"),
            "{name}: no closing message:\n{text}"
        );
        assert_eq!(leftovers(dir.path()), Vec::<PathBuf>::new(), "{name}");
        let squeezed = squeeze(&pdf_text(&release));
        assert!(
            squeezed.contains("IOMbriefsAlmatyjournalists")
                || squeezed.contains("IOMbriefsAstanajournalists"),
            "{name}: the release is not whole:\n{text}"
        );
    }
}

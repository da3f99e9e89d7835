//! `presskit watch` as a user runs it: started on a copy of the reference briefing, the
//! briefing edited while it runs, then broken; the child is killed at the end.

mod common;

use common::{REFERENCE, squeeze};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long a rebuild may take before the test gives up (debug builds on a slow machine).
const PATIENCE: Duration = Duration::from_secs(90);

/// Kills the watcher when the test ends, passed or not.
struct Watcher(Child);

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `presskit watch almaty.toml -o out` in `dir`; returns the running watcher and
/// a reader of what it has printed to stderr so far.
fn start(dir: &Path) -> (Watcher, impl Fn() -> String) {
    let stderr_log = dir.join("watch.log");
    let child = Command::new(env!("CARGO_BIN_EXE_presskit"))
        .args(["watch", "almaty.toml", "-o", "out"])
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
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
fn wait_for(mut done: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < PATIENCE {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
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

    // One save is one rebuild: reading the files does not wake the watch again.
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(log().matches("build failed").count(), 1, "{}", log());

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

//! `watch` builds as `build` does and follows what the build read: it writes the
//! up-to-date record (so a `build` after it has nothing to do), and a change to a
//! translation of the briefing or to a partial its templates include rebuilds.

use std::path::Path;

use crate::common::{self, presskit, stderr};
use crate::watch::{build_ends, start_on, wait_for, wait_for_builds};

/// The Russian sample, its Kazakh translation and its logo, in `dir`.
fn russian_sample(dir: &Path) {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for name in ["almaty-2017-03-23-ru.toml", "almaty-2017-03-23-ru.kk.toml"] {
        std::fs::copy(data.join(name), dir.join(name)).unwrap();
    }
    std::fs::create_dir(dir.join("assets")).unwrap();
    std::fs::copy(data.join("assets/logo.svg"), dir.join("assets/logo.svg")).unwrap();
}

/// The text of a PDF, or nothing while it cannot be read.
fn text(path: &Path) -> String {
    common::pdf::try_page_texts(path)
        .map(|pages| pages.concat())
        .unwrap_or_default()
}

#[test]
fn watch_writes_the_record_and_rebuilds_on_a_translation_or_an_included_partial() {
    let dir = tempfile::tempdir().unwrap();
    russian_sample(dir.path());
    let out = presskit(
        dir.path(),
        &[
            "templates",
            "eject",
            "templates",
            "partials/release.typ.hbs",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let (_watcher, log) = start_on(dir.path(), "almaty-2017-03-23-ru.toml");
    let folder = dir.path().join("out/almaty-2017-03-23-ru");
    wait_for_builds(&log, 1);
    assert!(wait_for(|| log().contains("watching")), "{}", log());
    // Built as `build` builds: the record is there, and a build finds nothing to do.
    assert!(folder.join(".presskit-record.json").is_file(), "{}", log());
    let out = presskit(
        dir.path(),
        &[
            "build",
            "almaty-2017-03-23-ru.toml",
            "-o",
            "out",
            "--verbose",
        ],
    );
    let printed = String::from_utf8_lossy(&out.stdout).into_owned() + &stderr(&out);
    assert!(out.status.success(), "{printed}");
    assert!(printed.contains("up to date"), "{printed}");

    // The Kazakh translation edited: its release is rebuilt.
    let translation = dir.path().join("almaty-2017-03-23-ru.kk.toml");
    let kazakh = std::fs::read_to_string(&translation).unwrap();
    assert!(kazakh.contains("сенім телефонына"));
    std::fs::write(
        &translation,
        kazakh.replace("сенім телефонына", "сенім WATCHKK телефонына"),
    )
    .unwrap();
    let release = folder.join("press-release.kk.pdf");
    let shown = wait_for(|| build_ends(&log()).len() >= 2 && text(&release).contains("WATCHKK"));
    assert!(
        shown,
        "the translation's edit never reached its release:\n{}",
        log()
    );

    // A partial the release includes edited: the release is rebuilt with it.
    let partial = dir.path().join("templates/partials/release.typ.hbs");
    let mut markup = std::fs::read_to_string(&partial).unwrap();
    markup.push_str("\nWATCHMARK\n");
    std::fs::write(&partial, markup).unwrap();
    let shown = wait_for(|| {
        build_ends(&log()).len() >= 3
            && text(&folder.join("press-release.pdf")).contains("WATCHMARK")
    });
    assert!(
        shown,
        "the partial's edit never reached the release:\n{}",
        log()
    );
    assert!(
        build_ends(&log())
            .iter()
            .all(|l| !l.starts_with("build failed")),
        "{}",
        log()
    );
}

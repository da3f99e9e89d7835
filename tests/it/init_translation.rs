//! `init --translation` (issue 32): a new briefing with its translation beside it, as
//! `translate` writes it and with every text the placeholder of that language, which
//! checks, builds every document in both languages, and which `translate` finds up to
//! date; a translation into the briefing's own language refused, nothing written.

use crate::common::{pdf_text, presskit, squeeze, stderr};

#[test]
fn init_writes_a_briefing_with_its_kazakh_translation_that_builds_in_both() {
    let dir = tempfile::tempdir().unwrap();
    let out = presskit(
        dir.path(),
        &[
            "init",
            "data/almaty-2027-03-18.toml",
            "--language",
            "ru",
            "--translation",
            "kk",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let data = dir.path().join("data");
    let translation = std::fs::read_to_string(data.join("almaty-2027-03-18.kk.toml")).unwrap();
    assert!(
        translation.contains("translation = \"kk\"\n"),
        "{translation}"
    );
    assert!(
        translation.contains("#| ru: "),
        "the originals shown: {translation}"
    );
    assert!(stderr(&out).contains("presskit translate data/almaty-2027-03-18.toml --to kk"));
    let check = presskit(dir.path(), &["check", "data/almaty-2027-03-18.toml"]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(
        !stderr(&check).contains(".kk."),
        "no Kazakh document waits for a text: {}",
        stderr(&check)
    );
    let build = presskit(
        dir.path(),
        &["build", "data/almaty-2027-03-18.toml", "-o", "out"],
    );
    assert!(build.status.success(), "{}", stderr(&build));
    let folder = dir.path().join("out/almaty-2027-03-18");
    for file in [
        "press-release.kk.pdf",
        "press-kit.kk.pdf",
        "media-advisory.kk.pdf",
        "speaker-bios.kk.pdf",
        "press-release.kk.html",
    ] {
        assert!(folder.join(file).is_file(), "{file}");
    }
    // The Kazakh release in Kazakh words: the headline the translation gives, and no
    // Russian one.
    let headline = translation
        .lines()
        .find_map(|l| l.strip_prefix("headline = "))
        .expect("a headline")
        .trim_matches('"')
        .to_string();
    let kazakh = squeeze(&pdf_text(&folder.join("press-release.kk.pdf")));
    assert!(
        kazakh.contains(&squeeze(&headline)),
        "{headline} in {kazakh}"
    );
    let russian = squeeze(&pdf_text(&folder.join("press-release.pdf")));
    assert!(!russian.contains(&squeeze(&headline)));
    // `translate` finds nothing to do.
    let again = presskit(
        dir.path(),
        &["translate", "data/almaty-2027-03-18.toml", "--to", "kk"],
    );
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(String::from_utf8_lossy(&again.stdout).contains("up to date:"));
    assert_eq!(
        std::fs::read_to_string(data.join("almaty-2027-03-18.kk.toml")).unwrap(),
        translation
    );
}

#[test]
fn a_translation_into_the_briefing_s_own_language_is_refused_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = presskit(
        dir.path(),
        &["init", "data", "--language", "kk", "--translation", "kk"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("--translation"), "{}", stderr(&out));
    assert!(!dir.path().join("data").exists(), "nothing written");
    // A translation file in the way: the briefing is not written either.
    std::fs::create_dir(dir.path().join("data")).unwrap();
    std::fs::write(dir.path().join("data/briefing.en.toml"), "mine").unwrap();
    let out = presskit(
        dir.path(),
        &["init", "data", "--language", "ru", "--translation", "en"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(!dir.path().join("data/briefing.toml").exists());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("data/briefing.en.toml")).unwrap(),
        "mine"
    );
}

//! Weeks before the briefing: a file with no `[release]` and no speakers yet builds the
//! media advisory and the handouts, says what it left out, and grows into the full kit;
//! `build --only` makes just the documents named.

use crate::common;

use common::{Test, pdf_text, snapshot, squeeze};

use std::path::Path;

/// A briefing as it stands the day the event is decided: organisation, event, advisory.
const EARLY: &str = r#"format = 1

[organization]
name = "United Nations Children's Fund"
short_name = "UNICEF"
city = "Astana"

[event]
title = "Round table on child-friendly cities"
date = 2027-04-14
time = 10:30:00
venue = "Hotel Rixos, conference hall Silk Way"
city = "Turkestan"

[advisory]
deadline = 2027-04-10T18:00:00+05:00
facts = [
  "One child in four in the region lives more than 5 km from a school.",
  "Turkestan joined the Child Friendly Cities Initiative in 2025.",
]
opportunities = ["Interviews with the mayor after the round table", "A video on the initiative will be shown"]
interpretation = ["kk", "ru"]

[advisory.contact]
name = "Aigerim Ospanova"
role = "Communication Officer"
phone = "+7 701 555 0123"
email = "aospanova@unicef.org"
"#;

/// What the officer adds once the release and the speakers are written.
const LATER: &str = r#"
[release]
headline = "Turkestan maps its streets for children"
body = ["The city presented its first child-friendly city plan."]

[[speakers]]
id = "mayor"
name = "Nurlan Abenov"
role = "Mayor of Turkestan"
"#;

/// The briefing's file name.
const FILE: &str = "turkestan-2027-04-14.toml";

/// A run in a folder holding `text` as `turkestan-2027-04-14.toml`.
fn briefing(text: &str) -> Test {
    Test::new().file(FILE, text)
}

/// The names of the documents in `folder`, sorted (the build's record left out).
fn files(folder: &Path) -> Vec<String> {
    snapshot(folder)
        .into_iter()
        .map(|(path, _)| path.display().to_string())
        .filter(|name| !name.starts_with('.'))
        .collect()
}

/// What the registry says a whole build of `file` writes, sorted as [`files`] lists them.
fn registered(file: &Path) -> Vec<String> {
    let mut names: Vec<String> = common::registry_files(file)
        .into_iter()
        .map(String::from)
        .collect();
    names.sort();
    names
}

#[test]
fn a_briefing_without_release_or_speakers_builds_the_advisory_and_the_handouts() {
    let ran = briefing(EARLY)
        .args(["build", FILE, "-o", "out"])
        .stderr_has("turkestan-2027-04-14.toml: note: no [release] yet: press-release.pdf, press-release.txt, press-release.html, press-kit.zip not written")
        .stderr_has("note: no [[speakers]]: speaker-bios.pdf, name-tents.pdf not written")
        .stderr_lacks("warning")
        .run();
    let folder = ran.path("out/turkestan-2027-04-14");
    assert_eq!(
        files(&folder),
        registered(&ran.path("turkestan-2027-04-14.toml"))
    );

    let advisory = common::untypeset(&pdf_text(&folder.join("media-advisory.pdf")));
    for printed in [
        "One child in four in the region lives more than 5 km from a school.",
        "Turkestan joined the Child Friendly Cities Initiative in 2025.",
        "14 April 2027, 10:30",
        "Hotel Rixos, conference hall Silk Way, Turkestan",
        "Aigerim Ospanova, Communication Officer",
        "+7 701 555 0123",
        "aospanova@unicef.org",
        "10 April 2027, 18:00",
        "Interviews with the mayor after the round table",
        "Kazakh, Russian",
    ] {
        assert!(
            squeeze(&advisory).contains(&squeeze(printed)),
            "{printed:?} is not in the advisory:\n{advisory}"
        );
    }
    // Labels are printed in capitals; compare without case.
    let lower = advisory.to_lowercase();
    assert!(
        !lower.contains("who speaks"),
        "an empty who line:\n{advisory}"
    );
    // The facts open the advisory: they come before what, when and where.
    let facts = lower.find("one child in four").unwrap();
    let when = lower.find("when").expect("a when line");
    assert!(facts < when, "{advisory}");
    // Each fact and each opportunity is an item of a list, marked as one: a user could
    // not tell where one opportunity ended and the next began.
    for item in [
        "one child in four",
        "interviews with the mayor",
        "a video on the initiative",
    ] {
        let at = lower
            .find(item)
            .unwrap_or_else(|| panic!("no {item}: {advisory}"));
        assert!(
            lower[..at].trim_end().ends_with('•'),
            "{item} is not a list item: {advisory}"
        );
    }
    // The deadline comes after the contact, where a journalist looks for how to register.
    assert!(advisory.find("+7 701").unwrap() < advisory.find("10 April 2027").unwrap());

    let kit = pdf_text(&folder.join("press-kit.pdf"));
    assert!(
        !kit.contains("Press release"),
        "the kit has a release:\n{kit}"
    );
    assert!(
        squeeze(&kit).contains(&squeeze("Aigerim Ospanova")),
        "{kit}"
    );
}

#[test]
fn the_same_file_grows_into_the_full_kit_and_earlier_copies_stay_when_the_release_goes() {
    let ran = briefing(EARLY).args(["build", "-o", "out", "."]).run();
    let ran = ran
        .again()
        .file(FILE, format!("{EARLY}{LATER}"))
        .args(["build", "-o", "out", "."])
        .run();
    // Everything the release and speakers allow; the news item waits for attendance.
    let notes: Vec<&str> = ran
        .stderr
        .lines()
        .filter(|l| l.contains("note:"))
        .collect::<Vec<_>>();
    assert_eq!(
        notes,
        [
            "./turkestan-2027-04-14.toml: note: no attendance recorded yet: news-item.txt, news-item.html not written"
        ]
    );
    let folder = ran.path("out/turkestan-2027-04-14");
    assert_eq!(
        files(&folder),
        registered(&ran.path("turkestan-2027-04-14.toml"))
    );
    let advisory = pdf_text(&folder.join("media-advisory.pdf"));
    assert!(advisory.to_lowercase().contains("who speaks"), "{advisory}");
    assert!(advisory.contains("Nurlan Abenov"), "{advisory}");
    let kit = pdf_text(&folder.join("press-kit.pdf"));
    assert!(kit.contains("Turkestan maps its streets"), "{kit}");

    // Taking the release out again (a retraction) leaves the release already written.
    let release = std::fs::read(folder.join("press-release.pdf")).unwrap();
    let ran = ran
        .again()
        .file(FILE, EARLY)
        .args(["build", "-o", "out", "."])
        .run();
    let folder = ran.path("out/turkestan-2027-04-14");
    assert_eq!(
        std::fs::read(folder.join("press-release.pdf")).unwrap(),
        release
    );
}

#[test]
fn the_kit_names_the_release_s_media_contact_and_the_advisory_its_own() {
    let release_contact = r#"
[release.contact]
name = "Dana Serikova"
role = "press officer"
email = "dserikova@unicef.org"
"#;
    let ran = briefing(&format!("{EARLY}{LATER}{release_contact}"))
        .args(["build", "-o", "out", "."])
        .run();
    let folder = ran.path("out/turkestan-2027-04-14");
    let kit = pdf_text(&folder.join("press-kit.pdf"));
    let back = &kit[kit.rfind("Media contact").expect("a media contact page")..];
    assert!(
        back.contains("Dana Serikova") && back.contains("Press officer"),
        "{back}"
    );
    assert!(!back.contains("Aigerim Ospanova"), "{back}");
    // Accreditation stays with the advisory's contact.
    let advisory = pdf_text(&folder.join("media-advisory.pdf"));
    assert!(advisory.contains("Aigerim Ospanova"), "{advisory}");
}

#[test]
fn only_builds_the_documents_named() {
    let ran = briefing(&format!("{EARLY}{LATER}"))
        .args(["build", FILE, "--only", "media-advisory", "-o", "out"])
        .run();
    let folder = ran.path("out/turkestan-2027-04-14");
    assert_eq!(files(&folder), ["media-advisory.pdf"]);

    // Two names, with an extension as people type them; press-release is both its files.
    let ran = ran
        .again()
        .args([
            "build",
            FILE,
            "--only",
            "press-release,name-tents.pdf",
            "-o",
            "more",
        ])
        .run();
    assert_eq!(
        files(&ran.path("more/turkestan-2027-04-14")),
        [
            "name-tents.pdf",
            "press-release.html",
            "press-release.pdf",
            "press-release.txt"
        ]
    );
}

#[test]
fn only_a_document_the_briefing_cannot_make_yet_fails_and_an_unknown_name_is_a_usage_error() {
    let ran = briefing(EARLY)
        .args(["build", FILE, "--only", "press-release", "-o", "out"])
        .status(1)
        .stderr_has("error: no [release] yet: press-release.pdf, press-release.txt, press-release.html not written")
        .run();
    assert!(!ran.path("out").exists());

    let ran = ran
        .again()
        .args(["build", FILE, "--only", "press-relase", "-o", "out"])
        .status(2)
        .stderr_has("`press-relase` is not a value of --only")
        // The names are listed.
        .stderr_has("media-advisory")
        .run();
    assert!(!ran.path("out").exists());
}

#[test]
fn an_advisory_with_no_way_to_register_gets_a_located_warning() {
    let text = EARLY
        .replace("phone = \"+7 701 555 0123\"\n", "")
        .replace("email = \"aospanova@unicef.org\"\n", "");
    let line = text.lines().position(|l| l == "[advisory]").unwrap() + 1;
    let ran = briefing(&text)
        .args(["build", FILE, "--only", "media-advisory", "-o", "out"])
        .stderr_has(&format!(
            "turkestan-2027-04-14.toml:{line}:1: warning: the media advisory gives journalists no way to register"
        ))
        .run();
    assert!(
        ran.path("out/turkestan-2027-04-14/media-advisory.pdf")
            .is_file()
    );
}

#[test]
fn archive_refuses_a_briefing_without_release_in_the_formats_words() {
    let ran = briefing(EARLY)
        .args(["archive", FILE, "--to", "archive"])
        .status(1)
        .stderr_has("turkestan-2027-04-14.toml:1:1: error: this briefing has no [release] yet")
        .stderr_lacks("missing field")
        .run();
    assert!(!ran.path("archive/turkestan-2027-04-14").exists());

    // Check validates what is there.
    ran.again().args(["check", FILE]).run();

    let ran = briefing(&EARLY.replace("[event]", "[evnt]"))
        .args(["check", FILE])
        .status(1)
        .run();
    assert!(
        ran.stderr.contains("[evnt]") || ran.stderr.contains("no [event] section"),
        "{}",
        ran.stderr
    );
}

#[test]
fn a_briefing_without_speakers_archives_and_verifies_without_bios_or_tents() {
    let release_only = LATER.split("[[speakers]]").next().unwrap();
    let ran = briefing(&format!("{EARLY}{release_only}"))
        .args(["archive", FILE, "--to", "archive"])
        .run();
    let folder = ran.path("archive/turkestan-2027-04-14");
    let archived = files(&folder);
    assert!(
        !archived.contains(&"speaker-bios.pdf".to_string()),
        "{archived:?}"
    );
    assert!(
        archived.contains(&"press-release.pdf".to_string()),
        "{archived:?}"
    );
    ran.again().args(["verify", "archive"]).run();
}

//! Translations of a briefing, through the real binary: the Russian sample with its
//! Kazakh translation (from `data/`) and an English one written here; each language's
//! documents read back from their PDFs, a text not translated yet keeping its documents
//! unwritten and named, a translation's mistakes at their place, and a folder build.

use std::path::{Path, PathBuf};

use crate::common::{pdf_text, presskit, squeeze, stderr};

/// The Russian sample briefing.
pub const STEM: &str = "almaty-2017-03-23-ru";

/// An English translation of the Russian sample, without the speakers' bios.
pub const ENGLISH: &str = r#"format = 1
translation = "en"

[organization]
name = "International Organization for Migration"
short_name = "IOM"
tagline = "UN Migration Agency"
office = "IOM Subregional Coordination Office for Central Asia"
city = "Almaty"
country = "Kazakhstan"
about = "The International Organization for Migration (IOM) is the leading intergovernmental organization in the field of migration."

[event]
title = "Labour migration and counter-trafficking in Central Asia: the results of 2016"
kind = "Press briefing"
series = "Quarterly press briefings, 2016–2017"
venue = "IOM Subregional Coordination Office, 2 Auezov Street"
city = "Almaty"
country = "Kazakhstan"

[release]
headline = "IOM: calls to the migration hotline rose by a third in 2016"
summary = "IOM experts presented the results of 2016 to journalists."
body = ["Representatives of the International Organization for Migration (IOM) presented the results of 2016.", "The hotline received more than 12,000 calls in 2016."]
contact = { name = "Aigerim Satpayeva", role = "communications officer", organization = "IOM Kazakhstan" }

[[release.quotes]]
text = "For many migrants the hotline is the first source of reliable information."

[[release.quotes]]
text = "Every case of trafficking is a broken life."

[[speakers]]
id = "orlova"
name = "Elena Orlova"
role = "head of programmes, IOM Kazakhstan"
organization = "IOM Subregional Coordination Office for Central Asia"

[[speakers]]
id = "zhaksylykov"
name = "Nurlan Zhaksylykov"
role = "national counter-trafficking coordinator"
organization = "IOM Kazakhstan"

[[speakers]]
id = "satpayeva"
name = "Aigerim Satpayeva"
role = "communications officer"
organization = "IOM Kazakhstan"
"#;

/// The repository's `data/` folder.
fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// A folder holding the Russian sample, its Kazakh translation and its logo.
pub fn sample() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in [format!("{STEM}.toml"), format!("{STEM}.kk.toml")] {
        std::fs::copy(data().join(&name), dir.path().join(&name)).unwrap();
    }
    std::fs::create_dir(dir.path().join("assets")).unwrap();
    std::fs::copy(
        data().join("assets/logo.svg"),
        dir.path().join("assets/logo.svg"),
    )
    .unwrap();
    dir
}

/// The files of a folder, sorted.
fn files(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    names
}

#[test]
fn each_language_has_its_headline_dates_and_quotation_marks() {
    let dir = sample();
    std::fs::write(dir.path().join(format!("{STEM}.en.toml")), ENGLISH).unwrap();
    let out = presskit(dir.path(), &["build", &format!("{STEM}.toml"), "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let folder = dir.path().join("out").join(STEM);
    let written = files(&folder);
    for name in [
        "press-release.kk.pdf",
        "press-kit.kk.pdf",
        "media-advisory.kk.pdf",
        "speaker-bios.kk.pdf",
        "press-release.kk.txt",
        "press-release.kk.html",
        "news-item.kk.txt",
        "news-item.kk.html",
        "press-kit.kk.zip",
        "press-release.en.pdf",
        "press-release.en.txt",
        "press-release.en.html",
    ] {
        assert!(written.contains(&name.to_string()), "{name} in {written:?}");
    }
    // Internal and door documents stay the briefing's own.
    for name in written
        .iter()
        .filter(|n| n.contains(".kk.") || n.contains(".en."))
    {
        assert!(
            !["attendance-summary", "sign-in-sheet", "name-tents"]
                .iter()
                .any(|d| name.starts_with(d)),
            "{name}"
        );
    }
    let release = |name: &str| squeeze(&pdf_text(&folder.join(name)));
    let kk = release("press-release.kk.pdf");
    assert!(
        kk.contains(&squeeze(
            "2016 жылы көші-қон мәселелері жөніндегі сенім телефонына"
        )),
        "{kk}"
    );
    assert!(kk.contains(&squeeze("2017 жылғы 23 наурыз")), "{kk}");
    assert!(kk.contains('«') && kk.contains('»'));
    assert!(
        !kk.contains(&squeeze("число обращений")),
        "no Russian headline"
    );
    let ru = release("press-release.pdf");
    assert!(
        ru.contains(&squeeze("число обращений на горячую линию")),
        "{ru}"
    );
    assert!(ru.contains(&squeeze("23 марта 2017")), "{ru}");
    let en = release("press-release.en.pdf");
    assert!(
        en.contains(&squeeze("calls to the migration hotline rose by a third")),
        "{en}"
    );
    assert!(en.contains(&squeeze("23 March 2017")), "{en}");
    assert!(
        en.contains('“') && en.contains('”') && !en.contains('«'),
        "{en}"
    );
    for (name, words) in [
        ("press-kit.kk.pdf", "сенім телефонына"),
        ("media-advisory.kk.pdf", "Орталық Азиядағы еңбек көші-қоны"),
    ] {
        assert!(release(name).contains(&squeeze(words)), "{name}");
    }
    // The English translation gives no bios, topics or agenda: the documents that print
    // them wait, and are named.
    for name in [
        "speaker-bios.en.pdf",
        "press-kit.en.pdf",
        "press-kit.en.zip",
        "media-advisory.en.pdf",
        "news-item.en.txt",
    ] {
        assert!(!written.contains(&name.to_string()), "{name}");
    }
    let told = stderr(&out);
    assert!(
        told.contains("not translated yet (speakers[1].bio, topics[1].title")
            && told.contains(
                "speaker-bios.en.pdf, press-kit.en.pdf, media-advisory.en.pdf, news-item.en.txt, news-item.en.html, press-kit.en.zip not written"
            ),
        "{told}"
    );
    let text = std::fs::read_to_string(folder.join("press-release.kk.txt")).unwrap();
    assert!(text.contains("«Сенім телефоны"), "{text}");
}

#[test]
fn an_untranslated_bio_leaves_the_bios_unwritten_and_names_it() {
    let dir = sample();
    let file = dir.path().join(format!("{STEM}.kk.toml"));
    let text = std::fs::read_to_string(&file).unwrap();
    let start = text.find("bio = [").unwrap();
    let end = start + text[start..].find("]\n").unwrap() + 2;
    std::fs::write(&file, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let out = presskit(dir.path(), &["build", &format!("{STEM}.toml"), "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let written = files(&dir.path().join("out").join(STEM));
    assert!(written.contains(&"press-release.kk.pdf".to_string()));
    assert!(!written.contains(&"speaker-bios.kk.pdf".to_string()));
    let told = stderr(&out);
    assert!(
        told.contains(&format!("{STEM}.kk.toml"))
            && told.contains("not translated yet (speakers[1].bio)")
            && told.contains("speaker-bios.kk.pdf"),
        "{told}"
    );
    // `--only` keeps to the documents asked for, in every language.
    let out = presskit(
        dir.path(),
        &[
            "build",
            &format!("{STEM}.toml"),
            "-o",
            "only",
            "--only",
            "press-release",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let only = files(&dir.path().join("only").join(STEM));
    assert_eq!(
        only,
        [
            "press-release.html",
            "press-release.kk.html",
            "press-release.kk.pdf",
            "press-release.kk.txt",
            "press-release.pdf",
            "press-release.txt"
        ]
    );
}

#[test]
fn a_date_or_an_unknown_speaker_in_a_translation_is_told_at_its_place() {
    let dir = sample();
    let file = dir.path().join(format!("{STEM}.kk.toml"));
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text
        .replace(
            "city = \"Алматы\"\ncountry = \"Қазақстан\"\n\n[release]",
            "city = \"Алматы\"\ncountry = \"Қазақстан\"\ndate = 2017-03-24\n\n[release]",
        )
        .replace("id = \"zhaksylykov\"", "id = \"zhaksylykv\"");
    std::fs::write(&file, &text).unwrap();
    let out = presskit(dir.path(), &["build", &format!("{STEM}.toml"), "-o", "out"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let told = stderr(&out);
    let name = format!("{STEM}.kk.toml");
    assert!(
        told.contains(&format!(
            "{name}:{}:8: error: event.date: a date comes from the briefing alone",
            line_of("date = 2017")
        )),
        "{told}"
    );
    assert!(
        told.contains(&format!(
            "{name}:{}:6: error: speakers[2].id: no speaker of {STEM}.toml has the id `zhaksylykv`",
            line_of("zhaksylykv")
        )),
        "{told}"
    );
    assert!(told.contains("did you mean `zhaksylykov`?"), "{told}");
    assert!(!dir.path().join("out").exists(), "nothing written");
    // A name and a `translation` that disagree.
    std::fs::write(&file, "format = 1\ntranslation = \"en\"\n").unwrap();
    let out = presskit(dir.path(), &["check", &format!("{STEM}.toml")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!(
            "{name}:2:15: error: `translation` is `\"en\"` but the file's name says `kk`"
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_folder_build_makes_one_folder_and_a_translation_alone_is_an_error() {
    let dir = sample();
    std::fs::write(dir.path().join(format!("{STEM}.en.toml")), ENGLISH).unwrap();
    let out = presskit(dir.path(), &["build", ".", "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(files(&dir.path().join("out")), [STEM]);
    // A second build is up to date; a changed translation makes it again.
    let again = presskit(dir.path(), &["build", ".", "-o", "out"]);
    let said = String::from_utf8_lossy(&again.stdout);
    assert!(said.contains(&format!("{STEM}.toml: up to date")), "{said}");
    let file = dir.path().join(format!("{STEM}.kk.toml"));
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace("Журналистерге арналған брифинг", "Брифинг"),
    )
    .unwrap();
    let changed = presskit(dir.path(), &["build", ".", "-o", "out"]);
    assert!(
        String::from_utf8_lossy(&changed.stdout).contains("wrote"),
        "{}",
        String::from_utf8_lossy(&changed.stdout)
    );
    // A translation whose briefing is not there.
    std::fs::remove_file(dir.path().join(format!("{STEM}.toml"))).unwrap();
    let out = presskit(dir.path(), &["build", ".", "-o", "out2"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!(
            "a translation without its briefing: there is no ./{STEM}.toml beside it"
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn translate_writes_every_text_keeps_translations_and_marks_a_changed_original() {
    let dir = sample();
    std::fs::remove_file(dir.path().join(format!("{STEM}.kk.toml"))).unwrap();
    let briefing = format!("{STEM}.toml");
    let file = dir.path().join(format!("{STEM}.en.toml"));
    let out = presskit(dir.path(), &["translate", &briefing, "--to", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let first = std::fs::read_to_string(&file).unwrap();
    // Keys and ids filled in, each text under its original, nothing translated yet.
    assert!(first.contains("translation = \"en\"\n"), "{first}");
    assert!(
        first.contains("#| ru: МОМ: число обращений на горячую линию"),
        "{first}"
    );
    assert!(first.contains("[[speakers]]\nid = \"orlova\"\n"), "{first}");
    assert!(!first.contains("date ="), "no date to translate");
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(said.contains("(49 texts, 45 to translate)"), "{said}");
    // A file with nothing translated yet checks, and names what waits.
    let check = presskit(dir.path(), &["check", &briefing]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(
        stderr(&check).contains("press-release.en.pdf"),
        "{}",
        stderr(&check)
    );
    // Run again: the same bytes.
    let again = presskit(dir.path(), &["translate", &briefing, "--to", "en"]);
    assert!(again.status.success());
    assert!(String::from_utf8_lossy(&again.stdout).contains("up to date:"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), first);
    // The translator translates the headline; the briefing's headline then changes, and a
    // topic is removed.
    let headline = "IOM: calls to the migration hotline rose by a third in 2016";
    let translated = first.replacen("headline = \"\"", &format!("headline = \"{headline}\""), 1);
    assert_ne!(translated, first);
    std::fs::write(&file, &translated).unwrap();
    let main = dir.path().join(&briefing);
    let text = std::fs::read_to_string(&main).unwrap();
    std::fs::write(&main, text.replace("выросло на треть", "выросло на 35%")).unwrap();
    // `check` warns of the stale value at its key.
    let check = presskit(dir.path(), &["check", &briefing]);
    let told = stderr(&check);
    let line = translated
        .lines()
        .position(|l| l.starts_with("headline ="))
        .unwrap()
        + 1;
    assert!(
        told.contains(&format!(
            "{STEM}.en.toml:{line}:12: warning: release.headline: the original (release.headline in {briefing}) changed since this was translated"
        )),
        "{told}"
    );
    // The briefing drops a topic.
    let text = std::fs::read_to_string(&main).unwrap();
    let start = text.find("[[topics]]\ntitle = \"Возвратная").unwrap();
    let end = start + text[start..].find("\n\n").unwrap() + 2;
    std::fs::write(&main, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let out = presskit(dir.path(), &["translate", &briefing, "--to", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let told = stderr(&out);
    assert!(
        told.contains("release.headline: the original changed since it was translated"),
        "{told}"
    );
    assert!(
        told.contains("dropped topics[3]: the briefing no longer has it"),
        "{told}"
    );
    let second = std::fs::read_to_string(&file).unwrap();
    assert!(
        second.contains(&format!("headline = \"{headline}\"")),
        "kept"
    );
    assert!(second.contains("#|! changed since translated"), "{second}");
    assert!(second.contains("#| ru: МОМ: число обращений на горячую линию по вопросам миграции в 2016 году выросло на 35%"));
    assert!(!second.contains("Возвратная"), "dropped");
    // Idempotent again, the mark kept until the translator edits the value.
    let third = presskit(dir.path(), &["translate", &briefing, "--to", "en"]);
    assert!(third.status.success());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), second);
    let edited = second.replace(
        headline,
        "IOM: calls to the migration hotline rose by 35% in 2016",
    );
    std::fs::write(&file, edited).unwrap();
    let check = presskit(dir.path(), &["check", &briefing]);
    assert!(
        !stderr(&check).contains("changed since"),
        "{}",
        stderr(&check)
    );
    presskit(dir.path(), &["translate", &briefing, "--to", "en"]);
    assert!(
        !std::fs::read_to_string(&file)
            .unwrap()
            .contains("#|! changed since translated")
    );
}

#[test]
fn mail_gives_each_journalist_the_release_in_their_language() {
    let dir = sample();
    std::fs::write(dir.path().join(format!("{STEM}.en.toml")), ENGLISH).unwrap();
    std::fs::write(
        dir.path().join("list.csv"),
        "name,email,language\nАсель Нурова,asel@example.kz,kk\nИван Петров,ivan@example.kz,ru\nJane Doe,jane@example.org,en\nHans Meier,hans@example.de,de\n",
    )
    .unwrap();
    let out = presskit(
        dir.path(),
        &[
            "mail",
            &format!("{STEM}.toml"),
            "--media-list",
            "list.csv",
            "-o",
            "out",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let told = stderr(&out);
    assert!(
        told.contains("the release is in ru, en, kk, but these journalists read another language: Hans Meier (de)"),
        "{told}"
    );
    let folder = dir.path().join("out").join(STEM).join("mail");
    let mut drafts: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    drafts.sort();
    assert_eq!(drafts.len(), 4, "one draft per journalist");
    let expected = [
        (
            "Баспасөз релизі",
            "сенім телефонына түскен өтініштер",
            "Сәлеметсіз бе!",
        ),
        (
            "Пресс-релиз",
            "число обращений на горячую линию",
            "Здравствуйте!",
        ),
        (
            "Press release",
            "calls to the migration hotline rose by a third",
            "Dear colleague,",
        ),
        (
            "Пресс-релиз",
            "число обращений на горячую линию",
            "Здравствуйте!",
        ),
    ];
    for (path, (label, headline, greeting)) in drafts.iter().zip(expected) {
        use mail_parser::{MessageParser, MimeHeaders};
        let bytes = std::fs::read(path).unwrap();
        let message = MessageParser::default().parse(&bytes).expect("a message");
        let subject = crate::common::untypeset(message.subject().unwrap());
        // The subject is the headline, with no label before it; the greeting has no
        // name, the list having no given-name column.
        assert!(!subject.contains(label), "{subject}");
        assert!(subject.contains(headline), "{subject}");
        let text = crate::common::untypeset(&message.body_text(0).unwrap());
        assert!(text.contains(greeting), "{text}");
        assert!(text.contains(headline), "{text}");
        let pdf = message.attachments().next().expect("the release attached");
        assert_eq!(pdf.attachment_name(), Some("press-release.pdf"));
        let attached = folder.join("attached.pdf");
        std::fs::write(&attached, pdf.contents()).unwrap();
        let printed = squeeze(&pdf_text(&attached));
        std::fs::remove_file(&attached).unwrap();
        assert!(printed.contains(&squeeze(headline)), "{path:?}");
    }
}

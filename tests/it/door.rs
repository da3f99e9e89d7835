//! The bilingual door documents through the real binary: the Russian sample with its
//! Kazakh translation (from `data/`), and with an English one too, gives one sign-in
//! sheet and one set of name tents, read back from their PDFs: every language's words,
//! Kazakh first, then Russian, then English; a name once or in both spellings; a role
//! not translated yet printed in the language that has it only.

use std::path::{Path, PathBuf};

use crate::common::{pdf, presskit, squeeze, stderr};

/// The Russian sample briefing.
const STEM: &str = "almaty-2017-03-23-ru";

/// An English translation of the Russian sample's organisation, event and speakers.
const ENGLISH: &str = r#"format = 1
translation = "en"

[organization]
name = "International Organization for Migration"
short_name = "IOM"

[event]
title = "Labour migration and counter-trafficking in Central Asia: the results of 2016"
venue = "IOM Subregional Coordination Office, 2 Auezov Street"
city = "Almaty"
country = "Kazakhstan"

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
"#;

/// The repository's `data/` folder.
fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// A folder holding the Russian sample, its Kazakh translation and its logo.
fn sample() -> tempfile::TempDir {
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

/// Builds the sample in `dir`, and gives the sign-in sheet's first page and each
/// tent's text, squeezed.
fn build(dir: &Path) -> (String, Vec<String>) {
    let out = presskit(dir, &["build", &format!("{STEM}.toml"), "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let folder = dir.join("out").join(STEM);
    let mut door: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("sign-in-sheet") || n.starts_with("name-tents"))
        .collect();
    door.sort();
    assert_eq!(
        door,
        ["name-tents.pdf", "sign-in-sheet.pdf"],
        "one document each"
    );
    let sheet = pdf::page_texts(&folder.join("sign-in-sheet.pdf"));
    let tents = pdf::page_texts(&folder.join("name-tents.pdf"));
    (
        squeeze(&sheet[0]),
        tents.iter().map(|t| squeeze(t)).collect(),
    )
}

/// Where `needle` is in `text` (squeezed), or a failure naming it.
fn place(text: &str, needle: &str) -> usize {
    text.find(&squeeze(needle))
        .unwrap_or_else(|| panic!("`{needle}` is not printed in {text}"))
}

#[test]
fn the_russian_sample_with_its_kazakh_translation_prints_one_bilingual_sheet_and_tents() {
    let dir = sample();
    let (sheet, tents) = build(dir.path());
    // Kazakh above Russian: the sheet's title, the organisation, the event.
    assert!(
        place(&sheet, "БАҚ өкілдерін тіркеу парағы")
            < place(&sheet, "Лист регистрации представителей СМИ")
    );
    assert!(
        place(&sheet, "Халықаралық көші-қон ұйымы")
            < place(&sheet, "Международная организация по миграции")
    );
    assert!(
        place(&sheet, "Орталық Азиядағы еңбек көші-қоны")
            < place(&sheet, "Трудовая миграция и противодействие")
    );
    assert!(place(&sheet, "2017 жылғы 23 наурыз") < place(&sheet, "23 марта 2017 г."));
    // The column heads in both, `№` once.
    for head in [
        "Аты-жөні",
        "Фамилия, имя",
        "Телефон немесе e-mail",
        "Телефон или e-mail",
        "Қолы",
        "Подпись",
    ] {
        place(&sheet, head);
    }
    assert_eq!(sheet.matches('№').count(), 1, "{sheet}");
    // The tents: one a speaker, the name once (the translation gives no other
    // spelling), the role and the organisation in Kazakh, then in Russian, on both faces.
    assert_eq!(tents.len(), 3);
    let tent = &tents[1];
    assert_eq!(tent.matches("НурланЖаксылыков").count(), 2, "{tent}");
    for text in [
        "Адам саудасына қарсы іс-қимыл жөніндегі ұлттық үйлестіруші",
        "Национальный координатор по противодействию торговле людьми",
        "ХКҰ-ның Қазақстандағы өкілдігі",
        "МОМ в Казахстане",
    ] {
        assert_eq!(tent.matches(&squeeze(text)).count(), 2, "{text}: {tent}");
    }
    // The lower face is drawn after the upper: Kazakh before Russian on it.
    let last = |needle: &str| tent.rfind(&squeeze(needle)).unwrap();
    assert!(last("Адам саудасына") < last("Национальный координатор"));
}

#[test]
fn a_name_spelt_otherwise_prints_in_both_spellings_and_an_untranslated_role_in_one_language() {
    let dir = sample();
    let file = dir.path().join(format!("{STEM}.kk.toml"));
    let kk = std::fs::read_to_string(&file).unwrap();
    let kk = kk
        .replace(
            "id = \"zhaksylykov\"\n",
            "id = \"zhaksylykov\"\nname = \"Нұрлан Жақсылықов\"\n",
        )
        .replace(
            "id = \"satpayeva\"\nrole = \"қоғаммен байланыс жөніндегі маман\"\n",
            "id = \"satpayeva\"\n",
        );
    std::fs::write(&file, kk).unwrap();
    let (_, tents) = build(dir.path());
    let tent = &tents[1];
    for name in ["НұрланЖақсылықов", "НурланЖаксылыков"] {
        assert_eq!(tent.matches(name).count(), 2, "{name}: {tent}");
    }
    let tent = &tents[2];
    assert_eq!(
        tent.matches("Специалистпосвязямсобщественностью").count(),
        2,
        "{tent}"
    );
    assert!(!tent.contains("маман"), "{tent}");
}

#[test]
fn with_an_english_translation_too_the_door_speaks_kazakh_russian_and_english() {
    let dir = sample();
    std::fs::write(dir.path().join(format!("{STEM}.en.toml")), ENGLISH).unwrap();
    let (sheet, tents) = build(dir.path());
    let order = [
        place(&sheet, "БАҚ өкілдерін тіркеу парағы"),
        place(&sheet, "Лист регистрации представителей СМИ"),
        place(&sheet, "Media sign-in sheet"),
    ];
    assert!(order[0] < order[1] && order[1] < order[2], "{sheet}");
    place(&sheet, "Signature");
    let tent = &tents[0];
    for text in [
        "Елена Орлова",
        "Elena Orlova",
        "Head of programmes, IOM Kazakhstan",
    ] {
        assert_eq!(tent.matches(&squeeze(text)).count(), 2, "{text}: {tent}");
    }
    // The third speaker's role is not in English: Kazakh and Russian only.
    assert!(!tents[2].contains("Communications"), "{}", tents[2]);
}

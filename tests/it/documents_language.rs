//! What making documents and the archive say, in Russian and Kazakh: the warnings of a
//! briefing (a web address that is no link, an outlet written twice), a template's
//! syntax mistake and the archive's refusals are in the user's language, at the same
//! place as in English, with the same literal fix.

use std::path::Path;

use crate::common;

/// Runs presskit in `dir` with the environment `env` only (no language of the machine's
/// own) and returns its exit status and what it printed on stderr.
fn said(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, String) {
    let mut command = common::command(dir, args);
    for name in ["PRESSKIT_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command.envs(env.iter().copied());
    let out = command.output().expect("the binary runs");
    (out.status.code(), common::stderr(&out))
}

/// Words of English sentences that no Russian or Kazakh line may hold outside its
/// backticks (keys, values, commands).
const ENGLISH: [&str; 14] = [
    " the ",
    " is ",
    " not ",
    " and ",
    " of ",
    " write ",
    " with ",
    " which ",
    " error:",
    " hint:",
    " warning:",
    " outlet ",
    " template ",
    " folder ",
];

/// The place (`file:line:column`) of each diagnostic of `english` whose first line holds
/// one of `markers`, in order.
fn places(english: &str, markers: &[&str]) -> Vec<String> {
    english
        .lines()
        .filter(|l| markers.iter().any(|m| l.contains(m)))
        .map(|l| l.split(": ").next().unwrap_or_default().to_string())
        .collect()
}

/// The diagnostic of `text` at `place`: its first line and the lines under it (the
/// quoted source, the hints), up to the next diagnostic.
fn block(text: &str, place: &str) -> Option<String> {
    let header = format!("{place}: ");
    let mut lines = text.lines().skip_while(|l| !l.starts_with(&header));
    let first = lines.next()?;
    let under = lines.take_while(|l| {
        l.is_empty()
            || l.starts_with([' ', '|', '='])
            || l.starts_with(|c: char| c.is_ascii_digit())
    });
    Some(
        std::iter::once(first)
            .chain(under)
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

/// `text` without what stands between backticks and without the lines that quote the
/// file (`7 | [organisation]`).
fn words_only(text: &str) -> String {
    text.lines()
        .filter(|l| {
            !l.trim_start()
                .starts_with(|c: char| c.is_ascii_digit() || c == '|')
        })
        .map(|l| l.split('`').step_by(2).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Checks that the diagnostics of `text`, said in a language other than English, stand
/// at the places of those of `english` that hold `markers`, with Cyrillic words of their
/// own (`expected`), the same `literal` fix to type, and no English sentence word
/// outside backticks.
fn in_its_language(text: &str, english: &str, markers: &[&str], expected: &[&str], literal: &str) {
    let places = places(english, markers);
    assert_eq!(places.len(), markers.len(), "{english}");
    let blocks: Vec<String> = places
        .iter()
        .map(|place| block(text, place).unwrap_or_else(|| panic!("{place} in {text}")))
        .collect();
    let said = blocks.join("\n");
    for word in expected {
        assert!(said.contains(word), "{word:?} in {said}");
    }
    assert!(
        english.contains(literal) && said.contains(literal),
        "{literal:?}: {said}"
    );
    let words = words_only(&said);
    for english_word in ENGLISH {
        assert!(!words.contains(english_word), "{english_word:?} in {said}");
    }
}

/// The reference briefing with one web address in another scheme than http(s) and the
/// first outlet written again as the third.
fn warned(dir: &Path) {
    let text = std::fs::read_to_string(common::REFERENCE).unwrap();
    let text = text
        .replacen(
            "website = \"www.caravan.kz\"",
            "website = \"ftp://caravan.kz\"",
            1,
        )
        .replacen("outlet = \"ABC TV\"", "outlet = \"Exclusive\"", 1);
    std::fs::write(dir.join("b.toml"), text).unwrap();
}

/// What the English warnings of [`warned`] say.
const WARNED: [&str; 3] = [
    "`ftp:` is not a web address",
    "is the outlet `Exclusive` of line 101, written again",
    "the outlet `Exclusive` is written again at line",
];

#[test]
fn a_briefings_warnings_read_in_russian_and_kazakh_at_the_same_places() {
    let dir = tempfile::tempdir().unwrap();
    warned(dir.path());
    let check = |lang: &str| {
        let (code, text) = said(dir.path(), &["check", "b.toml"], &[("PRESSKIT_LANG", lang)]);
        assert_eq!(code, Some(0), "{lang}: {text}");
        text
    };
    let en = check("en");
    assert!(en.contains("`ftp:` is not a web address"), "{en}");
    assert!(
        en.contains("is the outlet `Exclusive` of line 101, written again"),
        "{en}"
    );
    let literal = "website = \"https://…\"";
    in_its_language(
        &check("ru"),
        &en,
        &WARNED,
        &[
            "предупреждение",
            "не веб-адрес",
            "записано повторно в строке",
            "СМИ",
        ],
        literal,
    );
    in_its_language(
        &check("kk"),
        &en,
        &WARNED,
        &["ескерту", "веб-мекенжай емес", "қайта жазылған", "БАҚ"],
        literal,
    );
    // The locale alone chooses Kazakh.
    let (_, kazakh) = said(dir.path(), &["check", "b.toml"], &[("LANG", "kk_KZ.UTF-8")]);
    assert!(kazakh.contains("веб-мекенжай емес"), "{kazakh}");
}

#[test]
fn a_templates_syntax_mistake_reads_in_russian_and_kazakh_with_the_same_tag_to_type() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::REFERENCE, dir.path().join("b.toml")).unwrap();
    std::fs::create_dir(dir.path().join("mine")).unwrap();
    std::fs::write(
        dir.path().join("mine/press-release.typ.hbs"),
        "{{#if release}}\nunclosed\n",
    )
    .unwrap();
    let build = |lang: &str| {
        let args = ["build", "b.toml", "--templates", "mine", "-o", "out"];
        let (code, text) = said(dir.path(), &args, &[("PRESSKIT_LANG", lang)]);
        assert_eq!(code, Some(1), "{lang}: {text}");
        assert!(!dir.path().join("out/b/press-release.pdf").exists());
        text
    };
    let en = build("en");
    assert!(en.contains("opened on line 1 is never closed"), "{en}");
    in_its_language(
        &build("ru"),
        &en,
        &["is never closed"],
        &["ошибка", "открытый в строке 1, нигде не закрыт", "закройте"],
        "{{/if}}",
    );
    in_its_language(
        &build("kk"),
        &en,
        &["is never closed"],
        &["қате", "1-жолда ашылған", "жабыңыз"],
        "{{/if}}",
    );
}

#[test]
fn the_archives_findings_read_in_russian_and_kazakh() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(common::REFERENCE, dir.path().join("b.toml")).unwrap();
    let (code, text) = said(
        dir.path(),
        &["archive", "b.toml", "--to", "arch"],
        &[("PRESSKIT_LANG", "en")],
    );
    assert_eq!(code, Some(0), "{text}");
    let bios = dir.path().join("arch/b/speaker-bios.pdf");
    let mut bytes = std::fs::read(&bios).unwrap();
    bytes.extend_from_slice(b"%");
    std::fs::write(&bios, bytes).unwrap();
    let verify = |lang: &str| {
        let (code, text) = said(dir.path(), &["verify", "arch"], &[("PRESSKIT_LANG", lang)]);
        assert_eq!(code, Some(1), "{lang}: {text}");
        text
    };
    let en = verify("en");
    let altered = ["speaker-bios.pdf has been altered: its checksum does not match"];
    in_its_language(
        &verify("ru"),
        &en,
        &altered,
        &["ошибка", "speaker-bios.pdf изменён", "контрольная сумма"],
        "speaker-bios.pdf",
    );
    in_its_language(
        &verify("kk"),
        &en,
        &altered,
        &["қате", "speaker-bios.pdf өзгертілген", "бақылау сомасы"],
        "speaker-bios.pdf",
    );
}

#[test]
fn templates_vars_describes_the_helpers_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let vars = |lang: &str| {
        let out = common::command(dir.path(), &["templates", "vars"])
            .env("PRESSKIT_LANG", lang)
            .output()
            .unwrap();
        assert!(out.status.success(), "{lang}: {}", common::stderr(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let en = vars("en");
    assert!(
        en.contains("Helpers:") && en.contains("how many items a list has"),
        "{en}"
    );
    for (lang, heading, len) in [
        ("ru", "Функции-помощники:", "число элементов списка"),
        ("kk", "Көмекші функциялар:", "тізімдегі элементтер саны"),
    ] {
        let text = vars(lang);
        assert!(text.contains(heading) && text.contains(len), "{text}");
        // The helpers and their examples are typed as they are in every language.
        assert!(text.contains("#image({{str photo}})"), "{text}");
        assert!(
            !text.contains("Helpers:") && !text.contains(" a list has"),
            "{text}"
        );
    }
}

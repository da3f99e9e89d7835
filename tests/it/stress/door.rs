//! The bilingual door documents with the longest values: a briefing and its translation
//! (Russian with Kazakh, Kazakh with English) on A4 and Letter, built into one sign-in
//! sheet and one set of name tents. Every page is checked from its glyph boxes and rules
//! (nothing over anything, across a rule, off its face or the page; the sheet's text
//! clear of its rules), and read back: Kazakh first, each speaker's name once or in both
//! spellings, each role in both languages (a role not translated yet in one only), and
//! every role the tent cuts warned of in the file it was written in.

use super::handouts::{self, KK, Longest, RU};
use super::{checks, tents};
use crate::common::{geometry, pdf, presskit, squeeze, stderr};

/// English values as long as the others.
const EN: Longest = Longest {
    title: "Presentation of the national study on labour migration, counter-trafficking and the protection of the rights of migrant workers and members of their families in the Republic of Kazakhstan and Central Asia, 2024–2025",
    venue: "Conference hall of the Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan, House of Ministries, entrance 14, 3rd floor",
    organization: "Sub-Regional Coordination Office of the International Organization for Migration (IOM) for Central Asia, IOM Mission in the Republic of Kazakhstan",
    outlet: "Republican socio-political newspaper Liter and the Liter.kz news portal (Almaty regional office)",
    journalist: "Anna-Maria Konstantinopolskaya-Ivanova-Suleimenova",
    role: "Deputy Director of the Migration Policy Department of the Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan, member of the Interagency Commission on Combating Human Trafficking under the Government of the Republic of Kazakhstan, Senior Coordinator of Regional Programmes on Labour Mobility and Human Development",
};

/// The values of a language.
fn longest(lang: &str) -> &'static Longest {
    match lang {
        "ru" => &RU,
        "kk" => &KK,
        _ => &EN,
    }
}

/// The role of speaker `i` in a language: the longest for the first, a short one for
/// the second (a tent with one short and one long role), the longest for the third.
fn role(l: &Longest, i: usize) -> String {
    if i == 1 {
        handouts::words_within(l.role, 60)
    } else {
        l.role.to_string()
    }
}

/// The briefing in `lang`: the handouts' briefing with the second speaker's role short.
fn briefing(lang: &str) -> String {
    let l = longest(lang);
    let text = handouts::briefing(lang, l);
    let first = text.find(&format!("role = \"{}\"", l.role)).unwrap();
    let second = first
        + 1
        + text[first + 1..]
            .find(&format!("role = \"{}\"", l.role))
            .unwrap();
    format!(
        "{}role = \"{}\"{}",
        &text[..second],
        role(l, 1),
        &text[second + 8 + l.role.len() + 1..]
    )
}

/// The translation of the briefing into `lang`: the organisation, the event, and the
/// speakers (the first with its own spelling of the name; the third's role left
/// untranslated).
fn translation(lang: &str) -> String {
    let l = longest(lang);
    let city = if lang == "en" {
        "Astana"
    } else {
        "Астана"
    };
    let mut t = format!(
        "format = 1\ntranslation = \"{lang}\"\n\n[organization]\nname = \"{}\"\n\n[event]\ntitle = \"{}\"\nvenue = \"{}\"\ncity = \"{city}\"\n\n",
        l.organization, l.title, l.venue
    );
    for i in 0..3 {
        t.push_str(&format!("[[speakers]]\nid = \"s{i}\"\n"));
        if i == 0 {
            t.push_str(&format!("name = \"{}\"\n", l.journalist));
        }
        if i < 2 {
            t.push_str(&format!("role = \"{}\"\n", role(l, i)));
        }
        t.push_str(&format!("organization = \"{}\"\n\n", l.organization));
    }
    t
}

/// The line of the `role` of speaker `s{i}` in `toml`, counted from 1.
fn role_line(toml: &str, i: usize) -> Option<usize> {
    let start = toml.find(&format!("id = \"s{i}\""))?;
    let end = toml[start..].find("[[").map_or(toml.len(), |e| start + e);
    let role = start + toml[start..end].find("role = ")?;
    Some(toml[..role].lines().count() + 1)
}

/// A role printed whole on both faces of a tent whose text is `text` (squeezed): all
/// but its first letter, which the tent capitalises.
fn whole(text: &str, role: &str) -> bool {
    let rest: String = role.chars().skip(1).collect();
    text.matches(&squeeze(&rest)).count() == 2
}

/// A briefing and its translation, Russian with Kazakh and Kazakh with English, on A4
/// and Letter: one sign-in sheet and one set of tents, each page holding, in both
/// languages, Kazakh first.
#[test]
fn bilingual_door_documents_hold_their_pages_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let mut faults = Vec::new();
    for (main, other, paper) in [
        ("ru", "kk", "a4"),
        ("ru", "kk", "letter"),
        ("kk", "en", "a4"),
        ("kk", "en", "letter"),
    ] {
        let stem = format!("door-{main}-{other}-{paper}");
        let (main_toml, other_toml) = (briefing(main), translation(other));
        std::fs::write(dir.path().join(format!("{stem}.toml")), &main_toml).unwrap();
        std::fs::write(dir.path().join(format!("{stem}.{other}.toml")), &other_toml).unwrap();
        let out = presskit(
            dir.path(),
            &[
                "build",
                &format!("{stem}.toml"),
                "-o",
                "out",
                "--only",
                "sign-in-sheet,name-tents",
                "--paper",
                paper,
            ],
        );
        let err = stderr(&out);
        assert!(out.status.success(), "{stem}: {err}");
        let folder = dir.path().join("out").join(&stem);
        let mut files: Vec<String> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".pdf"))
            .collect();
        files.sort();
        assert_eq!(files, ["name-tents.pdf", "sign-in-sheet.pdf"], "{stem}");
        let mut found = Vec::new();
        let sheet = folder.join("sign-in-sheet.pdf");
        for (i, page) in geometry::pages(&sheet).iter().enumerate() {
            found.extend(checks::overlaps(page, i + 1));
            found.extend(checks::crossings(page, i + 1));
            found.extend(checks::off_page(page, i + 1));
            found.extend(checks::rule_gaps(page, i + 1, checks::RULE_GAP));
        }
        // The sheet's heading and column heads in both languages, Kazakh first.
        let text = squeeze(&pdf::page_texts(&sheet)[0]);
        let heads = |lang: &str| match lang {
            "ru" => ("Листрегистрации", "Подпись"),
            "kk" => ("тіркеупарағы", "Қолы"),
            _ => ("signinsheet", "Signature"),
        };
        let (kk, second) = if main == "kk" {
            (main, other)
        } else {
            (other, main)
        };
        for lang in [kk, second] {
            let (title, signature) = heads(lang);
            if !text.contains(title) || !text.contains(signature) {
                found.push(format!("sign-in sheet: no `{title}` or `{signature}`"));
            }
        }
        let at = |lang: &str| text.find(heads(lang).0).unwrap_or(usize::MAX);
        if at(kk) > at(second) {
            found.push("sign-in sheet: Kazakh is not first".into());
        }
        let tents = folder.join("name-tents.pdf");
        let pages = geometry::pages(&tents);
        let texts = pdf::page_texts(&tents);
        if pages.len() != 3 {
            found.push(format!("{} tents for 3 speakers", pages.len()));
        }
        for (i, page) in pages.iter().enumerate() {
            found.extend(checks::overlaps(page, i + 1));
            found.extend(checks::crossings(page, i + 1));
            found.extend(checks::off_page(page, i + 1));
            found.extend(checks::rule_gaps(
                &tents::faces(page),
                i + 1,
                checks::TENT_RULE_GAP,
            ));
            found.extend(tents::outside(page, true, i + 1));
            found.extend(tents::outside(page, false, i + 1));
            let text = squeeze(&texts[i]);
            // Names: the first speaker's in both spellings, the others' once.
            let mut names = vec![longest(main).journalist];
            if i == 0 {
                names.push(longest(other).journalist);
            }
            for name in names {
                if text.matches(&squeeze(name)).count() != 2 {
                    found.push(format!("tent {}: `{name}` not on both faces", i + 1));
                }
            }
            // The first speaker's name, each spelling with a word too wide for the
            // tent at 12 mm, warned of in its own file with its own word.
            if i == 0 {
                for (file, toml, name) in [
                    (format!("{stem}.toml"), &main_toml, longest(main).journalist),
                    (
                        format!("{stem}.{other}.toml"),
                        &other_toml,
                        longest(other).journalist,
                    ),
                ] {
                    let line = toml[..toml.find(&format!("name = \"{name}\"")).unwrap()]
                        .lines()
                        .count()
                        + 1;
                    let word = name.split(' ').max_by_key(|w| w.chars().count()).unwrap();
                    let message = format!(
                        "{file}:{line}:8: warning: speakers[1].name: the name tent prints this name in capitals "
                    );
                    let hint = format!("`{word}` alone is wider than the tent at 12 mm");
                    if !err.contains(&message) || !err.contains(&hint) {
                        found.push(format!("no warning of the small name at {file}:{line}"));
                    }
                }
            }
            // Roles: each printed whole, or cut and warned of in its own file.
            for (lang, file, toml) in [
                (main, format!("{stem}.toml"), &main_toml),
                (other, format!("{stem}.{other}.toml"), &other_toml),
            ] {
                let role = role(longest(lang), i);
                let Some(line) = role_line(toml, i) else {
                    // Not translated: not printed in that language.
                    let rest: String = role.chars().skip(1).take(30).collect();
                    if text.contains(&squeeze(&rest)) {
                        found.push(format!("tent {}: an untranslated role is printed", i + 1));
                    }
                    continue;
                };
                // The path names the speaker after it when the name is short enough.
                let place = format!("{file}:{line}:8: warning: speakers[{}].role", i + 1);
                let warned = err.lines().any(|l| {
                    l.split_once(&place).is_some_and(|(_, rest)| {
                        rest.contains("): the name tent prints this role shortened")
                            || rest.starts_with(": the name tent prints this role shortened")
                    })
                });
                if whole(&text, &role) == warned {
                    found.push(format!(
                        "tent {}: the {lang} role is {} and {}warned of",
                        i + 1,
                        if warned { "whole" } else { "cut" },
                        if warned { "" } else { "not " }
                    ));
                }
            }
        }
        if std::env::var_os("PRESSKIT_DOOR_KEEP").is_some() {
            let keep = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(&stem);
            std::fs::create_dir_all(&keep).unwrap();
            for file in ["sign-in-sheet.pdf", "name-tents.pdf"] {
                std::fs::copy(folder.join(file), keep.join(file)).unwrap();
            }
            std::fs::write(keep.join("stderr.txt"), &err).unwrap();
        }
        faults.extend(found.into_iter().map(|f| format!("{stem}: {f}")));
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

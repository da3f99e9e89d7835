//! Name tents that hold for any data: speakers generated with roles of 50, 300, 550 and
//! 1,200 characters (Kazakh and Russian genitive chains of posts) and a name of 80
//! characters, built on A4 and Letter; every text of each tent stays inside its face,
//! on both faces, nothing prints over anything else, a role too long even in the
//! smallest type is cut at a word with a warning at its `role` key, and a name set with
//! capitals under 12 mm is warned of at its `name` key.

use std::path::Path;

use super::checks;
use crate::common::geometry::{self, GlyphBox, Page};
use crate::common::{pdf, presskit, squeeze, stderr};

/// Posts a role is chained from, per language: the long genitive chains of ministries.
fn posts(lang: &str) -> &'static [&'static str] {
    match lang {
        "kk" => &[
            "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігінің Көші-қон саясаты департаменті директорының орынбасары",
            "Қазақстан Республикасы Үкіметі жанындағы адам саудасына қарсы іс-қимыл жөніндегі ведомствоаралық комиссияның мүшесі",
            "еңбек ұтқырлығы және адами әлеуетті дамыту жөніндегі өңірлік бағдарламалардың аға үйлестірушісі",
        ],
        _ => &[
            "заместитель директора Департамента миграционной политики Министерства труда и социальной защиты населения Республики Казахстан",
            "член Межведомственной комиссии по вопросам противодействия торговле людьми при Правительстве Республики Казахстан",
            "старший координатор региональных программ по трудовой мобильности и развитию человеческого потенциала",
        ],
    }
}

/// A role of about `chars` characters (never more), posts joined by commas and cut at
/// a word, drawn from `rng`.
fn role(rng: &mut fastrand::Rng, lang: &str, chars: usize) -> String {
    let posts = posts(lang);
    let mut out = String::new();
    let mut next = rng.usize(..posts.len());
    while out.chars().count() < chars {
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str(posts[next % posts.len()]);
        next += 1;
    }
    let mut words: Vec<&str> = Vec::new();
    let mut length = 0;
    for word in out.split(' ') {
        let with = length + usize::from(length > 0) + word.chars().count();
        if with > chars {
            break;
        }
        words.push(word);
        length = with;
    }
    words.join(" ").trim_end_matches(',').to_string()
}

/// A name of exactly 80 characters: double surnames, a patronymic, in `lang`.
fn long_name(lang: &str) -> String {
    let name = match lang {
        "kk" => {
            "Әйгерім-Гүлнар Нұрсұлтанқызы Мұхамедқалиұлы-Сейітқали Бектұрғанова-Қуанышбаева Жан"
        }
        _ => "Анна-Мария Константиновна Константинопольская-Иванова Петрова-Водкина Сулейменова",
    };
    let mut name: String = name.chars().take(80).collect();
    while name.chars().count() < 80 {
        name.push('а');
    }
    name
}

/// The speakers of one test briefing: (name, role).
fn speakers(lang: &str, seed: u64) -> Vec<(String, String)> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let names = match lang {
        "kk" => ["Ерғали Сейітқали-Бектұрғанов", "Әйгерім Нұрпейісова"],
        _ => ["Мария Петрова-Водкина", "Константин Константинопольский"],
    };
    let mut out: Vec<(String, String)> = [50, 300, 550, 1200]
        .iter()
        .enumerate()
        .map(|(i, &n)| (names[i % 2].to_string(), role(&mut rng, lang, n)))
        .collect();
    out.push((long_name(lang), role(&mut rng, lang, 300)));
    out
}

/// The briefing file holding `speakers`.
fn briefing(lang: &str, speakers: &[(String, String)]) -> String {
    let mut t = format!(
        "format = 1\n\n[organization]\nname = \"Халықаралық көші-қон ұйымы (ХКҰ)\"\ncity = \"Astana\"\n\n[event]\ntitle = \"Көші-қон\"\ndate = 2025-03-18\ntime = 11:00:00\nvenue = \"Rixos\"\ncity = \"Astana\"\nlanguage = \"{lang}\"\n\n"
    );
    for (i, (name, role)) in speakers.iter().enumerate() {
        t.push_str(&format!(
            "[[speakers]]\nid = \"s{i}\"\nname = \"{name}\"\nrole = \"{role}\"\n\n"
        ));
    }
    t
}

/// The glyphs of one face: those on the upper or the lower half of the sheet, leaving
/// out the small words at the fold (`fold here`), which belong to the sheet.
pub(super) fn face(page: &Page, upper: bool) -> Vec<&GlyphBox> {
    let middle = page.height / 2.0;
    page.glyphs
        .iter()
        .filter(|g| g.size > 7.0)
        .filter(|g| (g.rect.center().y < middle) == upper)
        .collect()
}

/// The page without the small words at the fold (`fold here`), which sit on its line
/// by design: what the faces print.
pub(super) fn faces(page: &Page) -> Page {
    Page {
        glyphs: page
            .glyphs
            .iter()
            .filter(|g| g.size > 7.0)
            .cloned()
            .collect(),
        ..page.clone()
    }
}

/// The faults of one face: a text that leaves the face's half of the sheet (with the
/// printer's edge) or comes within 6 pt of the fold.
pub(super) fn outside(page: &Page, upper: bool, number: usize) -> Vec<String> {
    let middle = page.height / 2.0;
    let (top, bottom) = if upper {
        (12.0, middle - 6.0)
    } else {
        (middle + 6.0, page.height - 12.0)
    };
    face(page, upper)
        .into_iter()
        .filter(|g| {
            g.rect.y0 < top
                || g.rect.y1 > bottom
                || g.rect.x0 < 12.0
                || g.rect.x1 > page.width - 12.0
        })
        .take(3)
        .map(|g| {
            format!(
                "page {number}, {} face: `{}` leaves the face (at {:.0}, {:.0} pt)",
                if upper { "upper" } else { "lower" },
                g.text,
                g.rect.x0,
                g.rect.y0
            )
        })
        .collect()
}

/// The 1-based line of the `role` of speaker `index` in `toml`.
fn role_line(toml: &str, index: usize) -> usize {
    let start = toml.find(&format!("id = \"s{index}\"")).unwrap();
    let role = start + toml[start..].find("role = ").unwrap();
    toml[..role].lines().count() + 1
}

/// Roles of 50 to 1,200 characters and a name of 80, in Russian and Kazakh, on A4 and
/// Letter: every text of both faces inside its face, nothing over anything, every role
/// that fits printed whole, the one that does not cut with `…` and warned of at its key.
#[test]
fn name_tents_hold_any_role_and_name_on_both_faces() {
    let dir = tempfile::tempdir().unwrap();
    let mut faults = Vec::new();
    // Names warned of as set small: the 80-character name's longest word is wider than
    // the face at 12 mm in Russian, so the check above is met both ways.
    let mut smalls = 0;
    for (seed, (lang, paper)) in [("ru", "a4"), ("kk", "letter"), ("kk", "a4")]
        .into_iter()
        .enumerate()
    {
        let people = speakers(lang, seed as u64);
        let toml = briefing(lang, &people);
        let stem = format!("tents-{lang}-{paper}");
        let file = dir.path().join(format!("{stem}.toml"));
        std::fs::write(&file, &toml).unwrap();
        let out = presskit(
            dir.path(),
            &[
                "build",
                file.to_str().unwrap(),
                "-o",
                "out",
                "--only",
                "name-tents",
                "--paper",
                paper,
            ],
        );
        let err = stderr(&out);
        assert!(out.status.success(), "{stem}: {err}");
        let path = dir.path().join(format!("out/{stem}/name-tents.pdf"));
        let pages = geometry::pages(&path);
        let texts = pdf::page_texts(&path);
        assert_eq!(pages.len(), people.len(), "{stem}: one sheet a speaker");
        for (i, page) in pages.iter().enumerate() {
            let mut found = Vec::new();
            found.extend(checks::overlaps(page, i + 1));
            found.extend(checks::crossings(page, i + 1));
            found.extend(checks::off_page(page, i + 1));
            found.extend(checks::rule_gaps(
                &faces(page),
                i + 1,
                checks::TENT_RULE_GAP,
            ));
            found.extend(outside(page, true, i + 1));
            found.extend(outside(page, false, i + 1));
            let (upper, lower) = (face(page, true), face(page, false));
            if upper.len() != lower.len() || lower.is_empty() {
                found.push(format!(
                    "page {}: the faces differ ({} and {} glyphs)",
                    i + 1,
                    upper.len(),
                    lower.len()
                ));
            }
            let (name, role) = &people[i];
            let text = squeeze(&texts[i]);
            if text.matches(&squeeze(name)).count() != 2 {
                found.push(format!(
                    "page {}: the name is not whole on both faces",
                    i + 1
                ));
            }
            // The role's first letter is printed in capitals.
            let rest: String = role.chars().skip(1).collect();
            let whole = text.matches(&squeeze(&rest)).count() == 2;
            // Key paths count the speakers from 1, as a person does, and name the
            // speaker after the path when the name is short enough to read there.
            let place = format!(
                "{stem}.toml:{}:8: warning: speakers[{}].role",
                role_line(&toml, i),
                i + 1
            );
            let warned = err.lines().any(|l| {
                l.split_once(&place).is_some_and(|(_, rest)| {
                    rest.contains("): the name tent prints this role shortened")
                        || rest.starts_with(": the name tent prints this role shortened")
                })
            });
            let cut = !whole && warned && text.matches('…').count() == 2;
            // A name set with capitals under 12 mm (Noto Sans Bold's are 0.714 of its
            // size), and only such a name, is warned of at its `name` key.
            let largest = face(page, false).iter().map(|g| g.size).fold(0.0, f64::max);
            let capitals = largest * 0.714 * 25.4 / 72.0;
            let small = err.contains(&format!(
                "{stem}.toml:{}:8: warning: speakers[{}].name: the name tent prints this name in capitals {} mm high",
                role_line(&toml, i) - 1,
                i + 1,
                capitals.floor()
            ));
            smalls += usize::from(small);
            if (capitals < 11.95) != small {
                found.push(format!(
                    "page {}: a name with capitals of {capitals:.1} mm {}warned of",
                    i + 1,
                    if small { "" } else { "not " }
                ));
            }
            if role.chars().count() <= 300 && name.chars().count() < 80 {
                if !whole || warned {
                    found.push(format!(
                        "page {}: a role of {} characters is not printed whole",
                        i + 1,
                        role.chars().count()
                    ));
                }
            } else if role.chars().count() <= 550 {
                // On Letter, under a name of two lines or of 80 characters, the role
                // may be cut, but only with its warning.
                if !(whole && !warned || cut) {
                    found.push(format!(
                        "page {}: a role of {} characters neither whole nor cut and warned of (whole {whole}, warned {warned}, {} `…`)",
                        i + 1,
                        role.chars().count(),
                        text.matches('…').count()
                    ));
                }
            } else if !cut {
                let told: Vec<&str> = err.lines().filter(|l| l.contains("name tent")).collect();
                found.push(format!(
                    "page {}: a role of {} characters is not cut with `…` and warned of at its key (told: {told:?})",
                    i + 1,
                    role.chars().count()
                ));
            }
            faults.extend(found.into_iter().map(|f| format!("{stem}: {f}")));
        }
        if std::env::var_os("PRESSKIT_TENTS_KEEP").is_some() {
            let keep = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{stem}.pdf"));
            std::fs::copy(&path, keep).unwrap();
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
    assert!(
        smalls > 0,
        "no name was set under 12 mm: the check above was not met"
    );
}

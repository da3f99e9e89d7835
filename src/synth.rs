//! Synthetic briefings for benchmarks and load tests: deterministic (the same seed gives
//! the same file), valid, in every supported language, with 3 to 12 speakers and 5 to
//! 60 outlets. Generated on demand; nothing generated is committed.

use std::fmt::Write;
use std::path::{Path, PathBuf};

/// Words to build titles and paragraphs from, per language.
const WORDS: [&[&str]; 3] = [
    &[
        "migration",
        "labour",
        "rights",
        "return",
        "assessment",
        "regional",
        "office",
        "partners",
        "workers",
        "policy",
        "data",
        "border",
        "health",
        "integration",
        "youth",
    ],
    &[
        "миграция",
        "трудовой",
        "права",
        "возвращение",
        "оценка",
        "региональный",
        "офис",
        "партнёры",
        "работники",
        "политика",
        "данные",
        "граница",
        "здоровье",
        "интеграция",
    ],
    &[
        "көші-қон",
        "еңбек",
        "құқықтар",
        "оралу",
        "бағалау",
        "өңірлік",
        "кеңсе",
        "серіктестер",
        "қызметкерлер",
        "саясат",
        "деректер",
        "шекара",
        "денсаулық",
        "ықпалдастық",
    ],
];

/// Language codes, in [`WORDS`] order.
const LANGUAGES: [&str; 3] = ["en", "ru", "kk"];

/// A TOML string literal holding `text`.
fn quoted(text: &str) -> String {
    toml::Value::from(text).to_string()
}

/// A phrase of `n` words from language `lang`.
fn phrase(rng: &mut fastrand::Rng, lang: usize, n: usize) -> String {
    let words = WORDS[lang];
    let mut out: Vec<&str> = (0..n).map(|_| words[rng.usize(..words.len())]).collect();
    let first = out[0].to_string();
    let capital: String = first
        .chars()
        .take(1)
        .flat_map(char::to_uppercase)
        .chain(first.chars().skip(1))
        .collect();
    out[0] = &capital;
    out.join(" ")
}

/// The TOML text of synthetic briefing number `seed`.
pub fn briefing(seed: u64) -> String {
    let mut rng = fastrand::Rng::with_seed(seed);
    let lang = (seed % 3) as usize;
    let mut t = String::new();
    let day = 1 + seed % 28;
    let month = 1 + (seed / 28) % 12;
    let year = 2010 + (seed / 336) % 15;
    let _ = writeln!(
        t,
        "format = 1\n\n[organization]\nname = {}\nshort_name = \"ORG{seed}\"\ncity = \"Almaty\"\ncountry = \"Kazakhstan\"",
        quoted(&phrase(&mut rng, lang, 4))
    );
    let _ = writeln!(t, "about = {}\n", quoted(&phrase(&mut rng, lang, 40)));
    let _ = writeln!(
        t,
        "[event]\ntitle = {}\ndate = {year}-{month:02}-{day:02}\ntime = 11:00:00\nvenue = \"Hall {seed}\"\ncity = \"Almaty\"\nlanguage = \"{}\"\n",
        quoted(&phrase(&mut rng, lang, 8)),
        LANGUAGES[lang]
    );
    let body: Vec<String> = (0..rng.usize(2..6))
        .map(|_| {
            let words = rng.usize(30..80);
            quoted(&format!("{}.", phrase(&mut rng, lang, words)))
        })
        .collect();
    let _ = writeln!(
        t,
        "[release]\nheadline = {}\nsummary = {}\nbody = [{}]",
        quoted(&phrase(&mut rng, lang, 9)),
        quoted(&phrase(&mut rng, lang, 25)),
        body.join(", ")
    );
    let _ = writeln!(
        t,
        "contact = {{ name = \"Contact {seed}\", role = \"Officer\", email = \"press{seed}@example.org\" }}\n"
    );
    let speakers = rng.usize(3..=12);
    for s in 0..speakers {
        let _ = writeln!(
            t,
            "[[speakers]]\nid = \"s{s}\"\nname = {}\nrole = {}\norganization = {}",
            quoted(&phrase(&mut rng, lang, 2)),
            quoted(&phrase(&mut rng, lang, 5)),
            quoted(&phrase(&mut rng, lang, 4))
        );
        if rng.bool() {
            let _ = writeln!(t, "bio = [{}]", quoted(&phrase(&mut rng, lang, 60)));
        }
        t.push('\n');
    }
    for q in 0..rng.usize(0..3) {
        let _ = writeln!(
            t,
            "[[release.quotes]]\nspeaker = \"s{}\"\ntext = {}\n",
            q % speakers,
            quoted(&phrase(&mut rng, lang, 20))
        );
    }
    for _ in 0..rng.usize(2..6) {
        let _ = writeln!(
            t,
            "[[topics]]\ntitle = {}\nnote = {}\n",
            quoted(&phrase(&mut rng, lang, 3)),
            quoted(&phrase(&mut rng, lang, 15))
        );
    }
    for _ in 0..rng.usize(0..3) {
        let _ = writeln!(
            t,
            "[[programmes]]\ntitle = {}\nfunders = [{}]\nactivities = [{}, {}]\n",
            quoted(&phrase(&mut rng, lang, 6)),
            quoted(&phrase(&mut rng, lang, 3)),
            quoted(&phrase(&mut rng, lang, 4)),
            quoted(&phrase(&mut rng, lang, 5))
        );
    }
    for _ in 0..rng.usize(0..3) {
        let _ = writeln!(
            t,
            "[[reports]]\ntitle = {}\nyear = {year}\nfunders = [{}]\n",
            quoted(&phrase(&mut rng, lang, 7)),
            quoted(&phrase(&mut rng, lang, 3))
        );
    }
    for o in 0..rng.usize(5..=60) {
        let _ = writeln!(
            t,
            "[[attendance]]\noutlet = \"{} {o}\"\nkind = \"{}\"\npeople = {}\npresent = {}\n",
            phrase(&mut rng, lang, 1),
            crate::input::outlet_kind::KINDS[rng.usize(..crate::input::outlet_kind::KINDS.len())],
            rng.u32(1..4),
            rng.u8(..10) < 8
        );
    }
    t
}

/// Writes `count` synthetic briefings into `dir` as `synthetic-NNNN.toml`.
pub fn write_folder(dir: &Path, count: u64) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    (0..count)
        .map(|seed| {
            let path = dir.join(format!("synthetic-{seed:04}.toml"));
            std::fs::write(&path, briefing(seed)).map(|()| path)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::briefing::Source;

    #[test]
    fn synthetic_briefings_are_deterministic_and_valid() {
        assert_eq!(briefing(7), briefing(7));
        assert_ne!(briefing(7), briefing(8));
        for seed in 0..30 {
            let source = Source {
                path: format!("synthetic-{seed}.toml").into(),
                text: briefing(seed),
            };
            let b = crate::input::model::validate(source)
                .unwrap_or_else(|e| panic!("seed {seed}: {}", e[0]));
            assert!((3..=12).contains(&b.speakers.len()));
            assert!((5..=60).contains(&b.attendance.len()));
        }
    }
}

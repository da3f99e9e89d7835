//! Pages that hold for any data: generated briefings of long real-world shapes
//! ([`shapes`]) built on A4 and Letter, every page of every PDF checked from its own
//! glyph positions and rules ([`checks`]). A few seeds run on every `cargo test`;
//! `PRESSKIT_STRESS=N` runs seeds 0 to N-1, `PRESSKIT_STRESS_SEED=N` seed N alone. A
//! failing seed's briefing is written out, with the command that builds it again.

mod checks;
mod door;
mod handouts;
mod overviews;
mod shapes;
mod tents;

use std::path::{Path, PathBuf};

use crate::common::{geometry, pdf, presskit, stderr};

/// Seeds run when no variable asks for more: each language on each paper size once.
const DEFAULT_SEEDS: u64 = 6;

/// The paper a seed is built on: A4 and Letter in turn, so that every language meets
/// both (the language follows `seed % 3`).
fn paper(seed: u64) -> &'static str {
    if seed.is_multiple_of(2) {
        "a4"
    } else {
        "letter"
    }
}

/// The seeds to run, from the environment.
fn seeds() -> Vec<u64> {
    let number = |key: &str| {
        std::env::var(key)
            .ok()
            .and_then(|v| v.trim().parse::<u64>().ok())
    };
    match (number("PRESSKIT_STRESS_SEED"), number("PRESSKIT_STRESS")) {
        (Some(seed), _) => vec![seed],
        (None, Some(count)) => (0..count).collect(),
        (None, None) => (0..DEFAULT_SEEDS).collect(),
    }
}

/// Builds the briefing of `seed` in `dir` and returns every fault of every PDF, each
/// prefixed with the PDF's name.
fn faults(seed: u64, briefing: &shapes::Briefing, dir: &Path) -> Vec<String> {
    let file = dir.join(format!("stress-{seed}.toml"));
    std::fs::write(&file, &briefing.toml).unwrap();
    let out = presskit(
        dir,
        &[
            "build",
            file.to_str().unwrap(),
            "-o",
            "out",
            "--paper",
            paper(seed),
        ],
    );
    if !out.status.success() {
        return vec![format!("the build failed: {}", stderr(&out))];
    }
    let folder = dir.join(format!("out/stress-{seed}"));
    let mut pdfs: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    pdfs.sort();
    let mut faults = Vec::new();
    for path in pdfs {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let pages = geometry::pages(&path);
        let texts = pdf::page_texts(&path);
        let mut found = Vec::new();
        for (i, page) in pages.iter().enumerate() {
            found.extend(checks::overlaps(page, i + 1));
            found.extend(checks::crossings(page, i + 1));
            found.extend(checks::off_page(page, i + 1));
            found.extend(checks::stretched_spaces(page, i + 1));
        }
        // A name tent is one sheet a speaker and the sign-in sheet's blank rows run to
        // its last page: neither has pages to fill. The kit's cover and contents are
        // pages of their own.
        if !name.starts_with("name-tents") && !name.starts_with("sign-in-sheet") {
            let exempt = if name.starts_with("press-kit") { 2 } else { 0 };
            let blocks = if name.starts_with("speaker-bios") {
                checks::Blocks::PageTall
            } else if name.starts_with("press-kit") {
                checks::Blocks::Speakers(&briefing.names)
            } else {
                checks::Blocks::Small
            };
            found.extend(checks::half_empty(&pages, exempt, blocks));
        }
        found.extend(checks::broken_names(&texts, &briefing.names));
        found.extend(checks::lonely_last_words(&texts, &briefing.paragraphs));
        faults.extend(found.into_iter().map(|f| format!("{name}: {f}")));
    }
    faults
}

/// Every generated briefing builds into pages with no overprint, no text across a rule
/// or off the page, no broken name, no short last word alone and no page but the last
/// less than half full.
#[test]
fn generated_briefings_print_pages_an_editor_would_hand_out() {
    let dir = tempfile::tempdir().unwrap();
    let keep = Path::new(env!("CARGO_TARGET_TMPDIR")).join("stress");
    let mut failed = Vec::new();
    for seed in seeds() {
        let briefing = shapes::briefing(seed);
        let found = faults(seed, &briefing, dir.path());
        if !found.is_empty() {
            std::fs::create_dir_all(&keep).unwrap();
            let file = keep.join(format!("stress-{seed}.toml"));
            std::fs::write(&file, &briefing.toml).unwrap();
            failed.push(format!(
                "seed {seed} ({}, {}): {} faults; the briefing is {}\n  rebuild: presskit build {} --paper {}\n  rerun: PRESSKIT_STRESS_SEED={seed} cargo test --test it stress::\n  {}",
                shapes::LANGUAGES[(seed % 3) as usize],
                paper(seed),
                found.len(),
                file.display(),
                file.display(),
                paper(seed),
                found.join("\n  ")
            ));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n\n"));
}

//! Golden pages: every page of every PDF of every briefing in `data/` (English, Russian,
//! Kazakh) is compared with `tests/golden/<briefing>/`, twice: its text, in reading order,
//! must equal `<document>.p<page>.txt` exactly, so a changed word or digit fails; its
//! render (by hayro, in-process, at 72 dpi in grey) must match `<document>.p<page>.png`
//! within a small tolerance, so a layout change fails. The plain-text release must equal
//! `press-release.text.txt`. A document or page more or fewer than the goldens fails too.
//!
//! After a deliberate change of the look or the wording, regenerate the goldens and
//! review them like code (`git diff --stat tests/golden`, the PNGs in an image viewer):
//!
//! ```sh
//! PRESSKIT_BLESS=1 cargo test --test it visual
//! ```
//!
//! A failing comparison leaves the new render, its text and a difference image beside
//! each other in the cargo target folder (`target/tmp/visual/`).

use crate::common;

use common::pdf::{self, Grey};
use std::path::{Path, PathBuf};

/// The briefings rendered, all in `data/`.
const BRIEFINGS: [&str; 3] = [
    "almaty-2016-12-22",
    "almaty-2017-03-23-ru",
    "astana-2017-06-22-kk",
];

/// Resolution of the renders, in dots per inch: one pixel a point.
const DPI: f32 = 72.0;

/// A pixel differs when its grey level moves by more than this (of 255): anti-aliasing
/// that differs between two processors' vector units stays below it, ink that moved does
/// not.
const PIXEL_TOLERANCE: u8 = 48;

/// A page differs when more than this many of its pixels differ. A digit changed in a
/// 9-point date changes about 20 (see
/// `a_one_character_change_fails_both_comparisons`).
const PAGE_TOLERANCE: usize = 3;

/// Whether this run writes the goldens instead of comparing with them.
fn bless() -> bool {
    ["PRESSKIT_BLESS", "PRESSKIT_UPDATE_GOLDEN"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|v| v == "1"))
}

/// Decodes a PNG into grey levels (any colour type: the first channel counts).
fn decode(bytes: &[u8]) -> Grey {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("a sane size")];
    let info = reader.next_frame(&mut buf).expect("a PNG frame");
    let channels = info.color_type.samples();
    let pixels = buf[..info.line_size * info.height as usize]
        .chunks(info.line_size)
        .flat_map(|row| {
            row[..info.width as usize * channels]
                .chunks(channels)
                .map(|p| p[0])
        })
        .collect();
    Grey {
        width: info.width,
        height: info.height,
        pixels,
    }
}

/// Encodes grey levels as a PNG.
fn encode(image: &Grey) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, image.width, image.height);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::High);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&image.pixels).unwrap();
    writer.finish().unwrap();
    out
}

/// How two renders differ: `None` when they match within the tolerance, else the reason
/// and an image with every differing pixel in black.
fn compare(golden: &Grey, actual: &Grey) -> Option<(String, Grey)> {
    if (golden.width, golden.height) != (actual.width, actual.height) {
        let reason = format!(
            "size {}x{} is now {}x{}",
            golden.width, golden.height, actual.width, actual.height
        );
        return Some((reason, actual.clone()));
    }
    let diff: Vec<u8> = golden
        .pixels
        .iter()
        .zip(&actual.pixels)
        .map(|(a, b)| {
            if a.abs_diff(*b) > PIXEL_TOLERANCE {
                0
            } else {
                255
            }
        })
        .collect();
    let differing = diff.iter().filter(|&&p| p == 0).count();
    (differing > PAGE_TOLERANCE).then(|| {
        let reason = format!("{differing} pixels differ, more than {PAGE_TOLERANCE}");
        let image = Grey {
            pixels: diff,
            ..actual.clone()
        };
        (reason, image)
    })
}

/// How two texts of a page differ: `None` when they are equal, else the first line that
/// differs, golden and new.
fn compare_text(golden: &str, actual: &str) -> Option<String> {
    if golden == actual {
        return None;
    }
    let (g, a): (Vec<&str>, Vec<&str>) = (golden.lines().collect(), actual.lines().collect());
    let line = (0..g.len().max(a.len()))
        .find(|&i| g.get(i) != a.get(i))
        .unwrap_or(0);
    Some(format!(
        "text line {} was {:?}, is now {:?}",
        line + 1,
        g.get(line).copied().unwrap_or("(no line)"),
        a.get(line).copied().unwrap_or("(no line)")
    ))
}

/// Builds briefings of `data/` (their stems) into `dir`, with `edit` applied to each
/// briefing's text first.
fn build(dir: &Path, stems: &[&str], edit: impl Fn(String) -> String) {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    // The briefings name their images relative to themselves.
    copy_tree(&data.join("assets"), &input.join("assets"));
    let mut args = vec!["build".to_string()];
    for stem in stems {
        let source = std::fs::read_to_string(data.join(format!("{stem}.toml"))).unwrap();
        std::fs::write(input.join(format!("{stem}.toml")), edit(source)).unwrap();
        args.push(format!("in/{stem}.toml"));
        // Its translations (`<stem>.kk.toml`), as they are.
        for entry in std::fs::read_dir(&data).unwrap().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with(&format!("{stem}.")) && name != format!("{stem}.toml") {
                std::fs::copy(entry.path(), input.join(&name)).unwrap();
            }
        }
    }
    args.extend(["-o".to_string(), "out".to_string()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = common::presskit(dir, &args);
    assert!(out.status.success(), "{}", common::stderr(&out));
}

/// Copies a folder, if it exists, with everything in it.
fn copy_tree(from: &Path, to: &Path) {
    let Ok(entries) = std::fs::read_dir(from) else {
        return;
    };
    std::fs::create_dir_all(to).unwrap();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy_tree(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).unwrap();
        }
    }
}

/// The documents in a folder with the extension `extension`, by stem, sorted.
fn documents(folder: &Path, extension: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(extension).map(String::from)
        })
        .collect();
    names.sort();
    names
}

/// One page made by this run: where it comes from, its text and its render.
struct Page {
    /// The golden's name without extension: `<document>.p<page>` for a page of a PDF,
    /// `<document>.text` for a plain-text document (`press-release.txt`).
    name: String,
    /// Its text.
    text: String,
    /// Its render (none for a plain-text document).
    image: Option<Grey>,
}

/// Every page of every PDF in a briefing's output folder, and every plain-text document.
fn pages(folder: &Path) -> Vec<Page> {
    let mut out = Vec::new();
    for doc in documents(folder, ".txt") {
        out.push(Page {
            name: format!("{doc}.text"),
            text: std::fs::read_to_string(folder.join(format!("{doc}.txt"))).unwrap(),
            image: None,
        });
    }
    for doc in documents(folder, ".pdf") {
        let pdf = folder.join(format!("{doc}.pdf"));
        let texts = pdf::page_texts(&pdf);
        let images = pdf::render(&pdf, DPI);
        assert_eq!(texts.len(), images.len());
        for (i, (text, image)) in texts.into_iter().zip(images).enumerate() {
            out.push(Page {
                name: format!("{doc}.p{}", i + 1),
                text,
                image: Some(image),
            });
        }
    }
    out
}

/// The golden names (`<document>.p<page>`) in a folder: every `.txt` and `.png`, sorted.
fn golden_names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    name.strip_suffix(".txt")
                        .or_else(|| name.strip_suffix(".png"))
                        .map(String::from)
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names.dedup();
    names
}

/// Compares one page with its goldens in `folder`; returns what differs, after leaving
/// the new text and render and the difference image in `review`.
fn check_page(folder: &Path, stem: &str, page: &Page, review: &Path) -> Vec<String> {
    let mut failures = Vec::new();
    let keep = |suffix: &str, bytes: &[u8]| {
        std::fs::create_dir_all(review).unwrap();
        let path = review.join(format!("{stem}.{}{suffix}", page.name));
        std::fs::write(&path, bytes).unwrap();
        path
    };
    match std::fs::read_to_string(folder.join(format!("{}.txt", page.name))) {
        Err(_) => failures.push(format!("{stem}/{}.txt: missing", page.name)),
        Ok(golden) => {
            if let Some(reason) = compare_text(&golden, &page.text) {
                let path = keep(".txt", page.text.as_bytes());
                failures.push(format!(
                    "{stem}/{}: {reason}; see {}",
                    page.name,
                    path.display()
                ));
            }
        }
    }
    let Some(image) = &page.image else {
        return failures;
    };
    match std::fs::read(folder.join(format!("{}.png", page.name))) {
        Err(_) => failures.push(format!("{stem}/{}.png: missing", page.name)),
        Ok(golden) => {
            if let Some((reason, diff)) = compare(&decode(&golden), image) {
                let actual = keep(".png", &encode(image));
                let marked = keep(".diff.png", &encode(&diff));
                failures.push(format!(
                    "{stem}/{}: {reason}; see {} and {}",
                    page.name,
                    actual.display(),
                    marked.display()
                ));
            }
        }
    }
    failures
}

/// Where the goldens of a briefing live.
fn golden_folder(stem: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(stem)
}

#[test]
fn every_page_matches_its_golden_text_and_render() {
    let review = Path::new(env!("CARGO_TARGET_TMPDIR")).join("visual");
    let _ = std::fs::remove_dir_all(&review);
    let dir = tempfile::tempdir().unwrap();
    build(dir.path(), &BRIEFINGS, |s| s);
    let mut failures = Vec::new();
    for stem in BRIEFINGS {
        let folder = golden_folder(stem);
        let pages = pages(&dir.path().join("out").join(stem));
        if bless() {
            let _ = std::fs::remove_dir_all(&folder);
            std::fs::create_dir_all(&folder).unwrap();
            for page in &pages {
                std::fs::write(folder.join(format!("{}.txt", page.name)), &page.text).unwrap();
                if let Some(image) = &page.image {
                    std::fs::write(folder.join(format!("{}.png", page.name)), encode(image))
                        .unwrap();
                }
            }
            continue;
        }
        let made: Vec<&str> = pages.iter().map(|p| p.name.as_str()).collect();
        for name in golden_names(&folder) {
            if !made.contains(&name.as_str()) {
                failures.push(format!("{stem}/{name}: has a golden, was not made"));
            }
        }
        for page in &pages {
            failures.extend(check_page(&folder, stem, page, &review));
        }
    }
    assert!(
        failures.is_empty(),
        "pages no longer match their goldens (after a deliberate change: \
         PRESSKIT_BLESS=1 cargo test --test it visual, then review tests/golden/):\n{}",
        failures.join("\n")
    );
}

#[test]
fn a_one_character_change_fails_both_comparisons() {
    let stem = BRIEFINGS[0];
    let dir = tempfile::tempdir().unwrap();
    // The event's date, 22 → 23 December: one digit in the dateline of the release.
    build(dir.path(), &[stem], |s| {
        let changed = s.replacen("date = 2016-12-22", "date = 2016-12-23", 1);
        assert_ne!(changed, s, "the reference briefing no longer has that date");
        changed
    });
    let folder = golden_folder(stem);
    let page = pages(&dir.path().join("out").join(stem))
        .into_iter()
        .find(|p| p.name == "press-release.p1")
        .expect("a release");
    let golden_text = std::fs::read_to_string(folder.join("press-release.p1.txt")).unwrap();
    let reason = compare_text(&golden_text, &page.text).expect("the text comparison fails");
    assert!(reason.contains("is now \"ALMATY, 23"), "{reason}");
    let golden = decode(&std::fs::read(folder.join("press-release.p1.png")).unwrap());
    let image = page.image.as_ref().expect("a render");
    let (reason, _) = compare(&golden, image).expect("the render comparison fails");
    assert!(reason.contains("pixels differ"), "{reason}");
    println!("one digit of the dateline: {reason}");
}

#[test]
fn the_comparison_catches_a_changed_page_and_allows_noise() {
    let page = |f: fn(u32, u32) -> u8| {
        let (width, height) = (200, 300);
        Grey {
            width,
            height,
            pixels: (0..height)
                .flat_map(|y| (0..width).map(move |x| f(x, y)))
                .collect(),
        }
    };
    let blank = page(|_, _| 255);
    // Anti-aliasing noise: every pixel a little darker.
    assert!(compare(&blank, &page(|_, _| 230)).is_none());
    // Three stray pixels pass; a dot of 2 x 2 does not.
    assert!(compare(&blank, &page(|x, y| if y == 5 && x < 3 { 0 } else { 255 })).is_none());
    let dot = page(|x, y| if x < 2 && y < 2 { 0 } else { 255 });
    let (reason, diff) = compare(&blank, &dot).expect("a changed page is caught");
    assert!(reason.contains("4 pixels"), "{reason}");
    assert_eq!(diff.pixels.iter().filter(|&&p| p == 0).count(), 4);
    // Another paper size.
    let letter = Grey {
        width: 210,
        ..blank.clone()
    };
    assert!(compare(&blank, &letter).is_some());
    // Round trip through PNG.
    assert_eq!(decode(&encode(&dot)), dot);
    // Text: one character anywhere fails and is named; equal texts pass.
    let golden = "ALMATY, 22 December 2016\nbody\n";
    assert!(compare_text(golden, golden).is_none());
    let reason = compare_text(golden, "ALMATY, 23 December 2016\nbody\n").unwrap();
    assert!(
        reason.contains("line 1") && reason.contains("23 December"),
        "{reason}"
    );
    assert!(compare_text(golden, "ALMATY, 22 December 2016\nbody\nmore\n").is_some());
}

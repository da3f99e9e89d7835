//! Golden renders: page 1 of every PDF of every briefing in `data/` (English, Russian,
//! Kazakh), rendered by poppler at 40 dpi in grey and compared with `tests/golden/`
//! within a tolerance, so a layout change cannot pass unseen.
//!
//! After a deliberate change of the look, update the goldens and review them like code:
//! `PRESSKIT_UPDATE_GOLDEN=1 cargo test --test visual`. A failing comparison leaves the
//! new render and a difference image beside each other in the cargo target folder.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The briefings rendered, all in `data/`.
const BRIEFINGS: [&str; 3] = [
    "almaty-2016-12-22",
    "almaty-2017-03-23-ru",
    "astana-2017-06-22-kk",
];

/// The PDFs of each briefing.
const PDFS: [&str; 4] = [
    "press-release",
    "speaker-bios",
    "attendance-summary",
    "press-kit",
];

/// Resolution of the renders, in dots per inch.
const DPI: &str = "40";

/// A pixel differs when its grey level moves by more than this (of 255).
const PIXEL_TOLERANCE: u8 = 64;

/// A page differs when more than this fraction of its pixels differ.
const PAGE_TOLERANCE: f64 = 0.002;

/// A decoded grey image.
#[derive(Debug, Clone, PartialEq)]
struct Grey {
    /// Width in pixels.
    width: u32,
    /// Height in pixels.
    height: u32,
    /// One byte a pixel, row by row.
    pixels: Vec<u8>,
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
    let fraction = differing as f64 / diff.len() as f64;
    (fraction > PAGE_TOLERANCE).then(|| {
        let reason = format!(
            "{differing} pixels ({:.2} %) differ, more than {:.2} %",
            fraction * 100.0,
            PAGE_TOLERANCE * 100.0
        );
        let image = Grey {
            pixels: diff,
            ..actual.clone()
        };
        (reason, image)
    })
}

/// Builds every briefing of `data/` into a fresh folder.
fn build_all(dir: &Path) {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let inputs: Vec<PathBuf> = BRIEFINGS
        .iter()
        .map(|stem| data.join(format!("{stem}.toml")))
        .collect();
    let out = Command::new(env!("CARGO_BIN_EXE_presskit"))
        .arg("build")
        .args(&inputs)
        .arg("-o")
        .arg(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("the binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Page 1 of a PDF as a grey PNG, rendered by poppler.
fn render_first_page(pdf: &Path, prefix: &Path) -> Vec<u8> {
    let status = Command::new("pdftoppm")
        .args([
            "-r",
            DPI,
            "-gray",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
        ])
        .arg(pdf)
        .arg(prefix)
        .status()
        .expect("pdftoppm (poppler-utils) is installed");
    assert!(status.success(), "pdftoppm failed on {}", pdf.display());
    std::fs::read(prefix.with_extension("png")).unwrap()
}

#[test]
fn first_pages_match_their_golden_renders() {
    let update = std::env::var_os("PRESSKIT_UPDATE_GOLDEN").is_some_and(|v| v == "1");
    let golden_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let review = Path::new(env!("CARGO_TARGET_TMPDIR")).join("visual");
    let dir = tempfile::tempdir().unwrap();
    build_all(dir.path());
    let mut failures = Vec::new();
    for stem in BRIEFINGS {
        for doc in PDFS {
            let pdf = dir.path().join(stem).join(format!("{doc}.pdf"));
            let png = render_first_page(&pdf, &dir.path().join(format!("{stem}-{doc}")));
            let golden = golden_dir.join(stem).join(format!("{doc}.png"));
            if update {
                std::fs::create_dir_all(golden.parent().unwrap()).unwrap();
                std::fs::write(&golden, &png).unwrap();
                continue;
            }
            let Ok(expected) = std::fs::read(&golden) else {
                failures.push(format!("{}: missing", golden.display()));
                continue;
            };
            if let Some((reason, diff)) = compare(&decode(&expected), &decode(&png)) {
                std::fs::create_dir_all(&review).unwrap();
                let actual = review.join(format!("{stem}-{doc}.png"));
                let marked = review.join(format!("{stem}-{doc}.diff.png"));
                std::fs::write(&actual, &png).unwrap();
                std::fs::write(&marked, encode(&diff)).unwrap();
                failures.push(format!(
                    "{stem}/{doc}: {reason}; see {} and {}",
                    actual.display(),
                    marked.display()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "page 1 no longer matches its golden render (after a deliberate change: \
         PRESSKIT_UPDATE_GOLDEN=1 cargo test --test visual, then review tests/golden/):\n{}",
        failures.join("\n")
    );
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
    // A line of text moved in: a 60 x 8 block of ink.
    let inked = page(|x, y| {
        if x < 60 && (100..108).contains(&y) {
            0
        } else {
            255
        }
    });
    let (reason, diff) = compare(&blank, &inked).expect("a changed page is caught");
    assert!(reason.contains("480 pixels"), "{reason}");
    assert_eq!(diff.pixels.iter().filter(|&&p| p == 0).count(), 480);
    // Another paper size.
    let letter = Grey {
        width: 210,
        ..blank.clone()
    };
    assert!(compare(&blank, &letter).is_some());
    // Round trip through PNG.
    assert_eq!(decode(&encode(&inked)), inked);
}

//! PNG and JPEG images actually typeset: a logo, a speaker's portrait and a photo of
//! `[[photos]]`, made here at sizes no other image of the kit has, must each reach the
//! documents that show them as an image XObject of exactly their pixel size (read back
//! with lopdf, see `common::pdf::Structure::images`).

use crate::common;

use common::images::{jpeg, png};
use common::pdf::Structure;
use common::{REFERENCE, build_reference, stderr};
use std::path::Path;

/// An encoder of a test image of a given width and height.
type Encode = fn(u32, u32) -> Vec<u8>;

/// The image formats under test: extension, encoder, and the PDF filter its pixels are
/// expected under (Typst passes a JPEG through as it is, and recompresses PNG pixels).
const FORMATS: [(&str, Encode, &str); 2] =
    [("png", png, "FlateDecode"), ("jpg", jpeg, "DCTDecode")];

/// Writes the reference briefing into `dir` with a logo, a portrait of its first speaker
/// and one `[[photos]]` entry, each a `.ext` file of the given size.
fn briefing_with_images(dir: &Path, ext: &str, encode: Encode, sizes: [(u32, u32); 3]) {
    let [logo, portrait, photo] = sizes;
    std::fs::write(dir.join(format!("logo.{ext}")), encode(logo.0, logo.1)).unwrap();
    std::fs::write(
        dir.join(format!("portrait.{ext}")),
        encode(portrait.0, portrait.1),
    )
    .unwrap();
    std::fs::write(dir.join(format!("photo.{ext}")), encode(photo.0, photo.1)).unwrap();
    let reference = std::fs::read_to_string(REFERENCE).unwrap();
    let text = reference
        .replacen(
            "short_name = \"IOM\"",
            &format!("short_name = \"IOM\"\nlogo = \"logo.{ext}\""),
            1,
        )
        .replacen(
            "name = \"Dejan Keserovic\"",
            &format!("name = \"Dejan Keserovic\"\nphoto = \"portrait.{ext}\"\nphoto_credit = \"Photo: IOM\""),
            1,
        );
    assert_eq!(text.matches(&format!(".{ext}\"")).count(), 2, "{text}");
    let text = format!(
        "{text}\n[[photos]]\nfile = \"photo.{ext}\"\ncaption = \"The briefing room\"\n\
         credit = \"IOM\"\nalt = \"Journalists and speakers at the table\"\n"
    );
    std::fs::write(dir.join("almaty-2016-12-22.toml"), text).unwrap();
}

#[test]
fn png_and_jpeg_logos_portraits_and_photos_are_typeset_at_their_pixel_size() {
    let mut failures = Vec::new();
    for (round, (ext, encode, filter)) in FORMATS.into_iter().enumerate() {
        // Sizes differ between the formats too, so that one cannot pass for the other.
        let k = round as u32;
        let (logo, portrait, photo) = ((121 + k, 37), (53, 71 + k), (163 + k, 91));
        let dir = tempfile::tempdir().unwrap();
        briefing_with_images(dir.path(), ext, encode, [logo, portrait, photo]);
        let out = common::presskit(
            dir.path(),
            &["build", "almaty-2016-12-22.toml", "-o", "out"],
        );
        assert!(out.status.success(), "{ext}: {}", stderr(&out));
        let folder = dir.path().join("out/almaty-2016-12-22");
        for (doc, expected) in [
            ("press-release.pdf", vec![logo]),
            ("speaker-bios.pdf", vec![portrait]),
            ("press-kit.pdf", vec![logo, portrait, photo]),
        ] {
            let pdf = folder.join(doc);
            // hayro interprets every page (its images decoded) without a warning.
            assert!(!common::pdf::page_texts(&pdf).is_empty(), "{ext}: {doc}");
            let images = Structure::open(&pdf).images();
            for (w, h) in expected {
                if !images
                    .iter()
                    .any(|(iw, ih, f)| (*iw, *ih) == (i64::from(w), i64::from(h)) && f == filter)
                {
                    failures.push(format!(
                        "{ext}: {doc} has no {w}×{h} {filter} image: {images:?}"
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_reference_kit_without_images_has_no_image_of_those_sizes() {
    // The check above can fail: a kit built without the images holds none of them.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(REFERENCE, dir.path().join("almaty-2016-12-22.toml")).unwrap();
    let folder = build_reference(dir.path());
    let images = Structure::open(&folder.join("press-kit.pdf")).images();
    assert!(
        !images
            .iter()
            .any(|(w, h, _)| [(121, 37), (53, 71), (163, 91)].contains(&(*w, *h))),
        "{images:?}"
    );
}

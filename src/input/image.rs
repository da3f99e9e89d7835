//! Checking a logo or photo before anything is typeset: its size in pixels read from the
//! header (a 74-byte PNG may claim two billion pixels a side, which decoding would try to
//! allocate), then decoded or parsed the way Typst will, so that a broken file is
//! reported at the briefing's key instead of in generated markup.

use typst::World;
use typst::diag::LoadedWithin;
use typst::foundations::Bytes;
use typst::loading::{LoadSource, Loaded};
use typst::syntax::{Span, Spanned};
use typst::visualize::{ExchangeFormat, RasterImage, SvgImage};

use crate::messages::Msg;
use crate::messages::input::reading::Reading;
use crate::typeset::world::{BriefingWorld, file_id};
use crate::vocab::{Asset, Date};

/// Most pixels on either side of a raster image: a photo printed 1.7 m wide at 300 dpi.
pub const MAX_SIDE: u32 = 20_000;

/// Most pixels in a raster image (40 million: a full A4 page at 600 dpi is 35 million);
/// decoded, such an image takes 160 MB.
pub const MAX_PIXELS: u64 = 40_000_000;

/// The smallest valid PNG: one grey pixel (for tests and examples).
pub const ONE_PIXEL_PNG: &[u8] = b"\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00\x00\x3a\x7e\x9b\x55\x00\x00\x00\x0a\x49\x44\x41\x54\x78\x9c\x63\x68\x00\x00\x00\x82\x00\x81\x77\xcd\x72\xb6\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";

/// The kinds of image a briefing may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// PNG.
    Png,
    /// JPEG.
    Jpeg,
    /// SVG.
    Svg,
}

/// Checks an image whose first bytes are those of `kind`: its pixel size within bounds,
/// and that it decodes (or, for SVG, parses with everything it links to) as Typst will
/// typeset it. The error says what is wrong.
pub fn check(asset: &Asset, kind: Kind) -> Result<(), Msg> {
    let format = match kind {
        Kind::Png => ExchangeFormat::Png,
        Kind::Jpeg => ExchangeFormat::Jpg,
        Kind::Svg => return check_svg(asset),
    };
    let (width, height) = match kind {
        Kind::Png => png_size(&asset.bytes),
        _ => jpeg_size(&asset.bytes),
    }
    .ok_or(Reading::ImageDamaged)?;
    let (width, height) = (u64::from(width), u64::from(height));
    if width == 0 || height == 0 {
        return Err(Reading::ImageEmpty { width, height }.into());
    }
    let side = u64::from(MAX_SIDE);
    if width > side || height > side || width * height > MAX_PIXELS {
        return Err(Reading::ImageTooManyPixels {
            width,
            height,
            side,
            millions: MAX_PIXELS / 1_000_000,
        }
        .into());
    }
    // The same call Typst makes when it lays the image out (memoised, so decoded once).
    RasterImage::plain(Bytes::new(asset.bytes.clone()), format)
        .map(|_| ())
        .map_err(|e| {
            Reading::ImageUndecodable {
                reason: e.to_string(),
            }
            .into()
        })
}

/// Parses an SVG as Typst will, in a world holding only this image and the fonts: a link
/// to any other file, an entity loop or too many elements fail here.
fn check_svg(asset: &Asset) -> Result<(), Msg> {
    let world = BriefingWorld::new(
        "image-check",
        String::new(),
        [asset],
        Date {
            year: 2000,
            month: 1,
            day: 1,
        },
        crate::typeset::fonts::shipped(),
    );
    let world: &dyn World = &world;
    let data = Bytes::new(asset.bytes.clone());
    SvgImage::with_fonts_images(
        data.clone(),
        typst::comemo::Track::track(world),
        &["Noto Sans"],
        Some(file_id(&asset.virtual_path)),
    )
    .map(|_| ())
    .map_err(|e| {
        let loaded = Loaded::new(Spanned::new(LoadSource::Bytes, Span::detached()), data);
        Reading::SvgUnreadable {
            reason: e.within(&loaded).message.to_string(),
        }
        .into()
    })
}

/// Width and height from a PNG's `IHDR` chunk, which must come first.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let header = bytes.get(8..24)?;
    if &header[4..8] != b"IHDR" {
        return None;
    }
    let width = u32::from_be_bytes(header[8..12].try_into().ok()?);
    let height = u32::from_be_bytes(header[12..16].try_into().ok()?);
    Some((width, height))
}

/// Width and height from a JPEG's start-of-frame segment, walking the segments before it.
fn jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut i = 2;
    loop {
        // Markers start with 0xFF, possibly repeated as fill.
        while *bytes.get(i)? != 0xFF {
            i += 1;
        }
        while *bytes.get(i)? == 0xFF {
            i += 1;
        }
        let marker = *bytes.get(i)?;
        i += 1;
        match marker {
            0xD8 | 0x01 | 0xD0..=0xD7 => continue,
            0xD9 | 0xDA => return None,
            _ => {}
        }
        let length = usize::from(u16::from_be_bytes([*bytes.get(i)?, *bytes.get(i + 1)?]));
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            let height = u16::from_be_bytes([*bytes.get(i + 3)?, *bytes.get(i + 4)?]);
            let width = u16::from_be_bytes([*bytes.get(i + 5)?, *bytes.get(i + 6)?]);
            return Some((u32::from(width), u32::from(height)));
        }
        i += length;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PNG signature and an `IHDR` chunk claiming `w` × `h` pixels, and nothing else.
    fn png_header(w: u32, h: u32) -> Vec<u8> {
        let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        bytes.extend(w.to_be_bytes());
        bytes.extend(h.to_be_bytes());
        bytes.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
        bytes
    }

    fn asset(bytes: Vec<u8>, name: &str) -> Asset {
        Asset {
            virtual_path: format!("/{name}"),
            bytes,
        }
    }

    #[test]
    fn sizes_come_from_the_header() {
        assert_eq!(png_size(&png_header(640, 480)), Some((640, 480)));
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0x01, 0xE0, 0x02, 0x80,
        ];
        assert_eq!(jpeg_size(&jpeg), Some((640, 480)));
        assert_eq!(jpeg_size(&[0xFF, 0xD8, 0xFF]), None);
    }

    #[test]
    fn huge_claims_are_refused_before_decoding() {
        let e = check(
            &asset(png_header(2_147_483_647, 2_147_483_647), "a.png"),
            Kind::Png,
        )
        .unwrap_err()
        .en();
        assert!(e.contains("2147483647 × 2147483647 pixels"), "{e}");
        let e = check(&asset(png_header(640, 480), "a.png"), Kind::Png)
            .unwrap_err()
            .en();
        assert!(e.contains("cannot be decoded"), "{e}");
        check(&asset(ONE_PIXEL_PNG.to_vec(), "a.png"), Kind::Png).unwrap();
    }

    #[test]
    fn svg_links_and_garbage_are_refused() {
        let linked = br#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image xlink:href="file:///etc/passwd" width="10" height="10"/></svg>"#;
        let e = check(&asset(linked.to_vec(), "a.svg"), Kind::Svg)
            .unwrap_err()
            .en();
        assert!(e.contains("SVG"), "{e}");
        let fine = br#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" height="5"/></svg>"#;
        check(&asset(fine.to_vec(), "a.svg"), Kind::Svg).unwrap();
        let broken = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><rect";
        assert!(check(&asset(broken.to_vec(), "a.svg"), Kind::Svg).is_err());
    }
}

//! Small PNG and JPEG images made in the tests, at sizes that name them in a PDF.

/// Pixels of a `width` × `height` RGB test image: a gradient, so that no encoder can
/// shrink it to one colour.
fn pixels(width: u32, height: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity((width * height * 3) as usize);
    for y in 0..height {
        for x in 0..width {
            out.extend([(x * 255 / width) as u8, (y * 255 / height) as u8, 128]);
        }
    }
    out
}

/// A `width` × `height` RGB PNG.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&pixels(width, height)).unwrap();
    writer.finish().unwrap();
    out
}

/// A `width` × `height` baseline RGB JPEG.
pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .encode(
            &pixels(width, height),
            width,
            height,
            image::ExtendedColorType::Rgb8,
        )
        .unwrap();
    out
}

//! `press-kit.zip`: what a website's press page offers for download, in one file: the
//! documents the registry marks as bundled (the release as PDF, text and web page, the
//! kit), and the photos at full resolution, named after their captions, with a
//! `captions.txt` that gives each one's caption and credit.
//!
//! The archive is the same bytes for the same inputs, on every system: entries in a
//! fixed order, every entry dated the event's day (the ZIP format holds no time zone, and
//! no clock is read) with the same permissions, made by "Unix" even on Windows; PDFs and
//! images are stored as they are (already compressed), text is deflated.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, System, ZipWriter};

use crate::documents::registry;
use crate::input::model::{Briefing, Photo};
use crate::output::Artifact;
use crate::render::templates::Output;

/// The bundle of a briefing whose documents are `artifacts`.
pub fn bundle(briefing: &Briefing, artifacts: &[Artifact]) -> Artifact {
    let date = briefing.event.date;
    let when =
        DateTime::from_date_and_time(date.year, date.month, date.day, 0, 0, 0).unwrap_or_default();
    let options = |method| {
        SimpleFileOptions::default()
            .compression_method(method)
            .last_modified_time(when)
            .unix_permissions(0o644)
            // Recorded as made on Unix wherever it is made, so that the Windows build
            // writes the same bytes (the zip crate would record MS-DOS there).
            .system(System::Unix)
    };
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let mut add = |name: &str, bytes: &[u8], method| {
        zip.start_file(name, options(method))
            .and_then(|()| zip.write_all(bytes).map_err(Into::into))
            .expect("writing a zip into memory does not fail");
    };
    for doc in registry::bundled() {
        if let Some(a) = artifacts.iter().find(|a| a.name == doc.file) {
            let method = match doc.output {
                Output::Typst => CompressionMethod::Stored,
                Output::Text | Output::Html => CompressionMethod::Deflated,
            };
            add(doc.file, &a.bytes, method);
        }
    }
    let mut captions = String::new();
    for (i, photo) in briefing.photos.iter().enumerate() {
        let name = photo_name(i, photo);
        add(&name, &photo.image.bytes, CompressionMethod::Stored);
        captions.push_str(&format!(
            "{name}\n{}\n{}\n\n",
            one_line(&photo.caption),
            one_line(&photo.credit)
        ));
    }
    if !captions.is_empty() {
        add(
            "captions.txt",
            captions.as_bytes(),
            CompressionMethod::Deflated,
        );
    }
    let bytes = zip
        .finish()
        .expect("writing a zip into memory does not fail")
        .into_inner();
    Artifact {
        name: registry::BUNDLE.file.into(),
        bytes,
    }
}

/// `text` on one line of `captions.txt`, whose entries are told apart by their lines:
/// every line break and other control character (NUL included) becomes a space, so
/// that no caption or credit can end its entry or fake another.
pub fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}'))
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A photo's name in the bundle: `photos/01-journalists-at-the-briefing.jpg`, its place
/// and its caption's first words (letters and digits of any script), its own extension.
pub fn photo_name(index: usize, photo: &Photo) -> String {
    let extension = photo
        .image
        .virtual_path
        .rsplit_once('.')
        .map_or("img".to_string(), |(_, e)| e.to_ascii_lowercase());
    let mut slug = String::new();
    for word in photo
        .caption
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if slug.chars().count() + word.chars().count() > 60 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.extend(word.chars().flat_map(char::to_lowercase));
    }
    if slug.is_empty() {
        slug.push_str("photo");
    }
    format!("photos/{:02}-{slug}.{extension}", index + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Asset;

    fn photo(caption: &str, path: &str) -> Photo {
        Photo {
            image: Asset {
                virtual_path: path.into(),
                bytes: vec![1, 2, 3],
            },
            caption: caption.into(),
            credit: "Photo: A. Name / IOM".into(),
            alt: "alt".into(),
            speaker: None,
        }
    }

    #[test]
    fn photos_are_named_after_their_captions_in_any_script() {
        assert_eq!(
            photo_name(
                0,
                &photo("Journalists at the briefing, Almaty", "/a/IMG_001.JPG")
            ),
            "photos/01-journalists-at-the-briefing-almaty.jpg"
        );
        assert_eq!(
            photo_name(11, &photo("Брифинг в «Хабаре» / Қазақстан", "/b.png")),
            "photos/12-брифинг-в-хабаре-қазақстан.png"
        );
        assert_eq!(photo_name(0, &photo("…", "/c.svg")), "photos/01-photo.svg");
        let long = "word ".repeat(40);
        assert!(photo_name(0, &photo(&long, "/d.png")).chars().count() < 80);
    }

    #[test]
    fn a_caption_stays_on_its_line_whatever_it_holds() {
        assert_eq!(
            one_line("Journalists\u{0}\n\nphotos/02-fake.jpg\r\nFake\u{2028}credit "),
            "Journalists photos/02-fake.jpg Fake credit"
        );
        assert_eq!(one_line(" Брифинг в «Хабаре» "), "Брифинг в «Хабаре»");
    }
}

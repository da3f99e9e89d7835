//! What an archived PDF carries: its associated files (the briefing, its images, the
//! office's templates and fonts, the settings), read back within bounds.

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::input::briefing;
use crate::messages::Msg;
use crate::messages::archive::Archive;

/// Largest PDF that `extract`, `verify` and the index read: an archived document with
/// every image a briefing may hold stays far below it.
pub const MAX_PDF_BYTES: u64 = 256 * 1024 * 1024;

/// Reads an archived PDF from disk, within [`MAX_PDF_BYTES`].
pub fn read_pdf(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    crate::input::bounded::read(path, MAX_PDF_BYTES).map_err(|e| {
        Diagnostic::error(
            path,
            Archive::FileUnreadable {
                reason: e.to_string(),
            },
        )
    })
}

/// Most bytes the object and cross-reference streams of one PDF may decompress to, all
/// together, while its structure is read: lopdf decompresses those as it loads a file,
/// before presskit sees any object. presskit's PDFs have none (Typst writes plain
/// objects), so this is far above any of them; with [`MAX_ATTACHED_BYTES`] for the
/// attachments, one PDF makes presskit decompress 272 MiB at most.
pub const MAX_OBJECT_STREAM_BYTES: usize = 16 * 1024 * 1024;

/// The least each stream may decompress to while a PDF is read (see [`load`]): a PDF of
/// so many streams that each would get less is refused before it is read.
const MIN_STREAM_BYTES: usize = 64;

/// Reads a PDF's structure with lopdf, what its object and cross-reference streams
/// decompress to bounded by [`MAX_OBJECT_STREAM_BYTES`] in all: every stream of a PDF
/// opens with the keyword `stream`, whose occurrences are counted in the bytes before
/// anything is read, and each stream may then decompress to the bound divided by that
/// count, which lopdf checks as it decompresses, before it allocates more.
pub fn load(pdf: &[u8]) -> Result<lopdf::Document, Msg> {
    let streams = occurrences(pdf, b"stream").max(1);
    let each = MAX_OBJECT_STREAM_BYTES / streams;
    if each < MIN_STREAM_BYTES {
        return Err(Archive::TooManyStreams {
            streams,
            most: MAX_OBJECT_STREAM_BYTES / MIN_STREAM_BYTES,
        }
        .into());
    }
    let options = lopdf::LoadOptions {
        max_decompressed_size: Some(each),
        ..Default::default()
    };
    lopdf::Document::load_mem_with_options(pdf, options).map_err(|e| match e {
        lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => {
            Archive::StreamsTooLarge {
                most: MAX_OBJECT_STREAM_BYTES,
                streams,
                each,
            }
            .into()
        }
        e => Archive::NotAReadablePdf {
            reason: e.to_string(),
        }
        .into(),
    })
}

/// How many times `word` occurs in `bytes` (overlapping occurrences are counted too,
/// which can only overestimate).
fn occurrences(bytes: &[u8], word: &[u8]) -> usize {
    let Some((&first, _)) = word.split_first() else {
        return 0;
    };
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == first && bytes[i..].starts_with(word))
        .count()
}

/// Decodes a PDF text string (a file specification's `/UF`): UTF-16BE after a byte-order
/// mark, UTF-8 after one, else PDFDocEncoding (Latin-1 for the bytes that matter here).
pub fn text_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(rest).into_owned()
    } else {
        bytes.iter().map(|&b| char::from(b)).collect()
    }
}

/// The content of an embedded file stream, decompressed to at most
/// [`briefing::MAX_FILE_BYTES`]: a compressed bomb stops there instead of filling memory.
fn attachment_bytes(stream: &lopdf::Stream, limit: u64) -> Result<Vec<u8>, Msg> {
    use std::io::Read;
    let too_large = || Msg::from(Archive::AttachmentTooLarge { limit });
    let filters: Vec<Vec<u8>> = match stream.dict.get(b"Filter") {
        Err(_) => Vec::new(),
        Ok(lopdf::Object::Name(name)) => vec![name.clone()],
        Ok(lopdf::Object::Array(names)) => names
            .iter()
            .map(|n| {
                n.as_name()
                    .map(<[u8]>::to_vec)
                    .map_err(|e| Msg::Foreign(e.to_string()))
            })
            .collect::<Result<_, _>>()?,
        Ok(_) => return Err(Archive::FilterNotAName.into()),
    };
    let mut bytes = stream.content.clone();
    for filter in filters {
        if filter != b"FlateDecode" {
            return Err(Archive::UnknownFilter {
                filter: String::from_utf8_lossy(&filter).into_owned(),
            }
            .into());
        }
        let mut out = Vec::new();
        flate2::read::ZlibDecoder::new(bytes.as_slice())
            .take(limit + 1)
            .read_to_end(&mut out)
            .map_err(|e| Archive::CannotDecompress {
                reason: e.to_string(),
            })?;
        bytes = out;
    }
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Reads the briefing file attached to an archived PDF, byte for byte, with its file name
/// (only the name: whatever folders the PDF's own name holds are dropped).
pub fn extract(pdf: &[u8]) -> Result<(String, Vec<u8>), Msg> {
    let tomls = attached(pdf, briefing::MAX_FILE_BYTES, |name| {
        name.ends_with(".toml")
    })?
    .into_iter()
    .map(|(name, bytes)| {
        let file = name
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or_default()
            .to_string();
        (PathBuf::from(file), bytes)
    })
    .collect::<Vec<_>>();
    // Beside its translations, the briefing is the file no other translates.
    let names: Vec<PathBuf> = tomls.iter().map(|(name, _)| name.clone()).collect();
    let briefing = briefing_among(&names).cloned();
    tomls
        .into_iter()
        .find(|(name, _)| Some(name) == briefing.as_ref())
        .map(|(name, bytes)| (name.to_string_lossy().into_owned(), bytes))
        .ok_or_else(|| Archive::NoAttachedBriefing.into())
}

/// Largest attachment `extract -o` restores: a font of many scripts.
pub const MAX_ATTACHMENT_BYTES: u64 = 64 * 1024 * 1024;

/// Every file attached to a PDF as an associated file (`/AF`), by the name it was
/// attached under (a path inside the briefing's folder), with its bytes, in order.
pub fn attachments(pdf: &[u8]) -> Result<Vec<(String, Vec<u8>)>, Msg> {
    attached(pdf, MAX_ATTACHMENT_BYTES, |_| true)
}

/// Most files one PDF may attach: a briefing's every photo, template and font.
pub const MAX_ATTACHMENTS: usize = 10_000;

/// Most bytes all the files one PDF attaches may decompress to together: as much as the
/// largest PDF read, so that what one PDF makes presskit decompress is bounded by it.
pub const MAX_ATTACHED_BYTES: u64 = MAX_PDF_BYTES;

/// The associated files of a PDF whose names `wanted` accepts, each decompressed up to
/// `limit` bytes and all of them up to [`MAX_ATTACHED_BYTES`]. A PDF that names one
/// file specification or embedded file twice is refused: presskit attaches each file
/// once, and a file named a thousand times would be decompressed a thousand times.
pub(super) fn attached(
    pdf: &[u8],
    limit: u64,
    wanted: impl Fn(&str) -> bool,
) -> Result<Vec<(String, Vec<u8>)>, Msg> {
    let foreign = |e: lopdf::Error| Msg::Foreign(e.to_string());
    let document = load(pdf)?;
    let catalog = document.catalog().map_err(|e| Archive::NoCatalog {
        reason: e.to_string(),
    })?;
    let deref = |object: &lopdf::Object| {
        document
            .dereference(object)
            .map(|(_, o)| o.clone())
            .map_err(foreign)
    };
    let associated = catalog
        .get(b"AF")
        .map_err(|_| Msg::from(Archive::NoAttachedSource))?;
    let files = deref(associated)?;
    let files = files.as_array().map_err(foreign)?;
    if files.len() > MAX_ATTACHMENTS {
        return Err(Archive::TooManyAttachments {
            count: files.len(),
            most: MAX_ATTACHMENTS,
        }
        .into());
    }
    let mut seen = std::collections::HashSet::new();
    let mut once = |object: &lopdf::Object| match object.as_reference() {
        Ok(id) if !seen.insert(id) => Err(Msg::from(Archive::AttachedTwice {
            object: format!("{} {}", id.0, id.1),
        })),
        _ => Ok(()),
    };
    let mut left = MAX_ATTACHED_BYTES;
    let mut out = Vec::new();
    for spec in files {
        once(spec)?;
        let spec = deref(spec)?;
        let spec = spec.as_dict().map_err(foreign)?;
        if let Ok(embedded) = spec
            .get(b"EF")
            .and_then(|ef| ef.as_dict())
            .and_then(|ef| ef.get(b"F"))
        {
            once(embedded)?;
        }
        let name = spec
            .get(b"UF")
            .or_else(|_| spec.get(b"F"))
            .and_then(|n| n.as_str().map(text_string))
            .unwrap_or_default();
        if !wanted(&name) {
            continue;
        }
        let embedded = spec
            .get(b"EF")
            .and_then(|ef| ef.as_dict())
            .and_then(|ef| ef.get(b"F"))
            .map_err(foreign)?;
        let stream = deref(embedded)?;
        let stream = stream.as_stream().map_err(foreign)?;
        let bytes = attachment_bytes(stream, limit.min(left)).map_err(|e| {
            if left < limit && matches!(e.archive(), Some(Archive::AttachmentTooLarge { .. })) {
                Archive::AttachedTooLarge {
                    limit: MAX_ATTACHED_BYTES,
                }
                .into()
            } else {
                e
            }
        })?;
        left -= bytes.len() as u64;
        out.push((name, bytes));
    }
    Ok(out)
}

/// Restores every file an archived `pdf` carries into the folder `into`, refusing names
/// that would leave it; returns the restored briefing file.
pub fn restore_sources(pdf: &[u8], into: &Path) -> Result<PathBuf, Msg> {
    let attached = attachments(pdf)?;
    if let Some(name) = same_name_twice(&attached) {
        return Err(twice(name));
    }
    let mut tomls = Vec::new();
    for (name, bytes) in &attached {
        if !crate::documents::sources::safe_name(name) {
            return Err(Archive::NameLeavesFolder { name: name.clone() }.into());
        }
        let path = into.join(name);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|_| std::fs::write(&path, bytes));
        written.map_err(|e| Archive::CannotRestore {
            name: name.clone(),
            reason: e.to_string(),
        })?;
        if !name.contains('/') && name.ends_with(".toml") {
            tomls.push(path);
        }
    }
    briefing_among(&tomls)
        .cloned()
        .ok_or_else(|| Archive::NoAttachedBriefing.into())
}

/// The briefing among the TOML files restored beside each other: the one that is no
/// translation of another (`almaty.toml` beside `almaty.kk.toml`).
pub fn briefing_among(tomls: &[PathBuf]) -> Option<&PathBuf> {
    let translation_of_another = |path: &PathBuf| {
        crate::input::translation::name_of(path)
            .is_some_and(|(briefing, _)| tomls.contains(&briefing))
    };
    tomls.iter().find(|p| !translation_of_another(p))
}

/// The first attachment name that another attachment of `attached` also has, compared
/// without case (`Logo.png` and `logo.png` are one file on Windows and macOS): restoring
/// both would let the second silently replace the first.
pub fn same_name_twice(attached: &[(String, Vec<u8>)]) -> Option<&str> {
    let mut seen = std::collections::HashSet::new();
    attached
        .iter()
        .map(|(name, _)| name.as_str())
        .find(|name| !seen.insert(name.to_lowercase()))
}

/// Why a PDF that attaches two files under one name is not restored.
pub fn twice(name: &str) -> Msg {
    Archive::SameNameTwice {
        name: name.to_string(),
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_briefing_is_the_toml_no_other_translates() {
        let paths = |names: &[&str]| -> Vec<PathBuf> {
            names.iter().map(|n| Path::new("r").join(n)).collect()
        };
        let both = paths(&["almaty.toml", "almaty.kk.toml", "almaty.en.toml"]);
        assert_eq!(briefing_among(&both), Some(&both[0]));
        let translation_first = paths(&["almaty.kk.toml", "almaty.toml"]);
        assert_eq!(
            briefing_among(&translation_first),
            Some(&translation_first[1])
        );
        // A briefing whose own name looks like a translation's is still the briefing.
        let alone = paths(&["report.en.toml"]);
        assert_eq!(briefing_among(&alone), Some(&alone[0]));
        assert_eq!(briefing_among(&[]), None);
    }

    #[test]
    fn streams_are_counted_by_their_keyword() {
        assert_eq!(
            occurrences(b"1 0 obj <<>> stream\nx\nendstream", b"stream"),
            2
        );
        assert_eq!(occurrences(b"streamstream", b"stream"), 2);
        assert_eq!(occurrences(b"", b"stream"), 0);
        // So many streams that each would get less than the least: refused unread.
        let many = b"stream ".repeat(MAX_OBJECT_STREAM_BYTES / MIN_STREAM_BYTES + 1);
        let e = load(&many).unwrap_err().en();
        assert!(e.contains("streams, more than"), "{e}");
    }

    #[test]
    fn two_attachments_of_one_name_are_found_in_any_case() {
        let file = |name: &str| (name.to_string(), Vec::new());
        let attached = [
            file("b.toml"),
            file("assets/Logo.png"),
            file("assets/logo.png"),
        ];
        assert_eq!(same_name_twice(&attached), Some("assets/logo.png"));
        assert_eq!(same_name_twice(&attached[..2]), None);
    }

    #[test]
    fn attachment_names_are_pdf_text_strings() {
        let mut utf16 = vec![0xFE, 0xFF];
        for unit in "брифинг.toml".encode_utf16() {
            utf16.extend(unit.to_be_bytes());
        }
        assert_eq!(text_string(&utf16), "брифинг.toml");
        assert_eq!(text_string(b"plain.toml"), "plain.toml");
        assert_eq!(
            text_string(b"\xEF\xBB\xBFd\xC3\xA9j\xC3\xA0.toml"),
            "déjà.toml"
        );
    }

    #[test]
    fn a_compressed_bomb_stops_at_a_briefing_s_size() {
        use std::io::Write;
        // 64 MiB of zeros compress to about 64 KiB.
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..64 {
            encoder.write_all(&zeros).unwrap();
        }
        let bomb = encoder.finish().unwrap();
        let mut dict = lopdf::Dictionary::new();
        dict.set("Filter", lopdf::Object::Name(b"FlateDecode".to_vec()));
        let stream = lopdf::Stream::new(dict, bomb);
        let e = attachment_bytes(&stream, briefing::MAX_FILE_BYTES).unwrap_err();
        assert!(e.en().contains("more than 4194304 bytes"), "{e}");
        let mut dict = lopdf::Dictionary::new();
        dict.set("Filter", lopdf::Object::Name(b"LZWDecode".to_vec()));
        assert!(
            attachment_bytes(
                &lopdf::Stream::new(dict, vec![1, 2]),
                briefing::MAX_FILE_BYTES
            )
            .is_err()
        );
    }
}

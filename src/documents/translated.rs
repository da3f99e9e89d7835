//! The documents of a briefing in the language of one of its translations: those for
//! journalists and the public, each written only when every text it prints is translated,
//! named with the language before the extension (`press-release.kk.pdf`). The attendance
//! summary is internal and stays in the briefing's language; the door documents (sign-in
//! sheet, name tents) are made once, with the briefing's, in every language at once
//! ([`crate::documents::door`]).

use crate::diagnostic::Diagnostic;
use crate::documents::{self, DOCUMENTS, Made, Options, bundle};
use crate::input::briefing::{Key, KeyPath};
use crate::input::translation::Translated;
use crate::messages::documents::Documents;
use crate::output::Artifact;
use crate::render::Renderer;

/// The documents written in the briefing's language only.
pub const MAIN_ONLY: [&str; 3] = ["attendance-summary", "sign-in-sheet", "name-tents"];

/// The texts a document prints, as key paths without their indices (`speakers.bio`):
/// a text not translated yet under one of them keeps the document from that language.
pub fn prints(document: &str) -> &'static [&'static str] {
    /// What a speaker's line prints: name, role, organisation (not the bio).
    const SPEAKER_LINES: [&str; 2] = ["speakers.role", "speakers.organization"];
    match document {
        "press-release" => &[
            "organization",
            "event",
            "release",
            SPEAKER_LINES[0],
            SPEAKER_LINES[1],
        ],
        "speaker-bios" => &["organization", "event", "speakers"],
        "press-kit" => &[
            "organization",
            "event",
            "advisory",
            "release",
            "speakers",
            "photos",
        ],
        "media-advisory" => &[
            "organization",
            "event",
            "advisory",
            "release.contact",
            "agenda",
            "topics",
            SPEAKER_LINES[0],
            SPEAKER_LINES[1],
        ],
        "news-item" => &[
            "organization",
            "event",
            "release.headline",
            "release.summary",
            "release.body",
            "release.quotes",
            "programmes",
            "reports",
            SPEAKER_LINES[0],
            SPEAKER_LINES[1],
        ],
        _ => &[""],
    }
}

/// `path` without its indices: `speakers[1].bio[0]` is `speakers.bio`.
fn bare(path: &KeyPath) -> String {
    path.0
        .iter()
        .filter_map(|k| match k {
            Key::Name(name) => Some(name.as_ref()),
            Key::Index(_) => None,
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// The texts not translated yet that the document `name` prints.
pub fn untranslated<'a>(name: &str, missing: &'a [KeyPath]) -> Vec<&'a KeyPath> {
    let prints = prints(name);
    missing
        .iter()
        .filter(|path| {
            let bare = bare(path);
            prints
                .iter()
                .any(|p| p.is_empty() || bare == *p || bare.starts_with(&format!("{p}.")))
        })
        .collect()
}

/// Whether the document `name` is written in the language of `translated`: it is no
/// document of the main language alone and every text it prints is translated.
pub fn writes(translated: &Translated, name: &str) -> bool {
    !MAIN_ONLY.contains(&name) && untranslated(name, &translated.missing).is_empty()
}

/// `press-release.pdf` in the language `code`: `press-release.kk.pdf`.
pub fn file_name(file: &str, code: &str) -> String {
    match file.rsplit_once('.') {
        Some((stem, extension)) => format!("{stem}.{code}.{extension}"),
        None => format!("{file}.{code}"),
    }
}

/// Makes the documents of `translated` that `options` ask for and whose texts are all
/// translated; the others are named in a note. Archival runs make its PDFs, beside the
/// briefing's own in the same folder.
pub fn make(
    translated: &Translated,
    renderer: &Renderer,
    options: &Options,
) -> Result<Made, Vec<Diagnostic>> {
    let briefing = &translated.briefing;
    let code = translated.translation.language.code();
    let mut made = Made {
        artifacts: Vec::new(),
        left_out: Vec::new(),
        warnings: translated.warnings.clone(),
        timings: documents::Timings::default(),
    };
    let asked = |name: &str| {
        options
            .only
            .as_ref()
            .is_none_or(|only| only.contains(&name))
    };
    let mut names: Vec<&'static str> = Vec::new();
    let mut not_written: Vec<String> = Vec::new();
    let mut wanting: Vec<&KeyPath> = Vec::new();
    for doc in DOCUMENTS {
        let name = doc.name();
        let archived = !options.archival || doc.output == crate::render::templates::Output::Typst;
        if MAIN_ONLY.contains(&name)
            || !archived
            || !asked(name)
            || doc.needs.missing(briefing).is_some()
        {
            continue;
        }
        let missing = untranslated(name, &translated.missing);
        if writes(translated, name) {
            if !names.contains(&name) {
                names.push(name);
            }
        } else {
            not_written.push(file_name(doc.file, code));
            for path in missing {
                if !wanting.contains(&path) {
                    wanting.push(path);
                }
            }
        }
    }
    let whole = options.only.is_none() && !options.archival;
    let bundled = whole && names.contains(&"press-release") && names.contains(&"press-kit");
    if whole && briefing.release.is_some() && !bundled {
        not_written.push(file_name(bundle::FILE, code));
    }
    if !not_written.is_empty() {
        made.warnings.push(note(translated, &not_written, &wanting));
    }
    if names.is_empty() {
        return Ok(made);
    }
    let options = Options {
        only: Some(names),
        ..options.clone()
    };
    let own = documents::make(briefing, renderer, &options)?;
    // What is said of the briefing's own file was said by its own build.
    made.warnings.extend(
        own.warnings
            .into_iter()
            .filter(|w| w.file != briefing.source.path),
    );
    made.timings = own.timings;
    let mut artifacts = own.artifacts;
    if bundled {
        artifacts.push(bundle::bundle(briefing, &artifacts));
    }
    made.artifacts = artifacts
        .into_iter()
        .map(|a| Artifact {
            name: file_name(&a.name, code).into(),
            bytes: a.bytes,
        })
        .collect();
    Ok(made)
}

/// The note naming the documents of a translation not written, and the texts they wait
/// for.
fn note(translated: &Translated, files: &[String], wanting: &[&KeyPath]) -> Diagnostic {
    const SHOWN: usize = 5;
    let mut keys: Vec<String> = wanting.iter().take(SHOWN).map(|p| p.to_string()).collect();
    if wanting.len() > SHOWN {
        let more = Documents::AndMore {
            count: wanting.len() - SHOWN,
        };
        keys.push(crate::messages::Msg::from(more).to_string());
    }
    Diagnostic::error(
        &translated.translation.source.path,
        Documents::NotTranslatedYet {
            keys: keys.join(", "),
            files: files.join(", "),
        },
    )
    .note()
    .with_hint(what_to_do(translated, wanting))
}

/// What to do about the texts a translation's documents wait for: fill them in when the
/// file lists them all already (as `translate` wrote it), else run `translate` to add them.
fn what_to_do(translated: &Translated, wanting: &[&KeyPath]) -> Documents {
    let blank = &translated.translation.blank;
    if wanting.iter().all(|path| blank.contains(path)) {
        Documents::FillInTheTexts {
            file: crate::diagnostic::shown(&translated.translation.source.path),
            count: wanting.len(),
        }
    } else {
        Documents::TranslateAddsTexts {
            file: translated.briefing.source.path.display().to_string(),
            language: translated.translation.language.code().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::briefing::at;

    #[test]
    fn a_missing_bio_keeps_the_bios_and_the_kit_not_the_release() {
        let missing = vec![at("speakers").index(1).key("bio")];
        assert_eq!(untranslated("speaker-bios", &missing).len(), 1);
        assert_eq!(untranslated("press-kit", &missing).len(), 1);
        assert!(untranslated("press-release", &missing).is_empty());
        assert!(untranslated("media-advisory", &missing).is_empty());
        let role = vec![at("speakers").index(0).key("role")];
        assert_eq!(untranslated("press-release", &role).len(), 1);
        let contact = vec![at("release").key("contact").key("role")];
        assert_eq!(untranslated("media-advisory", &contact).len(), 1);
        assert!(untranslated("news-item", &contact).is_empty());
    }

    #[test]
    fn the_language_goes_before_the_extension() {
        assert_eq!(file_name("press-release.pdf", "kk"), "press-release.kk.pdf");
        assert_eq!(file_name("press-kit.zip", "en"), "press-kit.en.zip");
    }
}

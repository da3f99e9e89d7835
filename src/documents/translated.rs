//! The documents of a briefing in the language of one of its translations: those the
//! registry writes per translation (for journalists and the public), each written only
//! when every text it prints is translated, named with the language before the extension
//! (`press-release.kk.pdf`). The others are the briefing's own: the internal attendance
//! summary stays in the briefing's language, and the door documents (sign-in sheet, name
//! tents) are made once, with the briefing's, in every language at once
//! ([`crate::documents::door`]).

use crate::diagnostic::Diagnostic;
use crate::documents::{self, BUNDLE, DOCUMENTS, Made, Options, bundle, registry};
use crate::input::briefing::{Key, KeyPath};
use crate::input::translation::Translated;
use crate::messages::documents::Documents;
use crate::output::Artifact;
use crate::render::Renderer;

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

/// The texts not translated yet among `missing` that a document printing `prints` (see
/// [`Document::translated`](crate::documents::Document::translated)) prints.
pub fn untranslated<'a>(prints: &[&str], missing: &'a [KeyPath]) -> Vec<&'a KeyPath> {
    missing
        .iter()
        .filter(|path| {
            let bare = bare(path);
            prints
                .iter()
                .any(|p| bare == *p || bare.starts_with(&format!("{p}.")))
        })
        .collect()
}

/// Whether `doc` is written in the language of `translated`: the registry writes it per
/// translation and every text it prints is translated.
pub fn writes(translated: &Translated, doc: &documents::Document) -> bool {
    doc.translated
        .is_some_and(|prints| untranslated(prints, &translated.missing).is_empty())
}

/// `press-release.pdf` in the language `code`: `press-release.kk.pdf`.
pub fn file_name(file: &str, code: &str) -> String {
    match file.rsplit_once('.') {
        Some((stem, extension)) => format!("{stem}.{code}.{extension}"),
        None => format!("{file}.{code}"),
    }
}

/// Makes the documents of `translated` that `options` ask for and whose texts are all
/// translated; the others are named in a note. Archival runs make none (the archive
/// keeps the briefing's own language).
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
        let Some(prints) = doc.translated else {
            continue;
        };
        // An archive keeps the PDFs of every language, not their text or web pages.
        let archived = !options.archival || doc.output == crate::render::templates::Output::Typst;
        if !archived || !asked(name) || doc.needs.missing(briefing).is_some() {
            continue;
        }
        let missing = untranslated(prints, &translated.missing);
        if missing.is_empty() {
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
    // The bundle comes with a whole build whose bundled documents are all made.
    let whole = options.only.is_none() && !options.archival;
    let bundled = whole && registry::bundled().all(|d| names.contains(&d.name()));
    if whole && BUNDLE.needs.missing(briefing).is_none() && !bundled {
        not_written.push(file_name(BUNDLE.file, code));
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

    /// The texts the document `name` prints in a translation.
    fn prints(name: &str) -> &'static [&'static str] {
        DOCUMENTS
            .iter()
            .find(|d| d.name() == name)
            .and_then(|d| d.translated)
            .expect("a translated document")
    }

    #[test]
    fn a_missing_bio_keeps_the_bios_and_the_kit_not_the_release() {
        let waiting = |name: &str, missing: &[KeyPath]| untranslated(prints(name), missing).len();
        let missing = vec![at("speakers").index(1).key("bio")];
        assert_eq!(waiting("speaker-bios", &missing), 1);
        assert_eq!(waiting("press-kit", &missing), 1);
        assert_eq!(waiting("press-release", &missing), 0);
        assert_eq!(waiting("media-advisory", &missing), 0);
        let role = vec![at("speakers").index(0).key("role")];
        assert_eq!(waiting("press-release", &role), 1);
        let contact = vec![at("release").key("contact").key("role")];
        assert_eq!(waiting("media-advisory", &contact), 1);
        assert_eq!(waiting("news-item", &contact), 0);
    }

    #[test]
    fn the_language_goes_before_the_extension() {
        assert_eq!(file_name("press-release.pdf", "kk"), "press-release.kk.pdf");
        assert_eq!(file_name("press-kit.zip", "en"), "press-kit.en.zip");
    }
}

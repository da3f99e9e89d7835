//! What an archived document carries of its own making, so that any one archived PDF can
//! rebuild itself years later: the briefing file, every image it names, the office's
//! own templates (those that differ from the built-in ones), the fonts it adds, and the
//! presskit version and options used. Each is attached as a PDF/A-3 associated file with
//! its MIME type, under the path it had beside the briefing, so that `presskit extract
//! FILE.pdf -o DIR` lays out a folder that `archive` and `build` read as they read the
//! original.

use std::path::Path;

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::documents::Options;
use crate::input::model::Briefing;
use crate::messages::documents::Documents;
use crate::render::Renderer;
use crate::render::escape::string_literal;
use crate::vocab::Asset;
use crate::vocab::Paper;

/// The file that records the presskit version and options, beside the briefing.
pub const SETTINGS: &str = "presskit.json";

/// The presskit version archived documents record. A debug build (the one the tests
/// run) takes `PRESSKIT_TEST_VERSION` instead when it is set, so that the tests can
/// archive as another version would; a release build always says its own.
pub fn version() -> String {
    #[cfg(debug_assertions)]
    if let Ok(version) = std::env::var("PRESSKIT_TEST_VERSION") {
        return version;
    }
    env!("CARGO_PKG_VERSION").to_string()
}

/// A file attached to an archived document.
#[derive(Debug, Clone)]
pub struct Source {
    /// The file, at its path inside the briefing's folder (with a leading `/`).
    pub asset: Asset,
    /// Its MIME type.
    pub mime: &'static str,
    /// `source` for what the document was made from, `data` for the settings.
    pub relationship: &'static str,
    /// What it is, in the PDF's file list.
    pub description: &'static str,
}

/// The version and options of the presskit that made an archived document.
#[derive(Debug, Serialize)]
struct Settings {
    /// presskit's version.
    presskit: String,
    /// The briefing format version read.
    format: i64,
    /// `--paper`.
    paper: &'static str,
}

/// Everything `briefing` was made from, to attach to its archived documents: the
/// briefing first, then its translations (`options.translations`), its images, the
/// office's templates, its added fonts, and the settings (`options.paper`).
pub fn of(
    briefing: &Briefing,
    renderer: &Renderer,
    options: &Options,
) -> Result<Vec<Source>, Vec<Diagnostic>> {
    let paper = options.paper;
    let mut sources = vec![Source {
        asset: Asset {
            virtual_path: format!("/{}.toml", briefing.source.stem()),
            bytes: briefing.source.text.clone().into_bytes(),
        },
        mime: "application/toml",
        relationship: "source",
        description: "The briefing this document was made from (presskit data format 1)",
    }];
    for translation in &options.translations {
        sources.push(Source {
            asset: translation.clone(),
            mime: "application/toml",
            relationship: "source",
            description: "A translation of the briefing, beside it (presskit translation file)",
        });
    }
    for asset in briefing.assets() {
        if sources
            .iter()
            .any(|s| s.asset.virtual_path == asset.virtual_path)
        {
            continue;
        }
        sources.push(Source {
            asset: asset.clone(),
            mime: image_mime(&asset.virtual_path),
            relationship: "source",
            description: "An image the briefing names",
        });
    }
    for template in renderer.user_templates() {
        sources.push(Source {
            asset: Asset {
                virtual_path: format!(
                    "/templates/{}{}",
                    template.name,
                    template.output.extension()
                ),
                bytes: template.text.as_bytes().to_vec(),
            },
            mime: "text/plain",
            relationship: "source",
            description: "A template of the office's own that replaced the built-in one",
        });
    }
    let mut errors = Vec::new();
    for file in &briefing.fonts.files {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match std::fs::read(file) {
            Ok(bytes) => sources.push(Source {
                asset: Asset {
                    virtual_path: format!("/fonts/{name}"),
                    bytes,
                },
                mime: font_mime(file),
                relationship: "source",
                description: "A font the briefing adds to the shipped ones",
            }),
            Err(e) => errors.push(Diagnostic::error(
                file,
                Documents::CannotRead {
                    reason: e.to_string(),
                },
            )),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let settings = Settings {
        presskit: version(),
        format: 1,
        paper: match paper {
            Paper::A4 => "a4",
            Paper::Letter => "letter",
        },
    };
    sources.push(Source {
        asset: Asset {
            virtual_path: format!("/{SETTINGS}"),
            bytes: serde_json::to_vec_pretty(&settings).expect("settings serialise"),
        },
        mime: "application/json",
        relationship: "data",
        description: "The presskit version and options this document was made with",
    });
    Ok(sources)
}

/// The Typst markup that attaches `sources` to a document.
pub fn markup(sources: &[Source]) -> String {
    let mut out = String::from("\n");
    for s in sources {
        out.push_str(&format!(
            "#pdf.attach({}, relationship: {}, mime-type: {}, description: {})\n",
            string_literal(&s.asset.virtual_path),
            string_literal(s.relationship),
            string_literal(s.mime),
            string_literal(s.description),
        ));
    }
    out
}

/// The MIME type of an image by its name (already checked against its contents).
fn image_mime(path: &str) -> &'static str {
    match path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .as_deref()
    {
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        _ => "image/jpeg",
    }
}

/// The MIME type of a font file by its name.
fn font_mime(path: &Path) -> &'static str {
    match path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .as_deref()
    {
        Some("otf") => "font/otf",
        Some("ttc" | "otc") => "font/collection",
        _ => "font/ttf",
    }
}

/// Whether an attachment's name may be written under a folder: a relative path of plain
/// names, none of them `.`, `..` or hidden, no drive, no backslash, no control character.
pub fn safe_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('/')
        && name.split('/').all(|part| {
            !part.is_empty()
                && !part.starts_with('.')
                && !part.contains(['\\', ':'])
                && !part.chars().any(char::is_control)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attachment_names_that_would_leave_the_folder_are_refused() {
        for good in [
            "almaty.toml",
            "assets/logo.svg",
            "templates/partials/style.typ.hbs",
        ] {
            assert!(safe_name(good), "{good}");
        }
        for bad in [
            "",
            "/etc/passwd",
            "../x.toml",
            "a/../../x",
            "a//b",
            ".hidden",
            "C:/x",
            "a\\b",
            "x\u{1b}[2K",
        ] {
            assert!(!safe_name(bad), "{bad}");
        }
    }

    #[test]
    fn the_markup_attaches_each_file_with_its_type() {
        let sources = vec![Source {
            asset: Asset {
                virtual_path: "/assets/\"quoted\".png".into(),
                bytes: vec![],
            },
            mime: "image/png",
            relationship: "source",
            description: "An image",
        }];
        let markup = markup(&sources);
        assert!(markup.contains(r#"#pdf.attach("/assets/\"quoted\".png", relationship: "source", mime-type: "image/png""#), "{markup}");
    }
}

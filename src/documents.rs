//! The documents of one briefing: which template makes each, and the stage that turns a
//! validated briefing into finished files (render, typeset, export) without touching disk.

use std::path::PathBuf;

use typst_pdf::PdfStandard;

use crate::context::{self, Paper};
use crate::diagnostic::Diagnostic;
use crate::model::{Asset, Briefing};
use crate::output::Artifact;
use crate::render::Renderer;
use crate::templates::Output;
use crate::typeset::{self, PdfSettings};

/// A document `build` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Document {
    /// Output file name.
    pub file: &'static str,
    /// Template name (without `.typ.hbs` / `.txt.hbs`).
    pub template: &'static str,
    /// What the template produces.
    pub output: Output,
}

/// Every document of a press kit, in the order they are written.
pub const DOCUMENTS: &[Document] = &[
    Document {
        file: "press-release.pdf",
        template: "press-release",
        output: Output::Typst,
    },
    Document {
        file: "speaker-bios.pdf",
        template: "speaker-bios",
        output: Output::Typst,
    },
    Document {
        file: "attendance-summary.pdf",
        template: "attendance-summary",
        output: Output::Typst,
    },
    Document {
        file: "press-kit.pdf",
        template: "press-kit",
        output: Output::Typst,
    },
    Document {
        file: "press-release.txt",
        template: "press-release",
        output: Output::Text,
    },
    Document {
        file: "media-advisory.pdf",
        template: "media-advisory",
        output: Output::Typst,
    },
    Document {
        file: "sign-in-sheet.pdf",
        template: "sign-in-sheet",
        output: Output::Typst,
    },
    Document {
        file: "name-tents.pdf",
        template: "name-tents",
        output: Output::Typst,
    },
];

/// Options that change how documents are made.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Paper size.
    pub paper: Paper,
    /// Archival copies: PDF documents only, as PDF/A-3 with the briefing attached.
    pub archival: bool,
}

/// The standards archived PDFs conform to: PDF/A-3a (tagged) and PDF/UA-1.
pub const ARCHIVE_STANDARDS: [PdfStandard; 2] = [PdfStandard::A_3a, PdfStandard::Ua_1];

/// The markup that attaches the briefing file, added to every archived document.
fn attachment(virtual_path: &str) -> String {
    format!(
        "\n#pdf.attach({}, relationship: \"source\", mime-type: \"application/toml\", description: \"The briefing this document was made from (presskit data format 1)\")\n",
        crate::escape::string_literal(virtual_path)
    )
}

/// The result of making one briefing's documents.
pub struct Made {
    /// The files, complete, in [`DOCUMENTS`] order.
    pub artifacts: Vec<Artifact>,
    /// Warnings to print.
    pub warnings: Vec<Diagnostic>,
}

/// Renders and typesets every document of `briefing`.
pub fn make(
    briefing: &Briefing,
    renderer: &Renderer,
    options: &Options,
) -> Result<Made, Vec<Diagnostic>> {
    let context = context::build(briefing, options.paper);
    let date = typeset::document_date(briefing.event.date);
    let stem = briefing.source.stem();
    let mut artifacts = Vec::new();
    let mut warnings = Vec::new();
    let mut errors = Vec::new();
    let source = Asset {
        virtual_path: format!("/{stem}.toml"),
        bytes: briefing.source.text.clone().into_bytes(),
    };
    let standards = if options.archival {
        ARCHIVE_STANDARDS.to_vec()
    } else {
        Vec::new()
    };
    for doc in DOCUMENTS
        .iter()
        .filter(|d| !options.archival || d.output == Output::Typst)
    {
        let text = match renderer.render(doc.template, doc.output, &context) {
            Ok(text) => text,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if doc.output == Output::Text {
            artifacts.push(Artifact {
                name: doc.file,
                bytes: text.into_bytes(),
            });
            continue;
        }
        let origin = renderer
            .origin(doc.template, doc.output)
            .unwrap_or_else(|| PathBuf::from(doc.template));
        let settings = PdfSettings {
            ident: format!("presskit/{stem}/{}", doc.file),
            date,
            standards: standards.clone(),
        };
        let (text, attached) = if options.archival {
            (text + &attachment(&source.virtual_path), Some(&source))
        } else {
            (text, None)
        };
        match typeset::typeset(
            doc.template,
            &origin,
            text,
            briefing.assets().chain(attached),
            briefing.event.date,
            &settings,
        ) {
            Ok(done) => {
                warnings.extend(done.warnings);
                artifacts.push(Artifact {
                    name: doc.file,
                    bytes: done.pdf,
                });
            }
            Err(e) => errors.extend(e),
        }
    }
    if errors.is_empty() {
        Ok(Made {
            artifacts,
            warnings,
        })
    } else {
        Err(errors)
    }
}

//! The documents of one briefing: which template makes each, and the stage that turns a
//! validated briefing into finished files (render, typeset, export) without touching disk.

use std::path::PathBuf;
use std::time::{Duration, Instant};

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
    /// Rough relative cost of typesetting it (about its pages in a typical kit), so that
    /// when documents are typeset in parallel the heaviest start first.
    pub weight: u8,
}

/// Every document of a press kit, in the order they are written.
pub const DOCUMENTS: &[Document] = &[
    Document {
        file: "press-release.pdf",
        template: "press-release",
        output: Output::Typst,
        weight: 1,
    },
    Document {
        file: "speaker-bios.pdf",
        template: "speaker-bios",
        output: Output::Typst,
        weight: 3,
    },
    Document {
        file: "attendance-summary.pdf",
        template: "attendance-summary",
        output: Output::Typst,
        weight: 2,
    },
    Document {
        file: "press-kit.pdf",
        template: "press-kit",
        output: Output::Typst,
        weight: 8,
    },
    Document {
        file: "press-release.txt",
        template: "press-release",
        output: Output::Text,
        weight: 0,
    },
    Document {
        file: "media-advisory.pdf",
        template: "media-advisory",
        output: Output::Typst,
        weight: 1,
    },
    Document {
        file: "sign-in-sheet.pdf",
        template: "sign-in-sheet",
        output: Output::Typst,
        weight: 3,
    },
    Document {
        file: "name-tents.pdf",
        template: "name-tents",
        output: Output::Typst,
        weight: 3,
    },
];

/// Options that change how documents are made.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Paper size.
    pub paper: Paper,
    /// Archival copies: PDF documents only, as PDF/A-3 with the briefing attached.
    pub archival: bool,
    /// How long one document may take to typeset; `None` waits for ever.
    pub timeout: Option<Duration>,
    /// How many documents of the briefing are typeset at once; 0 or 1 typesets them one
    /// after another on the calling thread.
    pub threads: usize,
    /// The folder to write each document's generated Typst markup into
    /// (`<document>.typ`), before it is typeset: `--keep-typst`.
    pub keep_typst: Option<PathBuf>,
    /// `--fonts DIR`: fonts added to the shipped ones and to `fonts/` beside the briefing.
    pub fonts: Option<PathBuf>,
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

/// Where the time of one briefing went, summed over its documents.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    /// Handlebars rendering.
    pub templates: Duration,
    /// Typst compilation and layout.
    pub compile: Duration,
    /// PDF export.
    pub export: Duration,
}

impl Timings {
    /// Adds another document's timings.
    fn add(&mut self, other: Timings) {
        self.templates += other.templates;
        self.compile += other.compile;
        self.export += other.export;
    }
}

/// The result of making one briefing's documents.
pub struct Made {
    /// The files, complete, in [`DOCUMENTS`] order.
    pub artifacts: Vec<Artifact>,
    /// Warnings to print.
    pub warnings: Vec<Diagnostic>,
    /// Time spent per stage (CPU time across threads, not wall time).
    pub timings: Timings,
}

/// One finished document, its warnings and timings.
type Finished = Result<(Artifact, Vec<Diagnostic>, Timings), Vec<Diagnostic>>;

/// Renders and typesets every document of `briefing`, on `options.threads` threads.
pub fn make(
    briefing: &Briefing,
    renderer: &Renderer,
    options: &Options,
) -> Result<Made, Vec<Diagnostic>> {
    let context = context::build(briefing, options.paper);
    let stem = briefing.source.stem();
    let source = Asset {
        virtual_path: format!("/{stem}.toml"),
        bytes: briefing.source.text.clone().into_bytes(),
    };
    // Heaviest first, so the longest document is not the last to start; the results
    // go back to [`DOCUMENTS`] order by their place in it.
    let mut documents: Vec<(usize, &Document)> = DOCUMENTS
        .iter()
        .enumerate()
        .filter(|(_, d)| !options.archival || d.output == Output::Typst)
        .collect();
    documents.sort_by_key(|(_, d)| std::cmp::Reverse(d.weight));
    let mut finished: Vec<(usize, Finished)> =
        crate::pool::map(&documents, options.threads, |&(place, doc)| {
            let done = make_document(doc, briefing, renderer, &context, options, &source);
            (place, done)
        });
    finished.sort_by_key(|(place, _)| *place);
    let mut made = Made {
        artifacts: Vec::new(),
        warnings: crate::script::warnings(&briefing.source, briefing.event.language),
        timings: Timings::default(),
    };
    let mut errors = Vec::new();
    for (place, result) in finished {
        match result {
            Ok((artifact, warnings, timings)) => {
                made.artifacts.push(artifact);
                made.warnings.extend(warnings);
                made.timings.add(timings);
            }
            Err(e) => errors.push((DOCUMENTS[place].file, e)),
        }
    }
    if errors.is_empty() {
        Ok(made)
    } else {
        Err(merge(errors))
    }
}

/// The errors of the documents that failed, each printed once: a document's errors at
/// one template line are one error (a missing `]` upsets every line after it), and an
/// error that several documents share (in a partial) names them all.
fn merge(failed: Vec<(&'static str, Vec<Diagnostic>)>) -> Vec<Diagnostic> {
    let mut merged: Vec<(Diagnostic, Vec<&'static str>)> = Vec::new();
    for (document, mut errors) in failed {
        // A bracket left open makes every bracket around it unclosed too: the innermost,
        // opened last, is the one to fix.
        let unclosed = |d: &Diagnostic| d.message == "unclosed delimiter";
        let innermost = errors
            .iter()
            .filter(|d| unclosed(d))
            .filter_map(|d| {
                d.location
                    .as_ref()
                    .map(|l| (d.file.clone(), l.line, l.column))
            })
            .max();
        if let Some(innermost) = innermost {
            errors.retain(|d| {
                !unclosed(d)
                    || d.location
                        .as_ref()
                        .map(|l| (d.file.clone(), l.line, l.column))
                        == Some(innermost.clone())
            });
        }
        let mut lines = Vec::new();
        for error in errors {
            let line = (error.file.clone(), error.location.as_ref().map(|l| l.line));
            if error.location.is_some() && lines.contains(&line) {
                continue;
            }
            lines.push(line);
            let same = |d: &Diagnostic| {
                (&d.file, &d.location, &d.message) == (&error.file, &error.location, &error.message)
            };
            match merged.iter_mut().find(|(d, _)| same(d)) {
                Some((_, documents)) => documents.push(document),
                None => merged.push((error, vec![document])),
            }
        }
    }
    merged
        .into_iter()
        .map(|(error, documents)| {
            if documents.len() > 1 {
                error.with_hint(format!("this stops {}", documents.join(", ")))
            } else {
                error
            }
        })
        .collect()
}

/// Renders one document and, for Typst templates, typesets it.
fn make_document(
    doc: &Document,
    briefing: &Briefing,
    renderer: &Renderer,
    context: &context::Context,
    options: &Options,
    source: &Asset,
) -> Finished {
    let begun = Instant::now();
    let text = renderer
        .render(doc.template, doc.output, context)
        .map_err(|e| vec![e])?;
    let mut timings = Timings {
        templates: begun.elapsed(),
        ..Timings::default()
    };
    if doc.output == Output::Text {
        return Ok((
            Artifact {
                name: doc.file,
                bytes: text.into_bytes(),
            },
            Vec::new(),
            timings,
        ));
    }
    let origin = renderer
        .origin(doc.template, doc.output)
        .unwrap_or_else(|| PathBuf::from(doc.template));
    let settings = PdfSettings {
        ident: format!("presskit/{}/{}", briefing.source.stem(), doc.file),
        date: typeset::document_date(briefing.event.date),
        standards: if options.archival {
            ARCHIVE_STANDARDS.to_vec()
        } else {
            Vec::new()
        },
        timeout: options.timeout,
    };
    let (text, attached) = if options.archival {
        (text + &attachment(&source.virtual_path), Some(source))
    } else {
        (text, None)
    };
    let generated = text.clone();
    let kept = match &options.keep_typst {
        Some(folder) => {
            let path = folder.join(format!("{}.typ", doc.template));
            crate::output::write_atomic(&path, generated.as_bytes()).map_err(|d| vec![d])?;
            Some(path)
        }
        None => None,
    };
    let done = typeset::typeset(
        doc.template,
        &origin,
        text,
        briefing.assets().chain(attached),
        std::sync::Arc::clone(&briefing.fonts),
        briefing.event.date,
        &settings,
    )
    .map_err(|errors| {
        errors
            .into_iter()
            .map(|e| crate::origin::relocate(e, &generated, renderer.templates(), kept.as_deref()))
            .collect::<Vec<_>>()
    })?;
    timings.compile = done.compile;
    timings.export = done.export;
    Ok((
        Artifact {
            name: doc.file,
            bytes: done.pdf,
        },
        done.warnings
            .into_iter()
            .map(|w| crate::origin::relocate(w, &generated, renderer.templates(), kept.as_deref()))
            .collect(),
        timings,
    ))
}

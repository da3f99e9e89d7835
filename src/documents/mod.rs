//! The documents of one briefing: the registry of every document ([`DOCUMENTS`], and the
//! [`OVERVIEWS`] of a whole archive), and the stage that turns a validated briefing into
//! finished files (render, typeset, export) without touching disk. Beside it, what the
//! documents are made of: [`context`] (what templates see), [`locale`] (fixed words and formats, the event's word filled in by [`event_kind`]),
//! [`sources`] (what an archived PDF carries), [`bundle`] (`press-kit.zip`), [`mail`]
//! (the drafts of `presskit mail`, their headers encoded by [`headers`]), [`indicators`], [`index`], [`narrative`], [`report`] and
//! [`workbook`] (the archive's index and the donor report, typeset by [`overview`]), [`examples`] (what `templates vars`
//! shows); [`warnings`] (what the documents warn of); [`news`] (the news item's story); [`translated`] makes the documents of a briefing's translations;
//! [`door`] says what the sign-in sheet and the name tents print in each language of the room.

pub mod bundle;
pub mod context;
pub mod door;
pub mod event_kind;
pub mod examples;
pub mod headers;
pub mod index;
pub mod indicators;
pub mod locale;
pub mod mail;
pub mod narrative;
pub mod news;
pub mod overview;
pub mod report;
pub mod sources;
pub mod translated;
pub mod warnings;
pub mod workbook;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use typst_pdf::PdfStandard;

use crate::diagnostic::Diagnostic;
use crate::input::model::Briefing;
use crate::input::translation::Translated;
use crate::messages::documents::Documents;
use crate::output::Artifact;
use crate::render::Renderer;
use crate::render::templates::Output;
use crate::typeset::{self, PdfSettings};
use crate::vocab::Paper;

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
    /// What the briefing must hold for the document to be made.
    pub needs: Needs,
}

/// Data a document cannot be made without.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Nothing beyond the organisation and the event.
    Nothing,
    /// A `[release]`.
    Release,
    /// At least one `[[speakers]]` table.
    Speakers,
    /// Attendance recorded: an outlet that came.
    Attendance,
}

impl Needs {
    /// What is missing from `briefing` for a document with these needs, if anything.
    pub fn missing(self, briefing: &Briefing) -> Option<Missing> {
        match self {
            Self::Release if briefing.release.is_none() => Some(Missing::Release),
            Self::Speakers if briefing.speakers.is_empty() => Some(Missing::Speakers),
            Self::Attendance if !briefing.attendance.iter().any(|o| o.present) => {
                Some(Missing::Attendance)
            }
            _ => None,
        }
    }
}

/// Why a document was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Missing {
    /// The briefing has no `[release]` yet.
    Release,
    /// The briefing has no `[[speakers]]`.
    Speakers,
    /// No outlet is recorded as having come.
    Attendance,
}

impl Missing {
    /// The reason, in the format's words.
    pub fn reason(self) -> Documents {
        match self {
            Self::Release => Documents::NoReleaseYet,
            Self::Speakers => Documents::NoSpeakers,
            Self::Attendance => Documents::NoAttendanceYet,
        }
    }
}

impl Document {
    /// The name `--only` knows the document by: its file name without the extension.
    pub fn name(&self) -> &'static str {
        self.file
            .rsplit_once('.')
            .map_or(self.file, |(stem, _)| stem)
    }
}

/// The names `--only` accepts, each once, in [`DOCUMENTS`] order.
pub fn names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for doc in DOCUMENTS {
        if !names.contains(&doc.name()) {
            names.push(doc.name());
        }
    }
    names
}

/// Every document of a press kit, in the order they are written.
pub const DOCUMENTS: &[Document] = &[
    Document {
        file: "press-release.pdf",
        template: "press-release",
        output: Output::Typst,
        weight: 1,
        needs: Needs::Release,
    },
    Document {
        file: "speaker-bios.pdf",
        template: "speaker-bios",
        output: Output::Typst,
        weight: 3,
        needs: Needs::Speakers,
    },
    Document {
        file: "attendance-summary.pdf",
        template: "attendance-summary",
        output: Output::Typst,
        weight: 2,
        needs: Needs::Nothing,
    },
    Document {
        file: "press-kit.pdf",
        template: "press-kit",
        output: Output::Typst,
        weight: 8,
        needs: Needs::Nothing,
    },
    Document {
        file: "press-release.txt",
        template: "press-release",
        output: Output::Text,
        weight: 0,
        needs: Needs::Release,
    },
    Document {
        file: "press-release.html",
        template: "press-release",
        output: Output::Html,
        weight: 0,
        needs: Needs::Release,
    },
    Document {
        file: "media-advisory.pdf",
        template: "media-advisory",
        output: Output::Typst,
        weight: 1,
        needs: Needs::Nothing,
    },
    Document {
        file: "sign-in-sheet.pdf",
        template: "sign-in-sheet",
        output: Output::Typst,
        weight: 3,
        needs: Needs::Nothing,
    },
    Document {
        file: "name-tents.pdf",
        template: "name-tents",
        output: Output::Typst,
        weight: 3,
        needs: Needs::Speakers,
    },
    Document {
        file: "news-item.txt",
        template: "news-item",
        output: Output::Text,
        weight: 0,
        needs: Needs::Attendance,
    },
    Document {
        file: "news-item.html",
        template: "news-item",
        output: Output::Html,
        weight: 0,
        needs: Needs::Attendance,
    },
];

/// A document about a whole archive, made from its catalogue rather than from one
/// briefing: its templates are parsed only by the command that makes it.
#[derive(Debug, Clone, Copy)]
pub struct Overview {
    /// Output file name (the report's is the user's choice; this is its default).
    pub file: &'static str,
    /// Template name (without `.typ.hbs`).
    pub template: &'static str,
    /// What it is, for `templates vars`.
    pub what: fn() -> Documents,
    /// The context its template receives for an archive of the reference briefing, for
    /// `templates vars`: made by the function the command uses.
    pub example: fn() -> serde_json::Value,
}

/// The archive's index, rebuilt by `archive`.
pub const ARCHIVE_INDEX: Overview = Overview {
    file: "index.pdf",
    template: "archive-index",
    what: || Documents::TheArchivesIndex,
    example: examples::index_context,
};

/// The report to the donor, made by `report`.
pub const REPORT: Overview = Overview {
    file: "report.pdf",
    template: "report",
    what: || Documents::TheReportToTheDonor,
    example: examples::report_context,
};

/// Every overview.
pub const OVERVIEWS: &[Overview] = &[ARCHIVE_INDEX, REPORT];

/// The templates a briefing's renderer parses: every one but the overviews'.
pub const DOCUMENT_TEMPLATES: crate::render::templates::Use =
    crate::render::templates::Use::Documents(&[ARCHIVE_INDEX.template, REPORT.template]);

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
    /// Only the documents of these names (see [`Document::name`]); `None` makes all.
    pub only: Option<Vec<&'static str>>,
    /// The folder to write each document's generated Typst markup into
    /// (`<document>.typ`), before it is typeset: `--keep-typst`.
    pub keep_typst: Option<PathBuf>,
    /// `--fonts DIR`: fonts added to the shipped ones and to `fonts/` beside the briefing.
    pub fonts: Option<PathBuf>,
    /// Archival runs: the briefing's translation files, attached beside it as sources.
    pub translations: Vec<crate::vocab::Asset>,
    /// The web pages of every language the briefing is written in, for their links to
    /// each other.
    pub alternates: context::Alternates,
}

/// The standards archived PDFs conform to: PDF/A-3a (tagged) and PDF/UA-1.
pub const ARCHIVE_STANDARDS: [PdfStandard; 2] = [PdfStandard::A_3a, PdfStandard::Ua_1];

/// The standard every other PDF conforms to, and claims in its XMP metadata: PDF/UA-1
/// (tagged, titled, with its language, the title shown by viewers and screen readers).
pub const BUILD_STANDARDS: [PdfStandard; 1] = [PdfStandard::Ua_1];

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
    pub fn add(&mut self, other: Timings) {
        self.templates += other.templates;
        self.compile += other.compile;
        self.export += other.export;
    }
}

/// A document left out, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LeftOut {
    /// The document.
    pub file: &'static str,
    /// What the briefing lacks for it.
    pub missing: Missing,
}

/// The result of making one briefing's documents.
pub struct Made {
    /// The files, complete, in [`DOCUMENTS`] order.
    pub artifacts: Vec<Artifact>,
    /// Documents asked for but not made, because the briefing lacks their data.
    pub left_out: Vec<LeftOut>,
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
    make_with(briefing, &[], renderer, options)
}

/// Renders and typesets every document of `briefing` as [`make`] does, its door
/// documents (sign-in sheet, name tents) in its language and in those of its
/// `translations` ([`door`]).
pub fn make_with(
    briefing: &Briefing,
    translations: &[Translated],
    renderer: &Renderer,
    options: &Options,
) -> Result<Made, Vec<Diagnostic>> {
    let mut context = context::printed(briefing, options.paper);
    if !translations.is_empty() {
        context["door"] = door_of(briefing, &context, translations, options.paper);
    }
    // What an archived document carries of its own making.
    let sources = if options.archival {
        crate::documents::sources::of(briefing, renderer, options)?
    } else {
        Vec::new()
    };
    // Heaviest first, so the longest document is not the last to start; the results
    // go back to [`DOCUMENTS`] order by their place in it.
    let asked = DOCUMENTS.iter().enumerate().filter(|(_, d)| {
        (!options.archival || d.output == Output::Typst)
            && options
                .only
                .as_ref()
                .is_none_or(|only| only.contains(&d.name()))
    });
    let mut left_out = Vec::new();
    let mut documents: Vec<(usize, &Document)> = Vec::new();
    for (place, doc) in asked {
        match doc.needs.missing(briefing) {
            Some(missing) => left_out.push(LeftOut {
                file: doc.file,
                missing,
            }),
            None => documents.push((place, doc)),
        }
    }
    documents.sort_by_key(|(_, d)| std::cmp::Reverse(d.weight));
    // The press page's bundle comes with a whole build that has a release.
    let bundle = !options.archival && options.only.is_none();
    if bundle && briefing.release.is_none() {
        left_out.push(LeftOut {
            file: crate::documents::bundle::FILE,
            missing: Missing::Release,
        });
    }
    let mut notes = left_out_notes(briefing, &left_out);
    if options.only.is_some() && !notes.is_empty() {
        // Named with `--only`, so asked for by name: not making it is a failure.
        return Err(notes
            .into_iter()
            .map(|note| {
                Diagnostic {
                    severity: crate::diagnostic::Severity::Error,
                    ..note
                }
                .with_hint(Documents::AddWhatIsMissing)
            })
            .collect());
    }
    let mut finished: Vec<(usize, Finished)> =
        crate::pool::map(&documents, options.threads, |&(place, doc)| {
            let done = make_document(
                doc,
                (briefing, translations),
                renderer,
                &context,
                options,
                &sources,
            );
            (place, done)
        });
    finished.sort_by_key(|(place, _)| *place);
    if documents
        .iter()
        .any(|(_, d)| d.template == "media-advisory")
    {
        notes.extend(crate::input::model::no_way_to_register(briefing));
        notes.extend(warnings::advisory_warnings(briefing));
    }
    if documents
        .iter()
        .any(|(_, d)| d.template == "attendance-summary")
    {
        notes.extend(crate::input::model::coverage_near_misses(briefing));
        notes.extend(warnings::duplicate_warnings(briefing));
        notes.extend(warnings::unrecorded_warnings(briefing));
    }
    notes.extend(warnings::link_warnings(briefing));
    if documents
        .iter()
        .any(|(_, d)| matches!(d.template, "press-release" | "press-kit"))
    {
        notes.extend(crate::input::model::typed_dateline(briefing));
        notes.extend(crate::input::model::long_headline(briefing));
    }
    let mut made = Made {
        artifacts: Vec::new(),
        left_out,
        warnings: {
            let mut warnings = notes;
            warnings.extend(crate::input::script::warnings(
                &briefing.source,
                briefing.event.language,
            ));
            warnings
        },
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
    if !errors.is_empty() {
        return Err(merge(errors));
    }
    if bundle && briefing.release.is_some() {
        let zip = crate::documents::bundle::bundle(briefing, &made.artifacts);
        made.artifacts.push(zip);
    }
    Ok(made)
}

/// One line per reason, naming the documents left out for it.
fn left_out_notes(briefing: &Briefing, left_out: &[LeftOut]) -> Vec<Diagnostic> {
    let mut reasons: Vec<Missing> = left_out.iter().map(|l| l.missing).collect();
    reasons.sort();
    reasons.dedup();
    reasons
        .into_iter()
        .map(|missing| {
            let files: Vec<&str> = left_out
                .iter()
                .filter(|l| l.missing == missing)
                .map(|l| l.file)
                .collect();
            Diagnostic::error(
                &briefing.source.path,
                Documents::NotWritten {
                    reason: Box::new(missing.reason().into()),
                    files: files.join(", "),
                },
            )
            .note()
        })
        .collect()
}

/// The errors of the documents that failed, each printed once: a document's errors at
/// one template line are one error (a missing `]` upsets every line after it), and an
/// error that several documents share (in a partial) names them all.
fn merge(failed: Vec<(&'static str, Vec<Diagnostic>)>) -> Vec<Diagnostic> {
    let mut merged: Vec<(Diagnostic, Vec<&'static str>)> = Vec::new();
    for (document, mut errors) in failed {
        // A bracket left open makes every bracket around it unclosed too: the innermost,
        // opened last, is the one to fix.
        let unclosed = |d: &Diagnostic| d.message.is_foreign("unclosed delimiter");
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
                error.with_hint(Documents::ThisStops {
                    documents: documents.join(", "),
                })
            } else {
                error
            }
        })
        .collect()
}

/// What the door documents print in the language of `briefing` (whose printed context
/// is `own`) and of each of its `translations`.
fn door_of(
    briefing: &Briefing,
    own: &serde_json::Value,
    translations: &[Translated],
    paper: Paper,
) -> serde_json::Value {
    let printed: Vec<serde_json::Value> = translations
        .iter()
        .map(|t| context::printed(&t.briefing, paper))
        .collect();
    let mut voices = vec![door::Voice {
        language: briefing.event.language,
        context: own,
        untranslated: &[],
    }];
    voices.extend(
        translations
            .iter()
            .zip(&printed)
            .map(|(t, context)| door::Voice {
                language: t.translation.language,
                context,
                untranslated: &t.missing,
            }),
    );
    serde_json::to_value(door::of(&voices)).expect("a door serialises")
}

/// Renders one document of a briefing (with its translations) and, for Typst
/// templates, typesets it.
fn make_document(
    doc: &Document,
    (briefing, translations): (&Briefing, &[Translated]),
    renderer: &Renderer,
    context: &serde_json::Value,
    options: &Options,
    sources: &[crate::documents::sources::Source],
) -> Finished {
    let begun = Instant::now();
    let text = match doc.output {
        Output::Html => renderer.render(
            doc.template,
            doc.output,
            &context::WebPage::new(context, briefing, None)
                .with_alternates(options.alternates.of(doc.name(), briefing.event.language)),
        ),
        _ => renderer.render(doc.template, doc.output, context),
    }
    .map_err(|e| vec![e])?;
    let mut timings = Timings {
        templates: begun.elapsed(),
        ..Timings::default()
    };
    if doc.output != Output::Typst {
        return Ok((
            Artifact {
                name: doc.file.into(),
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
            BUILD_STANDARDS.to_vec()
        },
        timeout: options.timeout,
    };
    let text = if sources.is_empty() {
        text
    } else {
        text + &crate::documents::sources::markup(sources)
    };
    // The briefing's own images are in the world already; the rest comes with them.
    let attached = sources
        .iter()
        .map(|s| &s.asset)
        .filter(|a| !briefing.assets().any(|b| b.virtual_path == a.virtual_path));
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
            .map(|e| {
                crate::render::origin::relocate(
                    e,
                    &generated,
                    renderer.templates(),
                    kept.as_deref(),
                )
            })
            .collect::<Vec<_>>()
    })?;
    timings.compile = done.compile;
    timings.export = done.export;
    let mut warnings: Vec<Diagnostic> = done
        .warnings
        .into_iter()
        .map(|w| {
            crate::render::origin::relocate(w, &generated, renderer.templates(), kept.as_deref())
        })
        .collect();
    warnings.extend(warnings::tent_warnings(briefing, translations, &done.marks));
    Ok((
        Artifact {
            name: doc.file.into(),
            bytes: done.pdf,
        },
        warnings,
        timings,
    ))
}

//! Typst compiled in-process: generated markup to a paged document to PDF bytes, with
//! every error and warning turned into a diagnostic in the generated markup, in the
//! sandboxed [`world`] (no file but the briefing's own images, no system font: the
//! [`fonts`] shipped and added).

pub mod fonts;
pub mod world;

use std::path::Path;

use typst::WorldExt;
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::diagnostic::Diagnostic;
use crate::messages::Msg;
use crate::messages::documents::Documents;
use crate::typeset::world::BriefingWorld;
use crate::vocab::{Asset, Date};

/// How a PDF is written.
#[derive(Debug, Clone)]
pub struct PdfSettings {
    /// A stable identifier of the document, hashed into the PDF's id.
    pub ident: String,
    /// The document date: the event date, or `SOURCE_DATE_EPOCH` when set.
    pub date: Timestamp,
    /// PDF standards to conform to (PDF/A for the archive).
    pub standards: Vec<PdfStandard>,
    /// How long typesetting may take before it is abandoned; `None` waits for ever.
    pub timeout: Option<std::time::Duration>,
}

/// The latest `SOURCE_DATE_EPOCH` a PDF date can hold: 9999-12-31 23:59:59 UTC.
const MAX_EPOCH: i64 = 253_402_300_799;

/// Checks `SOURCE_DATE_EPOCH` once, before anything is typeset: unset or empty is fine;
/// otherwise it must be whole seconds from 1970 to the end of 9999, which a PDF date
/// can hold. Refused once here rather than dropped in every document.
pub fn check_source_date_epoch() -> Result<(), Diagnostic> {
    let Some(value) = std::env::var_os("SOURCE_DATE_EPOCH") else {
        return Ok(());
    };
    let text = value.to_string_lossy();
    if text.trim().is_empty() {
        return Ok(());
    }
    match text.trim().parse::<i64>() {
        Ok(secs) if (0..=MAX_EPOCH).contains(&secs) => Ok(()),
        _ => Err(Diagnostic::error(
            "SOURCE_DATE_EPOCH",
            Documents::BadSourceDateEpoch {
                text: text.to_string(),
                most: MAX_EPOCH,
            },
        )
        .with_hint(Documents::UnsetSourceDateEpoch)),
    }
}

/// The PDF date: `SOURCE_DATE_EPOCH` when set and valid, else midnight UTC of `date`.
pub fn document_date(date: Date) -> Timestamp {
    let epoch = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok());
    let from_epoch = epoch.and_then(|secs| {
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        Datetime::from_ymd_hms(
            i32::try_from(y).ok()?,
            m,
            d,
            (rem / 3600) as u8,
            (rem % 3600 / 60) as u8,
            (rem % 60) as u8,
        )
    });
    let datetime = from_epoch.unwrap_or_else(|| {
        Datetime::from_ymd_hms(i32::from(date.year), date.month, date.day, 0, 0, 0)
            .expect("a validated date")
    });
    Timestamp::new_utc(datetime)
}

/// Days since 1970-01-01 to a civil (year, month, day) date (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// A typeset document and the warnings met on the way.
pub struct Typeset {
    /// The PDF file.
    pub pdf: Vec<u8>,
    /// Typst's warnings, located in the generated markup.
    pub warnings: Vec<Diagnostic>,
    /// What the template recorded of its own layout for the author (a name tent's role
    /// shortened): the values of its `#metadata(..) <presskit-mark>`, in document order.
    pub marks: Vec<serde_json::Value>,
    /// Time spent compiling and laying out.
    pub compile: std::time::Duration,
    /// Time spent writing the PDF.
    pub export: std::time::Duration,
}

/// Compiles the markup of document `name` and exports it as PDF.
///
/// `origin` names the template the markup came from, for messages.
pub fn typeset<'a>(
    name: &str,
    origin: &Path,
    markup: String,
    assets: impl IntoIterator<Item = &'a Asset>,
    fonts: std::sync::Arc<crate::typeset::fonts::FontSet>,
    today: Date,
    settings: &PdfSettings,
) -> Result<Typeset, Vec<Diagnostic>> {
    let world = BriefingWorld::new(name, markup, assets, today, fonts);
    let Some(limit) = settings.timeout else {
        return compile_and_export(&world, origin, settings);
    };
    // Typst cannot be cancelled: compile on a thread of its own and stop waiting for it
    // when the time is up. The thread is left to finish (or to end with the process).
    let (sender, receiver) = std::sync::mpsc::channel();
    let (thread_origin, thread_settings) = (origin.to_path_buf(), settings.clone());
    let thread = std::thread::Builder::new()
        .name(format!("typeset {name}"))
        .spawn(move || {
            let _busy = crate::memory::Busy::new(format!(
                "{} ({})",
                world.main_source().id().vpath().get_without_slash(),
                thread_origin.display()
            ));
            let result = compile_and_export(&world, &thread_origin, &thread_settings);
            let _ = sender.send(result);
        })
        .map_err(|e| {
            vec![Diagnostic::error(
                origin,
                Documents::CannotStartTypesetting {
                    reason: e.to_string(),
                },
            )]
        })?;
    match receiver.recv_timeout(limit) {
        // Joined, so that no more documents are being typeset (or torn down) than the
        // threads the caller was given.
        Ok(result) => {
            let _ = thread.join();
            result
        }
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => Err(vec![
            Diagnostic::error(
                origin,
                Documents::TypesettingTimedOut {
                    seconds: limit.as_secs_f64().to_string(),
                },
            )
            .with_hint(Documents::TemplateMayLoop),
        ]),
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
            Err(vec![crate::diagnostic::internal_error(origin)])
        }
    }
}

/// Compiles a world's document and exports it as PDF.
fn compile_and_export(
    world: &BriefingWorld,
    origin: &Path,
    settings: &PdfSettings,
) -> Result<Typeset, Vec<Diagnostic>> {
    let begun = std::time::Instant::now();
    let result = typst::compile::<PagedDocument>(&world);
    let compile = begun.elapsed();
    let mut warnings: Vec<Diagnostic> = result
        .warnings
        .iter()
        .map(|w| convert(world, origin, w))
        .collect();
    let document = result.output.map_err(|errors| {
        errors
            .iter()
            .map(|e| convert(world, origin, e))
            .collect::<Vec<_>>()
    })?;
    // An office's own template that sets no title cannot make a PDF/UA document (viewers
    // and screen readers announce the title): the PDF of `build` is written as before,
    // without the claim, and the office is told what to add. The archive still refuses it.
    let mut wanted = settings.standards.as_slice();
    if typst::model::Document::info(&document).title.is_none() && wanted == [PdfStandard::Ua_1] {
        warnings.push(
            Diagnostic::error(origin, Documents::NoTitleNotAccessible)
                .with_hint(Documents::SetATitle)
                .warning(),
        );
        wanted = &[];
    }
    let standards = PdfStandards::new(wanted).map_err(|e| {
        vec![Diagnostic::error(
            origin,
            Documents::PdfStandards {
                reason: e.message().to_string(),
            },
        )]
    })?;
    let options = PdfOptions {
        ident: Smart::Custom(settings.ident.clone()),
        creator: Smart::Custom(Some(format!("presskit {}", env!("CARGO_PKG_VERSION")))),
        timestamp: Some(settings.date),
        standards,
        ..PdfOptions::default()
    };
    let begun = std::time::Instant::now();
    let pdf = typst_pdf::pdf(&document, &options).map_err(|errors| {
        errors
            .iter()
            .map(|e| convert(world, origin, e))
            .collect::<Vec<_>>()
    })?;
    warnings.dedup();
    Ok(Typeset {
        pdf,
        warnings,
        marks: marks(&document),
        compile,
        export: begun.elapsed(),
    })
}

/// The values a template marked `<presskit-mark>` in its document.
fn marks(document: &PagedDocument) -> Vec<serde_json::Value> {
    use typst::introspection::{Introspector as _, MetadataElem};
    let Some(label) =
        typst::foundations::Label::new(typst::utils::PicoStr::intern("presskit-mark"))
    else {
        return Vec::new();
    };
    document
        .introspector()
        .query(&typst::foundations::Selector::Label(label))
        .iter()
        .filter_map(|content| content.to_packed::<MetadataElem>())
        .filter_map(|meta| serde_json::to_value(&meta.value).ok())
        .collect()
}

/// Places a Typst diagnostic in the generated markup and names the template behind it.
fn convert(world: &BriefingWorld, origin: &Path, d: &SourceDiagnostic) -> Diagnostic {
    let source = world.main_source();
    let generated = format!(
        "{} (generated from {})",
        source.id().vpath().get_without_slash(),
        origin.display()
    );
    let mut message = d.message.to_string();
    for point in &d.trace {
        message.push_str(&format!(" ({})", point.v));
    }
    let mut diagnostic = match world.range(d.span) {
        Some(range) if d.span.id() == Some(source.id()) => {
            Diagnostic::at(&generated, source.text(), range, Msg::Foreign(message))
        }
        _ => Diagnostic::error(&generated, Msg::Foreign(message)),
    };
    // Hints about the typst command line (`--root`, `--font-path`) do not apply here.
    for hint in d.hints.iter().filter(|h| !h.v.contains("--")) {
        diagnostic = diagnostic.with_hint(Msg::Foreign(hint.v.to_string()));
    }
    if d.severity == Severity::Warning {
        diagnostic = diagnostic.warning();
    }
    diagnostic
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> PdfSettings {
        PdfSettings {
            ident: "test".into(),
            date: document_date(Date {
                year: 2016,
                month: 12,
                day: 22,
            }),
            standards: vec![],
            timeout: None,
        }
    }

    const DAY: Date = Date {
        year: 2016,
        month: 12,
        day: 22,
    };

    #[test]
    fn epoch_days_to_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(17_157), (2016, 12, 22));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

    #[test]
    fn typesets_and_is_reproducible() {
        let a = typeset(
            "t",
            Path::new("t"),
            "#set text(font: \"Noto Serif\")\nHello".into(),
            [],
            crate::typeset::fonts::shipped(),
            DAY,
            &settings(),
        )
        .unwrap();
        let b = typeset(
            "t",
            Path::new("t"),
            "#set text(font: \"Noto Serif\")\nHello".into(),
            [],
            crate::typeset::fonts::shipped(),
            DAY,
            &settings(),
        )
        .unwrap();
        assert!(a.pdf.starts_with(b"%PDF-"));
        assert_eq!(a.pdf, b.pdf);
    }

    #[test]
    fn the_sandbox_refuses_files_and_packages() {
        for markup in [
            "#read(\"/etc/passwd\")",
            "#read(\"../../../../etc/passwd\")",
            "#image(\"/etc/hostname\")",
            "#include \"other.typ\"",
            "#import \"@preview/cetz:0.3.0\": *",
        ] {
            let errors = typeset(
                "t",
                Path::new("t"),
                markup.into(),
                [],
                crate::typeset::fonts::shipped(),
                DAY,
                &settings(),
            )
            .err()
            .unwrap_or_else(|| panic!("{markup} compiled"));
            let text = errors[0].to_string();
            assert!(text.contains("t.typ (generated from t):1:"), "{text}");
            assert!(
                text.contains("denied") || text.contains("not found") || text.contains("outside"),
                "{markup}: {text}"
            );
        }
    }
}

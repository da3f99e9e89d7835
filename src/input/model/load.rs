//! A briefing file or text to a resolved [`Briefing`]: read, parsed, checked with the
//! fonts its documents may use, every error together and in the order of the file.

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::input::briefing::{self, Source};
use crate::input::model::resolved::Briefing;
use crate::input::model::validate::Validator;
use crate::typeset::fonts;

/// Reads, parses and validates a briefing file, with the fonts of a `fonts/` folder
/// beside it.
pub fn load(path: &Path) -> Result<Briefing, Vec<Diagnostic>> {
    load_with_fonts(path, None)
}

/// Reads, parses and validates a briefing file, with the fonts of a `fonts/` folder
/// beside it and of `fonts` (`--fonts DIR`).
pub fn load_with_fonts(path: &Path, fonts: Option<&Path>) -> Result<Briefing, Vec<Diagnostic>> {
    let source = Source::read(path).map_err(|d| vec![d])?;
    let folders = fonts::folders_for(fonts, &source.folder());
    let fonts = fonts::with_added(&folders)?;
    validate_with_fonts(source, fonts)
}

/// Parses and validates the text of a briefing, with the shipped fonts.
pub fn validate(source: Source) -> Result<Briefing, Vec<Diagnostic>> {
    validate_with_fonts(source, fonts::shipped())
}

/// Parses and validates the text of a briefing whose documents may use `fonts`.
pub fn validate_with_fonts(
    source: Source,
    fonts: std::sync::Arc<fonts::FontSet>,
) -> Result<Briefing, Vec<Diagnostic>> {
    let mut v = Validator {
        source: &source,
        errors: Vec::new(),
        fonts: &fonts,
        speaker_names: Vec::new(),
    };
    let raw = match briefing::parse_sections(&source) {
        Ok(raw) => raw,
        Err(briefing::Unread::Unreadable(d)) => return Err(vec![d]),
        Err(briefing::Unread::Partial(partial)) => return Err(v.partial(*partial)),
    };
    v.check_glyphs();
    let briefing = v.resolve(raw);
    // In the order of the file, as an officer reads it from the top.
    v.errors
        .sort_by_key(|d| d.location.as_ref().map(|l| (l.line, l.column)));
    finished(v.errors, source, &fonts, briefing)
}

/// The briefing resolved from `source`, with the `fonts` its documents may use, when
/// validation found no error; the errors otherwise.
fn finished(
    errors: Vec<Diagnostic>,
    source: Source,
    fonts: &std::sync::Arc<fonts::FontSet>,
    briefing: Briefing,
) -> Result<Briefing, Vec<Diagnostic>> {
    if errors.is_empty() {
        Ok(Briefing {
            source,
            fonts: std::sync::Arc::clone(fonts),
            ..briefing
        })
    } else {
        Err(errors)
    }
}

/// Resolves the briefing `raw`, already parsed (a translation's texts laid over the
/// briefing of `source`), whose documents may use `fonts`.
pub fn resolve_parsed(
    source: Source,
    raw: briefing::Briefing,
    fonts: std::sync::Arc<fonts::FontSet>,
) -> Result<Briefing, Vec<Diagnostic>> {
    let mut v = Validator {
        source: &source,
        errors: Vec::new(),
        fonts: &fonts,
        speaker_names: Vec::new(),
    };
    let briefing = v.resolve(raw);
    finished(v.errors, source, &fonts, briefing)
}

/// The characters of the text values of `source` (a briefing or a translation) that no
/// font of `fonts` prints, each at its value.
pub fn glyph_errors(source: &Source, fonts: &fonts::FontSet) -> Vec<Diagnostic> {
    let mut v = Validator {
        source,
        errors: Vec::new(),
        fonts,
        speaker_names: Vec::new(),
    };
    v.check_glyphs();
    v.errors
}

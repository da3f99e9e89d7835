//! `translate`: writes, or brings up to date, the translation file of a briefing (see
//! [`crate::input::translation::draft`]), and says what it kept, dropped and marked.

use crate::messages::{Msg, commands::Commands};
use std::path::Path;

use super::{Failed, report};
use crate::diagnostic::{Diagnostic, shown};
use crate::input::briefing::Source;
use crate::input::translation::{self, draft};
use crate::progress::Verbosity;
use crate::vocab::Language;

/// Writes `<stem>.<to>.toml` beside the briefing `file`.
pub fn translate(file: &Path, to: &str, verbosity: Verbosity) -> Result<(), Failed> {
    // The briefing must be valid: a translation is matched to what it holds.
    let briefing = crate::input::model::load(file).map_err(|d| report(&d))?;
    let language = Language::from_code(to).expect("clap allows only known languages");
    if briefing.event.language == language {
        return Err(report(&[Diagnostic::error(
            file,
            Commands::TranslateIntoItsOwn {
                language: to.to_string(),
            },
        )
        .with_hint(Commands::TranslateIntoItsOwnHint)]));
    }
    let table: toml::Table = toml::from_str(&briefing.source.text).map_err(|e| {
        report(&[Diagnostic::error(
            file,
            Msg::Foreign(e.message().to_string()),
        )])
    })?;
    let target = file.with_file_name(format!("{}.{to}.toml", briefing.source.stem()));
    let existing = if target.exists() {
        let source = Source::read(&target).map_err(|d| report(&[d]))?;
        Some(translation::read_lenient(source, &briefing.source, &table).map_err(|d| report(&d))?)
    } else {
        None
    };
    let name = file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let draft = draft::draft(&name, &table, language, existing.as_ref());
    let quiet = verbosity.quiet;
    if let Some(existing) = &existing {
        for dropped in &existing.dropped {
            let line = Commands::TranslationDropped {
                file: shown(&target),
                key: dropped.to_string(),
            };
            eprintln!("{}", Msg::from(line));
        }
    }
    for changed in &draft.changed {
        let line = Commands::TranslationOriginalChanged {
            file: shown(&target),
            key: changed.to_string(),
        };
        eprintln!("{}", Msg::from(line));
    }
    let unchanged = existing
        .as_ref()
        .is_some_and(|e| e.source.text == draft.text);
    if !unchanged {
        crate::output::write_atomic(&target, draft.text.as_bytes()).map_err(|d| report(&[d]))?;
    }
    if !quiet {
        let line = Commands::TranslationWritten {
            file: shown(&target),
            unchanged: if unchanged { "yes" } else { "no" }.into(),
            texts: draft.texts,
            to_translate: draft.to_translate,
        };
        println!("{}", Msg::from(line));
    }
    Ok(())
}

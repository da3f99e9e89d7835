//! `init`: a new briefing file to start from (see [`crate::init`]).

use std::path::Path;

use super::{Failed, report};
use crate::diagnostic::shown;
use crate::messages::Msg;
use crate::messages::commands::Commands;
use crate::progress::Verbosity;
use crate::vocab::Language;

/// Writes the skeleton in `language` (by default the user's) into `dir` (or the file
/// named), with its translation into each of `translations` beside it, and says what to
/// do next.
pub fn init(
    dir: &Path,
    language: Option<Language>,
    translations: &[Language],
    verbosity: Verbosity,
) -> Result<(), Failed> {
    let chosen = language.unwrap_or_else(crate::messages::user_language);
    let (path, translated) =
        crate::init::init_translated(dir, chosen, translations).map_err(|d| report(&d))?;
    if !verbosity.quiet {
        let path_shown = shown(&path);
        println!(
            "{}",
            Msg::from(Commands::Wrote {
                path: path_shown.clone()
            })
        );
        if crate::init::named_by_default(dir) {
            // The command that names the file writes the same skeleton.
            let mut command = format!("presskit init {}", shown(&dir.join("riga-2027-03-18.toml")));
            if let Some(language) = language {
                command.push_str(" --language ");
                command.push_str(language.code());
            }
            eprintln!("{}", Msg::from(Commands::InitNameIt { command }));
        }
        for (file, to) in &translated {
            println!("{}", Msg::from(Commands::Wrote { path: shown(file) }));
            eprintln!(
                "{}",
                Msg::from(Commands::InitTranslationNext {
                    path: shown(file),
                    briefing: path_shown.clone(),
                    language: to.code().to_string(),
                })
            );
        }
        eprintln!("{}", Msg::from(Commands::InitNext { path: path_shown }));
    }
    Ok(())
}

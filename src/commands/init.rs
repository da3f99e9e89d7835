//! `init`: a new briefing file to start from (see [`crate::init`]).

use std::path::Path;

use super::{Failed, report};
use crate::diagnostic::shown;
use crate::progress::Verbosity;

/// Writes the skeleton into `dir` (or the file named) and says what to do next.
pub fn init(dir: &Path, verbosity: Verbosity) -> Result<(), Failed> {
    let path = crate::init::init(dir).map_err(|d| report(&[d]))?;
    if !verbosity.quiet {
        println!("wrote {}", shown(&path));
        if crate::init::named_by_default(dir) {
            eprintln!(
                "the file's name becomes the name of its output and archive folders: \
                 rename it after the event and date (for example riga-2027-03-18.toml), \
                 or give the name: `presskit init {}`",
                shown(&dir.join("riga-2027-03-18.toml"))
            );
        }
        eprintln!(
            "next: edit it, then `presskit build {}` (or `presskit watch {}`)",
            shown(&path),
            shown(&path)
        );
    }
    Ok(())
}

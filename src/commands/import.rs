//! `import attendance|coverage`: rows of a spreadsheet merged into a briefing (see
//! [`crate::input::import`]), written atomically, or shown as a diff with `--dry-run`.

use std::path::Path;

use super::{Failed, report};
use crate::input::import::What;
use crate::progress::Verbosity;

/// Merges `file` into the briefing `into`.
pub fn import(
    what: What,
    file: &Path,
    into: &Path,
    dry_run: bool,
    map: &[(String, String)],
    sign_in: bool,
    verbosity: Verbosity,
) -> Result<(), Failed> {
    let done = crate::input::import::run(what, file, into, map, sign_in).map_err(|d| report(&d))?;
    if !verbosity.quiet {
        crate::diagnostic::eprint(&done.warnings);
    }
    if dry_run {
        print!("{}", done.diff);
    } else if done.added + done.filled > 0 {
        crate::output::write_through(into, &done.bytes()).map_err(|d| report(&[d]))?;
    }
    if !verbosity.quiet {
        eprintln!("{}", crate::input::import::summary(&done, into, dry_run));
    }
    Ok(())
}

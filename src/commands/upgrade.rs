//! `upgrade FILE...`: format-1 briefings rewritten as format 2 (see
//! [`crate::input::upgrade`]), each written atomically; a file already format 2 is left
//! as it is.

use crate::messages::{Msg, commands::Commands};
use std::path::PathBuf;

use super::{Failed, report};
use crate::diagnostic::shown;
use crate::input::briefing::Source;
use crate::input::upgrade::{Upgraded, upgrade as upgraded};
use crate::progress::Verbosity;

/// Upgrades every file of `files`; one that does not read stops no other.
pub fn upgrade(files: &[PathBuf], verbosity: Verbosity) -> Result<(), Failed> {
    let mut failed = false;
    for file in files {
        let done = Source::read(file)
            .map_err(|d| vec![d])
            .and_then(|source| upgraded(&source));
        match done {
            Ok(Upgraded::Current) => {
                if !verbosity.quiet {
                    println!(
                        "{}",
                        Msg::from(Commands::AlreadyFormat2 { file: shown(file) })
                    );
                }
            }
            Ok(Upgraded::Rewritten { text, rows }) => {
                let mark: &[u8] =
                    if std::fs::read(file).is_ok_and(|b| b.starts_with(b"\xEF\xBB\xBF")) {
                        b"\xEF\xBB\xBF"
                    } else {
                        b""
                    };
                let bytes = [mark, text.as_bytes()].concat();
                if let Err(d) = crate::output::write_atomic(file, &bytes) {
                    report(&[d]);
                    failed = true;
                    continue;
                }
                if !verbosity.quiet {
                    let line = Commands::Upgraded {
                        file: shown(file),
                        rows,
                    };
                    println!("{}", Msg::from(line));
                }
            }
            Err(diagnostics) => {
                report(&diagnostics);
                failed = true;
            }
        }
    }
    if failed { Err(Failed) } else { Ok(()) }
}

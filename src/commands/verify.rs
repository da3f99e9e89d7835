//! `verify`: every folder of an archive against its manifest, and with `--repair` the
//! damaged files rebuilt (see [`crate::archive::repair`]).

use crate::messages::{Msg, archive::Archive, commands::Commands};
use std::path::Path;

use super::{Failed, report};
use crate::archive;
use crate::diagnostic::Diagnostic;
use crate::pipeline::Config;
use crate::progress::Verbosity;

/// Checks every folder of an archive against its manifest.
pub fn verify(
    dir: &Path,
    repair: bool,
    config: &Config,
    verbosity: Verbosity,
) -> Result<(), Failed> {
    let folders = archive::briefing_folders(dir).map_err(|d| report(&[d]))?;
    if folders.is_empty() && !dir.join(archive::record::RECORD).is_file() {
        return Err(report(&[Diagnostic::error(dir, Commands::NoArchiveHere)]));
    }
    let (mut intact, mut damaged, mut repaired) = (0, 0, 0);
    // The folders against the archive's record of them: deleted, added, or rewritten.
    let recorded = archive::record::check(dir);
    let mut errors = recorded.errors;
    for folder in &folders {
        let shown = crate::diagnostic::shown(folder);
        // A problem of the record (told above) leaves no folder of its briefing intact.
        let stem = folder.file_name().unwrap_or_default().to_string_lossy();
        if recorded.troubled.contains(stem.as_ref()) {
            damaged += 1;
            let failures = if repair {
                let done = archive::repair::repair(folder, config);
                for path in &done.restored {
                    restored(path);
                }
                done.failures
            } else {
                Vec::new()
            };
            if let Err(still) = archive::verify_briefing(folder) {
                errors.extend(if failures.is_empty() { still } else { failures });
            }
            continue;
        }
        match archive::verify_briefing(folder) {
            Ok(_) => {
                intact += 1;
                if verbosity.verbose {
                    println!("{}", Msg::from(Archive::Intact { path: shown }));
                }
            }
            Err(_) if repair => {
                let done = archive::repair::repair(folder, config);
                for path in &done.restored {
                    restored(path);
                }
                match archive::verify_briefing(folder) {
                    Ok(_) if !done.restored.is_empty() => {
                        repaired += 1;
                        intact += 1;
                    }
                    Ok(_) => intact += 1,
                    Err(still) => {
                        damaged += 1;
                        errors.extend(if done.failures.is_empty() {
                            still
                        } else {
                            done.failures
                        });
                    }
                }
            }
            Err(problems) => {
                damaged += 1;
                errors.extend(problems);
            }
        }
    }
    if let Err(e) = archive::verify::verify_index(dir) {
        errors.push(e);
    }
    crate::diagnostic::eprint(&errors);
    if !verbosity.quiet {
        crate::diagnostic::eprint(&archive::store::leftover_warnings(dir));
        crate::diagnostic::eprint(recorded.warning.as_slice());
        let missing = recorded.gone.len();
        let closing = Commands::Verified {
            briefings: folders.len() + missing,
            intact,
            damaged,
            repairing: if repair { "yes" } else { "no" }.into(),
            repaired,
            missing,
        };
        println!("{}", Msg::from(closing));
        if damaged > 0 && !repair {
            eprintln!("{}", Msg::from(Commands::VerifyNext));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Failed)
    }
}

/// Says that the file at `path` was restored.
fn restored(path: &std::path::Path) {
    let line = Commands::Restored {
        path: crate::diagnostic::shown(path),
    };
    println!("{}", Msg::from(line));
}

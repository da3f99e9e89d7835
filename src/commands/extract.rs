//! `extract`: the briefing an archived PDF carries, to stdout; with `-o DIR`, everything
//! it was made from, restored into DIR.

use std::path::Path;

use super::{Failed, report};
use crate::archive;
use crate::diagnostic::Diagnostic;
use crate::messages::{archive::Archive, commands::Commands, documents::Documents};
use crate::output;
use crate::progress::Verbosity;

/// Restores every file attached to an archived PDF into `dir`, all or none, refusing
/// names that would leave it and files that exist.
pub fn restore(file: &Path, dir: &Path, verbosity: Verbosity) -> Result<(), Failed> {
    let pdf = archive::read_pdf(file).map_err(|d| report(&[d]))?;
    let attached = archive::attachments(&pdf).map_err(|e| report(&[Diagnostic::error(file, e)]))?;
    if let Some(name) = archive::extract::same_name_twice(&attached) {
        return Err(report(&[Diagnostic::error(
            file,
            archive::extract::twice(name),
        )
        .with_hint(Archive::RestoreFromAnother)]));
    }
    let mut errors = Vec::new();
    let mut artifacts = Vec::new();
    for (name, bytes) in attached {
        if !crate::documents::sources::safe_name(&name) {
            errors.push(Diagnostic::error(
                file,
                Archive::NothingRestored { name: name.clone() },
            ));
        } else if crate::portable::refusal(&name).is_some() {
            errors.push(
                Diagnostic::error(file, Archive::NameNotPortable { name })
                    .with_hint(Archive::SaveFromReader),
            );
        } else if dir.join(&name).exists() {
            errors.push(
                Diagnostic::error(dir.join(&name), Documents::AlreadyExists)
                    .with_hint(Archive::RestoreIntoEmptyFolder),
            );
        } else {
            artifacts.push(output::Artifact {
                name: name.into(),
                bytes,
            });
        }
    }
    if artifacts.is_empty() && errors.is_empty() {
        errors.push(Diagnostic::error(file, Archive::NoAttachedSource));
    }
    if !errors.is_empty() {
        return Err(report(&errors));
    }
    let written = output::write_all(dir, &artifacts).map_err(|d| report(&[d]))?;
    if !verbosity.quiet {
        for path in &written {
            let path = crate::diagnostic::shown(path);
            println!("{}", crate::messages::Msg::from(Commands::Wrote { path }));
        }
        let tomls: Vec<_> = written
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .cloned()
            .collect();
        if let Some(briefing) = archive::extract::briefing_among(&tomls) {
            let next = Commands::ExtractNext {
                briefing: crate::diagnostic::shown(briefing),
                version: env!("CARGO_PKG_VERSION").into(),
            };
            eprintln!("{}", crate::messages::Msg::from(next));
        }
    }
    Ok(())
}

/// Writes the briefing attached to an archived PDF to stdout, byte for byte.
pub fn extract(file: &Path) -> Result<(), Failed> {
    use std::io::Write;
    let pdf = archive::read_pdf(file).map_err(|d| report(&[d]))?;
    let (_, bytes) = archive::extract(&pdf).map_err(|e| {
        // A file that does not read as a PDF is damaged (or no PDF): an archived copy
        // is restored from the others of its folder.
        let hint = match e.archive() {
            Some(Archive::NotAReadablePdf { .. }) => Archive::DamagedRepairIt,
            _ => Archive::OnlyArchivedCopies,
        };
        report(&[Diagnostic::error(file, e).with_hint(hint)])
    })?;
    std::io::stdout().write_all(&bytes).map_err(|e| {
        let reason = e.to_string();
        report(&[Diagnostic::error(
            "stdout",
            Documents::CannotWrite { reason },
        )])
    })
}

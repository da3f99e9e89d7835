//! `extract`: the briefing an archived PDF carries, to stdout; with `-o DIR`, everything
//! it was made from, restored into DIR.

use std::path::Path;

use super::{Failed, report};
use crate::archive;
use crate::diagnostic::Diagnostic;
use crate::messages::archive::Archive as ArchiveMsg;
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
        .with_hint("this PDF was not made by `presskit archive` as it is; restore from another PDF of its folder")]));
    }
    let mut errors = Vec::new();
    let mut artifacts = Vec::new();
    for (name, bytes) in attached {
        if !crate::documents::sources::safe_name(&name) {
            errors.push(Diagnostic::error(
                file,
                format!("an attachment is named `{name}`, which would leave the folder; nothing restored"),
            ));
        } else if output::portable::refusal(&name).is_some() {
            errors.push(
                Diagnostic::error(file, ArchiveMsg::NameNotPortable { name })
                    .with_hint(ArchiveMsg::SaveFromReader),
            );
        } else if dir.join(&name).exists() {
            errors.push(
                Diagnostic::error(
                    dir.join(&name),
                    "already exists; presskit does not overwrite it",
                )
                .with_hint("restore into an empty folder"),
            );
        } else {
            artifacts.push(output::Artifact {
                name: name.into(),
                bytes,
            });
        }
    }
    if artifacts.is_empty() && errors.is_empty() {
        errors.push(Diagnostic::error(
            file,
            "the PDF carries no attached source file",
        ));
    }
    if !errors.is_empty() {
        return Err(report(&errors));
    }
    let written = output::write_all(dir, &artifacts).map_err(|d| report(&[d]))?;
    if !verbosity.quiet {
        for path in &written {
            println!("wrote {}", crate::diagnostic::shown(path));
        }
        if let Some(briefing) = written
            .iter()
            .find(|p| p.extension().is_some_and(|e| e == "toml"))
        {
            eprintln!(
                "next: `presskit archive {}` makes the same archived PDFs again, byte for byte, with presskit {}",
                crate::diagnostic::shown(briefing),
                env!("CARGO_PKG_VERSION")
            );
        }
    }
    Ok(())
}

/// Writes the briefing attached to an archived PDF to stdout, byte for byte.
pub fn extract(file: &Path) -> Result<(), Failed> {
    use std::io::Write;
    let pdf = archive::read_pdf(file).map_err(|d| report(&[d]))?;
    let (_, bytes) = archive::extract(&pdf).map_err(|e| {
        report(&[Diagnostic::error(file, e).with_hint(
            "only the archived copies (`presskit archive`) carry their briefing; `build` output does not",
        )])
    })?;
    std::io::stdout()
        .write_all(&bytes)
        .map_err(|e| report(&[Diagnostic::error("stdout", e.to_string())]))
}

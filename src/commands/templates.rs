//! `templates list`, `templates eject` and `templates vars`: what a designer needs to
//! know of the templates, and copies of them to edit.

use crate::messages::{Msg, commands::Commands};
use std::path::{Path, PathBuf};

use super::{Failed, report};
use crate::diagnostic::Diagnostic;
use crate::progress::Verbosity;
use crate::render::templates;

/// `templates list`: the built-in templates, or, for briefings given, where each of
/// their templates comes from.
pub fn list(inputs: &[PathBuf], option: Option<&Path>) -> Result<(), Failed> {
    let name_of = |t: &templates::Template| format!("{}{}", t.name, t.output.extension());
    if inputs.is_empty() {
        for t in templates::builtin() {
            println!("{}", name_of(&t));
        }
        return Ok(());
    }
    let files = crate::batch::briefing_files(inputs).map_err(|d| report(&d))?;
    // Briefings that share a templates folder are listed together.
    let mut groups: Vec<(Option<PathBuf>, Vec<&PathBuf>)> = Vec::new();
    for file in &files {
        let folder = match file.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let user = templates::user_folder(option, &folder);
        match groups.iter_mut().find(|(f, _)| *f == user) {
            Some((_, members)) => members.push(file),
            None => groups.push((user, vec![file])),
        }
    }
    for (folder, members) in groups {
        let names: Vec<String> = members.iter().map(|f| f.display().to_string()).collect();
        println!("{}:", names.join(", "));
        let resolved = templates::resolve(folder.as_deref()).map_err(|d| report(&[d]))?;
        let width = resolved.iter().map(|t| name_of(t).len()).max().unwrap_or(0);
        let whence = if option.is_some() { "option" } else { "beside" };
        for t in &resolved {
            let origin = Msg::from(if t.file.starts_with("(built-in) templates") {
                Commands::TemplateBuiltIn
            } else {
                Commands::TemplateFrom {
                    whence: whence.into(),
                    file: t.file.display().to_string(),
                }
            });
            println!("  {:width$}  {origin}", name_of(t));
        }
    }
    Ok(())
}

/// What to do with ejected templates: they are used without an option only from a
/// `templates/` folder beside the briefing files.
fn after_eject(dir: &Path) -> Msg {
    let folder = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let beside = dir.ends_with("templates")
        && crate::batch::briefing_files(&[folder.to_path_buf()])
            .is_ok_and(|files| !files.is_empty());
    if beside {
        Commands::EjectedBeside {
            folder: crate::diagnostic::shown(folder),
        }
        .into()
    } else {
        Commands::EjectedElsewhere {
            folder: crate::diagnostic::shown(dir),
        }
        .into()
    }
}

/// `templates vars`: every variable a template (or every template) can use.
pub fn vars(template: Option<&str>) -> Result<(), Failed> {
    let text = match template {
        Some(name) => Some(templates::find_builtin(name).map_err(|d| report(&[d]))?),
        None => None,
    };
    let partials: Vec<String> = templates::builtin()
        .into_iter()
        .filter(|t| t.name.starts_with("partials/"))
        .map(|t| t.name)
        .collect();
    print!("{}", crate::documents::examples::describe(text, &partials));
    Ok(())
}

/// `templates eject`: writes the built-in templates (or the one named) into `dir`.
pub fn eject(dir: &Path, name: Option<&str>, verbosity: Verbosity) -> Result<(), Failed> {
    let written = match name {
        Some(name) => eject_one(dir, name).map(|p| vec![p]),
        None => eject_all(dir),
    }
    .map_err(|d| report(&[d]))?;
    if !verbosity.quiet {
        for path in written {
            let path = crate::diagnostic::shown(&path);
            println!("{}", Msg::from(Commands::Wrote { path }));
        }
        eprintln!("{}", after_eject(dir));
    }
    Ok(())
}

/// Writes the built-in templates into `folder`, refusing to overwrite any file.
fn eject_all(folder: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let targets: Vec<(PathBuf, &str)> = templates::BUILTIN
        .iter()
        .map(|(p, text)| (folder.join(p), *text))
        .collect();
    if let Some((existing, _)) = targets.iter().find(|(p, _)| p.exists()) {
        return Err(Diagnostic::error(existing, Commands::TemplateExists)
            .with_hint(Commands::TemplateExistsHint));
    }
    for (path, text) in &targets {
        crate::output::write_atomic(path, text.as_bytes())?;
    }
    Ok(targets.into_iter().map(|(p, _)| p).collect())
}

/// Writes one built-in template into `folder` (under `partials/` for a partial), never
/// overwriting.
fn eject_one(folder: &Path, name: &str) -> Result<PathBuf, Diagnostic> {
    let (path, text) = templates::find_builtin(name)?;
    let target = folder.join(path);
    if target.exists() {
        return Err(Diagnostic::error(&target, Commands::TemplateExists)
            .with_hint(Commands::TemplateExistsHint));
    }
    crate::output::write_atomic(&target, text.as_bytes())?;
    Ok(target)
}

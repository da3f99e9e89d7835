//! The templates: built-in copies compiled from `templates/`, replaced file by file by a
//! user's folder (`--templates DIR`, else `templates/` beside the briefing).

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::messages::documents::Documents;

/// Every built-in template, by its path under `templates/`: every `*.hbs` file there,
/// listed by `build.rs` (the documents' templates first, then the partials, by name).
pub const BUILTIN: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/templates.rs"));

/// Which templates a renderer is made for: parsing is most of a renderer's cost, so a
/// run parses only the templates it renders, and the partials they may include.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Use {
    /// A briefing's documents: every template but the overviews' (named here by the
    /// documents' registry, which owns the list).
    Documents(&'static [&'static str]),
    /// One overview of the archive, by its template.
    Overview(&'static str),
}

impl Use {
    /// Whether a template named `name` is needed for this use.
    pub fn needs(self, name: &str) -> bool {
        name.starts_with("partials/")
            || match self {
                Use::Documents(overviews) => !overviews.contains(&name),
                Use::Overview(template) => name == template,
            }
    }
}

/// What a template produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// Typst markup (`.typ.hbs`): every printed value is escaped for Typst.
    Typst,
    /// Plain text (`.txt.hbs`): values are printed as they are.
    Text,
    /// An HTML page (`.html.hbs`): every printed value is escaped for HTML.
    Html,
}

impl Template {
    /// Whether this is the copy compiled into presskit.
    pub fn is_builtin(&self) -> bool {
        matches!(self.text, Cow::Borrowed(_))
    }
}

impl Output {
    /// The ending of a template file of this kind (`press-release` + `.typ.hbs`).
    pub fn extension(self) -> &'static str {
        match self {
            Self::Typst => ".typ.hbs",
            Self::Text => ".txt.hbs",
            Self::Html => ".html.hbs",
        }
    }
}

/// One template, from the binary or from the user's folder.
#[derive(Debug, Clone)]
pub struct Template {
    /// Name in the registry: its path under `templates/` without `.typ.hbs` or `.txt.hbs`.
    pub name: String,
    /// What it produces.
    pub output: Output,
    /// Where it came from, for messages.
    pub file: PathBuf,
    /// Its text.
    pub text: Cow<'static, str>,
}

/// Splits `partials/x.typ.hbs` into its registry name and output kind.
fn classify(relative: &str) -> Option<(String, Output)> {
    let relative = relative.replace('\\', "/");
    [Output::Typst, Output::Text, Output::Html]
        .into_iter()
        .find_map(|output| {
            let name = relative.strip_suffix(output.extension())?;
            Some((name.to_string(), output))
        })
}

/// The built-in templates.
pub fn builtin() -> Vec<Template> {
    BUILTIN
        .iter()
        .map(|(path, text)| {
            let (name, output) = classify(path)
                .expect("built-in template names end in .typ.hbs, .html.hbs or .txt.hbs");
            Template {
                name,
                output,
                file: Path::new("(built-in) templates").join(path),
                text: Cow::Borrowed(text),
            }
        })
        .collect()
}

/// Where a briefing's user templates are looked for: `--templates DIR`, else `templates/`
/// beside the briefing file.
pub fn folder_for(option: Option<&Path>, briefing_folder: &Path) -> PathBuf {
    match option {
        Some(folder) => folder.to_path_buf(),
        // `templates`, not `./templates`, in messages about a briefing named as `b.toml`.
        None if briefing_folder == Path::new(".") => PathBuf::from("templates"),
        None => briefing_folder.join("templates"),
    }
}

/// The folder of user templates for a briefing: `--templates DIR`, else `templates/`
/// beside the briefing file when it exists.
pub fn user_folder(option: Option<&Path>, briefing_folder: &Path) -> Option<PathBuf> {
    let folder = folder_for(option, briefing_folder);
    (option.is_some() || folder.is_dir()).then_some(folder)
}

/// The built-in templates with those in `folder` put in their place (and added).
pub fn resolve(folder: Option<&Path>) -> Result<Vec<Template>, Diagnostic> {
    let mut templates = builtin();
    let Some(folder) = folder else {
        return Ok(templates);
    };
    if !folder.is_dir() {
        return Err(Diagnostic::error(folder, Documents::NoTemplatesFolder));
    }
    let root = folder.canonicalize().map_err(|e| {
        Diagnostic::error(
            folder,
            Documents::CannotReadTemplatesFolder {
                reason: e.to_string(),
            },
        )
    })?;
    for relative in list_files(folder)? {
        let Some((name, output)) = classify(&relative) else {
            continue;
        };
        let file = folder.join(&relative);
        let text = read_inside(&root, &file)?;
        let template = Template {
            name,
            output,
            file,
            text: Cow::Owned(text),
        };
        match templates
            .iter_mut()
            .find(|t| t.name == template.name && t.output == template.output)
        {
            Some(slot) => *slot = template,
            None => templates.push(template),
        }
    }
    Ok(templates)
}

/// Largest template read from a user's folder, in bytes: the built-in ones are a few KiB.
pub const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// Reads the template `file`, which must resolve (symbolic links followed) to a regular
/// file inside `root`, the templates folder's real path: a link to `/etc/passwd` or to
/// a file beside the folder is refused, as an image outside the briefing's folder is.
fn read_inside(root: &Path, file: &Path) -> Result<String, Diagnostic> {
    let cannot = |e: &dyn std::fmt::Display| {
        Diagnostic::error(
            file,
            Documents::CannotReadTemplate {
                reason: e.to_string(),
            },
        )
    };
    let real = file.canonicalize().map_err(|e| cannot(&e))?;
    if !real.starts_with(root) {
        return Err(Diagnostic::error(file, Documents::TemplateOutsideFolder)
            .with_hint(Documents::CopyTemplateIn));
    }
    let meta = std::fs::metadata(&real).map_err(|e| cannot(&e))?;
    if !meta.is_file() {
        return Err(Diagnostic::error(file, Documents::TemplateNotAFile));
    }
    if meta.len() > MAX_TEMPLATE_BYTES {
        return Err(Diagnostic::error(
            file,
            Documents::TemplateTooLarge {
                size: meta.len(),
                most: MAX_TEMPLATE_BYTES,
            },
        ));
    }
    let mut text = String::new();
    use std::io::Read;
    std::fs::File::open(&real)
        .and_then(|f| f.take(MAX_TEMPLATE_BYTES + 1).read_to_string(&mut text))
        .map_err(|e| cannot(&e))?;
    Ok(text)
}

/// Relative paths of the files in `folder` and its `partials/` subfolder, sorted.
fn list_files(folder: &Path) -> Result<Vec<String>, Diagnostic> {
    let mut out = Vec::new();
    for sub in ["", "partials"] {
        let dir = folder.join(sub);
        if !dir.is_dir() {
            continue;
        }
        let entries = std::fs::read_dir(&dir).map_err(|e| {
            Diagnostic::error(
                &dir,
                Documents::CannotReadTemplatesFolder {
                    reason: e.to_string(),
                },
            )
        })?;
        for entry in entries.flatten() {
            // Anything but a folder is listed, links and special files included, so that
            // reading it checks where it leads instead of skipping it silently.
            if !entry.path().is_dir() {
                let name = entry.file_name().to_string_lossy().into_owned();
                out.push(if sub.is_empty() {
                    name
                } else {
                    format!("{sub}/{name}")
                });
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The built-in template named `name` (`press-release.typ.hbs`, or `press-release`
/// when only one kind has that name): its file name and text; an error listing the
/// names otherwise.
pub fn find_builtin(name: &str) -> Result<(&'static str, &'static str), Diagnostic> {
    let wanted = name.trim_start_matches("templates/");
    let matching: Vec<&(&str, &str)> = BUILTIN
        .iter()
        .filter(|(path, _)| {
            *path == wanted
                || classify(path).is_some_and(|(n, _)| n == wanted)
                || path.strip_prefix("partials/") == Some(wanted)
        })
        .collect();
    match matching.as_slice() {
        [(path, text)] => Ok((path, text)),
        [] => {
            let nearest = BUILTIN
                .iter()
                .map(|(p, _)| (strsim::levenshtein(wanted, p), *p))
                .min()
                .filter(|(d, _)| *d <= 4);
            let mut d = Diagnostic::error(name, Documents::NotATemplate);
            if let Some((_, p)) = nearest {
                d = d.with_hint(Documents::DidYouMeanVariable {
                    name: p.to_string(),
                });
            }
            Err(d.with_hint(Documents::TemplatesListNames))
        }
        several => {
            let names: Vec<&str> = several.iter().map(|(p, _)| *p).collect();
            Err(
                Diagnostic::error(name, Documents::SeveralTemplates).with_hint(
                    Documents::WriteOneOf {
                        names: names.join(", "),
                    },
                ),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_use_needs_its_own_templates_and_every_partial() {
        let (index, report) = ("archive-index", "report");
        let documents = Use::Documents(&["archive-index", "report"]);
        assert!(documents.needs("press-kit"));
        assert!(documents.needs("partials/style"));
        assert!(!documents.needs(index));
        assert!(!documents.needs(report));
        assert!(Use::Overview(index).needs(index));
        assert!(Use::Overview(index).needs("partials/style"));
        assert!(!Use::Overview(index).needs("press-kit"));
        assert!(Use::Overview(report).needs(report));
        assert!(!Use::Overview(report).needs(index));
    }

    #[test]
    fn names_strip_the_double_extension() {
        assert_eq!(
            classify("partials/style.typ.hbs"),
            Some(("partials/style".into(), Output::Typst))
        );
        assert_eq!(
            classify("press-release.txt.hbs"),
            Some(("press-release".into(), Output::Text))
        );
        assert_eq!(classify("notes.md"), None);
    }

    #[test]
    fn a_user_file_replaces_only_its_namesake() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("partials")).unwrap();
        std::fs::write(dir.path().join("partials/letterhead.typ.hbs"), "mine").unwrap();
        let templates = resolve(Some(dir.path())).unwrap();
        assert_eq!(templates.len(), BUILTIN.len());
        let letterhead = templates
            .iter()
            .find(|t| t.name == "partials/letterhead")
            .unwrap();
        assert_eq!(letterhead.text, "mine");
        assert!(
            templates
                .iter()
                .filter(|t| t.name != "partials/letterhead")
                .all(|t| matches!(t.text, Cow::Borrowed(_)))
        );
    }
}

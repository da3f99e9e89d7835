//! `presskit init`: a new briefing file to start from, with every section, a comment on
//! each key and placeholder values that build at once.

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;

/// The skeleton written by `init`: a valid format-1 briefing.
pub const SKELETON: &str = include_str!("skeleton.toml");

/// The file name of the new briefing inside the chosen folder.
pub const FILE_NAME: &str = "briefing.toml";

/// Writes the skeleton as `target` when it names a `.toml` file, else as
/// `target/briefing.toml`; never replaces an existing file.
pub fn init(target: &Path) -> Result<PathBuf, Diagnostic> {
    let is_file_name = target.extension().is_some_and(|e| e == "toml");
    if !is_file_name && target.exists() && !target.is_dir() {
        return Err(Diagnostic::error(
            target,
            "is a file, not a folder; init writes a briefing into a folder, or into a new .toml file",
        ));
    }
    let path = if is_file_name {
        target.to_path_buf()
    } else {
        target.join(FILE_NAME)
    };
    // Its name names the output and archive folders: refused now, as build would.
    crate::output::folder_name(&path)?;
    crate::output::write_new(&path, SKELETON.as_bytes())?;
    Ok(path)
}

/// Whether `init` chose the file name itself, as it does when given a folder: the name
/// is then worth changing, since it becomes the name of the output and archive folders.
pub fn named_by_default(target: &Path) -> bool {
    target.extension().is_none_or(|e| e != "toml")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_skeleton_is_a_valid_briefing_with_every_section() {
        let source = crate::input::briefing::Source {
            path: "data/briefing.toml".into(),
            text: SKELETON.into(),
        };
        let briefing = crate::input::model::validate(source).expect("the skeleton validates");
        let release = briefing
            .release
            .as_ref()
            .expect("the skeleton has a release");
        assert!(release.contact.is_some());
        assert!(!release.quotes.is_empty());
        assert!(!briefing.advisory.facts.is_empty());
        assert!(briefing.advisory.contact.is_some());
        for (section, count) in [
            ("topics", briefing.topics.len()),
            ("speakers", briefing.speakers.len()),
            ("agenda", briefing.agenda.len()),
            ("programmes", briefing.programmes.len()),
            ("reports", briefing.reports.len()),
            ("attendance", briefing.attendance.len()),
        ] {
            assert!(count > 0, "the skeleton has no {section}");
        }
    }

    #[test]
    fn init_takes_a_file_name_or_a_folder() {
        let dir = tempfile::tempdir().unwrap();
        let named = dir.path().join("data/riga-2027-03-18.toml");
        assert_eq!(init(&named).unwrap(), named);
        assert!(!named_by_default(&named));
        assert_eq!(
            init(&dir.path().join("other")).unwrap(),
            dir.path().join("other/briefing.toml")
        );
        assert!(named_by_default(&dir.path().join("other")));
    }

    #[test]
    fn init_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let written = init(&dir.path().join("data")).unwrap();
        assert_eq!(std::fs::read_to_string(&written).unwrap(), SKELETON);
        std::fs::write(&written, "mine").unwrap();
        let err = init(&dir.path().join("data")).unwrap_err();
        assert!(err.message.en().contains("already exists"), "{err}");
        assert_eq!(std::fs::read_to_string(&written).unwrap(), "mine");
    }
}

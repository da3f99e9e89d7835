//! `presskit init`: a new briefing file to start from, with every section, a comment on
//! each key and placeholder values that build at once.

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;

/// The skeleton written by `init`: a valid format-1 briefing.
pub const SKELETON: &str = include_str!("skeleton.toml");

/// The file name of the new briefing inside the chosen folder.
pub const FILE_NAME: &str = "briefing.toml";

/// Writes the skeleton as `folder/briefing.toml`, never replacing an existing file.
pub fn init(folder: &Path) -> Result<PathBuf, Diagnostic> {
    if folder.exists() && !folder.is_dir() {
        return Err(Diagnostic::error(
            folder,
            "is a file, not a folder; init writes a briefing into a folder",
        ));
    }
    let path = folder.join(FILE_NAME);
    crate::output::write_new(&path, SKELETON.as_bytes())?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_skeleton_is_a_valid_briefing_with_every_section() {
        let source = crate::briefing::Source {
            path: "data/briefing.toml".into(),
            text: SKELETON.into(),
        };
        let briefing = crate::model::validate(source).expect("the skeleton validates");
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
    fn init_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let written = init(&dir.path().join("data")).unwrap();
        assert_eq!(std::fs::read_to_string(&written).unwrap(), SKELETON);
        std::fs::write(&written, "mine").unwrap();
        let err = init(&dir.path().join("data")).unwrap_err();
        assert!(err.message.contains("already exists"), "{err}");
        assert_eq!(std::fs::read_to_string(&written).unwrap(), "mine");
    }
}

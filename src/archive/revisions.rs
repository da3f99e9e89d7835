//! The revisions of an archived briefing. Its folder `<stem>/` holds the first; each later
//! one that `archive --revise` makes is a folder `rev-N` inside it (`rev-2`, `rev-3`...),
//! complete with its own manifest, written beside the earlier ones and never replacing
//! them. The latest revision is the one the index and the report count.

use std::path::{Path, PathBuf};

/// How a later revision's folder is named inside its briefing's folder: `rev-2`.
pub const PREFIX: &str = "rev-";

/// One revision of an archived briefing: its number (1 for the briefing's folder itself)
/// and the folder that holds its documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    /// 1 for the first, then 2, 3...
    pub number: u32,
    /// The folder of its documents and manifest.
    pub path: PathBuf,
}

/// The revision number a folder name gives (`rev-2` → 2), from 2 up, written without
/// leading zeros; `None` for any other name.
pub fn number(name: &str) -> Option<u32> {
    let digits = name.strip_prefix(PREFIX)?;
    let n: u32 = digits.parse().ok()?;
    (n >= 2 && digits == n.to_string()).then_some(n)
}

/// Whether the entry `name` of a briefing's folder, of type `meta`, is a later revision:
/// a real folder (never a link) named `rev-N`.
pub fn is_revision(name: &str, meta: &std::fs::Metadata) -> bool {
    meta.is_dir() && !meta.file_type().is_symlink() && number(name).is_some()
}

/// Every revision of the archived briefing in `folder`, oldest first: the folder itself,
/// then each `rev-N` folder inside it.
pub fn revisions(folder: &Path) -> Vec<Revision> {
    let mut all = vec![Revision {
        number: 1,
        path: folder.to_path_buf(),
    }];
    let mut later: Vec<Revision> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    let meta = std::fs::symlink_metadata(e.path()).ok()?;
                    let number = number(&name)?;
                    is_revision(&name, &meta).then(|| Revision {
                        number,
                        path: e.path(),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    later.sort_by_key(|r| r.number);
    all.extend(later);
    all
}

/// The latest revision of the archived briefing in `folder`.
pub fn latest(folder: &Path) -> Revision {
    revisions(folder).pop().unwrap_or(Revision {
        number: 1,
        path: folder.to_path_buf(),
    })
}

/// The folder of the revision after `latest` of the briefing in `folder`.
pub fn next(folder: &Path, latest: &Revision) -> Revision {
    let number = latest.number + 1;
    Revision {
        number,
        path: folder.join(format!("{PREFIX}{number}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revision_names_are_rev_and_a_number_from_two() {
        assert_eq!(number("rev-2"), Some(2));
        assert_eq!(number("rev-12"), Some(12));
        for other in [
            "rev-1", "rev-0", "rev-02", "rev-", "rev-x", "Rev-2", "rev-2 ",
        ] {
            assert_eq!(number(other), None, "{other}");
        }
    }

    #[test]
    fn revisions_are_the_folder_then_its_rev_folders_in_number_order() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("x");
        for sub in ["rev-10", "rev-2", "rev-x", "other"] {
            std::fs::create_dir_all(folder.join(sub)).unwrap();
        }
        std::fs::write(folder.join("rev-3"), b"a file, not a revision").unwrap();
        let numbers: Vec<u32> = revisions(&folder).iter().map(|r| r.number).collect();
        assert_eq!(numbers, [1, 2, 10]);
        let last = latest(&folder);
        assert_eq!(last.path, folder.join("rev-10"));
        assert_eq!(next(&folder, &last).path, folder.join("rev-11"));
        assert_eq!(latest(&dir.path().join("y")).number, 1);
    }
}

//! The archive: PDF/A-3 copies of a briefing's documents with what they were made from
//! attached, one folder per briefing with a `sha256sum -c` manifest, written once and
//! never replaced. One module a concern: [`folders`] (which folders hold briefings),
//! [`store`](mod@store) (write-once folders), [`verify`]
//! (folders against their manifests), [`extract`](mod@extract) (what an archived PDF carries),
//! [`catalogue`] (the archived briefings, loaded again through `model`), [`index`] (the
//! archive's `index.pdf`, and the typesetting of overviews it shares with the report),
//! [`repair`] (damaged files rebuilt from an intact PDF's sources), [`revisions`] (a
//! corrected briefing archived again beside its earlier documents), [`record`] (the
//! archive's record of its briefing folders).

pub mod catalogue;
pub mod extract;
pub mod folders;
pub mod index;
pub mod record;
pub mod repair;
pub mod revisions;
pub mod store;
pub mod verify;

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::documents::Options;
use crate::messages::archive::Archive;
use crate::output::Artifact;
use crate::pipeline::Pipeline;

pub use extract::{attachments, extract, read_pdf};
pub use folders::briefing_folders;
pub use store::store;
pub use verify::{verify_briefing, verify_folder};

/// Name of the checksum file in each briefing's folder.
pub const MANIFEST: &str = "MANIFEST.sha256";

/// Name of the overview at the top of the archive.
pub const INDEX: &str = crate::documents::ARCHIVE_INDEX.file;

/// What archiving one briefing did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Archived {
    /// A new folder was written.
    Written(PathBuf),
    /// The folder already held exactly these files.
    Unchanged(PathBuf),
}

/// The SHA-256 of `bytes`, in lower-case hex, as the manifests hold it.
pub use crate::digest::hex as sha256_hex;

/// The manifest of a folder's files, in `sha256sum` format, sorted by name.
pub fn manifest(artifacts: &[Artifact]) -> String {
    let mut lines: Vec<String> = artifacts
        .iter()
        .map(|a| format!("{}  {}\n", sha256_hex(&a.bytes), a.name))
        .collect();
    lines.sort_by(|a, b| a[66..].cmp(&b[66..]));
    lines.concat()
}

/// Makes the archival documents of the briefing at `file` through `pipeline` and stores
/// them under `to`; `options` say how (their `archival` is the archive's own), `revise`
/// whether a changed briefing is archived as its next revision (see [`store()`]).
pub fn archive_one(
    pipeline: &Pipeline,
    file: &Path,
    to: &Path,
    options: Options,
    revise: bool,
) -> Result<(Archived, crate::input::model::Briefing), Vec<Diagnostic>> {
    let loaded = pipeline.load(file)?;
    let briefing = &loaded.briefing;
    if briefing.release.is_none() {
        return Err(vec![
            briefing
                .source
                .error_at(0..0, Archive::NoReleaseYet)
                .with_hint(Archive::WriteTheReleaseFirst),
        ]);
    }
    let options = Options {
        archival: true,
        only: None,
        // The generated markup is a designer's aid, never part of an archive.
        keep_typst: None,
        ..options
    };
    let made = loaded.make(&options)?;
    let mut artifacts = made.artifacts;
    let manifest = manifest(&artifacts);
    artifacts.push(Artifact {
        name: MANIFEST.into(),
        bytes: manifest.into_bytes(),
    });
    let done = store(&to.join(briefing.source.stem()), &artifacts, revise).map_err(|d| vec![d])?;
    Ok((done, loaded.briefing))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::store::store;

    fn artifact(name: &'static str, bytes: &[u8]) -> Artifact {
        Artifact {
            name: name.into(),
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn manifests_are_sha256sum_lines_sorted_by_name() {
        let m = manifest(&[artifact("b.pdf", b"b"), artifact("a.pdf", b"")]);
        assert_eq!(
            m,
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a.pdf\n\
             3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d  b.pdf\n"
        );
    }

    #[test]
    fn stores_once_then_accepts_only_identical_content() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("x");
        let files = [
            artifact("a.pdf", b"one"),
            artifact(MANIFEST, manifest(&[artifact("a.pdf", b"one")]).as_bytes()),
        ];
        assert_eq!(
            store(&folder, &files, false).unwrap(),
            Archived::Written(folder.clone())
        );
        assert_eq!(
            store(&folder, &files, false).unwrap(),
            Archived::Unchanged(folder.clone())
        );
        let changed = [artifact("a.pdf", b"two"), artifact(MANIFEST, b"other")];
        let e = store(&folder, &changed, false).unwrap_err();
        assert!(
            e.message.en().contains("a.pdf would change"),
            "{}",
            e.message
        );
        assert_eq!(std::fs::read(folder.join("a.pdf")).unwrap(), b"one");
        assert_eq!(verify_folder(&folder).unwrap(), 1);
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers, ["x"]);
    }

    /// The files of one revision: a document and its manifest.
    fn revision(bytes: &'static [u8]) -> [Artifact; 2] {
        let doc = artifact("a.pdf", bytes);
        let manifest = manifest(std::slice::from_ref(&doc));
        [doc, artifact(MANIFEST, manifest.as_bytes())]
    }

    #[test]
    fn a_revision_goes_beside_the_earlier_ones_and_an_unchanged_one_is_a_no_op() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("x");
        store(&folder, &revision(b"one"), false).unwrap();
        let e = store(&folder, &revision(b"two"), false).unwrap_err();
        assert!(e.hints.iter().any(|h| h.en().contains("--revise")), "{e}");
        let second = folder.join("rev-2");
        assert_eq!(
            store(&folder, &revision(b"two"), true).unwrap(),
            Archived::Written(second.clone())
        );
        assert_eq!(
            store(&folder, &revision(b"two"), true).unwrap(),
            Archived::Unchanged(second.clone())
        );
        assert_eq!(
            store(&folder, &revision(b"two"), false).unwrap(),
            Archived::Unchanged(second.clone())
        );
        // Back to the first's documents: a third revision, the first left as it was.
        assert_eq!(
            store(&folder, &revision(b"one"), true).unwrap(),
            Archived::Written(folder.join("rev-3"))
        );
        assert_eq!(std::fs::read(folder.join("a.pdf")).unwrap(), b"one");
        assert_eq!(std::fs::read(second.join("a.pdf")).unwrap(), b"two");
        // A damaged latest revision is never revised around.
        std::fs::write(folder.join("rev-3/a.pdf"), b"One").unwrap();
        let e = store(&folder, &revision(b"one"), true).unwrap_err();
        assert!(e.message.en().contains("damaged"), "{e}");
        assert!(!folder.join("rev-4").exists());
    }

    #[test]
    fn verify_names_altered_missing_and_extra_files() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("x");
        let files = [artifact("a.pdf", b"one"), artifact("b.pdf", b"two")];
        let mut all = files.to_vec();
        all.push(artifact(MANIFEST, manifest(&files).as_bytes()));
        store(&folder, &all, false).unwrap();
        std::fs::write(folder.join("a.pdf"), b"One").unwrap();
        std::fs::remove_file(folder.join("b.pdf")).unwrap();
        std::fs::write(folder.join("c.pdf"), b"new").unwrap();
        let errors: Vec<String> = verify_folder(&folder)
            .unwrap_err()
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].contains("a.pdf has been altered"), "{errors:?}");
        assert!(errors[1].contains("b.pdf is missing"), "{errors:?}");
        assert!(
            errors[2].contains("c.pdf") && errors[2].contains("extra"),
            "{errors:?}"
        );
    }
}

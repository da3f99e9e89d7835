//! Incremental builds: a record, beside a briefing's documents, of what they were made
//! from, and the check that skips a briefing whose record still holds.
//!
//! After a briefing's documents are written, [`write`] puts [`RECORD`] into the same
//! folder, atomically and last. It holds a SHA-256 digest of every input: the briefing's
//! text, each image it uses, the templates it was rendered with (the built-in ones and
//! those of the user's folder, as one digest), the options that change bytes (paper,
//! archival, `SOURCE_DATE_EPOCH`), and which presskit made them (its version and the size
//! and time of its binary, so that a rebuilt presskit, with other built-in templates or
//! fonts, redoes everything); and of every document written. [`Inputs::up_to_date`]
//! reads the record back and digests the same files again: one byte changed in an input
//! or an output, an output deleted, another option or another presskit, and the
//! briefing is made again. Deleting the output folder resets it. The briefing's warnings
//! are recorded too, and printed again when it is skipped, so that a warning is never
//! silenced by a second run.
//!
//! The digests are of the bytes actually used: the briefing's text and images as the
//! build read them, the templates read before the build reads them (so a template edited
//! during a run is seen as changed by the next). The record holds no time
//! and no path of the machine, so two builds of the same inputs write the same record.
//!
//! `archive` keeps its records in [`ARCHIVE_RECORDS`] at the top of the archive, one per
//! briefing, since an archived briefing's folder holds only what its manifest lists.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::input::model::Briefing;
use crate::output::Artifact;

/// The record's file name, in the briefing's output folder.
pub const RECORD: &str = ".presskit-record.json";

/// The folder of the archive's records, in the archive folder: an archived briefing's
/// folder is never written again, and holds only the files its manifest lists.
pub const ARCHIVE_RECORDS: &str = ".presskit-records";

/// The index's record, in [`ARCHIVE_RECORDS`]; its leading dot keeps it apart from the
/// briefings' `<stem>.json`.
const INDEX_RECORD: &str = ".index.json";

/// Where the record of the briefing `stem` archived in `archive` lives.
pub fn archive_record(archive: &Path, stem: &str) -> PathBuf {
    archive.join(ARCHIVE_RECORDS).join(format!("{stem}.json"))
}

/// What the documents of one briefing were made from, and their digests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The presskit that made them (see [`presskit_identity`]).
    presskit: String,
    /// The options that change their bytes.
    options: String,
    /// Digest of the briefing's text.
    briefing: String,
    /// Digest of every image the briefing uses, by its path inside the briefing's folder.
    assets: Vec<(String, String)>,
    /// Digest of every translation beside the briefing, by file name.
    #[serde(default)]
    translations: Vec<(String, String)>,
    /// Digest of the templates the documents were rendered with.
    templates: String,
    /// Digest of every file written, by file name.
    documents: Vec<(String, String)>,
    /// The warnings the briefing had, to print again when it is skipped.
    #[serde(default)]
    warnings: Vec<Diagnostic>,
}

/// What the archive's `index.pdf` was made from, and its digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct IndexRecord {
    /// The presskit that made it.
    presskit: String,
    /// Digest of the templates it was rendered with.
    templates: String,
    /// Every briefing folder of the archive, with the digest of its manifest (which
    /// covers every file of the folder, the attached sources included).
    folders: Vec<(String, String)>,
    /// Digest of `index.pdf`.
    index: String,
}

/// What the archive's index is made from, taken before it is rebuilt (`None` when the
/// archive could not be read), and where the index is.
pub struct IndexInputs(Option<IndexRecord>, PathBuf);

/// The files of an archive its index is made from, as the archive names them: every
/// briefing folder's name with its manifest, and the index itself.
#[derive(Debug, Clone)]
pub struct IndexFiles {
    /// Each briefing folder's name and the path of its manifest.
    pub folders: Vec<(String, PathBuf)>,
    /// The index.
    pub index: PathBuf,
}

/// The digest of some bytes, in hexadecimal.
fn digest(bytes: &[u8]) -> String {
    crate::digest::hex(bytes)
}

/// The digest of a file, or `None` when it cannot be read.
fn digest_file(path: &Path) -> Option<String> {
    std::fs::read(path).ok().map(|bytes| digest(&bytes))
}

/// The digest of every translation beside the briefing `file`, by file name: one added,
/// removed or changed makes the briefing again.
fn translations(file: &Path) -> Vec<(String, String)> {
    crate::input::translation::beside(file)
        .into_iter()
        .filter_map(|path| {
            let name = path.file_name()?.to_string_lossy().into_owned();
            Some((name, digest_file(&path)?))
        })
        .collect()
}

/// The presskit that runs: its version, and the size and modification time of its
/// binary, which change whenever it is rebuilt.
fn presskit_identity() -> String {
    let binary = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| {
            let time = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{} bytes, {time} ns", m.len())
        })
        .unwrap_or_else(|_| "unknown binary".into());
    format!("presskit {} ({binary})", env!("CARGO_PKG_VERSION"))
}

/// The templates and added fonts of a briefing folder, digested once per run and shared.
type Slot = Arc<OnceLock<Option<String>>>;

/// What a briefing's look comes from: its user templates folder and its added fonts'
/// folders.
type Look = (Option<PathBuf>, Vec<PathBuf>);

/// What every briefing of a run shares: the presskit, the options, the templates'
/// digests by templates folder.
pub struct Inputs {
    /// See [`presskit_identity`].
    presskit: String,
    /// See [`Record::options`].
    options: String,
    /// `--templates DIR`.
    templates_option: Option<PathBuf>,
    /// `--fonts DIR`.
    fonts_option: Option<PathBuf>,
    /// Digests of the templates and added fonts so far, by user templates folder
    /// (`None`: built-in only) and fonts folders.
    templates: Mutex<HashMap<Look, Slot>>,
}

impl Inputs {
    /// The inputs of a run with `--templates` `templates_option` and `--fonts`
    /// `fonts_option`, on `paper`, archival or not.
    pub fn new(
        templates_option: Option<&Path>,
        fonts_option: Option<&Path>,
        paper: crate::vocab::Paper,
        archival: bool,
    ) -> Self {
        let epoch = std::env::var("SOURCE_DATE_EPOCH").unwrap_or_default();
        Self {
            presskit: presskit_identity(),
            options: format!("paper {paper:?}, archival {archival}, SOURCE_DATE_EPOCH {epoch:?}"),
            templates_option: templates_option.map(Path::to_path_buf),
            fonts_option: fonts_option.map(Path::to_path_buf),
            templates: Mutex::default(),
        }
    }

    /// The digest of the templates a briefing in `briefing_folder` is rendered with and
    /// of the fonts it adds (`fonts/` beside it, `--fonts DIR`), or `None` when they
    /// cannot be read (the build will say why).
    fn templates(&self, briefing_folder: &Path) -> Option<String> {
        let folder = crate::render::templates::user_folder(
            self.templates_option.as_deref(),
            briefing_folder,
        );
        let fonts =
            crate::typeset::fonts::folders_for(self.fonts_option.as_deref(), briefing_folder);
        let look = (folder, fonts);
        let slot = Arc::clone(
            self.templates
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .entry(look.clone())
                .or_default(),
        );
        slot.get_or_init(|| {
            let templates = templates_digest(look.0.as_deref())?;
            if look.1.is_empty() {
                return Some(templates);
            }
            Some(digest(
                format!("{templates} {}", fonts_digest(&look.1)?).as_bytes(),
            ))
        })
        .clone()
    }

    /// What the archive's index would be made from now, with the digest of the
    /// `index.pdf` there (empty when there is none); `None` when the archive cannot be
    /// read.
    fn index_inputs(&self, files: &IndexFiles) -> Option<IndexRecord> {
        let folders = files
            .folders
            .iter()
            .map(|(name, manifest)| Some((name.clone(), digest_file(manifest)?)))
            .collect::<Option<Vec<_>>>()?;
        Some(IndexRecord {
            presskit: self.presskit.clone(),
            // The index is rendered from `--templates DIR` alone (see `commands::archive`).
            templates: templates_digest(self.templates_option.as_deref())?,
            folders,
            index: digest_file(&files.index).unwrap_or_default(),
        })
    }

    /// What the archive's index is made from now (`files`, `None` when the archive
    /// cannot be read): take it before the index is rebuilt, so that a change in between
    /// makes the next run rebuild it again.
    pub fn index_now(&self, files: Option<IndexFiles>) -> IndexInputs {
        match files {
            Some(files) => IndexInputs(self.index_inputs(&files), files.index),
            None => IndexInputs(None, PathBuf::new()),
        }
    }

    /// Whether the archive's `index.pdf` was made, by its record, from exactly what the
    /// archive holds `now`.
    pub fn index_up_to_date(&self, archive: &Path, now: &IndexInputs) -> bool {
        let recorded = std::fs::read(archive.join(ARCHIVE_RECORDS).join(INDEX_RECORD))
            .ok()
            .and_then(|bytes| serde_json::from_slice::<IndexRecord>(&bytes).ok());
        now.0.is_some() && now.0 == recorded
    }

    /// Records what the index just rebuilt in `archive` was made from: `before` (see
    /// [`Inputs::index_now`]) with the digest of the new `index.pdf`.
    pub fn record_index(&self, archive: &Path, before: IndexInputs) -> Result<(), Diagnostic> {
        let (Some(mut record), Some(index)) = (before.0, digest_file(&before.1)) else {
            return Ok(());
        };
        record.index = index;
        write_to(&archive.join(ARCHIVE_RECORDS).join(INDEX_RECORD), &record)
    }

    /// Whether the documents of the briefing `file` in `folder` are those its inputs make
    /// today: its record is there, was made by this presskit with these options, and
    /// every input and document still has the recorded digest.
    /// Its recorded warnings when it is, to print again.
    pub fn up_to_date(&self, file: &Path, folder: &Path) -> Option<Vec<Diagnostic>> {
        self.up_to_date_by(file, &folder.join(RECORD), folder)
    }

    /// Whether the documents of the briefing `file` in `folder` are those its inputs make
    /// today, by the record in the file `record`.
    pub fn up_to_date_by(
        &self,
        file: &Path,
        record: &Path,
        folder: &Path,
    ) -> Option<Vec<Diagnostic>> {
        let record = std::fs::read(record)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Record>(&bytes).ok())?;
        if record.presskit != self.presskit || record.options != self.options {
            return None;
        }
        let source = crate::input::briefing::Source::read(file).ok()?;
        let briefing_folder = source.folder();
        let holds = digest(source.text.as_bytes()) == record.briefing
            && translations(file) == record.translations
            && self.templates(&briefing_folder).as_ref() == Some(&record.templates)
            && record.assets.iter().all(|(path, d)| {
                digest_file(&briefing_folder.join(path.trim_start_matches('/'))).as_ref() == Some(d)
            })
            && record
                .documents
                .iter()
                .all(|(name, d)| digest_file(&folder.join(name)).as_ref() == Some(d));
        holds.then_some(record.warnings)
    }

    /// The record of a briefing whose documents are `artifacts`. Call [`Inputs::up_to_date`]
    /// or [`Inputs::prepare`] for the briefing's folder before the build reads the
    /// templates, so that their digest is of what was there before.
    ///
    /// `artifacts` must be every document the briefing makes: [`Inputs::up_to_date`]
    /// checks the recorded documents only, so a run that writes some of them (a
    /// `--only`) must write no record, or one that keeps the other documents' entries
    /// of the previous record when its inputs are the same.
    pub fn record(
        &self,
        briefing: &Briefing,
        artifacts: &[Artifact],
        warnings: &[Diagnostic],
    ) -> Option<Record> {
        let documents = artifacts
            .iter()
            .map(|a| (a.name.to_string(), digest(&a.bytes)))
            .collect();
        let mut record = self.record_of(briefing, documents)?;
        record.warnings = warnings.to_vec();
        Some(record)
    }

    /// The record of a briefing whose documents are the files of `folder` (the archive's
    /// folder of the briefing, complete and never written again), or `None` when they
    /// cannot be read.
    pub fn record_of_folder(&self, briefing: &Briefing, folder: &Path) -> Option<Record> {
        let mut names: Vec<String> = std::fs::read_dir(folder)
            .ok()?
            .flatten()
            .filter(|e| e.path().is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        let documents = names
            .into_iter()
            .map(|name| digest_file(&folder.join(&name)).map(|d| (name, d)))
            .collect::<Option<Vec<_>>>()?;
        self.record_of(briefing, documents)
    }

    /// The record of a briefing whose documents have the digests `documents`.
    fn record_of(&self, briefing: &Briefing, documents: Vec<(String, String)>) -> Option<Record> {
        Some(Record {
            presskit: self.presskit.clone(),
            options: self.options.clone(),
            briefing: digest(briefing.source.text.as_bytes()),
            assets: briefing
                .assets()
                .map(|a| (a.virtual_path.clone(), digest(&a.bytes)))
                .collect(),
            translations: translations(&briefing.source.path),
            templates: self.templates(&briefing.source.folder())?,
            documents,
            warnings: Vec::new(),
        })
    }

    /// Digests the templates of the briefing `file` now, before the build reads them
    /// (what [`Inputs::up_to_date`] also does).
    pub fn prepare(&self, file: &Path) {
        let folder = match file.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        let _ = self.templates(folder);
    }
}

/// Writes the record into the briefing's output folder, atomically, after its documents.
pub fn write(folder: &Path, record: &Record) -> Result<(), Diagnostic> {
    write_to(&folder.join(RECORD), record)
}

/// Writes a record into the file `path`, atomically.
pub fn write_to(path: &Path, record: &impl Serialize) -> Result<(), Diagnostic> {
    let json = serde_json::to_vec_pretty(record).expect("a record serialises");
    crate::output::write_atomic(path, &json)
}

/// The digest of every file in the fonts `folders` (names and bytes, in order), or `None`
/// when one cannot be read.
fn fonts_digest(folders: &[PathBuf]) -> Option<String> {
    let mut hasher = crate::digest::Parts::new();
    for folder in folders {
        let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
            .ok()?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        for file in files {
            let name = file.file_name()?.to_string_lossy().into_owned();
            let bytes = std::fs::read(&file).ok()?;
            hasher.add(name.as_bytes());
            hasher.add(&bytes);
        }
    }
    Some(hasher.hex())
}

/// The digest of the templates resolved from `folder` over the built-in ones, or `None`
/// when they cannot be read (the build will say why).
fn templates_digest(folder: Option<&Path>) -> Option<String> {
    let templates = crate::render::templates::resolve(folder).ok()?;
    let mut hasher = crate::digest::Parts::new();
    for t in &templates {
        hasher.add(t.name.as_bytes());
        hasher.add(format!("{:?}", t.output).as_bytes());
        hasher.add(t.text.as_bytes());
    }
    Some(hasher.hex())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Paper;

    #[test]
    fn the_templates_digest_follows_the_folder_beside_the_briefing() {
        let dir = tempfile::tempdir().unwrap();
        let digest_now = || Inputs::new(None, None, Paper::A4, false).templates(dir.path());
        let builtin = digest_now().expect("the built-in templates");
        let templates = dir.path().join("templates");
        std::fs::create_dir(&templates).unwrap();
        std::fs::write(templates.join("press-release.txt.hbs"), "mine").unwrap();
        let mine = digest_now().unwrap();
        assert_ne!(mine, builtin);
        std::fs::write(templates.join("press-release.txt.hbs"), "mine!").unwrap();
        assert_ne!(digest_now().unwrap(), mine);
        // A file that is no template changes nothing.
        std::fs::write(templates.join("press-release.txt.hbs"), "mine").unwrap();
        std::fs::write(templates.join("notes.md"), "whatever").unwrap();
        assert_eq!(digest_now().unwrap(), mine);
        std::fs::remove_dir_all(&templates).unwrap();
        assert_eq!(digest_now().unwrap(), builtin);
        // A font added beside the briefing, then changed, changes the digest too.
        let fonts = dir.path().join("fonts");
        std::fs::create_dir(&fonts).unwrap();
        std::fs::write(fonts.join("Brand.ttf"), "a font").unwrap();
        let with_font = digest_now().unwrap();
        assert_ne!(with_font, builtin);
        std::fs::write(fonts.join("Brand.ttf"), "another font").unwrap();
        assert_ne!(digest_now().unwrap(), with_font);
    }

    #[test]
    fn options_that_change_bytes_change_the_record() {
        let a4 = Inputs::new(None, None, Paper::A4, false);
        assert_ne!(
            a4.options,
            Inputs::new(None, None, Paper::Letter, false).options
        );
        assert_ne!(a4.options, Inputs::new(None, None, Paper::A4, true).options);
        assert_eq!(
            a4.options,
            Inputs::new(None, None, Paper::A4, false).options
        );
        assert!(a4.presskit.contains(env!("CARGO_PKG_VERSION")));
    }

    #[test]
    fn digests_are_sha256_in_hexadecimal() {
        assert_eq!(
            digest(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}

//! The runs over many briefings (`build`, `check`, `archive`): which files the inputs
//! name, and one runner that works on them in parallel, catches a panic per briefing,
//! and reports each one under a lock (its errors printed once, through [`Progress`]).

use crate::messages::{Msg, commands::Commands};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use crate::diagnostic::Diagnostic;
use crate::input::translation;
use crate::output;
use crate::progress::Progress;

/// Why an input names no briefing presskit can use: each message and hint written once,
/// here, so that the tests can hold them to their exact words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// A folder with no `*.toml` in it.
    EmptyFolder,
    /// A folder that cannot be listed, with the system's reason.
    CannotList(String),
    /// No input named, and no `data/` folder here; `here` is a briefing in this folder.
    NoDataFolder {
        /// A briefing file found in the current folder instead.
        here: Option<PathBuf>,
    },
    /// Something that is neither a file nor a folder (a FIFO, a device): what it is.
    NotABriefing(crate::input::bounded::FileKind),
    /// A symbolic link whose target does not exist.
    DanglingLink,
    /// Nothing there.
    Missing,
    /// It cannot be read, with the system's reason.
    Unreadable(String),
    /// A translation (`<stem>.<language>.toml`) whose briefing is not beside it.
    TranslationWithoutBriefing(PathBuf),
    /// Two briefings with the same file name in different folders.
    SameName {
        /// The name they share.
        stem: String,
        /// The two files.
        files: [PathBuf; 2],
    },
}

impl InputError {
    /// What is wrong, as a message.
    pub fn message(&self) -> Msg {
        match self {
            Self::EmptyFolder => Commands::EmptyFolder,
            Self::CannotList(why) => Commands::CannotList {
                reason: why.clone(),
            },
            Self::NoDataFolder { .. } => Commands::NoDataFolder,
            Self::NotABriefing(kind) => Commands::NotABriefing {
                what: (*kind).to_string(),
            },
            Self::DanglingLink => Commands::DanglingLink,
            Self::Missing => Commands::Missing,
            Self::Unreadable(why) => Commands::Unreadable {
                reason: why.clone(),
            },
            Self::TranslationWithoutBriefing(briefing) => Commands::TranslationWithoutBriefing {
                briefing: briefing.display().to_string(),
            },
            Self::SameName { stem, .. } => Commands::SameName { stem: stem.clone() },
        }
        .into()
    }

    /// What to do about it, when there is something to say.
    pub fn hint(&self) -> Option<Msg> {
        let hint = match self {
            Self::NoDataFolder { here: Some(first) } => Commands::NoDataFolderHere {
                first: first.display().to_string(),
            },
            Self::NoDataFolder { here: None } => Commands::NoDataFolderHint,
            Self::TranslationWithoutBriefing(_) => Commands::TranslationWithoutBriefingHint,
            Self::SameName { files, .. } => Commands::SameNameHint {
                first: files[0].display().to_string(),
                second: files[1].display().to_string(),
            },
            _ => return None,
        };
        Some(hint.into())
    }

    /// The diagnostic for the input `path`.
    pub fn at(&self, path: &Path) -> Diagnostic {
        let d = Diagnostic::error(path, self.message());
        match self.hint() {
            Some(hint) => d.with_hint(hint),
            None => d,
        }
    }
}

/// Expands inputs into briefing files: files as given, folders to their `*.toml`, sorted.
pub fn briefing_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        match files_of(input) {
            Ok(found) => files.extend(found),
            Err(e) => errors.push(e.at(input)),
        }
    }
    let mut stems: Vec<(String, &PathBuf)> = Vec::new();
    for file in &files {
        match output::folder_name(file) {
            Ok(stem) => stems.push((stem, file)),
            Err(d) => errors.push(d),
        }
    }
    stems.sort();
    for pair in stems.windows(2) {
        if pair[0].0 == pair[1].0 && pair[0].1 != pair[1].1 {
            let e = InputError::SameName {
                stem: pair[0].0.clone(),
                files: [pair[0].1.clone(), pair[1].1.clone()],
            };
            errors.push(e.at(pair[1].1));
        }
    }
    files.dedup();
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

/// The briefing files one input names: itself, or a folder's `*.toml`, sorted.
fn files_of(input: &Path) -> Result<Vec<PathBuf>, InputError> {
    if input.is_dir() {
        let entries =
            std::fs::read_dir(input).map_err(|e| InputError::CannotList(e.to_string()))?;
        let mut found: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            // Hidden files (an editor's `.#briefing.toml`) are not briefings.
            .filter(|p| {
                p.is_file()
                    && p.extension().is_some_and(|e| e == "toml")
                    && !p
                        .file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        found.sort();
        if found.is_empty() {
            return Err(InputError::EmptyFolder);
        }
        // A translation is built with its briefing, never as a briefing of its own.
        if let Some(orphan) = found.iter().find_map(|f| {
            translation::name_of(f)
                .map(|(briefing, _)| briefing)
                .filter(|b| !found.contains(b))
        }) {
            return Err(InputError::TranslationWithoutBriefing(orphan));
        }
        found.retain(|f| translation::name_of(f).is_none());
        return Ok(found);
    }
    if input.is_file() {
        // A translation named alone stands for its briefing, which builds it.
        if let Some((briefing, _)) = translation::name_of(input) {
            if !briefing.is_file() {
                return Err(InputError::TranslationWithoutBriefing(briefing));
            }
            return Ok(vec![briefing]);
        }
        return Ok(vec![input.to_path_buf()]);
    }
    if input == Path::new("data") {
        let here = files_of(Path::new(".")).unwrap_or_default();
        return Err(InputError::NoDataFolder {
            here: here.into_iter().next(),
        });
    }
    Err(match std::fs::metadata(input) {
        Ok(meta) => InputError::NotABriefing(crate::input::bounded::kind_of(&meta)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            match std::fs::symlink_metadata(input) {
                Ok(_) => InputError::DanglingLink,
                Err(_) => InputError::Missing,
            }
        }
        Err(e) => InputError::Unreadable(e.to_string()),
    })
}

/// The name of a briefing's output folder: its file name without `.toml`.
pub use crate::input::briefing::stem;

/// Runs `work` on every file on up to `jobs` threads, telling it how many threads the
/// file's documents may use: the threads left over when there are fewer files than jobs,
/// so that all of them together never exceed `jobs`. A panic in `work` becomes an
/// internal error about its file. Each result is reported through `progress` under a
/// lock, so reports of two briefings never interleave: errors printed once, and
/// `succeeded` called with what `work` made and the seconds it took. Typst's memo cache
/// is trimmed after each briefing, so memory stays flat.
pub fn run<T>(
    files: &[PathBuf],
    jobs: usize,
    progress: &Progress,
    work: impl Fn(&Path, usize) -> Result<T, Vec<Diagnostic>> + Sync,
    succeeded: impl Fn(&Path, T, f64) + Sync,
) {
    let print = Mutex::new(());
    let threads = document_threads(jobs, files.len());
    crate::pool::map(files, jobs, |file| {
        let begun = Instant::now();
        let result = guarded(file, || work(file, threads));
        let seconds = begun.elapsed().as_secs_f64();
        // Distinct briefings share little: keep only the entries used since the last
        // eviction, which covers whatever the other workers are typesetting now.
        typst::comemo::evict(1);
        let _lock = print.lock();
        progress.done(file, result, |made| succeeded(file, made, seconds));
    });
}

/// How many documents of each of `files` briefings are typeset at once on `jobs` threads:
/// one each when briefings fill the threads, else an equal share of them.
fn document_threads(jobs: usize, files: usize) -> usize {
    (jobs / files.clamp(1, jobs.max(1))).max(1)
}

/// Runs the work on one briefing, turning a panic into an internal error about it, so
/// that a bug stops neither the other briefings nor the report.
fn guarded<T>(
    file: &Path,
    work: impl FnOnce() -> Result<T, Vec<Diagnostic>>,
) -> Result<T, Vec<Diagnostic>> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work))
        .unwrap_or_else(|_| Err(vec![crate::diagnostic::internal_error(file)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_input_mistake_has_its_words() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nowhere.toml");
        assert_eq!(files_of(&missing), Err(InputError::Missing));
        assert_eq!(files_of(dir.path()), Err(InputError::EmptyFolder));
        #[cfg(unix)]
        {
            let link = dir.path().join("link.toml");
            std::os::unix::fs::symlink(&missing, &link).unwrap();
            assert_eq!(files_of(&link), Err(InputError::DanglingLink));
        }
        let (a, b) = (dir.path().join("a/x.toml"), dir.path().join("b/x.toml"));
        for file in [&a, &b] {
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(file, "").unwrap();
        }
        let errors = briefing_files(&[a.clone(), b.clone()]).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].message.en(),
            "another briefing is also named `x`; their outputs would collide"
        );
        assert_eq!(
            errors[0]
                .hints
                .iter()
                .map(crate::messages::Msg::en)
                .collect::<Vec<_>>(),
            [format!("rename one of {} and {}", a.display(), b.display())]
        );
        assert_eq!(
            InputError::NotABriefing(crate::input::bounded::FileKind::Fifo)
                .message()
                .en(),
            "this is a FIFO (named pipe), not a briefing file or a folder of them"
        );
    }

    #[test]
    fn briefings_and_their_documents_together_stay_within_the_jobs() {
        for jobs in 1..=8 {
            for files in 0..=20 {
                let threads = document_threads(jobs, files);
                let workers = jobs.min(files.max(1));
                assert!(threads >= 1);
                assert!(workers * threads <= jobs, "{jobs} jobs, {files} files");
            }
        }
        // One briefing: all cores for its documents; plenty: one thread each.
        assert_eq!(document_threads(2, 1), 2);
        assert_eq!(document_threads(4, 2), 2);
        assert_eq!(document_threads(4, 3), 1);
        assert_eq!(document_threads(2, 200), 1);
    }
}

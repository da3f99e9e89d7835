//! The runs over many briefings (`build`, `check`, `archive`): which files the inputs
//! name, and one runner that works on them in parallel, catches a panic per briefing,
//! and reports each one under a lock (its errors printed once, through [`Progress`]).

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use crate::diagnostic::Diagnostic;
use crate::output;
use crate::progress::Progress;

/// Expands inputs into briefing files: files as given, folders to their `*.toml`, sorted.
pub fn briefing_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        if input.is_dir() {
            match std::fs::read_dir(input) {
                Ok(entries) => {
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
                        errors.push(Diagnostic::error(
                            input,
                            "the folder holds no briefing (*.toml)",
                        ));
                    }
                    files.extend(found);
                }
                Err(e) => errors.push(Diagnostic::error(
                    input,
                    format!("cannot list the folder: {e}"),
                )),
            }
        } else if input.is_file() {
            files.push(input.clone());
        } else if input == Path::new("data") {
            errors.push(no_data_folder());
        } else {
            errors.push(match std::fs::metadata(input) {
                Ok(meta) => Diagnostic::error(
                    input,
                    format!(
                        "this is {}, not a briefing file or a folder of them",
                        crate::input::bounded::kind_of(&meta)
                    ),
                ),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    match std::fs::symlink_metadata(input) {
                        Ok(_) => Diagnostic::error(
                            input,
                            "a symbolic link to nothing: what it points to does not exist",
                        ),
                        Err(_) => Diagnostic::error(input, "no such file or folder"),
                    }
                }
                Err(e) => Diagnostic::error(input, format!("cannot read: {e}")),
            });
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
            errors.push(
                Diagnostic::error(
                    pair[1].1,
                    format!(
                        "another briefing is also named `{}`; their outputs would collide",
                        pair[0].0
                    ),
                )
                .with_hint(format!(
                    "rename one of {} and {}",
                    pair[0].1.display(),
                    pair[1].1.display()
                )),
            );
        }
    }
    files.dedup();
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

/// The error for the default input, `data/`, missing: where the briefings seem to be.
fn no_data_folder() -> Diagnostic {
    let here = briefing_files(&[PathBuf::from(".")]).unwrap_or_default();
    let d = Diagnostic::error(
        "data",
        "there is no data/ folder here, where presskit looks for briefings when none is named",
    );
    match here.first() {
        Some(first) => d.with_hint(format!(
            "the briefings seem to be in this folder: name them (`presskit build .` or `presskit build {}`), or run presskit from the folder above",
            first.display()
        )),
        None => d.with_hint(
            "run presskit in the folder that holds data/, or name the briefing: `presskit build path/to/briefing.toml`; `presskit init` starts a new one",
        ),
    }
}

/// The name of a briefing's output folder: its file name without `.toml`.
pub fn stem(file: &Path) -> String {
    file.file_stem()
        .map_or_else(|| "briefing".into(), |s| s.to_string_lossy().into())
}

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

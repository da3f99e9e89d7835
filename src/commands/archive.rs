//! `archive`: every briefing's archival documents through the [`Pipeline`], stored once
//! (see [`crate::archive`]), then the archive's index rebuilt when it is out of date.

use crate::messages::{Msg, commands::Commands};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{Failed, report};
use crate::archive::{self, Archived};
use crate::batch::{self, stem};
use crate::diagnostic::{Diagnostic, shown};
use crate::output::uptodate::{self, Inputs};
use crate::pipeline::{Config, Pipeline};
use crate::progress::{Progress, Verbosity};

/// Archives every briefing, then rebuilds the archive's index.
pub fn archive(
    inputs: &[PathBuf],
    to: &Path,
    revise: bool,
    config: Config,
    verbosity: Verbosity,
) -> Result<(), Failed> {
    let files = batch::briefing_files(inputs).map_err(|d| report(&d))?;
    let progress = &Progress::new(files.len(), verbosity);
    let (written, unchanged) = (&AtomicUsize::new(0), &AtomicUsize::new(0));
    // Each folder written (true) or found already archived (false), for the record.
    let archived = &std::sync::Mutex::new(Vec::new());
    let records = &Inputs::new(
        config.templates.as_deref(),
        config.fonts.as_deref(),
        config.paper,
        true,
    );
    let fresh = &AtomicUsize::new(0);
    let jobs = config.jobs;
    let pipeline = &Pipeline::new(config);
    let work = |file: &Path, threads| {
        archive_unless_up_to_date(pipeline, file, to, revise, records, threads)
    };
    batch::run(&files, jobs, progress, work, |file, done, _| {
        if let Ok(mut archived) = archived.lock() {
            archived.push(match &done.0 {
                Archived::Written(dir) => (dir.clone(), true),
                Archived::Unchanged(dir) => (dir.clone(), false),
            });
        }
        let (count, line) = match done {
            (Archived::Unchanged(dir), true) => {
                fresh.fetch_add(1, Ordering::Relaxed);
                (
                    unchanged,
                    Commands::AlreadyArchived {
                        file: file.display().to_string(),
                        folder: dir.display().to_string(),
                        fresh: "yes".into(),
                    },
                )
            }
            (Archived::Written(dir), _) => (
                written,
                Commands::ArchivedInto {
                    file: shown(file),
                    folder: shown(&dir),
                },
            ),
            (Archived::Unchanged(dir), false) => (
                unchanged,
                Commands::AlreadyArchived {
                    file: shown(file),
                    folder: shown(&dir),
                    fresh: "no".into(),
                },
            ),
        };
        count.fetch_add(1, Ordering::Relaxed);
        if progress.each() {
            println!("{}", Msg::from(line));
        }
    });
    let mut recorded = Ok(());
    let index = if to.is_dir() {
        let archived = std::mem::take(&mut *archived.lock().unwrap_or_else(|e| e.into_inner()));
        recorded = archive::record::update(to, &archived).map_err(|e| report(&[e]));
        if !verbosity.quiet {
            crate::diagnostic::eprint(&archive::store::leftover_warnings(to));
        }
        index(&files, to, pipeline, records, progress, verbosity)
    } else {
        Ok(())
    };
    let failed = progress.finish(Commands::Archived {
        briefings: files.len(),
        folder: shown(to),
        new: written.load(Ordering::Relaxed),
        unchanged: unchanged.load(Ordering::Relaxed),
        fresh: fresh.load(Ordering::Relaxed),
    });
    index?;
    recorded?;
    if failed == 0 { Ok(()) } else { Err(Failed) }
}

/// Rebuilds the index of the archive `to`, unless it is up to date by its record.
fn index(
    files: &[PathBuf],
    to: &Path,
    pipeline: &Pipeline,
    records: &Inputs,
    progress: &Progress,
    verbosity: Verbosity,
) -> Result<(), Failed> {
    let config = &pipeline.config;
    // Looked up like every template: --templates, else templates/ beside the (first)
    // briefing, else built in.
    let beside = files.first().map(|file| {
        file.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
    });
    let now = records.index_now(archive::index::files(to));
    if !config.force && records.index_up_to_date(to, &now) {
        if !verbosity.quiet {
            let path = shown(&to.join(archive::INDEX));
            println!("{}", Msg::from(Commands::IndexUpToDate { path }));
        }
        return Ok(());
    }
    config
        .overview_renderer(&crate::documents::ARCHIVE_INDEX, beside)
        .and_then(|renderer| {
            archive::index::rebuild_index(to, &renderer, &config.overview_options())
        })
        .and_then(|(path, warnings)| {
            records.record_index(to, now).map_err(|d| vec![d])?;
            progress.warnings(&warnings);
            if !verbosity.quiet {
                let path = shown(&path);
                println!("{}", Msg::from(Commands::Wrote { path }));
            }
            Ok(())
        })
        .map_err(|d| report(&d))
}

/// Archives one briefing, unless its archived folder is up to date by its record (in
/// the archive's [`uptodate::ARCHIVE_RECORDS`]); then records what it was made from.
/// The flag says whether it was up to date.
fn archive_unless_up_to_date(
    pipeline: &Pipeline,
    file: &Path,
    to: &Path,
    revise: bool,
    records: &Inputs,
    threads: usize,
) -> Result<(Archived, bool), Vec<Diagnostic>> {
    // The briefing's latest revision is the one its record is of.
    let latest = archive::revisions::latest(&to.join(stem(file))).path;
    let record = uptodate::archive_record(to, &stem(file));
    if !pipeline.config.force && records.up_to_date_by(file, &record, &latest).is_some() {
        return Ok((Archived::Unchanged(latest), true));
    }
    records.prepare(file);
    let options = pipeline.config.options(threads, None);
    // The record is of the briefing as it was read for the archive: an edit after that
    // makes the next run archive (and find it changed) rather than skip.
    let (done, briefing) = archive::archive_one(pipeline, file, to, options, revise)?;
    let (Archived::Written(folder) | Archived::Unchanged(folder)) = &done;
    if let Some(record_now) = records.record_of_folder(&briefing, folder) {
        uptodate::write_to(&record, &record_now).map_err(|d| vec![d])?;
    }
    Ok((done, false))
}

//! `build` and `check`: every briefing through the [`Pipeline`], in parallel; `build`
//! writes each one's documents and the record of what they were made from, `check`
//! writes nothing.

use crate::messages::{Msg, commands::Commands};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use super::{Failed, report};
use crate::batch::{self, stem};
use crate::diagnostic::{Diagnostic, shown};
use crate::documents;
use crate::output;
use crate::output::uptodate::{self, Inputs};
use crate::pipeline::{Config, Loaded, Pipeline};
use crate::progress::{Progress, Verbosity};

/// What one briefing produced.
#[derive(Default)]
pub(super) struct Outcome {
    /// Its documents were up to date: nothing was made (see [`uptodate`]).
    up_to_date: bool,
    /// Files written (empty for `check`).
    pub(super) written: Vec<PathBuf>,
    /// Warnings.
    pub(super) warnings: Vec<Diagnostic>,
    /// Reading and validating the briefing.
    load: Duration,
    /// Reading and parsing the templates (only the first briefing of a folder pays).
    parse: Duration,
    /// Rendering, compiling and exporting, per stage.
    stages: documents::Timings,
    /// Writing the files.
    write: Duration,
}

/// Builds (or, without an output folder, checks) every briefing, in parallel; `only`
/// names the documents to make (all when empty).
pub fn build(
    inputs: &[PathBuf],
    out: Option<&Path>,
    only: &[&'static str],
    config: Config,
    verbosity: Verbosity,
) -> Result<(), Failed> {
    let files = batch::briefing_files(inputs).map_err(|d| report(&d))?;
    let progress = &Progress::new(files.len(), verbosity);
    let documents = &AtomicUsize::new(0);
    let records = &Inputs::new(
        config.templates.as_deref(),
        config.fonts.as_deref(),
        config.paper,
        false,
    );
    let fresh = &AtomicUsize::new(0);
    let jobs = config.jobs;
    let pipeline = &Pipeline::new(config);
    let work = |file: &Path, threads| {
        // `check` trusts the records of `build`'s default output folder.
        let folder = out.unwrap_or(Path::new("out")).join(stem(file));
        // `--keep-typst` asks for the markup, which only a build writes.
        let config = &pipeline.config;
        if !config.force
            && !config.keep_typst
            && let Some(warnings) = records.up_to_date(file, &folder)
        {
            return Ok(Outcome {
                up_to_date: true,
                warnings,
                ..Outcome::default()
            });
        }
        records.prepare(file);
        let mut options = config.options(threads, Some(&folder));
        options.only = (!only.is_empty()).then(|| only.to_vec());
        make_one(pipeline, file, out, records, &options)
    };
    batch::run(&files, jobs, progress, work, |file, outcome, seconds| {
        progress.warnings(&outcome.warnings);
        documents.fetch_add(outcome.written.len(), Ordering::Relaxed);
        fresh.fetch_add(usize::from(outcome.up_to_date), Ordering::Relaxed);
        if progress.each() {
            announce(file, out, &outcome, seconds, verbosity.verbose);
        }
    });
    let (briefings, fresh) = (files.len(), fresh.load(Ordering::Relaxed));
    let summary = match out {
        Some(out) => Commands::Built {
            briefings,
            documents: documents.load(Ordering::Relaxed),
            folder: shown(out),
            fresh,
        },
        None => Commands::Checked { briefings, fresh },
    };
    let failed = progress.finish(summary);
    if failed == 0 { Ok(()) } else { Err(Failed) }
}

/// Makes one briefing's documents, then writes them, and the record of what they were
/// made from, when `out` is given.
fn make_one(
    pipeline: &Pipeline,
    file: &Path,
    out: Option<&Path>,
    records: &Inputs,
    options: &documents::Options,
) -> Result<Outcome, Vec<Diagnostic>> {
    let loaded = pipeline.load(file)?;
    make_loaded(&loaded, out, records, options)
}

/// Makes the documents of a loaded briefing, then writes them, all or none, and the
/// record of what they were made from, when `out` is given: what `build` does with each
/// briefing and `watch` with its one.
pub(super) fn make_loaded(
    loaded: &Loaded,
    out: Option<&Path>,
    records: &Inputs,
    options: &documents::Options,
) -> Result<Outcome, Vec<Diagnostic>> {
    let made = loaded.make(options)?;
    let begun = Instant::now();
    let written = match out {
        Some(out) => {
            let folder = out.join(loaded.briefing.source.stem());
            let written = output::write_all(&folder, &made.artifacts).map_err(|d| vec![d])?;
            // A partial run (`--only`) leaves the record of the last whole one alone.
            if options.only.is_none()
                && let Some(record) =
                    records.record(&loaded.briefing, &made.artifacts, &made.warnings)
            {
                uptodate::write(&folder, &record).map_err(|d| vec![d])?;
            }
            written
        }
        None => Vec::new(),
    };
    Ok(Outcome {
        up_to_date: false,
        written,
        warnings: made.warnings,
        load: loaded.load,
        parse: loaded.parse,
        stages: made.timings,
        write: begun.elapsed(),
    })
}

/// Prints what one briefing produced; where its time went only when `verbose`.
fn announce(file: &Path, out: Option<&Path>, outcome: &Outcome, seconds: f64, verbose: bool) {
    if outcome.up_to_date {
        let folder = out.unwrap_or(Path::new("out")).join(stem(file));
        let line = Commands::UpToDate {
            file: shown(file),
            folder: shown(&folder),
        };
        println!("{}", Msg::from(line));
        return;
    }
    match out {
        Some(_) => {
            for path in &outcome.written {
                println!("{}", Msg::from(Commands::Wrote { path: shown(path) }));
            }
            if !verbose {
                return;
            }
            let t = &outcome.stages;
            eprintln!(
                "{}: {} files in {:.0} ms (load {:.1} ms, parse templates {:.1} ms, render {:.1} ms, compile {:.1} ms, pdf {:.1} ms, write {:.1} ms; stage times are summed over the documents' threads)",
                shown(file),
                outcome.written.len(),
                seconds * 1000.0,
                ms(outcome.load),
                ms(outcome.parse),
                ms(t.templates),
                ms(t.compile),
                ms(t.export),
                ms(outcome.write),
            );
        }
        None => println!("{}", Msg::from(Commands::CheckedOk { file: shown(file) })),
    }
}

/// A duration in milliseconds.
fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

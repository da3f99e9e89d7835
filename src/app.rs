//! Running the commands: find the briefings, make each one's documents (in parallel,
//! one failure not stopping the others), write them, and report.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::archive;
use crate::cli::{BuildOptions, Cli, Command, TemplatesCommand};
use crate::diagnostic::Diagnostic;
use crate::documents::{self, Options};
use crate::model;
use crate::output;
use crate::progress::{Progress, Verbosity, plural};
use crate::render::{Renderer, Renderers};
use crate::templates;
use crate::uptodate::{self, Inputs};

/// The run failed; every reason has been printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failed;

/// Runs one command line; diagnostics and progress go to stderr, results to stdout.
pub fn run(cli: &Cli) -> Result<(), Failed> {
    crate::diagnostic::quiet_panics();
    if let Command::Build { options, .. }
    | Command::Check { options, .. }
    | Command::Archive { options, .. }
    | Command::Watch { options, .. }
    | Command::Mail { options, .. } = &cli.command
    {
        limit_threads(options.jobs());
        crate::memory::watch(options.max_memory);
        crate::typeset::check_source_date_epoch().map_err(|d| report(&[d]))?;
    }
    let verbosity = Verbosity {
        quiet: cli.quiet,
        verbose: cli.verbose,
    };
    match &cli.command {
        Command::Build {
            inputs,
            output,
            only,
            options,
        } => make_all(inputs, Some(output), only, options, verbosity),
        Command::Check { inputs, options } => make_all(inputs, None, &[], options, verbosity),
        Command::Archive {
            inputs,
            to,
            options,
        } => archive_all(inputs, to, options, verbosity),
        Command::Verify { dir, repair } => verify(dir, *repair, verbosity),
        Command::Report {
            archive,
            from,
            to,
            programme,
            output,
            csv,
            templates,
            paper,
            fonts,
        } => {
            let filter = crate::report::Filter {
                from: *from,
                to: *to,
                programme: programme.clone(),
            };
            let to = crate::report::Outputs {
                pdf: output,
                csv: csv.as_deref(),
                templates: templates.as_deref(),
                paper: *paper,
                fonts: fonts.as_deref(),
            };
            report_command(archive, &filter, to, verbosity)
        }
        Command::Extract { file, output: None } => extract(file),
        Command::Extract {
            file,
            output: Some(dir),
        } => restore(file, dir, verbosity),
        Command::Templates(TemplatesCommand::List { inputs, templates }) => {
            list_templates(inputs, templates.as_deref())
        }
        Command::Templates(TemplatesCommand::Vars { template }) => {
            let text = match template {
                Some(name) => {
                    let (file, text) = templates::find_builtin(name).map_err(|d| report(&[d]))?;
                    Some((file, text))
                }
                None => None,
            };
            let partials: Vec<String> = templates::builtin()
                .into_iter()
                .filter(|t| t.name.starts_with("partials/"))
                .map(|t| t.name)
                .collect();
            print!("{}", crate::variables::describe(text, &partials));
            Ok(())
        }
        Command::Init { dir } => {
            let path = crate::init::init(dir).map_err(|d| report(&[d]))?;
            if !verbosity.quiet {
                println!("wrote {}", crate::diagnostic::shown(&path));
                if crate::init::named_by_default(dir) {
                    eprintln!(
                        "the file's name becomes the name of its output and archive folders: \
                         rename it after the event and date (for example riga-2027-03-18.toml), \
                         or give the name: `presskit init {}`",
                        crate::diagnostic::shown(&dir.join("riga-2027-03-18.toml"))
                    );
                }
                eprintln!(
                    "next: edit it, then `presskit build {}` (or `presskit watch {}`)",
                    crate::diagnostic::shown(&path),
                    crate::diagnostic::shown(&path)
                );
            }
            Ok(())
        }
        Command::Watch {
            input,
            output,
            options,
        } => crate::watch::watch(input, output, options, verbosity.quiet).map_err(|d| report(&d)),
        Command::Mail {
            briefing,
            media_list,
            output,
            attach_kit,
            options,
        } => {
            let done =
                mail(briefing, media_list, output, *attach_kit, options).map_err(|d| report(&d))?;
            if !verbosity.quiet {
                crate::diagnostic::eprint(&done.warnings);
                println!(
                    "wrote {} draft{} into {}",
                    done.drafts,
                    plural(done.drafts),
                    done.folder.display()
                );
            }
            Ok(())
        }
        Command::Import {
            what,
            file,
            into,
            dry_run,
            map,
        } => {
            let done = crate::import::run(*what, file, into, map).map_err(|d| report(&d))?;
            if !verbosity.quiet {
                crate::diagnostic::eprint(&done.warnings);
            }
            if *dry_run {
                print!("{}", done.diff);
            } else if done.added + done.filled > 0 {
                output::write_atomic(into, &done.bytes()).map_err(|d| report(&[d]))?;
            }
            if !verbosity.quiet {
                eprintln!("{}", crate::import::summary(&done, into, *dry_run));
            }
            Ok(())
        }
        Command::Completions { shell } => {
            use clap::CommandFactory;
            let mut command = Cli::command();
            clap_complete::generate(*shell, &mut command, "presskit", &mut std::io::stdout());
            Ok(())
        }
        Command::Templates(TemplatesCommand::Eject { dir, name }) => {
            let written = match name {
                Some(name) => templates::eject_one(dir, name).map(|p| vec![p]),
                None => templates::eject(dir),
            }
            .map_err(|d| report(&[d]))?;
            if !verbosity.quiet {
                for path in written {
                    println!("wrote {}", crate::diagnostic::shown(&path));
                }
                eprintln!("{}", after_eject(dir));
            }
            Ok(())
        }
    }
}

/// `templates list`: the built-in templates, or, for briefings given, where each of
/// their templates comes from.
fn list_templates(inputs: &[PathBuf], option: Option<&Path>) -> Result<(), Failed> {
    let name_of = |t: &templates::Template| format!("{}{}", t.name, t.output.extension());
    if inputs.is_empty() {
        for t in templates::builtin() {
            println!("{}", name_of(&t));
        }
        return Ok(());
    }
    let files = briefing_files(inputs).map_err(|d| report(&d))?;
    // Briefings that share a templates folder are listed together.
    let mut groups: Vec<(Option<PathBuf>, Vec<&PathBuf>)> = Vec::new();
    for file in &files {
        let folder = match file.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let user = templates::user_folder(option, &folder);
        match groups.iter_mut().find(|(f, _)| *f == user) {
            Some((_, members)) => members.push(file),
            None => groups.push((user, vec![file])),
        }
    }
    for (folder, members) in groups {
        let names: Vec<String> = members.iter().map(|f| f.display().to_string()).collect();
        println!("{}:", names.join(", "));
        let resolved = templates::resolve(folder.as_deref()).map_err(|d| report(&[d]))?;
        let width = resolved.iter().map(|t| name_of(t).len()).max().unwrap_or(0);
        let whence = if option.is_some() {
            "from --templates"
        } else {
            "from templates/ beside the briefing"
        };
        for t in &resolved {
            let origin = if t.file.starts_with("(built-in) templates") {
                "built-in".to_string()
            } else {
                format!("{whence}: {}", t.file.display())
            };
            println!("  {:width$}  {origin}", name_of(t));
        }
    }
    Ok(())
}

/// What to do with ejected templates: they are used without an option only from a
/// `templates/` folder beside the briefing files.
fn after_eject(dir: &Path) -> String {
    let folder = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let beside = dir.ends_with("templates")
        && briefing_files(&[folder.to_path_buf()]).is_ok_and(|files| !files.is_empty());
    if beside {
        format!(
            "next: edit them; the briefings in {} use them from now on",
            crate::diagnostic::shown(folder)
        )
    } else {
        format!(
            "next: edit them, then `presskit build --templates {}` (a `templates/` folder \
             beside the briefing files is used without the option)",
            crate::diagnostic::shown(dir)
        )
    }
}

/// Bounds the threads that compute to `jobs`: ours (see [`in_parallel`]) and the pool
/// that Typst lays out page runs on and that parses templates, so that `--jobs 1` really
/// computes on one core. The pool can be sized once per process; a second call (tests
/// that run several commands in one process) keeps the first size.
fn limit_threads(jobs: usize) {
    let _ = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("presskit layout {i}"))
        .build_global();
}

/// Prints diagnostics to stderr and returns the failure.
fn report(diagnostics: &[Diagnostic]) -> Failed {
    crate::diagnostic::eprint(diagnostics);
    Failed
}

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
                        crate::input::kind_of(&meta)
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

/// What one briefing produced.
#[derive(Default)]
struct Outcome {
    /// Its documents were up to date: nothing was made (see [`uptodate`]).
    up_to_date: bool,
    /// Files written (empty for `check`).
    written: Vec<PathBuf>,
    /// Warnings.
    warnings: Vec<Diagnostic>,
    /// Reading and validating the briefing.
    load: Duration,
    /// Reading and parsing the templates (only the first briefing of a folder pays).
    parse: Duration,
    /// Rendering, compiling and exporting, per stage.
    stages: documents::Timings,
    /// Writing the files.
    write: Duration,
}

/// Builds (or, without an output folder, checks) every briefing, in parallel.
fn make_all(
    inputs: &[PathBuf],
    out: Option<&Path>,
    only: &[&'static str],
    options: &BuildOptions,
    verbosity: Verbosity,
) -> Result<(), Failed> {
    let files = briefing_files(inputs).map_err(|d| report(&d))?;
    let progress = &Progress::new(files.len(), verbosity);
    let documents = &AtomicUsize::new(0);
    let renderers = &Renderers::new(options.templates.as_deref());
    let inputs = &Inputs::new(
        options.templates.as_deref(),
        options.fonts.as_deref(),
        options.paper,
        false,
    );
    let fresh = &AtomicUsize::new(0);
    in_parallel(&files, options.jobs(), |file, threads| {
        let begun = Instant::now();
        let result = guarded(file, || {
            // `check` trusts the records of `build`'s default output folder.
            let folder = out.unwrap_or(Path::new("out")).join(stem(file));
            // `--keep-typst` asks for the markup, which only a build writes.
            if !options.force
                && !options.keep_typst
                && let Some(warnings) = inputs.up_to_date(file, &folder)
            {
                return Ok(Outcome {
                    up_to_date: true,
                    warnings,
                    ..Outcome::default()
                });
            }
            inputs.prepare(file);
            let keep_typst = options.keep_typst.then(|| folder.join("typst"));
            let mut options = document_options(options, threads);
            options.only = (!only.is_empty()).then(|| only.to_vec());
            options.keep_typst = keep_typst;
            make_one(file, out, renderers, inputs, &options)
        });
        move || {
            progress.done(file, result, |outcome| {
                progress.warnings(&outcome.warnings);
                documents.fetch_add(outcome.written.len(), Ordering::Relaxed);
                fresh.fetch_add(usize::from(outcome.up_to_date), Ordering::Relaxed);
                if progress.each() {
                    let seconds = begun.elapsed().as_secs_f64();
                    announce(file, out, &outcome, seconds, verbosity.verbose);
                }
            });
        }
    });
    let verb = if out.is_some() { "built" } else { "checked" };
    let docs = out.map_or_else(String::new, |out| {
        format!(
            ", {} documents in {}/",
            documents.load(Ordering::Relaxed),
            crate::diagnostic::shown(out)
        )
    });
    let n = files.len();
    let fresh = match fresh.load(Ordering::Relaxed) {
        0 => String::new(),
        fresh => format!(", {fresh} up to date"),
    };
    let failed = progress.finish(&format!("{verb} {n} briefing{}{docs}{fresh}", plural(n)));
    if failed == 0 { Ok(()) } else { Err(Failed) }
}

/// Runs `work` on every file on up to `jobs` threads, telling it how many threads the
/// file's documents may use: the threads left over when there are fewer files than jobs,
/// so that all of them together never exceed `jobs`. `work` returns what to do once it is
/// done; that runs under a lock, so reports of two briefings never interleave. Typst's
/// memo cache is trimmed after each briefing, so memory stays flat.
fn in_parallel<'f, R: FnOnce()>(
    files: &'f [PathBuf],
    jobs: usize,
    work: impl Fn(&'f Path, usize) -> R + Sync,
) {
    let print = Mutex::new(());
    let threads = document_threads(jobs, files.len());
    crate::pool::map(files, jobs, |file| {
        let finish = work(file, threads);
        // Distinct briefings share little: keep only the entries used since the last
        // eviction, which covers whatever the other workers are typesetting now.
        typst::comemo::evict(1);
        let _lock = print.lock();
        finish();
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

/// Archives every briefing, then rebuilds the archive's index.
fn archive_all(
    inputs: &[PathBuf],
    to: &Path,
    options: &BuildOptions,
    verbosity: Verbosity,
) -> Result<(), Failed> {
    let files = briefing_files(inputs).map_err(|d| report(&d))?;
    let progress = &Progress::new(files.len(), verbosity);
    let (written, unchanged) = (&AtomicUsize::new(0), &AtomicUsize::new(0));
    let renderers = &Renderers::new(options.templates.as_deref());
    let inputs = &Inputs::new(
        options.templates.as_deref(),
        options.fonts.as_deref(),
        options.paper,
        true,
    );
    let fresh = &AtomicUsize::new(0);
    in_parallel(&files, options.jobs(), |file, threads| {
        let result = guarded(file, || {
            archive_unless_up_to_date(file, to, renderers, inputs, options, threads)
        });
        move || {
            progress.done(file, result, |done| {
                let (count, line) = match done {
                    (archive::Archived::Unchanged(dir), true) => {
                        fresh.fetch_add(1, Ordering::Relaxed);
                        (
                            unchanged,
                            format!(
                                "{} is already archived, unchanged, in {} (up to date)",
                                file.display(),
                                dir.display()
                            ),
                        )
                    }
                    (archive::Archived::Written(dir), _) => (
                        written,
                        format!(
                            "archived {} into {}",
                            crate::diagnostic::shown(file),
                            crate::diagnostic::shown(&dir)
                        ),
                    ),
                    (archive::Archived::Unchanged(dir), false) => (
                        unchanged,
                        format!(
                            "{} is already archived, unchanged, in {}",
                            crate::diagnostic::shown(file),
                            crate::diagnostic::shown(&dir)
                        ),
                    ),
                };
                count.fetch_add(1, Ordering::Relaxed);
                if progress.each() {
                    println!("{line}");
                }
            });
        }
    });
    let index = if to.is_dir() {
        if !verbosity.quiet {
            warn_of_leftovers(to);
        }
        // Looked up like every template: --templates, else templates/ beside the
        // (first) briefing, else built in.
        let folder = files.first().and_then(|file| {
            let beside = file
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            templates::user_folder(options.templates.as_deref(), beside)
        });
        let now = inputs.index_now(to);
        if !options.force && inputs.index_up_to_date(to, &now) {
            if !verbosity.quiet {
                println!(
                    "{} is up to date",
                    crate::diagnostic::shown(&to.join(archive::INDEX))
                );
            }
            Ok(())
        } else {
            Renderer::from_folder(folder.as_deref(), templates::Use::Index)
                .and_then(|renderer| {
                    let index_options = archive::IndexOptions {
                        paper: options.paper,
                        timeout: options.timeout(),
                    };
                    archive::rebuild_index(to, &renderer, index_options)
                })
                .and_then(|(path, warnings)| {
                    inputs.record_index(to, now).map_err(|d| vec![d])?;
                    progress.warnings(&warnings);
                    if !verbosity.quiet {
                        println!("wrote {}", crate::diagnostic::shown(&path));
                    }
                    Ok(())
                })
                .map_err(|d| report(&d))
        }
    } else {
        Ok(())
    };
    let n = files.len();
    let fresh = match fresh.load(Ordering::Relaxed) {
        0 => String::new(),
        fresh => format!(" ({fresh} up to date)"),
    };
    let failed = progress.finish(&format!(
        "archived {n} briefing{} into {}: {} new, {} already archived{fresh}",
        plural(n),
        crate::diagnostic::shown(to),
        written.load(Ordering::Relaxed),
        unchanged.load(Ordering::Relaxed),
    ));
    index?;
    if failed == 0 { Ok(()) } else { Err(Failed) }
}

/// Archives one briefing, unless its archived folder is up to date by its record (in
/// the archive's [`uptodate::ARCHIVE_RECORDS`]); then records what it was made from.
/// The flag says whether it was up to date.
fn archive_unless_up_to_date(
    file: &Path,
    to: &Path,
    renderers: &Renderers,
    inputs: &Inputs,
    options: &BuildOptions,
    threads: usize,
) -> Result<(archive::Archived, bool), Vec<Diagnostic>> {
    let folder = to.join(stem(file));
    let record = uptodate::archive_record(to, &stem(file));
    if !options.force && inputs.up_to_date_by(file, &record, &folder).is_some() {
        return Ok((archive::Archived::Unchanged(folder), true));
    }
    inputs.prepare(file);
    // Digested before `archive_one` reads the briefing again: an edit in between makes
    // the next run archive (and find it changed) rather than skip.
    let briefing = model::load(file)?;
    let done = archive::archive_one(file, to, renderers, document_options(options, threads))?;
    if let Some(record_now) = inputs.record_of_folder(&briefing, &folder) {
        uptodate::write_to(&record, &record_now).map_err(|d| vec![d])?;
    }
    Ok((done, false))
}

/// Checks every folder of an archive against its manifest.
fn verify(dir: &Path, repair: bool, verbosity: Verbosity) -> Result<(), Failed> {
    let folders = archive::briefing_folders(dir).map_err(|d| report(&[d]))?;
    if folders.is_empty() {
        return Err(report(&[Diagnostic::error(
            dir,
            "no archived briefing here",
        )]));
    }
    let (mut intact, mut damaged, mut repaired) = (0, 0, 0);
    let mut errors = Vec::new();
    for folder in &folders {
        let shown = crate::diagnostic::shown(folder);
        match archive::verify_briefing(folder) {
            Ok(_) => {
                intact += 1;
                if verbosity.verbose {
                    println!("ok {shown}");
                }
            }
            Err(_) if repair => {
                let done = crate::repair::repair(folder);
                for path in &done.restored {
                    println!("restored {}", crate::diagnostic::shown(path));
                }
                match archive::verify_briefing(folder) {
                    Ok(_) if !done.restored.is_empty() => {
                        repaired += 1;
                        intact += 1;
                    }
                    Ok(_) => intact += 1,
                    Err(still) => {
                        damaged += 1;
                        errors.extend(if done.failures.is_empty() {
                            still
                        } else {
                            done.failures
                        });
                    }
                }
            }
            Err(problems) => {
                damaged += 1;
                errors.extend(problems);
            }
        }
    }
    if let Err(e) = archive::verify_index(dir) {
        errors.push(e);
    }
    crate::diagnostic::eprint(&errors);
    if !verbosity.quiet {
        warn_of_leftovers(dir);
        let n = folders.len();
        let repaired = if repair {
            format!(", {repaired} repaired")
        } else {
            String::new()
        };
        println!(
            "verified {n} briefing{}: {intact} intact, {damaged} damaged{repaired}",
            plural(n)
        );
        if damaged > 0 && !repair {
            eprintln!(
                "next: `presskit verify --repair` restores what the intact PDFs of each folder can rebuild"
            );
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Failed)
    }
}

/// `report`: the report of the archive's briefings that `filter` keeps, as PDF and, when
/// asked, CSV; nothing is written unless both can be.
fn report_command(
    archive: &Path,
    filter: &crate::report::Filter,
    to: crate::report::Outputs,
    verbosity: Verbosity,
) -> Result<(), Failed> {
    use crate::report;
    let (pdf, csv) = (to.pdf, to.csv);
    if !archive.is_dir() {
        return Err(report(&[Diagnostic::error(
            archive,
            "no archive here: not a folder",
        )
        .with_hint(
            "`presskit archive` makes one; give its folder (default `archive`)",
        )]));
    }
    let (all, warnings) = report::catalogue(archive).map_err(|d| report(&d))?;
    if !verbosity.quiet {
        crate::diagnostic::eprint(&warnings);
    }
    let kept: Vec<&model::Briefing> = all
        .iter()
        .map(|a| &a.briefing)
        .filter(|b| filter.keeps(b))
        .collect();
    if kept.is_empty() {
        let mut asked = Vec::new();
        if let Some(from) = filter.from {
            asked.push(format!("from {from}"));
        }
        if let Some(to) = filter.to {
            asked.push(format!("to {to}"));
        }
        if let Some(p) = &filter.programme {
            asked.push(format!("naming the programme or funder `{p}`"));
        }
        let message = if all.is_empty() {
            "no archived briefing here that verifies".to_string()
        } else if asked.is_empty() {
            "no briefing to report on".to_string()
        } else {
            format!(
                "no archived briefing {}: the report would be empty, so nothing was written",
                asked.join(", ")
            )
        };
        return Err(report(&[Diagnostic::error(archive, message).with_hint(
            format!(
                "the archive holds {} briefing{} that verif{}; widen the period or the programme",
                all.len(),
                plural(all.len()),
                if all.len() == 1 { "ies" } else { "y" }
            ),
        )]));
    }
    let renderer =
        Renderer::from_folder(to.templates, templates::Use::Report).map_err(|d| report(&d))?;
    let bytes =
        report::pdf(&kept, &renderer, to, Duration::from_secs(120)).map_err(|d| report(&d))?;
    let table = csv.map(|_| {
        let locale = report::language(&kept).locale();
        let rows = report::indicator_rows(
            &crate::indicators::compute(&kept),
            locale,
            report::Numbers::Plain,
        );
        report::csv(&rows, &locale.words)
    });
    output::write_atomic(pdf, &bytes).map_err(|d| report(&[d]))?;
    if let (Some(path), Some(table)) = (csv, table) {
        output::write_atomic(path, &table).map_err(|d| report(&[d]))?;
    }
    if !verbosity.quiet {
        println!("wrote {}", crate::diagnostic::shown(pdf));
        if let Some(path) = csv {
            println!("wrote {}", crate::diagnostic::shown(path));
        }
        eprintln!(
            "reported on {} briefing{} of {} archived",
            kept.len(),
            plural(kept.len()),
            all.len()
        );
    }
    Ok(())
}

/// Warns of the folders that interrupted `archive` runs left in `archive`.
fn warn_of_leftovers(archive: &Path) {
    let warnings: Vec<Diagnostic> = archive::leftovers(archive)
        .into_iter()
        .map(|folder| {
            let warning =
                Diagnostic::error(&folder, "left by an `archive` run that was interrupted")
                    .warning();
            // Never invite deleting what may be the only archived copy of a briefing.
            match archive::complete_leftover(&folder) {
                Some(stem) if !archive.join(&stem).exists() => warning.with_hint(format!(
                    "it holds a complete copy of `{stem}`, which verifies, and the archive has no `{stem}` folder: rename it to `{stem}` to keep it"
                )),
                _ => warning.with_hint("it is not part of the archive, and can be deleted"),
            }
        })
        .collect();
    crate::diagnostic::eprint(&warnings);
}

/// Restores every file attached to an archived PDF into `dir`, all or none, refusing
/// names that would leave it and files that exist.
fn restore(file: &Path, dir: &Path, verbosity: Verbosity) -> Result<(), Failed> {
    let pdf = archive::read_pdf(file).map_err(|d| report(&[d]))?;
    let attached = archive::attachments(&pdf).map_err(|e| report(&[Diagnostic::error(file, e)]))?;
    let mut errors = Vec::new();
    let mut artifacts = Vec::new();
    for (name, bytes) in attached {
        if !crate::sources::safe_name(&name) {
            errors.push(Diagnostic::error(
                file,
                format!("an attachment is named `{name}`, which would leave the folder; nothing restored"),
            ));
        } else if dir.join(&name).exists() {
            errors.push(
                Diagnostic::error(
                    dir.join(&name),
                    "already exists; presskit does not overwrite it",
                )
                .with_hint("restore into an empty folder"),
            );
        } else {
            artifacts.push(output::Artifact {
                name: name.into(),
                bytes,
            });
        }
    }
    if artifacts.is_empty() && errors.is_empty() {
        errors.push(Diagnostic::error(
            file,
            "the PDF carries no attached source file",
        ));
    }
    if !errors.is_empty() {
        return Err(report(&errors));
    }
    let written = output::write_all(dir, &artifacts).map_err(|d| report(&[d]))?;
    if !verbosity.quiet {
        for path in &written {
            println!("wrote {}", crate::diagnostic::shown(path));
        }
        if let Some(briefing) = written
            .iter()
            .find(|p| p.extension().is_some_and(|e| e == "toml"))
        {
            eprintln!(
                "next: `presskit archive {}` makes the same archived PDFs again, byte for byte, with presskit {}",
                crate::diagnostic::shown(briefing),
                env!("CARGO_PKG_VERSION")
            );
        }
    }
    Ok(())
}

/// Writes the briefing attached to an archived PDF to stdout, byte for byte.
fn extract(file: &Path) -> Result<(), Failed> {
    use std::io::Write;
    let pdf = archive::read_pdf(file).map_err(|d| report(&[d]))?;
    let (_, bytes) = archive::extract(&pdf).map_err(|e| {
        report(&[Diagnostic::error(file, e).with_hint(
            "only the archived copies (`presskit archive`) carry their briefing; `build` output does not",
        )])
    })?;
    std::io::stdout()
        .write_all(&bytes)
        .map_err(|e| report(&[Diagnostic::error("stdout", e.to_string())]))
}

/// Prints what one briefing produced; where its time went only when `verbose`.
fn announce(file: &Path, out: Option<&Path>, outcome: &Outcome, seconds: f64, verbose: bool) {
    if outcome.up_to_date {
        let folder = out.unwrap_or(Path::new("out")).join(stem(file));
        println!("{}: up to date in {}", file.display(), folder.display());
        return;
    }
    match out {
        Some(_) => {
            for path in &outcome.written {
                println!("wrote {}", crate::diagnostic::shown(path));
            }
            if !verbose {
                return;
            }
            let t = &outcome.stages;
            eprintln!(
                "{}: {} files in {:.0} ms (load {:.1} ms, parse templates {:.1} ms, render {:.1} ms, compile {:.1} ms, pdf {:.1} ms, write {:.1} ms; stage times are summed over the documents' threads)",
                crate::diagnostic::shown(file),
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
        None => println!("{}: ok", crate::diagnostic::shown(file)),
    }
}

/// A duration in milliseconds.
fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// How the documents of a briefing are made: as the options say, on `threads` threads.
fn document_options(options: &BuildOptions, threads: usize) -> Options {
    Options {
        paper: options.paper,
        archival: false,
        timeout: Some(options.timeout()),
        threads,
        only: None,
        keep_typst: None,
        fonts: options.fonts.clone(),
    }
}

/// The name of a briefing's output folder: its file name without `.toml`.
fn stem(file: &Path) -> String {
    file.file_stem()
        .map_or_else(|| "briefing".into(), |s| s.to_string_lossy().into())
}

/// Loads, renders and typesets one briefing, then writes it, and the record of what it
/// was made from, when `out` is given.
fn make_one(
    file: &Path,
    out: Option<&Path>,
    renderers: &Renderers,
    inputs: &Inputs,
    options: &Options,
) -> Result<Outcome, Vec<Diagnostic>> {
    let begun = Instant::now();
    let briefing = model::load_with_fonts(file, options.fonts.as_deref())?;
    // A test hook of debug builds, absent from release builds: a bug (a panic) while
    // making the briefing named by `PRESSKIT_TEST_PANIC`, to test that it stops no other.
    #[cfg(debug_assertions)]
    if std::env::var("PRESSKIT_TEST_PANIC").is_ok_and(|stem| stem == briefing.source.stem()) {
        panic!("a test panic while making {}", briefing.source.stem());
    }
    let load = begun.elapsed();
    let begun = Instant::now();
    let renderer = renderers.for_briefing(&briefing.source.folder())?;
    let parse = begun.elapsed();
    let made = documents::make(&briefing, &renderer, options)?;
    let begun = Instant::now();
    let written = match out {
        Some(out) => {
            let folder = out.join(briefing.source.stem());
            let written = output::write_all(&folder, &made.artifacts).map_err(|d| vec![d])?;
            // A partial run (`--only`) leaves the record of the last whole one alone.
            if options.only.is_none()
                && let Some(record) = inputs.record(&briefing, &made.artifacts, &made.warnings)
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
        load,
        parse,
        stages: made.timings,
        write: begun.elapsed(),
    })
}

/// What `mail` wrote.
struct Mailed {
    /// How many drafts.
    drafts: usize,
    /// The folder they are in.
    folder: PathBuf,
    /// Warnings about the media list and the briefing.
    warnings: Vec<Diagnostic>,
}

/// Writes one draft per journalist of `media_list` into `out/<stem>/mail/`, all or none.
fn mail(
    file: &Path,
    media_list: &Path,
    out: &Path,
    attach_kit: bool,
    options: &BuildOptions,
) -> Result<Mailed, Vec<Diagnostic>> {
    use crate::mail;
    let briefing = model::load(file)?;
    let Some(release) = briefing.release.as_ref() else {
        return Err(vec![
            briefing
                .source
                .error_at(
                    0..0,
                    "this briefing has no [release] yet; the drafts carry the release",
                )
                .with_hint("write the [release] (headline and body) first"),
        ]);
    };
    let from = mail::sender(&briefing).map_err(|d| vec![d])?;
    let language = briefing.event.language;
    let list = mail::media_list(
        &crate::sheet::read(media_list).map_err(|d| vec![d])?,
        language,
    )?;
    let renderer = Renderer::for_briefing(options.templates.as_deref(), &briefing.source.folder())?;
    let mut only = vec!["press-release"];
    if attach_kit {
        only.push("press-kit");
    }
    let made = documents::make(
        &briefing,
        &renderer,
        &Options {
            only: Some(only),
            ..document_options(options, options.jobs())
        },
    )?;
    let file_of = |name: &str| {
        made.artifacts
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.bytes.as_slice())
    };
    let context = crate::context::printed(&briefing, options.paper);
    let words = &language.locale().words;
    let printed = |key: &str| {
        context["release"][key]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    // In capitals in English, as newsrooms expect; as printed in Russian and Kazakh,
    // whose `г.` stays in lower case.
    let embargo = release.embargo.map(|_| match language {
        crate::locale::Language::En => printed("timing").to_uppercase(),
        _ => printed("timing"),
    });
    let headline = printed("headline");
    let subject = match &embargo {
        Some(embargo) => format!("{embargo} | {}: {headline}", words.press_release),
        None => format!("{}: {headline}", words.press_release),
    };
    let text =
        String::from_utf8_lossy(file_of("press-release.txt").unwrap_or_default()).into_owned();
    let mut attachments = vec![(
        "press-release.pdf",
        file_of("press-release.pdf").unwrap_or_default(),
    )];
    if attach_kit {
        attachments.push((
            "press-kit.pdf",
            file_of("press-kit.pdf").unwrap_or_default(),
        ));
    }
    let shared = mail::Release {
        from,
        subject,
        embargo,
        text: &text,
        attachments,
        date: mail::date(briefing.event.date),
    };
    let count = list.recipients.len();
    let mut drafts = Vec::with_capacity(count);
    for (i, recipient) in list.recipients.iter().enumerate() {
        let greeting = mail::greeting(recipient, language);
        let page = crate::context::WebPage::new(&context, &briefing, Some(greeting.clone()));
        let html = renderer
            .render("press-release", crate::templates::Output::Html, &page)
            .map_err(|d| vec![d])?;
        drafts.push((
            mail::file_name(i, count, &recipient.email),
            mail::draft(&shared, recipient, &greeting, &html),
        ));
    }
    let folder = out.join(briefing.source.stem());
    output::write_all(&folder, &mail::artifacts(drafts)).map_err(|d| vec![d])?;
    let mut warnings = list.warnings;
    warnings.extend(made.warnings);
    Ok(Mailed {
        drafts: count,
        folder: folder.join("mail"),
        warnings,
    })
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

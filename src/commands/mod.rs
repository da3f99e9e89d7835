//! The commands: the command line is read once (its shared options into a
//! [`Config`]), then handed to the one module of its command.
//! Each command module owns its command's body and its lines of output; what commands
//! share lives in the pipeline ([`crate::pipeline`]), the batch runner ([`crate::batch`])
//! and the stages below them.

mod archive;
mod build;
mod extract;
mod import;
mod init;
mod mail;
mod report;
mod templates;
mod translate;
mod upgrade;
mod verify;
pub mod watch;

use crate::cli::{BuildOptions, Cli, Command, TemplatesCommand};
use crate::diagnostic::Diagnostic;
use crate::pipeline::Config;
use crate::progress::Verbosity;

/// The run failed; every reason has been printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failed;

/// Runs one command line; diagnostics and progress go to stderr, results to stdout.
pub fn run(cli: &Cli) -> Result<(), Failed> {
    crate::diagnostic::quiet_panics();
    // Every command, typesetting or reading what users give, runs within the limit.
    crate::memory::watch(cli.max_memory);
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
        } => build::build(inputs, Some(output), only, setup(options)?, verbosity),
        Command::Check { inputs, options } => {
            build::build(inputs, None, &[], setup(options)?, verbosity)
        }
        Command::Archive {
            inputs,
            to,
            revise,
            options,
        } => archive::archive(inputs, to, *revise, setup(options)?, verbosity),
        Command::Verify {
            dir,
            repair,
            timeout,
        } => verify::verify(dir, *repair, &Config::verifying(timeout), verbosity),
        Command::Report {
            archive,
            from,
            to,
            programme,
            output,
            csv,
            xlsx,
            narrative,
            prepared_by,
            prepared_on,
            typesetting,
            language,
        } => {
            let config = Config::typesetting(typesetting);
            let filter = crate::documents::report::Filter {
                from: *from,
                to: *to,
                programme: programme.clone(),
            };
            let narrative = match narrative {
                Some(file) => {
                    let (blocks, warnings) =
                        crate::documents::narrative::read(file).map_err(|d| report(&[d]))?;
                    if !verbosity.quiet {
                        crate::diagnostic::eprint(&warnings);
                    }
                    blocks
                }
                None => Vec::new(),
            };
            let to = crate::documents::report::Outputs {
                pdf: output,
                csv: csv.as_deref(),
                xlsx: xlsx.as_deref(),
                paper: config.paper,
                fonts: config.fonts.as_deref(),
                language: *language,
                narrative: &narrative,
                prepared_by: prepared_by.as_deref(),
                prepared_on: *prepared_on,
            };
            report::report(archive, &filter, to, &config, verbosity)
        }
        Command::Extract { file, output: None } => extract::extract(file),
        Command::Extract {
            file,
            output: Some(dir),
        } => extract::restore(file, dir, verbosity),
        Command::Templates(TemplatesCommand::List { inputs, templates }) => {
            templates::list(inputs, templates.as_deref())
        }
        Command::Templates(TemplatesCommand::Vars { template }) => {
            templates::vars(template.as_deref())
        }
        Command::Templates(TemplatesCommand::Eject { dir, name }) => {
            templates::eject(dir, name.as_deref(), verbosity)
        }
        Command::Init {
            dir,
            language,
            translation,
        } => init::init(dir, *language, translation, verbosity),
        Command::Translate { briefing, to } => translate::translate(briefing, to, verbosity),
        Command::Upgrade { files } => upgrade::upgrade(files, verbosity),
        Command::Watch {
            input,
            output,
            options,
        } => watch::watch(input, output, setup(options)?, verbosity.quiet).map_err(|d| report(&d)),
        Command::Mail {
            briefing,
            media_list,
            output,
            attach_kit,
            options,
        } => mail::mail(
            briefing,
            media_list,
            output,
            *attach_kit,
            setup(options)?,
            verbosity,
        ),
        Command::Import {
            what,
            file,
            into,
            dry_run,
            map,
            sign_in,
        } => {
            if *sign_in && *what != crate::input::import::What::Attendance {
                use clap::CommandFactory;
                Cli::command()
                    .error(
                        clap::error::ErrorKind::ArgumentConflict,
                        "--sign-in is for `import attendance`: a sign-in sheet records who came",
                    )
                    .exit();
            }
            import::import(*what, file, into, *dry_run, map, *sign_in, verbosity)
        }
        Command::Completions { shell } => {
            use clap::CommandFactory;
            let mut command = Cli::command();
            clap_complete::generate(*shell, &mut command, "presskit", &mut std::io::stdout());
            Ok(())
        }
    }
}

/// Reads the options of a command that makes documents into the run's configuration,
/// and sets the run up by it: threads and the documents' date.
fn setup(options: &BuildOptions) -> Result<Config, Failed> {
    let config = Config::new(options);
    limit_threads(config.jobs);
    crate::typeset::check_source_date_epoch().map_err(|d| report(&[d]))?;
    Ok(config)
}

/// Bounds the threads that compute to `jobs`: ours (see [`crate::batch::run`]) and the
/// pool that Typst lays out page runs on and that parses templates, so that `--jobs 1`
/// really computes on one core. The pool can be sized once per process; a second call
/// (tests that run several commands in one process) keeps the first size.
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

//! The command line: the names, options and exit codes users and their scripts rely on.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::messages::{Msg, commands::Commands};
use crate::vocab::Paper;

/// Press kits from one TOML file per briefing: press release, speaker bios, attendance
/// summary and the combined kit, typeset as PDF.
#[derive(Debug, Parser)]
#[command(
    name = "presskit",
    version,
    about,
    propagate_version = true,
    after_help = "Example: presskit init data/riga-2027-03-18.toml && presskit watch data/riga-2027-03-18.toml"
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// Print nothing but errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print every file written.
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Stop the run when presskit's memory passes this many MiB (a template may build
    /// something huge; Typst cannot stop one document, so the whole run ends, status 1).
    #[arg(long, global = true, value_name = "MIB", default_value_t = 4096, value_parser = clap::value_parser!(u64).range(64..))]
    pub max_memory: u64,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the documents of each briefing into DIR/<stem>/.
    ///
    /// Example: presskit build data/almaty-2016-12-22.toml -o out
    Build {
        /// Briefing files or folders of them (every *.toml inside).
        #[arg(default_value = "data")]
        inputs: Vec<PathBuf>,
        /// Where to write; each briefing gets a folder named after its file.
        #[arg(short, long, default_value = "out")]
        output: PathBuf,
        /// Build only these documents, named as in the output folder without the
        /// extension (`press-release` makes both its PDF and its text).
        #[arg(long, value_name = "DOCUMENT,...", value_delimiter = ',', value_parser = document_name)]
        only: Vec<&'static str>,
        /// Shared options.
        #[command(flatten)]
        options: BuildOptions,
    },
    /// Validate briefings and templates exactly as `build` would, writing nothing.
    ///
    /// Example: presskit check data/
    Check {
        /// Briefing files or folders of them (every *.toml inside).
        #[arg(default_value = "data")]
        inputs: Vec<PathBuf>,
        /// Shared options.
        #[command(flatten)]
        options: BuildOptions,
    },
    /// Archive briefings as PDF/A-3 with their source attached, with checksum manifests.
    ///
    /// Never overwrites: archiving identical output again does nothing; any change is
    /// refused, unless --revise archives it as the briefing's next revision. Rebuilds
    /// DIR/index.pdf afterwards.
    ///
    /// Example: presskit archive data/almaty-2016-12-22.toml --to archive
    Archive {
        /// Briefing files or folders of them (every *.toml inside).
        #[arg(default_value = "data")]
        inputs: Vec<PathBuf>,
        /// The archive folder; each briefing gets a folder named after its file.
        #[arg(long, value_name = "DIR", default_value = "archive")]
        to: PathBuf,
        /// Archive a briefing changed since it was archived (coverage added, a figure
        /// corrected) as its next revision, DIR/<stem>/rev-2, beside the earlier one,
        /// which stays; the index and the report count the latest revision.
        #[arg(long)]
        revise: bool,
        /// Shared options.
        #[command(flatten)]
        options: BuildOptions,
    },
    /// Re-check every folder of an archive against its manifest.
    ///
    /// Example: presskit verify archive
    Verify {
        /// The archive folder.
        #[arg(default_value = "archive")]
        dir: PathBuf,
        /// Restore each damaged or missing file from what an intact PDF of its folder
        /// carries, when its rebuild matches the manifest; never touches anything else.
        #[arg(long)]
        repair: bool,
    },
    /// The report to the donor over a period, from the archive alone: indicators, the
    /// briefings, people per quarter, the outlets, the programmes and funders.
    ///
    /// Example: presskit report archive --from 2017-01-01 --to 2017-12-31 --csv indicators.csv --paper letter
    Report {
        /// The archive folder.
        #[arg(default_value = "archive")]
        archive: PathBuf,
        /// Only briefings held on or after this date (2017-01-01).
        #[arg(long, value_name = "DATE", value_parser = crate::vocab::parse_date)]
        from: Option<crate::vocab::Date>,
        /// Only briefings held on or before this date (2017-12-31).
        #[arg(long, value_name = "DATE", value_parser = crate::vocab::parse_date)]
        to: Option<crate::vocab::Date>,
        /// Only briefings naming a programme whose title or funder contains TEXT
        /// (case-insensitive).
        #[arg(long, value_name = "TEXT")]
        programme: Option<String>,
        /// Where to write the report (PDF/A).
        #[arg(short, long, value_name = "FILE.pdf", default_value = "report.pdf")]
        output: PathBuf,
        /// Also write the indicator table as CSV for a spreadsheet: indicator, value (a
        /// number) and a qualifier column for lower bounds ("at least").
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        /// Also write the report's tables as an Excel workbook, one sheet per table,
        /// numbers as numbers, headings in the report's language.
        #[arg(long, value_name = "FILE.xlsx")]
        xlsx: Option<PathBuf>,
        /// The office's own narrative (plain text or Markdown paragraphs, headings and
        /// lists), printed before the tables.
        #[arg(long, value_name = "FILE")]
        narrative: Option<PathBuf>,
        /// Who prepared the report, for its "Prepared by" line (default: the office, else
        /// the organisation, of the letterhead).
        #[arg(long, value_name = "TEXT")]
        prepared_by: Option<String>,
        /// The day the report is prepared on (2018-01-05), printed on its "Prepared by"
        /// line; never read from the clock, so the report's bytes depend on its inputs.
        #[arg(long, value_name = "DATE", value_parser = crate::vocab::parse_date)]
        prepared_on: Option<crate::vocab::Date>,
        /// A folder of the office's own templates: its `report.typ.hbs` and partials
        /// replace the built-in ones, file by file.
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
        /// Paper size of the report.
        #[arg(long, value_enum, ignore_case = true, default_value_t = Paper::A4)]
        paper: Paper,
        /// Add the fonts (TTF, OTF, TTC) in DIR to the shipped ones and to those the
        /// archived briefings carry; templates name them by family.
        #[arg(long, value_name = "DIR")]
        fonts: Option<PathBuf>,
        /// Write the report in this language (ru, kk, en); by default that of every
        /// briefing reported on when they share one, else English.
        #[arg(long, value_name = "CODE", value_parser = language_code)]
        language: Option<crate::vocab::Language>,
    },
    /// Print the briefing TOML attached to an archived PDF.
    ///
    /// Example: presskit extract archive/almaty-2016-12-22/press-release.pdf > briefing.toml
    Extract {
        /// An archived PDF.
        file: PathBuf,
        /// Restore everything the PDF was made from into DIR (the briefing, its images,
        /// the office's templates and fonts, the settings), ready for `presskit archive`
        /// or `build`; never overwrites.
        #[arg(short, long, value_name = "DIR")]
        output: Option<PathBuf>,
    },
    /// List or write out the built-in templates.
    ///
    /// Example: presskit templates eject data/templates
    #[command(subcommand)]
    Templates(TemplatesCommand),
    /// Write, or bring up to date, the translation of a briefing into another language:
    /// <stem>.<LANG>.toml beside it, with every text to translate under the original it
    /// translates. Keeps every value already translated, drops what the briefing no
    /// longer has (saying so), and marks each value whose original changed since.
    ///
    /// Example: presskit translate data/almaty-2017-03-23-ru.toml --to kk
    Translate {
        /// The briefing file.
        briefing: PathBuf,
        /// The language to translate into.
        #[arg(long, value_name = "LANG", value_parser = ["en", "ru", "kk"])]
        to: String,
    },
    /// Write a new briefing file to start from: every section, a comment on each key,
    /// placeholder values that build as they are. Never overwrites.
    ///
    /// Example: presskit init && presskit build   (writes data/briefing.toml, then out/briefing/)
    Init {
        /// A new .toml file to write (data/riga-2027-03-18.toml), or a folder to write
        /// PATH/briefing.toml into.
        #[arg(default_value = "data", value_name = "PATH")]
        dir: PathBuf,
        /// The language of its comments and placeholders, and its `[event] language`;
        /// by default the user's (PRESSKIT_LANG, else the locale).
        #[arg(long, value_name = "LANG", value_parser = clap::builder::TypedValueParser::map(
            clap::builder::PossibleValuesParser::new(["en", "ru", "kk"]),
            |code: String| crate::vocab::Language::from_code(&code).unwrap_or_default(),
        ))]
        language: Option<crate::vocab::Language>,
        /// Also write its translation into LANG beside it (<stem>.LANG.toml), its texts
        /// the placeholders of that language, kept up to date by `presskit translate`;
        /// may be given twice.
        #[arg(long, value_name = "LANG", value_parser = clap::builder::TypedValueParser::map(
            clap::builder::PossibleValuesParser::new(["en", "ru", "kk"]),
            |code: String| crate::vocab::Language::from_code(&code).unwrap_or_default(),
        ))]
        translation: Vec<crate::vocab::Language>,
    },
    /// Rewrite format-1 briefings as format 2 without changing what they mean: an
    /// attendance row without `present` gets `present = true` (format 1 counted it as
    /// come; format 2 reads it as not recorded yet). Comments stay; a format-2 file is
    /// left as it is.
    ///
    /// Example: presskit upgrade data/*.toml
    Upgrade {
        /// The briefing files.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Build one briefing, then rebuild it whenever it, its images or its templates
    /// change; a failed rebuild leaves the last good documents in place. Ctrl-C stops.
    ///
    /// Example: presskit watch data/briefing.toml -o out
    Watch {
        /// The briefing file.
        input: PathBuf,
        /// Where to write; the briefing gets a folder named after its file.
        #[arg(short, long, default_value = "out")]
        output: PathBuf,
        /// Shared options.
        #[command(flatten)]
        options: BuildOptions,
    },
    /// Write one email draft (.eml) per journalist of a media list into
    /// DIR/<stem>/mail/: a greeting in the briefing's language, the release as text and
    /// HTML in the body, the release PDF attached. Sends nothing: open the drafts in a
    /// mail program. The media list (CSV, XLSX or ODS with name and email columns) is
    /// personal data; it is read, never copied.
    ///
    /// Example: presskit mail data/almaty-2016-12-22.toml --media-list journalists.csv
    Mail {
        /// The briefing file.
        briefing: PathBuf,
        /// The media list: a CSV, XLSX or ODS file with name and email columns (and
        /// optionally outlet, language, greeting).
        #[arg(long, value_name = "FILE")]
        media_list: PathBuf,
        /// Where to write; the drafts go into DIR/<stem>/mail/.
        #[arg(short, long, default_value = "out")]
        output: PathBuf,
        /// Attach the press kit as well as the release.
        #[arg(long)]
        attach_kit: bool,
        /// Shared options.
        #[command(flatten)]
        options: BuildOptions,
    },
    /// Merge the rows of a sign-in sheet or registration export (attendance) or of a
    /// media-monitoring export (coverage), CSV, XLSX or ODS, into a briefing as
    /// [[attendance]] or [[coverage]] tables, keeping the file's comments. Rows of one
    /// outlet become one attendance table; what is already there with the same values is
    /// skipped, with other values it is an error. Any bad row writes nothing.
    ///
    /// Example: presskit import attendance sign-in.csv --into data/almaty-2016-12-22.toml --dry-run
    Import {
        /// What the file holds.
        what: crate::input::import::What,
        /// The CSV, XLSX or ODS file.
        file: PathBuf,
        /// The briefing file to merge the rows into.
        #[arg(long, value_name = "BRIEFING.toml")]
        into: PathBuf,
        /// Print the change as a unified diff of the briefing; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Read the column HEADING as `key` (attendance: outlet, name, present, kind,
        /// people, website, programme; coverage: outlet, headline, date, kind, url,
        /// language, reach, note); may be given several times.
        #[arg(long, value_name = "HEADING=key", value_parser = crate::input::sheet::parse_map)]
        map: Vec<(String, String)>,
        /// Attendance: the file is the sign-in sheet, the complete record of who came: its
        /// outlets came, and registered outlets missing from it did not (present = false).
        /// Without it, an attendance file's rows are registrations.
        #[arg(long)]
        sign_in: bool,
    },
    /// Print a shell completion script.
    ///
    /// Example: presskit completions bash > ~/.local/share/bash-completion/completions/presskit
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// Options shared by the commands that make documents.
#[derive(Debug, Clone, clap::Args)]
pub struct BuildOptions {
    /// Use the templates in DIR (file by file) before those beside the briefing and the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Paper size of the PDFs.
    #[arg(long, value_enum, ignore_case = true, default_value_t = Paper::A4)]
    pub paper: Paper,
    /// How many briefings to work on at once (default: one per core).
    #[arg(short, long, value_name = "N", value_parser = jobs_count)]
    pub jobs: Option<std::num::NonZeroUsize>,
    /// Make every briefing again, even one whose documents are up to date (its inputs
    /// and documents unchanged since they were written).
    #[arg(long)]
    pub force: bool,
    /// Also write the Typst markup generated for each document into
    /// OUT/<stem>/typst/<document>.typ (build and check: out/ unless -o; watch), even
    /// when it fails to typeset, so that a designer can read what Typst saw.
    #[arg(long)]
    pub keep_typst: bool,
    /// Add the fonts (TTF, OTF, TTC) in DIR to the shipped ones and to those of a fonts/
    /// folder beside the briefing; templates name them by family.
    #[arg(long, value_name = "DIR")]
    pub fonts: Option<PathBuf>,
    /// Stop typesetting a document after this many seconds (a template may loop).
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0, value_parser = positive_seconds)]
    pub timeout: f64,
}

impl BuildOptions {
    /// How many threads to work on: `--jobs`, else one per core.
    pub fn jobs(&self) -> usize {
        self.jobs.map_or_else(
            || std::thread::available_parallelism().map_or(1, |n| n.get()),
            |n| n.get(),
        )
    }

    /// The typesetting time limit.
    pub fn timeout(&self) -> std::time::Duration {
        std::time::Duration::from_secs_f64(self.timeout)
    }
}

/// Parses the name of a document for `--only`.
fn document_name(text: &str) -> Result<&'static str, String> {
    let names = crate::documents::names();
    let name = text
        .trim()
        .trim_end_matches(".pdf")
        .trim_end_matches(".txt");
    names.iter().find(|n| **n == name).copied().ok_or_else(|| {
        Msg::from(Commands::CliDocuments {
            names: names.join(", "),
        })
        .to_string()
    })
}

/// Parses a language code for `report --language`.
fn language_code(text: &str) -> Result<crate::vocab::Language, String> {
    crate::vocab::Language::from_code(text.trim())
        .ok_or_else(|| Msg::from(Commands::CliLanguages).to_string())
}

/// Most threads `--jobs` may ask for: every thread is started at once, and past a few per
/// core they only add the cost of starting them (100,000 took over a minute).
pub const MAX_JOBS: usize = 256;

/// Parses `--jobs`: 1 to [`MAX_JOBS`].
fn jobs_count(text: &str) -> Result<std::num::NonZeroUsize, String> {
    match text.parse::<std::num::NonZeroUsize>() {
        Ok(n) if n.get() <= MAX_JOBS => Ok(n),
        _ => Err(Msg::from(Commands::CliJobs {
            most: MAX_JOBS,
            cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
        })
        .to_string()),
    }
}

/// Parses a positive number of seconds.
fn positive_seconds(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(s) if s > 0.0 && s.is_finite() && s < 1e9 => Ok(s),
        _ => Err(Msg::from(Commands::CliSeconds).to_string()),
    }
}

/// `presskit templates ...`.
#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// List the templates and partials; given a briefing or folder, say where each of
    /// its templates comes from (built-in, templates/ beside it, or --templates DIR).
    ///
    /// Example: presskit templates list data/almaty-2016-12-22.toml
    List {
        /// Briefing files or folders of them; without one, the built-in templates.
        inputs: Vec<PathBuf>,
        /// The templates folder `build --templates DIR` would be given.
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
    },
    /// Write editable copies of the built-in templates into DIR (default: templates/),
    /// all of them or the one named; never overwrites.
    ///
    /// Example: presskit templates eject data/templates press-release.typ.hbs
    Eject {
        /// Folder to write into.
        #[arg(default_value = "templates")]
        dir: PathBuf,
        /// One template to write, as `templates list` names it (partials/style.typ.hbs).
        name: Option<String>,
    },
    /// Print every variable a template can use, with its type and the reference
    /// briefing's value, the helpers and the partials.
    ///
    /// Example: presskit templates vars press-release.typ.hbs
    Vars {
        /// One template (press-release.typ.hbs): only the sections it uses.
        template: Option<String>,
    },
}

/// Reads the command line of this process, its `--help` in the user's language.
pub fn parse() -> Cli {
    use clap::{CommandFactory, FromArgMatches};
    let language = crate::messages::user_language();
    let command = crate::messages::help::localized(Cli::command(), language);
    let refused = |error: clap::Error| -> ! {
        use clap::error::ErrorKind::{
            DisplayHelp, DisplayHelpOnMissingArgumentOrSubcommand, DisplayVersion,
        };
        if matches!(
            error.kind(),
            DisplayHelp | DisplayVersion | DisplayHelpOnMissingArgumentOrSubcommand
        ) {
            error.exit();
        }
        eprintln!("{}", crate::messages::refusal::printed(&error, language));
        std::process::exit(2)
    };
    let matches = command.try_get_matches().unwrap_or_else(|e| refused(e));
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| refused(e))
}

#[cfg(test)]
mod help_tests {
    use clap::CommandFactory;

    use crate::messages::{help, word};
    use crate::vocab::Language;

    /// The ids of every catalogue's `cli-` lines.
    fn catalogue_ids(source: &str) -> Vec<String> {
        source
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim()))
            .filter(|id| id.starts_with("cli-"))
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn every_help_text_is_in_each_catalogue_and_every_cli_line_is_used() {
        let mut command = super::Cli::command();
        command.build();
        let wanted = help::ids(&command);
        let mut problems = Vec::new();
        for (language, source) in crate::messages::SOURCES {
            let code = language.code();
            let have = catalogue_ids(source);
            for id in wanted.iter().filter(|id| !have.contains(id)) {
                problems.push(format!("locales/{code}.ftl: `{id}` is missing"));
            }
            for id in have.iter().filter(|id| !wanted.contains(id)) {
                problems.push(format!("locales/{code}.ftl: `{id}` is read by no help"));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn the_help_of_build_is_russian_and_kazakh_with_the_options_unchanged() {
        for language in [Language::Ru, Language::Kk] {
            let mut command = help::localized(super::Cli::command(), language);
            let build = command
                .find_subcommand_mut("build")
                .expect("build is a command");
            let text = build.render_long_help().to_string();
            assert!(
                text.contains(&word(language, "cli-heading-usage")),
                "{text}"
            );
            assert!(text.contains(&word(language, "cli-opt-paper")), "{text}");
            assert!(
                text.contains("--paper") && text.contains("--output"),
                "{text}"
            );
            assert!(text.contains("a4") && text.contains("out"), "{text}");
            for english in [
                "Usage",
                "Options",
                "Print help",
                "default:",
                "Where to write",
            ] {
                assert!(!text.contains(english), "{english} in {text}");
            }
        }
    }
}

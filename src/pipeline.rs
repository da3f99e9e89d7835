//! One briefing to its documents, the one way every command takes: load and validate the
//! briefing (with its added fonts), find the renderer of its templates, then make the
//! documents the [`Options`] ask for. `build`, `check`, `watch`, `archive`, `mail` and
//! `verify --repair` all start here; they differ only in what they do with the files.
//!
//! The run's settings are read from the command line once, into a [`Config`]; a
//! [`Pipeline`] holds it with what the run's briefings share (the parsed templates). The
//! same configuration makes the overviews (the archive's index, the report: their
//! renderer and typesetting options) and, through [`Config::repair`], what
//! `verify --repair` rebuilds.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::cli::{BuildOptions, Timeout, Typesetting};
use crate::diagnostic::Diagnostic;
use crate::documents::context::Alternates;
use crate::documents::{self, Made, Options, Overview};
use crate::input::model::{self, Briefing};
use crate::input::translation::{self, Translated};
use crate::render::templates::{self, Output};
use crate::render::{Renderer, Renderers};
use crate::vocab::Paper;

/// How a run makes documents, as the command line says, read once.
#[derive(Debug, Clone)]
pub struct Config {
    /// Paper size.
    pub paper: Paper,
    /// How many threads to work on.
    pub jobs: usize,
    /// How long one document may take to typeset.
    pub timeout: Duration,
    /// `--templates DIR`.
    pub templates: Option<PathBuf>,
    /// `--fonts DIR`.
    pub fonts: Option<PathBuf>,
    /// `--keep-typst`: write the generated markup beside the documents.
    pub keep_typst: bool,
    /// `--force`: make every briefing again, even one that is up to date.
    pub force: bool,
}

impl Config {
    /// The configuration the command line's shared options describe.
    pub fn new(options: &BuildOptions) -> Self {
        Self {
            jobs: options.jobs(),
            keep_typst: options.keep_typst,
            force: options.force,
            ..Self::typesetting(&options.typesetting)
        }
    }

    /// The configuration of a command that typesets without building briefings
    /// (`report`): its templates, paper, fonts and time limit, one thread.
    pub fn typesetting(options: &Typesetting) -> Self {
        Self {
            paper: options.paper,
            jobs: 1,
            timeout: options.timeout.duration(),
            templates: options.templates.clone(),
            fonts: options.fonts.clone(),
            keep_typst: false,
            force: false,
        }
    }

    /// The configuration of `verify`: only its time limit is the user's; what a repair
    /// typesets with is the archived folder's (see [`Config::repair`]).
    pub fn verifying(timeout: &Timeout) -> Self {
        Self {
            paper: Paper::A4,
            jobs: 1,
            timeout: timeout.duration(),
            templates: None,
            fonts: None,
            keep_typst: false,
            force: true,
        }
    }

    /// How `verify --repair` rebuilds an archived folder: as `archive` ran then, on the
    /// paper it recorded, with the built-in templates beside those restored next to the
    /// briefing and the fonts restored there, one document at a time, every time; within
    /// this run's time limit.
    pub fn repair(&self, paper: Paper) -> Self {
        Self {
            paper,
            jobs: 1,
            timeout: self.timeout,
            templates: None,
            fonts: None,
            keep_typst: false,
            force: true,
        }
    }

    /// The renderer of an overview's template (the archive's index, the report): from
    /// `--templates`, else `templates/` beside `beside` (the first briefing's folder)
    /// when there is one, else built in.
    pub fn overview_renderer(
        &self,
        overview: &Overview,
        beside: Option<&Path>,
    ) -> Result<Renderer, Vec<Diagnostic>> {
        let folder = match beside {
            Some(beside) => templates::user_folder(self.templates.as_deref(), beside),
            None => self.templates.clone(),
        };
        Renderer::from_folder(
            folder.as_deref(),
            templates::Use::Overview(overview.template),
        )
    }

    /// How an overview is typeset: archival, on this run's paper and fonts, within its
    /// time limit.
    pub fn overview_options(&self) -> Options {
        Options {
            archival: true,
            ..self.options(1, None)
        }
    }

    /// How a briefing's documents are made on `threads` threads, written into `folder`
    /// (which, with `--keep-typst`, gets the markup in `typst/`); `None` for no folder.
    pub fn options(&self, threads: usize, folder: Option<&Path>) -> Options {
        Options {
            paper: self.paper,
            archival: false,
            timeout: Some(self.timeout),
            threads,
            only: None,
            keep_typst: folder.filter(|_| self.keep_typst).map(|f| f.join("typst")),
            fonts: self.fonts.clone(),
            translations: Vec::new(),
            alternates: Default::default(),
        }
    }
}

/// A run's way from briefing files to documents.
pub struct Pipeline {
    /// The run's settings.
    pub config: Config,
    /// The renderers of the run's templates folders, each parsed once.
    renderers: Renderers,
}

/// A briefing loaded, with the renderer of its templates.
pub struct Loaded {
    /// The briefing, validated.
    pub briefing: Briefing,
    /// The renderer of its templates.
    pub renderer: Arc<Renderer>,
    /// The briefing in the language of each of its translations.
    pub translations: Vec<Translated>,
    /// Time spent reading and validating the briefing.
    pub load: Duration,
    /// Time spent reading and parsing the templates (only the first briefing of a
    /// templates folder pays).
    pub parse: Duration,
}

impl Pipeline {
    /// A pipeline configured by `config`.
    pub fn new(config: Config) -> Self {
        Self {
            renderers: Renderers::new(
                config.templates.as_deref(),
                crate::documents::DOCUMENT_TEMPLATES,
            ),
            config,
        }
    }

    /// Loads and validates the briefing at `file` and finds its templates' renderer.
    pub fn load(&self, file: &Path) -> Result<Loaded, Vec<Diagnostic>> {
        let begun = Instant::now();
        let briefing = model::load_with_fonts(file, self.config.fonts.as_deref())?;
        // A test hook of debug builds, absent from release builds: a bug (a panic) while
        // making the briefing named by `PRESSKIT_TEST_PANIC`, to test that it stops no
        // other.
        #[cfg(debug_assertions)]
        if std::env::var("PRESSKIT_TEST_PANIC").is_ok_and(|stem| stem == briefing.source.stem()) {
            panic!("a test panic while making {}", briefing.source.stem());
        }
        let translations = translation::load(&briefing)?;
        let load = begun.elapsed();
        let begun = Instant::now();
        let renderer = self.renderers.for_briefing(&briefing.source.folder())?;
        Ok(Loaded {
            briefing,
            translations,
            renderer,
            load,
            parse: begun.elapsed(),
        })
    }
}

/// What a build of one briefing reads, for `watch` to follow (typst-cli watches the
/// files its world read): a change to one of these files, or a file added to one of
/// these folders, changes the documents.
#[derive(Debug, Clone, Default)]
pub struct Read {
    /// The briefing, its translations, every image it uses, the fonts it adds.
    pub files: Vec<PathBuf>,
    /// The user templates folder (`--templates DIR`, else `templates/` beside the
    /// briefing), whether or not it exists yet: every template in it is read.
    pub templates: PathBuf,
    /// The folders of added fonts (`fonts/` beside the briefing, `--fonts DIR`), whether
    /// or not they exist yet.
    pub fonts: Vec<PathBuf>,
}

impl Read {
    /// The folders of a briefing at `file` and the files beside it that every build
    /// reads: the briefing and its translations.
    fn of_file(file: &Path, config: &Config) -> Self {
        let folder = match file.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut files = vec![file.to_path_buf()];
        files.extend(translation::beside(file));
        Self {
            files,
            templates: templates::folder_for(config.templates.as_deref(), &folder),
            fonts: std::iter::once(folder.join("fonts"))
                .chain(config.fonts.clone())
                .collect(),
        }
    }
}

impl Pipeline {
    /// What a build of the briefing at `file` reads when it does not load: the file, its
    /// translations, the look's folders, and the images named by the sections of it
    /// that read (so that an image copied back is seen).
    pub fn declared(&self, file: &Path) -> Read {
        let mut read = Read::of_file(file, &self.config);
        let Ok(source) = crate::input::briefing::Source::read(file) else {
            return read;
        };
        let raw = match crate::input::briefing::parse_sections(&source) {
            Ok(raw) => Some(raw),
            Err(crate::input::briefing::Unread::Partial(partial)) => partial.briefing,
            Err(crate::input::briefing::Unread::Unreadable(_)) => None,
        };
        if let Some(raw) = raw {
            let folder = source.folder();
            let images = raw
                .organization
                .logo
                .iter()
                .chain(raw.speakers.iter().filter_map(|s| s.photo.as_ref()))
                .chain(raw.photos.iter().map(|p| &p.file));
            read.files
                .extend(images.map(|path| folder.join(path.replace('\\', "/"))));
        }
        read
    }
}

impl Loaded {
    /// Each web page of the briefing with the languages it is written in (its own, and
    /// each translation's whose texts it prints are all translated), Kazakh first, then
    /// Russian and English.
    fn alternates(&self) -> Alternates {
        let pages = documents::DOCUMENTS
            .iter()
            .filter(|doc| doc.output == Output::Html)
            .map(|doc| {
                let own = (self.briefing.event.language, doc.file.to_string());
                let translated = self
                    .translations
                    .iter()
                    .filter(|t| documents::translated::writes(t, doc))
                    .map(|t| {
                        let language = t.translation.language;
                        let file = documents::translated::file_name(doc.file, language.code());
                        (language, file)
                    });
                let mut languages: Vec<_> = std::iter::once(own).chain(translated).collect();
                languages.sort_by_key(|(language, _)| language.bilingual_rank());
                (doc.name(), languages)
            })
            .collect();
        Alternates(pages)
    }

    /// What the build of this briefing reads (see [`Read`]), under `config`.
    pub fn read(&self, config: &Config) -> Read {
        let mut read = Read::of_file(&self.briefing.source.path, config);
        let folder = self.briefing.source.folder();
        read.files.extend(
            self.briefing
                .assets()
                .map(|a| folder.join(a.virtual_path.trim_start_matches('/'))),
        );
        read.files.extend(self.briefing.fonts.files.iter().cloned());
        read
    }

    /// Renders and typesets the documents `options` ask for, in memory: the briefing's,
    /// then those of each translation (see [`documents::translated`]).
    pub fn make(&self, options: &Options) -> Result<Made, Vec<Diagnostic>> {
        // An archived document carries the translations too, so that any one of them
        // rebuilds every language's documents; a web page links to its other languages.
        let told;
        let options = if self.translations.is_empty() {
            options
        } else {
            told = Options {
                translations: if options.archival {
                    self.translations.iter().map(Translated::file).collect()
                } else {
                    Vec::new()
                },
                alternates: self.alternates(),
                ..options.clone()
            };
            &told
        };
        let mut made =
            documents::make_with(&self.briefing, &self.translations, &self.renderer, options)?;
        for translated in &self.translations {
            let more = documents::translated::make(translated, &self.renderer, options)?;
            made.artifacts.extend(more.artifacts);
            made.warnings.extend(more.warnings);
            made.timings.add(more.timings);
        }
        Ok(made)
    }
}

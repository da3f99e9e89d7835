//! One briefing to its documents, the one way every command takes: load and validate the
//! briefing (with its added fonts), find the renderer of its templates, then make the
//! documents the [`Options`] ask for. `build`, `check`, `watch`, `archive`, `mail` and
//! `verify --repair` all start here; they differ only in what they do with the files.
//!
//! The run's settings are read from the command line once, into a [`Config`]; a
//! [`Pipeline`] holds it with what the run's briefings share (the parsed templates).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::cli::BuildOptions;
use crate::diagnostic::Diagnostic;
use crate::documents::context::Alternates;
use crate::documents::{self, Made, Options};
use crate::input::model::{self, Briefing};
use crate::input::translation::{self, Translated};
use crate::render::templates::Output;
use crate::render::{Renderer, Renderers};
use crate::vocab::{Language, Paper};

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
            paper: options.paper,
            jobs: options.jobs(),
            timeout: options.timeout(),
            templates: options.templates.clone(),
            fonts: options.fonts.clone(),
            keep_typst: options.keep_typst,
            force: options.force,
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
                    .filter(|t| documents::translated::writes(t, doc.name()))
                    .map(|t| {
                        let language = t.translation.language;
                        let file = documents::translated::file_name(doc.file, language.code());
                        (language, file)
                    });
                let mut languages: Vec<_> = std::iter::once(own).chain(translated).collect();
                // As Kazakhstan's bilingual sites list them: the state language first.
                languages.sort_by_key(|(language, _)| {
                    [Language::Kk, Language::Ru, Language::En]
                        .iter()
                        .position(|l| l == language)
                });
                (doc.name(), languages)
            })
            .collect();
        Alternates(pages)
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

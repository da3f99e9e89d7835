//! `presskit watch`: build one briefing, then rebuild it whenever the briefing, one of
//! its images or one of the templates it uses changes.
//!
//! File events come from `notify`, debounced here so that an editor's save (often a
//! write, a rename and a metadata change) is one rebuild; reads (our own, too) are not
//! changes. A failed rebuild prints its errors
//! and writes nothing, so the last good documents stay in place. Typst's memo cache keeps
//! what the last rebuild used (a small change re-lays out only what it touches) and
//! nothing older, so that a long session of saves stays at the memory of one build.
//! The briefing is watched at the path the user named: a link out of its folder is never
//! read, and a folder deleted and made again is watched again.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};

use crate::diagnostic::{self, Diagnostic};
use crate::messages::{Msg, commands::Commands};
use crate::output;
use crate::output::uptodate;
use crate::pipeline::{Config, Pipeline, Read};

/// How long the file system must be quiet before a rebuild starts: an editor's save
/// sends its events within a few milliseconds, and a slower one costs at worst a second
/// quick rebuild (150 ms made a one-word edit take 208 ms to reach the PDF; 20 ms, 70).
pub const DEBOUNCE: Duration = Duration::from_millis(20);

/// How many rebuilds an unused entry of Typst's cache survives: one, so that the cache
/// holds what the last rebuild used and what it made, never what earlier versions of the
/// briefing left (with 30, a 300-speaker briefing passed 4 GiB after 18 saves).
const CACHE_AGE: usize = 1;

/// What wakes the watch loop.
enum Signal {
    /// Files changed.
    Changed(Vec<PathBuf>),
    /// The watcher failed.
    Failed(String),
    /// Ctrl-C (or SIGTERM): stop.
    Stop,
}

/// The files a build read, which a change to should trigger a rebuild.
#[derive(Debug, Default)]
struct Inputs {
    /// The briefing file and its images, canonical.
    files: BTreeSet<PathBuf>,
    /// The user templates folder, canonical: `--templates DIR`, else `templates/` beside
    /// the briefing, whether or not it exists yet (creating it changes the build).
    templates: PathBuf,
    /// The font folders, canonical: `fonts/` beside the briefing (whether or not it
    /// exists yet) and `--fonts DIR`.
    fonts: Vec<PathBuf>,
}

impl Inputs {
    /// The files and folders to follow for what a build of `input` read (see
    /// [`Read`]).
    ///
    /// The briefing is watched at the path the user named (a link's target too, when
    /// it is in the same folder): a link changed to lead elsewhere is a change of that
    /// path, never a reason to watch another folder.
    fn of(input: &Path, read: &Read) -> Self {
        let mut files = BTreeSet::from([named(input)]);
        let mut add = |path: &Path| {
            let target = canonical(path);
            if target.parent() == named(path).parent() {
                files.insert(target);
            }
            files.insert(named(path));
        };
        add(input);
        for file in &read.files {
            add(file);
        }
        Self {
            files,
            templates: canonical(&read.templates),
            fonts: read.fonts.iter().map(|f| canonical(f)).collect(),
        }
    }

    /// The folders to watch: those holding the files, and the templates folder, or, while
    /// it does not exist, the folder it would be made in.
    fn folders(&self) -> BTreeMap<PathBuf, RecursiveMode> {
        let mut out: BTreeMap<PathBuf, RecursiveMode> = self
            .files
            .iter()
            .filter_map(|f| f.parent())
            .map(|d| (d.to_path_buf(), RecursiveMode::NonRecursive))
            .collect();
        for fonts in self.fonts.iter().filter(|f| f.is_dir()) {
            out.entry(fonts.clone())
                .or_insert(RecursiveMode::NonRecursive);
        }
        if self.templates.is_dir() {
            out.insert(self.templates.clone(), RecursiveMode::Recursive);
        } else if let Some(parent) = self.templates.parent().filter(|p| p.is_dir()) {
            out.entry(parent.to_path_buf())
                .or_insert(RecursiveMode::NonRecursive);
        }
        out
    }

    /// Whether a change to `path` concerns the build: a briefing file or image, a
    /// template, or the templates folder itself appearing or going.
    fn concerns(&self, path: &Path) -> bool {
        if self.files.contains(&named(path)) {
            return true;
        }
        let path = canonical(path);
        self.files.contains(&path)
            || self
                .fonts
                .iter()
                .any(|f| path == *f || path.parent() == Some(f.as_path()))
            || path == self.templates
            || (path.starts_with(&self.templates) && path.to_string_lossy().ends_with(".hbs"))
    }
}

/// The folder that holds `path` (`.` for a bare name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// `path` with its folder made absolute and free of symbolic links, its last part as
/// named (a link stays the link); absolute as given when its folder does not exist.
fn named(path: &Path) -> PathBuf {
    match (folder_of(path).canonicalize(), path.file_name()) {
        (Ok(folder), Some(name)) => folder.join(name),
        _ => std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
    }
}

/// Where the briefing at `input` leads when it is a symbolic link to a file outside its
/// own folder: watch never reads such a file (nor prints a line of it in an error).
fn leads_out(input: &Path) -> Option<PathBuf> {
    let link = std::fs::symlink_metadata(input).ok()?;
    if !link.file_type().is_symlink() {
        return None;
    }
    let home = folder_of(input).canonicalize().ok()?;
    match input.canonicalize() {
        Ok(target) if target.parent() == Some(home.as_path()) => None,
        Ok(target) => Some(target),
        // A link to nothing is read as no file, like a missing one.
        Err(_) => None,
    }
}

/// A path made absolute and free of symbolic links where it exists; as given otherwise.
fn canonical(path: &Path) -> PathBuf {
    if let Ok(p) = path.canonicalize() {
        return p;
    }
    // A file being replaced may not exist for a moment: canonicalise its folder.
    match (path.parent(), path.file_name()) {
        // A bare name (`templates`) is in the current folder.
        (Some(parent), Some(name)) if parent.as_os_str().is_empty() => Path::new(".")
            .canonicalize()
            .map_or_else(|_| path.to_path_buf(), |p| p.join(name)),
        (Some(parent), Some(name)) => parent
            .canonicalize()
            .map_or_else(|_| path.to_path_buf(), |p| p.join(name)),
        _ => path.to_path_buf(),
    }
}

/// The outcome of one build.
struct Built {
    /// What it read (or, when the briefing did not load, would read).
    read: Read,
    /// Files written, or the errors that stopped the build.
    result: Result<usize, Vec<Diagnostic>>,
}

/// Builds the briefing once as `build --force` does, through a pipeline of its own (so
/// that templates are read again): made, then written all or none, with the up-to-date
/// record that lets a later `build` skip it.
fn build(input: &Path, out: &Path, config: &Config) -> Built {
    let pipeline = Pipeline::new(config.clone());
    if let Some(target) = leads_out(input) {
        return Built {
            read: Read::default(),
            result: Err(vec![
                Diagnostic::error(
                    input,
                    Commands::WatchLinkOutside {
                        target: crate::diagnostic::shown(&target),
                    },
                )
                .with_hint(Commands::WatchPutItBack),
            ]),
        };
    }
    // A record's digests are taken once per run: each build is a run of its own.
    let records = uptodate::Inputs::new(
        config.templates.as_deref(),
        config.fonts.as_deref(),
        config.paper,
        false,
    );
    let folder = out.join(crate::batch::stem(input));
    // As `build` does, the templates are digested before they are read. Every build of
    // a watch is made, never skipped as up to date: it runs because an input changed.
    records.prepare(input);
    let loaded = match pipeline.load(input) {
        Ok(loaded) => loaded,
        Err(e) => {
            return Built {
                read: pipeline.declared(input),
                result: Err(e),
            };
        }
    };
    let read = loaded.read(config);
    let options = config.options(config.jobs, Some(&folder));
    let result = super::build::make_loaded(&loaded, Some(out), &records, &options).map(|outcome| {
        diagnostic::eprint(&outcome.warnings);
        outcome.written.len()
    });
    Built { read, result }
}

/// Builds `input` into `out`, then rebuilds on every change until Ctrl-C.
///
/// Returns an error only when watching cannot start; build errors are printed and the
/// watch goes on.
pub fn watch(
    input: &Path,
    out: &Path,
    options: Config,
    quiet: bool,
) -> Result<(), Vec<Diagnostic>> {
    if input.is_dir() {
        let example = crate::batch::briefing_files(&[input.to_path_buf()])
            .ok()
            .and_then(|files| files.into_iter().next())
            .unwrap_or_else(|| input.join("briefing.toml"));
        return Err(vec![
            Diagnostic::error(input, Commands::WatchFolder).with_hint(Commands::WatchNameTheFile {
                example: example.display().to_string(),
            }),
        ]);
    }
    if !input.is_file() {
        return Err(vec![Diagnostic::error(input, Commands::WatchNoFile)]);
    }
    let stem = output::folder_name(input).map_err(|d| vec![d])?;
    let (sender, signals) = mpsc::channel();
    let stop = sender.clone();
    ctrlc::set_handler(move || {
        let _ = stop.send(Signal::Stop);
    })
    .map_err(|e| {
        let reason = e.to_string();
        vec![Diagnostic::error(
            input,
            Commands::CannotCatchCtrlC { reason },
        )]
    })?;
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let _ = match event {
            Ok(event) if matches!(event.kind, EventKind::Access(_)) => Ok(()),
            Ok(event) => sender.send(Signal::Changed(event.paths)),
            Err(e) => sender.send(Signal::Failed(e.to_string())),
        };
    })
    .map_err(|e| {
        let reason = e.to_string();
        vec![Diagnostic::error(input, Commands::CannotWatch { reason })]
    })?;

    let folder = out.join(stem);
    let mut watched = BTreeSet::new();
    let rebuild = |first: bool| -> Inputs {
        let started = Instant::now();
        let built = build(input, out, &options);
        let seconds = started.elapsed().as_secs_f64();
        typst::comemo::evict(CACHE_AGE);
        match &built.result {
            Ok(count) if !quiet => {
                let built = Commands::WatchBuilt {
                    first: if first { "yes" } else { "no" }.into(),
                    files: *count,
                    folder: crate::diagnostic::shown(&folder),
                    seconds: crate::messages::seconds(seconds),
                };
                eprintln!("{}", Msg::from(built));
            }
            Ok(_) => {}
            Err(errors) => {
                diagnostic::eprint(errors);
                let failed = Commands::WatchFailed {
                    seconds: crate::messages::seconds(seconds),
                    folder: crate::diagnostic::shown(&folder),
                };
                eprintln!("{}", Msg::from(failed));
            }
        }
        Inputs::of(input, &built.read)
    };

    // The folder above the briefing's: its events tell that the briefing's folder was
    // deleted or made again, when the watch on the folder itself is gone.
    if let Some(above) = named(&folder_of(input)).parent() {
        let _ = watcher.watch(above, RecursiveMode::NonRecursive);
    }
    // The briefing's own folders are watched before the first build, so that an edit
    // made while it runs (before "watching" is printed) is not missed.
    rewatch(
        &mut watcher,
        &Inputs::of(input, &Pipeline::new(options.clone()).declared(input)),
        &mut watched,
    );
    let mut inputs = rebuild(true);
    loop {
        rewatch(&mut watcher, &inputs, &mut watched);
        if !quiet {
            let file = crate::diagnostic::shown(input);
            eprintln!("{}", Msg::from(Commands::Watching { file }));
        }
        // Wait for a change that concerns the build, then for the files to be quiet for
        // a moment (the debounce), or for the end.
        // When the last change that concerns the build came: the debounce runs from it,
        // so that events of other files (the folder above the briefing's is watched
        // too) neither start nor delay a rebuild.
        let mut last_change: Option<Instant> = None;
        loop {
            let signal = match last_change {
                Some(at) => {
                    let left = (at + DEBOUNCE).saturating_duration_since(Instant::now());
                    match signals.recv_timeout(left) {
                        Ok(signal) => Some(signal),
                        Err(mpsc::RecvTimeoutError::Timeout) => break,
                        Err(mpsc::RecvTimeoutError::Disconnected) => None,
                    }
                }
                None => signals.recv().ok(),
            };
            match signal {
                Some(Signal::Changed(paths)) => {
                    let concerns = paths.iter().any(|p| inputs.concerns(p));
                    // A folder came or went (the templates folder, the briefing's own
                    // folder deleted and made again): the watch on one that went is gone
                    // with it, so watch whatever is there now, and rebuild when a folder
                    // came back.
                    let came = rewatch(&mut watcher, &inputs, &mut watched);
                    if concerns || came {
                        last_change = Some(Instant::now());
                    }
                }
                Some(Signal::Failed(e)) => {
                    let problem = Commands::WatchProblem { reason: e };
                    diagnostic::eprint(&[Diagnostic::error(input, problem).warning()]);
                }
                Some(Signal::Stop) | None => {
                    if !quiet {
                        let file = crate::diagnostic::shown(input);
                        eprintln!("{}", Msg::from(Commands::StoppedWatching { file }));
                    }
                    return Ok(());
                }
            }
        }
        // Watched before the rebuild reads them: a folder that has just appeared (the
        // templates) must not miss an edit made while the rebuild runs.
        rewatch(&mut watcher, &inputs, &mut watched);
        inputs = rebuild(false);
    }
}

/// Forgets the watched folders that are gone (their watch went with them), then watches
/// every folder `inputs` needs that is there and not watched yet; returns whether it
/// watched one anew (a folder made, or made again).
fn rewatch(watcher: &mut impl Watcher, inputs: &Inputs, watched: &mut BTreeSet<PathBuf>) -> bool {
    let gone: Vec<PathBuf> = watched.iter().filter(|d| !d.is_dir()).cloned().collect();
    for dir in gone {
        let _ = watcher.unwatch(&dir);
        watched.remove(&dir);
    }
    let mut added = false;
    for (dir, mode) in inputs.folders() {
        if !watched.contains(&dir) && watcher.watch(&dir, mode).is_ok() {
            watched.insert(dir);
            added = true;
        }
    }
    added
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The options of `watch` with `--templates` as given, the rest as by default.
    fn options(templates: Option<PathBuf>) -> Config {
        Config {
            templates,
            paper: crate::vocab::Paper::A4,
            jobs: 1,
            force: false,
            keep_typst: false,
            fonts: None,
            timeout: std::time::Duration::from_secs(60),
        }
    }

    #[test]
    fn only_the_briefing_its_images_and_templates_concern_the_build() {
        let dir = tempfile::tempdir().unwrap();
        let briefing = dir.path().join("b.toml");
        std::fs::write(&briefing, "").unwrap();
        std::fs::create_dir_all(dir.path().join("templates/partials")).unwrap();
        let inputs = Inputs::of(&briefing, &Pipeline::new(options(None)).declared(&briefing));
        assert!(inputs.concerns(&briefing));
        assert!(inputs.concerns(&dir.path().join("templates/partials/style.typ.hbs")));
        assert!(!inputs.concerns(&dir.path().join("other.toml")));
        assert!(!inputs.concerns(&dir.path().join("out/b/press-release.pdf")));
        assert!(!inputs.concerns(&dir.path().join("templates/notes.md")));
        let folders = inputs.folders();
        assert_eq!(
            folders.get(&canonical(dir.path())),
            Some(&RecursiveMode::NonRecursive)
        );
        assert_eq!(
            folders.get(&canonical(&dir.path().join("templates"))),
            Some(&RecursiveMode::Recursive)
        );
    }

    #[test]
    fn a_briefing_that_did_not_load_still_has_its_images_watched() {
        // Its images are missing: it does not load, but its sections read.
        let dir = tempfile::tempdir().unwrap();
        let briefing = dir.path().join("b.toml");
        std::fs::write(
            &briefing,
            "format = 1\n[organization]\nname = \"IOM\"\nlogo = \"logo.png\"\n\
             [event]\ntitle = \"T\"\ndate = 2027-04-14\n\
             [[speakers]]\nid = \"ann\"\nname = \"Ann\"\nrole = \"r\"\nphoto = \"ann.jpg\"\n",
        )
        .unwrap();
        let inputs = Inputs::of(&briefing, &Pipeline::new(options(None)).declared(&briefing));
        assert!(inputs.concerns(&dir.path().join("ann.jpg")));
        assert!(inputs.concerns(&dir.path().join("logo.png")));
        assert!(!inputs.concerns(&dir.path().join("other.jpg")));
        // A font added beside the briefing, or its folder made, changes the build.
        assert!(inputs.concerns(&dir.path().join("fonts")));
        assert!(inputs.concerns(&dir.path().join("fonts/Brand.ttf")));
    }

    #[test]
    fn a_templates_folder_yet_to_be_made_is_watched_for() {
        let dir = tempfile::tempdir().unwrap();
        let briefing = dir.path().join("b.toml");
        std::fs::write(&briefing, "").unwrap();
        std::fs::create_dir(dir.path().join("elsewhere")).unwrap();
        for (option, parent) in [
            (None, dir.path().to_path_buf()),
            (
                Some(dir.path().join("elsewhere/mine")),
                dir.path().join("elsewhere"),
            ),
        ] {
            let inputs = Inputs::of(
                &briefing,
                &Pipeline::new(options(option.clone())).declared(&briefing),
            );
            let folder = option.unwrap_or_else(|| dir.path().join("templates"));
            // Making the folder is a change; its parent is watched to see it made.
            assert!(
                inputs.concerns(&folder),
                "{}",
                crate::diagnostic::shown(&folder)
            );
            assert!(inputs.concerns(&folder.join("press-release.typ.hbs")));
            assert_eq!(
                inputs.folders().get(&canonical(&parent)),
                Some(&RecursiveMode::NonRecursive)
            );
            assert!(!inputs.folders().contains_key(&canonical(&folder)));
        }
    }
}

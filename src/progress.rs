//! What a run over briefings shows while it works (`build`, `check`, `archive`): a bar on
//! a terminal, every problem once, lines of each briefing's own only when asked for (or
//! when there is just one briefing), and one closing line.

use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::Instant;

use crate::diagnostic::{self, Diagnostic};
use crate::messages::{Msg, commands::Commands};

/// How much to print.
#[derive(Debug, Clone, Copy)]
pub struct Verbosity {
    /// Errors only.
    pub quiet: bool,
    /// Every briefing's files and times.
    pub verbose: bool,
}

/// The reporting of one run over `count` briefings. Its methods are called from the
/// briefings' workers, one at a time (under the run's print lock).
pub struct Progress {
    /// How much to print.
    verbosity: Verbosity,
    /// How many briefings the run has.
    count: usize,
    /// When the run started.
    started: Instant,
    /// The bar, on a terminal when there is more than one briefing.
    bar: Option<indicatif::ProgressBar>,
    /// Every diagnostic printed so far, as printed: a problem that many briefings share (a
    /// broken template, a missing templates folder) is printed once.
    printed: Mutex<HashSet<String>>,
    /// How many briefings failed.
    failed: AtomicUsize,
}

impl Progress {
    /// A run over `count` briefings.
    pub fn new(count: usize, verbosity: Verbosity) -> Self {
        let bar = (!verbosity.quiet && count > 1 && std::io::stderr().is_terminal()).then(|| {
            let style = indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} briefings, {elapsed}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
            indicatif::ProgressBar::new(count as u64).with_style(style)
        });
        Self {
            verbosity,
            count,
            started: Instant::now(),
            bar,
            printed: Mutex::default(),
            failed: AtomicUsize::new(0),
        }
    }

    /// Whether each briefing gets lines of its own: with `--verbose`, or when it is the
    /// run's only one (and not `--quiet`).
    pub fn each(&self) -> bool {
        self.verbosity.verbose || (!self.verbosity.quiet && self.count == 1)
    }

    /// Reports a briefing that is done: its errors, or `succeeded` with what it made
    /// (which prints its warnings and lines); then moves the bar on.
    pub fn done<T>(
        &self,
        file: &Path,
        result: Result<T, Vec<Diagnostic>>,
        succeeded: impl FnOnce(T),
    ) {
        let show = || match result {
            Ok(made) => succeeded(made),
            Err(errors) => {
                self.failed.fetch_add(1, Ordering::Relaxed);
                let new = self.not_yet_printed(&errors);
                if new.is_empty() && !errors.is_empty() {
                    diagnostic::eprint(&[Diagnostic::error(file, Commands::NotDone)]);
                } else {
                    diagnostic::eprint(&new);
                }
            }
        };
        match &self.bar {
            Some(bar) => {
                bar.suspend(show);
                bar.inc(1);
            }
            None => show(),
        }
    }

    /// Prints the warnings not printed before (none under `--quiet`).
    pub fn warnings(&self, warnings: &[Diagnostic]) {
        if !self.verbosity.quiet {
            diagnostic::eprint(&self.not_yet_printed(warnings));
        }
    }

    /// Those of `diagnostics` not printed before, marked as printed now.
    fn not_yet_printed(&self, diagnostics: &[Diagnostic]) -> Vec<Diagnostic> {
        let mut printed = self.printed.lock().unwrap_or_else(PoisonError::into_inner);
        diagnostics
            .iter()
            .filter(|d| printed.insert(d.to_string()))
            .cloned()
            .collect()
    }

    /// Ends the run: clears the bar and prints the closing line (`summary`, how many
    /// briefings failed, and the time taken) on a terminal or when there was more than one
    /// briefing, never under `--quiet`. Returns how many failed.
    pub fn finish(&self, summary: impl Into<Msg>) -> usize {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        let failed = self.failed.load(Ordering::Relaxed);
        if !self.verbosity.quiet && (self.count > 1 || std::io::stderr().is_terminal()) {
            let closing = Commands::Closing {
                summary: Box::new(summary.into()),
                failed,
                seconds: crate::messages::seconds(self.started.elapsed().as_secs_f64()),
            };
            eprintln!("{}", Msg::from(closing));
        }
        failed
    }
}

/// "s" for counts other than one.
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

//! The `presskit` binary: parses the command line and hands it to the library.

use std::process::ExitCode;

use clap::Parser;

/// Counts the bytes in use, so that `--max-memory` can stop a runaway template.
#[global_allocator]
static ALLOCATOR: presskit::memory::Counting = presskit::memory::Counting;

fn main() -> ExitCode {
    let cli = presskit::cli::Cli::parse();
    match presskit::run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(presskit::Failed) => ExitCode::from(1),
    }
}

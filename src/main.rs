//! The `presskit` binary: parses the command line and hands it to the library.

use std::process::ExitCode;

/// Refuses any one allocation past `--max-memory` (see `presskit::memory`).
#[global_allocator]
static ALLOCATOR: presskit::memory::Guarded = presskit::memory::Guarded;

fn main() -> ExitCode {
    let cli = presskit::cli::parse();
    match presskit::run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(presskit::Failed) => ExitCode::from(1),
    }
}

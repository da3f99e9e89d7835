//! Writes synthetic briefings for load tests and profiling:
//! `cargo run --release --example synth -- DIR COUNT` writes `COUNT` (default 200)
//! deterministic briefings into `DIR` as `synthetic-NNNN.toml`.

use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: synth DIR [COUNT]");
        std::process::exit(2);
    };
    let count = match args.next().map(|c| c.parse::<u64>()) {
        None => 200,
        Some(Ok(count)) => count,
        Some(Err(e)) => {
            eprintln!("synth: COUNT must be a whole number: {e}");
            std::process::exit(2);
        }
    };
    match presskit::synth::write_folder(&dir, count) {
        Ok(files) => println!("wrote {} briefings into {}", files.len(), dir.display()),
        Err(e) => {
            eprintln!("synth: cannot write into {}: {e}", dir.display());
            std::process::exit(1);
        }
    }
}

//! Benchmarks of whole runs of the release binary, printed as a table:
//! the reference kit in one cold process (median of 21 runs), and folders of 50, 100
//! and 200 synthetic briefings on every core and on one (wall time, peak memory), and
//! the speed-up this machine allows at all (independent processes side by side); then
//! incremental builds: a second build of 200 unchanged briefings, and of 200 with one
//! changed (median of 5 each); and `watch`: from saving a one-word edit of the release
//! body to the renamed `press-release.pdf` (median of 15).
//!
//! Run with `cargo bench --bench kit` (`--profile dev` for the debug build's figures);
//! `cargo bench --bench kit -- incremental watch` runs only those parts.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// The reference briefing.
const REFERENCE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/almaty-2016-12-22.toml");

/// Wall time and peak resident memory of one run of presskit.
struct Run {
    /// Wall-clock time.
    wall: Duration,
    /// Peak resident set size, in MB.
    peak_mb: f64,
}

/// Runs presskit with `args` in `dir`, measuring wall time and the child's peak RSS.
#[expect(
    clippy::zombie_processes,
    reason = "the child is reaped with wait4, for its rusage"
)]
fn run(dir: &Path, args: &[&str]) -> Run {
    let begun = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_presskit"))
        .args(args)
        .current_dir(dir)
        .spawn()
        .expect("presskit runs");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, with valid pointers to locals.
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let wall = begun.elapsed();
    assert_eq!(pid, child.id() as libc::pid_t, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "presskit {args:?} failed"
    );
    Run {
        wall,
        peak_mb: usage.ru_maxrss as f64 / 1024.0,
    }
}

/// The median of some durations.
fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    // Parts named on the command line (cargo adds `--bench`), else everything.
    let parts: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    if !parts.is_empty() {
        if parts.iter().any(|p| p == "incremental") {
            let data = dir.path().join("data-200");
            presskit::synth::write_folder(&data, 200).unwrap();
            incremental(dir.path(), data.to_str().unwrap(), 200);
        }
        if parts.iter().any(|p| p == "watch") {
            watch_latency(dir.path());
        }
        return;
    }
    std::fs::copy(REFERENCE, dir.path().join("reference.toml")).unwrap();
    // `--force` everywhere but in the incremental runs: the same briefings built again
    // into the same folder would otherwise be skipped as up to date.
    let reference = ["build", "reference.toml", "-o", "out", "-q", "--force"];
    run(dir.path(), &reference);
    let kit: Vec<Run> = (0..21).map(|_| run(dir.path(), &reference)).collect();
    let kit_median = median(kit.iter().map(|r| r.wall).collect());
    let kit_peak = kit.iter().map(|r| r.peak_mb).fold(0.0, f64::max);

    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "machine: {cores} cores; presskit {}",
        env!("CARGO_PKG_VERSION")
    );
    println!();
    println!("| run | wall | peak RSS |");
    println!("|---|---|---|");
    println!(
        "| reference kit, one cold process (median of 21) | {:.1} ms | {kit_peak:.0} MB |",
        kit_median.as_secs_f64() * 1000.0
    );
    let mut last = None;
    for count in [50u64, 100, 200] {
        let data = dir.path().join(format!("data-{count}"));
        presskit::synth::write_folder(&data, count).unwrap();
        let data = data.to_str().unwrap().to_string();
        let all = run(
            dir.path(),
            &["build", &data, "-o", "batch", "-q", "--force"],
        );
        println!(
            "| {count} synthetic briefings, {cores} threads | {:.2} s | {:.0} MB |",
            all.wall.as_secs_f64(),
            all.peak_mb
        );
        last = Some((count, all, data));
    }
    if let Some((count, _, data)) = &last {
        incremental(dir.path(), data, *count);
    }
    if let Some((count, all, data)) = last {
        let one = run(
            dir.path(),
            &[
                "build", &data, "-o", "batch", "-q", "--jobs", "1", "--force",
            ],
        );
        println!(
            "| {count} synthetic briefings, 1 thread | {:.2} s | {:.0} MB |",
            one.wall.as_secs_f64(),
            one.peak_mb
        );
        println!();
        println!(
            "speed-up on {cores} threads: {:.2}×",
            one.wall.as_secs_f64() / all.wall.as_secs_f64()
        );
    }
    println!(
        "ceiling of this machine: {:.2}×",
        machine_ceiling(dir.path(), cores)
    );
    watch_latency(dir.path());
}

/// Runs `presskit watch` on the reference briefing and edits one word of the release
/// body 15 times, a second apart; prints the median time from each save to the rename
/// of the new `press-release.pdf` (polled every millisecond), which includes the
/// watcher's quiet period, and the rebuild times `watch` itself prints.
fn watch_latency(dir: &Path) {
    let dir = dir.join("watch");
    std::fs::create_dir_all(&dir).unwrap();
    let briefing = dir.join("almaty.toml");
    let source = std::fs::read_to_string(REFERENCE).unwrap();
    std::fs::write(&briefing, &source).unwrap();
    let log = dir.join("watch.log");
    let mut child = Command::new(env!("CARGO_BIN_EXE_presskit"))
        .args(["watch", "almaty.toml", "-o", "out"])
        .current_dir(&dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .expect("presskit runs");
    let pdf = dir.join("out/almaty/press-release.pdf");
    let modified = || std::fs::metadata(&pdf).and_then(|m| m.modified()).ok();
    while !std::fs::read_to_string(&log)
        .unwrap_or_default()
        .contains("watching")
    {
        std::thread::sleep(Duration::from_millis(10));
    }
    std::thread::sleep(Duration::from_secs(1));
    let latencies: Vec<Duration> = (0..15)
        .map(|i| {
            let before = modified();
            let edited =
                source.replacen("briefed journalists", &format!("briefed reporters{i}"), 1);
            let saved = Instant::now();
            std::fs::write(&briefing, edited).unwrap();
            while modified() == before {
                std::thread::sleep(Duration::from_millis(1));
            }
            let latency = saved.elapsed();
            std::thread::sleep(Duration::from_secs(1));
            latency
        })
        .collect();
    let _ = child.kill();
    let _ = child.wait();
    let rebuilds: Vec<Duration> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("rebuilt "))
        .filter_map(|l| {
            l.rsplit(" in ")
                .next()?
                .strip_suffix(" s")?
                .parse::<f64>()
                .ok()
        })
        .map(Duration::from_secs_f64)
        .collect();
    assert!(!rebuilds.is_empty(), "watch printed no rebuild time");
    println!();
    println!(
        "watch, one-word edit of the release body: {:.0} ms from save to renamed PDF \
         (median of 15), of which the rebuild {:.0} ms (median of what watch prints)",
        median(latencies).as_secs_f64() * 1000.0,
        median(rebuilds).as_secs_f64() * 1000.0
    );
}

/// A second build of `count` unchanged briefings in `data`, and one after an edit of
/// one of them, each the median of 5 runs.
fn incremental(dir: &Path, data: &str, count: u64) {
    let build = || run(dir, &["build", data, "-o", "incremental", "-q"]).wall;
    build();
    let unchanged = median((0..5).map(|_| build()).collect());
    let edited = Path::new(data).join("synthetic-0000.toml");
    let original = std::fs::read_to_string(&edited).unwrap();
    let one_changed = median(
        (0..5)
            .map(|i| {
                std::fs::write(&edited, format!("{original}\n# edit {i}\n")).unwrap();
                build()
            })
            .collect(),
    );
    println!(
        "| {count} synthetic briefings built again, unchanged (median of 5) | {:.3} s | |",
        unchanged.as_secs_f64()
    );
    println!(
        "| {count} synthetic briefings built again, one changed (median of 5) | {:.3} s | |",
        one_changed.as_secs_f64()
    );
}

/// How much faster `cores` independent one-thread processes get through the same work
/// than one such process doing it all: the best speed-up any threading could give here.
/// Each process builds its own 25 synthetic briefings; their run times, one after
/// another, are summed and divided by the wall time of all of them at once.
fn machine_ceiling(dir: &Path, cores: usize) -> f64 {
    let folders: Vec<String> = (0..cores as u64)
        .map(|share| {
            let data = dir.join(format!("share-{share}"));
            std::fs::create_dir_all(&data).unwrap();
            for seed in 25 * share..25 * (share + 1) {
                let file = data.join(format!("synthetic-{seed:04}.toml"));
                std::fs::write(file, presskit::synth::briefing(seed)).unwrap();
            }
            data.to_str().unwrap().to_string()
        })
        .collect();
    let build = |data: &str| {
        run(
            dir,
            &[
                "build", data, "-o", "shares", "-q", "--jobs", "1", "--force",
            ],
        )
    };
    let alone: Duration = folders.iter().map(|data| build(data).wall).sum();
    let begun = Instant::now();
    std::thread::scope(|scope| {
        for data in &folders {
            scope.spawn(|| build(data));
        }
    });
    alone.as_secs_f64() / begun.elapsed().as_secs_f64()
}

//! Helpers shared by the integration tests: the reference briefing and running the real
//! binary. Each test binary uses some of them.
#![allow(dead_code)]

pub mod geometry;
pub mod images;
pub mod pdf;
pub mod test;

pub use test::Test;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The reference briefing, as shipped in `data/`.
pub const REFERENCE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/almaty-2016-12-22.toml");

/// A command running presskit with `args` in `dir`, without `SOURCE_DATE_EPOCH`, speaking
/// English whatever the machine's locale (a test of another language sets its own).
pub fn command(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_presskit"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .env("PRESSKIT_LANG", "en");
    command
}

/// Runs presskit with `args` in `dir`.
pub fn presskit(dir: &Path, args: &[&str]) -> Output {
    command(dir, args).output().expect("the binary runs")
}

/// Builds the copy of the reference briefing in `dir` into `dir/out`, which must succeed;
/// returns the briefing's output folder.
pub fn build_reference(dir: &Path) -> PathBuf {
    let out = presskit(dir, &["build", "almaty-2016-12-22.toml", "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    dir.join("out/almaty-2016-12-22")
}

/// The files the registry says a whole build of the briefing `file` writes in its own
/// language (`presskit::documents::registry::whole_build`), the oracle of tests that
/// count what the binary wrote.
pub fn registry_files(file: &Path) -> Vec<&'static str> {
    let briefing = presskit::input::model::load(file).expect("the briefing loads");
    presskit::documents::registry::whole_build(&briefing)
}

/// How many files the registry says a whole build of every briefing in `folder` writes.
pub fn registry_count(folder: &Path) -> usize {
    presskit::batch::briefing_files(&[folder.to_path_buf()])
        .expect("a folder of briefings")
        .iter()
        .map(|file| registry_files(file).len())
        .sum()
}

/// Stderr as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Text of a PDF, every page followed by a form feed (see [`pdf::text`]).
pub fn pdf_text(path: &Path) -> String {
    pdf::text(path)
}

/// Text with white space and hyphens removed, so line breaks and hyphenation do not matter.
pub fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{AD}' | '‐'))
        .collect()
}

/// Every file below `dir`, by path relative to it, with its bytes, sorted.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push((
                    path.strip_prefix(dir).unwrap().to_path_buf(),
                    std::fs::read(&path).unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}

/// Text with the typographic pass undone: curly quotes and apostrophes straight again,
/// no-break spaces plain. Compares a value of the data with its printed form.
pub fn untypeset(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '“' | '”' | '„' => '"',
            '‘' | '’' => '\'',
            '\u{a0}' => ' ',
            c => c,
        })
        .collect()
}

/// A briefing's text with its `[[attendance]]` (and all that follows it) replaced by
/// `count` outlets as a press office lists them, in the briefing's language `lang`
/// (`en`, `ru` or `kk`): names of every length, all kinds but "other", a count of
/// people for two in three, journalists' names for one in four, a programme or a website
/// for two in five, and one in seven registered but absent. Outlet `n`'s name ends in
/// ` {n+1}`, so that a test can find each one.
pub fn with_outlets(source: &str, count: usize, lang: &str) -> String {
    let head = &source[..source.find("[[attendance]]").unwrap_or(source.len())];
    let kinds = [
        "television",
        "radio",
        "print",
        "online",
        "news agency",
        "freelance",
    ];
    let (names, journalists, programme): ([&str; 6], &str, &str) = match lang {
        "ru" => (
            [
                "Телеканал «Хабар»",
                "Радио «Шалқар»",
                "Газета «Казахстанская правда»",
                "Интернет-издание «Vlast.kz»",
                "Информационное агентство «Интерфакс-Казахстан»",
                "Независимый журналист",
            ],
            "\"Гауһар Әбдіқадыр\", \"Ерлан Мұқанов\"",
            "Новости",
        ),
        "kk" => (
            [
                "«Хабар» телеарнасы",
                "«Шалқар» радиосы",
                "«Егемен Қазақстан» газеті",
                "«Азаттық» интернет-басылымы",
                "«ҚазАқпарат» халықаралық ақпарат агенттігі",
                "Тәуелсіз журналист",
            ],
            "\"Гауһар Әбдіқадыр\", \"Ерлан Мұқанов\"",
            "Жаңалықтар",
        ),
        _ => (
            [
                "Khabar TV",
                "Radio Shalkar",
                "Kazakhstanskaya Pravda",
                "Vlast.kz",
                "Interfax-Kazakhstan news agency",
                "Freelance journalist",
            ],
            "\"Gaukhar Abdikadyr\", \"Yerlan Mukanov\"",
            "News at noon",
        ),
    };
    let mut out = head.to_string();
    for n in 0..count {
        let k = n % kinds.len();
        out.push_str(&format!(
            "[[attendance]]\noutlet = \"{} {}\"\nkind = \"{}\"\n",
            names[k].replace('"', ""),
            n + 1,
            kinds[k]
        ));
        if n % 3 != 0 {
            out.push_str(&format!("people = {}\n", 1 + n % 3));
        }
        if n % 4 == 0 {
            out.push_str(&format!("journalists = [{journalists}]\n"));
        }
        match n % 5 {
            1 => out.push_str(&format!("website = \"www.outlet{n}.kz\"\n")),
            2 => out.push_str(&format!("programme = \"{programme}\"\n")),
            _ => {}
        }
        if n % 7 == 6 {
            out.push_str("present = false\n");
        }
        out.push('\n');
    }
    out
}

/// Says why a test that needs an external tool does not run; fails instead where
/// `PRESSKIT_REQUIRE_TOOLS` is set (CI sets it, so a missing install step cannot pass
/// unseen as a skipped test).
pub fn skip(reason: &str) {
    assert!(
        std::env::var_os("PRESSKIT_REQUIRE_TOOLS").is_none(),
        "{reason}, and PRESSKIT_REQUIRE_TOOLS is set: install it"
    );
    eprintln!("skipped: {reason}");
}

/// What presskit with `args`, run in `dir` on a pseudo-terminal with the variables
/// `env` (`TERM=xterm-256color` unless given), draws on it: `script` (util-linux) gives
/// the terminal and copies what is written to it. `None`, with the reason printed, when
/// `script` is not installed: the only external tool a test here needs.
pub fn on_terminal(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Option<(bool, String)> {
    if Command::new("script").arg("--version").output().is_err() {
        skip("`script` (util-linux) is not installed; it gives the pseudo-terminal");
        return None;
    }
    let line = std::iter::once(env!("CARGO_BIN_EXE_presskit"))
        .chain(args.iter().copied())
        .collect::<Vec<_>>()
        .join(" ");
    let mut command = Command::new("script");
    command
        .args(["-qec", &line, "/dev/null"])
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("NO_COLOR")
        .env("PRESSKIT_LANG", "en")
        .env("TERM", "xterm-256color");
    for (key, value) in env {
        command.env(key, value);
    }
    let out = command.output().expect("script runs");
    Some((
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    ))
}

//! The rest of the input side in the user's language (issue 28): a translation's
//! mistakes, `import`'s bad cells, unknown columns, conflicts and closing line, an email
//! address, an image, prose in another script and a date typed on the command line, each
//! run through the real binary in English, Russian and Kazakh: the same places and the
//! same values (what stands between backticks), the words of the chosen language
//! (Cyrillic, none of the English words `input_language` lists), nothing written.

use std::path::{Path, PathBuf};

use crate::common;
use crate::input_language::ENGLISH;

use common::{REFERENCE, stderr};

/// The words that begin a diagnostic after its place, in the three languages.
const SEVERITIES: &[&str] = &[
    "error",
    "warning",
    "note",
    "ошибка",
    "предупреждение",
    "примечание",
    "қате",
    "ескерту",
    "ескертпе",
];

/// What one run printed, and how it ended.
struct Run {
    /// The exit status.
    status: Option<i32>,
    /// Everything printed to standard error.
    err: String,
}

/// Runs presskit with `args` in `dir`, speaking `language`.
fn run(dir: &Path, args: &[&str], language: &str) -> Run {
    let out = common::command(dir, args)
        .env("PRESSKIT_LANG", language)
        .output()
        .unwrap();
    Run {
        status: out.status.code(),
        err: stderr(&out),
    }
}

/// The lines a person reads about `file`: each diagnostic's first line and its hints.
fn said<'a>(err: &'a str, file: &str) -> Vec<&'a str> {
    err.lines()
        .filter(|l| l.starts_with(&format!("{file}:")) || l.starts_with("  = "))
        .collect()
}

/// Where each diagnostic is: its `file:line:column` (or `file`), and a workbook's cell
/// (`Тізім!B3`) when the message starts with one.
fn places(err: &str, file: &str) -> Vec<String> {
    said(err, file)
        .into_iter()
        .filter(|l| l.starts_with(&format!("{file}:")))
        .map(|line| {
            let (head, rest) = SEVERITIES
                .iter()
                .find_map(|s| line.split_once(&format!(": {s}: ")))
                .unwrap_or_else(|| panic!("no severity in {line:?}"));
            match rest.split_once(": ").filter(|(cell, _)| cell.contains('!')) {
                Some((cell, _)) => format!("{head} {cell}"),
                None => head.to_string(),
            }
        })
        .collect()
}

/// Every value between backticks of what was said, in order.
fn values(err: &str, file: &str) -> Vec<String> {
    said(err, file)
        .into_iter()
        .flat_map(|line| {
            line.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The words of a line outside its place, backticks, quotes, brackets and the literal
/// TOML it ends with (`speaker = "…"`).
fn words(line: &str, file: &str) -> String {
    let line = line.strip_prefix(&format!("{file}:")).unwrap_or(line);
    let line = match line.find(" = ").filter(|&i| i > 4) {
        Some(equals) => {
            let before = &line[..equals];
            let start = before
                .rfind(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.')))
                .map_or(0, |i| i + 1);
            &line[..start]
        }
        None => line,
    };
    let mut out = String::new();
    let mut inside: Option<char> = None;
    for c in line.chars() {
        match (inside, c) {
            (None, '`' | '"' | '[' | '«' | '“') => {
                inside = Some(match c {
                    '[' => ']',
                    '«' => '»',
                    '“' => '”',
                    c => c,
                })
            }
            (Some(close), c) if c == close => inside = None,
            (None, c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// Checks that `line` is in Cyrillic words, with no English word outside the format's.
#[track_caller]
fn in_cyrillic(case: &str, line: &str, file: &str) {
    let words = words(line, file);
    assert!(
        words
            .chars()
            .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap())),
        "{case}: no Cyrillic in {line:?}"
    );
    for word in words
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.is_ascii() && !w.is_empty())
    {
        assert!(
            !ENGLISH.contains(&word.to_lowercase().as_str()),
            "{case}: the English word {word:?} in {line:?}"
        );
    }
}

/// Runs `args` in `dir` in the three languages, with the files of `dir` unchanged by
/// each run; checks that Russian and Kazakh say, about `file`, what English says at the
/// same places with the same values, in their own words. Returns the three runs.
#[track_caller]
fn told_alike(case: &str, dir: &Path, args: &[&str], file: &str, status: i32) -> [Run; 3] {
    let before = contents(dir);
    let runs = ["en", "ru", "kk"].map(|language| run(dir, args, language));
    assert_eq!(contents(dir), before, "{case}: a file was written");
    let en = &runs[0];
    assert_eq!(en.status, Some(status), "{case}: {}", en.err);
    assert!(!said(&en.err, file).is_empty(), "{case}: {}", en.err);
    for (language, other) in ["ru", "kk"].iter().zip(&runs[1..]) {
        let case = format!("{case} ({language})");
        assert_eq!(other.status, Some(status), "{case}: {}", other.err);
        assert_eq!(
            places(&other.err, file),
            places(&en.err, file),
            "{case}:\n{}\n{}",
            other.err,
            en.err
        );
        assert_eq!(
            values(&other.err, file),
            values(&en.err, file),
            "{case}:\n{}\n{}",
            other.err,
            en.err
        );
        for line in said(&other.err, file) {
            in_cyrillic(&case, line, file);
        }
    }
    runs
}

/// Every file under `dir` with its bytes, sorted by path.
fn contents(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push((path.clone(), std::fs::read(&path).unwrap()));
            }
        }
    }
    found.sort();
    found
}

/// A folder holding the reference briefing as `b.toml`, with `from` replaced by `to`.
fn reference_with(from: &str, to: &str) -> tempfile::TempDir {
    let reference = std::fs::read_to_string(REFERENCE).unwrap();
    assert!(reference.contains(from), "{from:?} is not in the reference");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.toml"), reference.replacen(from, to, 1)).unwrap();
    dir
}

/// The Russian sample and its Kazakh translation, in a new folder, as `b.toml` and
/// `b.kk.toml`, each with its replacements made.
fn translated(main: &[(&str, &str)], translation: &[(&str, &str)]) -> tempfile::TempDir {
    let data = Path::new(REFERENCE).parent().unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (from, name, changes) in [
        ("almaty-2017-03-23-ru.toml", "b.toml", main),
        ("almaty-2017-03-23-ru.kk.toml", "b.kk.toml", translation),
    ] {
        let mut text = std::fs::read_to_string(data.join(from)).unwrap();
        for (old, new) in changes {
            assert!(text.contains(old), "{old:?} is not in {from}");
            text = text.replacen(old, new, 1);
        }
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    std::fs::create_dir(dir.path().join("assets")).unwrap();
    std::fs::copy(
        data.join("assets/logo.svg"),
        dir.path().join("assets/logo.svg"),
    )
    .unwrap();
    dir
}

#[test]
fn a_translation_that_sets_a_date_or_names_an_unknown_speaker_is_told_in_each_language() {
    let dir = translated(
        &[],
        &[
            (
                "country = \"Қазақстан\"\n\n[release]",
                "country = \"Қазақстан\"\ndate = 2017-03-24\n\n[release]",
            ),
            ("id = \"zhaksylykov\"", "id = \"zhaksylykv\""),
        ],
    );
    let [en, ru, kk] = told_alike(
        "a date and an unknown speaker",
        dir.path(),
        &["check", "b.toml"],
        "b.kk.toml",
        1,
    );
    assert!(
        en.err
            .contains("error: event.date: a date comes from the briefing alone"),
        "{}",
        en.err
    );
    assert!(
        en.err
            .contains("no speaker of b.toml has the id `zhaksylykv`"),
        "{}",
        en.err
    );
    assert!(
        ru.err
            .contains("ошибка: event.date: дата — значение из самого брифинга"),
        "{}",
        ru.err
    );
    assert!(
        ru.err
            .contains("  = подсказка: может быть, имелось в виду `zhaksylykov`?\n"),
        "{}",
        ru.err
    );
    assert!(
        kk.err
            .contains("қате: event.date: күн тек брифингтің өзінен алынады"),
        "{}",
        kk.err
    );
    assert!(
        kk.err
            .contains("b.toml ішінде id-і `zhaksylykv` болатын спикер жоқ"),
        "{}",
        kk.err
    );
}

#[test]
fn a_translation_into_the_briefings_own_language_and_an_unknown_key_are_told_in_each_language() {
    let dir = translated(
        &[],
        &[("translation = \"kk\"", "translation = \"kk\"\ntitel = 1")],
    );
    told_alike(
        "an unknown key of a translation",
        dir.path(),
        &["check", "b.toml"],
        "b.kk.toml",
        1,
    );
    let dir = translated(&[], &[("translation = \"kk\"", "translation = \"ru\"")]);
    let [en, ru, _] = told_alike(
        "a translation whose name disagrees",
        dir.path(),
        &["check", "b.toml"],
        "b.kk.toml",
        1,
    );
    assert!(
        en.err
            .contains("`translation` is `\"ru\"` but the file's name says `kk`"),
        "{}",
        en.err
    );
    assert!(
        ru.err
            .contains("`translation` равен `\"ru\"`, а по имени файла язык — `kk`"),
        "{}",
        ru.err
    );
}

#[test]
fn a_bad_cell_of_an_attendance_sheet_is_told_at_its_place_in_each_language() {
    let dir = reference_with("", "");
    std::fs::write(
        dir.path().join("sheet.csv"),
        "outlet;kind;came\nKhabar;TV;yes\nZhas Alash;радио;perhaps\n",
    )
    .unwrap();
    let args = ["import", "attendance", "sheet.csv", "--into", "b.toml"];
    let [en, ru, kk] = told_alike(
        "a cell neither yes nor no",
        dir.path(),
        &args,
        "sheet.csv",
        1,
    );
    assert!(
        en.err
            .contains("sheet.csv:3:18: error: `perhaps` is neither yes nor no"),
        "{}",
        en.err
    );
    assert!(
        ru.err
            .contains("sheet.csv:3:18: ошибка: `perhaps` — ни да, ни нет"),
        "{}",
        ru.err
    );
    assert!(
        kk.err
            .contains("sheet.csv:3:18: қате: `perhaps` — иә да, жоқ та емес"),
        "{}",
        kk.err
    );
}

#[test]
fn a_day_not_in_the_calendar_and_a_conflict_of_coverage_are_told_in_each_language() {
    let dir = reference_with("", "");
    std::fs::write(
        dir.path().join("cov.csv"),
        "outlet,headline,date\nKhabar,Migration news,31.02.2017\n",
    )
    .unwrap();
    let args = ["import", "coverage", "cov.csv", "--into", "b.toml"];
    let [_, ru, _] = told_alike("a day not in the calendar", dir.path(), &args, "cov.csv", 1);
    assert!(
        ru.err
            .contains("cov.csv:2:23: ошибка: `31.02.2017` — такого дня в календаре нет"),
        "{}",
        ru.err
    );
    // The same outlet twice with another kind: told at the later row, in each language.
    std::fs::write(
        dir.path().join("att.csv"),
        "outlet,kind\nZhas Alash,radio\nZhas Alash,print\n",
    )
    .unwrap();
    let args = ["import", "attendance", "att.csv", "--into", "b.toml"];
    let [en, ru, kk] = told_alike("one outlet of two kinds", dir.path(), &args, "att.csv", 1);
    assert!(
        en.err
            .contains("att.csv:3:1: error: Zhas Alash is print here but radio in an earlier row"),
        "{}",
        en.err
    );
    assert!(
        ru.err
            .contains("att.csv:3:1: ошибка: Zhas Alash: здесь вид print, а в строке выше — radio"),
        "{}",
        ru.err
    );
    assert!(
        kk.err
            .contains("  = кеңес: Zhas Alash жолдарының бәріне бір түр беріңіз\n"),
        "{}",
        kk.err
    );
}

#[test]
fn an_outlet_the_briefing_holds_with_other_values_is_a_conflict_in_each_language() {
    let dir = reference_with("", "");
    std::fs::write(
        dir.path().join("sheet.csv"),
        "outlet,kind\nVremya,television\n",
    )
    .unwrap();
    let args = ["import", "attendance", "sheet.csv", "--into", "b.toml"];
    let [en, ru, kk] = told_alike("a conflict", dir.path(), &args, "sheet.csv", 1);
    assert!(
        en.err.contains(
            "sheet.csv:2:1: error: Vremya is already in the briefing with other values: kind print there, television here"
        ),
        "{}",
        en.err
    );
    assert!(
        ru.err.contains(
            "ошибка: Vremya уже есть в брифинге с другими значениями: kind: в брифинге print, в таблице television"
        ),
        "{}",
        ru.err
    );
    assert!(
        kk.err.contains("  = кеңес: ол мына жерде: b.toml:116:10 ("),
        "{}",
        kk.err
    );
}

#[test]
fn columns_not_imported_and_the_closing_line_of_a_dry_run_are_in_each_language() {
    let dir = reference_with("", "");
    std::fs::write(
        dir.path().join("sheet.csv"),
        "outlet,kind,phone\nZhas Alash,radio,123\nKhabar Radio,radio,456\n",
    )
    .unwrap();
    let args = [
        "import",
        "attendance",
        "sheet.csv",
        "--into",
        "b.toml",
        "--dry-run",
    ];
    let [en, ru, kk] = told_alike("an unknown column", dir.path(), &args, "sheet.csv", 0);
    assert!(
        en.err
            .contains("sheet.csv:1:1: warning: columns not imported: phone"),
        "{}",
        en.err
    );
    let closing = |run: &Run| run.err.lines().last().unwrap_or_default().to_string();
    assert_eq!(
        closing(&en),
        "would add 2 [[attendance]] tables to b.toml; nothing written (--dry-run)"
    );
    assert_eq!(
        closing(&ru),
        "в b.toml были бы добавлены 2 таблицы [[attendance]]; ничего не записано (--dry-run)"
    );
    assert_eq!(
        closing(&kk),
        "b.toml ішіне [[attendance]] түріндегі 2 кесте қосылар еді; ештеңе жазылған жоқ (--dry-run)"
    );
}

#[test]
fn an_email_address_an_image_and_prose_in_another_script_are_told_in_each_language() {
    let dir = reference_with(
        "short_name = \"IOM\"",
        "short_name = \"IOM\"\nemail = \"IOM <iom@iom.int>\"",
    );
    let [_, ru, _] = told_alike(
        "an email address with a name",
        dir.path(),
        &["check", "b.toml"],
        "b.toml",
        1,
    );
    assert!(
        ru.err
            .contains("  = подсказка: напишите только сам адрес: email = \"iom@iom.int\"\n"),
        "{}",
        ru.err
    );

    // A PNG whose header claims more pixels than any photo has.
    let dir = reference_with(
        "short_name = \"IOM\"",
        "short_name = \"IOM\"\nlogo = \"huge.png\"",
    );
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    png.extend(100_000u32.to_be_bytes());
    png.extend(100_000u32.to_be_bytes());
    png.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
    std::fs::write(dir.path().join("huge.png"), png).unwrap();
    let [_, _, kk] = told_alike(
        "an image too large",
        dir.path(),
        &["check", "b.toml"],
        "b.toml",
        1,
    );
    assert!(
        kk.err.contains("сурет өлшемі 100000 × 100000 пиксель"),
        "{}",
        kk.err
    );

    // A Russian briefing whose headline is in Latin letters: a warning, and the check holds.
    let dir = translated(
        &[(
            "headline = \"МОМ: число обращений",
            "headline = \"IOM: the number of calls to the migration hotline grew by a third\"\n# \"МОМ: число обращений",
        )],
        &[],
    );
    std::fs::remove_file(dir.path().join("b.kk.toml")).unwrap();
    let [en, ru, _] = told_alike(
        "prose in Latin letters",
        dir.path(),
        &["check", "b.toml"],
        "b.toml",
        0,
    );
    assert!(
        en.err.contains(
            "warning: release.headline is written in Latin letters, but the briefing's language is Russian"
        ),
        "{}",
        en.err
    );
    assert!(
        ru.err.contains(
            "предупреждение: текст release.headline написан латиницей, а язык брифинга — русский (event.language)"
        ),
        "{}",
        ru.err
    );
}

#[test]
fn a_date_typed_as_offices_write_it_on_the_command_line_gets_the_same_date_to_write() {
    let dir = tempfile::tempdir().unwrap();
    let args = ["report", "--to", "31.12.2017"];
    for (language, words) in [
        (
            "en",
            "is not written as dates are here (year-month-day): write 2017-12-31",
        ),
        (
            "ru",
            "здесь даты пишутся иначе (год-месяц-день): напишите 2017-12-31",
        ),
        (
            "kk",
            "мұнда күн басқаша жазылады (жыл-ай-күн): былай жазыңыз: 2017-12-31",
        ),
    ] {
        let told = run(dir.path(), &args, language);
        assert_eq!(told.status, Some(2), "{language}: {}", told.err);
        assert!(
            told.err.contains(&format!("`31.12.2017` {words}"))
                || told.err.contains(&format!("`31.12.2017` — {words}")),
            "{language}: {}",
            told.err
        );
    }
}

#[test]
fn upgrade_refuses_a_briefing_that_does_not_read_in_each_language_and_writes_nothing() {
    let dir = reference_with("date = 2016-12-22", "date = 22.12.2016");
    let [en, ru, kk] = told_alike(
        "upgrade of a date written with dots",
        dir.path(),
        &["upgrade", "b.toml"],
        "b.toml",
        1,
    );
    for (run, line) in [
        (&en, "  = hint: write date = 2016-12-22\n"),
        (&ru, "  = подсказка: напишите date = 2016-12-22\n"),
        (&kk, "  = кеңес: былай жазыңыз: date = 2016-12-22\n"),
    ] {
        assert!(run.err.contains(line), "{}", run.err);
    }
    assert!(
        std::fs::read_to_string(dir.path().join("b.toml"))
            .unwrap()
            .contains("\nformat = 1\n"),
        "not upgraded"
    );
}

#[test]
fn the_comment_translate_writes_atop_a_translation_is_in_the_translators_language() {
    let dir = translated(&[], &[]);
    std::fs::remove_file(dir.path().join("b.kk.toml")).unwrap();
    for (to, first) in [
        (
            "kk",
            "# b.toml брифингінің қазақ тіліндегі аудармасы; оны `presskit translate b.toml --to kk` командасы жаңартып отырады.",
        ),
        (
            "en",
            "# English translation of b.toml, kept up to date by `presskit translate b.toml --to en`.",
        ),
    ] {
        // The officer runs it in Russian: the file is for the translator, in the language
        // it translates into.
        let told = run(dir.path(), &["translate", "b.toml", "--to", to], "ru");
        assert_eq!(told.status, Some(0), "{to}: {}", told.err);
        let text = std::fs::read_to_string(dir.path().join(format!("b.{to}.toml"))).unwrap();
        assert_eq!(text.lines().next(), Some(first), "{to}");
        let comment: String = text
            .lines()
            .take_while(|l| l.starts_with('#'))
            .collect::<Vec<_>>()
            .join(" ");
        assert!(comment.contains("`#| ru:`"), "{to}: {comment}");
        if to == "kk" {
            in_cyrillic("the comment of a Kazakh translation", &comment, "b.kk.toml");
        }
        // The file it wrote reads as a translation: the check names what waits.
        let check = run(dir.path(), &["check", "b.toml"], "en");
        assert_eq!(check.status, Some(0), "{to}: {}", check.err);
        std::fs::remove_file(dir.path().join(format!("b.{to}.toml"))).unwrap();
    }
}

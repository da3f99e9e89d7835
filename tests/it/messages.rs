//! Every mistake points where the person typed it, in plain words: the briefing file's
//! common mistakes (an officer's) and broken templates (a designer's), each run through
//! the real binary, checking the exact place, the words, and that nothing was written;
//! and what a designer or a newcomer is told: `templates vars`, `templates list`, one
//! template ejected, `init` with a file name, a missing `data/`.

use crate::common;

use common::{REFERENCE, presskit, stderr};

use std::path::Path;

/// Line and column (1-based) where `needle` starts in `text`, plus `offset` characters.
fn position(text: &str, needle: &str, offset: usize) -> (usize, usize) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the file"));
    let line = text[..at].matches('\n').count() + 1;
    let column = text[..at].rsplit('\n').next().unwrap().chars().count() + 1 + offset;
    (line, column)
}

/// Builds `b.toml` (holding `text`) over an output folder with one old file in it, and
/// returns stderr after checking status 1 and that nothing was written or replaced.
#[track_caller]
fn fails(name: &str, text: &str, setup: impl FnOnce(&Path)) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.toml"), text).unwrap();
    setup(dir.path());
    std::fs::create_dir_all(dir.path().join("out/b")).unwrap();
    std::fs::write(dir.path().join("out/b/press-release.pdf"), b"previous").unwrap();
    let out = presskit(dir.path(), &["build", "b.toml", "-o", "out"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{name}: {err}");
    let left: Vec<_> = std::fs::read_dir(dir.path().join("out/b"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["press-release.pdf"], "{name}: wrote files");
    assert_eq!(
        std::fs::read(dir.path().join("out/b/press-release.pdf")).unwrap(),
        b"previous",
        "{name}: replaced a file"
    );
    err
}

/// One mistake in the briefing: what to replace in the reference, where the error must
/// point (`at` found in the new text, plus `offset` characters), its message, a hint.
struct Case {
    /// What the case is.
    name: &'static str,
    /// Text of the reference to replace (its first occurrence).
    from: &'static str,
    /// What to put there.
    to: &'static str,
    /// Text that starts where the error points...
    at: &'static str,
    /// ...plus this many characters.
    offset: usize,
    /// The message, exactly.
    message: &'static str,
    /// A hint, exactly.
    hint: &'static str,
}

/// The briefing mistakes of issue 15, with the words each must get.
const CASES: &[Case] = &[
    Case {
        name: "curly quotes",
        from: "role = \"National Officer\"\norganization = \"IOM Sub",
        to: "role = “National Officer”\norganization = \"IOM Sub",
        at: "“National",
        offset: 0,
        message: "`role`: the text is in curly quotes (“…” or «…»), which TOML does not read as quotes",
        hint: "write the straight quotes of a keyboard: role = \"National Officer\"",
    },
    Case {
        name: "windows path",
        from: "short_name = \"IOM\"",
        to: "short_name = \"IOM\"\nlogo = \"assets\\logo.png\"",
        at: "\\logo.png",
        offset: 0,
        message: "`logo`: a backslash \\ starts a special character in TOML text, so paths are written with /",
        hint: "write logo = \"assets/logo.png\"",
    },
    Case {
        name: "windows path from the disk",
        from: "short_name = \"IOM\"",
        to: "short_name = \"IOM\"\nlogo = \"C:\\Users\\aliya\\logo.png\"",
        at: "\\Users",
        offset: 0,
        message: "`logo`: a backslash \\ starts a special character in TOML text, so paths are written with /",
        // Not `write logo = "C:/Users/…"`: that is refused in turn, as a path from the disk.
        hint: "the file must be in the briefing's folder: copy logo.png there, beside the briefing, and write logo = \"logo.png\"",
    },
    Case {
        name: "quote marks inside text",
        from: "name = \"Aliya Alikova\"\nrole",
        to: "name = \"Aliya \"Ali\" Alikova\"\nrole",
        at: "\"Ali\"",
        offset: 0,
        message: "`name`: this quote mark ends the text, and what follows it is not TOML",
        hint: "write name = \"Aliya \\\"Ali\\\" Alikova\"",
    },
    Case {
        name: "missing closing quote",
        from: "title = \"Labour migration\"",
        to: "title = \"Labour migration",
        at: "title = \"Labour migration",
        offset: 25,
        message: "`title`: this text has no closing quote",
        hint: "end the text with \" on the same line; a text of several lines is written between \"\"\" and \"\"\"",
    },
    Case {
        name: "date with dots",
        from: "date = 2016-12-22",
        to: "date = 22.12.2016",
        at: "22.12.2016",
        offset: 0,
        message: "`date`: dates are written 2027-03-18 (year, month, day, with -), without quotes",
        hint: "write date = 2016-12-22",
    },
    Case {
        name: "date with slashes",
        from: "date = 2016-12-22",
        to: "date = 2016/12/22",
        at: "2016/12/22",
        offset: 0,
        message: "`date`: dates are written 2027-03-18 (year, month, day, with -), without quotes",
        hint: "write date = 2016-12-22",
    },
    Case {
        name: "quoted date",
        from: "date = 2016-12-22",
        to: "date = \"2016-12-22\"",
        at: "\"2016-12-22\"",
        offset: 0,
        message: "event.date: dates are written 2027-03-18 (year, month, day, with -), without quotes",
        hint: "write date = 2016-12-22",
    },
    Case {
        name: "no quotes",
        from: "title = \"Labour migration\"",
        to: "title = Labour migration",
        at: "Labour migration",
        offset: 0,
        message: "`title`: text is written between quotes",
        hint: "write title = \"Labour migration\"",
    },
    Case {
        name: "no for false",
        from: "outlet = \"Vremya\"\nkind = \"print\"",
        to: "outlet = \"Vremya\"\nkind = \"print\"\npresent = нет",
        at: "нет",
        offset: 0,
        message: "`present` is true or false, without quotes",
        hint: "write present = false",
    },
    Case {
        name: "time with a dot",
        from: "date = 2016-12-22",
        to: "date = 2016-12-22\ntime = 11.00",
        at: "11.00",
        offset: 0,
        message: "event.time: times are written 11:00:00 (hours, minutes, seconds, with :), without quotes",
        hint: "write time = 11:00:00",
    },
    Case {
        name: "unknown key",
        from: "outlet = \"Vremya\"",
        to: "outlett = \"Vremya\"",
        at: "outlett",
        offset: 0,
        message: "`outlett` is not a key of [[attendance]]",
        hint: "did you mean `outlet`?",
    },
    Case {
        name: "unknown table",
        from: "[release]",
        to: "[releases]",
        at: "releases]",
        offset: 0,
        message: "`releases` is not a table of the briefing format",
        hint: "did you mean `release`?",
    },
    Case {
        name: "required key missing",
        from: "role = \"National Officer\"\norganization = \"IOM Sub",
        to: "organization = \"IOM Sub",
        at: "[[speakers]]\nid = \"alikova\"",
        offset: 0,
        message: "speakers[3] (\"Aliya Alikova\") has no `role`, which is required",
        hint: "add role = \"…\" under this [[speakers]] heading",
    },
    Case {
        name: "an embargo's offset of one digit",
        from: "headline = ",
        to: "embargo = 2016-12-22T10:00:00+6:00\nheadline = ",
        at: "2016-12-22T10:00:00+6:00",
        offset: 0,
        message: "`embargo`: an embargo is written 2027-03-18T10:00:00+06:00 (date, T, time, offset from UTC), without quotes",
        hint: "write embargo = 2016-12-22T10:00:00+06:00",
    },
    Case {
        name: "key written twice",
        from: "role = \"National Officer\"\n",
        to: "role = \"National Officer\"\nrole = \"Officer\"\n",
        at: "role = \"Officer\"",
        offset: 0,
        message: "`speakers[3].role` is already set on line 73",
        hint: "a key is written once per table: keep one of the two lines",
    },
    Case {
        name: "one table where a list is meant",
        from: "[[attendance]]\noutlet = \"Exclusive\"",
        to: "[attendance]\noutlet = \"Exclusive\"",
        at: "[attendance]",
        offset: 0,
        message: "[attendance] makes one table, but attendance is a list: each item starts with [[attendance]], in double brackets",
        hint: "write [[attendance]] here and over every other item",
    },
    Case {
        name: "every item a table",
        from: "[[topics]]\ntitle = \"Irregular migration\"",
        to: "[topics]\ntitle = \"Irregular migration\"",
        at: "[topics]\ntitle = \"Irregular",
        offset: 0,
        message: "[topics] makes one table, but topics is a list: each item starts with [[topics]], in double brackets",
        hint: "write [[topics]] here and over every other item",
    },
    Case {
        name: "number in quotes",
        from: "year = 2014",
        to: "year = \"2014\"",
        at: "\"2014\"",
        offset: 0,
        message: "reports[2].year (\"Mapping on Irregular Migration in Central Asia 2014\") is a whole number, like 2014, without quotes",
        hint: "write year = 2014",
    },
    Case {
        name: "no people",
        from: "outlet = \"Vremya\"\nkind = \"print\"",
        to: "outlet = \"Vremya\"\nkind = \"print\"\npeople = 0",
        at: "0\n",
        offset: 0,
        message: "attendance[4].people (\"Vremya\") is a whole number of people, at least 1, like 2",
        hint: "leave people out when the number is not known",
    },
    Case {
        name: "one text for a list",
        from: "funders = [\"IOM Development Fund\"]",
        to: "funders = \"IOM Development Fund\"",
        at: "\"IOM Development Fund\"",
        offset: 0,
        message: "reports[2].funders (\"Mapping on Irregular Migration in Central Asia 2014\") is a list of texts: funders = [\"…\", \"…\"]",
        hint: "write funders = [\"IOM Development Fund\"]",
    },
    Case {
        name: "yes for true",
        from: "outlet = \"Vremya\"\nkind = \"print\"",
        to: "outlet = \"Vremya\"\nkind = \"print\"\npresent = \"yes\"",
        at: "\"yes\"",
        offset: 0,
        message: "attendance[4].present (\"Vremya\") is true or false, without quotes",
        hint: "write present = true",
    },
    Case {
        name: "TV",
        from: "kind = \"television\"",
        to: "kind = \"TV\"",
        at: "\"TV\"",
        offset: 0,
        message: "attendance[6].kind (\"Kazakh TV\"): `TV` is not a kind of media outlet; the kinds are television, radio, print, online, news agency, freelance, other",
        hint: "for TV, write kind = \"television\"",
    },
    Case {
        name: "newspaper",
        from: "kind = \"print\"",
        to: "kind = \"newspaper\"",
        at: "\"newspaper\"",
        offset: 0,
        message: "attendance[4].kind (\"Vremya\"): `newspaper` is not a kind of media outlet; the kinds are television, radio, print, online, news agency, freelance, other",
        hint: "for newspaper, write kind = \"print\"",
    },
    Case {
        name: "a name for an id",
        from: "id = \"alikova\"",
        to: "id = \"Алия Аликова\"",
        at: "\"Алия Аликова\"",
        offset: 0,
        message: "speakers[3].id (\"Aliya Alikova\"): `Алия Аликова` is not a valid id: use lower-case letters, digits and `-`",
        hint: "write id = \"aliya-alikova\"",
    },
    Case {
        name: "a character no font has",
        from: "title = \"Labour migration\"",
        to: "title = \"Labour migration 勞動\"",
        at: "\"Labour migration 勞動\"",
        offset: 0,
        message: "topics[1].title holds U+52DE (勞), which no shipped font can print",
        hint: "replace or remove the character; the fonts cover Latin, Greek and Cyrillic (Kazakh included)",
    },
];

#[test]
fn briefing_mistakes_are_told_in_plain_words_where_they_were_typed() {
    let reference = std::fs::read_to_string(REFERENCE).unwrap();
    for case in CASES {
        assert!(
            reference.contains(case.from),
            "{}: the reference lacks {:?}",
            case.name,
            case.from
        );
        let text = reference.replacen(case.from, case.to, 1);
        let (line, column) = position(&text, case.at, case.offset);
        let err = fails(case.name, &text, |_| {});
        let expected = format!("b.toml:{line}:{column}: error: {}\n", case.message);
        assert!(
            err.starts_with(&expected),
            "{}: expected\n{expected}in:\n{err}",
            case.name
        );
        assert!(
            err.contains(&format!("= hint: {}\n", case.hint)),
            "{}: no hint {:?} in:\n{err}",
            case.name,
            case.hint
        );
    }
}

#[test]
fn every_table_written_as_one_is_reported_once_at_the_first() {
    let reference = std::fs::read_to_string(REFERENCE).unwrap();
    let text = reference.replace("[[speakers]]", "[speakers]");
    let (line, column) = position(&text, "[speakers]", 0);
    let err = fails("all speakers", &text, |_| {});
    assert!(
        err.starts_with(&format!(
            "b.toml:{line}:{column}: error: [speakers] makes one table, but speakers is a list"
        )),
        "{err}"
    );
}

#[test]
fn prose_in_another_script_than_the_language_is_a_warning() {
    let reference = std::fs::read_to_string(REFERENCE).unwrap();
    let text = reference.replacen("language = \"en\"", "language = \"ru\"", 1);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.toml"), &text).unwrap();
    let out = presskit(dir.path(), &["check", "b.toml"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let (line, column) = position(&text, "\"IOM briefs", 0);
    assert!(
        err.contains(&format!(
            "b.toml:{line}:{column}: warning: release.headline is written in Latin letters, but the briefing's language is Russian (event.language)\n"
        )),
        "{err}"
    );
}

#[test]
fn a_misspelt_table_is_told_once_not_again_by_the_tables_below_it() {
    let reference = std::fs::read_to_string(REFERENCE).unwrap();
    // A quote of the release below, as most briefings have: `[[release.quotes]]` then
    // makes a `release` table of its own.
    let text = reference.replacen("[release]\n", "[relase]\n", 1)
        + "\n[[release.quotes]]\nspeaker = \"keserovic\"\ntext = \"A quote.\"\n";
    assert_ne!(text, reference);
    let err = fails("misspelt release", &text, |_| {});
    let (line, column) = position(&text, "relase]", 0);
    assert!(
        err.contains(&format!(
            "b.toml:{line}:{column}: error: `relase` is not a table of the briefing format\n"
        )),
        "{err}"
    );
    assert!(err.contains("did you mean `release`?"), "{err}");
    // [release.contact] below it is not a release of no headline.
    assert_eq!(err.matches(": error: ").count(), 1, "{err}");
}

#[test]
fn an_empty_briefing_file_is_told_so_with_init_as_the_way_to_start() {
    let err = fails("empty", "\n  \n", |_| {});
    assert!(
        err.contains("b.toml:1:1: error: the briefing file is empty\n"),
        "{err}"
    );
    assert!(err.contains("`presskit init FILE` writes one"), "{err}");
}

#[test]
fn a_headline_of_a_paragraph_s_length_is_a_warning_at_it() {
    let reference = std::fs::read_to_string(REFERENCE).unwrap();
    let long = "IOM briefs Almaty journalists ".repeat(7);
    let text = reference.replacen(
        "\"IOM briefs Almaty journalists on migration trends in Central Asia\"",
        &format!("\"{}\"", long.trim()),
        1,
    );
    assert_ne!(text, reference);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.toml"), &text).unwrap();
    let out = presskit(dir.path(), &["check", "b.toml"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let (line, column) = position(&text, "\"IOM briefs", 0);
    assert!(
        err.contains(&format!(
            "b.toml:{line}:{column}: warning: the headline is {} characters long; the release and the kit print it whole, over several lines\n",
            long.trim().chars().count()
        )),
        "{err}"
    );
    // The reference's own headline is not warned of.
    std::fs::write(dir.path().join("b.toml"), &reference).unwrap();
    let err = stderr(&presskit(dir.path(), &["check", "b.toml"]));
    assert!(!err.contains("the headline is"), "{err}");
}

/// A folder holding the reference briefing as `b.toml` and the built-in templates
/// ejected beside it, in `templates/`.
fn ejected() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(REFERENCE, dir.path().join("b.toml")).unwrap();
    let out = presskit(dir.path(), &["templates", "eject", "templates"]);
    assert!(out.status.success(), "{}", stderr(&out));
    dir
}

/// Replaces the first `from` in the template `file` of `dir`; returns the new text.
#[track_caller]
fn edit(dir: &Path, file: &str, from: &str, to: &str) -> String {
    let path = dir.join("templates").join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} lacks {from:?}");
    let text = text.replacen(from, to, 1);
    std::fs::write(&path, &text).unwrap();
    text
}

/// Builds the briefing of `dir`, which must fail and write nothing; returns stderr.
#[track_caller]
fn build_fails(dir: &Path) -> String {
    let out = presskit(dir, &["build", "b.toml", "-o", "out"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(!dir.join("out").exists(), "wrote output:\n{err}");
    err
}

/// One template mistake: the edit, where the error must point, its words and a hint.
struct TemplateCase {
    /// What the case is.
    name: &'static str,
    /// The template file, under `templates/`.
    file: &'static str,
    /// Text to replace.
    from: &'static str,
    /// What to put there.
    to: &'static str,
    /// Text that starts where the error points.
    at: &'static str,
    /// The message, exactly (`{line}`: the line of `at`).
    message: &'static str,
    /// A hint, exactly.
    hint: &'static str,
}

/// The designer's mistakes of issue 15, made in an ejected partial.
const TEMPLATE_CASES: &[TemplateCase] = &[
    TemplateCase {
        name: "unknown Typst variable",
        file: "partials/letterhead.typ.hbs",
        from: "fill: accent, {",
        to: "fill: accentt, {",
        at: "accentt",
        message: "unknown variable: accentt",
        hint: "this stops press-release.pdf, attendance-summary.pdf, media-advisory.pdf",
    },
    TemplateCase {
        name: "a bracket removed",
        file: "partials/letterhead.typ.hbs",
        from: "    ],\n    contact,",
        to: "    ,\n    contact,",
        at: "[\n      #text(size: 13pt",
        message: "unclosed delimiter",
        hint: "this stops press-release.pdf, attendance-summary.pdf, media-advisory.pdf",
    },
    TemplateCase {
        name: "unclosed block",
        file: "partials/letterhead.typ.hbs",
        from: "[{{organization.tagline}}]{{/if}}",
        to: "[{{organization.tagline}}]",
        at: "{{#if organization.tagline}}",
        message: "the block `{{#if organization.tagline}}` opened on line {line} is never closed",
        hint: "close it with {{/if}} where the block should end",
    },
    TemplateCase {
        name: "missing brace",
        file: "partials/letterhead.typ.hbs",
        from: "[{{organization.office}}]",
        to: "[{{organization.office}]",
        at: "{{organization.office}]",
        message: "`{{organization.office}` is not closed: `}}` is missing",
        hint: "write {{organization.office}}",
    },
    TemplateCase {
        name: "misspelt variable",
        file: "partials/letterhead.typ.hbs",
        from: "{{str organization.name}}.split",
        to: "{{str organization.nmae}}.split",
        at: "{{str organization.nmae}}",
        message: "`organization.nmae` does not exist in the data given to templates",
        hint: "did you mean organization.name?",
    },
];

#[test]
fn template_mistakes_point_into_the_ejected_partial_once() {
    for case in TEMPLATE_CASES {
        let dir = ejected();
        let text = edit(dir.path(), case.file, case.from, case.to);
        let (line, column) = position(&text, case.at, 0);
        let err = build_fails(dir.path());
        let message = case.message.replace("{line}", &line.to_string());
        let expected = format!(
            "templates/{}:{line}:{column}: error: {message}\n",
            case.file
        );
        assert!(
            err.contains(&expected),
            "{}: expected\n{expected}in:\n{err}",
            case.name
        );
        assert_eq!(
            err.matches(&message).count(),
            1,
            "{}: printed more than once:\n{err}",
            case.name
        );
        assert!(
            err.contains(&format!("= hint: {}\n", case.hint)),
            "{}: no hint {:?} in:\n{err}",
            case.name,
            case.hint
        );
    }
}

#[test]
fn templates_vars_lists_variables_with_types_and_values_helpers_and_partials() {
    let dir = tempfile::tempdir().unwrap();
    let out = presskit(dir.path(), &["templates", "vars"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("organization.name "))
        .unwrap_or_else(|| panic!("no organization.name in:\n{text}"));
    let words: Vec<&str> = line.split("  ").filter(|w| !w.trim().is_empty()).collect();
    assert_eq!(
        words.iter().map(|w| w.trim()).collect::<Vec<_>>(),
        [
            "organization.name",
            "text",
            "\"International Organization for Migration\""
        ]
    );
    for needle in [
        "speakers[].name ",
        "attendance.by_kind[].kind ",
        "agenda[].item ",
        "{{str value}}",
        "{{num value}}",
        "{{upper value}}",
        "{{> partials/letterhead}}",
    ] {
        assert!(text.contains(needle), "{needle:?} not in:\n{text}");
    }

    let out = presskit(dir.path(), &["templates", "vars", "name-tents.typ.hbs"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("speakers[].name "), "{text}");
    assert!(!text.contains("attendance.any "), "{text}");

    let out = presskit(dir.path(), &["templates", "vars", "archive-index.typ.hbs"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("rows[].people_by_kind "), "{text}");
    assert!(!text.contains("speakers[].name "), "{text}");

    let out = presskit(dir.path(), &["templates", "vars", "press-relase.typ.hbs"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "press-relase.typ.hbs: error: is not a template presskit has\n  = hint: did you mean press-release.typ.hbs?\n  = hint: `presskit templates list` names them all\n\n"
    );
}

#[test]
fn templates_list_says_where_each_template_of_a_briefing_comes_from() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(REFERENCE, dir.path().join("b.toml")).unwrap();
    let out = presskit(
        dir.path(),
        &[
            "templates",
            "eject",
            "templates",
            "partials/letterhead.typ.hbs",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "wrote templates/partials/letterhead.typ.hbs\n"
    );
    let files = common::snapshot(&dir.path().join("templates"));
    assert_eq!(files.len(), 1, "{files:?}");
    // Never overwriting, even one template.
    let again = presskit(
        dir.path(),
        &[
            "templates",
            "eject",
            "templates",
            "partials/letterhead.typ.hbs",
        ],
    );
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );

    let out = presskit(dir.path(), &["templates", "list", "b.toml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    let origin = |name: &str| {
        text.lines()
            .find(|l| l.trim_start().starts_with(name))
            .map(|l| l.trim_start()[name.len()..].trim().to_string())
            .unwrap_or_else(|| panic!("{name} not in:\n{text}"))
    };
    assert!(text.starts_with("b.toml:\n"), "{text}");
    assert_eq!(
        origin("partials/letterhead.typ.hbs"),
        "from templates/ beside the briefing: templates/partials/letterhead.typ.hbs"
    );
    assert_eq!(origin("press-release.typ.hbs"), "built-in");
    assert_eq!(origin("archive-index.typ.hbs"), "built-in");
}

#[test]
fn newcomers_are_told_what_was_expected() {
    let dir = tempfile::tempdir().unwrap();
    // init with a file name writes that file; with a folder, it says to name the file.
    let out = presskit(dir.path(), &["init", "data/riga-2027-03-18.toml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path().join("data/riga-2027-03-18.toml").is_file());
    assert!(!stderr(&out).contains("rename it"), "{}", stderr(&out));
    let out = presskit(dir.path(), &["init", "other"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the file's name becomes the name of its output and archive folders: rename it after the event and date"),
        "{}",
        stderr(&out)
    );

    // `cd data && presskit build`: no data/ here, but briefings are.
    let data = dir.path().join("data");
    let out = presskit(&data, &["build"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "data: error: there is no data/ folder here, where presskit looks for briefings when none is named\n  = hint: the briefings seem to be in this folder: name them (`presskit build .` or `presskit build ./riga-2027-03-18.toml`), or run presskit from the folder above\n\n"
    );
    assert!(!data.join("out").exists());

    // `presskit watch data`: a folder where one file is expected.
    let out = presskit(dir.path(), &["watch", "data"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "data: error: is a folder; watch follows one briefing file and rebuilds it on every save\n  = hint: name the file: presskit watch data/riga-2027-03-18.toml\n\n"
    );

    // One briefing: what was written, and the timings only with --verbose.
    let out = presskit(dir.path(), &["build", "data", "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("ms (load"), "{}", stderr(&out));
    // Made again (--force): an up-to-date briefing has no timings to tell.
    let out = presskit(
        dir.path(),
        &["build", "data", "-o", "out", "--verbose", "--force"],
    );
    assert!(stderr(&out).contains("ms (load"), "{}", stderr(&out));

    let out = presskit(dir.path(), &["--help"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Example: presskit init data/"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn keep_typst_writes_the_markup_typst_saw_and_errors_name_it() {
    let dir = ejected();
    let out = presskit(
        dir.path(),
        &["build", "b.toml", "-o", "out", "--keep-typst"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let kept = common::snapshot(&dir.path().join("out/b/typst"));
    let names: Vec<String> = kept.iter().map(|(p, _)| p.display().to_string()).collect();
    assert_eq!(
        names,
        [
            "attendance-summary.typ",
            "media-advisory.typ",
            "name-tents.typ",
            "press-kit.typ",
            "press-release.typ",
            "sign-in-sheet.typ",
            "speaker-bios.typ"
        ]
    );
    std::fs::remove_dir_all(dir.path().join("out")).unwrap();

    let text = edit(
        dir.path(),
        "partials/letterhead.typ.hbs",
        "fill: accent, {",
        "fill: accentt, {",
    );
    let (line, column) = position(&text, "accentt", 0);
    let out = presskit(
        dir.path(),
        &["build", "b.toml", "-o", "out", "--keep-typst"],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!(
            "templates/partials/letterhead.typ.hbs:{line}:{column}: error: unknown variable: accentt\n"
        )),
        "{err}"
    );
    let markup = std::fs::read_to_string(dir.path().join("out/b/typst/press-release.typ")).unwrap();
    let (line, column) = position(&markup, "accentt", 0);
    assert!(
        err.contains(&format!(
            "= hint: in the generated Typst: out/b/typst/press-release.typ:{line}:{column}\n"
        )),
        "{err}"
    );
    // Only the markup is written: no document of a failed build.
    let written: Vec<_> = std::fs::read_dir(dir.path().join("out/b"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(written, ["typst"]);
}

#[test]
fn fonts_beside_the_briefing_or_given_add_what_the_shipped_ones_lack() {
    let font = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fonts/NotoSansOgham-Regular.ttf"
    );
    let reference = std::fs::read_to_string(REFERENCE).unwrap();
    // An outlet whose name is in a script the shipped fonts lack (Ogham stands in for
    // Chinese or Arabic here: its font is 5 KB).
    let text = reference.replacen("outlet = \"Vremya\"", "outlet = \"Vremya ᚁᚂᚃ\"", 1);
    let (line, column) = position(&text, "\"Vremya ᚁᚂᚃ\"", 0);
    let err = fails("no font", &text, |_| {});
    assert!(
        err.starts_with(&format!(
            "b.toml:{line}:{column}: error: attendance[4].outlet holds U+1681 (ᚁ), which no shipped font can print\n"
        )),
        "{err}"
    );
    assert!(
        err.contains(
            "= hint: or add a font that has it (TTF, OTF) in a fonts/ folder beside the briefing\n"
        ),
        "{err}"
    );

    // A fonts/ folder beside the briefing: the glyph check and Typst use it.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.toml"), &text).unwrap();
    std::fs::create_dir(dir.path().join("fonts")).unwrap();
    std::fs::copy(font, dir.path().join("fonts/NotoSansOgham-Regular.ttf")).unwrap();
    let out = presskit(dir.path(), &["build", "b.toml", "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = common::pdf_text(&dir.path().join("out/b/attendance-summary.pdf"));
    assert!(summary.contains("ᚁᚂᚃ"), "{summary}");

    // --fonts DIR, from anywhere.
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::write(elsewhere.path().join("b.toml"), &text).unwrap();
    let out = presskit(
        elsewhere.path(),
        &[
            "check",
            "b.toml",
            "--fonts",
            dir.path().join("fonts").to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));

    // A file named as a font that is not one is an error naming it; nothing is written.
    let err = fails("not a font", &text, |dir| {
        std::fs::create_dir(dir.join("fonts")).unwrap();
        std::fs::write(dir.join("fonts/Brand.ttf"), b"<html>not a font</html>").unwrap();
    });
    assert_eq!(
        err,
        "fonts/Brand.ttf: error: is not a font presskit can read\n  = hint: fonts are TrueType or OpenType files (.ttf, .otf, .ttc); remove this one or export it again\n\n"
    );
}

#[test]
fn the_archive_index_template_beside_the_briefing_is_used_without_an_option() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(REFERENCE, dir.path().join("b.toml")).unwrap();
    let out = presskit(
        dir.path(),
        &["templates", "eject", "templates", "archive-index.typ.hbs"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    edit(
        dir.path(),
        "archive-index.typ.hbs",
        "#heading(level: 1)[{{words.archive_title}}]",
        "#heading(level: 1)[{{words.archive_title}}]\nOUR OWN INDEX",
    );
    // Its colours come from the partial the documents take them from.
    let out = presskit(
        dir.path(),
        &[
            "templates",
            "eject",
            "templates",
            "partials/colours.typ.hbs",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    edit(
        dir.path(),
        "partials/colours.typ.hbs",
        "#let accent = rgb(\"#1b4f72\")",
        "#let accent = rgb(\"#1b4f72\")\nOUR OWN COLOURS",
    );
    let out = presskit(dir.path(), &["archive", "b.toml", "--to", "archive"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let index = common::pdf_text(&dir.path().join("archive/index.pdf"));
    assert!(index.contains("OUR OWN INDEX"), "{index}");
    assert!(index.contains("OUR OWN COLOURS"), "{index}");
}

/// Builds `b.toml` (holding `text`, after `setup`) and returns stderr, which must come
/// with status 1.
fn check_fails(text: &str, setup: impl FnOnce(&Path)) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.toml"), text).unwrap();
    setup(dir.path());
    let out = presskit(dir.path(), &["check", "b.toml"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    err
}

#[test]
fn a_missing_image_is_told_in_plain_words_with_the_file_of_nearly_that_name() {
    let reference = std::fs::read_to_string(REFERENCE).unwrap();
    let text = reference.replacen(
        "name = \"Aliya Alikova\"\nrole",
        "name = \"Aliya Alikova\"\nphoto = \"photos/portrait.jpg\"\nrole",
        1,
    );
    let (line, column) = position(&text, "\"photos/portrait.jpg\"", 0);
    let err = fails("near miss", &text, |dir| {
        std::fs::create_dir(dir.join("photos")).unwrap();
        std::fs::write(dir.join("photos/portrait.JPG"), b"not read").unwrap();
    });
    assert!(
        err.starts_with(&format!(
            "b.toml:{line}:{column}: error: speakers[3].photo (\"Aliya Alikova\"): there is no file `photos/portrait.jpg` in the briefing's folder\n"
        )),
        "{err}"
    );
    assert!(
        err.contains(
            "  = hint: did you mean photos/portrait.JPG? write photo = \"photos/portrait.JPG\"\n"
        ),
        "{err}"
    );
    assert!(!err.contains("os error"), "{err}");

    // A folder of another case, and nothing near: what the folder holds.
    let text = reference.replacen(
        "short_name = \"IOM\"",
        "short_name = \"IOM\"\nlogo = \"Assets/Logo.svg\"",
        1,
    );
    let (line, column) = position(&text, "\"Assets/Logo.svg\"", 0);
    let err = check_fails(&text, |dir| {
        std::fs::create_dir(dir.join("assets")).unwrap();
        std::fs::write(
            dir.join("assets/logo.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        )
        .unwrap();
    });
    assert!(
        err.starts_with(&format!(
            "b.toml:{line}:{column}: error: organization.logo: there is no folder `Assets` in the briefing's folder, so no `Assets/Logo.svg`\n"
        )),
        "{err}"
    );
    assert!(
        err.contains("  = hint: did you mean assets/logo.svg? write logo = \"assets/logo.svg\"\n"),
        "{err}"
    );
    let err = check_fails(&text.replace("Assets/Logo.svg", "logo.svg"), |dir| {
        std::fs::write(dir.join("emblem.svg"), "<svg/>").unwrap();
    });
    assert!(
        err.contains(
            "error: organization.logo: there is no file `logo.svg` in the briefing's folder\n"
        ),
        "{err}"
    );
    assert!(
        err.contains("  = hint: the briefing's folder holds b.toml, emblem.svg\n"),
        "{err}"
    );
}

#[test]
fn a_speaker_s_name_where_an_id_is_expected_is_told_whose_id_to_write() {
    let reference = std::fs::read_to_string(REFERENCE).unwrap();
    let text = reference
        .replacen(
            "honorific = \"Mrs.\"\nname = \"Aliya Alikova\"",
            "honorific = \"Mrs.\"\nname = \"Жанна Ахметова\"",
            1,
        )
        .replacen(
            "[[topics]]",
            "[[release.quotes]]\nspeaker = \"Жанна\"\ntext = \"Hello\"\n\n[[topics]]",
            1,
        );
    let (line, column) = position(&text, "\"Жанна\"", 0);
    let err = fails("name for id", &text, |_| {});
    assert!(
        err.starts_with(&format!(
            "b.toml:{line}:{column}: error: release.quotes[1].speaker: no speaker has the id `Жанна`\n"
        )),
        "{err}"
    );
    assert!(
        err.contains("  = hint: Жанна is the name of speakers[3], Жанна Ахметова, whose id is alikova: write speaker = \"alikova\"\n"),
        "{err}"
    );
    assert!(
        err.contains("  = hint: a speaker is named by the id of its [[speakers]] table: alikova, hadjiemmanuel, keserovic\n"),
        "{err}"
    );
}

#[test]
fn a_briefing_saved_in_windows_1251_is_told_so_at_its_first_russian_letter() {
    let text = "# Брифинг, набранный в Блокноте\nformat = 1\n\n[organization]\nname = \"Международная организация по миграции\"\n\n[event]\ntitle = \"Брифинг\"\ndate = 2017-03-23\nlanguage = \"ru\"\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(text);
    assert!(!unmappable);
    let (line, column) = position(text, "Брифинг, набранный", 0);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.toml"), &bytes).unwrap();
    let out = presskit(dir.path(), &["build", "b.toml", "-o", "out"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let at = std::str::from_utf8(&bytes).unwrap_err().valid_up_to();
    assert!(
        err.starts_with(&format!(
            "b.toml:{line}:{column}: error: the file is saved in Windows-1251 (Cyrillic), not UTF-8, the only encoding presskit reads; its first letter that is not UTF-8 is here (byte {at})\n"
        )),
        "{err}"
    );
    // The line is shown as its author sees it.
    assert!(err.contains("# Брифинг, набранный в Блокноте"), "{err}");
    assert!(
        err.contains(
            "  = hint: save it again as UTF-8: in Notepad, File → Save as…, Encoding: UTF-8, Save"
        ),
        "{err}"
    );
    assert!(!dir.path().join("out").exists());
}

#[test]
fn independent_mistakes_are_all_told_in_one_run() {
    let reference = std::fs::read_to_string(REFERENCE).unwrap();
    let text = reference
        .replacen(
            "role = \"Head of IOM Almaty office; Deputy Coordinator for Central Asia\"",
            "role = 5",
            1,
        )
        .replacen("kind = \"print\"", "kind = \"newspaper\"", 1)
        .replacen("date = 2016-12-22", "date = 22.12.2016", 1)
        .replacen(
            "short_name = \"IOM\"",
            "short_name = \"IOM\"\nlogo = \"logo.png\"",
            1,
        )
        .replacen(
            "name = \"Dejan Keserovic\"",
            "name = \"Dejan Keserovic\"\nphoto = \"keserovic.jpg\"",
            1,
        );
    // The date is a mistake of TOML itself: it hides the rest until it is corrected.
    let err = fails("TOML first", &text, |_| {});
    let at = |needle: &str| position(&text, needle, 0);
    let (line, column) = at("22.12.2016");
    assert!(
        err.starts_with(&format!(
            "b.toml:{line}:{column}: error: `date`: dates are written"
        )),
        "{err}"
    );
    assert_eq!(err.matches(": error: ").count(), 1, "{err}");

    let text = text.replacen("date = 22.12.2016", "date = 2016-12-22", 1);
    // Two values that do not read and two files that are not there (one of a speaker
    // before the one that does not read): one run tells all four, each as it is told
    // alone, all in the file's order (a user test found the files' after the values).
    let err = fails("two values and two files", &text, |_| {});
    assert_eq!(err.matches(": error: ").count(), 4, "{err}");
    let at = |needle: &str| position(&text, needle, 0);
    let mut expected = [
        (
            position(&text, "role = 5\n", 7),
            "speakers[2].role (\"Tatiana Hadjiemmanuel\") is text, written in quotes: role = \"…\"",
        ),
        (
            at("\"newspaper\""),
            "attendance[4].kind (\"Vremya\"): `newspaper` is not a kind of media outlet; the kinds are television, radio, print, online, news agency, freelance, other",
        ),
        (
            at("\"keserovic.jpg\""),
            "speakers[1].photo (\"Dejan Keserovic\"): there is no file `keserovic.jpg` in the briefing's folder",
        ),
        (
            at("\"logo.png\""),
            "organization.logo: there is no file `logo.png` in the briefing's folder",
        ),
    ];
    expected.sort();
    let mut last = 0;
    for ((line, column), message) in expected {
        let line = format!("b.toml:{line}:{column}: error: {message}\n");
        let found = err
            .find(&line)
            .unwrap_or_else(|| panic!("no {line} in:\n{err}"));
        assert!(found >= last, "out of order: {line} in:\n{err}");
        last = found;
    }
    assert!(
        err.contains("  = hint: for newspaper, write kind = \"print\"\n"),
        "{err}"
    );
}

/// Text with its ANSI escape sequences (`ESC [ … letter`) taken out.
fn without_escapes(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // Up to and including the sequence's final letter.
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn errors_are_coloured_on_a_terminal_and_plain_with_no_color_or_piped() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(REFERENCE)
        .unwrap()
        .replace("[event]", "[event]\ntitel = \"x\"");
    std::fs::write(dir.path().join("almaty.toml"), &text).unwrap();
    let (line, column) = position(&text, "titel", 0);
    let plain = format!("almaty.toml:{line}:{column}: error: `titel` is not a key of [event]");
    let args = ["check", "almaty.toml"];

    // Piped: the plain form, no escape at all.
    let out = presskit(dir.path(), &args);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains(&plain), "{err}");
    assert!(!err.contains('\u{1b}'), "colour on a pipe: {err:?}");

    // On a terminal: coloured, unless NO_COLOR (any non-empty value) or a dumb terminal
    // says not to; an empty NO_COLOR counts as unset, as no-color.org says.
    let mut failures = Vec::new();
    for (env, coloured) in [
        (&[][..], true),
        (&[("NO_COLOR", "")][..], true),
        (&[("NO_COLOR", "1")][..], false),
        (&[("NO_COLOR", "0")][..], false),
        (&[("TERM", "dumb")][..], false),
    ] {
        let Some((success, screen)) = common::on_terminal(dir.path(), &args, env) else {
            return;
        };
        let shown = without_escapes(&screen).replace("\r\n", "\n");
        if success
            || screen.contains('\u{1b}') != coloured
            || !shown.contains("`titel` is not a key of [event]")
            || (!coloured && !shown.contains(&plain))
        {
            failures.push(format!(
                "{env:?}: expected coloured = {coloured}:\n{screen:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

//! Russian and Kazakh documents an editor would send untouched, read back from the PDFs
//! of two briefings of our own (`tests/briefings/`) and of the samples in `data/`: no
//! line ends with a short preposition, no name from the data is hyphenated, no `.»`, a
//! role after a comma starts in lower case, and the kit holds no attendance list.

use crate::common;

use common::{pdf_text, presskit};

use std::path::{Path, PathBuf};

/// The briefings checked: our own test briefings and the two samples.
const BRIEFINGS: [&str; 4] = [
    "tests/briefings/typography-ru.toml",
    "tests/briefings/typography-kk.toml",
    "data/almaty-2017-03-23-ru.toml",
    "data/astana-2017-06-22-kk.toml",
];

/// Builds a briefing (relative to the repository) into a fresh folder, with `args`.
fn build(briefing: &str, args: &[&str]) -> (tempfile::TempDir, PathBuf, toml::Table) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let input = root.join(briefing);
    let dir = tempfile::tempdir().unwrap();
    let mut all = vec!["build", input.to_str().unwrap(), "-o", "out"];
    all.extend_from_slice(args);
    let out = presskit(dir.path(), &all);
    assert!(
        out.status.success(),
        "{briefing}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stem = input.file_stem().unwrap().to_str().unwrap().to_string();
    let data = std::fs::read_to_string(&input).unwrap().parse().unwrap();
    let folder = dir.path().join("out").join(stem);
    (dir, folder, data)
}

/// The text of every PDF of a built briefing in its own language (not those of its
/// translations, `press-release.kk.pdf`), by file name.
fn texts(folder: &Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .filter(|p| {
            p.file_stem()
                .is_some_and(|s| !s.to_string_lossy().contains('.'))
        })
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, pdf_text(&p))
        })
        .collect();
    out.sort();
    assert_eq!(out.len(), 7, "seven PDFs in {}", folder.display());
    out
}

/// Every text value of a briefing file, with its key.
fn values(table: &toml::Table) -> Vec<(String, String)> {
    fn walk(key: &str, value: &toml::Value, out: &mut Vec<(String, String)>) {
        match value {
            toml::Value::String(s) => out.push((key.to_string(), s.clone())),
            toml::Value::Array(items) => items.iter().for_each(|v| walk(key, v, out)),
            toml::Value::Table(t) => t.iter().for_each(|(k, v)| walk(k, v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    table.iter().for_each(|(k, v)| walk(k, v, &mut out));
    out
}

/// The names in a briefing: people, outlets, organisations, funders and partners,
/// places, roles and titles.
fn names(table: &toml::Table) -> Vec<String> {
    values(table)
        .into_iter()
        .filter(|(k, _)| {
            matches!(
                k.as_str(),
                "name"
                    | "outlet"
                    | "journalists"
                    | "short_name"
                    | "organization"
                    | "partners"
                    | "funders"
                    | "title"
                    | "headline"
                    | "role"
                    | "venue"
                    | "city"
            )
        })
        .map(|(_, v)| v)
        .collect()
}

/// Line ends a Russian or Kazakh editor would mark: a line of several words ending in
/// a one- or two-letter word (a preposition, a conjunction, a particle).
fn short_word_line_ends(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            words.len() >= 2
                && words.last().is_some_and(|w| {
                    w.chars().all(char::is_alphabetic)
                        && w.chars().count() <= 2
                        && w.chars().all(char::is_lowercase)
                })
        })
        .map(str::to_string)
        .collect()
}

/// Names from the data that the PDF hyphenates: a line that ends in a soft hyphen
/// (what hyphenation prints) inside a name. A name that breaks at its own hyphen
/// (`Интернет-\nиздания`) is not hyphenated.
fn hyphenated_names(text: &str, names: &[String]) -> Vec<String> {
    let marked: String = text
        .replace("\u{ad}\n", "¦")
        .replace("\u{2010}\n", "¦")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let mut found = Vec::new();
    for name in names {
        let name: String = name.chars().filter(|c| !c.is_whitespace()).collect();
        let cuts = name.char_indices().skip(1).map(|(i, _)| i);
        for i in cuts {
            if marked.contains(&format!("{}¦{}", &name[..i], &name[i..])) {
                found.push(format!("{}-{}", &name[..i], &name[i..]));
            }
        }
    }
    found
}

#[test]
fn russian_and_kazakh_documents_read_as_an_editor_would_send_them() {
    for briefing in BRIEFINGS {
        for paper in ["a4", "letter"] {
            let (_dir, folder, data) = build(briefing, &["--paper", paper]);
            let names = names(&data);
            for (doc, text) in texts(&folder) {
                let at = format!("{briefing} ({paper}) {doc}");
                let ends = short_word_line_ends(&text);
                assert!(
                    ends.is_empty(),
                    "{at}: lines end in a short word: {ends:#?}"
                );
                let split = hyphenated_names(&text, &names);
                assert!(split.is_empty(), "{at}: names hyphenated: {split:#?}");
                assert!(!text.contains(".»"), "{at}: `.»` printed:\n{text}");
                assert!(
                    !text.contains("?».") && !text.contains("!»."),
                    "{at}: `?».`"
                );
                assert!(
                    !text.contains('"'),
                    "{at}: a straight quote printed:\n{text}"
                );
                assert!(!text.contains("««"), "{at}: a quotation wrapped twice");
                assert!(!text.contains(" - "), "{at}: a hyphen for a dash:\n{text}");
            }
        }
    }
}

#[test]
fn a_role_after_a_name_and_a_comma_starts_in_lower_case() {
    for briefing in BRIEFINGS {
        let (_dir, folder, data) = build(briefing, &[]);
        let roles: Vec<String> = data["speakers"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|s| s["role"].as_str())
            .filter(|r| r.starts_with(char::is_lowercase))
            .map(str::to_string)
            .collect();
        assert!(!roles.is_empty(), "{briefing}: no role to check");
        let squeeze = |t: &str| common::squeeze(t);
        for (doc, text) in texts(&folder) {
            for role in &roles {
                let mut capital = role.chars();
                let first = capital.next().unwrap();
                let capitalised: String = first.to_uppercase().chain(capital).collect();
                assert!(
                    !squeeze(&text).contains(&squeeze(&format!(",{capitalised}"))),
                    "{briefing} {doc}: `, {capitalised}` printed"
                );
            }
        }
        // At the start of a line (a speaker card, a name tent) the role is capitalised.
        let tents = pdf_text(&folder.join("name-tents.pdf"));
        let first = roles[0].chars().next().unwrap();
        let capitalised: String = first
            .to_uppercase()
            .chain(roles[0].chars().skip(1))
            .collect();
        assert!(
            common::squeeze(&tents).contains(&common::squeeze(&capitalised)),
            "{briefing}: no capitalised role on the name tents"
        );
    }
}

#[test]
fn quotations_close_with_the_stop_outside_and_keep_question_and_exclamation_marks() {
    let (_dir, folder, _) = build(BRIEFINGS[0], &[]);
    let text = common::squeeze(&pdf_text(&folder.join("press-release.pdf")));
    for expected in ["сегодня».", "водой?»", "воду!»", "«Хабар»"] {
        assert!(text.contains(expected), "{expected:?} not printed:\n{text}");
    }
    let (_dir, folder, _) = build(BRIEFINGS[1], &[]);
    let text = common::squeeze(&pdf_text(&folder.join("press-release.pdf")));
    for expected in ["мәселесі».", "болмасақ?»", "бар!»", "«Хабар»"] {
        assert!(text.contains(expected), "{expected:?} not printed:\n{text}");
    }
}

#[test]
fn the_kit_holds_no_attendance_list() {
    for briefing in BRIEFINGS {
        let (_dir, folder, data) = build(briefing, &[]);
        let kit = common::squeeze(&pdf_text(&folder.join("press-kit.pdf")));
        for (key, value) in values(&data) {
            // Outlets may be named in the release; journalists' names never are.
            if key == "journalists" {
                assert!(
                    !kit.contains(&common::squeeze(&value)),
                    "{briefing}: the kit names {value:?}"
                );
            }
        }
    }
}

#[test]
fn unknown_people_make_the_totals_a_lower_bound_and_no_shows_are_listed_apart() {
    let (_dir, folder, _) = build(BRIEFINGS[0], &[]);
    let text = pdf_text(&folder.join("attendance-summary.pdf"));
    let squeezed = common::squeeze(&text);
    assert!(squeezed.contains("неменее5"), "no 'не менее':\n{text}");
    let apart = squeezed
        .to_lowercase()
        .find("зарегистрировались,нонепришли")
        .expect("no no-shows list");
    assert!(
        squeezed.to_lowercase()[apart..].contains("интерфакс"),
        "{text}"
    );
    let (_dir, folder, _) = build(BRIEFINGS[1], &[]);
    let text = common::squeeze(&pdf_text(&folder.join("attendance-summary.pdf")));
    assert!(text.contains("кемінде3"), "no 'кемінде':\n{text}");
}

#[test]
fn the_plain_text_release_follows_the_pdf_and_names_the_organisation() {
    let (_dir, folder, data) = build(BRIEFINGS[0], &[]);
    let plain = std::fs::read_to_string(folder.join("press-release.txt"))
        .unwrap()
        .replace('\u{a0}', " ");
    let organisation = data["organization"]["name"].as_str().unwrap();
    assert!(plain.starts_with(organisation), "{plain}");
    let order = [
        "эксперты Детского",
        "сегодня».",
        "О ЮНИСЕФ",
        "КОНТАКТЫ ДЛЯ СМИ",
        "* * *",
    ];
    let places: Vec<usize> = order
        .iter()
        .map(|s| {
            plain
                .find(s)
                .unwrap_or_else(|| panic!("{s:?} missing:\n{plain}"))
        })
        .collect();
    assert!(
        places.is_sorted(),
        "not in the PDF's order: {places:?}\n{plain}"
    );
}

#[test]
fn a_dateline_typed_in_the_body_is_warned_of_and_printed_once() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(root.join(BRIEFINGS[0])).unwrap();
    let lead = "\"В Алматы эксперты";
    let typed = source.replacen(lead, "\"АЛМАТЫ, 18 марта 2027 г. - В Алматы эксперты", 1);
    assert_ne!(typed, source);
    let at = source.find(lead).unwrap();
    let line = source[..at].matches('\n').count() + 1;
    let column = source[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("typed.toml"), typed).unwrap();
    let out = presskit(dir.path(), &["build", "typed.toml", "-o", "out"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!("typed.toml:{line}:{column}: warning:")),
        "no warning at {line}:{column}:\n{stderr}"
    );
    for doc in ["press-release.pdf", "press-kit.pdf"] {
        let text = common::squeeze(&pdf_text(&dir.path().join("out/typed").join(doc)));
        assert_eq!(
            text.matches("АЛМАТЫ,18марта2027").count(),
            1,
            "{doc}:\n{text}"
        );
    }
}

#[test]
fn a_release_that_runs_over_carries_more_than_the_contact_onto_its_last_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut data: toml::Table = std::fs::read_to_string(root.join(BRIEFINGS[0]))
        .unwrap()
        .parse()
        .unwrap();
    let base = data["release"]["body"].as_array().unwrap().clone();
    let extra = "Эксперты отметили, что в 2026 г. в 14 областях выросло число дней с температурой выше 35 °C, а в 120 школах нет питьевой воды.";
    let dir = tempfile::tempdir().unwrap();
    let mut overflowing = 0;
    // Bodies of growing length: one of them leaves a page boundary near the end.
    for n in 0..14 {
        let mut body = base.clone();
        let tail: Vec<&str> = std::iter::repeat_n(extra, 1 + n % 4).collect();
        for _ in 0..n / 2 {
            body.push(toml::Value::String(tail.join(" ")));
        }
        data["release"].as_table_mut().unwrap()["body"] = toml::Value::Array(body);
        std::fs::write(
            dir.path().join("long.toml"),
            toml::to_string(&data).unwrap(),
        )
        .unwrap();
        let out = presskit(
            dir.path(),
            &["build", "long.toml", "-o", "out", "--only", "press-release"],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = pdf_text(&dir.path().join("out/long/press-release.pdf"));
        let pages: Vec<&str> = text
            .split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .collect();
        if pages.len() < 2 {
            continue;
        }
        overflowing += 1;
        // A quotation or the body, or About (which goes on with the contact, so that
        // page 1 keeps the last quotation and fills first).
        let last = common::squeeze(pages.last().unwrap());
        assert!(
            last.contains("Каждыйребёнокимеетправо") || last.contains("ДетскийфондООН"),
            "{n}: the last page holds no quote, body text or About:\n{}",
            pages.last().unwrap()
        );
    }
    assert!(
        overflowing > 3,
        "too few releases ran over a page: {overflowing}"
    );
}

#[test]
fn a_list_that_runs_over_repeats_its_heading_and_says_it_is_continued() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(root.join(BRIEFINGS[0])).unwrap();
    // Forty outlets fit one page (see below): a hundred and twenty do not.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("many.toml"),
        common::with_outlets(&source, 120, "ru"),
    )
    .unwrap();
    let out = presskit(
        dir.path(),
        &[
            "build",
            "many.toml",
            "-o",
            "out",
            "--only",
            "attendance-summary",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = pdf_text(&dir.path().join("out/many/attendance-summary.pdf"));
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert!(
        pages.len() >= 2,
        "the list no longer runs over a page; give it more outlets"
    );
    assert!(!pages[0].contains("(продолжение)"), "{}", pages[0]);
    for page in &pages[1..] {
        assert!(
            page.contains("СМИ (продолжение)"),
            "no continued heading:\n{page}"
        );
    }
}

/// Builds only `doc` of the briefing text `source` (its name `stem`) into `dir/out` with
/// `args`, which must succeed; returns the PDF's path.
fn build_text(dir: &Path, stem: &str, source: &str, doc: &str, args: &[&str]) -> PathBuf {
    let file = format!("{stem}.toml");
    std::fs::write(dir.join(&file), source).unwrap();
    let mut all = vec!["build", file.as_str(), "-o", "out", "--only", doc];
    all.extend_from_slice(args);
    let out = presskit(dir, &all);
    assert!(
        out.status.success(),
        "{stem}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir.join("out").join(stem).join(format!("{doc}.pdf"))
}

/// The briefings of each language the summary is checked in, with their language.
const LANGUAGES: [(&str, &str); 3] = [
    ("tests/briefings/typography-ru.toml", "ru"),
    ("tests/briefings/typography-kk.toml", "kk"),
    ("data/almaty-2016-12-22.toml", "en"),
];

#[test]
fn an_attendance_summary_of_forty_outlets_fits_one_page_in_every_language_and_paper() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    for (briefing, lang) in LANGUAGES {
        let source = std::fs::read_to_string(root.join(briefing)).unwrap();
        let forty = common::with_outlets(&source, 40, lang);
        let data: toml::Table = forty.parse().unwrap();
        for paper in ["a4", "letter"] {
            let stem = format!("forty-{lang}-{paper}");
            let pdf = build_text(
                dir.path(),
                &stem,
                &forty,
                "attendance-summary",
                &["--paper", paper],
            );
            let pages = common::pdf::page_sizes(&pdf);
            assert_eq!(pages.len(), 1, "{stem}: {} pages", pages.len());
            // Every outlet is there, whole, with its journalists.
            let text = common::squeeze(&common::untypeset(&pdf_text(&pdf)));
            for (key, value) in values(&data) {
                if matches!(key.as_str(), "outlet" | "journalists") {
                    let value = common::squeeze(&value.replace('"', ""));
                    assert!(text.contains(&value), "{stem}: {value:?} missing");
                }
            }
        }
    }
}

/// How many of the outlets of the briefing text `source` each page of a PDF holds.
fn outlets_per_page(pdf: &Path, source: &str) -> Vec<usize> {
    let data: toml::Table = source.parse().unwrap();
    // The end of each name, its last word and its number (`«Хабар» 12`): a name that
    // wraps does so before it.
    let names: Vec<String> = values(&data)
        .into_iter()
        .filter(|(k, _)| k == "outlet")
        .map(|(_, v)| {
            let words: Vec<&str> = v.split_whitespace().collect();
            words[words.len().saturating_sub(2)..].join(" ")
        })
        .collect();
    pdf_text(pdf)
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .map(|page| {
            let page = page.replace("-\n", "-");
            let page = page.split_whitespace().collect::<Vec<_>>().join(" ") + " ";
            names
                .iter()
                .filter(|name| page.contains(&format!("{name} ")))
                .count()
        })
        .collect()
}

#[test]
fn a_table_never_leaves_one_row_alone_on_a_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(root.join(BRIEFINGS[0])).unwrap();
    let dir = tempfile::tempdir().unwrap();
    // The attendance list: counts of outlets on both sides of the first page's end, so that
    // one of them puts the last row, or the last of a kind, just over it (without `kept`,
    // 48 outlets left the last one alone on page 2).
    let mut broke = 0;
    for count in 44..=70 {
        let list = common::with_outlets(&source, count, "ru");
        let pdf = build_text(
            dir.path(),
            &format!("list-{count}"),
            &list,
            "attendance-summary",
            &[],
        );
        let pages = outlets_per_page(&pdf, &list);
        assert_eq!(pages.iter().sum::<usize>(), count, "{count}: {pages:?}");
        assert!(
            !pages.contains(&1),
            "{count}: a row alone on a page: {pages:?}"
        );
        broke += usize::from(pages.len() > 1);
    }
    assert!(broke > 3, "too few lists ran over a page: {broke}");
    // The sign-in sheet: rows that grow with a long outlet's name, blank ones to the foot
    // of the last page, so every page is full, whatever the number of journalists
    // expected: the lowest row's rule of the last page lies within a row (0.95 cm) of the
    // foot of the text area (2 cm above the page's edge), of another page within two
    // (a row of three lines that did not fit went on to the next page).
    for count in 18..=30 {
        let pdf = build_text(
            dir.path(),
            &format!("sheet-{count}"),
            &common::with_outlets(&source, count, "ru"),
            "sign-in-sheet",
            &[],
        );
        let pages = common::geometry::pages(&pdf);
        for (k, page) in pages.iter().enumerate() {
            let rows = if k + 1 == pages.len() { 1.0 } else { 2.0 };
            let lowest = page
                .rules
                .iter()
                .filter(|r| r.horizontal())
                .map(|r| r.from.y)
                .fold(0.0, f64::max);
            let foot = page.height - 2.0 / 2.54 * 72.0;
            assert!(
                lowest <= foot + 0.5 && lowest > foot - rows * 0.95 / 2.54 * 72.0,
                "{count}: page {} ends its rows at {lowest:.0} pt, the foot is at {foot:.0} pt",
                k + 1
            );
        }
    }
}

#[test]
fn the_report_never_leaves_one_outlet_alone_on_a_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(root.join(LANGUAGES[2].0)).unwrap();
    let mut broke = 0;
    // Outlets on both sides of the second page's end of the report's list of outlets.
    for count in 70..=80 {
        let dir = tempfile::tempdir().unwrap();
        let briefing = common::with_outlets(&source, count, "en");
        std::fs::write(dir.path().join("b.toml"), &briefing).unwrap();
        for args in [
            &["archive", "b.toml", "--to", "archive", "-q"][..],
            &["report", "archive", "-q"][..],
        ] {
            let out = presskit(dir.path(), args);
            assert!(out.status.success(), "{}", common::stderr(&out));
        }
        let pages = outlets_per_page(&dir.path().join("report.pdf"), &briefing);
        assert!(
            !pages.contains(&1),
            "{count}: an outlet alone on a page: {pages:?}"
        );
        broke += usize::from(pages.len() > 2);
    }
    assert!(broke > 3, "too few lists ran over a page: {broke}");
}

/// The largest font size set on each page of a PDF (the `Tf` operators of its content).
fn largest_font_sizes(path: &Path) -> Vec<f32> {
    let doc = lopdf::Document::load(path).unwrap();
    doc.get_pages()
        .values()
        .map(|&page| {
            let content = lopdf::content::Content::decode(&doc.get_page_content(page)).unwrap();
            content
                .operations
                .iter()
                .filter(|op| op.operator == "Tf")
                .filter_map(|op| op.operands.get(1).and_then(|o| o.as_float().ok()))
                .fold(0.0, f32::max)
        })
        .collect()
}

/// Capitals of 12 mm (Noto Sans Bold's are 0.714 of its size), legible from 3 m: the
/// least size of a name on a tent that wraps.
const LEAST_TENT_SIZE: f32 = 12.0 / 25.4 * 72.0 / 0.714;

#[test]
fn each_name_tent_sets_its_name_as_large_as_it_fits() {
    for briefing in [BRIEFINGS[0], BRIEFINGS[2]] {
        let (_dir, folder, _) = build(briefing, &[]);
        let path = folder.join("name-tents.pdf");
        let sizes = largest_font_sizes(&path);
        assert!(sizes.len() >= 3, "{briefing}: {sizes:?}");
        for (page, &size) in common::geometry::pages(&path).iter().zip(&sizes) {
            // The upright face: the name's glyphs on the lower half of the sheet.
            let name: Vec<_> = page
                .glyphs
                .iter()
                .filter(|g| (g.size as f32 - size).abs() < 0.01 && g.rect.y0 > page.height / 2.0)
                .collect();
            let left = name.iter().map(|g| g.rect.x0).fold(f64::MAX, f64::min);
            let right = name.iter().map(|g| g.rect.x1).fold(0.0, f64::max);
            let room = page.width - 4.0 / 2.54 * 72.0;
            assert!(
                right - left <= room + 1.0,
                "{briefing}: a name wider than its tent"
            );
            // As large as it fits: 80 pt, or as wide as the tent, or wrapped at the least
            // legible size (or below it only for one word too long even then).
            let fills = right - left > 0.9 * room;
            assert!(
                size > 79.99 || fills || size > LEAST_TENT_SIZE - 0.01,
                "{briefing}: a name set at {size} pt, {:.0} of {room:.0} pt wide",
                right - left
            );
        }
        // Names of different lengths get different sizes.
        assert!(
            sizes.iter().any(|s| (s - sizes[0]).abs() > 0.01),
            "{briefing}: one size for every name: {sizes:?}"
        );
    }
}

#[test]
fn no_bio_sentence_repeats_the_card_and_the_advisory_lists_topics_without_a_colon() {
    for briefing in [BRIEFINGS[0], BRIEFINGS[2]] {
        let (_dir, folder, data) = build(briefing, &[]);
        let bios = common::squeeze(&common::untypeset(&pdf_text(
            &folder.join("speaker-bios.pdf"),
        )));
        for speaker in data["speakers"].as_array().unwrap() {
            let name = speaker["name"].as_str().unwrap();
            // Without a bio, the card (name, role, organisation) is the short bio: a
            // sentence composed from it ("Имя — роль, организация.") would only repeat
            // it (issue 31). A written bio is printed.
            let composed = common::squeeze(&format!("{name} — "));
            assert!(!bios.contains(&composed), "{briefing}: {name}");
            assert!(bios.contains(&common::squeeze(name)), "{briefing}: {name}");
            if let Some(first) = speaker.get("bio").and_then(|b| b[0].as_str()) {
                let opening: String = first.split_whitespace().take(3).collect();
                assert!(
                    bios.contains(&common::squeeze(&common::untypeset(&opening))),
                    "{briefing}: {name}'s bio"
                );
            }
        }
        let advisory = common::squeeze(&pdf_text(&folder.join("media-advisory.pdf")));
        assert!(
            !advisory.contains("Темы:"),
            "{briefing}: 'Темы:' in the advisory"
        );
    }
}

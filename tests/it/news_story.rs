//! Issue 31: the news item is the website story of the event, not its minutes: a
//! dateline and a lead from the release's summary, the key facts, one quote from the
//! release, the speakers, what was presented and the outlets that came; quotation marks
//! nested as each language nests them.

use std::path::Path;

use crate::common::{presskit, stderr};

/// Builds the test briefing `stem` in `dir`; returns its news item as text and as HTML.
fn news(dir: &Path, stem: &str) -> (String, String) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/briefings/{stem}.toml"));
    std::fs::copy(from, dir.join(format!("{stem}.toml"))).unwrap();
    let out = presskit(dir, &["build", &format!("{stem}.toml"), "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // No-break spaces as plain ones, the marks as printed.
    let read = |name: &str| {
        std::fs::read_to_string(dir.join("out").join(stem).join(name))
            .unwrap()
            .replace(['\u{a0}', '\u{202f}'], " ")
    };
    (read("news-item.txt"), read("news-item.html"))
}

/// The briefing's own text of `key` (a one-line TOML string) in test briefing `stem`.
fn value(stem: &str, key: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/briefings/{stem}.toml"));
    let text = std::fs::read_to_string(path).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with(&format!("{key} = \"")))
        .unwrap_or_else(|| panic!("{stem}: no {key}"));
    line[key.len() + 4..line.len() - 1].to_string()
}

#[test]
fn the_story_leads_with_the_release_and_quotes_it() {
    let dir = tempfile::tempdir().unwrap();
    for (stem, dateline, attribution) in [
        (
            "conference-en",
            "TASHKENT, 13 November 2025 – OSCE held a conference",
            "” says Anna Smith, OSCE Representative on Freedom of the Media.",
        ),
        (
            "conference-ru",
            "АСТАНА, 13 ноября 2025 года — Состоялась республиканская конференция",
            "Елена Иванова, вице-министр здравоохранения Республики Казахстан: «",
        ),
        (
            "conference-kk",
            "АСТАНА, 2025 жылғы 13 қараша — ЮНИСЕФ ұйымдастырған «",
            "», — деді ЮНИСЕФ-тің Қазақстандағы өкілі Джон Браун.",
        ),
    ] {
        let (text, html) = news(dir.path(), stem);
        let paragraphs: Vec<&str> = text.split("\n\n").collect();
        assert_eq!(paragraphs[0], value(stem, "headline"), "{text}");
        // The lead: dateline, who held what, then the release's summary.
        assert!(paragraphs[1].starts_with(dateline), "{text}");
        assert!(
            paragraphs[1].ends_with(&value(stem, "summary")),
            "{stem}: {text}"
        );
        // One quote, attributed, from the release and never made up.
        let quote = value(stem, "text");
        let quote = quote.trim_end_matches('.');
        let quoted: Vec<&&str> = paragraphs.iter().filter(|p| p.contains(quote)).collect();
        assert_eq!(quoted.len(), 1, "{text}");
        assert!(quoted[0].contains(attribution), "{text}");
        // The outlets that came, last; the one that did not come is not there.
        assert!(paragraphs.last().unwrap().contains("«Хабар»") || stem == "conference-en");
        assert!(!text.contains("Tengrinews"), "{text}");
        // Not minutes.
        for minutes in [
            "Выступили:",
            "Обсуждались темы",
            "состоялось мероприятие",
            "Сөз сөйлегендер",
            "Талқыланған тақырыптар",
            "Topics discussed",
            "Organised by",
        ] {
            assert!(!text.contains(minutes), "{minutes}: {text}");
        }
        // The web page says the same.
        assert!(html.contains(&value(stem, "summary")), "{html}");
        assert!(html.contains(quote), "{html}");
    }
}

#[test]
fn nested_quotation_marks_follow_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let (text, _) = news(dir.path(), "conference-ru");
    // The title holds «Первые 1000 дней» and ends with `гг.`; inside the lead's
    // guillemets it takes the inner marks, and the abbreviation keeps its full stop.
    assert!(
        text.contains("«Итоги программы „Первые 1000 дней“ за 2020–2025 гг.», организованная"),
        "{text}"
    );
    assert!(!text.contains("««") && !text.contains("»»"), "{text}");
    assert!(!text.contains(".»."), "{text}");
    let kit = crate::common::pdf_text(&dir.path().join("out/conference-ru/press-release.pdf"));
    assert!(
        crate::common::squeeze(&kit).contains("программы«Первые1000дней»за"),
        "outside a quotation the marks stay the outer ones: {kit}"
    );
}

#[test]
fn an_organisation_without_a_short_name_is_named_where_no_case_is_needed() {
    let dir = tempfile::tempdir().unwrap();
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/briefings/conference-ru.toml");
    let text: String = std::fs::read_to_string(from)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("short_name = "))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(dir.path().join("conference-ru.toml"), text).unwrap();
    let out = presskit(dir.path(), &["build", "conference-ru.toml", "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let news = std::fs::read_to_string(dir.path().join("out/conference-ru/news-item.txt"))
        .unwrap()
        .replace('\u{a0}', " ");
    // Not «организованная Детский фонд ООН», which would need the instrumental case.
    assert!(
        news.contains("гг.»; организатор — Детский фонд ООН (ЮНИСЕФ)."),
        "{news}"
    );
}

//! Events as they are (issue 31): a conference of two days prints its days as a range in
//! every document of each language, the archive's index and the report included; a
//! release issued elsewhere and later prints its own dateline, and the drafts' `Date`
//! follows it; an impossible end is refused at its key.

use crate::common;

use common::{pdf_text, presskit, stderr};

use std::path::Path;

/// The words of one language's test conference: organisation, title, kind, city,
/// speakers' names and roles, release paragraph, outlet.
struct Words {
    lang: &'static str,
    organization: &'static str,
    short: &'static str,
    title: &'static str,
    kind: &'static str,
    city: &'static str,
    host: (&'static str, &'static str),
    guest: (&'static str, &'static str, &'static str),
    paragraph: &'static str,
    outlet: &'static str,
}

/// The three languages' conferences.
const LANGUAGES: [Words; 3] = [
    Words {
        lang: "en",
        organization: "Organization for Security and Co-operation in Europe",
        short: "OSCE",
        title: "Media freedom in Central Asia",
        kind: "Regional media conference",
        city: "Tashkent",
        host: ("Anna Berg", "Head of the Programme Office"),
        guest: (
            "Timur Karimov",
            "Director of the news agency",
            "Sputnik Uzbekistan",
        ),
        paragraph: "Journalists and editors from five countries met for two days.",
        outlet: "Gazeta.uz",
    },
    Words {
        lang: "ru",
        organization: "Детский фонд ООН",
        short: "ЮНИСЕФ",
        title: "Здоровье детей раннего возраста",
        kind: "Республиканская конференция",
        city: "Астана",
        host: ("Анна Берг", "Представитель ЮНИСЕФ в Казахстане"),
        guest: (
            "Ерлан Нурланов",
            "Вице-министр здравоохранения",
            "Министерство здравоохранения Республики Казахстан",
        ),
        paragraph: "Врачи и эксперты из всех регионов обсудили итоги программы.",
        outlet: "Хабар",
    },
    Words {
        lang: "kk",
        organization: "Халықаралық көші-қон ұйымы",
        short: "ХКҰ",
        title: "Босқындар және баспана",
        kind: "Өңірлік конференция",
        city: "Алматы",
        host: ("Гүлнара Сейітова", "ХКҰ кеңсесінің басшысы"),
        guest: (
            "Ерлан Нұрланов",
            "Орталықтың директоры",
            "Көші-қон орталығы",
        ),
        paragraph: "Сарапшылар екі күн бойы босқындардың жағдайын талқылады.",
        outlet: "Егемен Қазақстан",
    },
];

/// A briefing of `w`'s conference, held on the days `date` to `end_date`, with `extra`
/// lines added under `[release]`.
fn conference(w: &Words, date: &str, end_date: &str, release_extra: &str) -> String {
    let Words {
        lang,
        organization,
        short,
        title,
        kind,
        city,
        host,
        guest,
        paragraph,
        outlet,
    } = w;
    format!(
        r#"format = 1

[organization]
name = "{organization}"
short_name = "{short}"
city = "{city}"
email = "press@example.org"

[event]
title = "{title}"
kind = "{kind}"
date = {date}
end_date = {end_date}
time = 10:00:00
end_time = 17:00:00
venue = "Hotel"
city = "{city}"
language = "{lang}"

[release]
headline = "{title}"
body = ["{paragraph}"]
{release_extra}
contact = {{ name = "{host_name}", email = "press@example.org" }}

[[speakers]]
id = "host"
name = "{host_name}"
role = "{host_role}"
organization = "{short}"

[[speakers]]
id = "guest"
name = "{guest_name}"
role = "{guest_role}"
organization = "{guest_org}"

[[agenda]]
time = 10:00:00
item = "{title}"
speaker = "host"

[[attendance]]
outlet = "{outlet}"
kind = "television"
people = 2
"#,
        host_name = host.0,
        host_role = host.1,
        guest_name = guest.0,
        guest_role = guest.1,
        guest_org = guest.2,
    )
}

/// Text with every space, hyphen, soft hyphen and word joiner removed: what a line
/// break or the typographic pass may add between the letters of a range.
fn bare(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{AD}' | '‐' | '\u{2060}'))
        .collect()
}

/// Writes `text` as `stem.toml` in `dir` and builds it; returns the output folder.
fn build(dir: &Path, stem: &str, text: &str) -> std::path::PathBuf {
    std::fs::write(dir.join(format!("{stem}.toml")), text).unwrap();
    let out = presskit(dir, &["build", &format!("{stem}.toml"), "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    dir.join("out").join(stem)
}

/// The days 13–14 November 2025, as each language prints them.
const RANGES: [&str; 3] = [
    "13–14 November 2025",
    "13–14 ноября 2025 года",
    "2025 жылғы 13–14 қараша",
];

#[test]
fn a_two_day_conference_prints_its_days_as_a_range_in_every_document() {
    for (w, range) in LANGUAGES.iter().zip(RANGES) {
        let dir = tempfile::tempdir().unwrap();
        let folder = build(
            dir.path(),
            "conference",
            &conference(w, "2025-11-13", "2025-11-14", ""),
        );
        let want = bare(range);
        for pdf in [
            "media-advisory.pdf",
            "press-kit.pdf",
            "sign-in-sheet.pdf",
            "attendance-summary.pdf",
            "speaker-bios.pdf",
        ] {
            let text = bare(&pdf_text(&folder.join(pdf)));
            assert!(text.contains(&want), "{} {pdf}: no {range}", w.lang);
            // The documents that say when to come give the hours too.
            assert_eq!(
                text.contains("10:00–17:00"),
                pdf != "speaker-bios.pdf",
                "{} {pdf}: the hours 10:00–17:00",
                w.lang
            );
        }
        for page in ["news-item.txt", "news-item.html"] {
            let text = std::fs::read_to_string(folder.join(page)).unwrap();
            assert!(bare(&text).contains(&want), "{} {page}: {text}", w.lang);
        }
        // The release is issued on the last day, in the event's city.
        let dateline = match w.lang {
            "en" => format!("{}, 14 November 2025", w.city.to_uppercase()),
            "ru" => format!("{}, 14 ноября 2025 года", w.city.to_uppercase()),
            _ => format!("{}, 2025 жылғы 14 қараша", w.city.to_uppercase()),
        };
        for text in [
            pdf_text(&folder.join("press-release.pdf")),
            std::fs::read_to_string(folder.join("press-release.txt")).unwrap(),
        ] {
            assert!(bare(&text).contains(&bare(&dateline)), "{}: {text}", w.lang);
        }
    }
}

#[test]
fn ranges_across_months_and_years_read_back_from_the_advisory() {
    let cases = [
        (
            "2025-11-30",
            "2025-12-01",
            [
                "30 November – 1 December 2025",
                "30 ноября — 1 декабря 2025 года",
                "2025 жылғы 30 қараша — 1 желтоқсан",
            ],
        ),
        (
            "2025-12-30",
            "2026-01-02",
            [
                "30 December 2025 – 2 January 2026",
                "30 декабря 2025 г. — 2 января 2026 г.",
                "2025 жылғы 30 желтоқсан — 2026 жылғы 2 қаңтар",
            ],
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (i, (date, end, ranges)) in cases.iter().enumerate() {
        for (w, range) in LANGUAGES.iter().zip(ranges) {
            let stem = format!("c{i}-{}", w.lang);
            let folder = build(dir.path(), &stem, &conference(w, date, end, ""));
            let text = bare(&pdf_text(&folder.join("media-advisory.pdf")));
            assert!(text.contains(&bare(range)), "{stem}: no {range}");
        }
    }
}

#[test]
fn the_archive_index_and_the_report_print_the_range() {
    let dir = tempfile::tempdir().unwrap();
    let ru = &LANGUAGES[1];
    std::fs::write(
        dir.path().join("conference.toml"),
        conference(ru, "2025-11-13", "2025-11-14", ""),
    )
    .unwrap();
    let out = presskit(
        dir.path(),
        &["archive", "conference.toml", "--to", "archive"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let index = bare(&pdf_text(&dir.path().join("archive/index.pdf")));
    assert!(index.contains(&bare(RANGES[1])), "index: {index}");
    let out = presskit(dir.path(), &["report", "archive", "-o", "report.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = bare(&pdf_text(&dir.path().join("report.pdf")));
    assert!(report.contains(&bare(RANGES[1])), "report: {report}");
}

#[test]
fn a_release_issued_later_and_elsewhere_prints_its_own_dateline_and_dates_the_drafts() {
    let dir = tempfile::tempdir().unwrap();
    let expected = [
        "VIENNA, 17 November 2025",
        "ВЕНА, 17 ноября 2025 года",
        "ВЕНА, 2025 жылғы 17 қараша",
    ];
    for (w, dateline) in LANGUAGES.iter().zip(expected) {
        let city = if w.lang == "en" { "Vienna" } else { "Вена" };
        let stem = format!("release-{}", w.lang);
        let text = conference(
            w,
            "2025-11-13",
            "2025-11-14",
            &format!("date = 2025-11-17\ncity = \"{city}\""),
        );
        let folder = build(dir.path(), &stem, &text);
        let pdf = bare(&pdf_text(&folder.join("press-release.pdf")));
        assert!(pdf.contains(&bare(dateline)), "{stem}: {pdf}");
        assert!(
            !pdf.contains(&bare(&w.city.to_uppercase())),
            "{stem}: {pdf}"
        );
        for page in ["press-release.txt", "press-release.html"] {
            let page_text = std::fs::read_to_string(folder.join(page)).unwrap();
            assert!(bare(&page_text).contains(&bare(dateline)), "{stem} {page}");
        }
        // The event's own days stay those of the event.
        let kit = bare(&pdf_text(&folder.join("press-kit.pdf")));
        assert!(
            kit.contains(&bare(dateline)) && kit.contains("13–14"),
            "{stem}"
        );
        std::fs::write(
            dir.path().join("list.csv"),
            "name,email\nJane Doe,jane@example.org\n",
        )
        .unwrap();
        let out = presskit(
            dir.path(),
            &[
                "mail",
                &format!("{stem}.toml"),
                "--media-list",
                "list.csv",
                "-o",
                "out",
            ],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let mail = dir.path().join("out").join(&stem).join("mail");
        let draft = std::fs::read_dir(&mail).unwrap().flatten().next().unwrap();
        let bytes = std::fs::read(draft.path()).unwrap();
        let message = mail_parser::MessageParser::default().parse(&bytes).unwrap();
        let date = message.date().unwrap();
        assert_eq!(
            (date.year, date.month, date.day),
            (2025, 11, 17),
            "{stem}: {date}"
        );
    }
}

#[test]
fn an_end_before_the_start_is_refused_at_its_key_with_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    let text = conference(&LANGUAGES[0], "2025-11-13", "2025-11-12", "");
    std::fs::write(dir.path().join("c.toml"), &text).unwrap();
    let out = presskit(dir.path(), &["build", "c.toml", "-o", "out"]);
    assert_eq!(out.status.code(), Some(1));
    let told = stderr(&out);
    let line = text
        .lines()
        .position(|l| l.starts_with("end_date"))
        .unwrap()
        + 1;
    assert!(
        told.contains(&format!(
            "c.toml:{line}:12: error: event.end_date: the last day, 2025-11-12, is before the first"
        )),
        "{told}"
    );
    assert!(
        told.contains("write end_date = 2025-11-13 or a later day"),
        "{told}"
    );
    assert!(!dir.path().join("out").exists(), "nothing written");

    // An end time without a start time.
    let text = conference(&LANGUAGES[1], "2025-11-13", "2025-11-13", "")
        .replace("time = 10:00:00\nend_time", "end_time");
    std::fs::write(dir.path().join("c.toml"), &text).unwrap();
    let out = presskit(dir.path(), &["check", "c.toml"]);
    assert_eq!(out.status.code(), Some(1));
    let told = stderr(&out);
    let line = text
        .lines()
        .position(|l| l.starts_with("end_time"))
        .unwrap()
        + 1;
    assert!(
        told.contains(&format!(
            "c.toml:{line}:12: error: event.end_time: an end time needs the start time"
        )),
        "{told}"
    );
}

#[test]
fn an_end_date_and_time_typed_another_way_get_the_form_to_write() {
    let dir = tempfile::tempdir().unwrap();
    let text = conference(&LANGUAGES[1], "2025-11-13", "2025-11-14", "")
        .replace("end_date = 2025-11-14", "end_date = \"14.11.2025\"")
        .replace("end_time = 17:00:00", "end_time = 17.00");
    std::fs::write(dir.path().join("c.toml"), &text).unwrap();
    let out = presskit(dir.path(), &["check", "c.toml"]);
    assert_eq!(out.status.code(), Some(1));
    let told = stderr(&out);
    assert!(told.contains("hint: write end_date = 2025-11-14"), "{told}");
    let text = text.replace("end_date = \"14.11.2025\"", "end_date = 2025-11-14");
    std::fs::write(dir.path().join("c.toml"), &text).unwrap();
    let told = stderr(&presskit(dir.path(), &["check", "c.toml"]));
    assert!(told.contains("hint: write end_time = 17:00:00"), "{told}");
}

#[test]
fn a_translation_may_not_set_the_end_date() {
    let dir = tempfile::tempdir().unwrap();
    build(
        dir.path(),
        "conference",
        &conference(&LANGUAGES[1], "2025-11-13", "2025-11-14", ""),
    );
    std::fs::write(
        dir.path().join("conference.kk.toml"),
        "format = 1\ntranslation = \"kk\"\n\n[event]\nend_date = 2025-11-15\n",
    )
    .unwrap();
    let out = presskit(dir.path(), &["check", "conference.toml"]);
    assert_eq!(out.status.code(), Some(1));
    let told = stderr(&out);
    assert!(
        told.contains("conference.kk.toml:5:") && told.contains("event.end_date"),
        "{told}"
    );
}

#[test]
fn a_late_deadline_and_an_unnamed_interpretation_code_are_warned_of_at_their_keys() {
    let dir = tempfile::tempdir().unwrap();
    let text = conference(&LANGUAGES[1], "2025-11-13", "2025-11-14", "").replace(
        "\n[release]",
        "\n[advisory]\ndeadline = 2025-11-13T12:00:00+05:00\ninterpretation = [\"uz\", \"ky\", \"xq\"]\n\n[release]",
    );
    let folder = build(dir.path(), "late", &text);
    let out = presskit(dir.path(), &["check", "late.toml", "--force"]);
    let told = stderr(&out);
    assert!(out.status.success(), "{told}");
    let line = |key: &str| text.lines().position(|l| l.starts_with(key)).unwrap() + 1;
    assert!(
        told.contains(&format!(
            "late.toml:{}:12: warning: advisory.deadline: accreditation closes after the event has started (13 ноября 2025 г., 10:00)",
            line("deadline")
        )),
        "{told}"
    );
    assert!(told.contains("deadline = 2025-11-12T18:00:00"), "{told}");
    assert!(
        told.contains(&format!(
            "late.toml:{}:31: warning: advisory.interpretation[3]: presskit has no name for the language `xq`",
            line("interpretation")
        )),
        "{told}"
    );
    assert!(
        !told.contains("interpretation[1]") && !told.contains("interpretation[2]"),
        "{told}"
    );
    let advisory = pdf_text(&folder.join("media-advisory.pdf"));
    assert!(advisory.contains("узбекский, киргизский, XQ"), "{advisory}");

    // A deadline the day before, and codes presskit names, are not warned of.
    let fine = text
        .replace("2025-11-13T12:00:00", "2025-11-12T18:00:00")
        .replace(", \"xq\"", "");
    std::fs::write(dir.path().join("late.toml"), fine).unwrap();
    let out = presskit(dir.path(), &["check", "late.toml", "--force"]);
    assert!(out.status.success());
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
}

/// A Russian conference of a host (UNICEF) with three guests: a deputy minister whose
/// role names the ministry in the genitive, WHO's representative named by its acronym,
/// and a centre's director with no organisation, whose role was typed capitalised.
const GUESTS_RU: &str = r#"format = 1

[organization]
name = "Детский фонд ООН"
short_name = "ЮНИСЕФ"
city = "Астана"
email = "astana@unicef.org"

[event]
title = "Здоровье детей раннего возраста"
kind = "Конференция"
date = 2025-11-13
city = "Астана"
language = "ru"

[release]
headline = "Здоровье детей раннего возраста"
body = ["Врачи и эксперты обсудили итоги программы."]
contact = { name = "Айгерим Сатпаева", role = "Специалист по связям с общественностью ЮНИСЕФ", organization = "ЮНИСЕФ", email = "astana@unicef.org" }

[[release.quotes]]
speaker = "director"
text = "Центр открыт для всех семей."

[[speakers]]
id = "minister"
honorific = "д-р"
name = "Айгуль Сейтказина"
role = "Вице-министр здравоохранения Министерства здравоохранения Республики Казахстан"
organization = "Министерство здравоохранения Республики Казахстан"

[[speakers]]
id = "who"
honorific = "г-жа"
name = "Анна Берг"
role = "Представитель ВОЗ в Казахстане"
organization = "Всемирная организация здравоохранения (ВОЗ)"

[[speakers]]
id = "director"
name = "Ерлан Нурланов"
role = "Директор центра"
"#;

/// The Kazakh conference: a guest whose role names her ministry in the genitive, with a
/// Kazakh courtesy title, and one with a Russian courtesy title and an organisation of
/// her own.
const GUESTS_KK: &str = r#"format = 1

[organization]
name = "Халықаралық көші-қон ұйымы"
short_name = "ХКҰ"
city = "Алматы"
email = "almaty@iom.int"

[event]
title = "Босқындар және баспана"
kind = "Конференция"
date = 2025-11-13
end_date = 2025-11-14
time = 10:00:00
city = "Алматы"
language = "kk"

[[speakers]]
id = "minister"
honorific = "ханым"
name = "Гүлнара Сейітова"
role = "Қазақстан Республикасы Денсаулық сақтау министрлігінің вице-министрі"
organization = "Қазақстан Республикасы Денсаулық сақтау министрлігі"

[[speakers]]
id = "guest"
honorific = "г-жа"
name = "Айжан Омарова"
role = "Орталықтың директоры"
organization = "Көші-қон орталығы"

[[speakers]]
id = "nobody"
name = "Ерлан Нұрланов"
role = "Тәуелсіз сарапшы"
"#;

/// How many times `needle` occurs in `hay`, both without spaces and hyphens.
fn count(hay: &str, needle: &str) -> usize {
    bare(hay).matches(&bare(needle)).count()
}

#[test]
fn guests_show_their_own_organisation_once_and_never_the_hosts() {
    let dir = tempfile::tempdir().unwrap();
    let folder = build(dir.path(), "guests", GUESTS_RU);
    let tents = common::pdf::page_texts(&folder.join("name-tents.pdf"));
    assert_eq!(tents.len(), 3);
    for tent in &tents {
        assert!(
            !tent.contains("ЮНИСЕФ") && !tent.contains("Детский фонд"),
            "a guest's tent names the host: {tent}"
        );
    }
    assert_eq!(count(&tents[2], "Директор центра"), 2, "{}", tents[2]);
    for document in ["speaker-bios.pdf", "press-kit.pdf"] {
        let text = pdf_text(&folder.join(document));
        // The ministry is named once, by the role, in the genitive it was written in.
        assert_eq!(
            count(&text, "Министерства здравоохранения Республики Казахстан"),
            1,
            "{document}: {text}"
        );
        assert_eq!(
            count(&text, "Министерство здравоохранения Республики Казахстан"),
            0,
            "{document}: {text}"
        );
        // WHO's representative: the acronym in the role is the organisation.
        assert_eq!(
            count(&text, "Всемирная организация здравоохранения"),
            0,
            "{document}"
        );
        assert_eq!(
            count(&text, "Представитель ВОЗ в Казахстане"),
            1,
            "{document}"
        );
        // No composed sentence repeats a card; honorifics start their line capitalised.
        assert_eq!(count(&text, "Нурланов —"), 0, "{document}: {text}");
        assert!(
            count(&text, "Д-р Айгуль Сейтказина") >= 1,
            "{document}: {text}"
        );
        assert!(count(&text, "Г-жа Анна Берг") >= 1, "{document}: {text}");
        assert_eq!(
            count(&text, "д-р Айгуль") + count(&text, "г-жа Анна"),
            0,
            "{document}"
        );
        assert!(!text.contains("ЮНИСЕФ в Казахстане"), "{document}");
    }
    // After a name or a dash, the role is in lower case whatever case it was typed in.
    let advisory = bare(&pdf_text(&folder.join("media-advisory.pdf")));
    assert!(
        advisory.contains(&bare("Ерлан Нурланов, директор центра")),
        "{advisory}"
    );
    assert!(
        advisory.contains(&bare("вице-министр здравоохранения Министерства")),
        "{advisory}"
    );
    assert!(
        advisory.contains(&bare("представитель ВОЗ в Казахстане")),
        "{advisory}"
    );
    for release in [
        pdf_text(&folder.join("press-release.pdf")),
        std::fs::read_to_string(folder.join("press-release.txt")).unwrap(),
    ] {
        assert!(
            bare(&release).contains(&bare("Ерлан Нурланов, директор центра")),
            "{release}"
        );
        // The contact's role too, and its organisation once.
        assert!(
            bare(&release).contains(&bare(
                "Айгерим Сатпаева, специалист по связям с общественностью ЮНИСЕФ"
            )),
            "{release}"
        );
        assert_eq!(count(&release, "ЮНИСЕФ, ЮНИСЕФ"), 0, "{release}");
    }
}

#[test]
fn a_kazakh_guest_keeps_her_ministry_once_and_a_courtesy_title_after_her_name() {
    let dir = tempfile::tempdir().unwrap();
    let folder = build(dir.path(), "guests", GUESTS_KK);
    let tents = common::pdf::page_texts(&folder.join("name-tents.pdf"));
    assert_eq!(tents.len(), 3);
    for tent in &tents {
        assert!(
            !tent.contains("ХКҰ") && !tent.contains("Халықаралық көші-қон"),
            "a guest's tent names the host: {tent}"
        );
    }
    assert_eq!(count(&tents[1], "Көші-қон орталығы"), 2, "{}", tents[1]);
    let bios = pdf_text(&folder.join("speaker-bios.pdf"));
    assert_eq!(count(&bios, "министрлігінің вице-министрі"), 1, "{bios}");
    assert_eq!(count(&bios, "Денсаулық сақтау министрлігі"), 1, "{bios}");
    assert_eq!(count(&bios, "Гүлнара Сейітова ханым"), 1, "{bios}");
    assert_eq!(count(&bios, "г-жа"), 0, "{bios}");
    assert_eq!(count(&bios, "Айжан Омарова"), 1, "{bios}");
    // The host is named in the running head (the first line) and foot only, never on a
    // guest's card.
    assert!(
        bios.lines()
            .skip(1)
            .filter(|l| l.contains("ХКҰ") || l.contains("Халықаралық көші-қон"))
            .all(|l| l.contains(" · ")),
        "{bios}"
    );
    let advisory = bare(&pdf_text(&folder.join("media-advisory.pdf")));
    assert!(
        advisory.contains(&bare("Айжан Омарова, орталықтың директоры")),
        "{advisory}"
    );
    assert!(advisory.contains(&bare(RANGES[2])), "{advisory}");
}

#[test]
fn the_new_messages_speak_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let text = conference(&LANGUAGES[2], "2025-11-13", "2025-11-12", "");
    std::fs::write(dir.path().join("c.toml"), &text).unwrap();
    let late = conference(&LANGUAGES[2], "2025-11-13", "2025-11-14", "").replace(
        "\n[release]",
        "\n[advisory]\ndeadline = 2025-11-14T09:00:00\ninterpretation = [\"xq\"]\n\n[release]",
    );
    std::fs::write(dir.path().join("late.toml"), &late).unwrap();
    let said = |file: &str, language: &str| {
        let out = common::command(dir.path(), &["check", file, "--force"])
            .env("PRESSKIT_LANG", language)
            .output()
            .unwrap();
        stderr(&out)
    };
    let cases = [
        (
            "ru",
            "последний день, 2025-11-12, раньше первого",
            "аккредитация закрывается после начала мероприятия",
            "presskit не знает названия языка `xq`",
        ),
        (
            "kk",
            "соңғы күн, 2025-11-12, бірінші күннен бұрын",
            "аккредиттеу іс-шара басталғаннан кейін жабылады",
            "presskit `xq` тілінің атауын білмейді",
        ),
        (
            "en",
            "the last day, 2025-11-12, is before the first",
            "accreditation closes after the event has started",
            "presskit has no name for the language `xq`",
        ),
    ];
    for (language, end, deadline, code) in cases {
        let told = said("c.toml", language);
        assert!(told.contains(end), "{language}: {told}");
        let told = said("late.toml", language);
        assert!(
            told.contains(deadline) && told.contains(code),
            "{language}: {told}"
        );
    }
}

//! Getting the release to journalists: the web page beside the PDF, read back with an HTML
//! tokenizer as a browser reads it.

use crate::common;

use common::{REFERENCE, build_reference, presskit, stderr};

use html5gum::{Token, Tokenizer};

/// A tag or a run of text of an HTML page, as a browser's tokenizer reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Node {
    /// A start tag with its attributes, in order.
    Open(String, Vec<(String, String)>),
    /// An end tag.
    Close(String),
    /// Text, character references decoded.
    Text(String),
}

/// The page's tags and text, in order; fails on a tokenizer error.
fn read_html(page: &str) -> Vec<Node> {
    let utf8 = |bytes: &[u8]| String::from_utf8(bytes.to_vec()).unwrap();
    let mut nodes = Vec::new();
    for token in Tokenizer::new(page) {
        match token.unwrap() {
            Token::StartTag(tag) => nodes.push(Node::Open(
                utf8(&tag.name),
                tag.attributes
                    .iter()
                    .map(|(k, v)| (utf8(k), utf8(v)))
                    .collect(),
            )),
            Token::EndTag(tag) => nodes.push(Node::Close(utf8(&tag.name))),
            // Compared with the data as the typographic pass left it (curly quotes,
            // no-break spaces), which is the same for every document.
            Token::String(text) => match nodes.last_mut() {
                Some(Node::Text(run)) => run.push_str(&common::untypeset(&utf8(&text))),
                _ => nodes.push(Node::Text(common::untypeset(&utf8(&text)))),
            },
            Token::Error(e) => panic!("the page does not tokenize cleanly: {e:?}"),
            Token::Comment(_) | Token::Doctype(_) => {}
        }
    }
    nodes
}

/// The start tags named `name`.
fn tags<'n>(nodes: &'n [Node], name: &str) -> Vec<&'n [(String, String)]> {
    nodes
        .iter()
        .filter_map(|n| match n {
            Node::Open(tag, attributes) if tag == name => Some(attributes.as_slice()),
            _ => None,
        })
        .collect()
}

/// The value of an attribute.
fn attribute<'a>(attributes: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attributes
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// The text inside the first element named `name`, tags inside it dropped.
fn text_of(nodes: &[Node], name: &str) -> String {
    let start = nodes
        .iter()
        .position(|n| matches!(n, Node::Open(tag, _) if tag == name))
        .unwrap_or_else(|| panic!("no <{name}>"));
    let mut text = String::new();
    for node in &nodes[start + 1..] {
        match node {
            Node::Close(tag) if tag == name => break,
            Node::Text(t) => text.push_str(t),
            _ => {}
        }
    }
    text
}

#[test]
fn the_release_web_page_is_self_contained_accessible_and_holds_the_release() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(REFERENCE, dir.path().join("almaty-2016-12-22.toml")).unwrap();
    let folder = build_reference(dir.path());
    let page = std::fs::read_to_string(folder.join("press-release.html")).unwrap();
    let nodes = read_html(&page);

    let html = tags(&nodes, "html");
    assert_eq!(attribute(html[0], "lang"), Some("en"));
    assert_eq!(tags(&nodes, "h1").len(), 1, "one h1");
    assert!(tags(&nodes, "script").is_empty(), "no scripts");
    for name in ["img", "link", "iframe", "object", "embed", "source"] {
        for attributes in tags(&nodes, name) {
            for (key, value) in attributes {
                assert!(
                    !(matches!(key.as_str(), "src" | "href") && value.contains("//")),
                    "an external request: <{name} {key}={value}>"
                );
            }
        }
    }
    assert!(
        tags(&nodes, "meta")
            .iter()
            .any(|a| attribute(a, "name") == Some("viewport"))
    );

    let data: toml::Table = std::fs::read_to_string(REFERENCE).unwrap().parse().unwrap();
    let release = data["release"].as_table().unwrap();
    assert_eq!(text_of(&nodes, "h1"), release["headline"].as_str().unwrap());
    let article = text_of(&nodes, "article");
    for paragraph in release["body"].as_array().unwrap() {
        let paragraph = common::untypeset(paragraph.as_str().unwrap());
        assert!(article.contains(&paragraph), "{paragraph}");
    }
    assert!(
        article.contains("ALMATY, 22 December 2016 – "),
        "dateline: {article}"
    );
    let quotes = release
        .get("quotes")
        .and_then(|q| q.as_array())
        .map_or(0, Vec::len);
    assert_eq!(tags(&nodes, "blockquote").len(), quotes);
    assert!(article.contains(release["contact"]["name"].as_str().unwrap()));
    if let Some(about) = data["organization"].get("about") {
        assert!(article.contains(about.as_str().unwrap()));
    }
}

#[test]
fn hostile_text_prints_verbatim_in_the_web_page() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = [
        "</h1><script>alert(1)</script>",
        "\" onload=\"alert(2)",
        "Tom & Jerry's <b>bold</b> &amp; co",
        "' /><img src=//evil.example/x>",
    ];
    let text = std::fs::read_to_string(REFERENCE).unwrap();
    let mut data: toml::Table = text.parse().unwrap();
    data["organization"]["name"] = hostile[1].into();
    data["release"]["headline"] = hostile[0].into();
    data["release"]["summary"] = hostile[2].into();
    data["release"]["body"] = toml::Value::Array(vec![hostile[3].into(), hostile[2].into()]);
    std::fs::write(dir.path().join("h.toml"), toml::to_string(&data).unwrap()).unwrap();
    let out = presskit(
        dir.path(),
        &["build", "h.toml", "--only", "press-release", "-o", "out"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let page = std::fs::read_to_string(dir.path().join("out/h/press-release.html")).unwrap();
    let nodes = read_html(&page);
    assert!(tags(&nodes, "script").is_empty(), "{page}");
    assert!(tags(&nodes, "b").is_empty(), "{page}");
    assert_eq!(tags(&nodes, "h1").len(), 1);
    assert_eq!(text_of(&nodes, "h1"), hostile[0]);
    assert_eq!(text_of(&nodes, "title"), hostile[0]);
    let article = text_of(&nodes, "article");
    assert!(
        article.contains(hostile[2]) && article.contains(hostile[3]),
        "{article}"
    );
    for attributes in tags(&nodes, "img") {
        assert!(attribute(attributes, "onload").is_none(), "{page}");
    }
    assert!(text_of(&nodes, "header").contains(hostile[1]), "{page}");
}

#[test]
fn a_kazakh_embargoed_release_page_says_so_in_kazakh_with_its_quotes() {
    let sample = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/astana-2017-06-22-kk.toml"
    );
    let dir = tempfile::tempdir().unwrap();
    let out = presskit(
        dir.path(),
        &["build", sample, "--only", "press-release", "-o", "out"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let page = std::fs::read_to_string(
        dir.path()
            .join("out/astana-2017-06-22-kk/press-release.html"),
    )
    .unwrap();
    let nodes = read_html(&page);
    assert_eq!(attribute(tags(&nodes, "html")[0], "lang"), Some("kk"));
    // The logo travels inside the page, with its alternative text.
    let logo = tags(&nodes, "img");
    assert_eq!(logo.len(), 1);
    assert!(
        attribute(logo[0], "src")
            .unwrap()
            .starts_with("data:image/svg+xml;base64,")
    );
    assert!(!attribute(logo[0], "alt").unwrap().is_empty());
    let data: toml::Table = std::fs::read_to_string(sample).unwrap().parse().unwrap();
    let quotes = data["release"]["quotes"].as_array().unwrap();
    assert_eq!(tags(&nodes, "blockquote").len(), quotes.len());
    let article = text_of(&nodes, "article");
    for quote in quotes {
        // The full stop of a quote goes after the closing guillemet, as in print.
        let quote = common::untypeset(quote["text"].as_str().unwrap());
        let quote = quote.trim_end_matches('.');
        assert!(
            article.contains(&format!("«{quote}»")),
            "{quote} in {article}"
        );
    }
    // The dateline with Kazakh's dash, as in the PDF.
    assert!(
        article.contains("АСТАНА, 2017 жылғы 22 маусым — "),
        "{article}"
    );
    let timing = tags(&nodes, "p")
        .into_iter()
        .filter_map(|a| attribute(a, "class"))
        .any(|class| class.split(' ').any(|c| c == "embargo"));
    assert!(timing, "the embargo is marked: {page}");
    assert!(
        article.contains("ЭМБАРГО") || article.to_lowercase().contains("эмбарго"),
        "{article}"
    );
}

/// The Kazakh sample: embargoed, with quotes and a release contact with an address.
const KAZAKH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/astana-2017-06-22-kk.toml"
);

/// A media list of thirty journalists in three languages, as a CSV file.
fn thirty_journalists() -> String {
    let mut csv = String::from("Аты-жөні;E-mail;БАҚ;Тіл\n");
    for i in 0..30 {
        let (name, language) = match i % 3 {
            0 => (format!("Айгерім Оспанова {i}"), "kk"),
            1 => (format!("Иван Петров {i}"), "ru"),
            _ => (format!("Jane Doe {i}"), "en"),
        };
        csv.push_str(&format!(
            "{name};journalist{i}@example.kz;Outlet {i};{language}\n"
        ));
    }
    csv
}

/// Runs `presskit mail` on the Kazakh sample with `list` (named `file`) in a new folder.
fn mail(file: &str, list: &[u8], extra: &[&str]) -> (tempfile::TempDir, std::process::Output) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(file), list).unwrap();
    let mut args = vec!["mail", KAZAKH, "--media-list", file, "-o", "out"];
    args.extend(extra);
    let out = presskit(dir.path(), &args);
    (dir, out)
}

#[test]
fn thirty_journalists_get_thirty_drafts_that_a_mail_program_reads() {
    let (dir, out) = mail("list.csv", thirty_journalists().as_bytes(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Twenty of the thirty read another language than the release's Kazakh.
    let err = stderr(&out);
    assert!(err.contains("warning: the release is in kk, but"), "{err}");
    assert!(
        err.contains("Иван Петров 1 (ru)") && err.contains("Jane Doe 2 (en)"),
        "{err}"
    );
    let folder = dir.path().join("out/astana-2017-06-22-kk/mail");
    let mut drafts: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    drafts.sort();
    assert_eq!(drafts.len(), 30);
    assert_eq!(
        drafts[0].file_name().unwrap(),
        "01-journalist0@example.kz.eml",
        "list order and address"
    );

    // The release PDF as `build` makes it: the attachment must be those bytes.
    let built = presskit(
        dir.path(),
        &["build", KAZAKH, "--only", "press-release", "-o", "built"],
    );
    assert!(built.status.success(), "{}", stderr(&built));
    let pdf = std::fs::read(
        dir.path()
            .join("built/astana-2017-06-22-kk/press-release.pdf"),
    )
    .unwrap();
    let data: toml::Table = std::fs::read_to_string(KAZAKH).unwrap().parse().unwrap();
    let headline = common::untypeset(data["release"]["headline"].as_str().unwrap());
    let contact = data["release"]["contact"]["email"].as_str().unwrap();

    for (i, path) in drafts.iter().enumerate() {
        use mail_parser::{MessageParser, MimeHeaders};
        let bytes = std::fs::read(path).unwrap();
        let message = MessageParser::default().parse(&bytes).expect("a message");
        let to = message.to().and_then(|a| a.first()).expect("one recipient");
        assert_eq!(
            to.address(),
            Some(format!("journalist{i}@example.kz").as_str())
        );
        assert!(
            to.name().is_some_and(|n| n.ends_with(&format!(" {i}"))),
            "{:?}",
            to.name()
        );
        let from = message.from().and_then(|a| a.first()).unwrap();
        assert_eq!(from.address(), Some(contact));
        assert_eq!(
            message
                .reply_to()
                .and_then(|a| a.first())
                .and_then(|a| a.address()),
            Some(contact)
        );
        // The short embargo first in the subject, then the headline; its full wording
        // once in the body. Plain spaces, as a mail program's search is typed.
        let raw_subject = message.subject().unwrap();
        assert!(
            !raw_subject.contains(['\u{a0}', '\u{202f}']),
            "{raw_subject:?}"
        );
        let subject = common::untypeset(raw_subject);
        assert_eq!(subject, format!("ЭМБАРГО: 22.06, 12:00 | {headline}"));
        let text = common::untypeset(&message.body_text(0).unwrap());
        assert_eq!(text.matches("Эмбарго").count(), 1, "{text}");
        // The list has no given-name column: a greeting without the name.
        let greeting = text.split("\n\n").next().unwrap();
        assert_eq!(greeting, "Сәлеметсіз бе!");
        assert!(text.contains(&headline), "{text}");
        let html = message.body_html(0).unwrap();
        assert!(common::untypeset(&html).contains("Сәлеметсіз бе!"));
        let attachments: Vec<_> = message.attachments().collect();
        assert_eq!(attachments.len(), 1);
        assert_eq!(attachments[0].attachment_name(), Some("press-release.pdf"));
        assert_eq!(
            attachments[0].content_type().map(|c| c.ctype()),
            Some("application")
        );
        assert!(
            attachments[0].contents() == pdf.as_slice(),
            "the attachment is the release PDF"
        );
        // The date is the event's, not the clock's.
        assert_eq!(message.date().unwrap().to_timestamp(), 1_498_089_600);
    }

    // The same inputs, the same bytes.
    let (again, out) = mail("list.csv", thirty_journalists().as_bytes(), &[]);
    assert!(out.status.success());
    for path in &drafts {
        let twin = again
            .path()
            .join("out/astana-2017-06-22-kk/mail")
            .join(path.file_name().unwrap());
        assert!(
            std::fs::read(path).unwrap() == std::fs::read(twin).unwrap(),
            "{}",
            path.display()
        );
    }
}

#[test]
fn a_windows_1251_list_with_russian_headings_greetings_and_the_kit_attached() {
    // Windows-1251 has no Kazakh letters: a list in it greets in Russian.
    let text = "ФИО;Эл. почта;СМИ;Обращение\r\nАйгерим Оспанова;aigerim@example.kz;Хабар;Уважаемая Айгерим!\r\nIvan Petrov;ivan@example.ru;;\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(text);
    assert!(!unmappable);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the list is not UTF-8"
    );
    let (dir, out) = mail("list.csv", &bytes, &["--attach-kit"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let folder = dir.path().join("out/astana-2017-06-22-kk/mail");
    let first = std::fs::read(folder.join("01-aigerim@example.kz.eml")).unwrap();
    let message = mail_parser::MessageParser::default().parse(&first).unwrap();
    let text = message.body_text(0).unwrap();
    assert!(text.starts_with("Уважаемая Айгерим!\n\n"), "{text}");
    let names: Vec<_> = {
        use mail_parser::MimeHeaders;
        message
            .attachments()
            .filter_map(|a| a.attachment_name().map(String::from))
            .collect()
    };
    // What the registry says a draft attaches with --attach-kit.
    let attached: Vec<&str> = presskit::documents::registry::mailed(true)
        .filter(|d| d.mail != presskit::documents::registry::Mail::Body)
        .map(|d| d.file)
        .collect();
    assert_eq!(names, attached);
    let second = std::fs::read(folder.join("02-ivan@example.ru.eml")).unwrap();
    let message = mail_parser::MessageParser::default()
        .parse(&second)
        .unwrap();
    assert!(message.body_text(0).unwrap().starts_with("Сәлеметсіз бе!"));
}

#[test]
fn a_bad_address_is_located_and_nothing_is_drafted_and_duplicates_are_drafted_once() {
    let list = "name,email\nAigerim,aigerim@example.kz\nIvan,ivan at example.ru\n";
    let (dir, out) = mail("list.csv", list.as_bytes(), &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("list.csv:3:6: error: `ivan at example.ru` is not an email address"),
        "{err}"
    );
    assert!(!dir.path().join("out").exists(), "a draft was written");

    let list = "name,email\nAigerim,aigerim@example.kz\nAigerim O.,AIGERIM@example.kz\n";
    let (dir, out) = mail("list.csv", list.as_bytes(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("list.csv:3:12: warning: AIGERIM@example.kz is listed twice"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("the first is at row 2"),
        "{}",
        stderr(&out)
    );

    // A column it does not use is named at its heading.
    let list = "name,email,Телефон\nAigerim,aigerim@example.kz,+7 701\n";
    let (_dir, out) = mail("list.csv", list.as_bytes(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("list.csv:1:12: warning: columns not used: Телефон"),
        "{}",
        stderr(&out)
    );
    let drafts = std::fs::read_dir(dir.path().join("out/astana-2017-06-22-kk/mail"))
        .unwrap()
        .count();
    assert_eq!(drafts, 1);

    let (dir, out) = mail("list.csv", b"who,where\nA,B\n", &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("list.csv:1:1: error: a media list needs a name and an email column"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("out").exists());
}

#[test]
fn a_briefing_without_a_release_or_a_sender_is_refused_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(REFERENCE).unwrap();
    // The reference's release contact has no address, nor has its organisation.
    std::fs::write(dir.path().join("b.toml"), &text).unwrap();
    std::fs::write(dir.path().join("list.csv"), "name,email\nA,a@example.kz\n").unwrap();
    let out = presskit(dir.path(), &["mail", "b.toml", "--media-list", "list.csv"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("error: the drafts need a sender's email address"),
        "{err}"
    );
    let mut data: toml::Table = text.parse().unwrap();
    data.remove("release");
    std::fs::write(dir.path().join("b.toml"), toml::to_string(&data).unwrap()).unwrap();
    let out = presskit(dir.path(), &["mail", "b.toml", "--media-list", "list.csv"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("b.toml:1:1: error: this briefing has no [release] yet"),
        "{err}"
    );
    assert!(!dir.path().join("out").exists());
}

#[test]
fn the_press_page_bundle_holds_the_release_the_kit_and_captioned_photos_and_is_reproducible() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("assets")).unwrap();
    let logo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/assets/logo.svg");
    std::fs::copy(&logo, dir.path().join("assets/IMG_0042.svg")).unwrap();
    let mut text = std::fs::read_to_string(REFERENCE).unwrap();
    text.push_str(
        r#"
[[photos]]
file = "assets/IMG_0042.svg"
caption = "Journalists at the IOM briefing, Almaty"
credit = "Photo: A. Name / IOM"
alt = "A room of journalists facing three speakers"
"#,
    );
    std::fs::write(dir.path().join("almaty-2016-12-22.toml"), &text).unwrap();
    let folder = build_reference(dir.path());
    let bytes = std::fs::read(folder.join("press-kit.zip")).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.clone())).unwrap();
    let names: Vec<String> = (0..zip.len())
        .map(|i| zip.by_index(i).unwrap().name().unwrap().to_string())
        .collect();
    // The documents the registry bundles, in its order, then the photos and captions.
    let mut expected: Vec<&str> = presskit::documents::registry::bundled()
        .map(|d| d.file)
        .collect();
    expected.extend([
        "photos/01-journalists-at-the-iom-briefing-almaty.svg",
        "captions.txt",
    ]);
    assert_eq!(names, expected);
    let read = |zip: &mut zip::ZipArchive<std::io::Cursor<Vec<u8>>>, name: &str| {
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut zip.by_name(name).unwrap(), &mut out).unwrap();
        out
    };
    for name in &names[..4] {
        assert!(
            read(&mut zip, name) == std::fs::read(folder.join(name)).unwrap(),
            "{name}"
        );
    }
    assert!(
        read(&mut zip, &names[4]) == std::fs::read(&logo).unwrap(),
        "full resolution"
    );
    let captions = String::from_utf8(read(&mut zip, "captions.txt")).unwrap();
    assert_eq!(
        captions,
        "photos/01-journalists-at-the-iom-briefing-almaty.svg\nJournalists at the IOM briefing, Almaty\nPhoto: A. Name / IOM\n\n"
    );
    // The entries carry the event's day, never the clock's.
    let entry = zip.by_index(0).unwrap();
    let when = entry.last_modified().unwrap();
    assert_eq!((when.year(), when.month(), when.day()), (2016, 12, 22));
    drop(entry);
    // A second build from scratch: the same bytes.
    std::fs::remove_dir_all(dir.path().join("out")).unwrap();
    let again = build_reference(dir.path());
    assert!(std::fs::read(again.join("press-kit.zip")).unwrap() == bytes);
}

#[test]
fn the_news_item_tells_who_held_what_who_spoke_and_which_media_came() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(REFERENCE, dir.path().join("almaty-2016-12-22.toml")).unwrap();
    let folder = build_reference(dir.path());
    let data: toml::Table = std::fs::read_to_string(REFERENCE).unwrap().parse().unwrap();
    let text = common::untypeset(&std::fs::read_to_string(folder.join("news-item.txt")).unwrap());
    assert!(
        text.contains("ALMATY, 22 December 2016 – IOM held a press briefing, \"Migration trends"),
        "{text}"
    );
    for speaker in data["speakers"].as_array().unwrap() {
        assert!(text.contains(speaker["name"].as_str().unwrap()), "{text}");
    }
    let media = text
        .lines()
        .find(|l| l.starts_with("The briefing was attended by journalists from "))
        .unwrap();
    for outlet in data["attendance"].as_array().unwrap() {
        let name = outlet["outlet"].as_str().unwrap();
        let came = outlet
            .get("present")
            .and_then(|p| p.as_bool())
            .unwrap_or(true);
        assert_eq!(media.contains(name), came, "{name} in {media}");
    }
    // The web version: one fragment, semantic, in the briefing's language.
    let page = std::fs::read_to_string(folder.join("news-item.html")).unwrap();
    let nodes = read_html(&page);
    assert_eq!(attribute(tags(&nodes, "article")[0], "lang"), Some("en"));
    assert!(tags(&nodes, "html").is_empty() && tags(&nodes, "script").is_empty());
    // A story, not minutes: paragraphs, each speaker's name in bold, no lists.
    assert!(tags(&nodes, "li").is_empty());
    assert_eq!(
        tags(&nodes, "strong").len(),
        data["speakers"].as_array().unwrap().len()
    );

    // Before the briefing, with nobody recorded as having come: no story yet.
    let mut early: toml::Table = std::fs::read_to_string(REFERENCE).unwrap().parse().unwrap();
    early.remove("attendance");
    std::fs::write(
        dir.path().join("early.toml"),
        toml::to_string(&early).unwrap(),
    )
    .unwrap();
    let out = presskit(dir.path(), &["build", "early.toml", "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "note: no attendance recorded yet: news-item.txt, news-item.html not written"
        ),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("out/early/news-item.txt").exists());
}

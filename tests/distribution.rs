//! Getting the release to journalists: the web page beside the PDF, read back with an HTML
//! tokenizer as a browser reads it.

mod common;

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

//! Addresses, links and headers that could carry an attack (issue 34), through the real
//! binary: an email address with a query is a located error, only web addresses become
//! links in the PDFs, a headline or a name that reads as an RFC 2047 encoded word stays
//! literal in every header, and a logo's scripts never reach the web page.

use crate::common;

use common::{REFERENCE, presskit, stderr};
use std::path::Path;

/// The reference briefing with each `(from, to)` replaced once (each `from` must occur).
fn reference_with(changes: &[(&str, &str)]) -> String {
    let mut text = std::fs::read_to_string(REFERENCE).unwrap();
    for (from, to) in changes {
        assert!(text.contains(from), "{from:?} not in the reference");
        text = text.replacen(from, to, 1);
    }
    text
}

/// The release contact of the reference, as written.
const CONTACT: &str =
    "contact = { name = \"Aliya Alikova\", role = \"National Officer\", organization = \"IOM\" }";

/// The contact with an email address.
fn contact_with(email: &str) -> String {
    format!(
        "{} , email = \"{email}\" }}",
        CONTACT.trim_end_matches(" }")
    )
}

/// Line and column (from 1) where `needle` starts in `text`.
fn place(text: &str, needle: &str) -> (usize, usize) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not found"));
    let line = text[..at].matches('\n').count() + 1;
    let column = at - text[..at].rfind('\n').map_or(0, |i| i + 1) + 1;
    (line, column)
}

/// A folder with `text` as `b.toml`.
fn folder_with(text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.toml"), text).unwrap();
    dir
}

#[test]
fn an_email_address_with_a_query_or_a_name_is_an_error_at_its_key() {
    let hostile = "press@example.org?bcc=spy@evil.invalid&body=x";
    let text = reference_with(&[
        (
            "short_name = \"IOM\"",
            "short_name = \"IOM\"\nemail = \"IOM <iom@iom.int>\"",
        ),
        (CONTACT, &contact_with(hostile)),
    ]);
    let dir = folder_with(&text);
    let out = presskit(dir.path(), &["build", "b.toml", "-o", "out"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let (line, column) = place(&text, "\"IOM <iom@iom.int>\"");
    assert!(
        err.contains(&format!(
            "b.toml:{line}:{column}: error: organization.email: `IOM <iom@iom.int>` is not one email address"
        )),
        "{err}"
    );
    assert!(
        err.contains("hint: write the address alone: email = \"iom@iom.int\""),
        "{err}"
    );
    let (line, column) = place(&text, &format!("\"{hostile}\""));
    assert!(
        err.contains(&format!(
            "b.toml:{line}:{column}: error: release.contact.email: `{hostile}` is not one email address"
        )),
        "{err}"
    );
    assert!(
        err.contains("hint: write the address alone: email = \"press@example.org\""),
        "{err}"
    );
    assert!(!dir.path().join("out").exists(), "something was written");
}

/// Every `href` of an HTML page, read as a browser's tokenizer reads it.
fn links(html: &str) -> Vec<String> {
    use html5gum::{Token, Tokenizer};
    let mut out = Vec::new();
    for token in Tokenizer::new(html) {
        if let Token::StartTag(tag) = token.unwrap() {
            for (name, value) in &tag.attributes {
                if String::from_utf8_lossy(name) == "href" {
                    out.push(String::from_utf8_lossy(value).into_owned());
                }
            }
        }
    }
    out
}

#[test]
fn mailto_links_and_the_drafts_sender_are_the_validated_address() {
    let text = reference_with(&[
        (
            "short_name = \"IOM\"",
            "short_name = \"IOM\"\nemail = \"iom@iom.int\"",
        ),
        (CONTACT, &contact_with("a.alikova+press@iom.int")),
    ]);
    let dir = folder_with(&text);
    let out = presskit(
        dir.path(),
        &["build", "b.toml", "-o", "out", "--only", "press-release"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(dir.path().join("out/b/press-release.html")).unwrap();
    let mailto: Vec<String> = links(&html)
        .into_iter()
        .filter(|l| l.starts_with("mailto:"))
        .collect();
    assert_eq!(mailto, ["mailto:a.alikova+press@iom.int"]);
    std::fs::write(
        dir.path().join("list.csv"),
        "name,email\nJane Doe,jane@example.kz\n",
    )
    .unwrap();
    let out = presskit(
        dir.path(),
        &["mail", "b.toml", "--media-list", "list.csv", "-o", "out"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let draft = std::fs::read(dir.path().join("out/b/mail/01-jane@example.kz.eml")).unwrap();
    let message = mail_parser::MessageParser::default().parse(&draft).unwrap();
    let from = message.from().and_then(|a| a.first()).unwrap();
    assert_eq!(from.address(), Some("a.alikova+press@iom.int"));
    let html = message.body_html(0).unwrap();
    let mailto: Vec<String> = links(&html)
        .into_iter()
        .filter(|l| l.starts_with("mailto:"))
        .collect();
    assert_eq!(mailto, ["mailto:a.alikova+press@iom.int"]);
}

/// Every `/URI` of a link action in a PDF, wherever its dictionary sits.
fn uris(path: &Path) -> Vec<String> {
    fn walk(object: &lopdf::Object, out: &mut Vec<String>) {
        match object {
            lopdf::Object::Dictionary(dict) => {
                for (key, value) in dict.iter() {
                    match value.as_str() {
                        Ok(uri) if key.as_slice() == b"URI" => {
                            out.push(String::from_utf8_lossy(uri).into_owned());
                        }
                        _ => walk(value, out),
                    }
                }
            }
            lopdf::Object::Array(items) => items.iter().for_each(|item| walk(item, out)),
            lopdf::Object::Stream(stream) => {
                walk(&lopdf::Object::Dictionary(stream.dict.clone()), out)
            }
            _ => {}
        }
    }
    let document = lopdf::Document::load(path).unwrap();
    let mut out = Vec::new();
    for object in document.objects.values() {
        walk(object, &mut out);
    }
    out.sort();
    out
}

#[test]
fn only_web_addresses_become_links_and_the_others_are_warned_of_at_their_key() {
    let pieces = [
        ("Script link", "javascript:app.alert(1)"),
        ("File link", "file:///etc/passwd"),
        ("Share link", "smb://server/share"),
        ("Web link", "https://www.caravan.kz/news/1"),
    ];
    let mut text = reference_with(&[]);
    for (headline, url) in pieces {
        text.push_str(&format!(
            "\n[[coverage]]\noutlet = \"Caravan\"\nheadline = \"{headline}\"\ndate = 2016-12-23\nurl = \"{url}\"\n"
        ));
    }
    let dir = folder_with(&text);
    let out = presskit(
        dir.path(),
        &[
            "build",
            "b.toml",
            "-o",
            "out",
            "--only",
            "attendance-summary",
        ],
    );
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    for (i, (_, url)) in pieces.iter().take(3).enumerate() {
        let scheme = url.split(':').next().unwrap();
        let (line, column) = place(&text, &format!("\"{url}\""));
        // The piece's outlet is named after its path: `coverage[1].url ("Caravan")`.
        let told = err.lines().find(|l| {
            l.starts_with(&format!(
                "b.toml:{line}:{column}: warning: coverage[{}].url (\"",
                i + 1
            ))
        });
        assert!(
            told.is_some_and(|l| l.contains(&format!("\"): `{scheme}:` is not a web address"))),
            "{err}"
        );
    }
    assert!(!err.contains("coverage[4].url"), "{err}");
    let pdf = dir.path().join("out/b/attendance-summary.pdf");
    assert_eq!(uris(&pdf), ["https://www.caravan.kz/news/1"]);
    // The pieces are all listed, their headlines as text.
    let printed = common::squeeze(&common::pdf_text(&pdf));
    for (headline, _) in pieces {
        assert!(printed.contains(&common::squeeze(headline)), "{headline}");
    }
}

#[test]
fn a_headline_or_name_that_reads_as_an_encoded_word_stays_literal_in_every_header() {
    let headline = "=?utf-8?q?Bcc=3A_evil=40evil.invalid?=";
    let sender = "=?utf-8?b?RXZpbA==?=";
    let text = reference_with(&[
        (
            "headline = \"IOM briefs Almaty journalists on migration trends in Central Asia\"",
            &format!("headline = \"{headline}\""),
        ),
        (
            CONTACT,
            &contact_with("aalikova@iom.int").replace("Aliya Alikova", sender),
        ),
    ]);
    let dir = folder_with(&text);
    let journalist = "=?utf-8?q?The_Boss?=";
    std::fs::write(
        dir.path().join("list.csv"),
        format!("name,email\n{journalist},jane@example.kz\nPlain Name,john@example.kz\n"),
    )
    .unwrap();
    let out = presskit(
        dir.path(),
        &["mail", "b.toml", "--media-list", "list.csv", "-o", "out"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let folder = dir.path().join("out/b/mail");
    let draft = std::fs::read(folder.join("01-jane@example.kz.eml")).unwrap();
    let head = String::from_utf8_lossy(&draft);
    let head = &head[..head.find("\r\n\r\n").unwrap()];
    assert!(
        !head.contains(headline),
        "the headline is raw in a header:\n{head}"
    );
    assert!(
        !head.contains(sender),
        "the sender is raw in a header:\n{head}"
    );
    let message = mail_parser::MessageParser::default().parse(&draft).unwrap();
    assert_eq!(message.subject(), Some(headline));
    assert!(message.bcc().is_none(), "{head}");
    let from = message.from().and_then(|a| a.first()).unwrap();
    assert_eq!(
        (from.name(), from.address()),
        (Some(sender), Some("aalikova@iom.int"))
    );
    let reply = message.reply_to().and_then(|a| a.first()).unwrap();
    assert_eq!(reply.name(), Some(sender));
    let to = message.to().and_then(|a| a.first()).unwrap();
    assert_eq!(
        (to.name(), to.address()),
        (Some(journalist), Some("jane@example.kz"))
    );
    // A plain name is written as before, readable as it is.
    let plain = std::fs::read(folder.join("02-john@example.kz.eml")).unwrap();
    assert!(
        String::from_utf8_lossy(&plain).contains("To: \"Plain Name\" <john@example.kz>"),
        "{}",
        String::from_utf8_lossy(&plain)
    );
}

#[test]
fn the_logo_reaches_the_web_page_as_an_image_whose_scripts_never_run() {
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" onload="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)"><rect width="40" height="20" fill="#0033a0"/></a></svg>"##;
    let text = reference_with(&[(
        "short_name = \"IOM\"",
        "short_name = \"IOM\"\nlogo = \"logo.svg\"",
    )]);
    let dir = folder_with(&text);
    std::fs::write(dir.path().join("logo.svg"), svg).unwrap();
    let out = presskit(
        dir.path(),
        &["build", "b.toml", "-o", "out", "--only", "press-release"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(dir.path().join("out/b/press-release.html")).unwrap();
    use html5gum::{Token, Tokenizer};
    let mut images = Vec::new();
    for token in Tokenizer::new(&html) {
        if let Token::StartTag(tag) = token.unwrap() {
            let name = String::from_utf8_lossy(&tag.name).into_owned();
            assert!(
                !["script", "svg", "iframe", "object", "embed"].contains(&name.as_str()),
                "<{name}> in the page"
            );
            for (attribute, value) in &tag.attributes {
                let attribute = String::from_utf8_lossy(attribute);
                assert!(!attribute.starts_with("on"), "an event handler in the page");
                if name == "img" && attribute == "src" {
                    images.push(String::from_utf8_lossy(value).into_owned());
                }
            }
        }
    }
    // The SVG travels only inside an image's `data:` URI, where a browser runs no
    // script and loads nothing.
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(svg);
    assert_eq!(images, [format!("data:image/svg+xml;base64,{encoded}")]);
}

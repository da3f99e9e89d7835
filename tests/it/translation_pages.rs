//! The web pages of a briefing told in several languages link to each other (issue 32):
//! the Russian sample with its Kazakh and English translations built, each language's
//! release page read back with a browser's tokenizer: an `hreflang` link in its head for
//! every language (itself included) and a visible switch naming each language in itself,
//! every link leading to a page that was written; the news item's switch likewise; a
//! page in one language, and a mail draft, without any.

use html5gum::{Token, Tokenizer};

use crate::common::{REFERENCE, build_reference, presskit, stderr};
use crate::translations::{ENGLISH, STEM, sample};

/// A start tag: its name and its attributes, in order.
type Tag = (String, Vec<(String, String)>);

/// The start tags of a page, and its text, in order.
fn start_tags(page: &str) -> (Vec<Tag>, String) {
    let utf8 = |bytes: &[u8]| String::from_utf8(bytes.to_vec()).unwrap();
    let mut tags = Vec::new();
    let mut text = String::new();
    for token in Tokenizer::new(page) {
        match token.unwrap() {
            Token::StartTag(tag) => tags.push((
                utf8(&tag.name),
                tag.attributes
                    .iter()
                    .map(|(k, v)| (utf8(k), utf8(v)))
                    .collect(),
            )),
            Token::String(s) => text.push_str(&utf8(&s)),
            Token::Error(e) => panic!("the page does not tokenize cleanly: {e:?}"),
            _ => {}
        }
    }
    (tags, text)
}

/// The value of the attribute `name` of a tag.
fn attribute<'a>(attributes: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attributes
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// The `(hreflang, href)` of every tag named `tag` with `rel="alternate"`.
fn alternates(page: &str, tag: &str) -> Vec<(String, String)> {
    start_tags(page)
        .0
        .iter()
        .filter(|(name, a)| name == tag && attribute(a, "rel") == Some("alternate"))
        .map(|(_, a)| {
            (
                attribute(a, "hreflang").unwrap().to_string(),
                attribute(a, "href").unwrap().to_string(),
            )
        })
        .collect()
}

/// The switch's links of a page: `(lang, href, current)` of each `<a hreflang>`.
fn switch(page: &str) -> Vec<(String, String, bool)> {
    start_tags(page)
        .0
        .iter()
        .filter(|(name, a)| name == "a" && attribute(a, "hreflang").is_some())
        .map(|(_, a)| {
            assert_eq!(attribute(a, "lang"), attribute(a, "hreflang"), "{a:?}");
            (
                attribute(a, "hreflang").unwrap().to_string(),
                attribute(a, "href").unwrap().to_string(),
                attribute(a, "aria-current") == Some("page"),
            )
        })
        .collect()
}

#[test]
fn each_language_s_release_page_links_to_every_other_and_names_it_in_itself() {
    let dir = sample();
    std::fs::write(dir.path().join(format!("{STEM}.en.toml")), ENGLISH).unwrap();
    let out = presskit(dir.path(), &["build", &format!("{STEM}.toml"), "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let folder = dir.path().join("out").join(STEM);
    let every = [
        ("kk", "press-release.kk.html"),
        ("ru", "press-release.html"),
        ("en", "press-release.en.html"),
    ];
    for (lang, file) in every {
        let page = std::fs::read_to_string(folder.join(file)).unwrap();
        // Every language, itself included, Kazakh first, in the head.
        let linked = alternates(&page, "link");
        let expected: Vec<(String, String)> = every
            .iter()
            .map(|(l, f)| (l.to_string(), f.to_string()))
            .collect();
        assert_eq!(linked, expected, "{file}");
        // The switch: the same pages, the page's own marked current.
        let links = switch(&page);
        let hrefs: Vec<(String, String)> = links
            .iter()
            .map(|(l, h, _)| (l.clone(), h.clone()))
            .collect();
        assert_eq!(hrefs, expected, "{file}");
        let current: Vec<&str> = links
            .iter()
            .filter(|(_, _, c)| *c)
            .map(|(l, _, _)| l.as_str())
            .collect();
        assert_eq!(current, [lang], "{file}");
        let text = start_tags(&page).1;
        for name in ["Қазақша", "Русский", "English"] {
            assert!(text.contains(name), "{file} names {name}: {text}");
        }
        for (_, href) in &linked {
            assert!(
                folder.join(href).is_file(),
                "{file} links to {href}, not written"
            );
        }
    }
    // The news item: only the languages it is written in (the English translation
    // leaves some of its texts out), every link to a page that exists.
    let news = std::fs::read_to_string(folder.join("news-item.kk.html")).unwrap();
    let links = switch(&news);
    assert!(links.len() >= 2, "{links:?}");
    assert_eq!(links[0].0, "kk");
    assert!(links[0].2, "the Kazakh story is the current one: {links:?}");
    for (lang, href, current) in &links {
        assert!(folder.join(href).is_file(), "{href}");
        if !current {
            assert!(
                alternates(&news, "a").contains(&(lang.clone(), href.clone())),
                "{href} linked as an alternate"
            );
        }
    }
    assert_eq!(
        folder.join("news-item.en.html").is_file(),
        links.iter().any(|(l, _, _)| l == "en")
    );
}

#[test]
fn a_page_in_one_language_and_a_mail_draft_have_no_switch() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(REFERENCE, dir.path().join("almaty-2016-12-22.toml")).unwrap();
    let folder = build_reference(dir.path());
    for file in ["press-release.html", "news-item.html"] {
        let page = std::fs::read_to_string(folder.join(file)).unwrap();
        assert!(!page.contains("hreflang"), "{file}");
        assert!(!page.contains("<nav"), "{file}");
    }
    // A draft in Kazakh of a briefing with a translation: no links to files beside it.
    let dir = sample();
    std::fs::write(
        dir.path().join("list.csv"),
        "name,email,language\nАсель Нурова,asel@example.kz,kk\n",
    )
    .unwrap();
    let out = presskit(
        dir.path(),
        &[
            "mail",
            &format!("{STEM}.toml"),
            "--media-list",
            "list.csv",
            "-o",
            "out",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let drafts = dir.path().join("out").join(STEM).join("mail");
    let draft = std::fs::read_dir(&drafts)
        .unwrap()
        .flatten()
        .next()
        .unwrap();
    let bytes = std::fs::read(draft.path()).unwrap();
    let message = mail_parser::MessageParser::default()
        .parse(&bytes)
        .expect("a draft mail-parser reads");
    let html = message.body_html(0).expect("an HTML part");
    assert!(html.contains("Сәлеметсіз бе"), "the Kazakh draft: {html}");
    assert!(!html.contains("hreflang"), "{html}");
    assert!(!html.contains("<nav"), "{html}");
}

//! What an HTML template sees (the web page, a mail draft's letter): the printed context
//! with the logo inlined as a `data:` URI, and a draft's greeting, cover and signature.

use serde::Serialize;

use crate::input::model::Briefing;
use crate::vocab::{Asset, Language};

/// What an HTML template sees: the context, the logo inlined as a `data:` URI (a web
/// page or an email carries no file beside it), and a greeting for mail drafts.
#[derive(Debug, Serialize)]
pub struct WebPage<'a> {
    /// Everything the other templates see, as they print it ([`printed`]).
    #[serde(flatten)]
    pub context: &'a serde_json::Value,
    /// The logo as a `data:` URI.
    pub logo_data: Option<String>,
    /// "Dear …," above the release, in a mail draft.
    pub greeting: Option<String>,
    /// The covering sentence under the greeting, in a mail draft.
    pub cover: Option<String>,
    /// The signature's lines under the release, in a mail draft.
    pub signature: Vec<String>,
    /// The same page in every language it is written in, this one included (for the
    /// `hreflang` links and the language switch); empty for a page in one language.
    pub alternates: Vec<Alternate>,
}

/// The web pages of a briefing told in several languages, for their links to each
/// other: each page by its document's name, with every language it is written in and
/// its file's name in that language (`press-release.kk.html`).
#[derive(Debug, Clone, Default)]
pub struct Alternates(pub Vec<(&'static str, Vec<(Language, String)>)>);

/// One language of a web page, as its language switch links to it.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    /// The language's code (`kk`), for `hreflang` and `lang`.
    pub lang: &'static str,
    /// The page's file name in that language, beside this one.
    pub href: String,
    /// The language's name in itself: Қазақша, Русский, English.
    pub name: &'static str,
    /// Whether this is the page's own language.
    pub current: bool,
}

impl Alternates {
    /// The languages of the page of the document `name` as the page in `current` links
    /// to them; empty when the page is written in one language only.
    pub fn of(&self, name: &str, current: Language) -> Vec<Alternate> {
        let Some((_, pages)) = self.0.iter().find(|(page, _)| *page == name) else {
            return Vec::new();
        };
        if pages.len() < 2 {
            return Vec::new();
        }
        pages
            .iter()
            .map(|(language, href)| Alternate {
                lang: language.code(),
                href: href.clone(),
                name: own_name(*language),
                current: *language == current,
            })
            .collect()
    }
}

/// A language's name in itself, as a language switch shows it to those who read it.
pub fn own_name(language: Language) -> &'static str {
    match language {
        Language::Kk => "Қазақша",
        Language::Ru => "Русский",
        Language::En => "English",
    }
}

impl<'a> WebPage<'a> {
    /// The page of `context`, made from `briefing`, with an optional greeting.
    pub fn new(
        context: &'a serde_json::Value,
        briefing: &Briefing,
        greeting: Option<String>,
    ) -> Self {
        Self {
            context,
            logo_data: briefing.organization.logo.as_ref().map(data_uri),
            greeting,
            cover: None,
            signature: Vec::new(),
            alternates: Vec::new(),
        }
    }

    /// The page with links to itself in its other languages.
    pub fn with_alternates(mut self, alternates: Vec<Alternate>) -> Self {
        self.alternates = alternates;
        self
    }

    /// The page as a mail draft's letter: with a covering sentence and a signature.
    pub fn letter(mut self, cover: String, signature: Vec<String>) -> Self {
        self.cover = Some(cover);
        self.signature = signature;
        self
    }
}

/// An image as a `data:` URI, its type told by its file name (already checked against its
/// contents).
fn data_uri(asset: &Asset) -> String {
    use base64::Engine;
    let extension = asset
        .virtual_path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let mime = match extension.as_str() {
        "png" => "image/png",
        "svg" => "image/svg+xml",
        _ => "image/jpeg",
    };
    format!(
        "data:{mime};base64,{}",
        base64::engine::general_purpose::STANDARD.encode(&asset.bytes)
    )
}

//! What an HTML template sees (the web page, a mail draft's letter): the printed context
//! with the logo inlined as a `data:` URI, and a draft's greeting, cover and signature.

use serde::Serialize;

use crate::input::model::Briefing;
use crate::vocab::Asset;

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
        }
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

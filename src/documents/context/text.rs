//! Small pieces of printed text shared by the context's rooms: parts joined with ", ",
//! a list of texts joined, an image's path for Typst.

use crate::input::briefing;
use crate::vocab::Asset;

/// Joins the present parts with ", ".
pub(super) fn join<'s>(parts: impl IntoIterator<Item = Option<&'s str>>) -> Option<String> {
    let parts: Vec<&str> = parts.into_iter().flatten().collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Joins a list of texts, or nothing when empty.
pub(super) fn join_texts(texts: &[briefing::Text]) -> Option<String> {
    join(texts.iter().map(|t| Some(t.0.as_str())))
}

/// Path of an asset for Typst's `image()`.
pub(super) fn asset_path(asset: &Option<Asset>) -> Option<&str> {
    asset.as_ref().map(|a| a.virtual_path.as_str())
}

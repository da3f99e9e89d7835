//! What a screen reader and an accessibility checker read in a PDF besides its text: the
//! catalog's language and viewer preferences, and the tagged structure tree (element
//! types, alternative texts, languages), read with `lopdf` as the rest of [`Structure`].

use super::{Structure, text_string};

/// One element of a PDF's structure tree.
#[derive(Debug, Clone)]
pub struct Element {
    /// Its structure type (`P`, `H1`, `Table`, `TH`, `Figure`, `Span`...).
    pub kind: String,
    /// Its alternative text (`/Alt`), if any.
    pub alt: Option<String>,
    /// Its language (`/Lang`), if any.
    pub lang: Option<String>,
    /// Its child elements, in order (marked content and object references left out).
    pub children: Vec<Element>,
}

impl Element {
    /// This element and every element below it, depth first.
    pub fn all(&self) -> Vec<&Element> {
        let mut out = vec![self];
        for child in &self.children {
            out.extend(child.all());
        }
        out
    }
}

impl Structure {
    /// A text entry of the catalog (`Lang`), if present.
    pub fn catalog_text(&self, key: &str) -> Option<String> {
        self.catalog()
            .get(key.as_bytes())
            .ok()
            .map(|o| text_string(self.deref(o)))
    }

    /// A boolean of the catalog's `/ViewerPreferences` (`DisplayDocTitle`), if present.
    pub fn viewer_preference(&self, key: &str) -> Option<bool> {
        self.dict(self.catalog(), b"ViewerPreferences")?
            .get(key.as_bytes())
            .ok()
            .and_then(|o| self.deref(o).as_bool().ok())
    }

    /// Whether the catalog's `/MarkInfo` says the document is tagged (`/Marked true`).
    pub fn marked(&self) -> bool {
        self.dict(self.catalog(), b"MarkInfo")
            .and_then(|m| m.get(b"Marked").ok())
            .and_then(|o| self.deref(o).as_bool().ok())
            .unwrap_or(false)
    }

    /// The elements under the structure tree root, in order; empty when untagged.
    pub fn structure(&self) -> Vec<Element> {
        match self.dict(self.catalog(), b"StructTreeRoot") {
            Some(root) => self.elements(root, 0),
            None => Vec::new(),
        }
    }

    /// The structure elements among the kids (`/K`) of `node`.
    fn elements(&self, node: &lopdf::Dictionary, depth: usize) -> Vec<Element> {
        assert!(depth < 200, "a structure tree deeper than 200: a cycle?");
        let kids = match node.get(b"K").map(|k| self.deref(k)) {
            Ok(lopdf::Object::Array(kids)) => kids.iter().collect(),
            Ok(kid) => vec![kid],
            Err(_) => Vec::new(),
        };
        let mut out = Vec::new();
        for kid in kids {
            let Ok(dict) = self.deref(kid).as_dict() else {
                continue; // a marked-content id
            };
            let Ok(kind) = dict.get(b"S").and_then(|s| s.as_name()) else {
                continue; // a marked-content or object reference
            };
            let text = |key: &[u8]| dict.get(key).ok().map(|o| text_string(self.deref(o)));
            out.push(Element {
                kind: String::from_utf8_lossy(kind).into_owned(),
                alt: text(b"Alt"),
                lang: text(b"Lang"),
                children: self.elements(dict, depth + 1),
            });
        }
        out
    }
}

//! Reading presskit's PDFs back in-process with pure-Rust readers, so that `cargo test`
//! needs nothing but the Rust toolchain: the pages' text and renders through `hayro`
//! (the PDF interpreter and rasteriser that Typst itself uses for PDF images, already in
//! the dependency tree), the document's structure (info, outline, attachments, fonts,
//! XMP, catalog) through `lopdf`. `.ci/run` still opens the reference PDFs with poppler
//! and qpdf, as a check independent of both.
//!
//! The text reader was checked against `pdftotext` on all 59 pages of the three sample
//! briefings (English, Russian, Kazakh; 2026-12-01): the same characters on every page,
//! white space and hyphens aside. Nothing is left out: a word joiner or soft hyphen
//! inside a word (which the PDF must no longer carry, see `tests/it/text_layer.rs`)
//! reads as it is. A glyph that its font maps to no text reads as
//! U+FFFD, and a page that the interpreter cannot handle fails the test, so neither
//! passes unseen.

pub mod tagged;

use std::path::Path;
use std::sync::{Arc, Mutex};

use hayro::hayro_interpret::font::Glyph;
use hayro::hayro_interpret::hayro_cmap::BfString;
use hayro::hayro_interpret::hayro_syntax::Pdf;
use hayro::hayro_interpret::{
    BlendMode, ClipPath, Context, Device, GlyphDrawMode, Image, InterpreterCache,
    InterpreterSettings, Paint, PathDrawMode, SoftMask, interpret_page,
};
use kurbo::{Affine, BezPath, Point, Rect};

/// Reads a file, naming it when it cannot.
fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Opens a PDF with hayro, failing the test when it does not parse.
fn open(path: &Path) -> Pdf {
    Pdf::new(read(path)).unwrap_or_else(|e| panic!("{} is not a PDF: {e:?}", path.display()))
}

/// Interpreter settings that record every warning (an unsupported font, an image that
/// does not decode) into `warnings`, so that a reader never passes over a broken page.
fn settings(warnings: &Arc<Mutex<Vec<String>>>) -> InterpreterSettings {
    let sink = Arc::clone(warnings);
    InterpreterSettings {
        warning_sink: Arc::new(move |w| sink.lock().unwrap().push(format!("{w:?}"))),
        ..InterpreterSettings::default()
    }
}

/// One glyph as drawn: its text and where it sits, in PDF points (y up).
#[derive(Debug, Clone)]
struct Placed {
    /// The Unicode text of the glyph (several characters for a ligature); U+FFFD when the
    /// font maps it to nothing.
    text: String,
    /// Left end of the glyph's baseline.
    x: f64,
    /// Height of the baseline.
    y: f64,
    /// Right end of the glyph's advance.
    end: f64,
    /// The font size, in points.
    size: f64,
}

/// A device that keeps the glyphs a page draws, in the order the page draws them.
#[derive(Default)]
struct Glyphs {
    /// The glyphs so far.
    placed: Vec<Placed>,
}

impl Device<'_> for Glyphs {
    fn set_soft_mask(&mut self, _: Option<SoftMask<'_>>) {}
    fn set_blend_mode(&mut self, _: BlendMode) {}
    fn draw_path(&mut self, _: &BezPath, _: Affine, _: &Paint<'_>, _: &PathDrawMode) {}
    fn push_clip_path(&mut self, _: &ClipPath) {}
    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'_>>, _: BlendMode) {}
    fn draw_glyph(
        &mut self,
        glyph: &Glyph<'_>,
        transform: Affine,
        glyph_transform: Affine,
        _: &Paint<'_>,
        _: &GlyphDrawMode,
    ) {
        let to_page = transform * glyph_transform;
        let text = match glyph.as_unicode() {
            Some(BfString::Char(c)) => c.to_string(),
            Some(BfString::String(s)) => s,
            None => '\u{FFFD}'.to_string(),
        };
        // Glyph space has 1000 units an em; the advance is in the same units.
        let advance = match glyph {
            Glyph::Outline(g) => g.advance_width().unwrap_or(0.0) as f64,
            Glyph::Type3(_) => 0.0,
        };
        let origin = to_page * Point::ZERO;
        let end = to_page * Point::new(advance, 0.0);
        let top = to_page * Point::new(0.0, 1000.0);
        self.placed.push(Placed {
            text,
            x: origin.x,
            y: origin.y,
            end: end.x,
            size: (top - origin).hypot(),
        });
    }
    fn draw_image(&mut self, _: Image<'_, '_>, _: Affine) {}
    fn pop_clip_path(&mut self) {}
    fn pop_transparency_group(&mut self) {}
}

/// Lays glyphs out as lines of text, in the order the page draws them (Typst draws in
/// reading order: a paragraph line by line, a table cell by cell). A glyph starts a new
/// line when its baseline moves by more than a third of the font size or when it goes
/// back to the left; a gap wider than a fifth of an em between two glyphs of a line is
/// a space.
fn lines(glyphs: &[Placed]) -> String {
    let mut text = String::new();
    let mut last: Option<&Placed> = None;
    for g in glyphs {
        let shown = g.text.as_str();
        if shown.is_empty() {
            continue;
        }
        if let Some(prev) = last {
            let size = g.size.max(prev.size).max(1.0);
            let moved = (g.y - prev.y).abs() > size / 3.0;
            let back = g.x < prev.end - size / 2.0;
            if moved || back {
                text.push('\n');
            } else if g.x - prev.end > size / 5.0
                && !text.ends_with(char::is_whitespace)
                && !g.text.starts_with(char::is_whitespace)
            {
                text.push(' ');
            }
        }
        text.push_str(shown);
        last = Some(g);
    }
    // Trailing blanks say nothing and differ between readers.
    let mut out: String = text
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n");
    out.push('\n');
    out
}

/// The text of every page of a PDF, in reading order, one line a printed line; the
/// reason when it cannot be read or a page draws something the reader cannot handle.
pub fn try_page_texts(path: &Path) -> Result<Vec<String>, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let pdf = Pdf::new(bytes).map_err(|e| format!("not a PDF: {e:?}"))?;
    let warnings = Arc::new(Mutex::new(Vec::new()));
    let cache = InterpreterCache::new();
    let texts = pdf
        .pages()
        .iter()
        .map(|page| {
            let mut context = Context::new(
                Affine::IDENTITY,
                Rect::new(0.0, 0.0, 1.0, 1.0),
                &cache,
                page.xref(),
                settings(&warnings),
            );
            let mut device = Glyphs::default();
            interpret_page(page, &mut context, &mut device);
            lines(&device.placed)
        })
        .collect();
    let warnings = warnings.lock().unwrap();
    if warnings.is_empty() {
        Ok(texts)
    } else {
        Err(format!("{warnings:?}"))
    }
}

/// The text of every page of a PDF (see [`try_page_texts`]), failing the test when it
/// cannot be read.
pub fn page_texts(path: &Path) -> Vec<String> {
    try_page_texts(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The text of a whole PDF: every page's text followed by a form feed, as `pdftotext`
/// prints it.
pub fn text(path: &Path) -> String {
    page_texts(path)
        .into_iter()
        .map(|page| page + "\u{c}")
        .collect()
}

/// Number of pages of a PDF.
pub fn page_count(path: &Path) -> usize {
    open(path).pages().len()
}

/// Width and height of each page, in points, rounded to the nearest point.
pub fn page_sizes(path: &Path) -> Vec<(u32, u32)> {
    open(path)
        .pages()
        .iter()
        .map(|page| {
            let (w, h) = page.render_dimensions();
            (w.round() as u32, h.round() as u32)
        })
        .collect()
}

/// A page rendered in grey.
#[derive(Debug, Clone, PartialEq)]
pub struct Grey {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// One byte a pixel, row by row, 0 black, 255 white.
    pub pixels: Vec<u8>,
}

/// Every page of a PDF rendered on white at `dpi` dots per inch, in grey.
pub fn render(path: &Path, dpi: f32) -> Vec<Grey> {
    let pdf = open(path);
    let warnings = Arc::new(Mutex::new(Vec::new()));
    let cache = hayro::RenderCache::new();
    let render_settings = hayro::RenderSettings {
        x_scale: dpi / 72.0,
        y_scale: dpi / 72.0,
        bg_color: hayro::vello_cpu::color::palette::css::WHITE,
        ..Default::default()
    };
    let pages = pdf
        .pages()
        .iter()
        .map(|page| {
            let pixmap = hayro::render(page, &cache, &settings(&warnings), &render_settings);
            let pixels = pixmap
                .data()
                .iter()
                .map(|p| {
                    // Opaque on white, so premultiplied is plain; Rec. 601 luma.
                    let luma = 299 * u32::from(p.r) + 587 * u32::from(p.g) + 114 * u32::from(p.b);
                    ((luma + 500) / 1000) as u8
                })
                .collect();
            Grey {
                width: u32::from(pixmap.width()),
                height: u32::from(pixmap.height()),
                pixels,
            }
        })
        .collect();
    let warnings = warnings.lock().unwrap();
    assert!(warnings.is_empty(), "{}: {warnings:?}", path.display());
    pages
}

/// A PDF's objects, through lopdf.
pub struct Structure {
    /// The parsed document.
    doc: lopdf::Document,
}

/// A text string of a PDF (PDFDocEncoding or UTF-16 with a byte order mark) as text.
fn text_string(object: &lopdf::Object) -> String {
    lopdf::decode_text_string(object).unwrap_or_else(|e| panic!("not a text string: {e}"))
}

/// A file attached to a PDF.
#[derive(Debug, Clone, PartialEq)]
pub struct Attachment {
    /// Its file name (`/UF`, else `/F`).
    pub name: String,
    /// Its MIME type (`/Subtype` of the embedded file stream), if given.
    pub mime: Option<String>,
    /// Its relationship to the document (`/AFRelationship`), if given.
    pub relationship: Option<String>,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

impl Structure {
    /// Parses a PDF, failing the test when lopdf cannot, or when a stream does not
    /// decode (but for JPEG images, which lopdf does not decode: hayro does, when it
    /// renders their page).
    pub fn open(path: &Path) -> Structure {
        let doc = lopdf::Document::load_mem(&read(path))
            .unwrap_or_else(|e| panic!("lopdf cannot read {}: {e}", path.display()));
        for (id, object) in &doc.objects {
            if let lopdf::Object::Stream(stream) = object
                && let Ok(filters) = stream.filters()
                && !filters.is_empty()
                && !filters.contains(&b"DCTDecode".as_slice())
            {
                stream.decompressed_content().unwrap_or_else(|e| {
                    panic!("{}: stream {id:?} does not decode: {e}", path.display())
                });
            }
        }
        Structure { doc }
    }

    /// Follows a reference; other objects are returned as they are.
    fn deref<'a>(&'a self, object: &'a lopdf::Object) -> &'a lopdf::Object {
        self.doc
            .dereference(object)
            .expect("a resolvable reference")
            .1
    }

    /// The dictionary under `key` of `dict`, following references.
    fn dict<'a>(
        &'a self,
        dict: &'a lopdf::Dictionary,
        key: &[u8],
    ) -> Option<&'a lopdf::Dictionary> {
        dict.get(key)
            .ok()
            .and_then(|o| self.deref(o).as_dict().ok())
    }

    /// The document catalog.
    pub fn catalog(&self) -> &lopdf::Dictionary {
        self.doc.catalog().expect("a catalog")
    }

    /// Whether the catalog has `key` (for instance `StructTreeRoot`, `MarkInfo`).
    pub fn catalog_has(&self, key: &str) -> bool {
        self.catalog().has(key.as_bytes())
    }

    /// A field of the document information dictionary (`Title`, `Author`,
    /// `CreationDate`...), as text.
    pub fn info(&self, key: &str) -> Option<String> {
        let info = self.dict(&self.doc.trailer, b"Info")?;
        info.get(key.as_bytes())
            .ok()
            .map(|o| text_string(self.deref(o)))
    }

    /// Every alternative text (`/Alt`) of the document's structure, as text, in object
    /// order: what a screen reader says for each image.
    pub fn alt_texts(&self) -> Vec<String> {
        let mut alts = Vec::new();
        for object in self.doc.objects.values() {
            if let Ok(dict) = object.as_dict()
                && let Ok(alt) = dict.get(b"Alt")
            {
                alts.push(text_string(self.deref(alt)));
            }
        }
        alts
    }

    /// The XMP metadata packet of the document, as text.
    pub fn xmp(&self) -> Option<String> {
        let object = self.deref(self.catalog().get(b"Metadata").ok()?);
        let stream = object.as_stream().expect("a metadata stream");
        let bytes = stream.get_plain_content().expect("decodable metadata");
        Some(String::from_utf8(bytes).expect("UTF-8 XMP"))
    }

    /// The outline (bookmarks), in order, each title with its depth (0 at the top).
    pub fn outline(&self) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        if let Some(root) = self.dict(self.catalog(), b"Outlines") {
            self.outline_items(root, 0, &mut out);
        }
        out
    }

    /// Appends the children of an outline node, depth first.
    fn outline_items(
        &self,
        node: &lopdf::Dictionary,
        depth: usize,
        out: &mut Vec<(usize, String)>,
    ) {
        let mut item = self.dict(node, b"First");
        while let Some(dict) = item {
            let title = dict.get(b"Title").map(|t| text_string(self.deref(t)));
            out.push((depth, title.unwrap_or_default()));
            self.outline_items(dict, depth + 1, out);
            item = self.dict(dict, b"Next");
            assert!(out.len() < 10_000, "a loop in the outline");
        }
    }

    /// The file specifications the document associates with itself (`/AF` of the
    /// catalog) and those of the `EmbeddedFiles` name tree, each once.
    pub fn attachments(&self) -> Vec<Attachment> {
        let mut specs: Vec<&lopdf::Dictionary> = Vec::new();
        if let Ok(af) = self.catalog().get(b"AF") {
            for spec in self.deref(af).as_array().expect("an /AF array") {
                specs.push(self.deref(spec).as_dict().expect("a file specification"));
            }
        }
        if let Some(tree) = self
            .dict(self.catalog(), b"Names")
            .and_then(|names| self.dict(names, b"EmbeddedFiles"))
        {
            self.name_tree_values(tree, &mut specs);
        }
        let mut out: Vec<Attachment> = Vec::new();
        for spec in specs {
            let name = spec
                .get(b"UF")
                .or_else(|_| spec.get(b"F"))
                .map(|n| text_string(self.deref(n)))
                .unwrap_or_default();
            let stream = self
                .dict(spec, b"EF")
                .and_then(|ef| ef.get(b"F").ok())
                .map(|f| self.deref(f).as_stream().expect("an embedded file stream"))
                .expect("an embedded file");
            let attachment = Attachment {
                name,
                mime: stream
                    .dict
                    .get(b"Subtype")
                    .ok()
                    .and_then(|s| s.as_name().ok())
                    .map(|s| String::from_utf8_lossy(s).into_owned()),
                relationship: spec
                    .get(b"AFRelationship")
                    .ok()
                    .and_then(|s| s.as_name().ok())
                    .map(|s| String::from_utf8_lossy(s).into_owned()),
                bytes: stream
                    .get_plain_content()
                    .expect("a decodable embedded file"),
            };
            if !out.contains(&attachment) {
                out.push(attachment);
            }
        }
        out
    }

    /// Collects the values of a name tree.
    fn name_tree_values<'a>(
        &'a self,
        node: &'a lopdf::Dictionary,
        out: &mut Vec<&'a lopdf::Dictionary>,
    ) {
        if let Ok(names) = node.get(b"Names") {
            let names = self.deref(names).as_array().expect("a /Names array");
            for pair in names.chunks(2) {
                if let Some(value) = pair.get(1) {
                    out.push(self.deref(value).as_dict().expect("a file specification"));
                }
            }
        }
        if let Ok(kids) = node.get(b"Kids") {
            for kid in self.deref(kids).as_array().expect("a /Kids array") {
                self.name_tree_values(self.deref(kid).as_dict().expect("a name tree node"), out);
            }
        }
    }

    /// Every font of the document (descendant fonts of composite fonts included), by
    /// base name, each with whether its program is embedded.
    pub fn fonts(&self) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        for object in self.doc.objects.values() {
            let Ok(dict) = object.as_dict() else { continue };
            if !dict.has_type(b"Font")
                || dict.get(b"Subtype").and_then(|s| s.as_name()).ok() == Some(b"Type0".as_slice())
            {
                continue;
            }
            let name = dict
                .get(b"BaseFont")
                .and_then(|n| n.as_name())
                .map(|n| String::from_utf8_lossy(n).into_owned())
                .unwrap_or_default();
            let embedded = self
                .dict(dict, b"FontDescriptor")
                .is_some_and(|d| d.has(b"FontFile") || d.has(b"FontFile2") || d.has(b"FontFile3"))
                || dict.get(b"Subtype").and_then(|s| s.as_name()).ok() == Some(b"Type3".as_slice());
            out.push((name, embedded));
        }
        out.sort();
        out
    }

    /// Every image XObject of the document (soft masks included), as its pixel width,
    /// height and the name of its first filter (`DCTDecode` for a JPEG passed through,
    /// `FlateDecode` for decoded pixels), sorted.
    pub fn images(&self) -> Vec<(i64, i64, String)> {
        let mut out = Vec::new();
        for object in self.doc.objects.values() {
            let lopdf::Object::Stream(stream) = object else {
                continue;
            };
            let dict = &stream.dict;
            if dict.get(b"Subtype").and_then(|s| s.as_name()).ok() != Some(b"Image".as_slice()) {
                continue;
            }
            let number = |key: &[u8]| {
                dict.get(key)
                    .ok()
                    .map(|o| self.deref(o))
                    .and_then(|o| o.as_i64().ok())
                    .unwrap_or(-1)
            };
            let filter = stream
                .filters()
                .ok()
                .and_then(|f| f.first().map(|f| String::from_utf8_lossy(f).into_owned()))
                .unwrap_or_default();
            out.push((number(b"Width"), number(b"Height"), filter));
        }
        out.sort();
        out
    }

    /// Every stream of the document, decoded, as (lossy) text: what `qpdf --qdf` shows of
    /// content streams and form XObjects.
    pub fn streams(&self) -> String {
        let mut out = String::new();
        for object in self.doc.objects.values() {
            if let lopdf::Object::Stream(stream) = object
                && let Ok(bytes) = stream.get_plain_content()
            {
                out.push_str(&String::from_utf8_lossy(&bytes));
                out.push('\n');
            }
        }
        out
    }
}

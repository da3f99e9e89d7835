//! Where things sit on a PDF's pages, read in-process through `hayro` (as
//! [`super::pdf`] reads the text): the box of every glyph drawn and every straight rule
//! stroked, in points from the page's top-left corner, y down. The page-geometry checks
//! of `tests/it/stress.rs` read overprinted text, text across a table's rule and text
//! off the page from these.

use std::path::Path;
use std::sync::{Arc, Mutex};

use hayro::hayro_interpret::font::Glyph;
use hayro::hayro_interpret::hayro_cmap::BfString;
use hayro::hayro_interpret::hayro_syntax::Pdf;
use hayro::hayro_interpret::{
    BlendMode, ClipPath, Context, Device, GlyphDrawMode, Image, InterpreterCache,
    InterpreterSettings, Paint, PathDrawMode, SoftMask, interpret_page,
};
use kurbo::{Affine, BezPath, PathEl, Point, Rect, Shape};

/// One glyph with ink: its text and the box its letters fill, from the baseline up to
/// the height of a capital (descenders and accents left out, so that two lines set
/// tight never touch), in points, y down.
#[derive(Debug, Clone)]
pub struct GlyphBox {
    /// The glyph's text (U+FFFD when its font maps it to none).
    pub text: String,
    /// The box.
    pub rect: Rect,
    /// The font size, in points.
    pub size: f64,
}

/// A straight rule drawn on a page (a stroked line, or a filled rectangle thinner
/// than 2 pt), from end to end, in points, y down.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// One end.
    pub from: Point,
    /// The other end.
    pub to: Point,
}

impl Rule {
    /// Whether the rule runs across the page (else down it).
    pub fn horizontal(&self) -> bool {
        (self.from.y - self.to.y).abs() < 0.5
    }
}

/// What a page draws.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// Width in points.
    pub width: f64,
    /// Height in points.
    pub height: f64,
    /// Every glyph with ink, in the order drawn.
    pub glyphs: Vec<GlyphBox>,
    /// Every straight rule.
    pub rules: Vec<Rule>,
    /// Every word space drawn, as far as its line's next glyph (a justified line's
    /// spaces are as wide as justification made them).
    pub spaces: Vec<Space>,
}

/// A word space (U+0020) as printed: from its own origin to the next glyph with ink on
/// the same baseline.
#[derive(Debug, Clone, Copy)]
pub struct Space {
    /// The space glyph's own advance, in points: the font's normal space.
    pub normal: f64,
    /// How wide it printed, in points.
    pub printed: f64,
    /// The index in [`Page::glyphs`] of the glyph after it.
    pub next: usize,
}

/// A device that keeps glyph boxes and rules, flipping PDF space (y up) to y down.
struct Recorder {
    /// Page height, for the flip.
    height: f64,
    /// What was drawn so far.
    page: Page,
    /// Word spaces drawn since the last glyph with ink: origin and own advance.
    pending: Vec<(Point, f64)>,
}

impl Recorder {
    /// A point of PDF space, y down.
    fn flip(&self, p: Point) -> Point {
        Point::new(p.x, self.height - p.y)
    }

    /// Records the straight, axis-parallel segments of a stroked path.
    fn stroked(&mut self, path: &BezPath, transform: Affine) {
        let mut start = Point::ZERO;
        let mut at = Point::ZERO;
        for el in (transform * path.clone()).elements() {
            let to = match *el {
                PathEl::MoveTo(p) => {
                    start = p;
                    at = p;
                    continue;
                }
                PathEl::LineTo(p) => p,
                PathEl::ClosePath => start,
                _ => {
                    // A curve: the rounded corner of a box, no rule.
                    at = el.end_point().unwrap_or(at);
                    continue;
                }
            };
            let straight = (to.x - at.x).abs() < 0.01 || (to.y - at.y).abs() < 0.01;
            if straight && (to - at).hypot() > 1.0 {
                let rule = Rule {
                    from: self.flip(at),
                    to: self.flip(to),
                };
                self.page.rules.push(rule);
            }
            at = to;
        }
    }
}

impl Device<'_> for Recorder {
    fn set_soft_mask(&mut self, _: Option<SoftMask<'_>>) {}
    fn set_blend_mode(&mut self, _: BlendMode) {}
    fn draw_path(&mut self, path: &BezPath, transform: Affine, _: &Paint<'_>, mode: &PathDrawMode) {
        match mode {
            PathDrawMode::Stroke(_) => self.stroked(path, transform),
            PathDrawMode::Fill(_) => {
                // A thin filled rectangle is a rule too.
                let bounds = (transform * path.clone()).bounding_box();
                let (w, h) = (bounds.width(), bounds.height());
                if path.elements().len() <= 6 && (w < 2.0) != (h < 2.0) && w.max(h) > 1.0 {
                    let (a, b) = if w < 2.0 {
                        let x = bounds.center().x;
                        (Point::new(x, bounds.y0), Point::new(x, bounds.y1))
                    } else {
                        let y = bounds.center().y;
                        (Point::new(bounds.x0, y), Point::new(bounds.x1, y))
                    };
                    let rule = Rule {
                        from: self.flip(a),
                        to: self.flip(b),
                    };
                    self.page.rules.push(rule);
                }
            }
        }
    }
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
        let text = match glyph.as_unicode() {
            Some(BfString::Char(c)) => c.to_string(),
            Some(BfString::String(s)) => s,
            None => '\u{FFFD}'.to_string(),
        };
        let advance = match glyph {
            Glyph::Outline(g) => f64::from(g.advance_width().unwrap_or(0.0)),
            Glyph::Type3(_) => 0.0,
        };
        // No ink: a space, or a format character (word joiner, soft hyphen) that the
        // PDF maps to text but that draws nothing.
        let invisible = |c: char| {
            c.is_whitespace() || matches!(c, '\u{2060}' | '\u{ad}' | '\u{200b}' | '\u{feff}')
        };
        // Glyph space has 1000 units an em; a capital is about 700 high.
        let to_page = transform * glyph_transform;
        if text == " " {
            let origin = self.flip(to_page * Point::ZERO);
            let end = self.flip(to_page * Point::new(advance, 0.0));
            self.pending.push((origin, (end.x - origin.x).abs()));
            return;
        }
        if text.chars().all(invisible) || advance <= 0.0 {
            return;
        }
        let corners = [(0.0, 0.0), (advance, 0.0), (0.0, 700.0), (advance, 700.0)]
            .map(|(x, y)| self.flip(to_page * Point::new(x, y)));
        let mut rect = Rect::from_points(corners[0], corners[3]);
        for c in corners {
            rect = rect.union_pt(c);
        }
        let size = (to_page * Point::new(0.0, 1000.0) - to_page * Point::ZERO).hypot();
        // The spaces since the last glyph end here, when this glyph is on their line.
        let origin = self.flip(to_page * Point::ZERO);
        let next = self.page.glyphs.len();
        for (at, normal) in self.pending.drain(..) {
            if (at.y - origin.y).abs() < 0.5 && origin.x > at.x {
                self.page.spaces.push(Space {
                    normal,
                    printed: origin.x - at.x,
                    next,
                });
            }
        }
        self.page.glyphs.push(GlyphBox { text, rect, size });
    }
    fn draw_image(&mut self, _: Image<'_, '_>, _: Affine) {}
    fn pop_clip_path(&mut self) {}
    fn pop_transparency_group(&mut self) {}
}

/// Every page of the PDF at `path`, with its glyph boxes and rules.
pub fn pages(path: &Path) -> Vec<Page> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let pdf = Pdf::new(bytes).unwrap_or_else(|e| panic!("{}: not a PDF: {e:?}", path.display()));
    let warnings = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&warnings);
    let settings = InterpreterSettings {
        warning_sink: Arc::new(move |w| sink.lock().unwrap().push(format!("{w:?}"))),
        ..InterpreterSettings::default()
    };
    let cache = InterpreterCache::new();
    let pages = pdf
        .pages()
        .iter()
        .map(|page| {
            let (width, height) = page.render_dimensions();
            let (width, height) = (f64::from(width), f64::from(height));
            let mut context = Context::new(
                Affine::IDENTITY,
                Rect::new(0.0, 0.0, 1.0, 1.0),
                &cache,
                page.xref(),
                settings.clone(),
            );
            let mut recorder = Recorder {
                height,
                page: Page {
                    width,
                    height,
                    ..Page::default()
                },
                pending: Vec::new(),
            };
            interpret_page(page, &mut context, &mut recorder);
            recorder.page
        })
        .collect();
    let warnings = warnings.lock().unwrap();
    assert!(warnings.is_empty(), "{}: {warnings:?}", path.display());
    pages
}

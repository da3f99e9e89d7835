//! The page-geometry checks, each a pure function of what a PDF draws (glyph boxes and
//! rules from [`crate::common::geometry`], lines of text from [`crate::common::pdf`])
//! that returns one message per fault, naming the page and the text.

use crate::common::geometry::{GlyphBox, Page};
use crate::common::squeeze;

/// The least part of a page, from its top edge to its bottom margin, that the lowest
/// text of every page but a document's last must reach. Half, less the top margin and
/// header (about a tenth of the page): a page that ends higher has room for at least a
/// third of a page more, more than the tallest block presskit keeps whole (a speaker's
/// card with a photo, a table's three kept rows, a quotation) needs, so such a page
/// broke too early.
pub const MIN_FILL: f64 = 0.5;

/// The height kept for the footer at a page's foot, in points: text lower than this is
/// the footer, not the page's content (every document's bottom margin is at least 2 cm).
const FOOTER: f64 = 50.0;

/// Nearest distance from the page's edge any text may come, in points (a printer's
/// unprintable edge is about 4 mm).
const EDGE: f64 = 12.0;

/// A glyph box with its sides pulled in (a fifth of its width, a tenth of its height),
/// so that glyphs that only touch (kerning pulls `r,` a point together; a tight line)
/// are not counted as overlapping.
fn core(g: &GlyphBox) -> kurbo::Rect {
    let (dx, dy) = (g.rect.width() * 0.2, g.rect.height() * 0.1);
    kurbo::Rect::new(
        g.rect.x0 + dx,
        g.rect.y0 + dy,
        g.rect.x1 - dx,
        g.rect.y1 - dy,
    )
}

/// The text drawn around glyph `i` of a page (its neighbours in drawing order), to
/// name the place of a fault.
fn around(page: &Page, i: usize) -> String {
    let from = i.saturating_sub(12);
    let to = (i + 12).min(page.glyphs.len());
    page.glyphs[from..to]
        .iter()
        .map(|g| g.text.as_str())
        .collect()
}

/// Two glyphs that print over each other: overprinted text, a cell's text over the next
/// cell's, a line over the next row.
pub fn overlaps(page: &Page, number: usize) -> Vec<String> {
    let mut order: Vec<usize> = (0..page.glyphs.len()).collect();
    order.sort_by(|&a, &b| page.glyphs[a].rect.y0.total_cmp(&page.glyphs[b].rect.y0));
    let mut out = Vec::new();
    for (k, &i) in order.iter().enumerate() {
        let a = core(&page.glyphs[i]);
        for &j in &order[k + 1..] {
            let b = core(&page.glyphs[j]);
            if b.y0 >= a.y1 {
                break;
            }
            let overlap = a.intersect(b);
            if overlap.width() > 0.5 && overlap.height() > 0.5 {
                out.push(format!(
                    "page {number}: `{}` prints over `{}` (at {:.0}, {:.0} pt)",
                    around(page, i),
                    around(page, j),
                    a.x0,
                    a.y0
                ));
                break;
            }
        }
        if out.len() >= 5 {
            break;
        }
    }
    out
}

/// Text that a table's rule (or any straight rule) runs through.
pub fn crossings(page: &Page, number: usize) -> Vec<String> {
    let mut out = Vec::new();
    for rule in &page.rules {
        for (i, g) in page.glyphs.iter().enumerate() {
            let c = core(g);
            let crossed = if rule.horizontal() {
                let (x0, x1) = (rule.from.x.min(rule.to.x), rule.from.x.max(rule.to.x));
                c.y0 < rule.from.y && rule.from.y < c.y1 && x0 < c.x1 && c.x0 < x1
            } else {
                let (y0, y1) = (rule.from.y.min(rule.to.y), rule.from.y.max(rule.to.y));
                c.x0 < rule.from.x && rule.from.x < c.x1 && y0 < c.y1 && c.y0 < y1
            };
            if crossed {
                out.push(format!(
                    "page {number}: a rule from ({:.0}, {:.0}) to ({:.0}, {:.0}) pt runs through `{}`",
                    rule.from.x,
                    rule.from.y,
                    rule.to.x,
                    rule.to.y,
                    around(page, i)
                ));
                break;
            }
        }
        if out.len() >= 5 {
            break;
        }
    }
    out
}

/// How many of the font's normal spaces a word space may print as in a narrow column:
/// a justified line whose spaces all stretch wider than this has too few words for its
/// width (a table's cell, a list beside its label) and should be set ragged.
pub const MAX_STRETCH: f64 = 3.0;

/// What counts as a narrow column: a line narrower than this part of the page's width
/// (the running text of every document is wider; its cells and side-by-side lists are
/// narrower). Running text is left to justification: a line of long unbreakable names
/// may stretch there, which is the price of justified text, not a layout fault.
pub const NARROW: f64 = 0.6;

/// Lines of a narrow column whose word spaces justification stretched, every one, wider
/// than [`MAX_STRETCH`] normal spaces. A line is the glyphs drawn one after another on
/// one baseline, left to right; a line whose spaces are not all stretched is not
/// justified (a legend's gap beside a swatch, a cell after a cell).
pub fn stretched_spaces(page: &Page, number: usize) -> Vec<String> {
    // The line of each glyph, numbered in drawing order.
    let mut line = Vec::with_capacity(page.glyphs.len());
    let mut current = 0;
    for (i, g) in page.glyphs.iter().enumerate() {
        if i > 0 {
            let prev = &page.glyphs[i - 1];
            if (g.rect.y1 - prev.rect.y1).abs() > 0.5 || g.rect.x0 < prev.rect.x0 {
                current += 1;
            }
        }
        line.push(current);
    }
    let mut out = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for space in &page.spaces {
        let id = line[space.next];
        if !seen.insert(id) {
            continue;
        }
        let glyphs: Vec<&GlyphBox> = (0..page.glyphs.len())
            .filter(|&i| line[i] == id)
            .map(|i| &page.glyphs[i])
            .collect();
        let width = glyphs.last().map_or(0.0, |g| g.rect.x1) - glyphs[0].rect.x0;
        let least = page
            .spaces
            .iter()
            .filter(|s| line[s.next] == id && s.normal > 0.0)
            .map(|s| s.printed / s.normal)
            .fold(f64::INFINITY, f64::min);
        if width < NARROW * page.width && least.is_finite() && least > MAX_STRETCH {
            let text: String = glyphs.iter().map(|g| g.text.as_str()).collect();
            out.push(format!(
                "page {number}: a justified line of {width:.0} pt whose spaces print {least:.1} times as wide as normal: `{text}`"
            ));
            if out.len() >= 5 {
                break;
            }
        }
    }
    out
}

/// Text that leaves the page or comes closer to its edge than a printer prints.
pub fn off_page(page: &Page, number: usize) -> Vec<String> {
    page.glyphs
        .iter()
        .enumerate()
        .filter(|(_, g)| {
            g.rect.x0 < EDGE
                || g.rect.y0 < EDGE
                || g.rect.x1 > page.width - EDGE
                || g.rect.y1 > page.height - EDGE
        })
        .take(3)
        .map(|(i, g)| {
            format!(
                "page {number}: `{}` leaves the page (at {:.0}, {:.0} pt)",
                around(page, i),
                g.rect.x0,
                g.rect.y0
            )
        })
        .collect()
}

/// How far down the page its content reaches, as a part of the page down to the
/// footer: 1.0 is a full page.
pub fn fill(page: &Page) -> f64 {
    let bottom = page.height - FOOTER;
    let lowest = page
        .glyphs
        .iter()
        .map(|g| g.rect.y1)
        .filter(|&y| y < bottom)
        .fold(0.0, f64::max);
    lowest / bottom
}

/// How a document breaks its pages, for [`half_empty`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Blocks<'a> {
    /// Every block may break or is small: every page but the last must be
    /// [`MIN_FILL`] full.
    Small,
    /// Blocks up to a page tall are kept whole (a speaker in the bios, by the spec): a
    /// page may end early when the next page's content (less its top margin, about a
    /// tenth of the page) would not have fit in the room left.
    PageTall,
    /// Blocks break, but for the speakers (these names) of a kit's biographies, kept
    /// whole as in the bios: a page may end early as [`Blocks::PageTall`] allows when
    /// the next page opens with a speaker's card.
    Speakers(&'a [String]),
}

/// Whether `page` opens with a speaker's card: among its first large glyphs (12 pt or
/// more: the card's monogram and name, not the running head) is one of `names`.
fn opens_with_speaker(page: &Page, names: &[String]) -> bool {
    let large: String = page
        .glyphs
        .iter()
        .filter(|g| g.size >= 12.0)
        .take(80)
        .map(|g| g.text.as_str())
        .collect();
    let large = squeeze(&large);
    names.iter().any(|n| {
        let n = squeeze(n);
        !n.is_empty() && large.contains(&n)
    })
}

/// Pages but the last that end before [`MIN_FILL`] of the page, the first `exempt`
/// (a cover, a contents page) aside.
pub fn half_empty(pages: &[Page], exempt: usize, blocks: Blocks) -> Vec<String> {
    let last = pages.len().saturating_sub(1);
    let tall = |i: usize| fill(&pages[i + 1]) - 0.1 > 1.0 - fill(&pages[i]);
    let kept_whole = |i: usize| match blocks {
        Blocks::Small => false,
        Blocks::PageTall => tall(i),
        Blocks::Speakers(names) => tall(i) && opens_with_speaker(&pages[i + 1], names),
    };
    pages[..last]
        .iter()
        .enumerate()
        .skip(exempt)
        .filter(|&(i, p)| fill(p) < MIN_FILL && !kept_whole(i))
        .map(|(i, p)| {
            format!(
                "page {} of {} ends {:.0} % down the page (at least {:.0} % before the last page)",
                i + 1,
                pages.len(),
                100.0 * fill(p),
                100.0 * MIN_FILL
            )
        })
        .collect()
}

/// The parts of a name that a line must never split: each word, a double surname with
/// its hyphen, and initials with the word after them (`А. Б. Сейткали`). A narrow cell
/// may put a given name and a surname on two lines; these never.
pub fn units(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut initials = String::new();
    for word in name.split_whitespace() {
        let mut chars = word.chars();
        let initial = matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase());
        initials.push_str(word);
        initials.push(' ');
        if !initial {
            out.push(initials.trim_end().to_string());
            initials.clear();
        }
    }
    out
}

/// Parts of names (see [`units`]) that some line prints only a piece of: a part found in
/// the document's text fewer times whole on one line than in all. `texts` are the
/// pages' lines.
pub fn broken_names(texts: &[String], names: &[String]) -> Vec<String> {
    let lines: Vec<String> = texts.iter().flat_map(|t| t.lines()).map(squeeze).collect();
    let joined: String = lines.concat();
    let mut out = Vec::new();
    for unit in names.iter().flat_map(|n| units(n)) {
        let unit = squeeze(&unit);
        if unit.chars().count() < 4 {
            continue;
        }
        let anywhere = joined.matches(&unit).count();
        let whole: usize = lines.iter().map(|l| l.matches(&unit).count()).sum();
        if whole < anywhere {
            let broken = lines
                .windows(2)
                .find(|w| !w[0].contains(&unit) && (w[0].clone() + &w[1]).contains(&unit))
                .map(|w| format!("{} | {}", w[0], w[1]))
                .unwrap_or_default();
            out.push(format!(
                "`{unit}` is broken across lines {} of {anywhere} times: `{broken}`",
                anywhere - whole
            ));
        }
    }
    out
}

/// The letters of a text, lower-cased.
fn letters(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Paragraphs whose last line holds one short word alone (four letters or fewer), which
/// an editor never lets stand: `ma?»` under a quotation.
pub fn lonely_last_words(texts: &[String], paragraphs: &[String]) -> Vec<String> {
    let lines: Vec<&str> = texts
        .iter()
        .flat_map(|t| t.lines())
        .map(str::trim)
        .collect();
    let mut out = Vec::new();
    for p in paragraphs {
        let words: Vec<&str> = p.split_whitespace().collect();
        let Some(last) = words.last() else { continue };
        let short = letters(last);
        if short.chars().count() > 4 || words.len() < 3 {
            continue;
        }
        let before = letters(&words[words.len() - 3..words.len() - 1].concat());
        for pair in lines.windows(2) {
            let alone = !pair[1].contains(char::is_whitespace) && letters(pair[1]) == short;
            if alone && letters(pair[0]).ends_with(&before) {
                out.push(format!("`{}` stands alone under `{}`", pair[1], pair[0]));
            }
        }
    }
    out
}

/// The least space, in points, between a table's text and a rule above or below it:
/// a descender (about a fifth of 9 pt type) and as much air again. Measured from the
/// glyph's box, which runs from the baseline to the capitals' height.
pub const RULE_GAP: f64 = 4.0;

/// The least space, in points, between a name tent's role (up to 17 pt) and the rule
/// above the organisation: its descenders (about 4 pt) and air.
pub const TENT_RULE_GAP: f64 = 6.0;

/// Text set closer than `least` points to a horizontal rule above or below it (a row's
/// line against the text it holds), or crossed by one.
pub fn rule_gaps(page: &Page, number: usize, least: f64) -> Vec<String> {
    let mut out = Vec::new();
    for rule in page.rules.iter().filter(|r| r.horizontal()) {
        let (x0, x1) = (rule.from.x.min(rule.to.x), rule.from.x.max(rule.to.x));
        let y = rule.from.y;
        let near = page.glyphs.iter().enumerate().find(|(_, g)| {
            let across = x0 < g.rect.x1 && g.rect.x0 < x1;
            let gap = if y >= g.rect.y1 {
                y - g.rect.y1
            } else if y <= g.rect.y0 {
                g.rect.y0 - y
            } else {
                0.0
            };
            across && gap < least
        });
        if let Some((i, g)) = near {
            let gap = (y - g.rect.y1).max(g.rect.y0 - y).max(0.0);
            out.push(format!(
                "page {number}: `{}` sits {gap:.1} pt from the rule at {y:.0} pt (at least {least} pt)",
                around(page, i)
            ));
        }
        if out.len() >= 5 {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A glyph `a` at `x`, `y` (its top-left corner), 6 pt wide and 7 pt high.
    fn glyph(x: f64, y: f64) -> GlyphBox {
        GlyphBox {
            text: "a".into(),
            rect: kurbo::Rect::new(x, y, x + 6.0, y + 7.0),
            size: 10.0,
        }
    }

    #[test]
    fn overprinted_glyphs_and_a_rule_through_text_are_found() {
        let mut page = Page {
            width: 595.0,
            height: 842.0,
            glyphs: vec![glyph(100.0, 100.0), glyph(106.0, 100.0)],
            rules: vec![],
            spaces: vec![],
        };
        assert!(overlaps(&page, 1).is_empty(), "side by side");
        page.glyphs.push(glyph(103.0, 103.0));
        // Over both: each pair is told.
        assert_eq!(overlaps(&page, 1).len(), 2);
        page.rules.push(crate::common::geometry::Rule {
            from: kurbo::Point::new(50.0, 104.0),
            to: kurbo::Point::new(300.0, 104.0),
        });
        assert!(!crossings(&page, 1).is_empty());
        page.rules[0].from.y = 99.0;
        page.rules[0].to.y = 99.0;
        assert!(crossings(&page, 1).is_empty(), "a rule above the line");
    }

    #[test]
    fn a_narrow_justified_line_stretched_past_three_spaces_is_found() {
        let space = |printed, next| crate::common::geometry::Space {
            normal: 2.5,
            printed,
            next,
        };
        let line = |x: f64| {
            vec![
                glyph(x, 100.0),
                glyph(x + 20.0, 100.0),
                glyph(x + 40.0, 100.0),
            ]
        };
        let mut page = Page {
            width: 595.0,
            height: 842.0,
            glyphs: line(100.0),
            rules: vec![],
            spaces: vec![space(7.6, 1), space(7.4, 2)],
        };
        assert!(
            stretched_spaces(&page, 1).is_empty(),
            "one space under three"
        );
        page.spaces[1].printed = 7.6;
        assert_eq!(stretched_spaces(&page, 1).len(), 1);
        // The same line as wide as running text is left to justification.
        page.glyphs[2].rect.x1 = 100.0 + 0.7 * 595.0;
        assert!(stretched_spaces(&page, 1).is_empty(), "a wide line");
    }

    #[test]
    fn initials_stay_with_the_surname_and_double_names_are_one_part() {
        assert_eq!(units("А. Б. Сейткали"), vec!["А. Б. Сейткали"]);
        assert_eq!(
            units("Айгерим Иванова-Сулейменова"),
            vec!["Айгерим", "Иванова-Сулейменова"]
        );
    }

    #[test]
    fn a_name_split_inside_a_part_is_found_and_between_parts_is_not() {
        let names = vec!["Айгерим Иванова-Сулейменова".to_string()];
        let split = vec!["газета\nАйгерим Иванова-\nСулейменова\n".to_string()];
        assert_eq!(broken_names(&split, &names).len(), 1);
        let wrapped = vec!["газета Айгерим\nИванова-Сулейменова\n".to_string()];
        assert!(broken_names(&wrapped, &names).is_empty());
    }

    #[test]
    fn a_short_last_word_alone_is_found() {
        let paragraph = vec!["Мы много сделали, разве не так?".to_string()];
        let alone = vec!["Мы много сделали, разве не\nтак?\n".to_string()];
        assert_eq!(lonely_last_words(&alone, &paragraph).len(), 1);
        let kept = vec!["Мы много сделали, разве\nне так?\n".to_string()];
        assert!(lonely_last_words(&kept, &paragraph).is_empty());
    }
}

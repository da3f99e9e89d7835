//! Issue 31: no empty line where an optional field is missing. The conferences of
//! `tests/briefings/` in three languages, without the organisation's office, website and
//! phone and with a media contact that gives only an email address: in every letterhead
//! and contact block, read back from where the PDF draws each line, the email address
//! follows the line before it at the block's own line spacing; the plain-text release
//! has no empty line there either.

use std::path::Path;

use crate::common::geometry::pages;
use crate::common::{presskit, stderr};

/// The test briefings of this module, by stem.
const BRIEFINGS: [&str; 3] = ["conference-en", "conference-ru", "conference-kk"];

/// The contact's name and email address in the bare briefings.
const NAME: &str = "Nodira Ali";
const EMAIL: &str = "press@example.org";
/// The contact's role.
const ROLE: &str = "press officer";

/// `stem`'s briefing without the organisation's optional lines and with a contact of
/// name, role and email only, written into `dir`.
fn bare(dir: &Path, stem: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/briefings/{stem}.toml"));
    let text: String = std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| {
            !["office = ", "website = ", "phone = ", "tagline = "]
                .iter()
                .any(|k| l.starts_with(k))
        })
        .map(|l| {
            if l.starts_with("contact = ") {
                format!(
                    "contact = {{ name = \"{NAME}\", role = \"{ROLE}\", email = \"{EMAIL}\" }}\n"
                )
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    std::fs::write(dir.join(format!("{stem}.toml")), text).unwrap();
}

/// The lines a page draws, top to bottom: the baseline, the largest font size and the
/// text of the glyphs that share a baseline; of the right half of the page only when
/// `right` (the letterhead's contact column).
fn lines(path: &Path, right: bool) -> Vec<Vec<(f64, f64, String)>> {
    pages(path)
        .into_iter()
        .map(|page| {
            let mut lines: Vec<(f64, f64, String)> = Vec::new();
            let mut glyphs = page.glyphs.clone();
            // The contact column: right of the middle, in its small size.
            glyphs.retain(|g| !right || (g.rect.x0 > page.width / 2.0 && g.size < 8.0));
            glyphs.sort_by(|a, b| {
                (a.rect.y1.round(), a.rect.x0)
                    .partial_cmp(&(b.rect.y1.round(), b.rect.x0))
                    .unwrap()
            });
            for g in glyphs {
                match lines.last_mut() {
                    Some((y, size, text)) if (*y - g.rect.y1).abs() < 1.0 => {
                        *size = size.max(g.size);
                        text.push_str(&g.text);
                    }
                    _ => lines.push((g.rect.y1, g.size, g.text.clone())),
                }
            }
            lines
        })
        .collect()
}

/// Asserts that in `path` (its right half when `right`), wherever a line holds `before`, the line that holds `after`
/// comes next, at most 1.6 times the font size below it: no empty line between.
fn follows(path: &Path, right: bool, before: &str, after: &str) -> usize {
    let squeezed = |s: &str| {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase()
    };
    let (before, after) = (squeezed(before), squeezed(after));
    let mut found = 0;
    for page in lines(path, right) {
        for pair in page.windows(2) {
            if squeezed(&pair[0].2).contains(&before) {
                assert!(
                    squeezed(&pair[1].2).contains(&after),
                    "{}: after {before:?} comes {:?}",
                    path.display(),
                    pair[1].2
                );
                let gap = pair[1].0 - pair[0].0;
                assert!(
                    gap < 1.6 * pair[1].1,
                    "{}: an empty line between {before:?} and {after:?} ({gap:.1} pt at {} pt)",
                    path.display(),
                    pair[1].1
                );
                found += 1;
            }
        }
    }
    found
}

#[test]
fn a_missing_phone_or_website_leaves_no_empty_line() {
    let dir = tempfile::tempdir().unwrap();
    for stem in BRIEFINGS {
        bare(dir.path(), stem);
    }
    let out = presskit(dir.path(), &["build", ".", "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for stem in BRIEFINGS {
        let folder = dir.path().join("out").join(stem);
        // The media contact: in the release, the kit's contact page and the advisory,
        // its role (after the name, or under it) then the email address.
        for doc in ["press-release.pdf", "press-kit.pdf", "media-advisory.pdf"] {
            assert!(
                follows(&folder.join(doc), false, ROLE, EMAIL) >= 1,
                "{stem}/{doc}: the contact is not printed"
            );
        }
        // The letterhead: the place, then the email address, nothing between.
        let city = if stem == "conference-en" {
            "Tashkent"
        } else {
            "Астана"
        };
        assert!(follows(&folder.join("press-release.pdf"), true, city, "@") >= 1);
        // The plain-text release: the email address on the line after the name.
        let text = std::fs::read_to_string(folder.join("press-release.txt")).unwrap();
        let at = text.find(NAME).unwrap();
        let next = text[at..].lines().nth(1).unwrap();
        assert_eq!(next, EMAIL, "{stem}: {text}");
    }
}

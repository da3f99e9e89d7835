//! The narrative of the donor report (`report --narrative FILE`): the office's own text,
//! plain or Markdown, read as blocks separated by blank lines: a block whose line starts
//! with `#` is a heading, one whose lines start with `-`, `*` or `+` a list, any other a
//! paragraph (its lines joined). Every text is printed as written (the templates escape
//! it like any other): no other Markdown acts as markup.

use std::path::Path;

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::messages::documents::Documents;

/// Largest narrative read, in bytes: a few pages of text.
pub const MAX_BYTES: u64 = 256 * 1024;

/// One block of the narrative, as the report's template prints it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Block {
    /// A heading's text.
    pub heading: Option<String>,
    /// A paragraph's text, its lines joined by spaces.
    pub paragraph: Option<String>,
    /// A list's items.
    pub items: Vec<String>,
}

/// Reads the narrative file `path`: UTF-8 (a byte-order mark is skipped), at most
/// [`MAX_BYTES`]; with a warning where it asks for bold text ([`bold_warnings`]).
pub fn read(path: &Path) -> Result<(Vec<Block>, Vec<Diagnostic>), Diagnostic> {
    let bytes = crate::input::bounded::read(path, MAX_BYTES).map_err(|e| {
        Diagnostic::error(
            path,
            Documents::NarrativeUnreadable {
                reason: e.to_string(),
            },
        )
        .with_hint(Documents::GiveANarrative)
    })?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let readable = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
        let end = readable.len();
        Diagnostic::at(path, &readable, end..end, Documents::NarrativeNotUtf8)
            .with_hint(Documents::SaveAsUtf8)
    })?;
    Ok((parse(text), bold_warnings(path, text)))
}

/// A warning at the first `**` (or `__`) of `text` when it holds a pair of them: Markdown
/// bold, which the narrative does not make (it is plain text but for headings and
/// lists), so the marks print as typed.
pub fn bold_warnings(path: &Path, text: &str) -> Vec<Diagnostic> {
    ["**", "__"]
        .into_iter()
        .filter_map(|mark| {
            let count = text.matches(mark).count();
            let first = text.find(mark).filter(|_| count >= 2)?;
            let warning = Documents::NarrativeBold {
                mark: mark.to_string(),
                count: count / 2,
            };
            Some(
                Diagnostic::at(path, text, first..first + mark.len(), warning)
                    .warning()
                    .with_hint(Documents::NarrativeBoldHint {
                        mark: mark.to_string(),
                    }),
            )
        })
        .collect()
}

/// The blocks of a narrative's text.
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    for line in text.lines().chain(std::iter::once("")) {
        let line = line.trim();
        if !line.is_empty() {
            lines.push(line);
            continue;
        }
        blocks.extend(block(&lines));
        lines.clear();
    }
    blocks
}

/// The blocks of the lines between two blank lines: a heading line stands alone; list
/// items run on over lines that do not start an item.
fn block(lines: &[&str]) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let flush = |paragraph: &mut Vec<&str>, out: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            out.push(Block {
                paragraph: Some(paragraph.join(" ")),
                ..Block::default()
            });
            paragraph.clear();
        }
    };
    for line in lines {
        if let Some(heading) = heading(line) {
            flush(&mut paragraph, &mut out);
            out.push(Block {
                heading: Some(heading.to_string()),
                ..Block::default()
            });
        } else if let Some(item) = item(line) {
            flush(&mut paragraph, &mut out);
            match out.last_mut() {
                Some(list) if !list.items.is_empty() && paragraph.is_empty() => {
                    list.items.push(item.to_string())
                }
                _ => out.push(Block {
                    items: vec![item.to_string()],
                    ..Block::default()
                }),
            }
        } else if let Some(list) = out
            .last_mut()
            .filter(|b| !b.items.is_empty() && paragraph.is_empty())
        {
            let last = list.items.last_mut().expect("a list has an item");
            last.push(' ');
            last.push_str(line);
        } else {
            paragraph.push(line);
        }
    }
    flush(&mut paragraph, &mut out);
    out
}

/// The text of a Markdown heading line (`## Results`).
fn heading(line: &str) -> Option<&str> {
    let text = line.trim_start_matches('#');
    let marks = line.len() - text.len();
    ((1..=6).contains(&marks) && text.starts_with(' ')).then(|| text.trim())
}

/// The text of a Markdown list item line (`- one`, `* two`, `+ three`).
fn item(line: &str) -> Option<&str> {
    ["- ", "* ", "+ "]
        .iter()
        .find_map(|mark| line.strip_prefix(mark))
        .map(str::trim)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_paragraphs_and_lists_are_told_apart_and_text_stays_as_written() {
        let blocks = parse(
            "# Results of the quarter\n\nThe office held two briefings\nin Almaty.\n\n\
             - 42 journalists, *at least*\n- 7 outlets,\n  two of them new\n\n#hashtag stays text\n",
        );
        assert_eq!(
            blocks,
            [
                Block {
                    heading: Some("Results of the quarter".into()),
                    ..Block::default()
                },
                Block {
                    paragraph: Some("The office held two briefings in Almaty.".into()),
                    ..Block::default()
                },
                Block {
                    items: vec![
                        "42 journalists, *at least*".into(),
                        "7 outlets, two of them new".into()
                    ],
                    ..Block::default()
                },
                Block {
                    paragraph: Some("#hashtag stays text".into()),
                    ..Block::default()
                },
            ]
        );
        assert!(parse("\n\n  \n").is_empty());
    }
}

//! Where a line of generated Typst came from: the template line (partials included)
//! whose literal text it carries, so that a Typst error is reported in the `.typ.hbs`
//! file the designer edited rather than in markup they never saw.
//!
//! Handlebars keeps no map from output to template, so the map is found by matching:
//! a template line's literal pieces (its text between `{{…}}` tags) must appear, in
//! order, in the generated line, and the lines around must agree too. A column that
//! falls in what a tag printed is a value from the briefing, and is said to be.

use crate::messages::Msg;
use std::ops::Range;

use crate::diagnostic::Diagnostic;
use crate::messages::documents::Documents;
use crate::render::templates::Template;

/// Where in a template a generated position came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// Index of the template in the list searched.
    pub template: usize,
    /// Byte range in the template's text.
    pub span: Range<usize>,
    /// The tag (`{{speakers.name}}`) that printed the character, when the position lies
    /// in printed data rather than in the template's own text.
    pub printed_by: Option<String>,
}

/// One piece of a template line: literal text, or a tag that prints something.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece<'a> {
    /// Text copied to the output as is; byte offset in the line.
    Literal(&'a str, usize),
    /// A `{{…}}` tag; byte offset in the line.
    Tag(&'a str, usize),
}

/// Splits a template line into literal text and tags.
fn pieces(line: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < line.len() {
        match line[at..].find("{{") {
            Some(0) => {
                let end = line[at..].find("}}").map_or(line.len(), |e| at + e + 2);
                let end = if line[end..].starts_with('}') {
                    end + 1
                } else {
                    end
                };
                out.push(Piece::Tag(&line[at..end], at));
                at = end;
            }
            Some(i) => {
                out.push(Piece::Literal(&line[at..at + i], at));
                at += i;
            }
            None => {
                out.push(Piece::Literal(&line[at..], at));
                at = line.len();
            }
        }
    }
    out
}

/// Whether a tag prints nothing itself (a block's opening or closing, `else`, a comment).
fn silent(tag: &str) -> bool {
    let body = tag.trim_start_matches('{').trim_start_matches('~');
    body.starts_with(['#', '/', '!', '^']) || body.trim_start().starts_with("else")
}

/// Where the literal pieces of `template_line` sit in `generated`: for each literal,
/// its byte offset in the generated line; `None` when they do not all appear in order.
/// Lines made only of tags that print nothing never match.
fn align(template_line: &str, generated: &str) -> Option<Vec<(usize, usize)>> {
    let pieces = pieces(template_line);
    let printing = pieces.iter().any(|p| match p {
        Piece::Literal(text, _) => !text.trim().is_empty(),
        Piece::Tag(tag, _) => !silent(tag),
    });
    if !printing {
        return None;
    }
    let mut found = Vec::new();
    let mut from = 0;
    let mut after_tag = false;
    for (i, piece) in pieces.iter().enumerate() {
        match piece {
            Piece::Tag(tag, _) => after_tag |= !silent(tag),
            Piece::Literal(text, offset) => {
                let at = if i == 0 || !after_tag {
                    // Literal text right after the line start (or a silent tag) is at
                    // the same place in the output.
                    generated[from..].starts_with(text).then_some(from)
                } else {
                    generated[from..].find(text).map(|j| from + j)
                }?;
                found.push((*offset, at));
                from = at + text.len();
                after_tag = false;
            }
        }
    }
    // The line's last literal ends the generated line, unless a tag follows it.
    let ends_with_literal = matches!(pieces.last(), Some(Piece::Literal(..)));
    if ends_with_literal && from != generated.len() {
        return None;
    }
    Some(found)
}

/// How much of a generated line a template line accounts for: its literal characters
/// other than white space, when it matches at all.
fn score(template_line: &str, generated: &str) -> Option<usize> {
    align(template_line, generated)?;
    Some(
        pieces(template_line)
            .iter()
            .map(|p| match p {
                Piece::Literal(t, _) => t.chars().filter(|c| !c.is_whitespace()).count(),
                Piece::Tag(..) => 0,
            })
            .sum(),
    )
}

/// The lines of a text, without line endings.
fn lines(text: &str) -> Vec<&str> {
    text.split('\n').map(|l| l.trim_end_matches('\r')).collect()
}

/// Finds the template line that produced `span` of `generated`, among `templates`.
pub fn locate(generated: &str, span: Range<usize>, templates: &[Template]) -> Option<Origin> {
    let start = span.start.min(generated.len());
    let line_no = generated[..start].matches('\n').count();
    let generated_lines = lines(generated);
    let line = generated_lines.get(line_no)?;
    let line_start = generated[..start].rfind('\n').map_or(0, |i| i + 1);
    let column = start - line_start;
    let mut best: Option<(usize, usize, usize)> = None; // (score, template, line)
    let mut tied = false;
    for (t, template) in templates.iter().enumerate() {
        let template_lines = lines(&template.text);
        for (j, template_line) in template_lines.iter().enumerate() {
            let Some(own) = score(template_line, line) else {
                continue;
            };
            if own == 0 {
                continue;
            }
            // The lines around must agree too: weigh the neighbours that match.
            let mut total = own * 4;
            for k in 1..=3 {
                let pairs = [
                    (j.checked_sub(k), line_no.checked_sub(k)),
                    (Some(j + k), Some(line_no + k)),
                ];
                for (tj, gj) in pairs {
                    if let (Some(tl), Some(gl)) = (
                        tj.and_then(|x| template_lines.get(x)),
                        gj.and_then(|x| generated_lines.get(x)),
                    ) {
                        total += score(tl, gl).unwrap_or(0);
                    }
                }
            }
            match best {
                Some((s, ..)) if s > total => {}
                Some((s, ..)) if s == total => tied = true,
                _ => {
                    best = Some((total, t, j));
                    tied = false;
                }
            }
        }
    }
    let (_, t, j) = best?;
    if tied {
        return None;
    }
    let text = &templates[t].text;
    let template_line = lines(text)[j];
    let line_offset: usize = text.split('\n').take(j).map(|l| l.len() + 1).sum();
    let aligned = align(template_line, line)?;
    // The literal piece holding the column, or the tag printed where it falls.
    let literal = pieces(template_line)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Literal(text, offset) => Some((text, offset)),
            Piece::Tag(..) => None,
        })
        .zip(&aligned)
        .find(|((text, _), (_, at))| (*at..*at + text.len()).contains(&column));
    if let Some(((text, offset), (_, at))) = literal {
        let into = column - at;
        let width = (span.end.saturating_sub(span.start)).clamp(1, text.len() - into);
        let begin = line_offset + offset + into;
        return Some(Origin {
            template: t,
            span: begin..begin + width,
            printed_by: None,
        });
    }
    // In printed data: the last printing tag that starts before the column.
    let mut tag = None;
    let mut generated_at = 0;
    let literals = aligned.iter();
    let mut literal_iter = literals.peekable();
    for p in pieces(template_line) {
        match p {
            Piece::Literal(text, _) => {
                if let Some((_, at)) = literal_iter.next() {
                    generated_at = at + text.len();
                }
            }
            Piece::Tag(text, offset) if !silent(text) && generated_at <= column => {
                tag = Some((text, offset));
            }
            Piece::Tag(..) => {}
        }
    }
    let (text, offset) = tag?;
    let begin = line_offset + offset;
    Some(Origin {
        template: t,
        span: begin..begin + text.len(),
        printed_by: Some(text.to_string()),
    })
}

/// Moves a Typst error located in the `generated` markup of a document to the template
/// line that produced it; leaves it where it is when no line matches beyond doubt.
/// When the markup was kept (`--keep-typst`) in the file `kept`, the error also names
/// that file and line, or, when it stays in the markup, is placed in that file.
pub fn relocate(
    mut error: Diagnostic,
    generated: &str,
    templates: &[Template],
    kept: Option<&std::path::Path>,
) -> Diagnostic {
    let Some(at) = error.location.as_deref() else {
        return error;
    };
    let in_kept = kept.map(|file| format!("{}:{}:{}", file.display(), at.line, at.column));
    let line_start: usize = generated
        .split('\n')
        .take(at.line - 1)
        .map(|l| l.len() + 1)
        .sum();
    let Some(line) = generated.get(line_start..) else {
        return error;
    };
    let start = line_start
        + line
            .char_indices()
            .nth(at.column - 1)
            .map_or(line.len(), |(i, _)| i);
    let end = start
        + generated[start..]
            .chars()
            .take(at.width)
            .map(char::len_utf8)
            .sum::<usize>();
    let typst: Vec<Template> = templates
        .iter()
        .filter(|t| t.output == crate::render::templates::Output::Typst)
        .cloned()
        .collect();
    let Some(origin) = locate(generated, start..end, &typst) else {
        if let Some(file) = kept {
            error.file = file.to_path_buf();
        }
        return error;
    };
    let template = &typst[origin.template];
    let message = match &origin.printed_by {
        Some(tag) => Msg::from(Documents::InPrintedText {
            what: Box::new(error.message.clone()),
            tag: tag.clone(),
        }),
        None => error.message.clone(),
    };
    let mut moved = Diagnostic::at(&template.file, &template.text, origin.span, message);
    moved.severity = error.severity;
    moved.hints = error.hints;
    if let Some(in_kept) = in_kept {
        moved
            .hints
            .push(Documents::InGeneratedTypst { place: in_kept }.into());
    }
    if let Some(tag) = &origin.printed_by {
        let key = printed_key(tag);
        moved
            .hints
            .push(Documents::PrintedTextShouldPrint { key }.into());
    }
    moved
}

/// The value a printing tag names: `{{str organization.name}}` prints
/// `organization.name`.
fn printed_key(tag: &str) -> String {
    let body = tag
        .trim_matches(|c| c == '{' || c == '}' || c == '~')
        .trim();
    let mut words = body.split_whitespace();
    let first = words.next().unwrap_or("");
    let key = if matches!(first, "str" | "num" | "upper" | "whole") {
        words.next().unwrap_or(first)
    } else {
        first
    };
    format!("`{}`", key.trim_start_matches("this."))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::templates::Output;
    use std::borrow::Cow;

    fn template(name: &str, text: &'static str) -> Template {
        Template {
            name: name.into(),
            output: Output::Typst,
            file: format!("templates/{name}.typ.hbs").into(),
            text: Cow::Borrowed(text),
        }
    }

    #[test]
    fn a_generated_line_maps_to_its_partial_line_and_column() {
        let templates = [
            template("doc", "{{> partials/head}}\n= {{title}}\n#par[{{body}}]\n"),
            template(
                "partials/head",
                "#let accent = rgb(\"#005a9c\")\n#text(fill: accentt)[{{org}}]\n",
            ),
        ];
        let generated =
            "#let accent = rgb(\"#005a9c\")\n#text(fill: accentt)[IOM]\n= Title\n#par[Body]\n";
        let at = generated.find("accentt").unwrap();
        let origin = locate(generated, at..at + 7, &templates).unwrap();
        assert_eq!(origin.template, 1);
        let text = &templates[1].text;
        assert_eq!(&text[origin.span.clone()], "accentt");
        assert_eq!(origin.printed_by, None);
    }

    #[test]
    fn a_position_in_printed_data_names_the_tag() {
        let templates = [template("doc", "= {{title}}\n#par[{{body}}]\n")];
        let generated = "= Title\n#par[Body text]\n";
        let at = generated.find("text").unwrap();
        let origin = locate(generated, at..at + 1, &templates).unwrap();
        assert_eq!(origin.printed_by.as_deref(), Some("{{body}}"));
        assert_eq!(
            printed_key("{{str organization.name}}"),
            "`organization.name`"
        );
    }
}

//! Handlebars syntax mistakes in a designer's words, at the place to fix: a block
//! opened and never closed (at the line that opened it), `}}` missing, a block closed
//! under another name. [`crate::render`] asks here when Handlebars refuses a template,
//! and keeps Handlebars' own message for anything not recognised.

use crate::messages::documents::Documents;

/// A syntax mistake found in a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte offset of the mistake in the template.
    pub offset: usize,
    /// What is wrong.
    pub message: Documents,
    /// What to type.
    pub hint: Documents,
}

/// A block opened and not yet closed: its helper's name, where it opens, as written.
struct Open<'a> {
    /// The helper (`if`, `each`...).
    name: &'a str,
    /// Byte offset of its `{{`.
    offset: usize,
    /// The opening tag as written.
    tag: &'a str,
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

/// Finds the first syntax mistake a person makes in Handlebars: `}}` missing, a block
/// closed under the wrong name or never closed.
pub fn explain(text: &str) -> Option<Found> {
    let mut open: Vec<Open> = Vec::new();
    let mut at = 0;
    while let Some(found) = text[at..].find("{{") {
        let start = at + found;
        if start > 0 && text.as_bytes()[start - 1] == b'\\' {
            at = start + 2;
            continue;
        }
        // Comments end at `--}}` or `}}` and may hold anything.
        if text[start..].starts_with("{{!--") {
            at = text[start..]
                .find("--}}")
                .map_or(text.len(), |e| start + e + 4);
            continue;
        }
        let triple = text[start..].starts_with("{{{");
        let closer = if triple { "}}}" } else { "}}" };
        let body_start = start + if triple { 3 } else { 2 };
        let next_open = text[body_start..]
            .find("{{")
            .map_or(text.len(), |i| body_start + i);
        let end = text[body_start..].find(closer).map(|i| body_start + i);
        let first_brace = text[body_start..].find('}').map(|i| body_start + i);
        let unclosed = match end {
            None => true,
            Some(end) => end > next_open || first_brace.is_some_and(|b| b < end),
        };
        if unclosed {
            let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            let stop = line_end.min(next_open);
            // The tag as typed: up to its first `}` (kept), else to the line's end.
            let typed = match first_brace.filter(|&b| b < stop) {
                Some(brace) => &text[start..=brace],
                None => text[start..stop].trim_end(),
            };
            return Some(Found {
                offset: start,
                message: Documents::TagNotClosed {
                    tag: typed.to_string(),
                    closer: closer.to_string(),
                },
                hint: Documents::WriteTag {
                    tag: format!("{}{closer}", typed.trim_end_matches('}')),
                },
            });
        }
        let end = end.expect("closed");
        let tag = &text[start..end + closer.len()];
        let body = text[body_start..end].trim_matches(|c: char| c == '~' || c.is_whitespace());
        at = end + closer.len();
        if body.starts_with('!') {
            continue;
        }
        if let Some(rest) = body.strip_prefix('#') {
            let rest = rest.trim_start_matches(['>', '*']);
            let name = rest.split_whitespace().next().unwrap_or("");
            open.push(Open {
                name,
                offset: start,
                tag,
            });
        } else if let Some(rest) = body.strip_prefix('/') {
            let name = rest.trim();
            match open.pop() {
                Some(o) if o.name == name => {}
                Some(o) => {
                    return Some(Found {
                        offset: start,
                        message: Documents::ClosesAnotherBlock {
                            tag: tag.to_string(),
                            open: o.tag.to_string(),
                            line: line_of(text, o.offset),
                        },
                        hint: Documents::CloseTheOpenBlockFirst {
                            open: o.tag.to_string(),
                            closing: format!("{{{{/{}}}}}", o.name),
                        },
                    });
                }
                None => {
                    return Some(Found {
                        offset: start,
                        message: Documents::ClosesUnopenedBlock {
                            tag: tag.to_string(),
                        },
                        hint: Documents::OpenTheBlock {
                            opening: format!("{{{{#{name} …}}}}"),
                            tag: tag.to_string(),
                        },
                    });
                }
            }
        }
    }
    open.pop().map(|o| Found {
        offset: o.offset,
        message: Documents::BlockNeverClosed {
            tag: o.tag.to_string(),
            line: line_of(text, o.offset),
        },
        hint: Documents::CloseTheBlock {
            closing: format!("{{{{/{}}}}}", o.name),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unclosed_block_is_reported_where_it_opens() {
        let text = "a\n{{#if organization.tagline}}\n{{#each x}}{{this}}{{/each}}\nb\n";
        let found = explain(text).unwrap();
        assert_eq!(found.offset, 2);
        assert_eq!(
            crate::messages::Msg::from(found.message.clone()).en(),
            "the block `{{#if organization.tagline}}` opened on line 2 is never closed"
        );
        assert_eq!(
            crate::messages::Msg::from(found.hint.clone()).en(),
            "close it with {{/if}} where the block should end"
        );
    }

    #[test]
    fn a_missing_brace_is_reported_at_its_tag() {
        let text = "x\n= {{organization.office}\n{{ok}}";
        let found = explain(text).unwrap();
        assert_eq!(found.offset, 4);
        assert_eq!(
            crate::messages::Msg::from(found.message.clone()).en(),
            "`{{organization.office}` is not closed: `}}` is missing"
        );
        assert_eq!(
            crate::messages::Msg::from(found.hint.clone()).en(),
            "write {{organization.office}}"
        );
    }

    #[test]
    fn a_block_closed_under_another_name_names_both() {
        let found = explain("{{#if a}}\n{{/each}}").unwrap();
        assert!(
            crate::messages::Msg::from(found.message.clone())
                .en()
                .contains("opened on line 1"),
            "{:?}",
            found.message
        );
        assert_eq!(found.offset, 10);
        assert!(explain("{{!-- {{#if --}}{{{raw}}} {{#each a}}{{/each}}").is_none());
    }
}

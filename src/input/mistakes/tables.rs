//! Keys and tables written in the wrong shape: a key or a table written twice, a list
//! of tables written as one (`[speakers]` for `[[speakers]]`).

use std::ops::Range;

use super::lines::{assignment, header, line_at, lines_with_offsets};
use super::mistake::Mistake;
use crate::messages::input::Input;

/// A key or table written twice: where it was first written.
pub(super) fn duplicate(text: &str, at: usize) -> Option<Mistake> {
    let line = line_at(text, at);
    let here = &text[line.clone()];
    let before = &text[..line.start];
    let line_no = |offset: usize| text[..offset].matches('\n').count() + 1;
    if let Some(header) = header(here) {
        let name = header.trim_matches(['[', ']']);
        if is_list(name) {
            // `[speakers]` where `[[speakers]]` is meant: at the first such heading.
            let single = format!("[{name}]");
            if let Some((offset, l)) = lines_with_offsets(text)
                .find(|(_, l)| self::header(l).as_deref() == Some(single.as_str()))
            {
                return Some(list_as_table(offset..offset + l.trim_end().len(), name));
            }
        }
        let first = lines_with_offsets(before)
            .find(|(_, l)| self::header(l).as_deref() == Some(header.as_str()))?;
        let span = line.start..line.start + here.trim_end().len();
        return Some(
            Mistake::new(
                span,
                Input::TableOpenedTwice {
                    header: header.clone(),
                    line: line_no(first.0).to_string(),
                },
            )
            .hint(Input::TableOpenedTwiceHint { header }),
        );
    }
    let key = assignment(here)?.key.to_string();
    // The keys written since the heading this line is under.
    let mut section_start = 0;
    let mut section = String::new();
    let mut index = 0usize;
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    for (offset, l) in lines_with_offsets(before) {
        if let Some(h) = header(l) {
            section_start = offset;
            let count = counts.entry(h.clone()).or_default();
            index = *count;
            *count += 1;
            section = h;
        }
    }
    let first = lines_with_offsets(&text[section_start..line.start])
        .find(|(_, l)| assignment(l).is_some_and(|a| a.key == key))?;
    let path = if section.is_empty() {
        key.clone()
    } else if section.starts_with("[[") {
        format!("{}[{}].{key}", section.trim_matches(['[', ']']), index + 1)
    } else {
        format!("{}.{key}", section.trim_matches(['[', ']']))
    };
    let column = here.find(&key).unwrap_or(0);
    let span = line.start + column..line.start + column + key.len();
    Some(
        Mistake::new(
            span,
            Input::KeySetTwice {
                path,
                line: line_no(section_start + first.0).to_string(),
            },
        )
        .hint(Input::KeySetTwiceHint),
    )
}

/// The tables of the format that are lists, written `[[name]]` once per item.
pub(super) const LISTS: &[&str] = &[
    "topics",
    "speakers",
    "agenda",
    "programmes",
    "reports",
    "attendance",
    "coverage",
    "photos",
    "release.quotes",
];

/// Whether `name` is a list of tables in the format.
pub(super) fn is_list(name: &str) -> bool {
    LISTS.contains(&name)
}

/// `[speakers]` where `[[speakers]]` is meant, at the heading.
pub(super) fn list_as_table(span: Range<usize>, name: &str) -> Mistake {
    Mistake::new(span, Input::ListAsTable { name: name.into() })
        .hint(Input::ListAsTableHint { name: name.into() })
}

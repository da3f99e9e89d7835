//! The only place where data text becomes Typst source: markup text and string literals.
//!
//! Every value from a briefing reaches Typst through one of these two functions, so no
//! character in the data can act as markup or code. In markup, every ASCII punctuation
//! character is preceded by a backslash (Typst prints the next character literally), and
//! line breaks become explicit `#linebreak()` calls; in code, a value is a string literal.

use std::fmt::Write;

/// Turns plain text into Typst markup that prints exactly that text.
///
/// Runs of horizontal white space print as one space (as in any typeset text); every
/// newline sequence (`\r\n`, `\n`, and Typst's other newline characters) is a line break.
pub fn markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            c if typst::syntax::is_newline(c) => out.push_str("#linebreak()"),
            '\t' => out.push(' '),
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {
                // Not printable: kept as a Unicode escape so the markup stays one line.
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// Turns text into a Typst string literal, quotes included, for use in code position.
pub fn string_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || typst::syntax::is_newline(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use typst::syntax::{SyntaxKind, SyntaxNode, ast, parse, parse_code};

    /// Reads back the text that parsed markup prints, failing on anything but text.
    fn printed(root: &SyntaxNode) -> String {
        let mut out = String::new();
        let mut nodes = root.children();
        while let Some(node) = nodes.next() {
            match node.kind() {
                SyntaxKind::Text => out.push_str(node.leaf_text()),
                SyntaxKind::Space => out.push(' '),
                SyntaxKind::Escape => {
                    let escape: ast::Escape = node.cast().expect("escape node");
                    out.push(escape.get());
                }
                SyntaxKind::Hash => {
                    let call = nodes.next().expect("code after #");
                    assert_eq!(call.full_text(), "linebreak()");
                    out.push('\n');
                }
                kind => panic!(
                    "markup node {kind:?} ({:?}) is not plain text",
                    node.leaf_text()
                ),
            }
        }
        out
    }

    /// What `markup` promises to print for `text`: spaces folded, newlines as breaks.
    fn expected(text: &str) -> String {
        let text = text.replace("\r\n", "\n");
        let mut out = String::new();
        for c in text.chars() {
            let c = if typst::syntax::is_newline(c) {
                '\n'
            } else {
                c
            };
            let c = if c == '\t' { ' ' } else { c };
            if c == ' ' && out.ends_with(' ') {
                continue;
            }
            out.push(c);
        }
        out
    }

    /// Collapses the spaces that the parser folds, so the two sides compare.
    fn fold_spaces(text: &str) -> String {
        let mut out = String::new();
        for c in text.chars() {
            if c == ' ' && out.ends_with(' ') {
                continue;
            }
            out.push(c);
        }
        out
    }

    fn assert_markup_round_trips(text: &str) {
        let source = markup(text);
        let root = parse(&source);
        assert!(
            root.errors_and_warnings().0.is_empty(),
            "{source:?}: {:?}",
            root.errors_and_warnings().0
        );
        assert_eq!(
            fold_spaces(&printed(&root)),
            expected(text),
            "markup {source:?}"
        );
    }

    fn assert_literal_round_trips(text: &str) {
        let source = string_literal(text);
        let root = parse_code(&source);
        assert!(
            root.errors_and_warnings().0.is_empty(),
            "{source:?}: {:?}",
            root.errors_and_warnings().0
        );
        let expr = root.children().next().expect("one expression");
        let string: ast::Str = expr.cast().expect("a string literal");
        assert_eq!(string.get().as_str(), text);
    }

    #[test]
    fn every_ascii_punctuation_mark_prints_itself() {
        let all: String = (0u8..128)
            .map(char::from)
            .filter(|c| c.is_ascii_punctuation())
            .collect();
        assert_eq!(all.len(), 32);
        assert_markup_round_trips(&all);
        assert_literal_round_trips(&all);
        for c in all.chars() {
            assert_markup_round_trips(&c.to_string());
            assert_markup_round_trips(&format!("a{c}{c}b"));
        }
    }

    #[test]
    fn typst_syntax_stays_text() {
        for text in [
            "#read(\"/etc/passwd\")",
            "$x$",
            "*b* _i_",
            "[",
            "]",
            "\\",
            "// comment",
            "/* open",
            "<l>",
            "@r",
            "= h",
            "- item",
            "+ item",
            "1. item",
            "/ term: x",
            "```raw```",
            "https://example.com",
            "\\u{41}",
            "a -- b --- c ... ~",
            "#let x = 1; #x",
        ] {
            assert_markup_round_trips(text);
            assert_literal_round_trips(text);
        }
    }

    #[test]
    fn newlines_become_line_breaks() {
        assert_eq!(markup("a\r\nb"), "a#linebreak()b");
        assert_eq!(markup("a\nb"), "a#linebreak()b");
        assert_markup_round_trips("line one\n= not a heading\u{2028}- nor a list");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn arbitrary_unicode_prints_verbatim(text in "\\PC*") {
            assert_markup_round_trips(&text);
        }

        #[test]
        fn arbitrary_chars_survive_as_string_literals(text in any::<String>()) {
            assert_literal_round_trips(&text);
        }

        #[test]
        fn punctuation_heavy_text_prints_verbatim(text in "[ -~\\n\\t]{0,40}") {
            assert_markup_round_trips(&text);
        }
    }
}

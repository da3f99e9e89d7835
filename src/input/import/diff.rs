//! A unified diff of two texts, line by line, for `import --dry-run` to show the change
//! it would make to a briefing file.

/// Lines of context around each change.
const CONTEXT: usize = 3;

/// Most cells of the table the middle of the texts is compared with; past it, the whole
/// middle is shown as removed and added (an import changes a few places, far below it).
const MAX_CELLS: usize = 4_000_000;

/// One line of the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Line<'a> {
    /// In both texts.
    Same(&'a str),
    /// Only in the old text.
    Removed(&'a str),
    /// Only in the new text.
    Added(&'a str),
}

/// The unified diff turning `old` into `new`, both named `name`; empty when they are equal.
pub fn unified(name: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let lines = compare(&a, &b);
    let mut out = format!("--- {name}\n+++ {name}\n");
    // Positions (in `lines`) of the changes, grouped into hunks with their context.
    let changed: Vec<usize> = (0..lines.len())
        .filter(|&i| !matches!(lines[i], Line::Same(_)))
        .collect();
    let mut hunks: Vec<(usize, usize)> = Vec::new();
    for &i in &changed {
        let start = i.saturating_sub(CONTEXT);
        let end = (i + CONTEXT + 1).min(lines.len());
        match hunks.last_mut() {
            Some(last) if start <= last.1 => last.1 = end,
            _ => hunks.push((start, end)),
        }
    }
    for (start, end) in hunks {
        let counts = |upto: usize, old: bool| {
            lines[..upto]
                .iter()
                .filter(|l| match l {
                    Line::Same(_) => true,
                    Line::Removed(_) => old,
                    Line::Added(_) => !old,
                })
                .count()
        };
        let (old_from, new_from) = (counts(start, true), counts(start, false));
        let old_len = counts(end, true) - old_from;
        let new_len = counts(end, false) - new_from;
        let from = |at: usize, len: usize| if len == 0 { at } else { at + 1 };
        out.push_str(&format!(
            "@@ -{},{old_len} +{},{new_len} @@\n",
            from(old_from, old_len),
            from(new_from, new_len)
        ));
        for line in &lines[start..end] {
            let (mark, text) = match line {
                Line::Same(t) => (' ', t),
                Line::Removed(t) => ('-', t),
                Line::Added(t) => ('+', t),
            };
            out.push(mark);
            out.push_str(text);
            out.push('\n');
        }
    }
    out
}

/// The lines of `a` and `b` matched: common first and last lines, then the longest
/// common subsequence of the middle.
fn compare<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<Line<'a>> {
    let head = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ma, mb) = (&a[head..a.len() - tail], &b[head..b.len() - tail]);
    let mut lines: Vec<Line> = a[..head].iter().map(|l| Line::Same(l)).collect();
    if (ma.len() + 1) * (mb.len() + 1) > MAX_CELLS {
        lines.extend(ma.iter().map(|l| Line::Removed(l)));
        lines.extend(mb.iter().map(|l| Line::Added(l)));
    } else {
        // longest[i][j]: the longest common subsequence of ma[i..] and mb[j..].
        let width = mb.len() + 1;
        let mut longest = vec![0u32; (ma.len() + 1) * width];
        for i in (0..ma.len()).rev() {
            for j in (0..mb.len()).rev() {
                longest[i * width + j] = if ma[i] == mb[j] {
                    longest[(i + 1) * width + j + 1] + 1
                } else {
                    longest[(i + 1) * width + j].max(longest[i * width + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < ma.len() || j < mb.len() {
            if i < ma.len() && j < mb.len() && ma[i] == mb[j] {
                lines.push(Line::Same(ma[i]));
                (i, j) = (i + 1, j + 1);
            } else if i < ma.len()
                && (j == mb.len() || longest[(i + 1) * width + j] >= longest[i * width + j + 1])
            {
                lines.push(Line::Removed(ma[i]));
                i += 1;
            } else {
                lines.push(Line::Added(mb[j]));
                j += 1;
            }
        }
    }
    lines.extend(a[a.len() - tail..].iter().map(|l| Line::Same(l)));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_have_no_diff() {
        assert_eq!(unified("x", "a\nb\n", "a\nb\n"), "");
    }

    #[test]
    fn an_appended_table_is_one_hunk_with_its_context() {
        let old = "1\n2\n3\n4\n5\n";
        let new = "1\n2\n3\n4\n5\n\n[[attendance]]\noutlet = \"Khabar\"\n";
        assert_eq!(
            unified("b.toml", old, new),
            "--- b.toml\n+++ b.toml\n@@ -3,3 +3,6 @@\n 3\n 4\n 5\n+\n+[[attendance]]\n+outlet = \"Khabar\"\n"
        );
    }

    #[test]
    fn changes_far_apart_make_two_hunks_and_a_changed_line_is_removed_and_added() {
        let old: String = (1..=20).map(|i| format!("{i}\n")).collect();
        let new = old
            .replacen("\n2\n", "\ntwo\n", 1)
            .replacen("\n19\n", "\n19\nnew\n", 1);
        let diff = unified("f", &old, &new);
        assert_eq!(diff.matches("@@ ").count(), 2, "{diff}");
        assert!(diff.contains("-2\n+two\n"), "{diff}");
        assert!(
            diff.ends_with("@@ -17,4 +17,5 @@\n 17\n 18\n 19\n+new\n 20\n"),
            "{diff}"
        );
    }
}

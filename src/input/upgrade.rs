//! `presskit upgrade`: a format-1 briefing rewritten as format 2 without changing what it
//! means. The one difference between the versions is an `[[attendance]]` row without
//! `present` (format 1: came; format 2: not recorded yet), so each such row gets
//! `present = true` and `format` becomes 2; every comment, blank line and key order of
//! the file stays as written (toml_edit).

use crate::diagnostic::Diagnostic;
use crate::input::briefing::{self, CURRENT_FORMAT, Source};
use crate::messages::input::reading::Reading;

/// What upgrading one file gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Upgraded {
    /// The file is format 2 already: nothing to change.
    Current,
    /// The text of the file as format 2, and how many rows got `present = true`.
    Rewritten {
        /// The new text.
        text: String,
        /// Attendance rows that got `present = true`.
        rows: usize,
    },
}

/// Upgrades the briefing `source`: checks it reads (format and values), rewrites it,
/// and checks the new text reads too.
pub fn upgrade(source: &Source) -> Result<Upgraded, Vec<Diagnostic>> {
    let briefing = briefing::parse(source).map_err(|d| vec![d])?;
    if briefing.format == CURRENT_FORMAT {
        return Ok(Upgraded::Current);
    }
    let mut document: toml_edit::DocumentMut =
        source.text.parse().map_err(|e: toml_edit::TomlError| {
            vec![Diagnostic::error(
                &source.path,
                Reading::CannotEdit {
                    reason: e.to_string(),
                },
            )]
        })?;
    if let Some(format) = document.get_mut("format").and_then(|i| i.as_value_mut()) {
        let decor = format.decor().clone();
        *format = toml_edit::Value::from(CURRENT_FORMAT);
        *format.decor_mut() = decor;
    }
    let mut rows = 0;
    match document.get_mut("attendance") {
        Some(toml_edit::Item::ArrayOfTables(tables)) => {
            for table in tables.iter_mut() {
                if !table.contains_key("present") {
                    table.insert("present", toml_edit::value(true));
                    rows += 1;
                }
            }
        }
        Some(toml_edit::Item::Value(toml_edit::Value::Array(items))) => {
            for table in items.iter_mut().filter_map(|v| v.as_inline_table_mut()) {
                if !table.contains_key("present") {
                    // The space before `}` stays after the last value, now `present`.
                    let suffix = table
                        .iter_mut()
                        .last()
                        .and_then(|(_, last)| {
                            let suffix = last.decor().suffix().cloned();
                            last.decor_mut().set_suffix("");
                            suffix
                        })
                        .unwrap_or_default();
                    let mut present = toml_edit::Value::from(true);
                    present.decor_mut().set_prefix(" ");
                    present.decor_mut().set_suffix(suffix);
                    table.insert("present", present);
                    rows += 1;
                }
            }
        }
        _ => {}
    }
    let mut text = document.to_string();
    if source.text.contains("\r\n") {
        text = text.replace("\r\n", "\n").replace('\n', "\r\n");
    }
    let after = Source {
        path: source.path.clone(),
        text: text.clone(),
    };
    briefing::parse(&after).map_err(|d| vec![d])?;
    Ok(Upgraded::Rewritten { text, rows })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &str) -> Source {
        Source {
            path: "b.toml".into(),
            text: text.into(),
        }
    }

    const V1: &str = "format = 1 # the version\n\n[organization]\nname = \"O\"\n\n[event]\ntitle = \"T\"\ndate = 2016-12-22\n\n\
                      # who came\n[[attendance]]\noutlet = \"Khabar\" # TV\nkind = \"television\"\n\n\
                      [[attendance]]\noutlet = \"Vremya\"\nkind = \"print\"\npresent = false\n";

    #[test]
    fn rows_that_came_by_default_say_so_and_comments_stay() {
        let Upgraded::Rewritten { text, rows } = upgrade(&source(V1)).unwrap() else {
            panic!("a format-1 file is rewritten");
        };
        assert_eq!(rows, 1);
        assert_eq!(
            text,
            V1.replace("format = 1 #", "format = 2 #").replace(
                "kind = \"television\"\n",
                "kind = \"television\"\npresent = true\n"
            )
        );
        let again = upgrade(&source(&text)).unwrap();
        assert_eq!(again, Upgraded::Current, "upgrading twice changes nothing");
    }

    #[test]
    fn inline_rows_and_windows_line_ends_are_kept() {
        let text = "format = 1\r\nattendance = [{ outlet = \"A\", kind = \"radio\" }]\r\n\
                    [organization]\r\nname = \"O\"\r\n[event]\r\ntitle = \"T\"\r\ndate = 2016-12-22\r\n";
        let Upgraded::Rewritten { text: new, rows } = upgrade(&source(text)).unwrap() else {
            panic!("rewritten");
        };
        assert_eq!(rows, 1);
        assert!(new.contains("kind = \"radio\", present = true }"), "{new}");
        assert_eq!(new.matches("\r\n").count(), new.matches('\n').count());
    }

    #[test]
    fn a_file_that_does_not_read_is_refused_at_its_place() {
        let errors = upgrade(&source("format = 7\n")).unwrap_err();
        assert!(
            errors[0].message.en().contains("reads format 1, 2"),
            "{errors:?}"
        );
    }
}

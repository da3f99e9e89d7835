//! `presskit init`: a new briefing file to start from, with every section, a comment on
//! each key and placeholder values that build at once.

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::messages::commands::Commands;
use crate::vocab::Language;

/// The skeleton written by `init` in English: a valid format-2 briefing.
pub const SKELETON: &str = include_str!("skeleton.toml");

/// The skeleton in `language`: the same briefing, its comments and placeholders written
/// in that language and its `[event] language` set to it; keys and kinds stay as they
/// are, since they are the format.
pub fn skeleton(language: Language) -> &'static str {
    match language {
        Language::En => SKELETON,
        Language::Ru => include_str!("skeleton.ru.toml"),
        Language::Kk => include_str!("skeleton.kk.toml"),
    }
}

/// The file name of the new briefing inside the chosen folder.
pub const FILE_NAME: &str = "briefing.toml";

/// Writes the skeleton in `language` as `target` when it names a `.toml` file, else as
/// `target/briefing.toml`; never replaces an existing file.
pub fn init(target: &Path, language: Language) -> Result<PathBuf, Diagnostic> {
    let is_file_name = target.extension().is_some_and(|e| e == "toml");
    if !is_file_name && target.exists() && !target.is_dir() {
        return Err(Diagnostic::error(target, Commands::InitNotAFolder));
    }
    let path = if is_file_name {
        target.to_path_buf()
    } else {
        target.join(FILE_NAME)
    };
    // Its name names the output and archive folders: refused now, as build would.
    crate::output::folder_name(&path)?;
    crate::output::write_new(&path, skeleton(language).as_bytes())?;
    Ok(path)
}

/// Whether `init` chose the file name itself, as it does when given a folder: the name
/// is then worth changing, since it becomes the name of the output and archive folders.
pub fn named_by_default(target: &Path) -> bool {
    target.extension().is_none_or(|e| e != "toml")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_skeleton_is_a_valid_briefing_with_every_section_in_its_language() {
        for language in Language::ALL {
            let source = crate::input::briefing::Source {
                path: "data/briefing.toml".into(),
                text: skeleton(language).into(),
            };
            let warnings = crate::input::script::warnings(&source, language);
            assert!(warnings.is_empty(), "{language:?}: {warnings:?}");
            let briefing = crate::input::model::validate(source)
                .unwrap_or_else(|e| panic!("the {language:?} skeleton: {e:?}"));
            assert_eq!(briefing.event.language, language);
            let release = briefing
                .release
                .as_ref()
                .expect("the skeleton has a release");
            assert!(release.contact.is_some());
            assert!(!release.quotes.is_empty());
            assert!(!briefing.advisory.facts.is_empty());
            assert!(briefing.advisory.contact.is_some());
            for (section, count) in [
                ("topics", briefing.topics.len()),
                ("speakers", briefing.speakers.len()),
                ("agenda", briefing.agenda.len()),
                ("programmes", briefing.programmes.len()),
                ("reports", briefing.reports.len()),
                ("attendance", briefing.attendance.len()),
            ] {
                assert!(count > 0, "the {language:?} skeleton has no {section}");
            }
        }
    }

    /// Where a line's comment starts: the first `#` outside a quoted text.
    fn comment_start(line: &str) -> Option<usize> {
        let mut quoted = false;
        for (at, c) in line.char_indices() {
            match c {
                '"' => quoted = !quoted,
                '#' if !quoted => return Some(at),
                _ => {}
            }
        }
        None
    }

    /// The table headings and keys of a skeleton in order, commented-out ones included
    /// (`# logo = ...`), and its comments' words (without what is between backticks).
    fn shape(text: &str) -> (Vec<String>, Vec<String>) {
        let (mut keys, mut comments) = (Vec::new(), Vec::new());
        for line in text.lines() {
            let (code, comment) = match comment_start(line) {
                Some(0) => {
                    let rest = line[1..].trim_start();
                    let is_key = rest.starts_with('[')
                        || rest.split_once(" = ").is_some_and(|(k, _)| {
                            !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                        });
                    if is_key {
                        let at = comment_start(rest).map_or(rest.len(), |c| c);
                        (&rest[..at], rest.get(at + 1..).unwrap_or(""))
                    } else {
                        ("", &line[1..])
                    }
                }
                Some(at) => (&line[..at], &line[at + 1..]),
                None => (line, ""),
            };
            let code = code.trim();
            if code.starts_with('[') {
                keys.push(code.to_string());
            } else if let Some((key, _)) = code.split_once(" = ") {
                keys.push(key.trim().to_string());
            }
            let words: String = comment.split('`').step_by(2).collect();
            if words.chars().any(char::is_alphabetic) {
                comments.push(words);
            }
        }
        (keys, comments)
    }

    #[test]
    fn the_skeletons_are_one_briefing_with_comments_in_each_language() {
        let (english_keys, english_comments) = shape(skeleton(Language::En));
        assert!(english_keys.len() > 100, "{english_keys:?}");
        let cyrillic = |c: char| ('\u{400}'..='\u{4FF}').contains(&c);
        let kazakh = |c: char| "әғқңөұүһіӘҒҚҢӨҰҮҺІ".contains(c);
        let latin = |c: char| c.is_ascii_alphabetic();
        let count =
            |text: &str, script: &dyn Fn(char) -> bool| text.chars().filter(|c| script(*c)).count();
        for comment in &english_comments {
            assert!(
                count(comment, &latin) > count(comment, &cyrillic),
                "{comment}"
            );
        }
        for language in [Language::Ru, Language::Kk] {
            let (keys, comments) = shape(skeleton(language));
            assert_eq!(keys, english_keys, "{language:?}: keys and tables");
            assert!(comments.len() >= english_comments.len() / 2, "{language:?}");
            for comment in &comments {
                assert!(comment.chars().any(cyrillic), "{language:?}: {comment}");
            }
            let all = comments.concat();
            assert!(
                count(&all, &cyrillic) > 3 * count(&all, &latin),
                "{language:?}"
            );
            let specific = comments.iter().any(|c| c.chars().any(kazakh));
            assert_eq!(specific, language == Language::Kk, "{language:?}");
        }
    }

    #[test]
    fn init_takes_a_file_name_or_a_folder() {
        let dir = tempfile::tempdir().unwrap();
        let named = dir.path().join("data/riga-2027-03-18.toml");
        assert_eq!(init(&named, Language::En).unwrap(), named);
        assert!(!named_by_default(&named));
        assert_eq!(
            init(&dir.path().join("other"), Language::En).unwrap(),
            dir.path().join("other/briefing.toml")
        );
        assert!(named_by_default(&dir.path().join("other")));
    }

    #[test]
    fn init_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let written = init(&dir.path().join("data"), Language::Kk).unwrap();
        assert_eq!(
            std::fs::read_to_string(&written).unwrap(),
            skeleton(Language::Kk)
        );
        std::fs::write(&written, "mine").unwrap();
        let err = init(&dir.path().join("data"), Language::En).unwrap_err();
        assert!(err.message.en().contains("already exists"), "{err}");
        assert_eq!(std::fs::read_to_string(&written).unwrap(), "mine");
    }
}

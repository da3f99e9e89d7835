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

/// A translation file `init` wrote, and its language.
pub type Written = (PathBuf, Language);

/// Writes the skeleton in `language` as [`init`] does, and beside it its translation
/// into each of `translations` (`<stem>.kk.toml`), as `presskit translate` writes it,
/// every text given the placeholder of that language's skeleton: a briefing told in two
/// languages that builds at once. Nothing is written when a file is in the way or a
/// translation names the briefing's own language.
pub fn init_translated(
    target: &Path,
    language: Language,
    translations: &[Language],
) -> Result<(PathBuf, Vec<Written>), Vec<Diagnostic>> {
    let mut wanted: Vec<Language> = Vec::new();
    for to in translations {
        if *to == language {
            return Err(vec![
                Diagnostic::error(
                    target,
                    Commands::InitTranslationIntoItsOwn {
                        language: to.code().to_string(),
                    },
                )
                .with_hint(Commands::InitTranslationIntoItsOwnHint),
            ]);
        }
        if !wanted.contains(to) {
            wanted.push(*to);
        }
    }
    let path = if target.extension().is_some_and(|e| e == "toml") {
        target.to_path_buf()
    } else {
        target.join(FILE_NAME)
    };
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let files: Vec<(PathBuf, Language)> = wanted
        .iter()
        .map(|to| {
            (
                path.with_file_name(format!("{stem}.{}.toml", to.code())),
                *to,
            )
        })
        .collect();
    let in_the_way: Vec<Diagnostic> = files
        .iter()
        .filter(|(file, _)| file.exists())
        .map(|(file, _)| {
            Diagnostic::error(file, crate::messages::documents::Documents::AlreadyExists)
                .with_hint(crate::messages::documents::Documents::MoveItAway)
        })
        .collect();
    if !in_the_way.is_empty() {
        return Err(in_the_way);
    }
    let path = init(target, language).map_err(|d| vec![d])?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for (file, to) in &files {
        let text = translation_of(&name, language, *to, file);
        crate::output::write_new(file, text.as_bytes()).map_err(|d| vec![d])?;
    }
    Ok((path, files))
}

/// The translation file into `to` of the skeleton in `language` (the briefing `name`),
/// at `file`: every text the placeholder of the skeleton in `to`.
fn translation_of(name: &str, language: Language, to: Language, file: &Path) -> String {
    use crate::input::briefing::KeyPath;
    use crate::input::translation::{self, Given, Translation, draft};
    let table = |text: &str| -> toml::Table { toml::from_str(text).expect("the skeletons parse") };
    let mut texts = Vec::new();
    translation::texts_of("", &table(skeleton(to)), &KeyPath::default(), &mut texts);
    let given = Translation {
        source: crate::input::briefing::Source {
            path: file.to_path_buf(),
            text: String::new(),
        },
        language: to,
        texts: texts
            .into_iter()
            .map(|(path, _, value)| Given {
                target: path.clone(),
                at: path,
                value,
            })
            .collect(),
        dropped: Vec::new(),
        blank: Vec::new(),
    };
    draft::draft(name, &table(skeleton(language)), to, Some(&given)).text
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
    fn each_skeleton_s_translation_into_another_language_translates_every_text() {
        use crate::input::briefing::Source;
        use crate::input::translation;
        for language in Language::ALL {
            for to in Language::ALL.into_iter().filter(|l| *l != language) {
                let file = format!("data/briefing.{}.toml", to.code());
                let text = translation_of("briefing.toml", language, to, Path::new(&file));
                let main = Source {
                    path: "data/briefing.toml".into(),
                    text: skeleton(language).into(),
                };
                let table: toml::Table = toml::from_str(&main.text).unwrap();
                let source = Source {
                    path: file.into(),
                    text,
                };
                let read = translation::read(source, &main, &table)
                    .unwrap_or_else(|e| panic!("{language:?} into {to:?}: {e:?}"));
                assert_eq!(read.language, to);
                let missing = translation::missing(&table, &read);
                assert!(missing.is_empty(), "{language:?} into {to:?}: {missing:?}");
                let warnings = crate::input::script::warnings(&read.source, to);
                assert!(
                    warnings.is_empty(),
                    "{language:?} into {to:?}: {warnings:?}"
                );
            }
        }
    }

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

//! What `templates vars` shows: the context each template receives, made from the
//! reference briefing by the very functions the commands use, and described with
//! [`crate::render::variables`]' list of variables and the helpers.

use serde_json::Value;

use crate::messages::Msg;
use crate::messages::documents::Documents;
use crate::render::variables::{HELPERS, Variable, list};

/// The reference briefing, whose values `templates vars` shows.
const REFERENCE: &str = include_str!("../../data/almaty-2016-12-22.toml");

/// The context the documents' templates receive, made from the briefing `text` and
/// serialised as Handlebars sees it.
fn context_of(name: &str, text: &str) -> Value {
    let source = crate::input::briefing::Source {
        path: name.into(),
        text: text.into(),
    };
    let briefing = crate::input::model::validate(source).expect("a shipped briefing is valid");
    let context = crate::documents::context::build(&briefing, crate::vocab::Paper::A4);
    let value = serde_json::to_value(&context).expect("a context serialises");
    crate::documents::context::with_door(value, briefing.event.language)
}

/// The context of the reference briefing.
pub fn reference_context() -> Value {
    context_of("almaty-2016-12-22.toml", REFERENCE)
}

/// Every variable, with the reference briefing's values; the fields of what the
/// reference leaves empty (it has no agenda) come from the `init` skeleton, which fills
/// every section, marked as such.
pub fn every_variable() -> Vec<Variable> {
    let mut variables = list(&reference_context());
    let skeleton = list(&context_of("briefing.toml", crate::init::SKELETON));
    for mut v in skeleton {
        if !variables.iter().any(|r| r.path == v.path) {
            if v.kind != Documents::VarTable {
                let from_init = Msg::from(Documents::FromInit);
                v.value = Msg::Foreign(format!("{}  ({from_init})", v.value));
            }
            variables.push(v);
        }
    }
    variables.sort_by(|a, b| a.path.cmp(&b.path));
    variables
}

/// The context the archive's index template receives, for an archive holding only the
/// reference briefing: made by the very function `archive` uses.
pub fn index_context() -> Value {
    let source = crate::input::briefing::Source {
        path: "almaty-2016-12-22.toml".into(),
        text: REFERENCE.into(),
    };
    let briefing = crate::input::model::validate(source).expect("the reference briefing is valid");
    let entry = crate::documents::index::Entry {
        folder: "almaty-2016-12-22".into(),
        revision: 1,
        briefing,
    };
    let context = crate::documents::index::context(&[entry], crate::vocab::Paper::A4);
    serde_json::to_value(&context).expect("a context serialises")
}

/// The context the report's template receives, for an archive holding only the
/// reference briefing: made by the very function `report` uses.
pub fn report_context() -> Value {
    let source = crate::input::briefing::Source {
        path: "almaty-2016-12-22.toml".into(),
        text: REFERENCE.into(),
    };
    let b = crate::input::model::validate(source).expect("the reference briefing is valid");
    let narrative = crate::documents::narrative::parse(
        "# The quarter\n\nThe office's own account, before the tables.\n\n- One point\n- Another",
    );
    let to = crate::documents::report::Outputs {
        pdf: std::path::Path::new("report.pdf"),
        csv: None,
        xlsx: None,
        paper: crate::vocab::Paper::A4,
        fonts: None,
        language: None,
        narrative: &narrative,
        prepared_by: None,
        prepared_on: None,
    };
    let context = crate::documents::report::context(
        &[&b],
        b.event.language,
        &to,
        &crate::documents::report::Filter::default(),
    );
    serde_json::to_value(&context).expect("a context serialises")
}

/// What `presskit templates vars` prints: the variables (all, or those of the
/// sections `template` uses, given its text), the helpers and the partials.
pub fn describe(template: Option<(&str, &str)>, partials: &[String]) -> String {
    use std::fmt::Write;
    let mut variables = every_variable();
    let mut out = String::new();
    match template {
        Some((name, _)) if let Some(overview) = overview_of(name) => {
            variables = list(&(overview.example)());
            let what = Box::new(Msg::from((overview.what)()));
            let heading = Documents::VariablesOfOverview {
                name: name.to_string(),
                what,
            };
            let _ = writeln!(out, "{}", Msg::from(heading));
        }
        Some((name, text)) => {
            variables.retain(|v| {
                let section = v.path.split(['.', '[']).next().unwrap_or("");
                mentions(text, section)
            });
            let heading = Documents::VariablesOfSections {
                name: name.to_string(),
            };
            let _ = writeln!(out, "{}", Msg::from(heading));
        }
        None => {
            let _ = writeln!(out, "{}", Msg::from(Documents::EveryVariable));
        }
    }
    let width = variables
        .iter()
        .map(|v| v.path.chars().count())
        .max()
        .unwrap_or(0);
    let kinds: Vec<String> = variables
        .iter()
        .map(|v| Msg::from(v.kind.clone()).to_string())
        .collect();
    let kind_width = kinds
        .iter()
        .map(|k| k.chars().count())
        .max()
        .unwrap_or(0)
        .max(6);
    for (v, kind) in variables.iter().zip(&kinds) {
        let _ = writeln!(out, "  {:width$}  {kind:kind_width$}  {}", v.path, v.value);
    }
    let _ = writeln!(out, "{}", Msg::from(Documents::ListFieldsNote));
    let _ = writeln!(out, "\n{}", Msg::from(Documents::Helpers));
    let width = HELPERS
        .iter()
        .map(|(h, _)| h.chars().count())
        .max()
        .unwrap_or(0);
    for (helper, what) in HELPERS {
        let _ = writeln!(out, "  {helper:width$}  {}", Msg::from(what.clone()));
    }
    let _ = writeln!(out, "\n{}", Msg::from(Documents::Partials));
    for partial in partials {
        let _ = writeln!(out, "  {{{{> {partial}}}}}");
    }
    out
}

/// The overview whose template file is `name` (`report.typ.hbs`), if it is one.
fn overview_of(name: &str) -> Option<&'static crate::documents::Overview> {
    let stem = name.strip_suffix(".typ.hbs").unwrap_or(name);
    crate::documents::OVERVIEWS
        .iter()
        .find(|o| o.template == stem)
}

/// Whether `text` uses the word `word` (not as part of a longer name).
fn mentions(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        let name = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !name(before) && !name(after)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variable_the_built_in_templates_print_is_listed() {
        let tails = |variables: Vec<Variable>| -> std::collections::BTreeSet<String> {
            variables
                .into_iter()
                .flat_map(|v| {
                    let parts: Vec<String> = v
                        .path
                        .split('.')
                        .map(|s| s.trim_end_matches("[]").to_string())
                        .collect();
                    // Every tail: inside a block a path is written from the block's item.
                    (0..parts.len()).map(move |i| parts[i..].join("."))
                })
                .collect()
        };
        let documents = tails(every_variable());
        let index = tails(list(&index_context()));
        let report = tails(list(&report_context()));
        for (file, text) in crate::render::templates::BUILTIN {
            let listed = if file.starts_with("archive-index") {
                &index
            } else if file.starts_with("report") {
                &report
            } else {
                &documents
            };
            for tag in text.split("{{").skip(1) {
                let body = tag.split("}}").next().unwrap_or("");
                let body = body.trim_start_matches(['#', '/', '^', '~', '{', '>', '!', ' ']);
                for word in body.split([' ', '(', ')']) {
                    let word = word.trim_start_matches("this.").trim_start_matches("../");
                    let path_like = word.contains('.')
                        && word.split('.').all(|part| {
                            !part.is_empty()
                                && part.chars().all(|c| c.is_alphanumeric() || c == '_')
                        });
                    if path_like && !word.starts_with("partials") {
                        assert!(
                            listed.contains(word),
                            "{file}: {word} is not in templates vars"
                        );
                    }
                }
            }
        }
    }

    /// The top-level variables the tags of a template name, comments left out.
    fn sections_used(text: &str, sections: &[String]) -> Vec<String> {
        let mut used = std::collections::BTreeSet::new();
        let mut rest = text;
        while let Some(start) = rest.find("{{") {
            let after = &rest[start + 2..];
            let end = if after.starts_with("!--") {
                after.find("--}}").map_or(after.len(), |e| e + 4)
            } else {
                after.find("}}").map_or(after.len(), |e| e + 2)
            };
            let body = &after[..end.min(after.len())];
            rest = &after[end.min(after.len())..];
            if body.starts_with('!') {
                continue;
            }
            let body = body.trim_start_matches(['#', '/', '^', '~', '{', '>', ' ']);
            for word in body.split([' ', '(', ')', '}', '~', '\n']) {
                let mut word = word;
                while let Some(w) = word.strip_prefix("../") {
                    word = w;
                }
                let word = word.trim_start_matches("this.");
                let first = word.split('.').next().unwrap_or("");
                if sections.iter().any(|s| s == first) {
                    used.insert(first.to_string());
                }
            }
        }
        used.into_iter().collect()
    }

    #[test]
    fn each_built_in_template_names_the_variables_it_uses_in_its_first_comment() {
        let top = |variables: Vec<Variable>| -> Vec<String> {
            variables
                .into_iter()
                .map(|v| v.path)
                .filter(|p| !p.contains(['.', '[']))
                .collect()
        };
        let (documents, index) = (top(every_variable()), top(list(&index_context())));
        let report = top(list(&report_context()));
        for (file, text) in crate::render::templates::BUILTIN {
            if !file.ends_with(".typ.hbs") {
                continue;
            }
            let sections = if file.starts_with("archive-index") {
                &index
            } else if file.starts_with("report") {
                &report
            } else {
                &documents
            };
            let comment = text
                .strip_prefix("{{!--")
                .and_then(|t| t.split("--}}").next())
                .unwrap_or_else(|| panic!("{file} does not start with a comment"));
            let named: Vec<String> = comment
                .split("Variables: ")
                .nth(1)
                .and_then(|v| v.split(" (").next())
                .unwrap_or_else(|| panic!("{file}: no Variables: line"))
                .split(", ")
                .filter(|v| *v != "none")
                .map(str::to_string)
                .collect();
            assert_eq!(named, sections_used(text, sections), "{file}");
        }
    }
}

//! The variables a template can use, walked from the very context the templates
//! receive (serialised), so that the list cannot fall out of date: `templates vars`
//! prints it, and a misspelt variable's error names the nearest one.

use serde_json::Value;

use crate::messages::{Msg, documents::Documents};

/// One variable: its path as a template writes it, its type, and a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variable {
    /// `organization.name`; items of a list are `speakers[].name` (inside
    /// `{{#each speakers}}`, just `name`).
    pub path: String,
    /// Text, number, yes/no, list, table or empty, in the user's words when shown.
    pub kind: Documents,
    /// The value, shortened, as JSON (shown as it is); for a list, how many items it has.
    pub value: Msg,
}

/// The helpers templates can call, with what each does (a catalogue line); Handlebars'
/// own block helpers last.
pub const HELPERS: &[(&str, Documents)] = &[
    ("{{str value}}", Documents::HelperStr),
    ("{{num value}}", Documents::HelperNum),
    ("{{whole value}}", Documents::HelperWhole),
    ("{{upper value}}", Documents::HelperUpper),
    ("{{#if value}}…{{else}}…{{/if}}", Documents::HelperIf),
    ("{{#unless value}}…{{/unless}}", Documents::HelperUnless),
    ("{{#each list}}…{{/each}}", Documents::HelperEach),
    ("{{#with table}}…{{/with}}", Documents::HelperWith),
    (
        "{{eq a b}}, ne, gt, gte, lt, lte, and, or, not",
        Documents::HelperCompare,
    ),
    ("{{len list}}", Documents::HelperLen),
    ("{{lookup list index}}", Documents::HelperLookup),
];

/// The longest value shown, in characters.
const SHOWN: usize = 60;

/// Every variable below `value`, depth first, in the order the context declares them.
pub fn list(value: &Value) -> Vec<Variable> {
    let mut out = Vec::new();
    walk(value, String::new(), &mut out);
    out
}

/// Adds the variables of `value` at `path` to `out`.
fn walk(value: &Value, path: String, out: &mut Vec<Variable>) {
    let (kind, shown) = match value {
        Value::Null => (Documents::VarEmpty, Documents::VarNone.into()),
        Value::Bool(b) => (Documents::VarYesNo, Msg::Foreign(b.to_string())),
        Value::Number(n) => (Documents::VarNumber, Msg::Foreign(n.to_string())),
        Value::String(s) => (
            Documents::VarText,
            Msg::Foreign(shorten(&Value::String(s.clone()).to_string())),
        ),
        Value::Array(items) => (
            Documents::VarList,
            Documents::VarItems { count: items.len() }.into(),
        ),
        Value::Object(_) => (Documents::VarTable, Msg::Foreign(String::new())),
    };
    if !path.is_empty() {
        out.push(Variable {
            path: path.clone(),
            kind,
            value: shown,
        });
    }
    let join = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                walk(v, join(key), out);
            }
        }
        Value::Array(items) => {
            // Items share their fields: show the first item that has any.
            if let Some(item) = items
                .iter()
                .find(|i| !matches!(i, Value::Object(m) if m.is_empty()))
                .or(items.first())
            {
                walk(item, format!("{path}[]"), out);
            }
        }
        _ => {}
    }
}

/// A value cut to [`SHOWN`] characters.
fn shorten(text: &str) -> String {
    if text.chars().count() <= SHOWN {
        text.to_string()
    } else {
        let cut: String = text.chars().take(SHOWN - 1).collect();
        format!("{cut}…\"")
    }
}

/// The variable nearest to `missing` (a path as a template wrote it, relative to
/// wherever the template was), written with as many parts as `missing`; `None` when
/// nothing is close enough to be what was meant.
pub fn nearest(context: &Value, missing: &str) -> Option<String> {
    let missing = missing.trim_start_matches("this.");
    let parts = missing.split('.').count();
    let mut best: Option<(usize, String)> = None;
    for variable in list(context) {
        let segments: Vec<&str> = variable
            .path
            .split('.')
            .map(|s| s.trim_end_matches("[]"))
            .collect();
        if segments.len() < parts {
            continue;
        }
        let tail = segments[segments.len() - parts..].join(".");
        let distance = strsim::damerau_levenshtein(missing, &tail);
        if distance > 0 && best.as_ref().is_none_or(|(d, _)| distance < *d) {
            best = Some((distance, tail));
        }
    }
    best.filter(|(d, tail)| *d <= (tail.chars().count() / 3).clamp(1, 3))
        .map(|(_, tail)| tail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context() -> Value {
        serde_json::json!({
            "organization": {"name": "IOM", "tagline": null},
            "speakers": [{"name": "A", "role": "R"}],
            "count": 2
        })
    }

    #[test]
    fn lists_every_path_with_its_type_and_value() {
        let listed: Vec<(String, String, String)> = list(&context())
            .into_iter()
            .map(|v| (v.path, Msg::from(v.kind).en(), v.value.en()))
            .collect();
        let has = |path: &str, kind: &str, value: &str| {
            listed.contains(&(path.into(), kind.into(), value.into()))
        };
        assert!(has("organization.name", "text", "\"IOM\""), "{listed:?}");
        assert!(has("organization.tagline", "empty", "none"), "{listed:?}");
        assert!(has("speakers", "list", "1 item"), "{listed:?}");
        assert!(has("speakers[].role", "text", "\"R\""), "{listed:?}");
        assert!(has("count", "number", "2"), "{listed:?}");
    }

    #[test]
    fn names_the_nearest_variable_or_none() {
        let c = context();
        assert_eq!(
            nearest(&c, "organization.nmae").as_deref(),
            Some("organization.name")
        );
        assert_eq!(nearest(&c, "rol").as_deref(), Some("role"));
        assert_eq!(nearest(&c, "this.nmae").as_deref(), Some("name"));
        assert_eq!(nearest(&c, "weather"), None);
    }
}

//! The variables a template can use, walked from the very context the templates
//! receive (serialised), so that the list cannot fall out of date: `templates vars`
//! prints it, and a misspelt variable's error names the nearest one.

use serde_json::Value;

use crate::messages::documents::Documents;

/// One variable: its path as a template writes it, its type, and a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variable {
    /// `organization.name`; items of a list are `speakers[].name` (inside
    /// `{{#each speakers}}`, just `name`).
    pub path: String,
    /// `text`, `number`, `yes/no`, `list`, `table` or `empty`.
    pub kind: &'static str,
    /// The value, shortened, as JSON; for a list, how many items it has.
    pub value: String,
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
        Value::Null => ("empty", "none".to_string()),
        Value::Bool(b) => ("yes/no", b.to_string()),
        Value::Number(n) => ("number", n.to_string()),
        Value::String(s) => ("text", shorten(&Value::String(s.clone()).to_string())),
        Value::Array(items) => ("list", format!("{} items", items.len())),
        Value::Object(_) => ("table", String::new()),
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
        let listed: Vec<(String, &str, String)> = list(&context())
            .into_iter()
            .map(|v| (v.path, v.kind, v.value))
            .collect();
        assert!(listed.contains(&("organization.name".into(), "text", "\"IOM\"".into())));
        assert!(listed.contains(&("organization.tagline".into(), "empty", "none".into())));
        assert!(listed.contains(&("speakers".into(), "list", "1 items".into())));
        assert!(listed.contains(&("speakers[].role".into(), "text", "\"R\"".into())));
        assert!(listed.contains(&("count".into(), "number", "2".into())));
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

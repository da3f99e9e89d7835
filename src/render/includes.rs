//! Which templates include which (`{{> partials/style}}`), and the refusal of a cycle
//! among them: Handlebars follows includes without a bound, so `style` → `bio` → `style`
//! would overflow the stack and abort the process instead of failing one briefing.

use std::collections::{BTreeMap, BTreeSet};

use handlebars::Template as HbTemplate;
use handlebars::template::TemplateElement;

use crate::diagnostic::Diagnostic;
use crate::messages::documents::Documents;
use crate::render::templates::Template;

/// The names of the templates that `template` includes by a literal name.
fn included(template: &HbTemplate) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut stack: Vec<&HbTemplate> = vec![template];
    while let Some(t) = stack.pop() {
        for element in &t.elements {
            match element {
                TemplateElement::PartialExpression(d) | TemplateElement::PartialBlock(d) => {
                    // A literal name; a computed one (`{{> (lookup ...)}}`) is not followed.
                    if let Some(name) = d.name.as_name() {
                        names.insert(name.to_string());
                    }
                    stack.extend(d.template.as_ref());
                }
                TemplateElement::DecoratorBlock(d) => stack.extend(d.template.as_ref()),
                TemplateElement::HelperBlock(h) => {
                    stack.extend(h.template.as_ref());
                    stack.extend(h.inverse.as_ref());
                }
                _ => {}
            }
        }
    }
    names
}

/// Refuses templates that include each other in a cycle: one error per cycle, at the
/// first template of it (in name order), naming every template on the way round.
/// `parsed` pairs each template with its parsed form; only templates of one kind
/// (Typst or text) can include each other, so each kind is checked apart.
pub fn check_cycles(parsed: &[(&Template, &HbTemplate)]) -> Result<(), Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut seen_cycles: BTreeSet<Vec<String>> = BTreeSet::new();
    let kinds: BTreeSet<_> = parsed.iter().map(|(t, _)| t.output as u8).collect();
    for kind in kinds {
        let graph: BTreeMap<&str, BTreeSet<String>> = parsed
            .iter()
            .filter(|(t, _)| t.output as u8 == kind)
            .map(|(t, hb)| (t.name.as_str(), included(hb)))
            .collect();
        for start in graph.keys() {
            if let Some(cycle) = cycle_from(&graph, start) {
                let mut key = cycle[..cycle.len() - 1].to_vec();
                key.sort();
                if !seen_cycles.insert(key) {
                    continue;
                }
                let first = parsed
                    .iter()
                    .find(|(t, _)| t.output as u8 == kind && t.name == cycle[0])
                    .map(|(t, _)| *t)
                    .expect("a template of the graph");
                errors.push(
                    Diagnostic::error(
                        &first.file,
                        Documents::IncludeLoop {
                            templates: cycle
                                .iter()
                                .map(|n| format!("`{n}`"))
                                .collect::<Vec<_>>()
                                .join(&format!(
                                    " {} ",
                                    crate::messages::Msg::from(Documents::Includes)
                                )),
                        },
                    )
                    .with_hint(Documents::NoIncludeLoop),
                );
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The first cycle through `start`, as names from `start` back to it, if any.
fn cycle_from(graph: &BTreeMap<&str, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    // Depth first, with the path so far; every template is entered at most once.
    let mut path: Vec<String> = vec![start.to_string()];
    let mut visited: BTreeSet<String> = BTreeSet::new();
    let mut iterators: Vec<Vec<String>> = vec![successors(graph, start)];
    loop {
        let top = iterators.last_mut()?;
        let Some(next) = top.pop() else {
            iterators.pop();
            path.pop();
            continue;
        };
        if next == start {
            path.push(next);
            return Some(path);
        }
        if graph.contains_key(next.as_str()) && visited.insert(next.clone()) {
            iterators.push(successors(graph, &next));
            path.push(next);
        }
    }
}

/// What `name` includes, last first (so popping visits them in name order).
fn successors(graph: &BTreeMap<&str, BTreeSet<String>>, name: &str) -> Vec<String> {
    graph
        .get(name)
        .map(|s| s.iter().rev().cloned().collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::templates::Output;
    use std::borrow::Cow;

    fn template(name: &str, text: &'static str) -> (Template, HbTemplate) {
        (
            Template {
                name: name.into(),
                output: Output::Typst,
                file: format!("templates/{name}.typ.hbs").into(),
                text: Cow::Borrowed(text),
            },
            HbTemplate::compile(text).unwrap(),
        )
    }

    #[test]
    fn a_loop_is_refused_with_every_name_on_it() {
        let all = [
            template("doc", "{{> partials/style}}"),
            template("partials/style", "{{#if x}}{{> partials/bio}}{{/if}}"),
            template("partials/bio", "{{#each y}}{{> partials/style}}{{/each}}"),
        ];
        let pairs: Vec<_> = all.iter().map(|(t, h)| (t, h)).collect();
        let errors = check_cycles(&pairs).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        let text = errors[0].to_string();
        assert!(
            text.contains("`partials/bio` includes `partials/style` includes `partials/bio`"),
            "{text}"
        );
    }

    #[test]
    fn includes_without_a_loop_pass() {
        let all = [
            template("doc", "{{> partials/style}}{{> partials/bio}}"),
            template("partials/bio", "{{> partials/style}}"),
            template("partials/style", "plain"),
        ];
        let pairs: Vec<_> = all.iter().map(|(t, h)| (t, h)).collect();
        check_cycles(&pairs).unwrap();
        let selfish = [template("partials/me", "{{> partials/me}}")];
        let pairs: Vec<_> = selfish.iter().map(|(t, h)| (t, h)).collect();
        assert!(check_cycles(&pairs).is_err());
    }
}

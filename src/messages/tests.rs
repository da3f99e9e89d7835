//! The catalogues against the kinds: every id in every language, with exactly the
//! kind's variables; no line that no kind uses; plural forms as each language has them.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::catalogue::SOURCES;
use super::*;

/// The variables a pattern reads, through selectors, variants and function arguments.
fn variables(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

/// The variables an expression reads.
fn expression_variables(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                variables(&variant.value, found);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, found),
    }
}

/// The variables an inline expression reads.
fn inline_variables(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, found);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    }
}

/// Each message of a catalogue with the variables it reads; panics on a syntax error.
fn catalogue(language: Language, source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("locales/{}.ftl: {errors:?}", language.code()));
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut found = BTreeSet::new();
            if let Some(value) = &message.value {
                variables(value, &mut found);
            }
            let id = message.id.name.to_string();
            assert!(
                messages.insert(id.clone(), found).is_none(),
                "locales/{}.ftl: `{id}` twice",
                language.code()
            );
        }
    }
    messages
}

/// Every id code asks the catalogues for, with the variables it gives.
fn expected() -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    let kinds = Msg::kinds().map(|(id, fields)| (*id, fields.to_vec()));
    let words = crate::diagnostic::FRAME_WORDS
        .iter()
        .map(|id| (*id, Vec::new()));
    for (id, fields) in kinds.chain(words) {
        let fields = fields.iter().map(|f| f.to_string()).collect();
        assert!(
            all.insert(id.to_string(), fields).is_none(),
            "`{id}` is declared twice"
        );
    }
    all
}

#[test]
fn every_kind_has_one_line_in_each_catalogue_with_its_variables() {
    let expected = expected();
    let mut problems = Vec::new();
    for (language, source) in SOURCES {
        let file = format!("locales/{}.ftl", language.code());
        let found = catalogue(language, source);
        for (id, fields) in &expected {
            match found.get(id) {
                None => problems.push(format!("{file}: `{id}` is missing")),
                Some(used) if used != fields => problems.push(format!(
                    "{file}: `{id}` uses {used:?}; its kind gives {fields:?}"
                )),
                Some(_) => {}
            }
        }
        // The help's lines are checked against the command line by `cli`'s tests.
        let unknown = |id: &&String| !expected.contains_key(*id) && !id.starts_with("cli-");
        for id in found.keys().filter(unknown) {
            problems.push(format!("{file}: `{id}` is used by no kind of message"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn counted_words_take_each_languages_plural_forms() {
    let left_out = |language, count| {
        Msg::from(documents::Documents::LeftOut {
            documents: "press-release".into(),
            count,
            section: "release".into(),
        })
        .in_language(language)
    };
    let ru: Vec<String> = [1, 2, 5, 21, 11].map(|n| left_out(Language::Ru, n)).into();
    assert!(ru[0].contains("1 документ не создан"), "{}", ru[0]);
    assert!(ru[1].contains("2 документа не созданы"), "{}", ru[1]);
    assert!(ru[2].contains("5 документов не созданы"), "{}", ru[2]);
    assert!(ru[3].contains("21 документ не создан"), "{}", ru[3]);
    assert!(ru[4].contains("11 документов не созданы"), "{}", ru[4]);
    assert!(left_out(Language::En, 1).contains(" was left out"));
    assert!(left_out(Language::En, 2).contains(" were left out"));
    assert!(left_out(Language::Kk, 5).contains("5 құжат"));
}

#[test]
fn foreign_words_are_shown_as_they_are_in_every_language() {
    let typst = Msg::Foreign("unclosed delimiter".into());
    for language in Language::ALL {
        assert_eq!(typst.in_language(language), "unclosed delimiter");
    }
}

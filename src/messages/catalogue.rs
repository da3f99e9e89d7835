//! The catalogues: `locales/<code>.ftl`, compiled into the program, read once into one
//! Fluent bundle per language, and the one function that puts a message into words.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Arg;
use crate::vocab::Language;

/// The catalogue of each language, in [`Language::ALL`]'s order.
pub const SOURCES: [(Language, &str); 3] = [
    (Language::En, include_str!("../../locales/en.ftl")),
    (Language::Ru, include_str!("../../locales/ru.ftl")),
    (Language::Kk, include_str!("../../locales/kk.ftl")),
];

/// A language's bundle: its catalogue with the plural rules of that language.
type Bundle = FluentBundle<FluentResource>;

/// The bundle of `language`, read on first use.
fn bundle(language: Language) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(language, source)| {
                let code = language.code().parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![code]);
                // Terminals show the isolation marks Fluent puts around arguments.
                bundle.set_use_isolating(false);
                // A catalogue that does not parse fails the tests; whatever parsed is used.
                let resource = FluentResource::try_new((*source).to_string())
                    .unwrap_or_else(|(partial, _)| partial);
                let _ = bundle.add_resource(resource);
                bundle
            })
            .collect()
    });
    let at = SOURCES
        .iter()
        .position(|(l, _)| *l == language)
        .unwrap_or(0);
    &bundles[at]
}

/// The words of message `id` with `args` in `language`; a line missing from that
/// catalogue falls back to English (the tests see that none is missing).
pub fn render(language: Language, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent.set(*name, FluentValue::from(text.as_str())),
            Arg::Count(count) => fluent.set(*name, FluentValue::from(*count)),
        }
    }
    for language in [language, Language::En] {
        let bundle = bundle(language);
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&fluent), &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// Whether the catalogue of `language` has a line `id`.
pub fn has(language: Language, id: &str) -> bool {
    bundle(language).has_message(id)
}

/// A fixed word or text with no arguments (a label, a help text), in `language`.
pub fn word(language: Language, id: &str) -> String {
    render(language, id, &[])
}

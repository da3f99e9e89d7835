//! The characters of a briefing's text values that no font of its documents prints,
//! each told at its value, capitals included (a template may print a value in capitals).

use crate::input::briefing::{self, KeyPath};
use crate::input::model::validate::Validator;
use crate::messages::input::Input;

impl Validator<'_> {
    /// Checks every character of every printed string against the shipped fonts.
    pub(super) fn check_glyphs(&mut self) {
        let Ok(root) = toml::de::DeTable::parse(&self.source.text) else {
            return;
        };
        let named = |path: &KeyPath, key: &str| path.key(key.to_string());
        let mut stack: Vec<(KeyPath, &toml::Spanned<toml::de::DeValue>)> = root
            .get_ref()
            .iter()
            .map(|(k, v)| (named(&KeyPath::default(), k.get_ref()), v))
            .collect();
        while let Some((path, value)) = stack.pop() {
            let leaf = path.0.iter().rev().find_map(|k| match k {
                briefing::Key::Name(name) => Some(name.as_ref()),
                briefing::Key::Index(_) => None,
            });
            match value.get_ref() {
                toml::de::DeValue::String(text)
                    if !leaf.is_some_and(|k| crate::input::mistakes::PATH_KEYS.contains(&k)) =>
                {
                    // Templates may print a value in capitals (`upper`): its capital
                    // letters must print too (`ↄ` is in the fonts, `Ↄ` is not).
                    let capital_missing = |c: char| c.to_uppercase().any(|u| !self.fonts.prints(u));
                    if let Some(c) = text
                        .chars()
                        .find(|&c| !self.fonts.prints(c) || capital_missing(c))
                    {
                        let span = value.span();
                        let (path, code, character) =
                            (path.to_string(), unicode_name(c), c.to_string());
                        let message = if self.fonts.prints(c) {
                            Input::UnprintableCapital {
                                path,
                                code,
                                character,
                            }
                        } else {
                            Input::Unprintable {
                                path,
                                code,
                                character,
                            }
                        };
                        self.errors.push(
                            self.source
                                .error_at(span, message)
                                .with_hint(Input::UnprintableHint)
                                .with_hint(Input::UnprintableFontHint),
                        );
                    }
                }
                toml::de::DeValue::Array(items) => {
                    stack.extend(items.iter().enumerate().map(|(i, v)| (path.index(i), v)))
                }
                toml::de::DeValue::Table(table) => {
                    stack.extend(table.iter().map(|(k, v)| (named(&path, k.get_ref()), v)));
                }
                _ => {}
            }
        }
        self.errors
            .sort_by_key(|d| d.location.as_ref().map(|l| (l.line, l.column)));
    }
}

/// Names a character by its code point.
fn unicode_name(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

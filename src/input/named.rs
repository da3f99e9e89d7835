//! Key paths a person can read: a located message whose path passes through an element
//! of an array of tables that has a name (a speaker, an outlet, a programme...) names it
//! after the path as the file writes it, in parentheses: `speakers[2].role ("Aliya
//! Alikova")`. The path itself stays as the format writes it, counted from 1, and the
//! name is a value, the same in every language. A path to the name itself
//! (`attendance[7].outlet`) is left as it is: its message shows the name already.

use crate::messages::Msg;

/// Each array of tables whose elements a person knows by a name, and the key of it.
const NAMED_BY: [(&str, &str); 6] = [
    ("speakers", "name"),
    ("attendance", "outlet"),
    ("coverage", "outlet"),
    ("programmes", "title"),
    ("reports", "title"),
    ("topics", "title"),
];

/// The longest name shown, in characters: a title longer than that is left out.
const LONGEST: usize = 80;

/// `message` with each of its key paths into a named element of the file `text` given
/// that element's name.
pub fn paths(text: &str, mut message: Msg) -> Msg {
    let mut table: Option<Option<toml::Table>> = None;
    message.texts_mut(&mut |arg| {
        let Some((array, index)) = element(arg) else {
            return;
        };
        let table = table.get_or_insert_with(|| toml::from_str(text).ok());
        if let Some(name) = table.as_ref().and_then(|t| name(t, array, index)) {
            *arg = format!("{arg} (\"{name}\")");
        }
    });
    message
}

/// The array and the index from 0 of the element a key path `path` starts in
/// (`speakers[2].role` is `("speakers", 1)`), when it is a path into a named array.
fn element(path: &str) -> Option<(&'static str, usize)> {
    let (array, rest) = path.split_once('[')?;
    let (number, rest) = rest.split_once(']')?;
    let (array, key) = NAMED_BY.iter().find(|(a, _)| *a == array)?;
    let number: usize = number.parse().ok()?;
    let tail_is_a_path = rest
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '[' | ']'));
    let of_the_name = rest == format!(".{key}");
    (number >= 1 && tail_is_a_path && !of_the_name).then_some((*array, number - 1))
}

/// The name of element `index` of `array` in `table`, when it has a short one-line name.
fn name(table: &toml::Table, array: &str, index: usize) -> Option<String> {
    let key = NAMED_BY.iter().find(|(a, _)| *a == array)?.1;
    let name = table
        .get(array)?
        .as_array()?
        .get(index)?
        .get(key)?
        .as_str()?
        .trim();
    let fits = !name.is_empty() && name.chars().count() <= LONGEST && !name.contains('\n');
    fits.then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::input::Input;

    const TEXT: &str = "[[speakers]]\nname = \"Aliya Alikova\"\n\n[[speakers]]\nname = \"Лars\"\n\n[[attendance]]\noutlet = \"Khabar\"\n";

    /// The key given to an `AtKey` message about `path`, once named.
    fn named(path: &str) -> String {
        let message = Msg::from(Input::AtKey {
            key: path.into(),
            what: Box::new(Msg::Foreign("x".into())),
        });
        match paths(TEXT, message).input() {
            Some(Input::AtKey { key, .. }) => key.clone(),
            _ => unreachable!(),
        }
    }

    #[test]
    fn a_path_into_a_named_element_names_it_and_keeps_its_number() {
        assert_eq!(
            named("speakers[1].role"),
            "speakers[1].role (\"Aliya Alikova\")"
        );
        assert_eq!(named("speakers[2]"), "speakers[2] (\"Лars\")");
        assert_eq!(
            named("attendance[1].kind"),
            "attendance[1].kind (\"Khabar\")"
        );
        // No such element, an unnamed array, the name itself, words that are not a path:
        // as they were.
        for same in [
            "speakers[3].role",
            "attendance[1].outlet",
            "agenda[1].item",
            "release.quotes[1].speaker",
            "`speakers[1]` is",
        ] {
            assert_eq!(named(same), same);
        }
    }
}

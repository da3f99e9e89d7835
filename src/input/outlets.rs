//! One outlet, one row: the key an outlet's name is known by (trimmed, case folded, and
//! Cyrillic written in Latin letters, so that `Хабар` and `Khabar`, `Казинформ` and
//! `Kazinform` are one outlet), the merging of the rows of one outlet, and the warnings
//! that name both rows.

use std::collections::HashMap;

use crate::diagnostic::Diagnostic;
use crate::input::briefing::{self, at};
use crate::input::model::{Briefing, Outlet};

/// The Latin letters of a Russian or Kazakh letter (lower case), as the outlets write
/// their own names in Latin letters (`Хабар` Khabar, `Қазақстан` Qazaqstan).
fn latin(c: char) -> Option<&'static str> {
    Some(match c {
        'а' | 'ә' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ғ' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'й' | 'і' => "i",
        'к' => "k",
        'қ' => "q",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'ң' => "ng",
        'о' | 'ө' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ұ' | 'ү' => "u",
        'ф' => "f",
        'х' => "kh",
        'һ' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        _ => return None,
    })
}

/// The key an outlet is known by: its name trimmed, case folded, its spaces collapsed,
/// Cyrillic letters written in Latin ones and the Latin spellings of one sound made one
/// (`kh` and `h`, `q` and `k`, `y` and `i`, `j` and `zh`), so that `Хабар`, `Khabar` and
/// ` khabar ` share one key, as do `Казинформ` and `Kazinform`.
pub fn key(name: &str) -> String {
    let mut latin_text = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !latin_text.is_empty() {
            latin_text.push(' ');
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            match latin(c) {
                Some(l) => latin_text.push_str(l),
                None => latin_text.push(c),
            }
        }
    }
    latin_text
        .replace("kh", "h")
        .replace("zh", "j")
        .replace('q', "k")
        .replace('y', "i")
}

/// An `[[attendance]]` row by its place and outlet name, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Index of the row in the file's `[[attendance]]`.
    pub row: usize,
    /// The outlet's name as written there.
    pub name: String,
}

/// A later row of an outlet already written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    /// The outlet's first row.
    pub first: Row,
    /// The row that writes it again.
    pub again: Row,
}

/// Merges the rows of one outlet (same [`key`]) into its first row: it came when any row
/// says so, with the most people any row gives, every journalist named once, and the
/// first website and programme given. Returns the outlets and every later row of an
/// outlet already written.
pub fn merge(outlets: Vec<Outlet>) -> (Vec<Outlet>, Vec<Duplicate>) {
    let mut merged: Vec<Outlet> = Vec::with_capacity(outlets.len());
    let mut first_row: Vec<usize> = Vec::with_capacity(outlets.len());
    let mut by_key: HashMap<String, usize> = HashMap::with_capacity(outlets.len());
    let mut duplicates = Vec::new();
    for (row, outlet) in outlets.into_iter().enumerate() {
        let Some(&at) = by_key.get(&key(&outlet.name)) else {
            by_key.insert(key(&outlet.name), merged.len());
            first_row.push(row);
            merged.push(outlet);
            continue;
        };
        duplicates.push(Duplicate {
            first: Row {
                row: first_row[at],
                name: merged[at].name.clone(),
            },
            again: Row {
                row,
                name: outlet.name.clone(),
            },
        });
        let kept = &mut merged[at];
        kept.present |= outlet.present;
        kept.recorded |= outlet.recorded;
        if outlet.people_known && (!kept.people_known || outlet.people > kept.people) {
            kept.people = outlet.people;
            kept.people_known = true;
        }
        for name in outlet.journalists {
            let folded = name.trim().to_lowercase();
            if !kept
                .journalists
                .iter()
                .any(|j| j.trim().to_lowercase() == folded)
            {
                kept.journalists.push(name);
            }
        }
        kept.website = kept.website.take().or(outlet.website);
        kept.programme = kept.programme.take().or(outlet.programme);
    }
    (merged, duplicates)
}

/// A warning at both rows of each outlet written twice: it is counted and listed once.
pub fn duplicate_warnings(briefing: &Briefing) -> Vec<Diagnostic> {
    let text = &briefing.source.text;
    let name_at = |row: usize| {
        let path = at("attendance").index(row).key("outlet");
        let span = briefing::span_of(text, &path);
        (path, span)
    };
    let line_of =
        |span: std::ops::Range<usize>| crate::diagnostic::Location::of_span(text, span).line;
    let mut warnings = Vec::new();
    for duplicate in &briefing.duplicate_outlets {
        let (first_path, first_span) = name_at(duplicate.first.row);
        let (again_path, again_span) = name_at(duplicate.again.row);
        let (first_name, again_name) = (&duplicate.first.name, &duplicate.again.name);
        let hint = "keep one row per outlet: delete one, or give the two outlets names \
                    that tell them apart; until then they are counted and listed once";
        warnings.push(
            briefing
                .source
                .error_at(
                    again_span.clone(),
                    format!(
                        "{again_path}: `{again_name}` is the outlet `{first_name}` of line {}, written again",
                        line_of(first_span.clone())
                    ),
                )
                .warning()
                .with_hint(hint),
        );
        warnings.push(
            briefing
                .source
                .error_at(
                    first_span,
                    format!(
                        "{first_path}: the outlet `{first_name}` is written again at line {} (`{again_name}`)",
                        line_of(again_span)
                    ),
                )
                .warning()
                .with_hint(hint),
        );
    }
    warnings
}

/// In format 2, a warning at each outlet whose `present` is not written while another's
/// is: it is counted as not having come, and listed with neither those who came nor
/// those who did not.
pub fn unrecorded_warnings(briefing: &Briefing) -> Vec<Diagnostic> {
    if !briefing.attendance_recorded() {
        return Vec::new();
    }
    let text = &briefing.source.text;
    briefing
        .attendance
        .iter()
        .filter(|o| !o.recorded)
        .map(|o| {
            let path = at("attendance").index(o.row);
            briefing
                .source
                .error_at(
                    briefing::span_of(text, &path.key("outlet")),
                    format!(
                        "{path}: whether `{}` came is not recorded, while other outlets' presence is; it is counted as not having come",
                        o.name
                    ),
                )
                .warning()
                .with_hint("write present = true if it came, present = false if it did not")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An outlet row as the model holds it.
    fn outlet(row: usize, name: &str, people: Option<u32>, present: bool) -> Outlet {
        Outlet {
            row,
            name: name.into(),
            kind: crate::input::briefing::OutletKind::Television,
            people: people.unwrap_or(1),
            people_known: people.is_some(),
            present,
            recorded: true,
            website: None,
            programme: None,
            journalists: vec![format!("Reporter {row}")],
        }
    }

    #[test]
    fn rows_of_one_outlet_merge_into_the_first_and_are_named() {
        let (merged, duplicates) = merge(vec![
            outlet(0, "Khabar", Some(2), false),
            outlet(1, "Caravan", None, true),
            outlet(2, "Хабар", Some(3), true),
        ]);
        assert_eq!(merged.len(), 2);
        let khabar = &merged[0];
        assert_eq!((khabar.row, khabar.name.as_str()), (0, "Khabar"));
        assert!(khabar.present, "it came when any row says so");
        assert_eq!((khabar.people, khabar.people_known), (3, true));
        assert_eq!(khabar.journalists, ["Reporter 0", "Reporter 2"]);
        assert_eq!(
            duplicates,
            [Duplicate {
                first: Row {
                    row: 0,
                    name: "Khabar".into()
                },
                again: Row {
                    row: 2,
                    name: "Хабар".into()
                },
            }]
        );
    }

    #[test]
    fn one_outlet_written_in_cyrillic_or_latin_letters_has_one_key() {
        for (a, b) in [
            ("Хабар", "Khabar"),
            ("Казинформ", "Kazinform"),
            ("Kun.uz", "kun.uz "),
            ("BAQ.KZ", "baq.kz"),
            ("  Егемен   Қазақстан ", "Egemen Qazaqstan"),
            ("Казахстан", "Kazakhstan"),
            ("Қазақ радиосы", "Kazak radiosi"),
            ("Жас Алаш", "Zhas Alash"),
        ] {
            assert_eq!(key(a), key(b), "{a} / {b}");
        }
        for (a, b) in [
            ("Хабар", "Habar 24"),
            ("Caravan", "Vremya"),
            ("Kun.uz", "Kun.kz"),
        ] {
            assert_ne!(key(a), key(b), "{a} / {b}");
        }
    }
}

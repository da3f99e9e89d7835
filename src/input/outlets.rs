//! One outlet, one row: the key an outlet's name is known by (trimmed, case folded, and
//! Cyrillic written in Latin letters, so that `Хабар` and `Khabar`, `Казинформ` and
//! `Kazinform` are one outlet), the merging of the rows of one outlet, and the warnings
//! that name both rows.

use std::collections::HashMap;

use crate::input::briefing::OutletKind;

/// A media outlet's registration and attendance.
#[derive(Debug, Clone)]
pub struct Outlet {
    /// Name.
    pub name: String,
    /// Kind of media.
    pub kind: OutletKind,
    /// People registered or present; at least 1 when the briefing does not say.
    pub people: u32,
    /// Whether the briefing gives `people` (absent: not known, and `people` is 1).
    pub people_known: bool,
    /// Index of its (first) row in the file's `[[attendance]]`.
    pub row: usize,
    /// Whether the outlet came (false while its presence is not recorded).
    pub present: bool,
    /// Whether its presence is recorded: always in format 1, where an absent `present`
    /// means it came; in format 2 only when `present` is written.
    pub recorded: bool,
    /// Website.
    pub website: Option<String>,
    /// Programme or column.
    pub programme: Option<String>,
    /// Journalists' names.
    pub journalists: Vec<String>,
}

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

//! The door documents' languages: what the sign-in sheet and the name tents print in
//! each language of the room. A briefing alone has one; with translations the two
//! documents are bilingual (or trilingual), as Kazakhstan's law on languages lays out
//! visual information: Kazakh first (above), then Russian, then English, in letters of
//! one size. Each wording is printed once (`№`, a name spelt alike in both scripts), and
//! a text a translation does not give yet is left out of that language, never printed
//! in another's words. Made from the contexts each language's documents print (already
//! refined in their language), so that the door says exactly what the other documents
//! say.

use serde::Serialize;
use serde_json::Value;

use crate::input::briefing::{KeyPath, at};
use crate::vocab::Language;

/// One language's documents, as the door documents read them.
pub struct Voice<'a> {
    /// The language.
    pub language: Language,
    /// The context its documents print (see `context::printed`).
    pub context: &'a Value,
    /// The briefing's texts this language does not give yet (a translation's missing
    /// texts; none for the briefing's own language).
    pub untranslated: &'a [KeyPath],
}

/// A text in one language.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Said {
    /// Its language, as Typst knows it (`kk`).
    pub language: &'static str,
    /// The text.
    pub text: String,
}

/// What the sign-in sheet and the name tents print, in every language of the room.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Door {
    /// Whether they are printed in more than one language.
    pub bilingual: bool,
    /// Their fixed words.
    pub words: DoorWords,
    /// The organisation's name.
    pub organization: Vec<Said>,
    /// The organisation's short name.
    pub short_name: Vec<Said>,
    /// The event's title.
    pub title: Vec<Said>,
    /// The event's date (a range for several days).
    pub date: Vec<Said>,
    /// When and where: date, time and place, as the sheet's header prints them.
    pub when: Vec<Said>,
    /// The speakers, in the briefing's order.
    pub speakers: Vec<DoorSpeaker>,
}

/// The fixed words of the door documents, each wording once.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct DoorWords {
    pub sign_in_sheet: Vec<Said>,
    pub number: Vec<Said>,
    pub name: Vec<Said>,
    pub outlet: Vec<Said>,
    pub contact_details: Vec<Said>,
    pub signature: Vec<Said>,
    pub name_tents: Vec<Said>,
    pub fold: Vec<Said>,
}

/// A speaker on the name tent.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct DoorSpeaker {
    /// The name: once, or each spelling a translation gives.
    pub names: Vec<Said>,
    /// The role, as it reads after the name, in each language that gives it.
    pub roles: Vec<Said>,
    /// The speaker's own organisation, in each language that gives it.
    pub organizations: Vec<Said>,
}

/// The text at `path` (`speakers.0.role`) of a context.
fn text_at<'a>(context: &'a Value, path: &str) -> Option<&'a str> {
    path.split('.')
        .try_fold(context, |v, key| match key.parse::<usize>() {
            Ok(i) => v.get(i),
            Err(_) => v.get(key),
        })
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
}

/// The voices in the door's order (Kazakh, Russian, English).
fn ordered<'v, 'a>(voices: &'v [Voice<'a>]) -> Vec<&'v Voice<'a>> {
    let mut ordered: Vec<&Voice> = voices.iter().collect();
    ordered.sort_by_key(|v| v.language.bilingual_rank());
    ordered
}

/// Each language's text at `path` of its context, each wording once; a language whose
/// translation lacks one of `sources` (the briefing's keys the text is made of) says
/// nothing.
fn said(voices: &[&Voice], path: &str, sources: &[KeyPath]) -> Vec<Said> {
    let mut out: Vec<Said> = Vec::new();
    for voice in voices {
        if sources.iter().any(|s| voice.untranslated.contains(s)) {
            continue;
        }
        let Some(text) = text_at(voice.context, path) else {
            continue;
        };
        if !out.iter().any(|s| s.text == text) {
            out.push(Said {
                language: voice.language.code(),
                text: text.to_string(),
            });
        }
    }
    out
}

/// The door documents' texts in every language of `voices` (the briefing's own first,
/// then its translations'; printed Kazakh, Russian, English).
pub fn of(voices: &[Voice]) -> Door {
    let voices = ordered(voices);
    let word = |name: &str| said(&voices, &format!("words.{name}"), &[]);
    let event = |key: &'static str| at("event").key(key);
    let place = [event("venue"), event("city"), event("country")];
    let speakers = voices
        .first()
        .and_then(|v| v.context.get("speakers"))
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    Door {
        bilingual: voices.len() > 1,
        words: DoorWords {
            sign_in_sheet: word("sign_in_sheet"),
            number: word("number"),
            name: word("name"),
            outlet: word("outlet"),
            contact_details: word("contact_details"),
            signature: word("signature"),
            name_tents: word("name_tents"),
            fold: word("fold"),
        },
        organization: said(
            &voices,
            "organization.name",
            &[at("organization").key("name")],
        ),
        short_name: said(
            &voices,
            "organization.short_name",
            &[
                at("organization").key("name"),
                at("organization").key("short_name"),
            ],
        ),
        title: said(&voices, "event.title", &[event("title")]),
        date: said(&voices, "event.date", &[]),
        when: voices
            .iter()
            .filter_map(|v| {
                let date = text_at(v.context, "event.date")?;
                let mut line = date.to_string();
                if let Some(time) = text_at(v.context, "event.time") {
                    line = format!("{line}, {time}");
                }
                let translated = !place.iter().any(|p| v.untranslated.contains(p));
                match text_at(v.context, "event.place") {
                    Some(p) if translated => line = format!("{line} · {p}"),
                    _ => {}
                }
                Some(Said {
                    language: v.language.code(),
                    text: line,
                })
            })
            .fold(Vec::new(), |mut out: Vec<Said>, s| {
                if !out.iter().any(|o| o.text == s.text) {
                    out.push(s);
                }
                out
            }),
        speakers: (0..speakers)
            .map(|i| {
                let key = |k: &'static str| at("speakers").index(i).key(k);
                DoorSpeaker {
                    names: said(&voices, &format!("speakers.{i}.name"), &[]),
                    roles: said(&voices, &format!("speakers.{i}.role"), &[key("role")]),
                    organizations: said(
                        &voices,
                        &format!("speakers.{i}.organization"),
                        &[key("organization")],
                    ),
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn context(title: &str, name: &str, role: &str, number: &str) -> Value {
        json!({
            "words": {"sign_in_sheet": "Sheet", "number": number, "name": "Name", "outlet": "Outlet",
                "contact_details": "Phone", "signature": "Signature", "name_tents": "Tents", "fold": "fold"},
            "organization": {"name": "IOM", "short_name": "IOM"},
            "event": {"title": title, "date": "23 March 2017", "time": "10:30", "place": "Almaty"},
            "speakers": [{"name": name, "role": role, "organization": null}],
        })
    }

    #[test]
    fn kazakh_comes_first_and_each_wording_is_printed_once() {
        let ru = context("Брифинг", "Нурлан Жаксылыков", "координатор", "№");
        let kk = context("Брифинг", "Нұрлан Жақсылықов", "үйлестіруші", "№");
        let door = of(&[
            Voice {
                language: Language::Ru,
                context: &ru,
                untranslated: &[],
            },
            Voice {
                language: Language::Kk,
                context: &kk,
                untranslated: &[],
            },
        ]);
        assert!(door.bilingual);
        let langs = |s: &[Said]| s.iter().map(|s| s.language).collect::<Vec<_>>();
        assert_eq!(langs(&door.words.number), ["kk"]);
        assert_eq!(langs(&door.title), ["kk"]);
        assert_eq!(langs(&door.speakers[0].names), ["kk", "ru"]);
        assert_eq!(door.speakers[0].roles[0].text, "үйлестіруші");
        assert_eq!(door.speakers[0].roles[1].text, "координатор");
        assert!(door.speakers[0].organizations.is_empty());
        assert_eq!(door.when[0].text, "23 March 2017, 10:30 · Almaty");
    }

    #[test]
    fn a_text_not_translated_yet_is_left_out_of_that_language() {
        let ru = context("Брифинг", "Елена Орлова", "руководитель", "№");
        // The overlay leaves the briefing's own text where a translation gives none.
        let kk = context("Брифинг", "Елена Орлова", "руководитель", "№");
        let missing = [at("speakers").index(0).key("role")];
        let door = of(&[
            Voice {
                language: Language::Ru,
                context: &ru,
                untranslated: &[],
            },
            Voice {
                language: Language::Kk,
                context: &kk,
                untranslated: &missing,
            },
        ]);
        assert_eq!(door.speakers[0].roles.len(), 1);
        assert_eq!(door.speakers[0].roles[0].language, "ru");
        assert_eq!(door.speakers[0].names.len(), 1);
    }
}

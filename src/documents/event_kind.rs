//! The word that names the event in the documents' fixed phrases ("Программа
//! конференции", "Дөңгелек үстелге қатысқан БАҚ", "Report on briefings"): which kind of
//! event a briefing's `kind` is, and the locale's phrases filled with that kind's forms.
//!
//! The locale files write a phrase once, with placeholders `{event.FORM}` (and
//! `{Event.FORM}` for the form with a capital), and give every kind's forms in
//! `[event.KIND]`: the grammatical cases each language's phrases need. A kind is
//! recognised from what users type in any of the three languages; a kind presskit does
//! not know takes the neutral word ("event", "мероприятие", "іс-шара").

use std::collections::BTreeMap;
use std::sync::LazyLock;

use crate::documents::locale::{EventForms, EventWords, Locale};
use crate::input::model::Briefing;
use crate::vocab::Language;

/// The kinds of event whose word the fixed phrases use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EventKind {
    /// A press briefing: the default when a briefing gives no `kind`.
    #[default]
    Briefing,
    /// A press conference.
    PressConference,
    /// A conference.
    Conference,
    /// A round table.
    RoundTable,
    /// Any other kind: the neutral word.
    Other,
}

impl EventKind {
    /// Every kind, in the order a typed kind is matched against them (a press conference
    /// before a conference, whose word it contains).
    pub const ALL: [EventKind; 5] = [
        Self::PressConference,
        Self::RoundTable,
        Self::Conference,
        Self::Briefing,
        Self::Other,
    ];

    /// The kind of an event whose `kind` is `typed` (absent: a briefing), recognised from
    /// the words of every language's file.
    pub fn of(typed: Option<&str>) -> EventKind {
        let Some(typed) = typed else {
            return EventKind::Briefing;
        };
        let typed = typed.to_lowercase().replace(['\u{a0}', '-', '_'], " ");
        let typed = typed.split_whitespace().collect::<Vec<_>>().join(" ");
        Self::ALL
            .into_iter()
            .find(|kind| {
                Language::ALL.iter().any(|l| {
                    raw(*l)
                        .event
                        .forms(*kind)
                        .recognise
                        .iter()
                        .any(|word| typed.contains(&word.to_lowercase().replace('-', " ")))
                })
            })
            .unwrap_or(EventKind::Other)
    }

    /// The kind of the event `b`.
    pub fn of_briefing(b: &Briefing) -> EventKind {
        EventKind::of(b.event.data.kind.as_deref())
    }

    /// The kind every one of `briefings` shares (see [`EventKind::common`]).
    pub fn of_briefings(briefings: &[&Briefing]) -> EventKind {
        EventKind::common(briefings.iter().map(|b| b.event.data.kind.as_deref()))
    }

    /// The kind several events share (an archive's, a report's), else the neutral one.
    pub fn common<'a>(typed: impl IntoIterator<Item = Option<&'a str>>) -> EventKind {
        let mut kinds = typed.into_iter().map(EventKind::of);
        let Some(first) = kinds.next() else {
            return EventKind::Briefing;
        };
        if kinds.all(|k| k == first) {
            first
        } else {
            EventKind::Other
        }
    }
}

impl EventWords {
    /// The forms of `kind`.
    pub fn forms(&self, kind: EventKind) -> &EventForms {
        match kind {
            EventKind::Briefing => &self.briefing,
            EventKind::PressConference => &self.press_conference,
            EventKind::Conference => &self.conference,
            EventKind::RoundTable => &self.round_table,
            EventKind::Other => &self.other,
        }
    }
}

/// A locale file as written, its phrases still holding `{event.FORM}`.
fn raw(language: Language) -> &'static Locale {
    crate::documents::locale::raw(language)
}

/// `locale` with every phrase's `{event.FORM}` and `{Event.FORM}` filled with `kind`'s
/// forms.
pub fn filled(locale: &Locale, kind: EventKind) -> Locale {
    let forms = &locale.event.forms(kind).forms;
    let mut words = serde_json::to_value(&locale.words).expect("words serialise");
    fill_strings(&mut words, &|text| fill_forms(text, forms));
    let mut out = locale.clone();
    out.words = serde_json::from_value(words).expect("filled words deserialise");
    out
}

/// Calls `f` on every string inside `value`, replacing it.
fn fill_strings(value: &mut serde_json::Value, f: &dyn Fn(&str) -> String) {
    match value {
        serde_json::Value::String(s) => *s = f(s),
        serde_json::Value::Object(map) => map.values_mut().for_each(|v| fill_strings(v, f)),
        serde_json::Value::Array(list) => list.iter_mut().for_each(|v| fill_strings(v, f)),
        _ => {}
    }
}

/// `text` with its `{event.FORM}` placeholders replaced by `forms`, `{Event.FORM}` with
/// a capital first letter.
fn fill_forms(text: &str, forms: &BTreeMap<String, String>) -> String {
    let mut out = text.to_string();
    for (name, word) in forms {
        out = out.replace(&format!("{{event.{name}}}"), word);
        if out.contains("{Event.") {
            let mut chars = word.chars();
            let capital: String = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            out = out.replace(&format!("{{Event.{name}}}"), &capital);
        }
    }
    out
}

impl Language {
    /// The words and formats of this language, its phrases naming the event with the
    /// neutral word ("event", "мероприятие", "іс-шара"): for what speaks of no event in
    /// particular.
    pub fn locale(self) -> &'static Locale {
        self.locale_for(EventKind::Other)
    }

    /// The words and formats of this language, its phrases naming an event of `kind`.
    pub fn locale_for(self, kind: EventKind) -> &'static Locale {
        static FILLED: LazyLock<[[Locale; 5]; 3]> =
            LazyLock::new(|| Language::ALL.map(|l| EventKind::ALL.map(|k| filled(raw(l), k))));
        let k = EventKind::ALL
            .iter()
            .position(|k| *k == kind)
            .expect("every kind is in ALL");
        &FILLED[self as usize][k]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_recognised_as_users_type_them() {
        let cases = [
            (None, EventKind::Briefing),
            (Some("Press briefing"), EventKind::Briefing),
            (Some("Брифинг для прессы"), EventKind::Briefing),
            (Some("Баспасөз брифингі"), EventKind::Briefing),
            (Some("Conference"), EventKind::Conference),
            (Some("Международная конференция"), EventKind::Conference),
            (Some("Республикалық конференция"), EventKind::Conference),
            (Some("Press conference"), EventKind::PressConference),
            (Some("Пресс-конференция"), EventKind::PressConference),
            (Some("пресс конференция"), EventKind::PressConference),
            (Some("Баспасөз конференциясы"), EventKind::PressConference),
            (Some("Round-table discussion"), EventKind::RoundTable),
            (Some("Круглый стол"), EventKind::RoundTable),
            (Some("Дөңгелек үстел"), EventKind::RoundTable),
            (Some("Семинар"), EventKind::Other),
            (Some("Media tour"), EventKind::Other),
        ];
        for (typed, kind) in cases {
            assert_eq!(EventKind::of(typed), kind, "{typed:?}");
        }
    }

    #[test]
    fn events_of_several_kinds_share_the_neutral_word() {
        assert_eq!(
            EventKind::common([Some("Conference"), Some("Конференция")]),
            EventKind::Conference
        );
        assert_eq!(
            EventKind::common([None, Some("Conference")]),
            EventKind::Other
        );
        assert_eq!(EventKind::common([]), EventKind::Briefing);
    }

    #[test]
    fn every_phrase_is_filled_for_every_kind() {
        for language in Language::ALL {
            for kind in EventKind::ALL {
                let words = serde_json::to_string(&language.locale_for(kind).words).unwrap();
                for mark in ["{event.", "{Event."] {
                    assert!(
                        !words.contains(mark),
                        "{}: {kind:?} lacks a form: {words}",
                        language.code()
                    );
                }
            }
        }
    }

    /// Every string of `value` (its keys left out).
    fn collect(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Object(map) => map.values().for_each(|v| collect(v, out)),
            _ => {}
        }
    }

    #[test]
    fn a_conference_is_never_a_briefing() {
        for language in Language::ALL {
            for kind in [
                EventKind::Conference,
                EventKind::RoundTable,
                EventKind::PressConference,
                EventKind::Other,
            ] {
                let mut words = serde_json::to_value(&language.locale_for(kind).words).unwrap();
                // Printed only when a briefing gives no kind: then it is a briefing.
                words.as_object_mut().unwrap().remove("default_kind");
                let mut texts = Vec::new();
                collect(&words, &mut texts);
                let words = texts.join(" | ").to_lowercase();
                assert!(
                    !words.contains("брифинг") && !words.contains("briefing"),
                    "{}: {kind:?}: {words}",
                    language.code()
                );
            }
        }
        let kk = Language::Kk.locale_for(EventKind::RoundTable);
        assert_eq!(kk.words.more["agenda"], "Дөңгелек үстел бағдарламасы");
        let ru = Language::Ru.locale_for(EventKind::Conference);
        assert_eq!(ru.words.more["agenda"], "Программа конференции");
    }
}

//! The donor report's numbers, computed in this one place from the briefings alone: a
//! pure function, so the report's PDF and CSV can never disagree, and its tests need no
//! archive.

use std::collections::BTreeMap;

use crate::documents::locale::Language;
use crate::input::briefing::OutletKind;
use crate::input::model::Briefing;

/// What a set of briefings reached.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Indicators {
    /// Briefings held.
    pub briefings: u64,
    /// People present, summed over the briefings.
    pub journalists: u64,
    /// Whether some outlet that came did not say how many people it sent (then
    /// `journalists` is a lower bound).
    pub journalists_unknown: bool,
    /// Distinct outlets that came to at least one briefing, with how many each attended,
    /// in order of first appearance.
    pub outlets: Vec<OutletReached>,
    /// Pieces published (`[[coverage]]`).
    pub pieces: u64,
    /// Total reach of the pieces whose reach is known.
    pub reach: u64,
    /// How many pieces give their reach.
    pub pieces_with_reach: u64,
    /// Per language of the briefing, in [`Language::ALL`] order, those with any briefing.
    pub by_language: Vec<(Language, Tally)>,
    /// Per kind of outlet, in [`OutletKind::ALL`] order, those with anything.
    pub by_kind: Vec<(OutletKind, Tally)>,
}

/// One distinct outlet: its name as first written, and the briefings it came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutletReached {
    /// The name, trimmed, as the first briefing that lists it writes it.
    pub name: String,
    /// Briefings it came to.
    pub briefings: u64,
}

/// The counts of one language or one kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Briefings held (by language); briefings some outlet of the kind came to (by kind).
    pub briefings: u64,
    /// People present.
    pub journalists: u64,
    /// Whether some of them are not counted.
    pub journalists_unknown: bool,
    /// Distinct outlets present.
    pub outlets: u64,
    /// Pieces published (by kind: pieces whose kind, given or their outlet's, is this).
    pub pieces: u64,
}

impl Indicators {
    /// Outlets that came to more than one briefing.
    pub fn outlets_reached_again(&self) -> u64 {
        self.outlets.iter().filter(|o| o.briefings > 1).count() as u64
    }
}

/// The key an outlet is counted under: its name trimmed and case folded.
pub fn outlet_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Computes the indicators of `briefings`.
pub fn compute(briefings: &[&Briefing]) -> Indicators {
    let mut out = Indicators::default();
    let mut index: BTreeMap<String, usize> = BTreeMap::new();
    let mut languages: BTreeMap<usize, (Tally, Vec<String>)> = BTreeMap::new();
    let mut kinds: BTreeMap<usize, (Tally, Vec<String>)> = BTreeMap::new();
    for b in briefings {
        out.briefings += 1;
        let lang = Language::ALL
            .iter()
            .position(|l| *l == b.event.language)
            .unwrap_or(0);
        let (by_lang, lang_outlets) = languages.entry(lang).or_default();
        by_lang.briefings += 1;
        let mut seen_here: Vec<String> = Vec::new();
        let mut kinds_here: Vec<usize> = Vec::new();
        for o in b.attendance.iter().filter(|o| o.present) {
            let people = u64::from(o.people);
            let unknown = !o.people_known;
            out.journalists += people;
            out.journalists_unknown |= unknown;
            by_lang.journalists += people;
            by_lang.journalists_unknown |= unknown;
            let key = outlet_key(&o.name);
            let kind = kind_position(o.kind);
            let (by_kind, kind_outlets) = kinds.entry(kind).or_default();
            by_kind.journalists += people;
            by_kind.journalists_unknown |= unknown;
            if !kinds_here.contains(&kind) {
                kinds_here.push(kind);
                by_kind.briefings += 1;
            }
            if !kind_outlets.contains(&key) {
                kind_outlets.push(key.clone());
                by_kind.outlets += 1;
            }
            if !lang_outlets.contains(&key) {
                lang_outlets.push(key.clone());
                by_lang.outlets += 1;
            }
            if seen_here.contains(&key) {
                continue;
            }
            seen_here.push(key.clone());
            let at = *index.entry(key).or_insert_with(|| {
                out.outlets.push(OutletReached {
                    name: o.name.trim().to_string(),
                    briefings: 0,
                });
                out.outlets.len() - 1
            });
            out.outlets[at].briefings += 1;
        }
        for piece in &b.coverage {
            out.pieces += 1;
            by_lang.pieces += 1;
            if let Some(reach) = piece.reach {
                out.reach += reach;
                out.pieces_with_reach += 1;
            }
            if let Some(kind) = piece.kind {
                kinds.entry(kind_position(kind)).or_default().0.pieces += 1;
            }
        }
    }
    out.by_language = languages
        .into_iter()
        .map(|(l, (t, _))| (Language::ALL[l], t))
        .collect();
    out.by_kind = kinds
        .into_iter()
        .map(|(k, (t, _))| (OutletKind::ALL[k], t))
        .collect();
    out
}

/// Where a kind stands in [`OutletKind::ALL`].
fn kind_position(kind: OutletKind) -> usize {
    OutletKind::ALL
        .iter()
        .position(|k| *k == kind)
        .unwrap_or(OutletKind::ALL.len() - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn briefing(language: &str, attendance: &str, coverage: &str) -> Briefing {
        let text = format!(
            "format = 1\n[organization]\nname = \"O\"\n[event]\ntitle = \"T\"\ndate = 2017-01-10\nlanguage = \"{language}\"\n{attendance}\n{coverage}\n"
        );
        crate::input::model::validate(crate::input::briefing::Source {
            path: "x.toml".into(),
            text,
        })
        .unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn counts_outlets_once_by_folded_name_and_people_as_at_least() {
        let a = briefing(
            "en",
            "[[attendance]]\noutlet = \"Caravan\"\nkind = \"online\"\npeople = 2\n[[attendance]]\noutlet = \"Vremya\"\nkind = \"print\"\n[[attendance]]\noutlet = \"Absent\"\nkind = \"radio\"\npresent = false",
            "[[coverage]]\noutlet = \"Caravan\"\nheadline = \"H\"\ndate = 2017-01-11\nreach = 1000",
        );
        let b = briefing(
            "ru",
            "[[attendance]]\noutlet = \" caravan \"\nkind = \"online\"\npeople = 3",
            "[[coverage]]\noutlet = \"X\"\nheadline = \"H\"\ndate = 2017-01-11\nkind = \"television\"\n[[coverage]]\noutlet = \"caravan\"\nheadline = \"G\"\ndate = 2017-01-12\nreach = 500",
        );
        let i = compute(&[&a, &b]);
        assert_eq!(i.briefings, 2);
        assert_eq!((i.journalists, i.journalists_unknown), (6, true));
        assert_eq!(
            i.outlets,
            [
                OutletReached {
                    name: "Caravan".into(),
                    briefings: 2
                },
                OutletReached {
                    name: "Vremya".into(),
                    briefings: 1
                }
            ]
        );
        assert_eq!(i.outlets_reached_again(), 1);
        assert_eq!((i.pieces, i.reach, i.pieces_with_reach), (3, 1500, 2));
        assert_eq!(i.by_language[0].0, Language::En);
        assert_eq!(i.by_language[1].1.journalists, 3);
        assert_eq!(i.by_language[1].1.pieces, 2);
        let online = &i
            .by_kind
            .iter()
            .find(|(k, _)| *k == OutletKind::Online)
            .unwrap()
            .1;
        assert_eq!(
            (
                online.briefings,
                online.outlets,
                online.journalists,
                online.pieces
            ),
            (2, 1, 5, 2)
        );
        assert!(!i.by_kind.iter().any(|(k, _)| *k == OutletKind::Radio));
    }
}

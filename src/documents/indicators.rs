//! The donor report's numbers, computed in this one place from the briefings alone: a
//! pure function, so the report's PDF and CSV can never disagree, and its tests need no
//! archive.

use std::collections::BTreeMap;

use crate::input::briefing::OutletKind;
use crate::input::model::{Briefing, Outlet, Piece};
use crate::vocab::Language;

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
    /// Per language, in [`Language::ALL`] order: briefings, their people and outlets by
    /// the briefing's language, pieces by their own (`language`, else the briefing's).
    pub by_language: Vec<(Language, Tally)>,
    /// Per kind of outlet, in [`OutletKind::ALL`] order, those with anything.
    pub by_kind: Vec<(OutletKind, Tally)>,
    /// When some briefing is told in several languages (its translations archived with
    /// it): per language, in [`Language::ALL`] order, the briefings with documents in
    /// it, each counted once however many languages it has; empty otherwise.
    pub documents_in: Vec<(Language, u64)>,
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

/// The key an outlet is counted under: [`crate::input::outlets::key`], so that one
/// outlet written in Cyrillic at one briefing and in Latin at another is counted once.
pub fn outlet_key(name: &str) -> String {
    crate::input::outlets::key(name)
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
        let here = Attendance::of(&b.attendance);
        out.journalists += here.people_present;
        out.journalists_unknown |= here.people_present_unknown;
        by_lang.journalists += here.people_present;
        by_lang.journalists_unknown |= here.people_present_unknown;
        for kind in OutletKind::ALL {
            let of_kind = Attendance::of(b.attendance.iter().filter(|o| o.kind == kind));
            if of_kind.outlets_present == 0 {
                continue;
            }
            let (by_kind, _) = kinds.entry(kind_position(kind)).or_default();
            by_kind.briefings += 1;
            by_kind.journalists += of_kind.people_present;
            by_kind.journalists_unknown |= of_kind.people_present_unknown;
        }
        let mut seen_here: Vec<String> = Vec::new();
        for o in b.attendance.iter().filter(|o| o.present) {
            let key = outlet_key(&o.name);
            let (by_kind, kind_outlets) = kinds.entry(kind_position(o.kind)).or_default();
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
        let reach = Reach::of(&b.coverage);
        out.pieces += reach.pieces;
        out.reach += reach.known;
        out.pieces_with_reach += reach.with_reach;
        for piece in &b.coverage {
            let written_in = piece_language(piece).unwrap_or(b.event.language);
            let at = Language::ALL
                .iter()
                .position(|l| *l == written_in)
                .unwrap_or(0);
            languages.entry(at).or_default().0.pieces += 1;
        }
        for piece in &b.coverage {
            kinds
                .entry(kind_position(piece_kind(piece)))
                .or_default()
                .0
                .pieces += 1;
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
    if briefings.iter().any(|b| !b.translations.is_empty()) {
        out.documents_in = Language::ALL
            .iter()
            .map(|l| {
                let told = briefings.iter().filter(|b| b.languages().contains(l));
                (*l, told.count() as u64)
            })
            .filter(|(_, count)| *count > 0)
            .collect();
    }
    out
}

/// The outlets and people of some outlets (a briefing's, or those of one kind), registered
/// and present: the one place attendance is counted, for the attendance summary, the
/// archive's index and the report alike.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Attendance {
    /// Outlets that came.
    pub outlets_present: u64,
    /// Outlets registered.
    pub outlets_registered: u64,
    /// People who came.
    pub people_present: u64,
    /// People registered.
    pub people_registered: u64,
    /// Whether some outlet that came did not say how many people it sent.
    pub people_present_unknown: bool,
    /// Whether some registered outlet did not say how many people it sends.
    pub people_registered_unknown: bool,
}

impl Attendance {
    /// The attendance of `outlets`.
    pub fn of<'a>(outlets: impl IntoIterator<Item = &'a Outlet>) -> Self {
        let mut counted = Self::default();
        for outlet in outlets {
            let people = u64::from(outlet.people);
            counted.outlets_registered += 1;
            counted.people_registered += people;
            counted.people_registered_unknown |= !outlet.people_known;
            if outlet.present {
                counted.outlets_present += 1;
                counted.people_present += people;
                counted.people_present_unknown |= !outlet.people_known;
            }
        }
        counted
    }
}

/// The pieces of some coverage and their known reach: counted here for the summary and
/// the report alike.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reach {
    /// Pieces.
    pub pieces: u64,
    /// The reach of those that give it, summed.
    pub known: u64,
    /// How many give their reach.
    pub with_reach: u64,
}

impl Reach {
    /// The reach of `pieces`.
    pub fn of(pieces: &[Piece]) -> Self {
        let mut reach = Self::default();
        for piece in pieces {
            reach.pieces += 1;
            if let Some(n) = piece.reach {
                reach.known += n;
                reach.with_reach += 1;
            }
        }
        reach
    }

    /// Whether every piece gives its reach (else `known` is a lower bound).
    pub fn complete(&self) -> bool {
        self.with_reach == self.pieces
    }
}

/// The language a piece is written in, when its `language` names one of the report's.
pub fn piece_language(piece: &Piece) -> Option<Language> {
    Language::from_code(&piece.language.as_deref()?.trim().to_lowercase())
}

/// The kind a piece is counted under: as written or its outlet's, else "other".
pub fn piece_kind(piece: &Piece) -> OutletKind {
    piece.kind.unwrap_or(OutletKind::Other)
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
        // None again with one briefing; both again when b is counted twice (mutants of
        // the count that returned a constant survived the line above alone).
        assert_eq!(compute(&[&a]).outlets_reached_again(), 0);
        let twice = compute(&[&a, &b, &b]);
        assert_eq!(twice.outlets_reached_again(), 1);
        assert_eq!(twice.outlets[0].briefings, 3);
        let briefings_by_language: Vec<u64> =
            i.by_language.iter().map(|(_, t)| t.briefings).collect();
        assert_eq!(briefings_by_language, [1, 1]);
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

    #[test]
    fn the_summary_s_counts_and_the_report_s_agree() {
        let b = briefing(
            "kk",
            "[[attendance]]\noutlet = \"Хабар\"\nkind = \"television\"\npeople = 2\n[[attendance]]\noutlet = \"Egemen\"\nkind = \"print\"\n[[attendance]]\noutlet = \"Away\"\nkind = \"print\"\npeople = 4\npresent = false",
            "[[coverage]]\noutlet = \"Blog\"\nheadline = \"H\"\ndate = 2017-01-11\nreach = 10\n[[coverage]]\noutlet = \"Хабар\"\nheadline = \"G\"\ndate = 2017-01-12",
        );
        let counted = Attendance::of(&b.attendance);
        assert_eq!(
            (
                counted.outlets_present,
                counted.outlets_registered,
                counted.people_present,
                counted.people_registered
            ),
            (2, 3, 3, 7)
        );
        assert!(counted.people_present_unknown && counted.people_registered_unknown);
        let i = compute(&[&b]);
        assert_eq!(
            (i.journalists, i.journalists_unknown, i.outlets.len() as u64),
            (
                counted.people_present,
                counted.people_present_unknown,
                counted.outlets_present
            )
        );
        let reach = Reach::of(&b.coverage);
        assert_eq!((reach.pieces, reach.known, reach.with_reach), (2, 10, 1));
        assert!(!reach.complete());
        // A piece of an outlet that did not come and no kind of its own: "other", in the
        // summary and the report alike; one linked to an outlet that came takes its kind.
        let kind_pieces = |k: OutletKind| {
            i.by_kind
                .iter()
                .find(|(kind, _)| *kind == k)
                .map_or(0, |(_, t)| t.pieces)
        };
        assert_eq!(kind_pieces(OutletKind::Other), 1);
        assert_eq!(kind_pieces(OutletKind::Television), 1);
        assert_eq!(piece_kind(&b.coverage[0]), OutletKind::Other);
    }
}

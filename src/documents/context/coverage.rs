//! A briefing's coverage as the templates print it: each piece, and what the pieces add
//! up to (by kind of outlet and language, their reach, which outlets came and published).

use serde::Serialize;

use crate::documents::indicators::{Reach, piece_kind};
use crate::documents::locale::{Locale, fill};
use crate::input::briefing::OutletKind;
use crate::input::model::Briefing;

/// A name and how many times it counts.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Tally {
    /// What is counted.
    pub name: String,
    /// How many.
    pub count: usize,
}

/// What a briefing's coverage adds up to, for the attendance summary.
#[derive(Debug, Serialize, Default, PartialEq, Eq)]
pub struct CoverageTotals {
    /// How many pieces.
    pub pieces: usize,
    /// The reach of the pieces that give one, with digit groups; "at least" when some
    /// do not.
    pub reach: Option<String>,
    /// Pieces by kind of outlet, in the summaries' order of kinds (`Other` for a piece
    /// whose kind is not known).
    pub by_kind: Vec<Tally>,
    /// Pieces by language, in the order first met.
    pub by_language: Vec<Tally>,
    /// Outlets that came and published, in the coverage's order.
    pub came_and_published: Vec<String>,
    /// Outlets that published without coming (or without registering).
    pub published_without_coming: Vec<String>,
}

/// Adds up a briefing's coverage: pieces by kind and language, reach, and which outlets
/// that came published.
pub fn coverage_totals(b: &Briefing, locale: &Locale) -> CoverageTotals {
    let reach = Reach::of(&b.coverage);
    let mut totals = CoverageTotals {
        pieces: b.coverage.len(),
        ..CoverageTotals::default()
    };
    if b.coverage.is_empty() {
        return totals;
    }
    for kind in OutletKind::ALL {
        let n = b.coverage.iter().filter(|p| piece_kind(p) == kind).count();
        if n > 0 {
            totals.by_kind.push(Tally {
                name: locale.kind(kind).to_string(),
                count: n,
            });
        }
    }
    for piece in &b.coverage {
        let Some(code) = piece.language.as_deref() else {
            continue;
        };
        let name = locale.language_name(&code.trim().to_lowercase());
        match totals.by_language.iter_mut().find(|t| t.name == name) {
            Some(tally) => tally.count += 1,
            None => totals.by_language.push(Tally { name, count: 1 }),
        }
    }
    if reach.with_reach > 0 {
        let number = locale.number(reach.known);
        totals.reach = Some(if reach.complete() {
            number
        } else {
            fill(&locale.words.at_least, &[("count", &number)])
        });
    }
    // Who came is not known while attendance is not recorded: no split then.
    let pieces = if b.attendance_recorded() {
        b.coverage.as_slice()
    } else {
        &[]
    };
    for piece in pieces {
        let came = piece.outlet_index.is_some_and(|i| b.attendance[i].present);
        let list = if came {
            &mut totals.came_and_published
        } else {
            &mut totals.published_without_coming
        };
        let name = piece.outlet.trim().to_string();
        if !list.iter().any(|n| n.to_lowercase() == name.to_lowercase()) {
            list.push(name);
        }
    }
    totals
}

/// A published piece.
#[derive(Debug, Serialize)]
pub struct PieceContext<'a> {
    /// Outlet.
    pub outlet: &'a str,
    /// Headline.
    pub headline: &'a str,
    /// Publication date in words.
    pub date: String,
    /// Kind of outlet, in words.
    pub kind: Option<&'a str>,
    /// Link: a web address (`http`, `https`) only, so that a template may link it.
    pub url: Option<&'a str>,
    /// Language, in words.
    pub language: Option<String>,
    /// Audience estimate, with digit groups.
    pub reach: Option<String>,
    /// Note.
    pub note: Option<&'a str>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coverage_adds_up_by_kind_language_and_who_came() {
        let text = r#"format = 1
[organization]
name = "Org"
[event]
title = "T"
date = 2016-12-22
[[attendance]]
outlet = "Caravan"
kind = "print"
[[attendance]]
outlet = "Khabar"
kind = "television"
present = false
[[coverage]]
outlet = "caravan"
headline = "A"
date = 2016-12-23
reach = 12000
language = "ru"
[[coverage]]
outlet = "Caravan"
headline = "B"
date = 2016-12-24
language = "RU"
[[coverage]]
outlet = "Khabar"
headline = "C"
date = 2016-12-23
reach = 500
language = "kk"
[[coverage]]
outlet = "Tengrinews"
headline = "D"
date = 2016-12-25
kind = "online"
"#;
        let b = crate::input::model::validate(crate::input::briefing::Source {
            path: "b.toml".into(),
            text: text.into(),
        })
        .unwrap();
        let t = coverage_totals(&b, crate::vocab::Language::En.locale());
        assert_eq!(t.pieces, 4);
        assert_eq!(
            t.reach.as_deref(),
            Some("at least 12,500"),
            "one piece has no reach"
        );
        let tally = |v: &[Tally]| {
            v.iter()
                .map(|t| (t.name.clone(), t.count))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            tally(&t.by_kind),
            [
                ("Television".into(), 1),
                ("Print".into(), 2),
                ("Online".into(), 1)
            ]
        );
        assert_eq!(
            tally(&t.by_language),
            [("Russian".into(), 2), ("Kazakh".into(), 1)]
        );
        assert_eq!(t.came_and_published, ["caravan"]);
        assert_eq!(t.published_without_coming, ["Khabar", "Tengrinews"]);
    }
}

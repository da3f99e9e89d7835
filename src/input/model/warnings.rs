//! What a valid briefing likely has wrong: a coverage outlet that nearly names one that
//! came, an advisory with no way to register, a dateline typed in the body, a long
//! headline. Each is a located warning; the documents are made all the same.

use crate::diagnostic::Diagnostic;
use crate::input::briefing::{self, at};
use crate::input::model::resolved::{Briefing, dateline_city};
use crate::messages::input::Input;

/// Warnings for coverage rows whose outlet is no `[[attendance]]` outlet's name but nearly
/// is (`Caravan` and `caravan.kz`, `Хабар` and `Телеканал «Хабар»`): such a piece is
/// counted as published without coming, which is likely wrong. Each names both places.
pub fn coverage_near_misses(briefing: &Briefing) -> Vec<Diagnostic> {
    /// Letters and digits only, lower case: `Телеканал «Хабар»` is `телеканалхабар`.
    fn bare(name: &str) -> String {
        name.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    }
    let text = &briefing.source.text;
    let mut warnings = Vec::new();
    for (i, piece) in briefing.coverage.iter().enumerate() {
        if piece.outlet_index.is_some() {
            continue;
        }
        let published = bare(&piece.outlet);
        let near = briefing.attendance.iter().position(|o| {
            let came = bare(&o.name);
            let (short, long) = if came.len() < published.len() {
                (&came, &published)
            } else {
                (&published, &came)
            };
            short.chars().count() >= 3
                && (long.contains(short.as_str())
                    || strsim::normalized_levenshtein(&came, &published) >= 0.8)
        });
        let Some(o) = near else {
            continue;
        };
        let path = at("coverage").index(i).key("outlet");
        let there = at("attendance")
            .index(briefing.attendance[o].row)
            .key("outlet");
        let line = crate::diagnostic::Location::of_span(text, briefing::span_of(text, &there)).line;
        warnings.push(
            briefing
                .source
                .error_at(
                    briefing::span_of(text, &path),
                    Input::CoverageNearMiss {
                        path: path.to_string(),
                        outlet: piece.outlet.clone(),
                        near: briefing.attendance[o].name.clone(),
                        line: line.to_string(),
                    },
                )
                .warning()
                .with_hint(Input::CoverageNearMissHint {
                    there: there.to_string(),
                    near: briefing.attendance[o].name.clone(),
                }),
        );
    }
    warnings
}

/// A warning when the media advisory would give journalists no way to register: no
/// phone or email in the advisory's contact, the release's or the organisation's.
pub fn no_way_to_register(briefing: &Briefing) -> Option<Diagnostic> {
    let reachable = |c: &briefing::Contact| {
        [&c.email, &c.phone]
            .into_iter()
            .any(|v| v.as_deref().is_some_and(|t| !t.trim().is_empty()))
    };
    let org = &briefing.organization.data;
    let any = briefing.accreditation_contact().is_some_and(reachable)
        || [&org.email, &org.phone]
            .into_iter()
            .any(|v| v.as_deref().is_some_and(|t| !t.trim().is_empty()));
    if any {
        return None;
    }
    let text = &briefing.source.text;
    let path = if briefing::span_of(text, &at("advisory")) != (0..0) {
        at("advisory")
    } else {
        at("organization")
    };
    let span = briefing::span_of(text, &path);
    let span = span.start..span.start;
    Some(
        briefing
            .source
            .error_at(span, Input::NoWayToRegister)
            .warning()
            .with_hint(Input::NoWayToRegisterHint {
                line: "contact = { name = \"…\", phone = \"…\", email = \"…\" }".into(),
            }),
    )
}

/// A warning when the release's first paragraph opens with a dateline of its own: the
/// documents print theirs and leave the typed one out.
pub fn typed_dateline(briefing: &Briefing) -> Option<Diagnostic> {
    let first = briefing.release.as_ref()?.body.first()?;
    let lead = crate::typography::typed_dateline(first, dateline_city(briefing))?;
    let path = at("release").key("body").index(0);
    let span = briefing::span_of(&briefing.source.text, &path);
    Some(
        briefing
            .source
            .error_at(
                span.start..span.start,
                Input::TypedDateline {
                    path: path.to_string(),
                    lead: first[..lead].trim_end().to_string(),
                },
            )
            .warning()
            .with_hint(Input::TypedDatelineHint),
    )
}

/// Headlines past this many characters are warned of: a headline is read at a glance, and
/// `init`'s skeleton asks for under a hundred.
pub const LONG_HEADLINE: usize = 150;

/// A warning at `release.headline` when it is longer than [`LONG_HEADLINE`] characters.
pub fn long_headline(briefing: &Briefing) -> Option<Diagnostic> {
    let headline = &briefing.release.as_ref()?.headline;
    let length = headline.chars().count();
    if length <= LONG_HEADLINE {
        return None;
    }
    let path = at("release").key("headline");
    let span = briefing::span_of(&briefing.source.text, &path);
    Some(
        briefing
            .source
            .error_at(span.start..span.start, Input::LongHeadline { length })
            .warning()
            .with_hint(Input::LongHeadlineHint),
    )
}

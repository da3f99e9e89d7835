//! Warnings about a briefing that its documents raise: what `check` and `build` tell
//! the author without refusing the file (an outlet written twice, presence recorded on
//! some rows only, a web address that cannot become a link, an accreditation deadline
//! after the event, an interpretation language presskit cannot name).

use crate::diagnostic::Diagnostic;
use crate::input::briefing::{self, KeyPath, at};
use crate::input::links::{path_key, scheme, web_link};
use crate::input::model::Briefing;
use crate::input::translation::Translated;
use crate::messages::documents::Documents;
use crate::messages::input::Input;
use crate::vocab::Language;

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
        let hint = Documents::KeepOneRowPerOutlet;
        warnings.push(
            briefing
                .source
                .error_at(
                    again_span.clone(),
                    Documents::OutletWrittenAgain {
                        path: again_path.to_string(),
                        name: again_name.to_string(),
                        first: first_name.to_string(),
                        line: line_of(first_span.clone()),
                    },
                )
                .warning()
                .with_hint(hint.clone()),
        );
        warnings.push(
            briefing
                .source
                .error_at(
                    first_span,
                    Documents::OutletWrittenAgainAt {
                        path: first_path.to_string(),
                        name: first_name.to_string(),
                        again: again_name.to_string(),
                        line: line_of(again_span),
                    },
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
                    Documents::PresenceNotRecorded {
                        path: path.to_string(),
                        name: o.name.clone(),
                    },
                )
                .warning()
                .with_hint(Documents::WritePresence)
        })
        .collect()
}

/// A warning at each web address of the briefing (websites, reports' and coverage
/// links) written with another scheme than `http` or `https`: it is printed as text and
/// never becomes a link.
pub fn link_warnings(b: &Briefing) -> Vec<Diagnostic> {
    let mut values: Vec<(KeyPath, &str)> = Vec::new();
    if let Some(website) = &b.organization.data.website {
        values.push((at("organization").key("website"), website.as_str()));
    }
    for (i, r) in b.reports.iter().enumerate() {
        if let Some(url) = &r.url {
            values.push((at("reports").index(i).key("url"), url.as_str()));
        }
    }
    for (i, o) in b.attendance.iter().enumerate() {
        if let Some(website) = &o.website {
            values.push((at("attendance").index(i).key("website"), website.as_str()));
        }
    }
    for (i, p) in b.coverage.iter().enumerate() {
        if let Some(url) = &p.url {
            values.push((at("coverage").index(i).key("url"), url.as_str()));
        }
    }
    values
        .into_iter()
        .filter(|(_, v)| web_link(v).is_none())
        .filter_map(|(path, value)| {
            let scheme = scheme(value)?;
            let span = briefing::span_of(&b.source.text, &path);
            Some(
                b.source
                    .error_at(
                        span,
                        Documents::NotAWebAddress {
                            path: path.to_string(),
                            scheme: scheme.to_string(),
                        },
                    )
                    .warning()
                    .with_hint(Documents::WriteWebAddress {
                        key: path_key(&path).to_string(),
                    }),
            )
        })
        .collect()
}

/// Warnings from the marks the tents' template leaves, each speaker's text once though
/// both faces mark it: at the `role` whose tent prints it shortened (`kind =
/// "tent-role-cut"`, with how many characters fit), and at the `name` set below capitals
/// of 12 mm (`"tent-name-small"`, with its size in tenths of a millimetre and the word
/// too wide, if that is why). Each is told where its text was written: the briefing's
/// own language at the briefing's key, a translation's at the translation's.
pub fn tent_warnings(
    b: &Briefing,
    translations: &[Translated],
    marks: &[serde_json::Value],
) -> Vec<Diagnostic> {
    let mut seen: Vec<(&str, usize, &str)> = Vec::new();
    let mut warnings = Vec::new();
    for mark in marks {
        let kind = mark["kind"].as_str().unwrap_or_default();
        let Some(speaker) = mark["speaker"]
            .as_u64()
            .and_then(|s| usize::try_from(s).ok())
            .filter(|s| *s < b.speakers.len())
        else {
            continue;
        };
        let lang = mark["lang"].as_str().unwrap_or_default();
        if !matches!(kind, "tent-role-cut" | "tent-name-small")
            || seen.contains(&(kind, speaker, lang))
        {
            continue;
        }
        seen.push((kind, speaker, lang));
        let key = if kind == "tent-role-cut" {
            "role"
        } else {
            "name"
        };
        let target = at("speakers").index(speaker).key(key);
        let translation = translations
            .iter()
            .filter(|t| t.translation.language.code() == lang)
            .find_map(|t| {
                let given = t.translation.texts.iter().find(|g| g.target == target)?;
                Some((t, given.at.clone()))
            });
        let (source, path, speakers) = match &translation {
            Some((t, path)) => (&t.translation.source, path.clone(), &t.briefing.speakers),
            None => (&b.source, target, &b.speakers),
        };
        let span = briefing::span_of(&source.text, &path);
        let warning = if kind == "tent-role-cut" {
            let fits = mark["fits"].as_u64().and_then(|f| usize::try_from(f).ok());
            let Some(fits) = fits else { continue };
            source
                .error_at(
                    span,
                    Documents::TentRoleShortened {
                        key: path.to_string(),
                        length: speakers[speaker].role.chars().count(),
                        fits,
                    },
                )
                .with_hint(Documents::TentRoleShortenedHint { fits })
        } else {
            let tenths = mark["tenths"].as_u64().unwrap_or_default();
            let mm = usize::try_from(tenths / 10).unwrap_or_default();
            let message = source.error_at(
                span,
                Documents::TentNameSmall {
                    key: path.to_string(),
                    mm,
                },
            );
            match mark["word"].as_str() {
                Some(word) => message.with_hint(Documents::TentNameSmallWordHint {
                    word: word.to_string(),
                }),
                None => message.with_hint(Documents::TentNameSmallFaceHint),
            }
        };
        warnings.push(warning.warning());
    }
    warnings
}

/// Warnings at the media advisory's keys: an accreditation deadline after the event has
/// started (journalists would be asked to register too late), and an interpretation
/// code presskit has no name for, which the advisory prints in capitals (`uz` once
/// printed `UZ`).
pub fn advisory_warnings(b: &Briefing) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    let text = &b.source.text;
    let event = &b.event;
    if let Some(deadline) = b.advisory.deadline {
        let late = deadline.date > event.date
            || (deadline.date == event.date
                && matches!((deadline.time, event.time), (Some(d), Some(e)) if d > e));
        if late {
            let path = at("advisory").key("deadline");
            let locale = event.language.locale();
            let start = match event.time {
                Some(t) => format!("{}, {}", locale.date(event.date), locale.time(t)),
                None => locale.date(event.date),
            };
            warnings.push(
                b.source
                    .error_at(
                        briefing::span_of(text, &path),
                        Input::AtKey {
                            key: path.to_string(),
                            what: Box::new(Documents::LateDeadline { start }.into()),
                        },
                    )
                    .warning()
                    .with_hint(Documents::LateDeadlineHint {
                        day: event.date.day_before().to_string(),
                    }),
            );
        }
    }
    let names = &event.language.locale().words.language_names;
    for (i, code) in b.advisory.interpretation.iter().enumerate() {
        if names.get(code).is_some() {
            continue;
        }
        let path = at("advisory").key("interpretation").index(i);
        let known = crate::documents::locale::LanguageNames::CODES.join(", ");
        // `kz` is Kazakhstan's country code, not its language's.
        let meant = (code.eq_ignore_ascii_case("kz")).then(|| Input::DidYouMean {
            name: Language::Kk.code().into(),
        });
        let mut warning = b
            .source
            .error_at(
                briefing::span_of(text, &path),
                Input::AtKey {
                    key: path.to_string(),
                    what: Box::new(
                        Documents::UnnamedLanguage {
                            code: code.clone(),
                            printed: code.to_uppercase(),
                        }
                        .into(),
                    ),
                },
            )
            .warning();
        if let Some(meant) = meant {
            warning = warning.with_hint(meant);
        }
        warnings.push(warning.with_hint(Documents::UnnamedLanguageHint { codes: known }));
    }
    warnings
}

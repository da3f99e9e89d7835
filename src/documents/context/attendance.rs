//! Who registered and who came, as the templates print it: totals and rows by kind of
//! outlet, with "at least N" where a count is not known, the outlets, and the rows of
//! the sign-in sheet.

use serde::Serialize;

use super::text::join;
use crate::documents::indicators::Attendance;
use crate::documents::locale::{Locale, fill};
use crate::input::briefing::OutletKind;
use crate::input::model::Outlet;

/// Attendance, counted.
#[derive(Debug, Serialize)]
pub struct AttendanceContext<'a> {
    /// Whether there is any attendance data.
    pub any: bool,
    /// While no outlet's presence is recorded (format 2), what the summary says in place
    /// of the counts: attendance not recorded yet, and the registrations.
    pub not_recorded: Option<String>,
    /// Totals.
    pub total: Counts,
    /// One row per kind that has any outlet.
    pub by_kind: Vec<KindRow<'a>>,
    /// "of 10" under the outlets that came: the registered outlets, in a label form.
    pub outlets_out_of: String,
    /// "of at least 12" under the people who came.
    pub people_out_of: String,
    /// Whether some registered outlet did not come (listed apart from those that came).
    pub no_shows: bool,
    /// Every outlet, as listed.
    pub outlets: Vec<OutletContext<'a>>,
    /// The names of the outlets that came, in list order, for the news item.
    pub came: Vec<&'a str>,
    /// The sign-in sheet's pre-filled rows: one per expected journalist, in list order.
    pub sign_in: Vec<SignInRow<'a>>,
    /// The largest registered people count of a kind, for scaling the chart.
    pub chart_max: u64,
}

/// Outlets and people, present and registered ([`Attendance`], flattened: templates
/// read `outlets_present` and the rest beside the labels), with the people printed.
#[derive(Debug, Default, Serialize, Clone)]
pub struct Counts {
    /// The counts.
    #[serde(flatten)]
    pub counted: Attendance,
    /// People who came, as printed: "at least 7" when some count is not known.
    pub people_present_label: String,
    /// People registered, as printed.
    pub people_registered_label: String,
}

impl Counts {
    /// The counts of `attendance`, their people printed in `locale`'s words.
    fn new(counted: Attendance, locale: &Locale) -> Self {
        Self {
            counted,
            ..Self::default()
        }
        .labelled(locale)
    }

    /// Fills the printed counts of people: "at least N" where a count is not known.
    fn labelled(mut self, locale: &Locale) -> Self {
        let label = |n: u64, unknown: bool| crate::documents::locale::at_least(n, unknown, locale);
        let c = self.counted;
        self.people_present_label = label(c.people_present, c.people_present_unknown);
        self.people_registered_label = label(c.people_registered, c.people_registered_unknown);
        self
    }
}

/// Counts for one kind of media.
#[derive(Debug, Serialize)]
pub struct KindRow<'a> {
    /// Kind name in the briefing's language.
    pub kind: &'a str,
    /// Counts.
    #[serde(flatten)]
    pub counts: Counts,
}

/// One outlet.
#[derive(Debug, Serialize)]
pub struct OutletContext<'a> {
    /// Name.
    pub name: &'a str,
    /// Kind name.
    pub kind: &'a str,
    /// People, or nothing when the briefing does not say.
    pub people: Option<u32>,
    /// Whether they came.
    pub present: bool,
    /// Whether whether they came is recorded (a no-show only then).
    pub recorded: bool,
    /// Programme and website, joined.
    pub details: Option<String>,
    /// Journalists, joined.
    pub journalists: Option<String>,
}

/// A pre-filled row of the sign-in sheet.
#[derive(Debug, Serialize)]
pub struct SignInRow<'a> {
    /// The journalist's name, when the briefing lists it.
    pub name: Option<&'a str>,
    /// The outlet.
    pub outlet: &'a str,
}

/// One row per journalist an outlet registered: its named journalists, then unnamed rows
/// up to its `people`.
fn sign_in_rows(outlets: &[Outlet]) -> Vec<SignInRow<'_>> {
    outlets
        .iter()
        .flat_map(|o| {
            let rows = o.journalists.len().max(o.people as usize);
            (0..rows).map(move |i| SignInRow {
                name: o.journalists.get(i).map(String::as_str),
                outlet: &o.name,
            })
        })
        .collect()
}

/// Counts attendance by kind and in total.
pub(super) fn attendance<'a>(outlets: &'a [Outlet], locale: &'a Locale) -> AttendanceContext<'a> {
    let total = Counts::new(Attendance::of(outlets), locale);
    let by_kind: Vec<KindRow> = OutletKind::ALL
        .into_iter()
        .map(|kind| Attendance::of(outlets.iter().filter(|o| o.kind == kind)))
        .zip(OutletKind::ALL)
        .filter(|(counted, _)| counted.outlets_registered > 0)
        .map(|(counted, kind)| KindRow {
            kind: locale.kind(kind),
            counts: Counts::new(counted, locale),
        })
        .collect();
    let out_of = |count: &str| fill(&locale.words.out_of, &[("count", count)]);
    AttendanceContext {
        outlets_out_of: out_of(&total.counted.outlets_registered.to_string()),
        people_out_of: out_of(&total.people_registered_label),
        any: !outlets.is_empty(),
        not_recorded: (!outlets.is_empty() && !outlets.iter().any(|o| o.recorded)).then(|| {
            fill(
                &locale.words.attendance_not_recorded,
                &[
                    ("outlets", &total.counted.outlets_registered.to_string()),
                    ("people", &total.people_registered_label),
                ],
            )
        }),
        total,
        no_shows: outlets.iter().any(|o| !o.present && o.recorded),
        chart_max: by_kind
            .iter()
            .map(|k| k.counts.counted.people_registered)
            .max()
            .unwrap_or(1)
            .max(1),
        by_kind,
        outlets: outlets
            .iter()
            .map(|o| OutletContext {
                name: &o.name,
                kind: locale.kind(o.kind),
                people: o.people_known.then_some(o.people),
                present: o.present,
                recorded: o.recorded,
                details: join([o.programme.as_deref(), o.website.as_deref()]),
                journalists: join(o.journalists.iter().map(|j| Some(j.as_str()))),
            })
            .collect(),
        came: outlets
            .iter()
            .filter(|o| o.present)
            .map(|o| o.name.as_str())
            .collect(),
        sign_in: sign_in_rows(outlets),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attendance_counts_present_against_registered() {
        let outlet = |kind, people, present| Outlet {
            name: "x".into(),
            kind,
            people,
            people_known: true,
            present,
            recorded: true,
            row: 0,
            website: None,
            programme: None,
            journalists: vec![],
        };
        let outlets = vec![
            outlet(OutletKind::Online, 2, true),
            outlet(OutletKind::Online, 1, false),
            outlet(OutletKind::Radio, 3, true),
        ];
        let a = attendance(&outlets, crate::vocab::Language::En.locale());
        assert_eq!(
            (
                a.total.counted.outlets_present,
                a.total.counted.outlets_registered
            ),
            (2, 3)
        );
        assert_eq!(
            (
                a.total.counted.people_present,
                a.total.counted.people_registered
            ),
            (5, 6)
        );
        assert_eq!(
            a.by_kind.iter().map(|k| k.kind).collect::<Vec<_>>(),
            ["Radio", "Online"]
        );
        assert_eq!(a.chart_max, 3);
        assert_eq!(a.total.people_present_label, "5");
        assert_eq!(a.sign_in.len(), 6, "one row per registered journalist");
    }

    #[test]
    fn people_not_counted_make_the_totals_a_lower_bound() {
        let outlet = |known, present| Outlet {
            name: "x".into(),
            kind: OutletKind::Print,
            people: if known { 2 } else { 1 },
            people_known: known,
            present,
            recorded: true,
            row: 0,
            website: None,
            programme: None,
            journalists: vec![],
        };
        let outlets = [outlet(true, true), outlet(false, true), outlet(true, false)];
        let ru = attendance(&outlets, crate::vocab::Language::Ru.locale());
        assert_eq!(ru.total.people_present_label, "не менее 3");
        assert_eq!(ru.total.people_registered_label, "не менее 5");
        assert!(ru.no_shows);
        assert_eq!(ru.outlets[1].people, None);
        let known = attendance(&outlets[..1], crate::vocab::Language::Kk.locale());
        assert_eq!(known.total.people_present_label, "2");
        assert!(!known.no_shows);
    }

    #[test]
    fn sign_in_rows_name_the_listed_journalists_first() {
        let outlet = Outlet {
            name: "Vremya".into(),
            kind: OutletKind::Print,
            people: 3,
            people_known: true,
            present: true,
            recorded: true,
            row: 0,
            website: None,
            programme: None,
            journalists: vec!["A. Ivanova".into()],
        };
        let rows = sign_in_rows(std::slice::from_ref(&outlet));
        assert_eq!(
            rows.iter().map(|r| (r.name, r.outlet)).collect::<Vec<_>>(),
            [
                (Some("A. Ivanova"), "Vremya"),
                (None, "Vremya"),
                (None, "Vremya")
            ]
        );
    }
}

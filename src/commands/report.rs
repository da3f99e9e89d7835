//! `report`: the report to the donor over a period, from the archive's catalogue alone
//! (see [`crate::documents::report`] and [`crate::documents::indicators`]).

use std::path::Path;

use super::{Failed, report as fail};
use crate::diagnostic::Diagnostic;
use crate::documents::event_kind::EventKind;
use crate::documents::report::{Filter, Outputs};
use crate::input::model;
use crate::output;
use crate::pipeline::Config;
use crate::progress::{Verbosity, plural};

/// `report`: the report of the archive's briefings that `filter` keeps, as PDF and, when
/// asked, CSV and XLSX; nothing is written unless all can be.
pub fn report(
    archive: &Path,
    filter: &Filter,
    to: Outputs,
    config: &Config,
    verbosity: Verbosity,
) -> Result<(), Failed> {
    let (pdf, csv) = (to.pdf, to.csv);
    if !archive.is_dir() {
        return Err(fail(&[Diagnostic::error(
            archive,
            "no archive here: not a folder",
        )
        .with_hint(
            "`presskit archive` makes one; give its folder (default `archive`)",
        )]));
    }
    let (all, warnings) =
        crate::archive::catalogue::catalogue(archive, crate::messages::archive::Archive::TheReport)
            .map_err(|d| fail(&d))?;
    if !verbosity.quiet {
        crate::diagnostic::eprint(&warnings);
    }
    let entries: Vec<&crate::documents::index::Entry> =
        all.iter().filter(|a| filter.keeps(&a.briefing)).collect();
    if !verbosity.quiet {
        crate::diagnostic::eprint(&crate::archive::catalogue::same_briefing_twice(
            archive, &entries,
        ));
    }
    let kept: Vec<&model::Briefing> = entries.iter().map(|a| &a.briefing).collect();
    if kept.is_empty() {
        let mut asked = Vec::new();
        if let Some(from) = filter.from {
            asked.push(format!("from {from}"));
        }
        if let Some(to) = filter.to {
            asked.push(format!("to {to}"));
        }
        if let Some(p) = &filter.programme {
            asked.push(format!("naming the programme or funder `{p}`"));
        }
        let message = if all.is_empty() {
            "no archived briefing here that verifies".to_string()
        } else if asked.is_empty() {
            "no briefing to report on".to_string()
        } else {
            format!(
                "no archived briefing {}: the report would be empty, so nothing was written",
                asked.join(", ")
            )
        };
        return Err(fail(&[Diagnostic::error(archive, message).with_hint(
            format!(
                "the archive holds {} briefing{} that verif{}; widen the period or the programme",
                all.len(),
                plural(all.len()),
                if all.len() == 1 { "ies" } else { "y" }
            ),
        )]));
    }
    let renderer = config
        .overview_renderer(&crate::documents::REPORT, None)
        .map_err(|d| fail(&d))?;
    let options = config.overview_options();
    let bytes = crate::documents::report::pdf(&kept, &renderer, to, filter, &options)
        .map_err(|d| fail(&d))?;
    let table = csv.map(|_| {
        let locale = to
            .language_for(&kept)
            .locale_for(EventKind::of_briefings(&kept));
        let rows = crate::documents::report::indicator_rows(
            &crate::documents::indicators::compute(&kept),
            locale,
        );
        crate::documents::report::csv(&rows, locale)
    });
    let workbook = match to.xlsx {
        Some(path) => Some(
            crate::documents::workbook::xlsx(
                &kept,
                to.language_for(&kept)
                    .locale_for(EventKind::of_briefings(&kept)),
            )
            .map_err(|e| {
                fail(&[Diagnostic::error(
                    path,
                    format!("cannot make the workbook: {e}"),
                )])
            })?,
        ),
        None => None,
    };
    output::write_atomic(pdf, &bytes).map_err(|d| fail(&[d]))?;
    if let (Some(path), Some(table)) = (csv, table) {
        output::write_atomic(path, &table).map_err(|d| fail(&[d]))?;
    }
    if let (Some(path), Some(workbook)) = (to.xlsx, workbook) {
        output::write_atomic(path, &workbook).map_err(|d| fail(&[d]))?;
    }
    if !verbosity.quiet {
        println!("wrote {}", crate::diagnostic::shown(pdf));
        for path in [csv, to.xlsx].into_iter().flatten() {
            println!("wrote {}", crate::diagnostic::shown(path));
        }
        eprintln!(
            "reported on {} briefing{} of {} archived",
            kept.len(),
            plural(kept.len()),
            all.len()
        );
    }
    Ok(())
}

//! `report`: the report to the donor over a period, from the archive's catalogue alone
//! (see [`crate::documents::report`] and [`crate::documents::indicators`]).

use std::path::Path;

use super::{Failed, report as fail};
use crate::diagnostic::Diagnostic;
use crate::documents::event_kind::EventKind;
use crate::documents::report::{Filter, Outputs};
use crate::input::model;
use crate::messages::{Msg, archive::Archive, commands::Commands};
use crate::output;
use crate::pipeline::Config;
use crate::progress::Verbosity;

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
            Archive::ReportNoArchive,
        )
        .with_hint(Archive::ReportGiveTheArchive)]));
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
        let mut asked: Vec<Msg> = Vec::new();
        if let Some(from) = filter.from {
            let date = from.to_string();
            asked.push(Archive::ReportFrom { date }.into());
        }
        if let Some(to) = filter.to {
            let date = to.to_string();
            asked.push(Archive::ReportTo { date }.into());
        }
        if let Some(text) = filter.programme.clone() {
            asked.push(Archive::ReportProgramme { text }.into());
        }
        let message = if all.is_empty() {
            Archive::ReportNoneVerifies
        } else if asked.is_empty() {
            Archive::ReportNoBriefing
        } else {
            let asked: Vec<String> = asked.iter().map(Msg::to_string).collect();
            Archive::ReportEmptyPeriod {
                asked: asked.join(", "),
            }
        };
        let count = all.len();
        return Err(fail(&[
            Diagnostic::error(archive, message).with_hint(Archive::ReportWiden { count })
        ]));
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
                let reason = e.to_string();
                fail(&[Diagnostic::error(
                    path,
                    Archive::CannotMakeWorkbook { reason },
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
        for path in [Some(pdf), csv, to.xlsx].into_iter().flatten() {
            let path = crate::diagnostic::shown(path);
            println!("{}", Msg::from(Commands::Wrote { path }));
        }
        let closing = Commands::Reported {
            briefings: kept.len(),
            archived: all.len(),
        };
        eprintln!("{}", Msg::from(closing));
    }
    Ok(())
}

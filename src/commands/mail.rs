//! `mail`: one draft per journalist of a media list, the release made through the
//! [`Pipeline`] (see [`crate::documents::mail`] for the drafts themselves). The media list is read,
//! never copied.

use std::path::{Path, PathBuf};

use super::{Failed, report};
use crate::diagnostic::Diagnostic;
use crate::documents::Options;
use crate::documents::mail;
use crate::output;
use crate::pipeline::{Config, Pipeline};
use crate::progress::{Verbosity, plural};

/// `mail`: writes the drafts and says how many, where.
pub fn mail(
    file: &Path,
    media_list: &Path,
    out: &Path,
    attach_kit: bool,
    config: Config,
    verbosity: Verbosity,
) -> Result<(), Failed> {
    let done = drafts(file, media_list, out, attach_kit, config).map_err(|d| report(&d))?;
    if !verbosity.quiet {
        crate::diagnostic::eprint(&done.warnings);
        println!(
            "wrote {} draft{} into {}",
            done.drafts,
            plural(done.drafts),
            done.folder.display()
        );
    }
    Ok(())
}

/// What `mail` wrote.
struct Mailed {
    /// How many drafts.
    drafts: usize,
    /// The folder they are in.
    folder: PathBuf,
    /// Warnings about the media list and the briefing.
    warnings: Vec<Diagnostic>,
}

/// Writes one draft per journalist of `media_list` into `out/<stem>/mail/`, all or none.
fn drafts(
    file: &Path,
    media_list: &Path,
    out: &Path,
    attach_kit: bool,
    config: Config,
) -> Result<Mailed, Vec<Diagnostic>> {
    let threads = config.jobs;
    let pipeline = Pipeline::new(config);
    let loaded = pipeline.load(file)?;
    let (briefing, renderer) = (&loaded.briefing, &loaded.renderer);
    let Some(release) = briefing.release.as_ref() else {
        return Err(vec![
            briefing
                .source
                .error_at(
                    0..0,
                    "this briefing has no [release] yet; the drafts carry the release",
                )
                .with_hint("write the [release] (headline and body) first"),
        ]);
    };
    let from = mail::sender(briefing).map_err(|d| vec![d])?;
    let language = briefing.event.language;
    let list = mail::media_list(
        &crate::input::sheet::read(media_list).map_err(|d| vec![d])?,
        language,
    )?;
    let mut only = vec!["press-release"];
    if attach_kit {
        only.push("press-kit");
    }
    let made = loaded.make(&Options {
        only: Some(only),
        ..pipeline.config.options(threads, None)
    })?;
    let file_of = |name: &str| {
        made.artifacts
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.bytes.as_slice())
    };
    let context = crate::documents::context::printed(briefing, pipeline.config.paper);
    let words = &language.locale().words;
    let printed = |key: &str| {
        context["release"][key]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    // In capitals in English, as newsrooms expect; as printed in Russian and Kazakh,
    // whose `г.` stays in lower case.
    let embargo = release.embargo.map(|_| match language {
        crate::vocab::Language::En => printed("timing").to_uppercase(),
        _ => printed("timing"),
    });
    let headline = printed("headline");
    // Plain spaces in the subject: mail programs search it as typed.
    let plain = crate::typography::plain_spaces;
    let subject = plain(&match &embargo {
        Some(embargo) => format!("{embargo} | {}: {headline}", words.press_release),
        None => format!("{}: {headline}", words.press_release),
    });
    let text =
        String::from_utf8_lossy(file_of("press-release.txt").unwrap_or_default()).into_owned();
    let mut attachments = vec![(
        "press-release.pdf",
        file_of("press-release.pdf").unwrap_or_default(),
    )];
    if attach_kit {
        attachments.push((
            "press-kit.pdf",
            file_of("press-kit.pdf").unwrap_or_default(),
        ));
    }
    let shared = mail::Release {
        from,
        subject,
        embargo,
        text: &text,
        attachments,
        date: mail::date(briefing.event.date),
    };
    let count = list.recipients.len();
    mail::check_size(count, &shared).map_err(|message| {
        vec![Diagnostic::error(media_list, message).with_hint(
            "split the list into files of fewer rows and run `mail` on each with its own -o folder",
        )]
    })?;
    let mut drafts = Vec::with_capacity(count);
    for (i, recipient) in list.recipients.iter().enumerate() {
        let greeting = mail::greeting(recipient, language);
        let page =
            crate::documents::context::WebPage::new(&context, briefing, Some(greeting.clone()));
        let html = renderer
            .render(
                "press-release",
                crate::render::templates::Output::Html,
                &page,
            )
            .map_err(|d| vec![d])?;
        drafts.push((
            mail::file_name(i, count, &recipient.email),
            mail::draft(&shared, recipient, &greeting, &html),
        ));
    }
    let folder = out.join(briefing.source.stem());
    let names: Vec<String> = drafts.iter().map(|(name, _)| name.clone()).collect();
    let earlier = earlier_drafts(&folder.join("mail"), &names);
    output::write_all_removing(&folder, &mail::artifacts(drafts), &earlier).map_err(|d| vec![d])?;
    let mut warnings = list.warnings;
    warnings.extend(made.warnings);
    Ok(Mailed {
        drafts: count,
        folder: folder.join("mail"),
        warnings,
    })
}

/// The drafts an earlier run wrote into `mail` that this run does not write again (a
/// journalist since removed from the list, a list grown shorter): `.eml` files named as
/// [`mail::file_name`] names them and whose Message-ID is presskit's. Any other file of
/// the folder is the user's and stays.
fn earlier_drafts(mail: &Path, written: &[String]) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(mail) else {
        return Vec::new();
    };
    let mut earlier: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            mail::is_draft_name(&name) && !written.iter().any(|w| *w == format!("mail/{name}"))
        })
        .map(|e| e.path())
        .filter(|path| mail::is_draft(path))
        .collect();
    earlier.sort();
    earlier
}

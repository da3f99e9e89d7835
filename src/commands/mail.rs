//! `mail`: one draft per journalist of a media list, the release made through the
//! [`Pipeline`] (see [`crate::documents::mail`] for the drafts themselves). The media list is read,
//! never copied.

use std::path::{Path, PathBuf};

use super::{Failed, report};
use crate::diagnostic::Diagnostic;
use crate::documents::Options;
use crate::documents::locale::fill;
use crate::documents::mail;
use crate::documents::registry::{self, Mail};
use crate::documents::translated;
use crate::messages::{Msg, commands::Commands, documents::Documents};
use crate::output;
use crate::pipeline::{Config, Pipeline};
use crate::progress::Verbosity;
use crate::render::templates::Output;
use crate::vocab::Language;

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
        let closing = Commands::WroteDrafts {
            drafts: done.drafts,
            folder: done.folder.display().to_string(),
        };
        println!("{}", Msg::from(closing));
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
                .error_at(0..0, Documents::MailNoRelease)
                .with_hint(Documents::MailWriteReleaseFirst),
        ]);
    };
    // The list is read and checked before anything is typeset: its bounds and mistakes
    // are told at once. Its journalists' languages are checked against the languages the
    // release is written in (the briefing's, then each translation with a release).
    let table = crate::input::sheet::read(media_list).map_err(|d| vec![d])?;
    let expected: Vec<Language> = std::iter::once(briefing.event.language)
        .chain(
            loaded
                .translations
                .iter()
                .filter(|t| t.briefing.release.is_some())
                .map(|t| t.translation.language),
        )
        .collect();
    let mut list = mail::media_list(&table, &expected)?;
    // The documents a draft carries, as the registry says.
    let mut only: Vec<&'static str> = Vec::new();
    for doc in registry::mailed(attach_kit) {
        if !only.contains(&doc.name()) {
            only.push(doc.name());
        }
    }
    let made = loaded.make(&Options {
        only: Some(only),
        ..pipeline.config.options(threads, None)
    })?;
    // The release in the briefing's language, then in each language it is translated into
    // whose release was made (every text of it translated).
    let paper = pipeline.config.paper;
    let mut editions = vec![Edition::of(
        briefing, release, "", &made, attach_kit, paper,
    )?];
    for translated in &loaded.translations {
        let code = translated.translation.language.code();
        let suffix = format!(".{code}");
        if let Some(release) = translated.briefing.release.as_ref()
            && registry::mailed(attach_kit).all(|doc| {
                made.artifacts
                    .iter()
                    .any(|a| a.name == translated::file_name(doc.file, code))
            })
        {
            editions.push(Edition::of(
                &translated.briefing,
                release,
                &suffix,
                &made,
                attach_kit,
                paper,
            )?);
        }
    }
    let languages: Vec<Language> = editions.iter().map(|e| e.language).collect();
    if languages != expected {
        // A translation whose release is not all translated yet: its journalists get the
        // briefing's language, and are warned of.
        list = mail::media_list(&table, &languages)?;
    }
    let count = list.recipients.len();
    for edition in &editions {
        mail::check_size(count, &edition.release(briefing)).map_err(|message| {
            vec![Diagnostic::error(media_list, message).with_hint(Documents::SplitTheList)]
        })?;
    }
    let mut drafts = Vec::with_capacity(count);
    for (i, recipient) in list.recipients.iter().enumerate() {
        // The journalist's language when the release is in it, else the briefing's.
        let edition = editions
            .iter()
            .find(|e| recipient.language.as_deref() == Some(e.language.code()))
            .unwrap_or(&editions[0]);
        let greeting = mail::greeting(recipient, edition.language);
        let page = crate::documents::context::WebPage::new(
            &edition.context,
            edition.briefing,
            Some(greeting.clone()),
        )
        .letter(edition.cover.clone(), edition.signature.clone());
        let html = renderer
            .render(body(Output::Html).template, Output::Html, &page)
            .map_err(|d| vec![d])?;
        drafts.push((
            mail::file_name(i, count, &recipient.email),
            mail::draft(&edition.release(briefing), recipient, &greeting, &html),
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

/// The document whose output of kind `output` is a draft's body (see [`Mail::Body`]).
fn body(output: Output) -> &'static registry::Document {
    registry::mailed(false)
        .find(|doc| doc.mail == Mail::Body && doc.output == output)
        .expect("the registry names the drafts' text and HTML bodies")
}

/// The release in one language, as the drafts to journalists of that language carry it.
struct Edition<'a> {
    /// The briefing in that language.
    briefing: &'a crate::input::model::Briefing,
    /// The language.
    language: crate::vocab::Language,
    /// What the templates see.
    context: serde_json::Value,
    /// The sender: name and address.
    from: (String, String),
    /// The subject line.
    subject: String,
    /// The covering sentence under the greeting.
    cover: String,
    /// The signature's lines.
    signature: Vec<String>,
    /// The release as plain text.
    text: String,
    /// The PDFs attached.
    attachments: Vec<(&'static str, &'a [u8])>,
}

impl<'a> Edition<'a> {
    /// The release of `briefing`, whose documents in `made` carry `suffix` before their
    /// extension (`.kk`; empty for the briefing's own language).
    fn of(
        briefing: &'a crate::input::model::Briefing,
        release: &crate::input::model::Release,
        suffix: &str,
        made: &'a crate::documents::Made,
        attach_kit: bool,
        paper: crate::vocab::Paper,
    ) -> Result<Self, Vec<Diagnostic>> {
        let language = briefing.event.language;
        let file_of = |name: &str| {
            let name = match name.rsplit_once('.') {
                Some((stem, extension)) => format!("{stem}{suffix}.{extension}"),
                None => name.to_string(),
            };
            made.artifacts
                .iter()
                .find(|a| a.name == name)
                .map(|a| a.bytes.as_slice())
        };
        let context = crate::documents::context::printed(briefing, paper);
        let words = &language.locale().words;
        let printed = |key: &str| {
            context["release"][key]
                .as_str()
                .unwrap_or_default()
                .to_string()
        };
        let headline = printed("headline");
        // What a journalist scans for first: the short embargo mark, then the headline;
        // the embargo's full wording is the release's own timing line in the body. Plain
        // spaces in the subject: mail programs search it as typed.
        let subject = crate::typography::plain_spaces(&match release.embargo {
            Some(embargo) => format!("{} | {headline}", mail::short_embargo(embargo, language)),
            None => headline.clone(),
        });
        let cover = crate::typography::refine(
            &fill(&words.mail_cover, &[("headline", &headline)]),
            language,
        );
        let text = String::from_utf8_lossy(file_of(body(Output::Text).file).unwrap_or_default())
            .into_owned();
        // Attached under the registry's file name, in every language.
        let attachments = registry::mailed(attach_kit)
            .filter(|doc| doc.mail != Mail::Body)
            .map(|doc| (doc.file, file_of(doc.file).unwrap_or_default()))
            .collect();
        Ok(Self {
            briefing,
            language,
            from: mail::sender(briefing).map_err(|d| vec![d])?,
            context,
            subject,
            cover,
            signature: mail::signature(briefing),
            text,
            attachments,
        })
    }

    /// The release as one draft carries it, dated by `briefing` (the main one).
    fn release(&self, briefing: &crate::input::model::Briefing) -> mail::Release<'_> {
        mail::Release {
            from: self.from.clone(),
            subject: self.subject.clone(),
            cover: self.cover.clone(),
            signature: self.signature.clone(),
            text: &self.text,
            attachments: self.attachments.clone(),
            date: mail::date(crate::input::model::release_date(briefing)),
        }
    }
}

//! `presskit mail`: one email draft (`.eml`, RFC 5322) per journalist of a media list, to
//! open in any mail program and send from there; presskit sends nothing.
//!
//! Each draft is addressed to one journalist, greets them in the briefing's language,
//! carries the release as text and as HTML (multipart/alternative) and the release PDF
//! (and the kit, when asked) as attachments. An embargoed release puts the embargo first
//! in the subject and in the body. The bytes depend only on the inputs: the date is the
//! event's (or `SOURCE_DATE_EPOCH`), the boundaries and the Message-ID come from a hash of
//! the content. The media list is personal data: it is read, never copied anywhere else.

use std::borrow::Cow;

use mail_builder::MessageBuilder;
use mail_builder::headers::address::Address;
use mail_builder::headers::content_type::ContentType;
use mail_builder::mime::MimePart;
use sha2::{Digest, Sha256};

use crate::diagnostic::Diagnostic;
use crate::documents::locale::{Language, fill};
use crate::input::model::{Briefing, Date};
use crate::input::sheet::{self, Place, Table};
use crate::output::Artifact;

/// The headings that name each column of a media list, folded (see [`sheet::fold`]).
pub const HEADINGS: &[(&str, &[&str])] = &[
    ("name", sheet::NAME_HEADINGS),
    (
        "email",
        &[
            "mail",
            "emailaddress",
            "address",
            "эпочта",
            "элпочта",
            "элпошта",
            "почта",
            "электроннаяпочта",
            "адрес",
            "электрондықпошта",
            "пошта",
            "эпошта",
        ],
    ),
    ("outlet", sheet::OUTLET_HEADINGS),
    ("language", &["lang", "язык", "тіл"]),
    (
        "greeting",
        &[
            "salutation",
            "обращение",
            "приветствие",
            "қаратпа",
            "қаратпасөз",
            "сәлемдесу",
        ],
    ),
];

/// A journalist of the media list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    /// Name, as the list writes it.
    pub name: String,
    /// Email address.
    pub email: String,
    /// Outlet.
    pub outlet: Option<String>,
    /// Language code, lower case.
    pub language: Option<String>,
    /// The greeting to use instead of the composed one.
    pub greeting: Option<String>,
    /// Where the row starts, for messages.
    pub place: Place,
}

/// A media list, read: the recipients in list order and what to warn about.
#[derive(Debug, Clone)]
pub struct MediaList {
    /// One per address, in list order.
    pub recipients: Vec<Recipient>,
    /// Duplicates, unknown columns, recipients of another language.
    pub warnings: Vec<Diagnostic>,
}

/// Reads a media list and checks it: every row needs a name and a valid address; a
/// second row with the same address is reported and left out. `languages` are those the
/// release is in (the briefing's first); journalists of another are warned of.
pub fn media_list(table: &Table, languages: &[Language]) -> Result<MediaList, Vec<Diagnostic>> {
    let columns = sheet::columns(table, HEADINGS, &[]).map_err(|d| vec![d])?;
    let (Some(name), Some(email)) = (columns.of("name"), columns.of("email")) else {
        let found: Vec<&str> = table.headings.iter().map(|h| h.text.as_str()).collect();
        return Err(vec![
            table
                .heading_error(format!(
                    "a media list needs a name and an email column; its headings are: {}",
                    found.join(", ")
                ))
                .with_hint("name the columns `name` and `email` (or ФИО / Аты-жөні and E-mail)"),
        ]);
    };
    let mut warnings = Vec::new();
    if !columns.unknown.is_empty() {
        warnings.push(
            table
                .error_at_heading(
                    &columns.unknown[0],
                    format!("columns not used: {}", columns.unknown.join(", ")),
                )
                .warning()
                .with_hint("a media list's columns are name, email, outlet, language and greeting"),
        );
    }
    let mut errors = Vec::new();
    let mut recipients: Vec<Recipient> = Vec::new();
    let mut other_language = Vec::new();
    for row in &table.rows {
        let cell = |column: Option<usize>| sheet::cell(row, column);
        let first = &row[0].place;
        let Some(address) = cell(Some(email)) else {
            errors.push(table.error_at(first, "this row has no email address"));
            continue;
        };
        if !is_address(&address.text) {
            errors.push(
                table
                    .error_at(
                        &address.place,
                        format!("`{}` is not an email address", address.text),
                    )
                    .with_hint("write one address per row, like name@example.org"),
            );
            continue;
        }
        let Some(who) = cell(Some(name)) else {
            errors.push(table.error_at(first, format!("the row of {} has no name", address.text)));
            continue;
        };
        if let Some(earlier) = recipients
            .iter()
            .find(|r| r.email.eq_ignore_ascii_case(&address.text))
        {
            let line = table.describe(&earlier.place);
            warnings.push(
                table
                    .error_at(
                        &address.place,
                        format!("{} is listed twice; drafted once", address.text),
                    )
                    .warning()
                    .with_hint(format!("the first is at {line}")),
            );
            continue;
        }
        let recipient = Recipient {
            name: who.text.clone(),
            email: address.text.clone(),
            outlet: cell(columns.of("outlet")).map(|c| c.text.clone()),
            // "русский", "қазақша", "English" read as their codes, as `import` reads them.
            language: cell(columns.of("language")).map(|c| {
                crate::input::import::values::language(c).unwrap_or_else(|_| c.text.to_lowercase())
            }),
            greeting: cell(columns.of("greeting")).map(|c| c.text.clone()),
            place: first.clone(),
        };
        if recipient
            .language
            .as_deref()
            .is_some_and(|l| !languages.iter().any(|known| known.code() == l))
        {
            other_language.push(format!(
                "{} ({})",
                recipient.name,
                recipient.language.as_deref().unwrap_or("")
            ));
        }
        recipients.push(recipient);
    }
    if !other_language.is_empty() {
        warnings.push(
            Diagnostic::error(
                &table.file,
                format!(
                    "the release is in {}, but these journalists read another language: {}",
                    languages
                        .iter()
                        .map(|l| l.code())
                        .collect::<Vec<_>>()
                        .join(", "),
                    other_language.join(", ")
                ),
            )
            .warning(),
        );
    }
    if recipients.is_empty() && errors.is_empty() {
        errors.push(table.heading_error("the media list has no journalist under its headings"));
    }
    if errors.is_empty() {
        Ok(MediaList {
            recipients,
            warnings,
        })
    } else {
        Err(errors)
    }
}

/// Whether `text` is one plain address: `local@domain.tld`, no spaces, no display name.
pub fn is_address(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let atom = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c))
            && !s.starts_with('.')
            && !s.ends_with('.')
            && !s.contains("..")
    };
    atom(local)
        && atom(domain)
        && domain.contains('.')
        && !domain.contains([
            '/', '=', '?', '#', '!', '*', '\'', '`', '{', '}', '|', '~', '^', '$', '&', '%', '+',
        ])
}

/// What every draft of a briefing shares.
pub struct Release<'a> {
    /// The sender: name and address.
    pub from: (String, String),
    /// The subject line.
    pub subject: String,
    /// The embargo line, when the release is embargoed.
    pub embargo: Option<String>,
    /// The release as plain text (`press-release.txt`).
    pub text: &'a str,
    /// The attachments: file name and bytes.
    pub attachments: Vec<(&'static str, &'a [u8])>,
    /// The seconds since 1970 of the Date header.
    pub date: i64,
}

/// The sender of a briefing's drafts: the release contact, else the organisation.
pub fn sender(briefing: &Briefing) -> Result<(String, String), Diagnostic> {
    let release = briefing.release.as_ref();
    let contact = release
        .and_then(|r| r.contact.as_ref())
        .and_then(|c| Some((c.name.0.clone(), c.email.clone().filter(|e| is_address(e))?)));
    let organization = &briefing.organization.data;
    contact
        .or_else(|| {
            organization
                .email
                .clone()
                .filter(|e| is_address(e))
                .map(|e| (organization.name.0.clone(), e))
        })
        .ok_or_else(|| {
            let path = crate::input::briefing::at("organization");
            let span = crate::input::briefing::span_of(&briefing.source.text, &path);
            briefing
                .source
                .error_at(
                    span.start..span.start,
                    "the drafts need a sender's email address",
                )
                .with_hint("add `email` to [release.contact] or to [organization]")
        })
}

/// The greeting of a recipient: theirs, else the language's with their name.
pub fn greeting(recipient: &Recipient, language: Language) -> String {
    recipient.greeting.clone().unwrap_or_else(|| {
        fill(
            &language.locale().words.mail_greeting,
            &[("name", &recipient.name)],
        )
    })
}

/// One draft's file name: its place in the list and its address, safe on every system.
pub fn file_name(index: usize, count: usize, email: &str) -> String {
    // At least two digits, so that a mail program or a file list sorts them in order.
    let width = count.to_string().len().max(2);
    let slug: String = email
        .chars()
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '.' | '_' | '-' => c.to_ascii_lowercase(),
            '@' => '@',
            _ => '_',
        })
        .collect();
    format!("mail/{:0width$}-{slug}.eml", index + 1)
}

/// Builds one draft.
pub fn draft(release: &Release, recipient: &Recipient, greeting: &str, html: &str) -> Vec<u8> {
    let mut text = String::new();
    if let Some(embargo) = &release.embargo {
        text.push_str(embargo);
        text.push_str("\n\n");
    }
    text.push_str(greeting);
    text.push_str("\n\n");
    text.push_str(release.text);
    // Everything that makes the message, hashed: the boundaries and the Message-ID.
    let mut hash = Sha256::new();
    for part in [
        recipient.email.as_bytes(),
        release.subject.as_bytes(),
        text.as_bytes(),
        html.as_bytes(),
    ] {
        hash.update((part.len() as u64).to_le_bytes());
        hash.update(part);
    }
    for (name, bytes) in &release.attachments {
        hash.update(name.as_bytes());
        hash.update(bytes);
    }
    let digest: String = hash
        .finalize()
        .iter()
        .take(12)
        .map(|b| format!("{b:02x}"))
        .collect();
    let domain = release
        .from
        .1
        .rsplit_once('@')
        .map_or("presskit.invalid", |(_, d)| d);
    let boundary = |kind: &'static str| {
        ContentType::new(kind).attribute("boundary", format!("=_{}_{digest}", &kind[10..13]))
    };
    let mut parts = vec![MimePart::new(
        boundary("multipart/alternative"),
        vec![
            MimePart::new("text/plain", Cow::Owned(text)),
            MimePart::new("text/html", Cow::Owned(html.to_string())),
        ],
    )];
    for (name, bytes) in &release.attachments {
        parts.push(MimePart::new("application/pdf", bytes.to_vec()).attachment(*name));
    }
    let from = Address::new_address(Some(release.from.0.clone()), release.from.1.clone());
    MessageBuilder::new()
        .from(from.clone())
        .reply_to(from)
        .to(Address::new_address(
            Some(recipient.name.clone()),
            recipient.email.clone(),
        ))
        .subject(release.subject.clone())
        .date(release.date)
        .message_id(format!("{digest}.presskit@{domain}"))
        .body(MimePart::new(boundary("multipart/mixed"), parts))
        .write_to_vec()
        .expect("writing to memory does not fail")
}

/// Seconds since 1970 of the drafts' Date header: `SOURCE_DATE_EPOCH` when set, else the
/// event date at 00:00 UTC, as for the PDFs.
pub fn date(event: Date) -> i64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| days_from_civil(i64::from(event.year), event.month, event.day) * 86_400)
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: u8, day: u8) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The drafts as files of the briefing's output folder.
pub fn artifacts(drafts: Vec<(String, Vec<u8>)>) -> Vec<Artifact> {
    drafts
        .into_iter()
        .map(|(name, bytes)| Artifact {
            name: name.into(),
            bytes,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_checked_for_what_a_mail_program_needs() {
        for good in ["a@b.kz", "a.ospanova+press@unicef.org", "жур@почта.kz"] {
            assert!(is_address(good), "{good}");
        }
        for bad in [
            "",
            "a",
            "a@",
            "@b.kz",
            "a@b",
            "a b@c.kz",
            "a@b..kz",
            "Aigerim <a@b.kz>",
            "a@b.kz, c@d.kz",
            "a@@b.kz",
        ] {
            assert!(!is_address(bad), "{bad}");
        }
    }

    #[test]
    fn the_date_is_the_event_day_in_seconds() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2016, 12, 22), 17_157);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    }

    #[test]
    fn file_names_keep_list_order_and_only_safe_characters() {
        assert_eq!(
            file_name(0, 30, "A.Ospanova@UNICEF.org"),
            "mail/01-a.ospanova@unicef.org.eml"
        );
        assert_eq!(file_name(9, 10, "x/../y@z.kz"), "mail/10-x_.._y@z.kz.eml");
    }

    #[test]
    fn a_language_written_as_a_word_is_read_as_its_code() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("list.csv");
        std::fs::write(
            &path,
            "ФИО;E-mail;Язык\nБолат Сериков;bolat@yk.kz;русский\nJohn Smith;john@x.com;English\n",
        )
        .unwrap();
        let table = crate::input::sheet::read(&path).unwrap();
        let list = media_list(&table, &[Language::Ru]).unwrap();
        let codes: Vec<_> = list.recipients.iter().map(|r| r.language.clone()).collect();
        assert_eq!(codes, [Some("ru".to_string()), Some("en".to_string())]);
        assert_eq!(list.warnings.len(), 1, "{:?}", list.warnings);
        assert!(
            list.warnings[0]
                .message
                .ends_with("another language: John Smith (en)"),
            "{}",
            list.warnings[0].message
        );
    }
}

//! `presskit mail`: one email draft (`.eml`, RFC 5322) per journalist of a media list, to
//! open in any mail program and send from there; presskit sends nothing.
//!
//! Each draft is addressed to one journalist and opens ready to send (`X-Unsent: 1`,
//! which Outlook honours): a greeting in the briefing's language (the list's own, else
//! by given name, else without a name), one covering sentence, the release as text and
//! as HTML (multipart/alternative), the signature of the release's contact, and the
//! release PDF (and the kit, when asked) attached. The subject is the headline, after a
//! short embargo mark when there is one (`ЭМБАРГО до 20.11, 12:00 | …`); the embargo's
//! full wording is the release's own timing line, once. The bytes depend only on the
//! inputs: the date is the release's day (or `SOURCE_DATE_EPOCH`), the boundaries and the
//! Message-ID come from a hash of the content. The media list is personal data: it is
//! read, never copied anywhere else.

use std::borrow::Cow;

use mail_builder::MessageBuilder;
use mail_builder::headers::content_type::ContentType;
use mail_builder::mime::MimePart;
use sha2::{Digest, Sha256};

use crate::diagnostic::Diagnostic;
use crate::documents::locale::fill;
use crate::input::model::Briefing;
use crate::input::sheet::{self, Place, Table};
use crate::messages::Msg;
use crate::messages::documents::Documents;
use crate::output::Artifact;
use crate::vocab::Date;
use crate::vocab::Language;

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
        "given_name",
        &[
            "givenname",
            "firstname",
            "forename",
            "имяотчество",
            "обращениепоимени",
            "есімі",
        ],
    ),
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
    /// The name to greet them by (`Айгерим`, `Айгерим Болатовна`), when the list has a
    /// column for it.
    pub given_name: Option<String>,
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

/// Most journalists one run drafts for: every draft carries the release PDF and is held
/// in memory until all are written at once.
pub const MAX_RECIPIENTS: usize = 10_000;

/// Most bytes the drafts of one run may hold together: they are made in memory and
/// written at once, all or none.
pub const MAX_DRAFTS_BYTES: usize = 1024 * 1024 * 1024;

/// Checks, before any draft is made, that `count` drafts of `release` stay within
/// [`MAX_DRAFTS_BYTES`]: each holds its attachments in base64 (4 bytes for 3), the text
/// and the web page (a few times the text), and its headers.
pub fn check_size(count: usize, release: &Release) -> Result<(), Msg> {
    let attached: usize = release.attachments.iter().map(|(_, b)| b.len()).sum();
    let each = attached / 3 * 4 + release.text.len() * 4 + 16 * 1024;
    let total = each.saturating_mul(count);
    if total > MAX_DRAFTS_BYTES {
        return Err(Documents::DraftsTooLarge {
            count,
            each: each / 1024,
            total: total / (1024 * 1024),
            most: MAX_DRAFTS_BYTES / (1024 * 1024),
        }
        .into());
    }
    Ok(())
}

/// Most mistakes and repeated addresses of a media list told one by one: each names its
/// line, which is found by reading the list from its start.
const MAX_TOLD: usize = 100;

/// Reads a media list and checks it: every row needs a name and a valid address; a
/// second row with the same address is reported and left out. `languages` are those the
/// release is in (the briefing's first); journalists of another are warned of.
pub fn media_list(table: &Table, languages: &[Language]) -> Result<MediaList, Vec<Diagnostic>> {
    let columns = sheet::columns(table, HEADINGS, &[]).map_err(|d| vec![d])?;
    let (Some(name), Some(email)) = (columns.of("name"), columns.of("email")) else {
        let found: Vec<&str> = table.headings.iter().map(|h| h.text.as_str()).collect();
        return Err(vec![
            table
                .heading_error(Documents::MediaListNeedsNameAndEmail {
                    headings: found.join(", "),
                })
                .with_hint(Documents::NameTheColumns),
        ]);
    };
    let mut warnings = Vec::new();
    if !columns.unknown.is_empty() {
        warnings.push(
            table
                .error_at_heading(
                    &columns.unknown[0],
                    Documents::ColumnsNotUsed {
                        columns: columns.unknown.join(", "),
                    },
                )
                .warning()
                .with_hint(Documents::MediaListColumns),
        );
    }
    let mut errors = Vec::new();
    let mut recipients: Vec<Recipient> = Vec::new();
    // Each address (in lower case) and its recipient's index: one lookup a row.
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut other_language = Vec::new();
    let mut untold_twice = 0;
    for row in &table.rows {
        if errors.len() >= MAX_TOLD {
            errors.push(
                Diagnostic::error(
                    &table.file,
                    Documents::FirstMistakesShown { count: MAX_TOLD },
                )
                .note(),
            );
            break;
        }
        let cell = |column: Option<usize>| sheet::cell(row, column);
        let first = &row[0].place;
        let Some(address) = cell(Some(email)) else {
            errors.push(table.error_at(first, Documents::RowWithoutAddress));
            continue;
        };
        if !is_address(&address.text) {
            errors.push(
                table
                    .error_at(
                        &address.place,
                        Documents::NotAnAddress {
                            text: address.text.clone(),
                        },
                    )
                    .with_hint(Documents::OneAddressPerRow),
            );
            continue;
        }
        let Some(who) = cell(Some(name)) else {
            errors.push(table.error_at(
                first,
                Documents::RowWithoutName {
                    address: address.text.clone(),
                },
            ));
            continue;
        };
        if let Err((message, hint)) = crate::input::import::values::name(who) {
            errors.push(table.error_at(&who.place, message).with_hint(hint));
            continue;
        }
        if let Some(&earlier) = seen.get(&address.text.to_ascii_lowercase()) {
            if warnings.len() >= MAX_TOLD {
                untold_twice += 1;
                continue;
            }
            let line = table.describe(&recipients[earlier].place);
            warnings.push(
                table
                    .error_at(
                        &address.place,
                        Documents::AddressListedTwice {
                            address: address.text.clone(),
                        },
                    )
                    .warning()
                    .with_hint(Documents::FirstIsAt { place: line }),
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
            given_name: cell(columns.of("given_name")).map(|c| c.text.clone()),
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
        seen.insert(recipient.email.to_ascii_lowercase(), recipients.len());
        recipients.push(recipient);
    }
    if untold_twice > 0 {
        warnings.push(
            Diagnostic::error(
                &table.file,
                Documents::MoreRowsRepeat {
                    count: untold_twice,
                },
            )
            .warning(),
        );
    }
    if !other_language.is_empty() {
        warnings.push(
            Diagnostic::error(
                &table.file,
                Documents::OtherLanguageJournalists {
                    languages: languages
                        .iter()
                        .map(|l| l.code())
                        .collect::<Vec<_>>()
                        .join(", "),
                    journalists: other_language.join(", "),
                },
            )
            .warning(),
        );
    }
    if recipients.len() > MAX_RECIPIENTS && errors.is_empty() {
        errors.push(
            table
                .error_at(
                    &recipients[MAX_RECIPIENTS].place,
                    Documents::TooManyJournalists {
                        count: recipients.len(),
                        most: MAX_RECIPIENTS,
                    },
                )
                .with_hint(Documents::SplitTheList),
        );
    }
    if recipients.is_empty() && errors.is_empty() {
        errors.push(table.heading_error(Documents::NoJournalist));
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

pub use crate::input::links::is_address;

/// What every draft of a briefing shares.
pub struct Release<'a> {
    /// The sender: name and address.
    pub from: (String, String),
    /// The subject line.
    pub subject: String,
    /// The covering sentence under the greeting.
    pub cover: String,
    /// The signature's lines: the release contact's name, role, organisation, phone and
    /// address (those given).
    pub signature: Vec<String>,
    /// The release as plain text (`press-release.txt`).
    pub text: &'a str,
    /// The attachments: file name and bytes.
    pub attachments: Vec<(&'static str, &'a [u8])>,
    /// The seconds since 1970 of the Date header.
    pub date: i64,
}

/// The sender of a briefing's drafts: the release contact when it gives an address,
/// else the organisation. Both were checked as addresses when the briefing was read (a
/// located error otherwise), so a contact's address is never passed over for another.
pub fn sender(briefing: &Briefing) -> Result<(String, String), Diagnostic> {
    let given = |email: &Option<String>| email.clone().filter(|e| !e.trim().is_empty());
    let release = briefing.release.as_ref();
    let contact = release
        .and_then(|r| r.contact.as_ref())
        .and_then(|c| Some((c.name.0.clone(), given(&c.email)?)));
    let organization = &briefing.organization.data;
    contact
        .or_else(|| given(&organization.email).map(|e| (organization.name.0.clone(), e)))
        .ok_or_else(|| {
            let path = crate::input::briefing::at("organization");
            let span = crate::input::briefing::span_of(&briefing.source.text, &path);
            briefing
                .source
                .error_at(span.start..span.start, Documents::NoSenderAddress)
                .with_hint(Documents::AddSenderAddress)
        })
}

/// The greeting of a recipient: the list's own, else the language's with the name they
/// are greeted by (a given-name column), else the language's without a name: never a
/// full name with initials (`Здравствуйте, А. Б. Нурланова!`).
pub fn greeting(recipient: &Recipient, language: Language) -> String {
    let words = &language.locale().words;
    let given = |text: &Option<String>| {
        text.as_deref()
            .map(crate::documents::headers::one_line)
            .filter(|t| !t.is_empty())
    };
    given(&recipient.greeting).unwrap_or_else(|| match given(&recipient.given_name) {
        Some(name) => fill(&words.mail_greeting, &[("name", &name)]),
        None => words.mail_greeting_plain.clone(),
    })
}

/// The short embargo mark that starts a subject: day, month and time, in the language's
/// way (`ЭМБАРГО до 20.11, 12:00`, `EMBARGOED until 20 Nov, 12:00`).
pub fn short_embargo(embargo: crate::vocab::Embargo, language: Language) -> String {
    let locale = language.locale();
    let month = usize::from(embargo.date.month.clamp(1, 12)) - 1;
    let english = &Language::En.locale().months[month];
    fill(
        &locale.words.mail_embargo,
        &[
            ("dd", &format!("{:02}", embargo.date.day)),
            ("mm", &format!("{:02}", embargo.date.month)),
            ("day", &embargo.date.day.to_string()),
            ("mon", &english.chars().take(3).collect::<String>()),
            ("time", &locale.time(embargo.time)),
        ],
    )
}

/// The signature of `briefing`'s drafts: the release contact's name, role (and
/// organisation, else the organisation's name), phone and address, one a line, only those
/// given; the organisation alone when the release names no contact.
pub fn signature(briefing: &Briefing) -> Vec<String> {
    let organization = &briefing.organization.data;
    let contact = briefing.release.as_ref().and_then(|r| r.contact.as_ref());
    let Some(c) = contact else {
        return [
            Some(organization.name.0.clone()),
            organization.email.clone(),
        ]
        .into_iter()
        .flatten()
        .collect();
    };
    let place = c
        .organization
        .clone()
        .unwrap_or_else(|| organization.name.0.clone());
    let role = match c.role.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        Some(role) if role.to_lowercase().contains(&place.to_lowercase()) => role.to_string(),
        Some(role) => format!("{role}, {place}"),
        None => place,
    };
    [
        Some(c.name.0.clone()),
        Some(role),
        c.phone.clone(),
        c.email.clone(),
    ]
    .into_iter()
    .flatten()
    .map(|line| crate::documents::headers::one_line(&line))
    .filter(|line| !line.is_empty())
    .collect()
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

/// Whether `name` is a draft's file name as [`file_name`] makes them: digits, `-`, the
/// address's safe characters, `.eml`.
pub fn is_draft_name(name: &str) -> bool {
    let Some((number, rest)) = name.split_once('-') else {
        return false;
    };
    number.len() >= 2
        && number.bytes().all(|b| b.is_ascii_digit())
        && rest.strip_suffix(".eml").is_some_and(|slug| {
            !slug.is_empty()
                && slug
                    .bytes()
                    .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'.' | b'_' | b'-' | b'@'))
        })
}

/// Whether the file at `path` is a draft presskit wrote: its headers (the first few KiB)
/// carry presskit's Message-ID.
pub fn is_draft(path: &std::path::Path) -> bool {
    use std::io::Read;
    let mut head = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(8 * 1024).read_to_end(&mut head))
        .is_ok_and(|_| {
            String::from_utf8_lossy(&head).lines().any(|line| {
                line.to_ascii_lowercase().starts_with("message-id:") && line.contains(".presskit@")
            })
        })
}

/// Builds one draft.
pub fn draft(release: &Release, recipient: &Recipient, greeting: &str, html: &str) -> Vec<u8> {
    let mut text = String::new();
    text.push_str(greeting);
    text.push_str("\n\n");
    text.push_str(&release.cover);
    text.push_str("\n\n");
    text.push_str(release.text);
    // The signature after the usual delimiter, which mail programs recognise.
    text.push_str("\n-- \n");
    for line in &release.signature {
        text.push_str(line);
        text.push('\n');
    }
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
    let from = || crate::documents::headers::mailbox(&release.from.0, &release.from.1);
    MessageBuilder::new()
        // Opens in Outlook as a draft with its Send button, not as a message received.
        .header("X-Unsent", mail_builder::headers::raw::Raw::new("1"))
        .header("From", from())
        .header("Reply-To", from())
        .header(
            "To",
            crate::documents::headers::mailbox(&recipient.name, &recipient.email),
        )
        .header(
            "Subject",
            crate::documents::headers::subject(&release.subject),
        )
        .date(release.date)
        .message_id(format!("{digest}.presskit@{domain}"))
        .body(MimePart::new(boundary("multipart/mixed"), parts))
        .write_to_vec()
        .expect("writing to memory does not fail")
}

/// Seconds since 1970 of the drafts' Date header: `SOURCE_DATE_EPOCH` when set, else the
/// day the release is issued (its `date`, else the event's last day) at 00:00 UTC.
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
                .en()
                .ends_with("another language: John Smith (en)"),
            "{}",
            list.warnings[0].message
        );
    }
}

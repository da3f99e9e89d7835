//! Addresses and links a briefing gives: every email address is checked as one address
//! (a located error), and only `http` and `https` addresses ever become links (any other
//! scheme, `javascript:`, `file:`, `smb:`..., is a located warning and stays text).
//!
//! An address that passes [`is_address`] holds only characters a `mailto:` link may
//! carry as they are (RFC 6068), so it is its own link: no `?`, `&`, `%`, `#` or `=` can
//! add a header (`?bcc=`) or a body to a message.

use crate::diagnostic::Diagnostic;
use crate::input::briefing::{self, KeyPath, Source, at};
use crate::messages::input::reading::Reading;

/// The longest address a mail system carries (RFC 5321: 64 + 1 + 255, less the path's
/// brackets).
const MAX_ADDRESS: usize = 254;

/// Whether `text` is one plain address, `local@domain.tld`: the local part of letters,
/// digits and `! $ ' * + - . _ ~` (the characters a `mailto:` link keeps as they are),
/// the domain of labels of letters, digits and inner hyphens, at least two of them; no
/// space, no display name, no second address, no URL query.
pub fn is_address(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.chars().count() <= 64
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!$'*+-._~".contains(c))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..");
    let label_ok = |label: &str| {
        !label.is_empty()
            && label.chars().count() <= 63
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    };
    local_ok
        && text.chars().count() <= MAX_ADDRESS
        && domain.contains('.')
        && domain.split('.').all(label_ok)
}

/// `text` as a link target when it is a web address: `http://` or `https://` (in any
/// case), a host, and no space, control character or character a URL never holds raw
/// (`" < > \ ^ ` { | }`). Anything else is never a link.
pub fn web_link(text: &str) -> Option<&str> {
    let link = text.trim();
    let scheme = scheme(link)?;
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
        return None;
    }
    let rest = link[scheme.len() + 1..].strip_prefix("//")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let clean = link
        .chars()
        .all(|c| !c.is_whitespace() && !c.is_control() && !"\"<>\\^`{|}".contains(c));
    (!host.is_empty() && clean).then_some(link)
}

/// The scheme `text` opens with (`javascript` of `javascript:alert(1)`), when it has
/// one: a letter, then letters, digits, `+`, `-` or `.`, then `:` not followed by a
/// digit (`www.caravan.kz:8080` is a host and a port, not a scheme).
pub fn scheme(text: &str) -> Option<&str> {
    let text = text.trim_start();
    let end = text.find(':')?;
    let name = &text[..end];
    let mut chars = name.chars();
    let starts = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest = chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    let port = text[end + 1..].starts_with(|c: char| c.is_ascii_digit());
    (starts && rest && !port).then_some(name)
}

/// The email addresses a briefing gives, with their key paths: the organisation's and
/// each contact's.
fn addresses(raw: &briefing::Briefing) -> Vec<(KeyPath, &str)> {
    let mut found = Vec::new();
    if let Some(email) = &raw.organization.email {
        found.push((at("organization").key("email"), email.as_str()));
    }
    let contacts = [
        (
            at("advisory").key("contact"),
            raw.advisory.as_ref().and_then(|a| a.contact.as_ref()),
        ),
        (
            at("release").key("contact"),
            raw.release.as_ref().and_then(|r| r.contact.as_ref()),
        ),
    ];
    for (path, contact) in contacts {
        if let Some(email) = contact.and_then(|c| c.email.as_ref()) {
            found.push((path.key("email"), email.as_str()));
        }
    }
    found
}

/// An error at each email address of the briefing that is not one plain address (an
/// empty one counts as absent).
pub fn address_errors(source: &Source, raw: &briefing::Briefing) -> Vec<Diagnostic> {
    addresses(raw)
        .into_iter()
        .filter(|(_, email)| !email.trim().is_empty() && !is_address(email))
        .map(|(path, email)| {
            let span = briefing::span_of(&source.text, &path);
            let plain = email
                .split(['?', '<', '>', ',', ';', ' '])
                .find(|part| is_address(part))
                .map_or(Reading::WriteOneAddress, |a| Reading::WriteAddressAlone {
                    line: format!("{} = \"{a}\"", path_key(&path)),
                });
            source
                .error_at(
                    span,
                    Reading::NotOneAddress {
                        path: path.to_string(),
                        email: email.to_string(),
                    },
                )
                .with_hint(plain)
        })
        .collect()
}

/// The last key of a path, as typed in its table (`email`).
pub fn path_key(path: &KeyPath) -> String {
    match path.0.last() {
        Some(briefing::Key::Name(name)) => name.to_string(),
        _ => path.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_one_plain_address_that_a_mailto_link_keeps_as_it_is() {
        for good in [
            "a@b.kz",
            "a.ospanova+press@unicef.org",
            "жур@почта.kz",
            "o'neil@iom.int",
            "press@sub-domain.example.org",
        ] {
            assert!(is_address(good), "{good}");
        }
        for bad in [
            "press@example.org?bcc=spy@evil.invalid&body=x",
            "press?bcc=spy@evil.invalid",
            "press%3Fbcc@evil.invalid",
            "a&b@c.kz",
            "a#b@c.kz",
            "a=b@c.kz",
            "a@b.kz\r\nBcc: x@y.kz",
            "a@-b.kz",
            "a@b-.kz",
            "a@b",
            "a@b..kz",
            "Aigerim <a@b.kz>",
            "a@b.kz, c@d.kz",
            "a@@b.kz",
            "",
        ] {
            assert!(!is_address(bad), "{bad:?}");
        }
        assert!(!is_address(&format!("{}@b.kz", "a".repeat(65))));
    }

    #[test]
    fn only_http_and_https_addresses_are_links() {
        for good in [
            "https://caravan.kz/news/1",
            "HTTP://www.egemen.kz",
            " https://x.kz/a?b=c#d ",
        ] {
            assert_eq!(web_link(good), Some(good.trim()), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript://x.kz/%0Aalert(1)",
            "file:///etc/passwd",
            "smb://server/share",
            "data:text/html,<script>",
            "www.caravan.kz",
            "https://",
            "https:///path",
            "https://x.kz/a b",
            "https://x.kz/\"><script>",
            "https:x.kz",
        ] {
            assert_eq!(web_link(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_scheme_is_told_from_a_host_and_port() {
        assert_eq!(scheme("javascript:alert(1)"), Some("javascript"));
        assert_eq!(scheme("smb://server"), Some("smb"));
        assert_eq!(scheme("www.caravan.kz:8080/a"), None);
        assert_eq!(scheme("www.caravan.kz"), None);
        assert_eq!(scheme("1x:y"), None);
    }
}

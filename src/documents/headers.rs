//! Header values of the mail drafts that a mail program must show as written.
//!
//! A text that holds `=?` may read as an RFC 2047 encoded word: a headline written
//! `=?utf-8?q?Bcc=3A_evil=40evil.invalid?=` would be shown decoded (`Bcc:
//! evil@evil.invalid`) if it went into the Subject as plain ASCII, which is what the
//! mail builder does with ASCII text. Such a text is therefore encoded whole, as base64
//! encoded words, which every reader decodes back to the literal text; every other text
//! is left to the builder. Every header made from data (Subject, and the names of From,
//! Reply-To and To) goes through [`subject`] and [`mailbox`].

use base64::Engine;
use mail_builder::headers::HeaderType;
use mail_builder::headers::address::Address;
use mail_builder::headers::raw::Raw;
use mail_builder::headers::text::Text;

/// Bytes of text per encoded word: 45 bytes make 60 base64 characters, and with
/// `=?utf-8?b?` and `?=` the word's 72 stay within RFC 2047's 75.
const WORD_BYTES: usize = 45;

/// Whether a mail reader could take part of `text` for an encoded word.
pub fn looks_encoded(text: &str) -> bool {
    text.contains("=?")
}

/// `text` as base64 encoded words (`=?utf-8?b?…?=`), split between characters, separated
/// by spaces (which readers drop between two encoded words).
pub fn encoded_words(text: &str) -> String {
    let mut words = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + WORD_BYTES).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let chunk = base64::engine::general_purpose::STANDARD.encode(&text[start..end]);
        words.push(format!("=?utf-8?b?{chunk}?="));
        start = end;
    }
    words.join(" ")
}

/// The Subject header of `text`.
pub fn subject(text: &str) -> HeaderType<'static> {
    if looks_encoded(text) {
        Raw::new(encoded_words(text)).into()
    } else {
        Text::new(text.to_string()).into()
    }
}

/// An address header (From, Reply-To, To) of a name and an address checked by
/// [`crate::input::links::is_address`].
pub fn mailbox(name: &str, email: &str) -> HeaderType<'static> {
    if looks_encoded(name) {
        Raw::new(format!("{} <{email}>", encoded_words(name))).into()
    } else {
        Address::new_address(Some(name.to_string()), email.to_string()).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_words_stay_within_75_characters_and_split_between_characters() {
        let text = "=?utf-8?q?Ж?= ".repeat(20);
        let words = encoded_words(&text);
        let mut decoded = Vec::new();
        for word in words.split(' ') {
            assert!(word.len() <= 75, "{word}");
            let inner = word
                .strip_prefix("=?utf-8?b?")
                .and_then(|w| w.strip_suffix("?="))
                .unwrap();
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(inner)
                .unwrap();
            assert!(std::str::from_utf8(&bytes).is_ok(), "{word}");
            decoded.extend(bytes);
        }
        assert_eq!(String::from_utf8(decoded).unwrap(), text);
    }

    #[test]
    fn only_text_that_could_read_as_an_encoded_word_is_encoded() {
        assert!(looks_encoded("=?utf-8?q?Bcc=3A_x?="));
        assert!(!looks_encoded("Press release: 2 + 2 = 4?"));
    }
}

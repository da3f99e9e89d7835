//! Header values of the mail drafts that a mail program must show as written.
//!
//! A text that holds `=?` may read as an RFC 2047 encoded word: a headline written
//! `=?utf-8?q?Bcc=3A_evil=40evil.invalid?=` would be shown decoded (`Bcc:
//! evil@evil.invalid`) if it went into the Subject as plain ASCII, which is what the
//! mail builder does with ASCII text. Such a text, and any text beyond ASCII, is
//! therefore encoded here, as base64 encoded words that end between words (each word
//! with the space after it), never inside one: the builder's own encoder cuts at a byte
//! count, and a reader that keeps the space between two encoded words (Python's
//! `email` in its compat32 policy) then shows `Сулеймен ова`. Plain ASCII text is left
//! to the builder. A name (From, Reply-To, To) is one encoded word, however long: in an
//! address, Python's reader in its default policy keeps the space between two encoded
//! words that RFC 2047 says to drop, so a name cut in two reads `Нұр сұлтанқызы` there
//! (or, cut between words, with two spaces), while its compat32 policy and mail programs
//! drop it; one word reads the same everywhere. Every header made from data (Subject, and
//! the names of From, Reply-To and To) goes through [`subject`] and [`mailbox`], with its
//! line breaks and runs of spaces made one space.

use base64::Engine;
use mail_builder::headers::HeaderType;
use mail_builder::headers::address::Address;
use mail_builder::headers::raw::Raw;
use mail_builder::headers::text::Text;

/// Bytes of text per encoded word: 45 bytes make 60 base64 characters, and with
/// `=?utf-8?b?` and `?=` the word's 72 stay within RFC 2047's 75.
const WORD_BYTES: usize = 45;

/// Whether `text` must be encoded: a mail reader could take part of it for an encoded
/// word, or it holds more than ASCII.
pub fn looks_encoded(text: &str) -> bool {
    text.contains("=?") || !text.is_ascii()
}

/// `text` on one line: a line break or a run of spaces is one space (a name typed on two
/// lines of a spreadsheet's cell is a name with a space).
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` as base64 encoded words (`=?utf-8?b?…?=`) separated by spaces (which readers
/// drop between two encoded words). Each word ends between two words of the text, the
/// space after the last inside it; only a word too long for one encoded word (more than
/// [`WORD_BYTES`] bytes) is cut, between two characters.
pub fn encoded_words(text: &str) -> String {
    let encode = |chunk: &str| {
        format!(
            "=?utf-8?b?{}?=",
            base64::engine::general_purpose::STANDARD.encode(chunk)
        )
    };
    let mut words = Vec::new();
    let mut current = String::new();
    for piece in text.split_inclusive(' ') {
        if !current.is_empty() && current.len() + piece.len() > WORD_BYTES {
            words.push(encode(&current));
            current.clear();
        }
        let mut piece = piece;
        while piece.len() > WORD_BYTES {
            let mut end = WORD_BYTES;
            while !piece.is_char_boundary(end) {
                end -= 1;
            }
            words.push(encode(&piece[..end]));
            piece = &piece[end..];
        }
        current.push_str(piece);
    }
    if !current.is_empty() {
        words.push(encode(&current));
    }
    words.join(" ")
}

/// Most bytes of a name encoded as one word: its encoded word and address stay well
/// within a header line's 998 characters; a longer name is cut between its words.
const PHRASE_BYTES: usize = 600;

/// A name as one base64 encoded word (see the module's header), or as
/// [`encoded_words`] when longer than [`PHRASE_BYTES`].
pub fn encoded_phrase(name: &str) -> String {
    if name.len() > PHRASE_BYTES {
        return encoded_words(name);
    }
    format!(
        "=?utf-8?b?{}?=",
        base64::engine::general_purpose::STANDARD.encode(name)
    )
}

/// The Subject header of `text`.
pub fn subject(text: &str) -> HeaderType<'static> {
    let text = one_line(text);
    if looks_encoded(&text) {
        Raw::new(encoded_words(&text)).into()
    } else {
        Text::new(text).into()
    }
}

/// An address header (From, Reply-To, To) of a name and an address checked by
/// [`crate::input::links::is_address`].
pub fn mailbox(name: &str, email: &str) -> HeaderType<'static> {
    let name = one_line(name);
    if looks_encoded(&name) {
        Raw::new(format!("{} <{email}>", encoded_phrase(&name))).into()
    } else {
        Address::new_address(Some(name), email.to_string()).into()
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
    fn only_text_that_could_read_as_an_encoded_word_or_is_not_ascii_is_encoded() {
        assert!(looks_encoded("=?utf-8?q?Bcc=3A_x?="));
        assert!(looks_encoded("Сулейменова"));
        assert!(!looks_encoded("Press release: 2 + 2 = 4?"));
    }

    /// The texts of `words`, decoded one by one.
    fn decoded(words: &str) -> Vec<String> {
        words
            .split(' ')
            .map(|word| {
                let inner = word
                    .strip_prefix("=?utf-8?b?")
                    .and_then(|w| w.strip_suffix("?="))
                    .unwrap();
                String::from_utf8(
                    base64::engine::general_purpose::STANDARD
                        .decode(inner)
                        .unwrap(),
                )
                .unwrap()
            })
            .collect()
    }

    #[test]
    fn encoded_words_end_between_words() {
        let name = "Айгерім Сүлейменова Нұрсұлтанқызы Байжанова-Оспанова";
        let parts = decoded(&encoded_words(name));
        assert_eq!(parts.concat(), name);
        assert!(parts.len() > 1, "{parts:?}");
        for part in &parts[..parts.len() - 1] {
            assert!(part.ends_with(' '), "a word cut: {parts:?}");
        }
        // A word longer than one encoded word is cut between characters, and only it.
        let long = "Сүлейменова-Нұрсұлтанқызы-Байжанова";
        let parts = decoded(&encoded_words(&format!("А. {long} Б.")));
        assert_eq!(parts.concat(), format!("А. {long} Б."));
    }

    #[test]
    fn a_name_on_two_lines_is_a_name_with_a_space() {
        assert_eq!(one_line(" Айгерім\r\nСүлейменова "), "Айгерім Сүлейменова");
    }
}

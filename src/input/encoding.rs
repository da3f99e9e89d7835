//! A briefing file that is not UTF-8, told in plain words: which encoding it most
//! likely is (the Windows-1251 of Russian Windows, or Notepad's "Unicode", UTF-16), and
//! how to save it again as UTF-8, located at the line of its first bad byte with that
//! line shown as the author sees it.

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::messages::input::Input;

/// Whether `bytes` read as Windows-1251 make Russian text: the letters outside ASCII are
/// Cyrillic, and they make words of their own. (A Western text's accented letters read
/// as Cyrillic too, but one at a time inside Latin words: `café` reads `cafй`.)
fn looks_like_windows_1251(bytes: &[u8]) -> bool {
    let (text, _, _) = encoding_rs::WINDOWS_1251.decode(bytes);
    let chars: Vec<char> = text.chars().collect();
    let cyrillic = |c: char| ('\u{0400}'..='\u{04FF}').contains(&c);
    let (mut letters, mut other, mut inside_latin) = (0usize, 0usize, 0usize);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii() {
            continue;
        }
        if !cyrillic(c) {
            if c.is_alphabetic() || c.is_control() {
                other += 1;
            }
            continue;
        }
        letters += 1;
        let latin = |j: Option<usize>| {
            j.and_then(|j| chars.get(j))
                .is_some_and(|n| n.is_ascii_alphabetic())
        };
        if latin(i.checked_sub(1)) || latin(Some(i + 1)) {
            inside_latin += 1;
        }
    }
    letters > 0 && letters >= 4 * other && letters >= 4 * inside_latin
}

/// Whether `bytes` are UTF-16 text: a byte-order mark, or a NUL byte beside every other
/// ASCII character.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return true;
    }
    let sample = &bytes[..bytes.len().min(200)];
    sample.len() >= 4 && sample.iter().filter(|b| **b == 0).count() * 3 >= sample.len()
}

/// The error for the briefing file `path`, whose `bytes` are not UTF-8 from byte `at` on.
pub fn refused(path: &Path, bytes: &[u8], at: usize) -> Diagnostic {
    if looks_like_utf16(bytes) {
        // ASCII in UTF-16 has its zero bytes second (little-endian, Windows') or first.
        let zeros_first = bytes.iter().step_by(2).filter(|b| **b == 0).count()
            > bytes.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
        let encoding = if zeros_first {
            encoding_rs::UTF_16BE
        } else {
            encoding_rs::UTF_16LE
        };
        let (text, _, _) = encoding.decode(bytes);
        return Diagnostic::at(path, &text, 0..0, Input::SavedAsUtf16).with_hint(Input::Resave);
    }
    if looks_like_windows_1251(bytes) {
        // Windows-1251 is one byte a character: the text decoded that way shows the line
        // as its author sees it, and byte `at` is character `at`.
        let (text, _, _) = encoding_rs::WINDOWS_1251.decode(bytes);
        let (before, _, _) = encoding_rs::WINDOWS_1251.decode(&bytes[..at]);
        let start = before.len();
        let end = text[start..]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8());
        return Diagnostic::at(
            path,
            &text,
            start..end,
            Input::SavedAsWindows1251 {
                byte: at.to_string(),
            },
        )
        .with_hint(Input::Resave);
    }
    let lossy = String::from_utf8_lossy(bytes).into_owned();
    let lossy_at = String::from_utf8_lossy(&bytes[..at]).len();
    Diagnostic::at(
        path,
        &lossy,
        lossy_at..lossy_at + 1,
        Input::NotUtf8 {
            byte: at.to_string(),
        },
    )
    .with_hint(Input::Resave)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_in_windows_1251_is_named_and_located_on_its_line() {
        let (bytes, _, _) =
            encoding_rs::WINDOWS_1251.encode("format = 1\n\n[event]\ntitle = \"Брифинг\"\n");
        let at = std::str::from_utf8(&bytes).unwrap_err().valid_up_to();
        let e = refused(Path::new("b.toml"), &bytes, at);
        assert!(e.message.en().contains("Windows-1251"), "{}", e.message);
        let location = e.location.unwrap();
        assert_eq!((location.line, location.column), (4, 10));
        assert!(e.hints[0].en().contains("Encoding: UTF-8"), "{:?}", e.hints);
    }

    #[test]
    fn utf16_and_other_bytes_are_told_apart() {
        let utf16: Vec<u8> = "\u{feff}format = 1\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let e = refused(Path::new("b.toml"), &utf16, 0);
        assert!(e.message.en().contains("UTF-16"), "{}", e.message);
        // Told at the start, the first line shown as its author wrote it.
        let location = e.location.unwrap();
        assert_eq!((location.line, location.column), (1, 1));
        assert_eq!(location.source_line, "format = 1");
        let e = refused(Path::new("b.toml"), b"a = 1\nb = \"caf\xE9\"", 14);
        assert!(
            e.message.en().contains("not valid UTF-8 (byte 14)"),
            "{}",
            e.message
        );
    }
}

//! Names of files and folders that every system can hold. A press kit made on Linux is
//! copied to the Windows PCs of the office, and Windows refuses some names that Linux
//! takes: the names it keeps for devices (`CON`, `aux.toml`: `AUX` with any extension),
//! a name ending in a dot or a space (Windows drops them, so `riga .toml` and `riga.toml`
//! would meet), and the characters `< > : " | ? *`. presskit refuses such names for what
//! it writes, on every system, so that no folder is made that a colleague cannot copy,
//! and for the files a briefing names, so that its archive restores on those PCs. It
//! sits below the input and the output, which both ask it.

use crate::messages::{Msg, documents::Documents};

/// The names Windows keeps for devices, with or without an extension, in any case.
const DEVICES: [&str; 32] = [
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "COM0", "COM1", "COM2", "COM3", "COM4",
    "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³", "LPT0", "LPT1", "LPT2", "LPT3",
    "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
];

/// The characters Windows does not allow in a name (besides `/`, `\` and control
/// characters, which the callers refuse on every system already).
const FORBIDDEN: [char; 7] = ['<', '>', ':', '"', '|', '?', '*'];

/// Why Windows could not hold a file or folder called `name` (one component of a path),
/// in words that end a sentence "this name cannot be used: ...", or `None` when it can.
pub fn refusal(name: &str) -> Option<Msg> {
    if let Some(c) = name.chars().find(|c| FORBIDDEN.contains(c)) {
        return Some(Documents::NameHoldsForbidden { c: c.to_string() }.into());
    }
    if name.ends_with('.') || name.ends_with(' ') {
        return Some(Documents::NameEndsWithDotOrSpace.into());
    }
    // `aux.toml`, `Con .pdf`: the part before the first dot, spaces after it ignored.
    let base = name.split('.').next().unwrap_or(name).trim_end_matches(' ');
    let device = DEVICES.iter().find(|d| d.eq_ignore_ascii_case(base))?;
    Some(
        Documents::NameIsADevice {
            device: device.to_string(),
            name: name.to_string(),
        }
        .into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_names_are_refused_with_any_extension_and_in_any_case() {
        for name in [
            "CON",
            "con",
            "aux",
            "aux.toml",
            "Aux.Toml",
            "nul.tar.gz",
            "com1",
            "LPT9.pdf",
            "com¹",
            "CON .txt",
            "conin$",
            "PRN",
        ] {
            let why = refusal(name).unwrap_or_else(|| panic!("{name:?} accepted"));
            assert!(why.en().contains("for a device"), "{name:?}: {why}");
        }
        let why = refusal("aux.toml").unwrap().en();
        assert_eq!(
            why,
            "Windows keeps the name AUX for a device, with any extension, so no file or folder can be called `aux.toml` there"
        );
    }

    #[test]
    fn trailing_dots_and_spaces_and_forbidden_characters_are_refused() {
        assert!(
            refusal("riga ")
                .unwrap()
                .en()
                .contains("ends with a dot or a space")
        );
        assert!(
            refusal("riga.")
                .unwrap()
                .en()
                .contains("ends with a dot or a space")
        );
        for c in FORBIDDEN {
            let name = format!("q{c}a");
            let why = refusal(&name).unwrap_or_else(|| panic!("{name:?} accepted"));
            assert!(why.en().contains(&format!("`{c}`")), "{why}");
        }
    }

    #[test]
    fn names_that_only_look_like_devices_are_kept() {
        for name in [
            "almaty-2016-12-22",
            "брифинг 2027",
            "console",
            "auxiliary.toml",
            "com10",
            "lpt",
            "con-2027.toml",
            "a.con",
            "nul_",
            "briefing.toml",
        ] {
            assert_eq!(refusal(name), None, "{name:?} refused");
        }
    }
}

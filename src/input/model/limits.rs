//! The bounds of a briefing: how many people, rows, speakers and bio characters it
//! may hold, and the years its dates may name.

/// Most people one outlet may send: more than any press briefing seats, far fewer than
/// would make the sign-in sheet a book (each person is a row of it).
pub const MAX_PEOPLE: u32 = 1_000;

/// Most rows the sign-in sheet may list (the people, or named journalists, of every
/// outlet together): about 200 pages.
pub const MAX_SIGN_IN_ROWS: usize = 5_000;

/// Most speakers a briefing may have: each is a page of bios and of the kit and a name
/// tent, all typeset at once (2,000 with 1,800-character bios passed 4 GiB).
pub const MAX_SPEAKERS: usize = 300;

/// Most characters the bios of all the speakers may hold together: what typesets within
/// the default memory limit (300 bios of 1,800 characters are 540,000).
pub const MAX_BIO_CHARS: usize = 600_000;

/// The earliest year a briefing's dates may hold: before it, a date is a typo (`0216`).
pub const MIN_YEAR: u16 = 1900;

/// The latest year a briefing's dates may hold: four digits, as PDF dates have.
pub const MAX_YEAR: u16 = 9999;

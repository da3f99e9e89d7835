//! Messages about reading a file within bounds and checking what it holds: a file too
//! large or not a file, an image that will not typeset, a text or list too long, a date
//! typed on the command line, an email address, prose in another script, `upgrade`.

use super::Input;
use crate::messages::Msg;

kinds! {
    /// What reading a file and checking its values may say.
    Input::Input::Reading => Reading {
        // bounded: a file read within a limit, told after its name ("the manifest …")
        /// A file that cannot be opened or read, with the system's reason.
        CannotBeRead { reason: String } = "input-reading-cannot-be-read",
        /// A path that is a folder, a device… (`what`), not a regular file.
        IsNotAFile { what: Box<Msg> } = "input-reading-is-not-a-file",
        /// A file larger than its limit.
        IsTooLarge { size: u64, limit: u64 } = "input-reading-is-too-large",
        /// A folder, as what a path is.
        AFolder = "input-reading-a-folder",
        /// A FIFO, as what a path is.
        AFifo = "input-reading-a-fifo",
        /// A socket, as what a path is.
        ASocket = "input-reading-a-socket",
        /// A device, as what a path is.
        ADevice = "input-reading-a-device",
        /// Some other special file, as what a path is.
        ASpecialFile = "input-reading-a-special-file",
        // briefing: the briefing file itself and the sizes of its values
        /// A briefing file larger than a briefing may be.
        BriefingTooLarge { size: u64, most: u64 } = "input-reading-briefing-too-large",
        /// A briefing path that is not a regular file.
        BriefingNotAFile { what: Box<Msg> } = "input-reading-briefing-not-a-file",
        /// A briefing that cannot be read, with the system's reason.
        BriefingUnreadable { reason: String } = "input-reading-briefing-unreadable",
        /// A text value longer than a value may be.
        TextTooLong { count: u64, most: u64 } = "input-reading-text-too-long",
        /// How to make a text shorter.
        TextTooLongHint = "input-reading-text-too-long-hint",
        /// An array with more items than an array may hold.
        ArrayTooLong { count: u64, most: u64 } = "input-reading-array-too-long",
        /// Keys nested deeper than the parser reads.
        NestedTooDeep = "input-reading-nested-too-deep",
        /// The briefing cannot be edited (`import`, `upgrade`), with the parser's reason.
        CannotEdit { reason: String } = "input-reading-cannot-edit",
        // image: a logo or photo checked as Typst will read it
        /// A raster image whose header gives no size.
        ImageDamaged = "input-reading-image-damaged",
        /// An image of no pixels.
        ImageEmpty { width: u64, height: u64 } = "input-reading-image-empty",
        /// An image of too many pixels.
        ImageTooManyPixels { width: u64, height: u64, side: u64, millions: u64 } = "input-reading-image-too-many-pixels",
        /// A raster image that does not decode, with the decoder's reason.
        ImageUndecodable { reason: String } = "input-reading-image-undecodable",
        /// An SVG that does not parse, with the parser's reason.
        SvgUnreadable { reason: String } = "input-reading-svg-unreadable",
        // vocab: a date typed on the command line (`report --from`)
        /// A date written another way, with the same date as it is written here.
        DateWrittenOtherwise { typed: String, date: String } = "input-reading-date-written-otherwise",
        /// Text that is no date.
        NotADate { typed: String } = "input-reading-not-a-date",
        // links: email addresses
        /// A value that is not one plain email address.
        NotOneAddress { path: String, email: String } = "input-reading-not-one-address",
        /// How to write an address, when none is in the value.
        WriteOneAddress = "input-reading-write-one-address",
        /// The address found in the value, to write alone (`email = "a@b.kz"`).
        WriteAddressAlone { line: String } = "input-reading-write-address-alone",
        // script: prose in another script than the briefing's language
        /// Prose in Latin letters in a Russian or Kazakh briefing (`language`: its code).
        InLatinLetters { path: String, language: String } = "input-reading-in-latin-letters",
        /// Prose in Cyrillic letters in an English briefing.
        InCyrillicLetters { path: String, language: String } = "input-reading-in-cyrillic-letters",
        /// How many more texts are in the other script.
        MoreTextsToo { count: u64 } = "input-reading-more-texts-too",
        /// How to say a briefing is Russian or Kazakh.
        SayRussianOrKazakh = "input-reading-say-russian-or-kazakh",
        /// How to say a briefing is English.
        SayEnglish = "input-reading-say-english",
    }
}

/// A date argument that is not one, in words.
impl From<crate::vocab::BadDate> for Msg {
    fn from(bad: crate::vocab::BadDate) -> Self {
        match bad {
            crate::vocab::BadDate::WrittenOtherwise { typed, date } => {
                Reading::DateWrittenOtherwise { typed, date }
            }
            crate::vocab::BadDate::NotADate { typed } => Reading::NotADate { typed },
        }
        .into()
    }
}

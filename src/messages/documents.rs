//! Messages about making documents: templates, typesetting, writing the files.

use super::Msg;

kinds! {
    /// What making documents may say.
    Documents => Documents {
        /// A document left out because its data is not written yet.
        LeftOut { documents: String, count: usize, section: String } = "documents-left-out",
        /// A file that could not be written, with the system's reason.
        CannotWrite { reason: String } = "documents-cannot-write",
        // documents: warnings about a briefing
        /// An outlet written a second time, at the second row.
        OutletWrittenAgain { path: String, name: String, first: String, line: usize } = "documents-outlet-written-again",
        /// An outlet written a second time, at the first row.
        OutletWrittenAgainAt { path: String, name: String, again: String, line: usize } = "documents-outlet-written-again-at",
        /// What to do about an outlet written twice.
        KeepOneRowPerOutlet = "documents-keep-one-row-per-outlet",
        /// An outlet whose presence is not written while others' is.
        PresenceNotRecorded { path: String, name: String } = "documents-presence-not-recorded",
        /// How to record an outlet's presence.
        WritePresence = "documents-write-presence",
        /// A web address with another scheme than http or https.
        NotAWebAddress { path: String, scheme: String } = "documents-not-a-web-address",
        /// How to write a web address.
        WriteWebAddress { key: String } = "documents-write-web-address",
        // documents: mail drafts and media lists
        /// Drafts that together would be too large.
        DraftsTooLarge { count: usize, each: usize, total: usize, most: usize } = "documents-drafts-too-large",
        /// A media list without a name or an email column.
        MediaListNeedsNameAndEmail { headings: String } = "documents-media-list-needs-name-and-email",
        /// How to name a media list's columns.
        NameTheColumns = "documents-name-the-columns",
        /// Columns of a media list that presskit does not read.
        ColumnsNotUsed { columns: String } = "documents-columns-not-used",
        /// The columns a media list may have.
        MediaListColumns = "documents-media-list-columns",
        /// Only the first mistakes were shown.
        FirstMistakesShown { count: usize } = "documents-first-mistakes-shown",
        /// A media list row without an address.
        RowWithoutAddress = "documents-row-without-address",
        /// A value that is not an email address.
        NotAnAddress { text: String } = "documents-not-an-address",
        /// How to write an address.
        OneAddressPerRow = "documents-one-address-per-row",
        /// A media list row without a name.
        RowWithoutName { address: String } = "documents-row-without-name",
        /// An address listed twice.
        AddressListedTwice { address: String } = "documents-address-listed-twice",
        /// Where an address was listed first.
        FirstIsAt { place: String } = "documents-first-is-at",
        /// More repeated addresses than were told.
        MoreRowsRepeat { count: usize } = "documents-more-rows-repeat",
        /// Journalists who read a language the release is not in.
        OtherLanguageJournalists { languages: String, journalists: String } = "documents-other-language-journalists",
        /// A media list longer than one run drafts.
        TooManyJournalists { count: usize, most: usize } = "documents-too-many-journalists",
        /// How to draft for a long media list.
        SplitTheList = "documents-split-the-list",
        /// A media list without rows.
        NoJournalist = "documents-no-journalist",
        /// A briefing without a sender's address for drafts.
        NoSenderAddress = "documents-no-sender-address",
        /// Where to write the sender's address.
        AddSenderAddress = "documents-add-sender-address",
        // documents: which documents are made, and why not
        /// What to do about a document asked for with --only whose data is missing.
        AddWhatIsMissing = "documents-add-what-is-missing",
        /// Why a document waits: no release.
        NoReleaseYet = "documents-no-release-yet",
        /// Why a document waits: no speakers.
        NoSpeakers = "documents-no-speakers",
        /// Why a document waits: no attendance.
        NoAttendanceYet = "documents-no-attendance-yet",
        /// Documents not written, and why.
        NotWritten { reason: Box<Msg>, files: String } = "documents-not-written",
        /// The documents one error stops.
        ThisStops { documents: String } = "documents-this-stops",
        /// A narrative file that cannot be read.
        NarrativeUnreadable { reason: String } = "documents-narrative-unreadable",
        /// What --narrative takes.
        GiveANarrative = "documents-give-a-narrative",
        /// A narrative that is not UTF-8.
        NarrativeNotUtf8 = "documents-narrative-not-utf8",
        /// How to save a file as UTF-8.
        SaveAsUtf8 = "documents-save-as-utf8",
        /// A file that cannot be read, with the system's reason.
        CannotRead { reason: String } = "documents-cannot-read",
        /// How many more there are than are named.
        AndMore { count: usize } = "documents-and-more",
        /// Documents of a translation that wait for texts.
        NotTranslatedYet { keys: String, files: String } = "documents-not-translated-yet",
        /// The command that adds the texts to translate.
        TranslateAddsTexts { file: String, language: String } = "documents-translate-adds-texts",
    }
}

//! Messages about reading a briefing, a translation, a media list or a sheet.

pub mod import;
pub mod reading;
pub mod sheets;
pub mod translations;

use super::Msg;

kinds! {
    /// What reading the inputs may say.
    Input => Input {
        /// A table heading that the format does not have.
        NotATable { key: String } = "input-not-a-table",
        /// A message about the value at a key path of the briefing.
        AtKey { key: String, what: Box<Msg> } = "input-at-key",
        /// The nearest name to one that is not known.
        DidYouMean { name: String } = "input-did-you-mean",
        /// A table without a key the format requires.
        MissingRequiredKey { table: String, key: String } = "input-missing-required-key",
        /// A reference to a speaker id that no `[[speakers]]` table has.
        UnknownSpeakerId { id: String } = "input-unknown-speaker-id",
        /// A text value whose closing quote is missing (`subject` names its key, or is
        /// empty).
        NoClosingQuote { subject: String } = "input-no-closing-quote",
        /// How to close a text.
        NoClosingQuoteHint = "input-no-closing-quote-hint",
        /// A language code presskit does not know.
        UnknownLanguage { code: String } = "input-unknown-language",
        /// The literal line to write instead: `key = "value"`.
        WriteValue { key: String, value: String } = "input-write-value",
        /// The languages this build writes documents in.
        KnownLanguages { languages: String } = "input-known-languages",
        /// An event's last day before its first.
        EndBeforeStart { end: String, start: String } = "input-end-before-start",
        /// What to write for an event's last day.
        EndBeforeStartHint { start: String } = "input-end-before-start-hint",
        /// An end time given without the start time.
        EndTimeWithoutTime = "input-end-time-without-time",
        /// How to give the start time.
        EndTimeWithoutTimeHint = "input-end-time-without-time-hint",
        /// A one-day event's end time not after its start time.
        EndTimeNotAfterStart { end: String, start: String } = "input-end-time-not-after-start",
        /// What to write for an end time.
        EndTimeNotAfterStartHint = "input-end-time-not-after-start-hint",
        // mistakes: the briefing file's common mistakes, recognised in its text
        /// The literal line to write instead, as typed: `key = value`.
        WriteLine { line: String } = "input-write-line",
        /// A text between curly quotes.
        CurlyQuotes { subject: String } = "input-curly-quotes",
        /// The line to write with straight quotes.
        CurlyQuotesWrite { line: String } = "input-curly-quotes-write",
        /// How to quote a text, when the line to write cannot be told.
        CurlyQuotesHint = "input-curly-quotes-hint",
        /// A backslash in a path.
        BackslashInPath { subject: String } = "input-backslash-in-path",
        /// A path from the disk: copy the file beside the briefing, then write the line.
        CopyIntoFolder { file: String, line: String } = "input-copy-into-folder",
        /// A backslash in a text that is not a path.
        BackslashInText { subject: String } = "input-backslash-in-text",
        /// How to print a backslash.
        BackslashHint = "input-backslash-hint",
        /// A quote mark that ends a text early.
        QuoteEndsText { subject: String } = "input-quote-ends-text",
        /// An apostrophe between single quotes.
        ApostropheInSingleQuotes = "input-apostrophe-in-single-quotes",
        /// How a quotation inside a text is written, with the marks it prints as.
        InnerQuote { marks: String } = "input-inner-quote",
        /// The same, when the briefing's language is not known yet.
        InnerQuoteAnyLanguage = "input-inner-quote-any-language",
        /// A yes/no key given something else.
        TrueOrFalseBare { key: String } = "input-true-or-false-bare",
        /// A number key given words.
        WholeNumberBare { key: String } = "input-whole-number-bare",
        /// A text closed but never opened.
        NoOpeningQuote { key: String } = "input-no-opening-quote",
        /// A text written without quotes.
        TextWithoutQuotes { key: String } = "input-text-without-quotes",
        /// How times are written.
        TimeForm = "input-time-form",
        /// How an embargo is written.
        EmbargoForm = "input-embargo-form",
        /// How a deadline is written.
        DeadlineForm = "input-deadline-form",
        /// How dates are written.
        DateForm = "input-date-form",
        /// A table heading written twice.
        TableOpenedTwice { header: String, line: String } = "input-table-opened-twice",
        /// What to do about a table heading written twice.
        TableOpenedTwiceHint { header: String } = "input-table-opened-twice-hint",
        /// A key written twice in one table.
        KeySetTwice { path: String, line: String } = "input-key-set-twice",
        /// What to do about a key written twice.
        KeySetTwiceHint = "input-key-set-twice-hint",
        /// `[speakers]` where `[[speakers]]` is meant.
        ListAsTable { name: String } = "input-list-as-table",
        /// What to write for a list's items.
        ListAsTableHint { name: String } = "input-list-as-table-hint",
        /// Where to add a required key.
        AddUnderHeading { example: String, heading: String } = "input-add-under-heading",
        /// A number of people that is not a whole number of at least 1.
        NumberOfPeople { path: String } = "input-number-of-people",
        /// A whole number given something else.
        WholeNumber { path: String, example: String } = "input-whole-number",
        /// A yes/no value given something else.
        TrueOrFalse { path: String } = "input-true-or-false",
        /// A list of paragraphs given something else.
        ListOfParagraphs { path: String, key: String } = "input-list-of-paragraphs",
        /// A list of texts given something else.
        ListOfTexts { path: String, key: String } = "input-list-of-texts",
        /// A text given something else.
        IsText { path: String, key: String } = "input-is-text",
        /// A table given something else.
        IsTable { path: String } = "input-is-table",
        /// A number that may be left out.
        LeaveOutUnknown { key: String } = "input-leave-out-unknown",
        /// A key that a table does not have.
        NotAKeyOf { key: String, heading: String } = "input-not-a-key-of",
        /// The tables of the format.
        TablesAre { list: String } = "input-tables-are",
        /// The keys of a table.
        KeysAre { list: String } = "input-keys-are",
        /// A kind of outlet that is not one.
        NotAKind { path: String, word: String, list: String } = "input-not-a-kind",
        /// The kind a word means.
        KindMeant { word: String, kind: String } = "input-kind-meant",
        // encoding and briefing: the file itself, before its values
        /// How to save a file as UTF-8.
        Resave = "input-resave",
        /// A file saved as UTF-16.
        SavedAsUtf16 = "input-saved-as-utf16",
        /// A file saved in Windows-1251, and the byte where it shows.
        SavedAsWindows1251 { byte: String } = "input-saved-as-windows-1251",
        /// A file that is not UTF-8.
        NotUtf8 { byte: String } = "input-not-utf8",
        /// An empty briefing.
        EmptyBriefing = "input-empty-briefing",
        /// How to start a briefing.
        EmptyBriefingHint = "input-empty-briefing-hint",
        /// A briefing without `format`.
        NoFormat = "input-no-format",
        /// How to start the file.
        NoFormatHint = "input-no-format-hint",
        /// A format this build does not read.
        UnknownFormat { typed: String, versions: String } = "input-unknown-format",
        /// What to do about it.
        UnknownFormatHint = "input-unknown-format-hint",
        /// A required section missing.
        NoSection { section: String } = "input-no-section",
        /// How to add it.
        NoSectionHint { section: String } = "input-no-section-hint",
        // model: the briefing's values, checked against each other and the folder
        /// A speaker's name typed where the id is expected.
        SpeakerNamed { typed: String, path: String, name: String, id: String } = "input-speaker-named",
        /// A name that several speakers have.
        SpeakersNamed { typed: String, list: String } = "input-speakers-named",
        /// One speaker of a list: its key path, name and id.
        SpeakerOfList { path: String, name: String, id: String } = "input-speaker-of-list",
        /// No `[[speakers]]` table at all.
        NoSpeakers = "input-no-speakers",
        /// The speaker ids there are.
        SpeakerIds { list: String } = "input-speaker-ids",
        /// How a speaker is named, with the ids there are.
        SpeakerNamedById { list: String } = "input-speaker-named-by-id",
        /// A speaker id used twice.
        IdUsedTwice { id: String, first: String } = "input-id-used-twice",
        /// Each speaker needs an id of its own.
        IdOfItsOwn = "input-id-of-its-own",
        /// A release without paragraphs.
        NoParagraph = "input-no-paragraph",
        /// An interpretation language that is no code.
        NotALanguageCode { code: String } = "input-not-a-language-code",
        /// How interpretation languages are written.
        LanguageCodesHint = "input-language-codes-hint",
        /// A year out of the range of briefings.
        YearOutOfRange { year: String, from: String, to: String } = "input-year-out-of-range",
        /// A date expected, something else found.
        ExpectedDate { found: String } = "input-expected-date",
        /// A time expected, something else found.
        ExpectedTime { found: String } = "input-expected-time",
        /// A date and time expected, something else found.
        ExpectedMoment { found: String } = "input-expected-moment",
        /// A date, time and offset expected, something else found.
        ExpectedEmbargo { found: String } = "input-expected-embargo",
        /// Why an embargo needs its offset.
        EmbargoNeedsZone = "input-embargo-needs-zone",
        /// A file path that leaves the briefing's folder.
        PathLeavesFolder { path: String } = "input-path-leaves-folder",
        /// An absolute file path.
        PathAbsolute { path: String } = "input-path-absolute",
        /// A path naming no file.
        PathNamesNoFile { path: String } = "input-path-names-no-file",
        /// A path through a link to outside the folder.
        PathThroughLink { path: String } = "input-path-through-link",
        /// A path naming a folder, not a file.
        PathNotAFile { path: String } = "input-path-not-a-file",
        /// Where paths are read from.
        PathsStayInside = "input-paths-stay-inside",
        /// A path through a name that Windows cannot hold (`aux.svg`).
        PathNotPortable { path: String, name: String } = "input-path-not-portable",
        /// A speaker id of other characters than lower-case letters, digits and `-`.
        NotAValidId { id: String } = "input-not-a-valid-id",
        /// Which names Windows takes, and where to write the new one.
        RenameForWindows { key: String } = "input-rename-for-windows",
        /// A file the user may not read.
        NotAllowedToRead { path: String } = "input-not-allowed-to-read",
        /// How to be allowed to read it.
        NotAllowedToReadHint = "input-not-allowed-to-read-hint",
        /// A file that cannot be read, with the system's reason.
        CannotRead { path: String, reason: String } = "input-cannot-read",
        /// Check the path.
        CheckThePath = "input-check-the-path",
        /// A folder of the path that is not there.
        NoFolder { folder: String, path: String } = "input-no-folder",
        /// A file that is not there.
        NoFile { path: String } = "input-no-file",
        /// A file of nearly the name.
        NearlyTheFile { fixed: String, line: String } = "input-nearly-the-file",
        /// What the briefing's folder holds.
        FolderHolds { names: String } = "input-folder-holds",
        /// What a folder of the briefing's holds.
        SubfolderHolds { folder: String, names: String } = "input-subfolder-holds",
        /// An image too large.
        ImageTooLarge { path: String, bytes: String, most: String } = "input-image-too-large",
        /// How to make it smaller.
        ImageTooLargeHint = "input-image-too-large-hint",
        /// A file named as no image.
        NotAnImageName { path: String } = "input-not-an-image-name",
        /// The names images have.
        ImageNamesHint = "input-image-names-hint",
        /// An image whose contents are of another format than its name.
        ImageOfAnotherFormat { path: String, expected: String, found: String } = "input-image-of-another-format",
        /// A file whose contents are no image.
        ImageNotAnImage { path: String, expected: String } = "input-image-not-an-image",
        /// Export the image again.
        ExportAgainHint = "input-export-again-hint",
        /// Export the image again, at print size.
        ExportAgainSizedHint = "input-export-again-sized-hint",
        // model: the warnings of a valid briefing, its bounds and the glyph check
        /// A coverage outlet that is no attending outlet's name, but nearly is one's.
        CoverageNearMiss { path: String, outlet: String, near: String, line: String } = "input-coverage-near-miss",
        /// Write the outlet as the attendance writes it.
        CoverageNearMissHint { there: String, near: String } = "input-coverage-near-miss-hint",
        /// A media advisory with no phone or email anywhere to register.
        NoWayToRegister = "input-no-way-to-register",
        /// Where to give a way to register (`line`: the literal contact to write).
        NoWayToRegisterHint { line: String } = "input-no-way-to-register-hint",
        /// A release whose first paragraph opens with a dateline of its own.
        TypedDateline { path: String, lead: String } = "input-typed-dateline",
        /// Start with the lead itself.
        TypedDatelineHint = "input-typed-dateline-hint",
        /// A headline past the length read at a glance.
        LongHeadline { length: usize } = "input-long-headline",
        /// Keep the headline short.
        LongHeadlineHint = "input-long-headline-hint",
        /// More people than one outlet can send.
        TooManyPeople { people: u32, most: u32 } = "input-too-many-people",
        /// Count the people again.
        TooManyPeopleHint = "input-too-many-people-hint",
        /// More people registered than a sign-in sheet can list.
        TooManySignInRows { rows: usize, most: usize } = "input-too-many-sign-in-rows",
        /// More speakers than presskit typesets.
        TooManySpeakers { count: usize, most: usize } = "input-too-many-speakers",
        /// Who a briefing's speakers are.
        TooManySpeakersHint = "input-too-many-speakers-hint",
        /// Bios longer together than presskit typesets.
        BiosTooLong { chars: usize, most: usize } = "input-bios-too-long",
        /// Shorten the bios.
        BiosTooLongHint = "input-bios-too-long-hint",
        /// A character no font of the documents prints.
        Unprintable { path: String, code: String, character: String } = "input-unprintable",
        /// A character whose capital letter no font of the documents prints.
        UnprintableCapital { path: String, code: String, character: String } = "input-unprintable-capital",
        /// Replace the character, with what the fonts cover.
        UnprintableHint = "input-unprintable-hint",
        /// Or add a font that has it.
        UnprintableFontHint = "input-unprintable-font-hint",
    }
    rooms {
        /// Reading files within bounds, and checks of what they hold.
        Reading(reading::Reading),
        /// Reading a translation file.
        Translations(translations::Translations),
        /// Merging a sheet into a briefing (`presskit import`).
        Import(import::Import),
        /// Reading a sheet (CSV, XLSX, XLS, ODS).
        Sheets(sheets::Sheets),
    }
}

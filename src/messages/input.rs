//! Messages about reading a briefing, a translation, a media list or a sheet.

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
    }
}

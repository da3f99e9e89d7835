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
    }
}

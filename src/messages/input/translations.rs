//! Messages about a translation file (`<stem>.<language>.toml`): its header, a value it
//! may not give, a key or speaker its briefing does not have, a text whose original
//! changed since it was translated.

use super::Input;
use crate::messages::Msg;

kinds! {
    /// What reading a translation may say.
    Input::Input::Translations => Translations {
        /// A translation without `format`.
        NoFormat = "input-translation-no-format",
        /// How to start a translation.
        NoFormatHint = "input-translation-no-format-hint",
        /// A translation without `translation`.
        NoLanguage = "input-translation-no-language",
        /// What to write for its language (`code`, from the file's name).
        NoLanguageHint { code: String } = "input-translation-no-language-hint",
        /// `translation` other than the language of the file's name.
        NameDisagrees { typed: String, code: String } = "input-translation-name-disagrees",
        /// How a translation into `written` is named.
        NameDisagreesHint { written: String, stem: String, code: String } = "input-translation-name-disagrees-hint",
        /// A translation into the briefing's own language.
        SameLanguage { briefing: String, code: String } = "input-translation-same-language",
        /// Name the file after the language it translates into.
        SameLanguageHint = "input-translation-same-language-hint",
        /// A value that comes from the briefing alone (`what`: which, as one of the words
        /// below).
        Fixed { what: Box<Msg> } = "input-translation-fixed",
        /// Remove it from the translation.
        FixedHint { file: String } = "input-translation-fixed-hint",
        /// The attendance list, as a value a translation may not give.
        TheAttendanceList = "input-translation-the-attendance-list",
        /// The coverage list, likewise.
        TheCoverageList = "input-translation-the-coverage-list",
        /// A web address, likewise.
        AWebAddress = "input-translation-a-web-address",
        /// An email address, likewise.
        AnEmailAddress = "input-translation-an-email-address",
        /// A phone number, likewise.
        APhoneNumber = "input-translation-a-phone-number",
        /// A path, likewise.
        APath = "input-translation-a-path",
        /// A date, likewise.
        ADate = "input-translation-a-date",
        /// A time, likewise.
        ATime = "input-translation-a-time",
        /// A date and time, likewise.
        ADateAndTime = "input-translation-a-date-and-time",
        /// The briefing's language, likewise.
        TheBriefingsLanguage = "input-translation-the-briefings-language",
        /// Language codes, likewise.
        LanguageCodes = "input-translation-language-codes",
        /// A speaker id, likewise.
        ASpeakerId = "input-translation-a-speaker-id",
        /// An id, likewise.
        AnId = "input-translation-an-id",
        /// A number, likewise.
        ANumber = "input-translation-a-number",
        /// A text value given something else.
        IsText = "input-translation-is-text",
        /// What a translation's value is.
        IsTextHint = "input-translation-is-text-hint",
        /// An array of texts given something else.
        IsTexts = "input-translation-is-texts",
        /// A table given something else.
        IsTable = "input-translation-is-table",
        /// An array of tables given something else.
        IsRows { name: String } = "input-translation-is-rows",
        /// An item of an array of tables that is not a table.
        IsRow { name: String } = "input-translation-is-row",
        /// A value the briefing does not have.
        NothingToTranslate { target: String } = "input-translation-nothing-to-translate",
        /// Write it in the briefing first.
        NothingToTranslateHint { file: String } = "input-translation-nothing-to-translate-hint",
        /// A key of the translation's top level that a translation does not have.
        NotAKey { key: String } = "input-translation-not-a-key",
        /// A table past the briefing's last of that array.
        RowBeyond { count: u64, name: String, number: u64 } = "input-translation-row-beyond",
        /// Tables are matched in order.
        RowBeyondHint { name: String, file: String } = "input-translation-row-beyond-hint",
        /// A translated speaker without an id.
        NoId = "input-translation-no-id",
        /// How a translated speaker is matched.
        NoIdHint = "input-translation-no-id-hint",
        /// A speaker id that the briefing does not have.
        UnknownSpeaker { file: String, id: String } = "input-translation-unknown-speaker",
        /// The briefing has no speakers.
        NoSpeakers = "input-translation-no-speakers",
        /// The briefing's speaker ids.
        SpeakersAre { list: String } = "input-translation-speakers-are",
        /// A speaker translated twice.
        TranslatedTwice { id: String } = "input-translation-translated-twice",
        /// A text whose original changed since it was translated.
        Stale { at: String, target: String, file: String } = "input-translation-stale",
        /// How to check it.
        StaleHint { file: String, code: String } = "input-translation-stale-hint",
        /// The comment at the top of a translation file `translate` writes, in the
        /// translation's language: what the file is and how to fill it in (`mark`: the
        /// mark of presskit's lines, `original`: the briefing's language code).
        FileHeader { file: String, code: String, mark: String, original: String } = "input-translation-file-header",
    }
}

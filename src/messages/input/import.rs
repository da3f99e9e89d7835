//! Messages of `presskit import`: columns not read, an entry the briefing holds with
//! other values (and how each value differs), rows that do not read, cells as people
//! type them, and the closing line.

use super::Input;
use crate::messages::Msg;

kinds! {
    /// What `import` may say.
    Input::Input::Import => Import {
        // the command: columns, conflicts, the closing line
        /// Columns of the sheet that no key reads.
        ColumnsNotImported { list: String } = "input-import-columns-not-imported",
        /// The columns read, and how to read another.
        ColumnsRead { list: String } = "input-import-columns-read",
        /// `--map` naming a heading the sheet does not have.
        MapNamesNoHeading { heading: String, list: String } = "input-import-map-names-no-heading",
        /// The briefing would not validate after the import.
        WouldNotBeValid = "input-import-would-not-be-valid",
        /// An entry the briefing holds with other values (`differences`, joined).
        Conflict { entry: Box<Msg>, differences: String } = "input-import-conflict",
        /// Where the briefing holds it.
        ConflictHint { place: String, path: String } = "input-import-conflict-hint",
        /// An outlet, as the entry of a conflict.
        Entry { name: String } = "input-import-entry",
        /// A piece of coverage, as the entry of a conflict.
        PieceOf { headline: String, outlet: String } = "input-import-piece-of",
        /// A value of the briefing (`there`) and of the sheet (`here`) that differ.
        Differs { key: String, there: String, here: String } = "input-import-differs",
        /// A value the briefing does not give and the sheet does.
        NotGivenThere { key: String, here: String } = "input-import-not-given-there",
        /// Came (`yes`) or not (`no`) in the briefing and on the sheet.
        PresenceDiffers { there: String, here: String } = "input-import-presence-differs",
        /// The briefing's array written inline, which import cannot add tables to.
        ArrayNotTables { key: String } = "input-import-array-not-tables",
        /// How to write it.
        ArrayNotTablesHint { key: String } = "input-import-array-not-tables-hint",
        /// Nothing to add or complete.
        NothingToChange { into: String, skipped: u64 } = "input-import-nothing-to-change",
        /// Tables that `--dry-run` would complete.
        WouldComplete { count: u64, key: String, into: String, skipped: u64 } = "input-import-would-complete",
        /// Tables completed.
        Completed { count: u64, key: String, into: String, skipped: u64 } = "input-import-completed",
        /// Tables that `--dry-run` would add.
        WouldAdd { count: u64, key: String, into: String, filled: u64, skipped: u64 } = "input-import-would-add",
        /// Tables added.
        Added { count: u64, key: String, into: String, filled: u64, skipped: u64 } = "input-import-added",
        // rows of a sheet
        /// A row without a required cell (`column`: `outlet`, `headline` or `date`).
        RowHasNo { column: String } = "input-import-row-has-no",
        /// A row of an outlet without its kind.
        RowHasNoKind { outlet: String } = "input-import-row-has-no-kind",
        /// A sheet of headings alone.
        NoRows = "input-import-no-rows",
        // attendance
        /// A registration sheet without a column of who came (format 1).
        NoColumnOfWhoCame = "input-import-no-column-of-who-came",
        /// What to do about it.
        NoColumnOfWhoCameHint = "input-import-no-column-of-who-came-hint",
        /// A number of people replaced by the names the sheet gives.
        PeopleWithNames { outlet: String, given: u64, named: u64, people: u64 } = "input-import-people-with-names",
        /// Registered outlets missing from the sign-in sheet, recorded as absent.
        AbsentRecorded { list: String } = "input-import-absent-recorded",
        /// An outlet of the sheet that is the briefing's, spelled otherwise.
        WrittenOtherwise { typed: String, name: String, line: u64 } = "input-import-written-otherwise",
        /// An outlet that came, says the briefing, but is not on the sign-in sheet.
        CameNotSignedIn { outlet: String, place: String } = "input-import-came-not-signed-in",
        /// What to do about it.
        CameNotSignedInHint = "input-import-came-not-signed-in-hint",
        /// An attendance sheet without its two columns.
        AttendanceColumns { list: String } = "input-import-attendance-columns",
        /// How to name them.
        AttendanceColumnsHint = "input-import-attendance-columns-hint",
        /// Rows of one outlet of different kinds.
        KindDiffers { outlet: String, here: String, first: String } = "input-import-kind-differs",
        /// Give them one kind.
        KindDiffersHint { outlet: String } = "input-import-kind-differs-hint",
        // coverage
        /// A coverage sheet without its three columns.
        CoverageColumns { list: String } = "input-import-coverage-columns",
        /// How to name them.
        CoverageColumnsHint = "input-import-coverage-columns-hint",
        /// One piece twice on the sheet, with other values.
        ListedTwice { differences: String } = "input-import-listed-twice",
        /// Keep one.
        ListedTwiceHint = "input-import-listed-twice-hint",
        // cells as people type them
        /// A cell that is neither yes nor no.
        NeitherYesNorNo { text: String } = "input-import-neither-yes-nor-no",
        /// How yes and no are written.
        YesNoHint = "input-import-yes-no-hint",
        /// A spreadsheet's error value where a name is expected.
        FormulaError { text: String } = "input-import-formula-error",
        /// What to do about it.
        FormulaErrorHint = "input-import-formula-error-hint",
        /// A cell without a letter where a name is expected.
        NoLetter { text: String } = "input-import-no-letter",
        /// What to do about it.
        NoLetterHint = "input-import-no-letter-hint",
        /// A cell that names no kind of outlet.
        NotAKind { text: String } = "input-import-not-a-kind",
        /// The kinds, in the format's words and in people's.
        KindsHint = "input-import-kinds-hint",
        /// A cell that is not the whole number expected (`what`).
        NotWhole { text: String, what: Box<Msg> } = "input-import-not-whole",
        /// How to write it.
        NotWholeHint { least: u64 } = "input-import-not-whole-hint",
        /// A number of people, as what a cell should be.
        ANumberOfPeople = "input-import-a-number-of-people",
        /// An audience estimate, likewise.
        AnAudienceEstimate = "input-import-an-audience-estimate",
        /// A cell that is no date.
        NotADate { text: String } = "input-import-not-a-date",
        /// A date with no four-digit year.
        NoFourDigitYear { text: String } = "input-import-no-four-digit-year",
        /// A date that is no day of the calendar.
        NotACalendarDay { text: String } = "input-import-not-a-calendar-day",
        /// How dates are written.
        DateHint = "input-import-date-hint",
        /// A date that reads day first and month first.
        AmbiguousDate { text: String, first: u64, second: u64 } = "input-import-ambiguous-date",
        /// How to write it unambiguously.
        AmbiguousDateHint { dotted: String, iso: String } = "input-import-ambiguous-date-hint",
        /// A cell that names no language.
        NotALanguage { text: String } = "input-import-not-a-language",
        /// How languages are written.
        LanguageHint = "input-import-language-hint",
    }
}

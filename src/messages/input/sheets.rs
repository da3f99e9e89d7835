//! Messages about reading a sheet (CSV, XLSX, XLS, ODS) for `import` and `mail`: a file
//! that does not read, a table past a bound (cells, columns, text, a workbook's parts),
//! its headings and `--map`, and where a row is.

use super::Input;
use crate::messages::Msg;

kinds! {
    /// What reading a sheet may say.
    Input::Input::Sheets => Sheets {
        // sheet: the file, its rows and headings
        /// A sheet that cannot be read, with the system's reason.
        CannotRead { reason: String } = "input-sheet-cannot-read",
        /// A path that is not a file.
        NotAFile = "input-sheet-not-a-file",
        /// A sheet file larger than a table may be.
        TooLarge { size: u64, most: u64 } = "input-sheet-too-large",
        /// A file that is not a table of values separated by commas, with the parser's
        /// reason.
        NotCsv { reason: String } = "input-sheet-not-csv",
        /// A sheet without a heading row.
        Empty = "input-sheet-empty",
        /// A row of a CSV file, by its line.
        Row { line: u64 } = "input-sheet-row",
        /// A row before, where no line is known.
        AnEarlierRow = "input-sheet-an-earlier-row",
        /// Two columns for one key.
        SecondColumn { key: String, heading: String } = "input-sheet-second-column",
        /// What to do about it.
        SecondColumnHint = "input-sheet-second-column-hint",
        /// `--map` naming a key that is not one.
        MapNamesNoKey { key: String, list: String } = "input-sheet-map-names-no-key",
        /// A `--map` value that is not `HEADING=key`.
        NotAMap { text: String } = "input-sheet-not-a-map",
        // bounds: a table past a bound
        /// What to do about a table past a bound.
        TooBigHint = "input-sheet-too-big-hint",
        /// More cells than a table may hold.
        PastCells { most: u64 } = "input-sheet-past-cells",
        /// A cell longer than a text of a briefing may be.
        CellTooLong { count: u64, most: u64 } = "input-sheet-cell-too-long",
        /// More text than a table may hold.
        TextPasses { mib: u64 } = "input-sheet-text-passes",
        /// A file named as a workbook that is none, with the reader's reason.
        NotAWorkbook { reason: String } = "input-sheet-not-a-workbook",
        /// A workbook that does not read, with the reader's reason.
        CannotReadSpreadsheet { reason: String } = "input-sheet-cannot-read-spreadsheet",
        /// A workbook without a sheet.
        NoSheet = "input-sheet-no-sheet",
        /// A shared text longer than a cell may hold.
        LongSharedText { index: u64, part: String, mib: u64, most: u64 } = "input-sheet-long-shared-text",
        /// A part of a workbook that unpacks to too much (`holds`: `texts`, `cells` or
        /// `other`).
        PartTooBig { part: String, mib: u64, holds: String, part_most: u64, all_most: u64 } = "input-sheet-part-too-big",
        /// A workbook's parts that unpack to too much together.
        PartsTooBig { mib: u64, holds: String, part_most: u64, all_most: u64 } = "input-sheet-parts-too-big",
        /// Shared texts declared past the cells a table may hold.
        SharedTextsDeclare { part: String, count: u64, most: u64 } = "input-sheet-shared-texts-declare",
        /// A file refused by its bounds (`reason`: what is wrong with it).
        FileRefused { reason: Box<Msg> } = "input-sheet-file-refused",
        // ods, xls, workbook: cells and sheets past a bound
        /// A cell past the columns a table may span.
        CellInColumn { column: u64, most: u64 } = "input-sheet-cell-in-column",
        /// A filled cell of an ODS sheet past those columns.
        FilledInColumn { column: u64, most: u64 } = "input-sheet-filled-in-column",
        /// An ODS cell longer than a cell may be.
        OdsCellTooLong { most: u64 } = "input-sheet-ods-cell-too-long",
        /// An ODS sheet whose repeated rows reach past the cells a table may hold.
        OdsReaches { sheet: String, rows: u64, columns: u64, most: u64 } = "input-sheet-ods-reaches",
        /// An ODS sheet whose repeated text passes what a table may hold.
        OdsTextPasses { sheet: String, mib: u64 } = "input-sheet-ods-text-passes",
        /// An XLS file's shared texts declared past the cells a table may hold.
        XlsSharedTexts { count: u64, most: u64 } = "input-sheet-xls-shared-texts",
        /// An XLS file of too many sheets.
        TooManySheets { count: u64, most: u64 } = "input-sheet-too-many-sheets",
        /// A damaged XLS file: a sheet past its end.
        SheetPastEnd { sheet: String } = "input-sheet-sheet-past-end",
        /// An XLS file whose sheets reach past the cells a table may hold.
        SheetsReachPast { from: String, most: u64 } = "input-sheet-sheets-reach-past",
        /// A damaged XLS file: dimensions upside down.
        DimensionsReversed = "input-sheet-dimensions-reversed",
        /// An XLS sheet whose dimensions span past the cells a table may hold.
        DimensionsSpan { from: String, count: u64, most: u64 } = "input-sheet-dimensions-span",
    }
}

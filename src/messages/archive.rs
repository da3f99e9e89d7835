//! Messages of the archive: storing, verifying, extracting, the index and the report.

use super::Msg;

kinds! {
    /// What the archive may say.
    Archive => Archive {
        /// An archived file whose checksum still matches.
        Intact { path: String } = "archive-intact",
        // archive: reading archived PDFs (extract)
        /// An archived PDF that cannot be read, and why.
        FileUnreadable { reason: String } = "archive-file-unreadable",
        /// An attachment that decompresses to more than presskit attaches.
        AttachmentTooLarge { limit: u64 } = "archive-attachment-too-large",
        /// Attachments that together decompress to too much.
        AttachedTooLarge { limit: u64 } = "archive-attached-too-large",
        /// An attachment whose filter is not a name.
        FilterNotAName = "archive-filter-not-a-name",
        /// An attachment compressed in a way presskit does not write.
        UnknownFilter { filter: String } = "archive-unknown-filter",
        /// An attachment that does not decompress.
        CannotDecompress { reason: String } = "archive-cannot-decompress",
        /// A PDF without an attached briefing.
        NoAttachedBriefing = "archive-no-attached-briefing",
        /// A PDF that does not read.
        NotAReadablePdf { reason: String } = "archive-not-a-readable-pdf",
        /// A PDF without a catalog.
        NoCatalog { reason: String } = "archive-no-catalog",
        /// A PDF without associated files.
        NoAttachedSource = "archive-no-attached-source",
        /// A PDF that names too many attachments.
        TooManyAttachments { count: usize, most: usize } = "archive-too-many-attachments",
        /// A PDF that names one attachment twice.
        AttachedTwice { object: String } = "archive-attached-twice",
        /// An attachment whose name would leave the folder.
        NameLeavesFolder { name: String } = "archive-name-leaves-folder",
        /// An attachment whose name Windows cannot hold.
        NameNotPortable { name: String } = "archive-name-not-portable",
        /// A PDF that does not read: damaged, or no PDF at all.
        DamagedRepairIt = "archive-damaged-repair-it",
        /// How to restore it all the same.
        SaveFromReader = "archive-save-from-reader",
        /// An attachment that cannot be restored.
        CannotRestore { name: String, reason: String } = "archive-cannot-restore",
        /// Two attachments of one name.
        SameNameTwice { name: String } = "archive-same-name-twice",
        // archive: the catalogue, storing and repairing
        /// A folder that does not verify.
        DoesNotVerify = "archive-does-not-verify",
        /// The command that says what is wrong.
        VerifySaysWhy = "archive-verify-says-why",
        /// The archive's index, as what a folder is left out of.
        TheIndex = "archive-the-index",
        /// The report, as what a folder is left out of.
        TheReport = "archive-the-report",
        /// A folder left out of the index or the report.
        LeftOutOf { what: Box<Msg>, reason: Box<Msg> } = "archive-left-out-of",
        /// Two folders holding one briefing.
        SameBriefingTwice { folder: String } = "archive-same-briefing-twice",
        /// What to do about a briefing archived twice.
        KeepOneCopy { archive: String } = "archive-keep-one-copy",
        /// A temporary folder that cannot be made.
        NoTemporaryFolder { reason: String } = "archive-no-temporary-folder",
        /// An archived briefing that no longer loads.
        AttachedBriefingDoesNotLoad { reason: Box<Msg> } = "archive-attached-briefing-does-not-load",
        /// An archive that cannot be written.
        CannotWriteArchive { reason: String } = "archive-cannot-write-archive",
        /// Nothing was archived.
        NothingArchived = "archive-nothing-archived",
        /// An archived folder whose files are damaged.
        Damaged { changes: String } = "archive-damaged",
        /// A folder archived by another version.
        OtherVersion { made_by: String, ours: String, changes: String } = "archive-other-version",
        /// A briefing changed since it was archived.
        Changed { changes: String } = "archive-changed",
        /// How to repair damaged files.
        RepairRestores = "archive-repair-restores",
        /// What to do about a folder of another version.
        KeptAsItIs { made_by: String } = "archive-kept-as-it-is",
        /// Why a changed briefing is not archived again.
        NeverRewritten = "archive-never-rewritten",
        /// A file a run would change.
        WouldChange { name: String } = "archive-would-change",
        /// A file a run would add.
        WouldBeAdded { name: String } = "archive-would-be-added",
        /// A file that is none of the briefing's documents.
        NotItsDocument { name: String } = "archive-not-its-document",
        /// A folder an interrupted run left.
        LeftByInterruptedRun = "archive-left-by-interrupted-run",
        /// A leftover folder holding the only copy.
        HoldsCompleteCopy { stem: String } = "archive-holds-complete-copy",
        /// A leftover folder that can go.
        CanBeDeleted = "archive-can-be-deleted",
        /// A manifest that cannot be read.
        ManifestUnreadable { reason: String } = "archive-manifest-unreadable",
        /// Why nothing is restored without a manifest.
        WithoutManifest = "archive-without-manifest",
        /// A file repair cannot restore.
        CannotBeRestored { why: Box<Msg> } = "archive-cannot-be-restored",
        /// No intact PDF to rebuild from.
        NoIntactPdf = "archive-no-intact-pdf",
        /// A folder where a file should be.
        IsAFolderMoveIt = "archive-is-a-folder-move-it",
        /// A rebuilt file that does not match.
        RebuildDoesNotMatch = "archive-rebuild-does-not-match",
        /// A file the rebuild does not make.
        RebuildMakesNoSuchFile = "archive-rebuild-makes-no-such-file",
        /// Archived settings that do not read.
        SettingsDoNotRead { reason: String } = "archive-settings-do-not-read",
        /// A folder another version made, not repaired.
        MadeByOtherVersion { made_by: String, ours: String } = "archive-made-by-other-version",
        /// PDFs archived by an older presskit.
        OnlyTheBriefing = "archive-only-the-briefing",
        /// An attached briefing named otherwise than its folder.
        NameIsNotTheFolders = "archive-name-is-not-the-folders",
        /// A rebuild that failed.
        RebuildFailed { reason: Box<Msg> } = "archive-rebuild-failed",
        /// A briefing without a release, not archived.
        NoReleaseYet = "archive-no-release-yet",
        /// What to do before archiving.
        WriteTheReleaseFirst = "archive-write-the-release-first",
        /// An archive folder that cannot be read.
        CannotReadArchive { reason: String } = "archive-cannot-read-archive",
        // archive: verify
        /// A manifest that is not UTF-8.
        ManifestNotUtf8 = "archive-manifest-not-utf8",
        /// A manifest line that is not a checksum line.
        NotAManifestLine = "archive-not-a-manifest-line",
        /// A manifest that lists no archived file.
        ManifestListsItself { name: String } = "archive-manifest-lists-itself",
        /// An archived file that is missing.
        Missing { name: String } = "archive-missing",
        /// An archived file replaced by something else.
        Replaced { name: String, kind: Box<Msg> } = "archive-replaced",
        /// An archived file whose checksum does not match.
        Altered { name: String } = "archive-altered",
        /// An archived file that cannot be read.
        Unreadable { name: String, reason: String } = "archive-unreadable",
        /// A file the manifest does not list.
        ExtraFile = "archive-extra-file",
        /// An entry the manifest does not list.
        ExtraEntry { kind: Box<Msg> } = "archive-extra-entry",
        /// A symbolic link in the archive, and where it leads.
        SymbolicLinkTo { target: String } = "archive-symbolic-link-to",
        /// A symbolic link in the archive.
        SymbolicLink = "archive-symbolic-link",
        /// What to do about a link in the archive.
        PutTheFolderHere = "archive-put-the-folder-here",
        /// What an entry is: a link.
        ASymbolicLink = "archive-a-symbolic-link",
        /// What an entry is: a folder.
        AFolder = "archive-a-folder",
        /// A PDF whose attachments do not read.
        AttachmentsDoNotRead { reason: Box<Msg> } = "archive-attachments-do-not-read",
        /// A document removed from the folder and its manifest.
        DocumentRemoved { file: String } = "archive-document-removed",
        /// A folder renamed since it was archived.
        FolderRenamed { name: String, stem: String } = "archive-folder-renamed",
        /// How to undo a renamed folder.
        RenameBack { stem: String } = "archive-rename-back",
        /// A revision folder holding another briefing's documents.
        RevisionOfAnother { name: String, stem: String } = "archive-revision-of-another",
        /// How to put a revision back where it belongs.
        MoveBackInto { stem: String } = "archive-move-back-into",
        /// A leftover revision folder that can go.
        RevisionNotArchived = "archive-revision-not-archived",
        /// How to write the index again.
        ArchiveWritesIndex = "archive-archive-writes-index",
        /// An index that is not a readable PDF.
        IndexDamaged { reason: String } = "archive-index-damaged",
        /// A folder without archived briefings.
        NoArchivedBriefing = "archive-no-archived-briefing",
        /// A briefing folder the archive's record names is gone.
        BriefingGone { name: String } = "archive-briefing-gone",
        /// How to bring a briefing folder back, or accept its removal.
        BriefingGoneHint { name: String, record: String } = "archive-briefing-gone-hint",
        /// A revision's folder the archive's record names is gone.
        RevisionGone { number: u32, stem: String } = "archive-revision-gone",
        /// How to bring a revision back, or accept its removal.
        RevisionGoneHint { record: String } = "archive-revision-gone-hint",
        /// A manifest whose checksum is not the one the record holds.
        ManifestRewritten = "archive-manifest-rewritten",
        /// What to do about a rewritten manifest.
        ManifestRewrittenHint = "archive-manifest-rewritten-hint",
        /// A folder the archive's record does not name.
        NotRecorded = "archive-not-recorded",
        /// How to record a folder added by hand, or move it out.
        NotRecordedHint { stem: String, archive: String, revise: String } = "archive-not-recorded-hint",
        /// An archive made before the record of its folders.
        NoRecord = "archive-no-record",
        /// When such an archive gets its record.
        NoRecordHint = "archive-no-record-hint",
        /// A revision between the first and the latest is gone.
        RevisionMissing { number: u32, found: u32, before: u32 } = "archive-revision-missing",
        /// How to bring the revision back.
        RevisionMissingHint = "archive-revision-missing-hint",
        // msgout: extract's and report's refusals, the record's, a repair's rebuild
        /// An archived PDF whose attachments were not written by `presskit archive`.
        RestoreFromAnother = "archive-restore-from-another",
        /// Restoring an attachment would leave the folder.
        NothingRestored { name: String } = "archive-nothing-restored",
        /// Where to restore instead of over files that exist.
        RestoreIntoEmptyFolder = "archive-restore-into-empty-folder",
        /// Which PDFs carry their briefing.
        OnlyArchivedCopies = "archive-only-archived-copies",
        /// `report` given something that is not a folder.
        ReportNoArchive = "archive-report-no-archive",
        /// Which folder `report` reads.
        ReportGiveTheArchive = "archive-report-give-the-archive",
        /// An archive with no briefing that verifies.
        ReportNoneVerifies = "archive-report-none-verifies",
        /// Nothing to report on.
        ReportNoBriefing = "archive-report-no-briefing",
        /// A period or programme that keeps no briefing (`asked` lists what was asked).
        ReportEmptyPeriod { asked: String } = "archive-report-empty-period",
        /// The start of the period asked for.
        ReportFrom { date: String } = "archive-report-from",
        /// The end of the period asked for.
        ReportTo { date: String } = "archive-report-to",
        /// The programme asked for.
        ReportProgramme { text: String } = "archive-report-programme",
        /// How many briefings the archive holds that verify; widen the period.
        ReportWiden { count: usize } = "archive-report-widen",
        /// The workbook could not be made, with the writer's words.
        CannotMakeWorkbook { reason: String } = "archive-cannot-make-workbook",
        /// The record of the archive's folders that cannot be read.
        RecordUnreadable { reason: String } = "archive-record-unreadable",
        /// The record of the archive's folders that is not UTF-8.
        RecordNotUtf8 = "archive-record-not-utf8",
        /// A line that is not a line of the record.
        RecordBadLine { manifest: String } = "archive-record-bad-line",
        /// What to do about a record that does not read.
        RecordRestore = "archive-record-restore",
        /// What a repair is doing, for the out-of-memory report.
        Rebuilding { folder: String, pdf: String } = "archive-rebuilding",
        /// A PDF of more streams than presskit reads.
        TooManyStreams { streams: usize, most: usize } = "archive-too-many-streams",
        /// A PDF whose object streams would decompress to too much.
        StreamsTooLarge { most: usize, streams: usize, each: usize } = "archive-streams-too-large",
    }
}

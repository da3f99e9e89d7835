//! Messages of the archive: storing, verifying, extracting, the index and the report.

kinds! {
    /// What the archive may say.
    Archive => Archive {
        /// An archived file whose checksum still matches.
        Intact { path: String } = "archive-intact",
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
    }
}

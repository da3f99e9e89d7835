//! Messages of the archive: storing, verifying, extracting, the index and the report.

kinds! {
    /// What the archive may say.
    Archive => Archive {
        /// An archived file whose checksum still matches.
        Intact { path: String } = "archive-intact",
    }
}

//! Messages of the commands: the lines that say what was done, progress, refusals.

kinds! {
    /// What the commands may say.
    Commands => Commands {
        /// A file written.
        Wrote { path: String } = "commands-wrote",
        /// A briefing whose documents were all up to date.
        UpToDate { file: String, folder: String } = "commands-up-to-date",
        /// A briefing checked without error.
        CheckedOk { file: String } = "commands-checked-ok",
    }
}

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
        /// `init` given an existing file that is not a new `.toml` file to write.
        InitNotAFolder = "commands-init-not-a-folder",
        /// `init` chose the file name: it names the output and archive folders, so
        /// rename the file, or run `command`, which names it.
        InitNameIt { command: String } = "commands-init-name-it",
        /// What to do with the briefing `init` wrote at `path`.
        InitNext { path: String } = "commands-init-next",
    }
}

//! Messages of the commands: the lines that say what was done, progress, refusals.

use super::Msg;

kinds! {
    /// What the commands may say.
    Commands => Commands {
        /// A file written.
        Wrote { path: String } = "commands-wrote",
        /// A briefing whose documents were all up to date.
        UpToDate { file: String, folder: String } = "commands-up-to-date",
        /// A briefing checked without error.
        CheckedOk { file: String } = "commands-checked-ok",
        /// The closing line of a run: what was done, how many briefings failed, how long
        /// it took.
        Closing { summary: Box<Msg>, failed: usize, seconds: String } = "commands-closing",
        /// What `build` did, for the closing line.
        Built { briefings: usize, documents: usize, folder: String, fresh: usize } = "commands-built",
        /// What `check` did, for the closing line.
        Checked { briefings: usize, fresh: usize } = "commands-checked",
        /// What `archive` did, for the closing line.
        Archived { briefings: usize, folder: String, new: usize, unchanged: usize, fresh: usize } = "commands-archived",
        /// A briefing stopped only by errors already printed for another.
        NotDone = "commands-not-done",
        /// An input folder with no briefing in it.
        EmptyFolder = "commands-empty-folder",
        /// An input folder that cannot be listed.
        CannotList { reason: String } = "commands-cannot-list",
        /// No input named, and no `data/` folder here.
        NoDataFolder = "commands-no-data-folder",
        /// What to do when briefings seem to be in the current folder.
        NoDataFolderHere { first: String } = "commands-no-data-folder-here",
        /// What to do when no briefing is to be found.
        NoDataFolderHint = "commands-no-data-folder-hint",
        /// An input that is neither a briefing file nor a folder.
        NotABriefing { what: String } = "commands-not-a-briefing",
        /// An input that is a symbolic link to nothing.
        DanglingLink = "commands-dangling-link",
        /// An input that does not exist.
        Missing = "commands-missing",
        /// An input that cannot be read.
        Unreadable { reason: String } = "commands-unreadable",
        /// A translation file given without its briefing beside it.
        TranslationWithoutBriefing { briefing: String } = "commands-translation-without-briefing",
        /// What a translation file is and where it belongs.
        TranslationWithoutBriefingHint = "commands-translation-without-briefing-hint",
        /// Two inputs whose outputs would have the same folder.
        SameName { stem: String } = "commands-same-name",
        /// What to do about two inputs of the same name.
        SameNameHint { first: String, second: String } = "commands-same-name-hint",
    }
}

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
        /// `upgrade` of a file already in format 2.
        AlreadyFormat2 { file: String } = "commands-already-format-2",
        /// `upgrade` rewrote a file, giving `rows` attendance rows `present = true`.
        Upgraded { file: String, rows: usize } = "commands-upgraded",
        /// `translate --to` the briefing's own language.
        TranslateIntoItsOwn { language: String } = "commands-translate-into-its-own",
        /// What to do about a translation into the briefing's own language.
        TranslateIntoItsOwnHint = "commands-translate-into-its-own-hint",
        /// A translated value dropped: the briefing no longer has it.
        TranslationDropped { file: String, key: String } = "commands-translation-dropped",
        /// A translated value whose original changed since.
        TranslationOriginalChanged { file: String, key: String } = "commands-translation-original-changed",
        /// A translation written (`unchanged` is `yes` when it was up to date).
        TranslationWritten { file: String, unchanged: String, texts: usize, to_translate: usize } = "commands-translation-written",
        /// `templates list`: a built-in template.
        TemplateBuiltIn = "commands-template-built-in",
        /// `templates list`: a template from a folder (`whence` is `option` or `beside`).
        TemplateFrom { whence: String, file: String } = "commands-template-from",
        /// What to do after ejecting into a `templates/` folder beside briefings.
        EjectedBeside { folder: String } = "commands-ejected-beside",
        /// What to do after ejecting into another folder.
        EjectedElsewhere { folder: String } = "commands-ejected-elsewhere",
        /// `templates eject` onto a file that exists.
        TemplateExists = "commands-template-exists",
        /// What to do about a template that exists.
        TemplateExistsHint = "commands-template-exists-hint",
        /// The command line names a command presskit does not have.
        CliUnknownCommand { name: String } = "commands-cli-unknown-command",
        /// The command line has an option the command does not take.
        CliUnknownOption { name: String } = "commands-cli-unknown-option",
        /// The command line lacks what the command requires.
        CliMissing { what: String } = "commands-cli-missing",
        /// A value the option does not take.
        CliInvalidValue { value: String, option: String } = "commands-cli-invalid-value",
        /// A value the option does not take, with what its reader said.
        CliInvalidValueBecause { value: String, option: String, reason: String } = "commands-cli-invalid-value-because",
        /// The values an option takes.
        CliPossibleValues { values: String } = "commands-cli-possible-values",
        /// The nearest command, option or value to the one typed.
        CliDidYouMean { name: String } = "commands-cli-did-you-mean",
        /// Where to read more.
        CliMoreHelp = "commands-cli-more-help",
        /// What `--only` takes.
        CliDocuments { names: String } = "commands-cli-documents",
        /// What `--language` takes.
        CliLanguages = "commands-cli-languages",
        /// What `--jobs` takes.
        CliJobs { most: usize, cores: usize } = "commands-cli-jobs",
        /// What `--timeout` takes.
        CliSeconds = "commands-cli-seconds",
        /// `verify` of a folder with no archived briefing.
        NoArchiveHere = "commands-no-archive-here",
        /// `verify --repair` restored a file.
        Restored { path: String } = "commands-restored",
        /// `verify`'s closing line (`repairing` is `yes` under `--repair`).
        Verified { briefings: usize, intact: usize, damaged: usize, repairing: String, repaired: usize, missing: usize } = "commands-verified",
        /// What to do after `verify` found damage.
        VerifyNext = "commands-verify-next",
        /// `init` given an existing file that is not a new `.toml` file to write.
        InitNotAFolder = "commands-init-not-a-folder",
        /// `init` chose the file name: it names the output and archive folders, so
        /// rename the file, or run `command`, which names it.
        InitNameIt { command: String } = "commands-init-name-it",
        /// What to do with the briefing `init` wrote at `path`.
        InitNext { path: String } = "commands-init-next",
        // msgout: the closing lines of archive, extract, report, mail and watch
        /// `archive` stored a briefing into its folder.
        ArchivedInto { file: String, folder: String } = "commands-archived-into",
        /// `archive` found a briefing already archived, unchanged (`fresh` is `yes` when
        /// its record said so without typesetting it).
        AlreadyArchived { file: String, folder: String, fresh: String } = "commands-already-archived",
        /// The archive's index needed no rebuild.
        IndexUpToDate { path: String } = "commands-index-up-to-date",
        /// What to run with the briefing `extract -o` restored.
        ExtractNext { briefing: String, version: String } = "commands-extract-next",
        /// `report`'s closing line.
        Reported { briefings: usize, archived: usize } = "commands-reported",
        /// `mail`'s closing line.
        WroteDrafts { drafts: usize, folder: String } = "commands-wrote-drafts",
        /// `watch` built the briefing (`first` is `yes` the first time, `no` after a change).
        WatchBuilt { first: String, files: usize, folder: String, seconds: String } = "commands-watch-built",
        /// A build under `watch` failed; the last good documents stay.
        WatchFailed { seconds: String, folder: String } = "commands-watch-failed",
        /// `watch` waits for the next change.
        Watching { file: String } = "commands-watching",
        /// `watch` stopped on Ctrl-C.
        StoppedWatching { file: String } = "commands-stopped-watching",
        /// The file watcher's own problem, in its words.
        WatchProblem { reason: String } = "commands-watch-problem",
        /// `watch` given a folder.
        WatchFolder = "commands-watch-folder",
        /// The command that names one briefing file.
        WatchNameTheFile { example: String } = "commands-watch-name-the-file",
        /// `watch` given no briefing file.
        WatchNoFile = "commands-watch-no-file",
        /// A briefing that is a link out of its folder.
        WatchLinkOutside { target: String } = "commands-watch-link-outside",
        /// What to do about a briefing that is a link out of its folder.
        WatchPutItBack = "commands-watch-put-it-back",
        /// Ctrl-C cannot be caught, with the system's words.
        CannotCatchCtrlC { reason: String } = "commands-cannot-catch-ctrl-c",
        /// Files cannot be watched, with the system's words.
        CannotWatch { reason: String } = "commands-cannot-watch",
        // trans: `init --translation`.
        /// What to do with the translation into `language` that `init` wrote at `path`
        /// beside the briefing `briefing`.
        InitTranslationNext { path: String, briefing: String, language: String } = "commands-init-translation-next",
        /// `init --translation` named the briefing's own language.
        InitTranslationIntoItsOwn { language: String } = "commands-init-translation-into-its-own",
        /// What to do instead.
        InitTranslationIntoItsOwnHint = "commands-init-translation-into-its-own-hint",
    }
}

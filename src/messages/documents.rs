//! Messages about making documents: templates, typesetting, writing the files.

use super::Msg;

kinds! {
    /// What making documents may say.
    Documents => Documents {
        /// A document left out because its data is not written yet.
        LeftOut { documents: String, count: usize, section: String } = "documents-left-out",
        /// A file that could not be written, with the system's reason.
        CannotWrite { reason: String } = "documents-cannot-write",
        // documents: warnings about a briefing
        /// An outlet written a second time, at the second row.
        OutletWrittenAgain { path: String, name: String, first: String, line: usize } = "documents-outlet-written-again",
        /// An outlet written a second time, at the first row.
        OutletWrittenAgainAt { path: String, name: String, again: String, line: usize } = "documents-outlet-written-again-at",
        /// What to do about an outlet written twice.
        KeepOneRowPerOutlet = "documents-keep-one-row-per-outlet",
        /// An outlet whose presence is not written while others' is.
        PresenceNotRecorded { path: String, name: String } = "documents-presence-not-recorded",
        /// How to record an outlet's presence.
        WritePresence = "documents-write-presence",
        /// A web address with another scheme than http or https.
        NotAWebAddress { path: String, scheme: String } = "documents-not-a-web-address",
        /// How to write a web address.
        WriteWebAddress { key: String } = "documents-write-web-address",
        // documents: mail drafts and media lists
        /// Drafts that together would be too large.
        DraftsTooLarge { count: usize, each: usize, total: usize, most: usize } = "documents-drafts-too-large",
        /// A media list without a name or an email column.
        MediaListNeedsNameAndEmail { headings: String } = "documents-media-list-needs-name-and-email",
        /// How to name a media list's columns.
        NameTheColumns = "documents-name-the-columns",
        /// Columns of a media list that presskit does not read.
        ColumnsNotUsed { columns: String } = "documents-columns-not-used",
        /// The columns a media list may have.
        MediaListColumns = "documents-media-list-columns",
        /// Only the first mistakes were shown.
        FirstMistakesShown { count: usize } = "documents-first-mistakes-shown",
        /// A media list row without an address.
        RowWithoutAddress = "documents-row-without-address",
        /// A value that is not an email address.
        NotAnAddress { text: String } = "documents-not-an-address",
        /// How to write an address.
        OneAddressPerRow = "documents-one-address-per-row",
        /// A media list row without a name.
        RowWithoutName { address: String } = "documents-row-without-name",
        /// An address listed twice.
        AddressListedTwice { address: String } = "documents-address-listed-twice",
        /// Where an address was listed first.
        FirstIsAt { place: String } = "documents-first-is-at",
        /// More repeated addresses than were told.
        MoreRowsRepeat { count: usize } = "documents-more-rows-repeat",
        /// Journalists who read a language the release is not in.
        OtherLanguageJournalists { languages: String, journalists: String } = "documents-other-language-journalists",
        /// A media list longer than one run drafts.
        TooManyJournalists { count: usize, most: usize } = "documents-too-many-journalists",
        /// How to draft for a long media list.
        SplitTheList = "documents-split-the-list",
        /// A media list without rows.
        NoJournalist = "documents-no-journalist",
        /// A briefing without a sender's address for drafts.
        NoSenderAddress = "documents-no-sender-address",
        /// Where to write the sender's address.
        AddSenderAddress = "documents-add-sender-address",
        // documents: which documents are made, and why not
        /// What to do about a document asked for with --only whose data is missing.
        AddWhatIsMissing = "documents-add-what-is-missing",
        /// Why a document waits: no release.
        NoReleaseYet = "documents-no-release-yet",
        /// Why a document waits: no speakers.
        NoSpeakers = "documents-no-speakers",
        /// Why a document waits: no attendance.
        NoAttendanceYet = "documents-no-attendance-yet",
        /// Documents not written, and why.
        NotWritten { reason: Box<Msg>, files: String } = "documents-not-written",
        /// The documents one error stops.
        ThisStops { documents: String } = "documents-this-stops",
        /// A narrative file that cannot be read.
        NarrativeUnreadable { reason: String } = "documents-narrative-unreadable",
        /// What --narrative takes.
        GiveANarrative = "documents-give-a-narrative",
        /// A narrative that is not UTF-8.
        NarrativeNotUtf8 = "documents-narrative-not-utf8",
        /// How to save a file as UTF-8.
        SaveAsUtf8 = "documents-save-as-utf8",
        /// A file that cannot be read, with the system's reason.
        CannotRead { reason: String } = "documents-cannot-read",
        /// How many more there are than are named.
        AndMore { count: usize } = "documents-and-more",
        /// Documents of a translation that wait for texts.
        NotTranslatedYet { keys: String, files: String } = "documents-not-translated-yet",
        /// The command that adds the texts to translate.
        TranslateAddsTexts { file: String, language: String } = "documents-translate-adds-texts",
        // documents: templates (render)
        /// A Handlebars tag without its closing braces.
        TagNotClosed { tag: String, closer: String } = "documents-tag-not-closed",
        /// The tag to write instead.
        WriteTag { tag: String } = "documents-write-tag",
        /// A block closed under another name than the one open.
        ClosesAnotherBlock { tag: String, open: String, line: usize } = "documents-closes-another-block",
        /// How to close the block that is open.
        CloseTheOpenBlockFirst { open: String, closing: String } = "documents-close-the-open-block-first",
        /// A block closed that was never opened.
        ClosesUnopenedBlock { tag: String } = "documents-closes-unopened-block",
        /// How to open a block.
        OpenTheBlock { opening: String, tag: String } = "documents-open-the-block",
        /// A block opened and never closed.
        BlockNeverClosed { tag: String, line: usize } = "documents-block-never-closed",
        /// How to close a block.
        CloseTheBlock { closing: String } = "documents-close-the-block",
        /// Templates that include each other.
        IncludeLoop { templates: String } = "documents-include-loop",
        /// The word between the templates of an include loop.
        Includes = "documents-includes",
        /// The rule an include loop breaks.
        NoIncludeLoop = "documents-no-include-loop",
        /// The nearest variable or template name.
        DidYouMeanVariable { name: String } = "documents-did-you-mean-variable",
        /// The command that lists template variables.
        TemplatesVarsLists = "documents-templates-vars-lists",
        /// A template variable that does not exist.
        NoSuchVariable { path: String } = "documents-no-such-variable",
        /// A template named where it has no file.
        TemplateNamed { name: String } = "documents-template-named",
        /// A template that Handlebars refuses, with its words.
        TemplateSyntax { reason: String } = "documents-template-syntax",
        /// A Typst error inside the text a tag printed.
        InPrintedText { what: Box<Msg>, tag: String } = "documents-in-printed-text",
        /// Where an error is in the Typst kept for inspection.
        InGeneratedTypst { place: String } = "documents-in-generated-typst",
        /// A briefing text that should have printed as written.
        PrintedTextShouldPrint { key: String } = "documents-printed-text-should-print",
        /// A templates folder that does not exist.
        NoTemplatesFolder = "documents-no-templates-folder",
        /// A templates folder that cannot be read.
        CannotReadTemplatesFolder { reason: String } = "documents-cannot-read-templates-folder",
        /// A template that cannot be read.
        CannotReadTemplate { reason: String } = "documents-cannot-read-template",
        /// A template linked from outside its folder.
        TemplateOutsideFolder = "documents-template-outside-folder",
        /// How to use a template from elsewhere.
        CopyTemplateIn = "documents-copy-template-in",
        /// A template that is not a regular file.
        TemplateNotAFile = "documents-template-not-a-file",
        /// A template larger than presskit reads.
        TemplateTooLarge { size: u64, most: u64 } = "documents-template-too-large",
        /// A name that is no built-in template.
        NotATemplate = "documents-not-a-template",
        /// The command that names every template.
        TemplatesListNames = "documents-templates-list-names",
        /// A name that matches more than one template.
        SeveralTemplates = "documents-several-templates",
        /// The names to choose from.
        WriteOneOf { names: String } = "documents-write-one-of",
        // documents: typesetting, fonts, writing the files
        /// A SOURCE_DATE_EPOCH a PDF cannot hold.
        BadSourceDateEpoch { text: String, most: i64 } = "documents-bad-source-date-epoch",
        /// How to date documents by their event.
        UnsetSourceDateEpoch = "documents-unset-source-date-epoch",
        /// A typesetting thread that could not start.
        CannotStartTypesetting { reason: String } = "documents-cannot-start-typesetting",
        /// Typesetting stopped after its time limit.
        TypesettingTimedOut { seconds: String } = "documents-typesetting-timed-out",
        /// What to do about typesetting that took too long.
        TemplateMayLoop = "documents-template-may-loop",
        /// A document without a title, written without PDF/UA.
        NoTitleNotAccessible = "documents-no-title-not-accessible",
        /// How a template sets its document's title.
        SetATitle = "documents-set-a-title",
        /// PDF standards Typst cannot combine, with its words.
        PdfStandards { reason: String } = "documents-pdf-standards",
        /// A fonts folder that does not exist.
        NoFontsFolder = "documents-no-fonts-folder",
        /// A file given as the fonts folder.
        FileNotFontsFolder = "documents-file-not-fonts-folder",
        /// What the fonts option takes.
        GiveTheFontsFolder = "documents-give-the-fonts-folder",
        /// A fonts folder that cannot be read.
        CannotReadFontsFolder { reason: String } = "documents-cannot-read-fonts-folder",
        /// A font file that cannot be read.
        CannotReadFont { reason: String } = "documents-cannot-read-font",
        /// A file that holds no font.
        NotAFont = "documents-not-a-font",
        /// What a font file is.
        FontsAreTrueType = "documents-fonts-are-truetype",
        /// A file another program holds open.
        FileInUse = "documents-file-in-use",
        /// How to free a file held open.
        CloseTheFile { name: String } = "documents-close-the-file",
        /// A file marked read-only.
        FileReadOnly = "documents-file-read-only",
        /// How to clear read-only on Windows.
        ClearReadOnly { name: String } = "documents-clear-read-only",
        /// A briefing file name that cannot name its output folder.
        CannotNameAFolder { why: String } = "documents-cannot-name-a-folder",
        /// How to name a briefing file.
        RenameTheBriefing = "documents-rename-the-briefing",
        /// A file presskit does not overwrite.
        AlreadyExists = "documents-already-exists",
        /// What to do about a file in the way.
        MoveItAway = "documents-move-it-away",
        /// A file name Windows could not hold.
        CannotWriteThisName { why: String } = "documents-cannot-write-this-name",
        /// What to do about a file name Windows could not hold.
        ChooseAnotherName = "documents-choose-another-name",
        // documents: what `templates vars` prints
        /// A value shown from the init skeleton.
        FromInit = "documents-from-init",
        /// What the archive index is.
        TheArchivesIndex = "documents-the-archives-index",
        /// What the donor report is.
        TheReportToTheDonor = "documents-the-report-to-the-donor",
        /// The heading of an overview's variables.
        VariablesOfOverview { name: String, what: Box<Msg> } = "documents-variables-of-overview",
        /// The heading of a template's sections' variables.
        VariablesOfSections { name: String } = "documents-variables-of-sections",
        /// The heading of every variable.
        EveryVariable = "documents-every-variable",
        /// How list fields are written.
        ListFieldsNote = "documents-list-fields-note",
        /// The heading of the helpers.
        Helpers = "documents-helpers",
        /// The heading of the partials.
        Partials = "documents-partials",
        /// What {{str}} does.
        HelperStr = "documents-helper-str",
        /// What {{num}} does.
        HelperNum = "documents-helper-num",
        /// What {{whole}} does.
        HelperWhole = "documents-helper-whole",
        /// What {{upper}} does.
        HelperUpper = "documents-helper-upper",
        /// What {{#if}} does.
        HelperIf = "documents-helper-if",
        /// What {{#unless}} does.
        HelperUnless = "documents-helper-unless",
        /// What {{#each}} does.
        HelperEach = "documents-helper-each",
        /// What {{#with}} does.
        HelperWith = "documents-helper-with",
        /// What the comparisons do.
        HelperCompare = "documents-helper-compare",
        /// What {{len}} does.
        HelperLen = "documents-helper-len",
        /// What {{lookup}} does.
        HelperLookup = "documents-helper-lookup",
        /// An accreditation deadline after the event has started (`start`, in words).
        LateDeadline { start: String } = "documents-late-deadline",
        /// A deadline to write instead: the day before the event.
        LateDeadlineHint { day: String } = "documents-late-deadline-hint",
        /// An interpretation code presskit has no name for, printed in capitals.
        UnnamedLanguage { code: String, printed: String } = "documents-unnamed-language",
        /// The codes presskit names.
        UnnamedLanguageHint { codes: String } = "documents-unnamed-language-hint",
        /// A speaker's role too long for a name tent's face even in the smallest type:
        /// the tent prints it cut at a word, `fits` of its `length` characters.
        TentRoleShortened { key: String, length: usize, fits: usize } = "documents-tent-role-shortened",
        /// How to have the role whole on the tent.
        TentRoleShortenedHint { fits: usize } = "documents-tent-role-shortened-hint",
        // msgout: mail's refusal, the types `templates vars` names
        /// `mail` of a briefing without a release.
        MailNoRelease = "documents-mail-no-release",
        /// What to write before `mail`.
        MailWriteReleaseFirst = "documents-mail-write-release-first",
        /// A template variable's type: text.
        VarText = "documents-var-text",
        /// A template variable's type: a number.
        VarNumber = "documents-var-number",
        /// A template variable's type: yes or no.
        VarYesNo = "documents-var-yes-no",
        /// A template variable's type: a list.
        VarList = "documents-var-list",
        /// A template variable's type: a table.
        VarTable = "documents-var-table",
        /// A template variable's type: empty.
        VarEmpty = "documents-var-empty",
        /// The value of an empty variable.
        VarNone = "documents-var-none",
        /// The value of a list: how many items it has.
        VarItems { count: usize } = "documents-var-items",
        /// The texts a translation file lists, empty, that its documents wait for.
        FillInTheTexts { file: String, count: usize } = "documents-fill-in-the-texts",
        /// A narrative that asks for bold text with `mark` pairs, which print as typed.
        NarrativeBold { mark: String, count: usize } = "documents-narrative-bold",
        /// What to do about the marks of bold text in a narrative.
        NarrativeBoldHint { mark: String } = "documents-narrative-bold-hint",
        // msgout: why a file name cannot be written
        /// A name holding a character Windows does not allow.
        NameHoldsForbidden { c: String } = "documents-name-holds-forbidden",
        /// A name ending in a dot or a space.
        NameEndsWithDotOrSpace = "documents-name-ends-with-dot-or-space",
        /// A name Windows keeps for a device.
        NameIsADevice { device: String, name: String } = "documents-name-is-a-device",
        /// A briefing file with no name before `.toml`.
        NameHasNoStem = "documents-name-has-no-stem",
        /// A briefing file name that is not UTF-8.
        NameNotUtf8 = "documents-name-not-utf8",
        /// A briefing file name starting with a dot.
        NameStartsWithDot = "documents-name-starts-with-dot",
        /// A briefing file name holding a slash.
        NameHoldsSlash = "documents-name-holds-slash",
        /// A briefing file name holding a control character.
        NameHoldsControl = "documents-name-holds-control",
        /// A file to rewrite that is a link to nothing, with the system's words.
        LinkToNothing { reason: String } = "documents-link-to-nothing",
        /// A folder where a file is to be written.
        FolderInTheWay = "documents-folder-in-the-way",
        // door: a name set on a name tent below the capitals read from the back of a room
        /// A speaker's name the name tent sets with capitals of `mm` millimetres, below 12.
        TentNameSmall { key: String, mm: usize } = "documents-tent-name-small",
        /// Why: one word of the name is wider than the tent at 12 mm.
        TentNameSmallWordHint { word: String } = "documents-tent-name-small-word-hint",
        /// Why: at 12 mm the name leaves the face no room for the role.
        TentNameSmallFaceHint = "documents-tent-name-small-face-hint",
    }
}

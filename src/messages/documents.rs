//! Messages about making documents: templates, typesetting, writing the files.

kinds! {
    /// What making documents may say.
    Documents => Documents {
        /// A document left out because its data is not written yet.
        LeftOut { documents: String, count: usize, section: String } = "documents-left-out",
        /// A file that could not be written, with the system's reason.
        CannotWrite { reason: String } = "documents-cannot-write",
        /// The columns a media list of `presskit mail` may have.
        MediaListColumns = "documents-media-list-columns",
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
    }
}

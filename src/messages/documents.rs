//! Messages about making documents: templates, typesetting, writing the files.

kinds! {
    /// What making documents may say.
    Documents => Documents {
        /// A document left out because its data is not written yet.
        LeftOut { documents: String, count: usize, section: String } = "documents-left-out",
        /// A file that could not be written, with the system's reason.
        CannotWrite { reason: String } = "documents-cannot-write",
        /// An accreditation deadline after the event has started (`start`, in words).
        LateDeadline { start: String } = "documents-late-deadline",
        /// A deadline to write instead: the day before the event.
        LateDeadlineHint { day: String } = "documents-late-deadline-hint",
        /// An interpretation code presskit has no name for, printed in capitals.
        UnnamedLanguage { code: String, printed: String } = "documents-unnamed-language",
        /// The codes presskit names.
        UnnamedLanguageHint { codes: String } = "documents-unnamed-language-hint",
    }
}

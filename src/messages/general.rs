//! Messages about every stage: internal errors, files, memory.

kinds! {
    /// What any stage may say.
    General => General {
        /// A panic inside presskit while working on a file.
        InternalError { what: String } = "internal-error",
        /// What to do about an internal error.
        InternalErrorHint { version: String } = "internal-error-hint",
    }
}

//! Messages about every stage: internal errors, files, memory.

kinds! {
    /// What any stage may say.
    General => General {
        /// A panic inside presskit while working on a file.
        InternalError { what: String } = "internal-error",
        /// What to do about an internal error.
        InternalErrorHint { version: String } = "internal-error-hint",
        // msgout: the out-of-memory report, put into words at start-up
        /// Something needed more memory than `--max-memory` allows (`during` is empty or
        /// [`General::MemoryWhile`]).
        MemoryPassed { what: String, mib: u64, during: String } = "general-memory-passed",
        /// One allocation larger than `--max-memory` allows on its own.
        MemoryPassedAtOnce { what: String, mib: u64, size: String, during: String } = "general-memory-passed-at-once",
        /// What the run was doing besides, after the document.
        MemoryWhile { what: String } = "general-memory-while",
        /// The run itself, when no document was being typeset.
        MemoryPresskit = "general-memory-presskit",
        /// A document being typeset.
        MemoryTypesetting { document: String } = "general-memory-typesetting",
        /// What to do when typesetting needed too much memory.
        MemoryHintTemplate = "general-memory-hint-template",
        /// What to do when reading the input needed too much memory.
        MemoryHintInput = "general-memory-hint-input",
    }
}

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
    }
}

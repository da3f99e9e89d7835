//! The sandboxed Typst world: one generated source, the briefing's declared images held
//! in memory, the shipped fonts, a fixed date. Nothing else can be read: every other path
//! and every package import is refused, and neither the clock nor the disk is touched.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use typst::diag::{FileError, FileResult, PackageError};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::typeset::fonts::FontSet;
use crate::vocab::{Asset, Date};

/// Typst's standard library, built once per process.
static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

/// The file id of a path in the project root (interned once per distinct path).
pub fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path)
        .unwrap_or_else(|_| VirtualPath::new("/invalid").expect("valid path"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// Everything one document's compilation may see.
pub struct BriefingWorld {
    /// The generated markup.
    main: Source,
    /// The briefing's images, by file id.
    assets: HashMap<FileId, Bytes>,
    /// The date `datetime.today()` answers.
    today: Date,
    /// The shipped fonts and those the briefing adds.
    fonts: Arc<FontSet>,
}

impl BriefingWorld {
    /// A world for the markup `text` of document `name`, with the given images and fonts.
    pub fn new<'a>(
        name: &str,
        text: String,
        assets: impl IntoIterator<Item = &'a Asset>,
        today: Date,
        fonts: Arc<FontSet>,
    ) -> Self {
        let main = Source::new(file_id(&format!("/{name}.typ")), text);
        let assets = assets
            .into_iter()
            .map(|a| (file_id(&a.virtual_path), Bytes::new(a.bytes.clone())))
            .collect();
        Self {
            main,
            assets,
            today,
            fonts,
        }
    }

    /// The generated source.
    pub fn main_source(&self) -> &Source {
        &self.main
    }
}

impl World for BriefingWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.fonts.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(refuse(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.clone()));
        }
        self.assets.get(&id).cloned().ok_or_else(|| refuse(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Datetime::from_ymd(i32::from(self.today.year), self.today.month, self.today.day)
    }
}

/// The error for anything outside the sandbox.
fn refuse(id: FileId) -> FileError {
    match id.get().root() {
        VirtualRoot::Package(spec) => FileError::Package(PackageError::NotFound(spec.clone())),
        VirtualRoot::Project => FileError::AccessDenied,
    }
}

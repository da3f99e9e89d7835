//! The fonts: the shipped ones, compiled into the binary and parsed once on first use,
//! and those a briefing adds (a `fonts/` folder beside it, `--fonts DIR`): an office's
//! brand typeface, or a script the shipped fonts lack. Nothing is read from the system.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

use crate::diagnostic::Diagnostic;
use crate::messages::documents::Documents;

/// The font files in `fonts/`, compiled in.
const FILES: [&[u8]; 8] = [
    include_bytes!("../../fonts/NotoSerif-Regular.ttf"),
    include_bytes!("../../fonts/NotoSerif-Bold.ttf"),
    include_bytes!("../../fonts/NotoSerif-Italic.ttf"),
    include_bytes!("../../fonts/NotoSerif-BoldItalic.ttf"),
    include_bytes!("../../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../fonts/NotoSans-Italic.ttf"),
    include_bytes!("../../fonts/NotoSans-BoldItalic.ttf"),
];

/// The parsed fonts and their book.
pub struct Fonts {
    /// Every face, in [`FILES`] order.
    pub fonts: Vec<Font>,
    /// Typst's index of the faces.
    pub book: LazyHash<FontBook>,
}

/// The fonts, parsed on first use.
pub static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = FILES
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .collect();
    assert_eq!(fonts.len(), FILES.len(), "a shipped font failed to parse");
    let book = LazyHash::new(FontBook::from_fonts(&fonts));
    Fonts { fonts, book }
});

/// Whether every shipped face can print `c` (white space and line breaks always can).
pub fn prints(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || FONTS
            .fonts
            .iter()
            .all(|f| f.info().coverage.contains(c as u32))
}

/// The fonts one briefing's documents may use: the shipped ones, then those it adds.
pub struct FontSet {
    /// Every face: the shipped ones first.
    pub fonts: Vec<Font>,
    /// Typst's index of the faces.
    pub book: LazyHash<FontBook>,
    /// The font files added, for messages and for `watch`.
    pub files: Vec<PathBuf>,
}

impl std::fmt::Debug for FontSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FontSet")
            .field("faces", &self.fonts.len())
            .field("files", &self.files)
            .finish()
    }
}

impl FontSet {
    /// Whether `c` can be printed: by every shipped face, or by a face the briefing adds
    /// (Typst falls back to it).
    pub fn prints(&self, c: char) -> bool {
        prints(c)
            || self.fonts[FILES.len()..]
                .iter()
                .any(|f| f.info().coverage.contains(c as u32))
    }
}

/// The shipped fonts alone.
pub fn shipped() -> Arc<FontSet> {
    static SHIPPED: LazyLock<Arc<FontSet>> = LazyLock::new(|| {
        Arc::new(FontSet {
            fonts: FONTS.fonts.clone(),
            book: LazyHash::new(FontBook::from_fonts(&FONTS.fonts)),
            files: Vec::new(),
        })
    });
    Arc::clone(&SHIPPED)
}

/// `base` with the faces that each of `others` adds to the shipped ones, each face once
/// (the same bytes and index), for a document made from several briefings: the report.
pub fn union<'a>(
    base: &Arc<FontSet>,
    others: impl IntoIterator<Item = &'a FontSet>,
) -> Arc<FontSet> {
    let mut fonts = base.fonts.clone();
    for set in others {
        for face in set.fonts.iter().skip(FILES.len()) {
            let known = fonts.iter().any(|f| {
                f.index() == face.index() && f.data().as_slice() == face.data().as_slice()
            });
            if !known {
                fonts.push(face.clone());
            }
        }
    }
    if fonts.len() == base.fonts.len() {
        return Arc::clone(base);
    }
    Arc::new(FontSet {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
        files: base.files.clone(),
    })
}

/// The folders a briefing in `briefing_folder` takes fonts from: `fonts/` beside it
/// when there is one, and `--fonts DIR`.
pub fn folders_for(option: Option<&Path>, briefing_folder: &Path) -> Vec<PathBuf> {
    let beside = if briefing_folder == Path::new(".") {
        PathBuf::from("fonts")
    } else {
        briefing_folder.join("fonts")
    };
    let mut folders: Vec<PathBuf> = beside.is_dir().then_some(beside).into_iter().collect();
    folders.extend(option.map(Path::to_path_buf));
    folders
}

/// Whether a file name is a font's: `.ttf`, `.otf`, `.ttc` or `.otc`.
fn is_font_file(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|e| matches!(e.as_str(), "ttf" | "otf" | "ttc" | "otc"))
}

/// The shipped fonts and those in `folders`, each font file read and parsed once per
/// process (while it is unchanged); an error for each font file that is not a font.
pub fn with_added(folders: &[PathBuf]) -> Result<Arc<FontSet>, Vec<Diagnostic>> {
    if folders.is_empty() {
        return Ok(shipped());
    }
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for folder in folders {
        match std::fs::read_dir(folder) {
            Ok(entries) => {
                let mut found: Vec<PathBuf> = entries
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.is_file() && is_font_file(p))
                    .collect();
                found.sort();
                files.extend(found);
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => errors.push(
                Diagnostic::error(folder, Documents::NoFontsFolder)
                    .with_hint(Documents::GiveTheFontsFolder),
            ),
            Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => errors.push(
                Diagnostic::error(folder, Documents::FileNotFontsFolder)
                    .with_hint(Documents::GiveTheFontsFolder),
            ),
            Err(e) => errors.push(Diagnostic::error(
                folder,
                Documents::CannotReadFontsFolder {
                    reason: e.to_string(),
                },
            )),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // A batch shares its fonts: the same files, unchanged, give the same set.
    type Key = Vec<(PathBuf, Option<std::time::SystemTime>, u64)>;
    static MADE: LazyLock<Mutex<HashMap<Key, Arc<FontSet>>>> = LazyLock::new(Mutex::default);
    let key: Key = files
        .iter()
        .map(|f| {
            let meta = std::fs::metadata(f).ok();
            (
                f.clone(),
                meta.as_ref().and_then(|m| m.modified().ok()),
                meta.map_or(0, |m| m.len()),
            )
        })
        .collect();
    if let Some(set) = MADE
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&key)
    {
        return Ok(Arc::clone(set));
    }
    let mut fonts = FONTS.fonts.clone();
    for file in &files {
        let bytes = match std::fs::read(file) {
            Ok(bytes) => bytes,
            Err(e) => {
                errors.push(Diagnostic::error(
                    file,
                    Documents::CannotReadFont {
                        reason: e.to_string(),
                    },
                ));
                continue;
            }
        };
        let faces: Vec<Font> = Font::iter(Bytes::new(bytes)).collect();
        if faces.is_empty() {
            errors.push(
                Diagnostic::error(file, Documents::NotAFont).with_hint(Documents::FontsAreTrueType),
            );
        }
        fonts.extend(faces);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let set = Arc::new(FontSet {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
        files,
    });
    MADE.lock()
        .unwrap_or_else(PoisonError::into_inner)
        .insert(key, Arc::clone(&set));
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covers_kazakh_russian_and_the_tenge() {
        for c in "ӘҒҚҢӨҰҮҺІәғқңөұүһі₸«»„“”–—ЁёЖжЩщ€№".chars()
        {
            assert!(prints(c), "{c} (U+{:04X}) is not in every face", c as u32);
        }
        assert!(!prints('漢'));
        assert!(!prints('\u{1F600}'));
    }

    #[test]
    fn added_fonts_print_what_the_shipped_ones_cannot_and_non_fonts_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fonts/NotoSansOgham-Regular.ttf"
            ),
            dir.path().join("NotoSansOgham-Regular.ttf"),
        )
        .unwrap();
        let set = with_added(&[dir.path().to_path_buf()]).unwrap();
        assert!(set.prints('ᚁ'));
        assert!(!shipped().prints('ᚁ'));
        assert!(set.prints('Ж'));
        std::fs::write(dir.path().join("broken.ttf"), b"not a font").unwrap();
        let errors = with_added(&[dir.path().to_path_buf()]).err().unwrap();
        assert!(errors[0].file.ends_with("broken.ttf"));
        assert_eq!(errors[0].message.en(), "is not a font presskit can read");
    }

    #[test]
    fn has_both_families_in_four_styles() {
        let families: std::collections::BTreeSet<_> = FONTS
            .fonts
            .iter()
            .map(|f| f.info().family.clone())
            .collect();
        assert_eq!(
            families.into_iter().collect::<Vec<_>>(),
            ["Noto Sans", "Noto Serif"]
        );
    }
}

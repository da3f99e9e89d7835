//! The shipped fonts: compiled into the binary, parsed once on first use, and the
//! only fonts Typst ever sees.

use std::sync::LazyLock;

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

/// The font files in `fonts/`, compiled in.
const FILES: [&[u8]; 8] = [
    include_bytes!("../fonts/NotoSerif-Regular.ttf"),
    include_bytes!("../fonts/NotoSerif-Bold.ttf"),
    include_bytes!("../fonts/NotoSerif-Italic.ttf"),
    include_bytes!("../fonts/NotoSerif-BoldItalic.ttf"),
    include_bytes!("../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../fonts/NotoSans-Italic.ttf"),
    include_bytes!("../fonts/NotoSans-BoldItalic.ttf"),
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

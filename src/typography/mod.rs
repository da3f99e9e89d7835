//! The typographic pass: printed text refined per language before it is escaped.
//!
//! The briefing file keeps exactly what the author typed; the documents print it the
//! way an editor would: the language's quotation marks and dashes, the full stop after
//! a closing guillemet in Russian and Kazakh, and no-break spaces where a line must not
//! end (after a short preposition, between a number and what it counts, in initials,
//! before a dash). The pass runs once over every value the templates see
//! ([`refine_values`]), so every document, the plain-text release included, gets it.
//! Values used as code or addresses (paths, links, e-mail addresses) are left alone.
//!
//! Hyphenation is not done here: only the layout knows where a line ends. What must not
//! be hyphenated in running text (names, compounds, quoted titles, last words) is found
//! by [`unhyphenated`], for the `whole` template helper (see `docs/typography.md`).

pub mod foreign;
pub mod joins;
pub mod roles;
pub mod syllables;

use crate::vocab::Language;

/// A no-break space.
const NBSP: char = '\u{a0}';
/// The narrow no-break space between the digit groups of a number.
const NNBSP: char = '\u{202f}';

/// Keys whose values are code, addresses or identifiers, never prose: printed as written.
const VERBATIM_KEYS: [&str; 9] = [
    "lang", "paper", "file", "photo", "logo", "url", "website", "email", "date_iso",
];

/// Keys of titles and headlines, whose last line must hold more than one short word.
const TITLE_KEYS: [&str; 2] = ["title", "headline"];

/// Keys of paragraphs (or lists of them) and quotations, whose last line never holds
/// one short word alone (`ма?»` under a quotation).
const PARAGRAPH_KEYS: [&str; 11] = [
    "body",
    "bio",
    "about",
    "summary",
    "note",
    "text",
    "method",
    "facts",
    "activities",
    "opportunities",
    "item",
];

/// The most letters of a last word that a paragraph's last line must not hold alone.
const SHORT_LAST_WORD: usize = 5;

/// `text` (a paragraph) with its last space made a no-break one when the last word has
/// at most [`SHORT_LAST_WORD`] letters and at least two words come before it.
pub fn last_word_kept(text: &str) -> String {
    let Some(at) = text.rfind(' ') else {
        return text.to_string();
    };
    let last = &text[at + 1..];
    let letters = last.chars().filter(|c| c.is_alphanumeric()).count();
    let words = text[..at]
        .split([' ', NBSP])
        .filter(|w| !w.is_empty())
        .count();
    if letters == 0 || letters > SHORT_LAST_WORD || words < 2 {
        return text.to_string();
    }
    format!("{}{NBSP}{last}", &text[..at])
}

/// `text` with its last space made a no-break one when the word after it is short (a
/// long last word would make the pair too wide to move as one) and other words come
/// before it.
pub fn last_words_together(text: &str) -> String {
    let Some(at) = text.rfind(' ') else {
        return text.to_string();
    };
    let last = &text[at + 1..];
    if last.chars().count() > 12 || !text[..at].contains([' ', NBSP]) {
        return text.to_string();
    }
    format!("{}{NBSP}{last}", &text[..at])
}

/// Refines every text of a template context, in place: phone numbers never break,
/// addresses and paths stay as written, everything else goes through [`refine`].
pub fn refine_values(value: &mut serde_json::Value, language: Language) {
    use serde_json::Value;
    match value {
        Value::String(s) => *s = refine(s, language),
        Value::Array(items) => items.iter_mut().for_each(|v| refine_values(v, language)),
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if VERBATIM_KEYS.contains(&key.as_str()) {
                    continue;
                }
                if key == "phone" {
                    if let Value::String(s) = v {
                        *s = s.replace(' ', "\u{a0}");
                    }
                    continue;
                }
                refine_values(v, language);
                // A title never ends on a line of one short word ("…Объединённых /
                // Наций"): its last two words stay together.
                if TITLE_KEYS.contains(&key.as_str())
                    && let Value::String(s) = v
                {
                    *s = last_words_together(s);
                }
                if PARAGRAPH_KEYS.contains(&key.as_str()) {
                    match v {
                        Value::String(s) => *s = last_word_kept(s),
                        Value::Array(items) => {
                            for item in items {
                                if let Value::String(s) = item {
                                    *s = last_word_kept(s);
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        _ => {}
    }
}

/// The printed form of one text in `language`.
pub fn refine(text: &str, language: Language) -> String {
    let text = quotes(text, language);
    let text = punctuation(&text, language);
    let text = dashes(&text, language);
    no_break_spaces(&text, language)
}

/// The language's quotation marks (`locales/`), outer and inner (opening, closing).
fn marks(language: Language) -> [(char, char); 2] {
    let l = language.locale();
    [
        (l.quote_open, l.quote_close),
        (l.inner_quote_open, l.inner_quote_close),
    ]
}

/// Whether a character can stand before an opening quotation mark.
fn opens_after(prev: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || "([{«„“‘—–-/".contains(p))
}

/// Straight quotes and apostrophes typed in the data become the language's marks; a
/// quotation inside another takes the inner marks.
fn quotes(text: &str, language: Language) -> String {
    let [outer, inner] = marks(language);
    let mut out = String::with_capacity(text.len() + 8);
    // Open quotations: true for a double quote, by nesting depth.
    let mut open: Vec<bool> = Vec::new();
    let mut prev: Option<char> = None;
    for c in text.chars() {
        match c {
            '"' => {
                let closing = open.last() == Some(&true)
                    && prev.is_some_and(|p| !p.is_whitespace() && !"([{".contains(p));
                if closing {
                    open.pop();
                    out.push(if open.is_empty() { outer.1 } else { inner.1 });
                } else if opens_after(prev) {
                    out.push(if open.is_empty() { outer.0 } else { inner.0 });
                    open.push(true);
                } else {
                    out.push(c);
                }
            }
            // Marks typed as such: the outer ones inside an open quotation become the
            // inner ones (`«…«Первые 1000 дней»…»` prints `«…„Первые 1000 дней“…»`).
            c if c == outer.0 && c != outer.1 => {
                out.push(if open.is_empty() { outer.0 } else { inner.0 });
                open.push(false);
            }
            c if c == outer.1 && open.last() == Some(&false) => {
                open.pop();
                out.push(if open.is_empty() { outer.1 } else { inner.1 });
            }
            '«' => {
                open.push(false);
                out.push(c);
            }
            '»' => {
                if open.last() == Some(&false) {
                    open.pop();
                }
                out.push(c);
            }
            '\'' => {
                // An apostrophe inside a word (O'Brien, Кот-д'Ивуар) or after one; an
                // opening single quote only in English, after a space.
                if language == Language::En && opens_after(prev) {
                    out.push('‘');
                } else {
                    out.push('’');
                }
            }
            c => out.push(c),
        }
        prev = Some(c);
    }
    out
}

/// Three dots become an ellipsis; in Russian and Kazakh a full stop moves out of a
/// closing guillemet (`.»` → `».`), and after `?»` or `!»` no full stop follows.
fn punctuation(text: &str, language: Language) -> String {
    let text = text.replace("...", "…");
    if language == Language::En {
        return text;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '.'
            && chars.get(i + 1) == Some(&'»')
            && chars
                .get(i + 2)
                .is_some_and(|n| matches!(n, ',' | ';' | ':' | ')'))
        {
            // The sentence goes on after the guillemet: a full stop inside goes
            // («…доверяют», — сказал), an abbreviation's stays («…2025 гг.», организованная).
            let word: String = out
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .collect();
            if !(1..=3).contains(&word.chars().count()) || word.chars().any(char::is_uppercase) {
                i += 1;
                continue;
            }
        } else if c == '.' && chars.get(i + 1) == Some(&'»') {
            // «…доверяют.» → «…доверяют». (and «…доверяют.». → «…доверяют».)
            out.push('»');
            out.push('.');
            i += 2;
            if chars.get(i) == Some(&'.') {
                i += 1;
            }
            continue;
        }
        if c == '.' && out.ends_with(['»']) {
            let before: Vec<char> = out.chars().rev().take(2).collect();
            if before.get(1).is_some_and(|p| matches!(p, '?' | '!' | '…')) {
                // «Кто?». → «Кто?»
                i += 1;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// The language's dash between words: a spaced em dash in Russian and Kazakh, a spaced
/// en dash in English. A hyphen or an en or em dash typed between spaces becomes it;
/// hyphens inside words and number ranges are left alone.
fn dashes(text: &str, language: Language) -> String {
    let dash = match language {
        Language::En => '–',
        Language::Ru | Language::Kk => '—',
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let spaced_before = i > 0 && chars[i - 1].is_whitespace();
        if spaced_before && matches!(c, '-' | '–' | '—') {
            // "--" and "---" typed for a dash count as one.
            let mut j = i + 1;
            while chars.get(j) == Some(&'-') {
                j += 1;
            }
            if chars.get(j).is_none_or(|n| n.is_whitespace()) {
                out.push(dash);
                i = j;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Russian abbreviations that never part from the word after them.
const RU_ABBREVIATIONS: [&str; 16] = [
    "г.",
    "гг.",
    "ул.",
    "пр.",
    "просп.",
    "пл.",
    "д.",
    "им.",
    "т.",
    "см.",
    "стр.",
    "с.",
    "п.",
    "проф.",
    "акад.",
    "№",
];
/// Kazakh abbreviations that never part from the word after them.
const KK_ABBREVIATIONS: [&str; 6] = ["ж.", "жж.", "к.", "т.б.", "№", "көш."];
/// English titles that never part from the name after them.
const EN_TITLES: [&str; 9] = [
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "No.", "p.", "pp.",
];
/// Three-letter Russian prepositions that also bind to the next word.
const RU_SHORT_WORDS: [&str; 8] = ["для", "без", "при", "под", "над", "про", "обо", "изо"];
/// Russian particles that bind to the word before them.
const RU_PARTICLES: [&str; 5] = ["ли", "же", "бы", "ж", "б"];
/// Units and signs that follow a number.
const UNIT_SIGNS: &str = "₸$€£%‰°№";

/// No-break spaces where a line must not end: after short prepositions and
/// conjunctions (Russian and Kazakh), between a number and what it counts, between
/// digit groups, after initials and abbreviations (`ул. Ауэзова`, `т. е.`, `Dr. Roe`),
/// before a dash.
fn no_break_spaces(text: &str, language: Language) -> String {
    // Split into words and the single spaces between them; other white space is kept.
    let words: Vec<&str> = text.split(' ').collect();
    let mut out = String::with_capacity(text.len());
    for (i, word) in words.iter().enumerate() {
        out.push_str(word);
        let Some(next) = words.get(i + 1) else { break };
        // "2016 г. и": the year's "г." closes the number and binds nothing after it.
        let after_year = i > 0
            && matches!(*word, "г." | "гг." | "ж." | "жж.")
            && words[i - 1].ends_with(|c: char| c.is_ascii_digit());
        // The first word after the initials that start at `next`: a surname there
        // makes them that name's, not the initials of the surname before them.
        let beyond = words[i + 1..].iter().find(|w| !single_initial(w)).copied();
        let glue = !word.is_empty()
            && !next.is_empty()
            && !after_year
            && binds(word, next, beyond, language);
        out.push(match glue {
            // Digit groups and a number's per cent or degree keep their width on a
            // justified line: a narrow no-break space (Typst stretches U+00A0 like any
            // space; "1 200 000" and "3,5 %" must not).
            true if digit_groups(word, next) || next.starts_with(['%', '‰', '°']) => NNBSP,
            true => NBSP,
            false => ' ',
        });
    }
    out
}

/// `text` with its no-break spaces as plain ones: for a mail's subject line, which mail
/// programs search and filter by the words as typed.
pub fn plain_spaces(text: &str) -> String {
    text.replace([NBSP, NNBSP], " ")
}

/// Whether `word` and `next` are groups of one number, "1" and "200" of "1 200 000".
fn digit_groups(word: &str, next: &str) -> bool {
    let number = word.ends_with(|c: char| c.is_ascii_digit())
        && word.chars().all(|c| c.is_ascii_digit() || ".,".contains(c));
    number
        && (next.len() == 3 && next.chars().all(|c| c.is_ascii_digit())
            || next.len() > 3
                && next.chars().take(3).all(|c| c.is_ascii_digit())
                && !next[3..].starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `word` is two or more initials typed together (`Е.А.`, `J.R.R.`).
fn initials(word: &str) -> bool {
    let parts: Vec<&str> = word.split_inclusive('.').collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            let mut c = p.chars();
            matches!((c.next(), c.next(), c.next()), (Some(a), Some('.'), None) if a.is_uppercase())
        })
}

/// Whether `word` is a number (`2016`, `3,5`) or a range of two (`2025–2026`).
fn number_or_range(word: &str) -> bool {
    let number =
        |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || ".,".contains(c));
    match word.split_once(['–', '-']) {
        Some((from, to)) => number(from) && number(to),
        None => number(word),
    }
}

/// The letters of a word, without the punctuation around it.
fn letters(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Whether `word` is one initial, a capital and a full stop (`Е.`, `A.`).
fn single_initial(word: &str) -> bool {
    let mut c = word.chars();
    matches!((c.next(), c.next(), c.next()), (Some(a), Some('.'), None) if a.is_uppercase())
}

/// Whether the space between `word` and `next` must not break; `beyond` is the first word
/// after the initials that `next` may start.
fn binds(word: &str, next: &str, beyond: Option<&str>, language: Language) -> bool {
    // Before a dash.
    if next.starts_with(['—', '–']) {
        return true;
    }
    let last = word.chars().next_back().unwrap_or(' ');
    let core = letters(word);
    // A number and what it counts: "2016 года", "12 000", "5 млн", "100 ₸", "45 %",
    // "2025–2026 гг.".
    if last.is_ascii_digit() && number_or_range(word) {
        let first = next.chars().next().unwrap_or(' ');
        if first.is_alphabetic() || UNIT_SIGNS.contains(first) || digit_groups(word, next) {
            return true;
        }
    }
    // "№ 5", "§ 3".
    if word == "№" || word == "§" {
        return true;
    }
    // Initials: "Е. Орлова", "Е. А. Орлова", "A. Ivanova".
    let mut initial = word.chars();
    if let (Some(a), Some('.'), None) = (initial.next(), initial.next(), initial.next())
        && a.is_uppercase()
    {
        return true;
    }
    // Initials typed together: "Е.А. Орлова".
    if initials(word) {
        return true;
    }
    // A surname and the initials after it: "Орлова Е. А.", unless a surname follows
    // them ("Сейткали А. Б. Орлова": those are Орлова's).
    let mut after = next.chars();
    let surname_follows =
        beyond.is_some_and(|w| w.starts_with(char::is_uppercase) && letters(w).chars().count() > 1);
    if let (Some(a), Some('.')) = (after.next(), after.next())
        && a.is_uppercase()
        && after.next().is_none_or(|c| c == ',' || c == ';')
        && word.chars().all(char::is_alphabetic)
        && (!surname_follows || next.ends_with([',', ';']))
    {
        return true;
    }
    match language {
        Language::En => EN_TITLES.contains(&word),
        Language::Ru | Language::Kk => {
            let abbreviations: &[&str] = if language == Language::Ru {
                &RU_ABBREVIATIONS
            } else {
                &KK_ABBREVIATIONS
            };
            if abbreviations.contains(&word.to_lowercase().as_str()) {
                return true;
            }
            // "т. е.", "т. д.": a one-letter abbreviation and the next one.
            if word.chars().count() == 2 && word.ends_with('.') && core.chars().count() == 1 {
                return true;
            }
            // Particles lean on the word before ("как же", "был бы"), not on the next.
            if language == Language::Ru {
                if RU_PARTICLES.contains(&letters(next)) {
                    return letters(next).len()
                        == next.trim_end_matches([',', '.', '!', '?']).len();
                }
                if RU_PARTICLES.contains(&core) {
                    return false;
                }
            }
            // One- and two-letter words (prepositions, conjunctions, particles), and the
            // three-letter prepositions, never end a line.
            let short = core.len() == word.trim_start_matches(['(', '«', '„', '"']).len()
                && core.chars().all(char::is_alphabetic)
                && core.chars().count() <= 2;
            short
                || language == Language::Ru
                    && RU_SHORT_WORDS.contains(&core.to_lowercase().as_str())
                    && core.len() == word.len()
        }
    }
}

/// Text between the language's quotation marks, unless the author already wrapped it;
/// in Russian and Kazakh a final full stop goes after the closing mark, while `?`, `!`
/// and `…` stay inside.
pub fn quotation(text: &str, language: Language) -> String {
    let text = text.trim();
    if wrapped(text) {
        return text.to_string();
    }
    // Quotation marks inside the quotation become the inner ones.
    let [outer, inner] = marks(language);
    let text = &text
        .replace(outer.0, &inner.0.to_string())
        .replace(outer.1, &inner.1.to_string());
    match language {
        Language::Ru | Language::Kk => match text.strip_suffix('.') {
            Some(inner) if !inner.ends_with('.') => format!("{}{inner}{}.", outer.0, outer.1),
            _ => format!("{}{text}{}", outer.0, outer.1),
        },
        Language::En => format!("{}{text}{}", outer.0, outer.1),
    }
}

/// Where the lead starts in a first paragraph that opens with a dateline of its own
/// (`RIGA, 18 March 2027 – …`, typed out of habit): the place in capitals or the
/// briefing's city, a comma, a short stretch with a digit (the date), and a spaced dash.
pub fn typed_dateline(paragraph: &str, city: Option<&str>) -> Option<usize> {
    let (place, rest) = paragraph.split_once(',')?;
    let place = place.trim();
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = letters >= 2
        && place
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '-' || c == '.');
    let is_city = city.is_some_and(|c| c.trim().to_lowercase() == place.to_lowercase());
    if !(capitals || is_city) || place.chars().count() > 40 {
        return None;
    }
    let start = paragraph.len() - rest.len();
    for dash in [" – ", " — ", " - ", " -- ", "\u{a0}– ", "\u{a0}— "] {
        if let Some(at) = rest.find(dash) {
            let date = &rest[..at];
            if date.chars().count() <= 40 && date.chars().any(|c| c.is_ascii_digit()) {
                return Some(start + at + dash.len());
            }
        }
    }
    None
}

/// Whether the whole text is one quotation the author already put in quotation marks:
/// the mark that opens it closes at its end (a final full stop aside).
fn wrapped(text: &str) -> bool {
    let body = text.trim_end_matches(['.', ',', ';']);
    let mut chars = body.chars();
    match chars.next() {
        Some('"') => body.len() > 1 && body.ends_with('"'),
        Some(open @ ('«' | '“' | '„')) => {
            let close = match open {
                '«' => '»',
                '“' => '”',
                _ => '“',
            };
            let mut depth = 1;
            let rest: Vec<char> = chars.collect();
            for (i, &c) in rest.iter().enumerate() {
                if c == close {
                    depth -= 1;
                    if depth == 0 {
                        return i + 1 == rest.len();
                    }
                } else if c == open {
                    depth += 1;
                }
            }
            false
        }
        _ => false,
    }
}

/// The text with its first letter in capitals, for a line that starts with it.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Whether `c` is part of a word: a letter or a combining mark (`\p{L}\p{M}`, as far
/// as the standard library tells them).
fn word_char(c: char) -> bool {
    c.is_alphabetic()
        || matches!(c, '\u{300}'..='\u{36f}' | '\u{483}'..='\u{489}' | '\u{1ab0}'..='\u{1aff}')
}

/// The byte ranges of running text (a paragraph) that must not be hyphenated: every
/// capitalised word of four letters or more (a name, a place, an acronym), every word
/// with its own hyphen (it breaks only there), a title in guillemets (up to 60
/// characters) and the last word of the paragraph with the punctuation after it. Ranges
/// separated by white space only are joined, so a full name is one range. The
/// `whole` template helper wraps each in `#text(hyphenate: false)[…]`: marking these
/// spans once, here, costs far less than a regular-expression show rule in Typst.
pub fn unhyphenated(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
    let push = |range: std::ops::Range<usize>, spans: &mut Vec<std::ops::Range<usize>>| match spans
        .last_mut()
    {
        Some(last) if text[last.end..range.start].chars().all(char::is_whitespace) => {
            last.end = range.end;
        }
        _ => spans.push(range),
    };
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or_default();
        if c == '«' {
            // A title: up to the next guillemet, when that closes it within 60 characters.
            let inner = &text[i + c.len_utf8()..];
            let close = inner
                .char_indices()
                .take(61)
                .find(|&(_, d)| d == '«' || d == '»');
            if let Some((at, '»')) = close
                && at > 0
                && inner[..at].chars().count() <= 60
            {
                let end = i + c.len_utf8() + at + '»'.len_utf8();
                push(i..end, &mut spans);
                i = end;
                continue;
            }
            i += c.len_utf8();
            continue;
        }
        if !word_char(c) {
            i += c.len_utf8();
            continue;
        }
        // A word, with the parts its own hyphens join: `Интернет-издания`.
        let mut end = i;
        let mut hyphens = false;
        let mut letters = 0;
        loop {
            let rest = &text[end..];
            let run: usize = rest
                .chars()
                .take_while(|&d| word_char(d))
                .map(char::len_utf8)
                .sum();
            letters += text[end..end + run].chars().count();
            end += run;
            let after = &text[end..];
            if after.starts_with('-') && after[1..].starts_with(word_char) {
                hyphens = true;
                end += 1;
            } else {
                break;
            }
        }
        let capitalised = c.is_uppercase() && letters >= 4;
        // The last word: what follows it is closing punctuation only, to the end.
        let tail: usize = text[end..]
            .chars()
            .take_while(|d| matches!(d, '.' | '!' | '?' | '…' | '»' | '”' | ')'))
            .map(char::len_utf8)
            .sum();
        if end + tail == text.len() {
            push(i..text.len(), &mut spans);
        } else if hyphens || capitalised {
            push(i..end, &mut spans);
        }
        i = end;
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use Language::{En, Kk, Ru};

    /// The spans of `text` that [`unhyphenated`] finds, as text.
    fn spans(text: &str) -> Vec<&str> {
        unhyphenated(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn names_compounds_titles_and_the_last_word_are_kept_whole() {
        assert_eq!(
            spans(
                "Выступил Константин Преображенский-Милославский из МОМ, а интернет-издания и «Казахстанская правда» писали о воде."
            ),
            vec![
                "Выступил Константин Преображенский-Милославский",
                "интернет-издания",
                "«Казахстанская правда»",
                "воде."
            ]
        );
        assert_eq!(spans("Алматы"), vec!["Алматы"]);
        assert_eq!(spans("дети и вода (ЮНИСЕФ)"), vec!["ЮНИСЕФ)"]);
        assert_eq!(spans("a «» b « c"), vec!["c"]);
        assert_eq!(spans(""), Vec::<&str>::new());
        assert_eq!(spans("-- - «"), Vec::<&str>::new());
    }

    /// The text with no-break spaces shown as `~`.
    fn shown(text: &str, language: Language) -> String {
        refine(text, language)
            .replace(NBSP, "~")
            .replace(NNBSP, "^")
    }

    #[test]
    fn a_paragraphs_short_last_word_keeps_company() {
        let kept = |t: &str| last_word_kept(t).replace(NBSP, "~");
        assert_eq!(kept("Бұл не істеу керек“»."), "Бұл не істеу~керек“».");
        assert_eq!(
            kept("Так ли это, разве не так?"),
            "Так ли это, разве не~так?"
        );
        // A long last word may stand alone; a short text is left as it is.
        assert_eq!(kept("Мы много сделали вместе"), "Мы много сделали вместе");
        assert_eq!(kept("Не так"), "Не так");
        assert_eq!(kept("A b —"), "A b —");
    }

    #[test]
    fn ranges_percentages_and_initials_typed_together_hold() {
        assert_eq!(shown("за 2025–2026 гг. рост", Ru), "за~2025–2026~гг. рост");
        assert_eq!(shown("2025–2026 жж. өсім", Kk), "2025–2026~жж. өсім");
        assert_eq!(shown("рост на 3,5 % за год", Ru), "рост на~3,5^% за~год");
        assert_eq!(shown("up 3.5 % a year", En), "up 3.5^% a year");
        assert_eq!(shown("сказал Е.А. Орлов", Ru), "сказал Е.А.~Орлов");
        assert_eq!(shown("J.R.R. Tolkien wrote", En), "J.R.R.~Tolkien wrote");
        // A word of capitals with a full stop is not a run of initials.
        assert_eq!(shown("the UN. It", En), "the UN. It");
    }

    #[test]
    fn short_prepositions_and_conjunctions_never_end_a_line() {
        assert_eq!(
            shown("помощь в Казахстане и Центральной Азии", Ru),
            "помощь в~Казахстане и~Центральной Азии"
        );
        assert_eq!(
            shown("В 2016 году на горячую линию для мигрантов", Ru),
            "В~2016~году на~горячую линию для~мигрантов"
        );
        assert_eq!(
            shown("Так ли это, как же быть", Ru),
            "Так~ли это, как~же быть"
        );
        // English keeps its short words free.
        assert_eq!(shown("help in a crisis", En), "help in a crisis");
    }

    #[test]
    fn a_title_keeps_its_last_two_words_together() {
        let joined = |t: &str| last_words_together(t).replace(NBSP, "~");
        assert_eq!(
            joined("Детский фонд Организации Объединённых Наций"),
            "Детский фонд Организации Объединённых~Наций"
        );
        // Two words alone, a long last word, one word: as written.
        assert_eq!(joined("Шёлковый путь"), "Шёлковый путь");
        assert_eq!(
            joined("Counter-trafficking in Central Asia: internationalisation"),
            "Counter-trafficking in Central Asia: internationalisation"
        );
        assert_eq!(joined("Migration"), "Migration");
    }

    #[test]
    fn numbers_stay_with_what_they_count() {
        assert_eq!(
            shown("более 12 000 обращений", Ru),
            "более 12^000~обращений"
        );
        assert_eq!(shown("сумму 12 500 000 ₸.", Ru), "сумму 12^500^000~₸.");
        assert_eq!(shown("5 млн и 45 %", Ru), "5~млн и~45^%");
        assert_eq!(
            shown("2016 г. и 1 200-ден астам", Kk),
            "2016~г. и~1^200-ден астам"
        );
        assert_eq!(shown("42 families and 5 km", En), "42~families and 5~km");
        // A phone number is not a count.
        assert_eq!(shown("+7 727 258 26 43", En), "+7 727^258 26 43");
    }

    #[test]
    fn initials_abbreviations_and_titles_bind() {
        assert_eq!(
            shown("ул. Ауэзова, т. е. офис", Ru),
            "ул.~Ауэзова, т.~е.~офис"
        );
        assert_eq!(
            shown("Е. А. Орлова и Орлова Е. А.", Ru),
            "Е.~А.~Орлова и~Орлова~Е.~А."
        );
        assert_eq!(shown("said Dr. Roe", En), "said Dr.~Roe");
        // Two names in a row are two units: the second's initials go with it.
        assert_eq!(
            shown("Сейткали А. Б. Сейткали и Орлова Е. А. Иванов", Ru),
            "Сейткали А.~Б.~Сейткали и~Орлова Е.~А.~Иванов"
        );
    }

    #[test]
    fn dashes_follow_the_language_and_never_start_a_line() {
        assert_eq!(shown("МОМ - ведущая", Ru), "МОМ~— ведущая");
        assert_eq!(shown("ХКҰ – жетекші", Kk), "ХКҰ~— жетекші");
        assert_eq!(shown("IOM -- the agency", En), "IOM~– the agency");
        // Hyphens in words and ranges stay.
        assert_eq!(
            refine("Интернет-издания, 2016-2017", Ru),
            "Интернет-издания, 2016-2017"
        );
    }

    #[test]
    fn straight_quotes_become_the_language_marks() {
        assert_eq!(refine("газета \"Время\"", Ru), "газета «Время»");
        assert_eq!(
            shown("\"Она сказала: \"да\"\", - ответил он", Ru),
            "«Она сказала: „да“»,~— ответил он"
        );
        assert_eq!(
            refine("the \"Hope\" fund, O'Brien's", En),
            "the “Hope” fund, O’Brien’s"
        );
        assert_eq!(refine("'Yes'", En), "‘Yes’");
    }

    #[test]
    fn typed_marks_inside_a_quotation_become_the_inner_ones() {
        assert_eq!(
            refine("«Программа «Первые 1000 дней» за 2020–2025 гг.»", Ru),
            "«Программа „Первые 1000\u{a0}дней“ за\u{a0}2020–2025\u{a0}гг»."
        );
        assert_eq!(
            refine("«Бағдарлама «Алғашқы 1000 күн» аяқталды.»", Kk),
            "«Бағдарлама „Алғашқы 1000\u{a0}күн“ аяқталды»."
        );
        assert_eq!(refine("«Хабар» и «Мир»", Ru), "«Хабар» и\u{a0}«Мир»");
        assert_eq!(
            refine("конференция «Итоги 2025 гг.», организованная", Ru),
            "конференция «Итоги 2025\u{a0}гг.», организованная"
        );
        assert_eq!(
            refine("«Люди доверяют.», — сказал он", Ru),
            "«Люди доверяют»,\u{a0}— сказал он"
        );
        assert_eq!(
            refine("“The “First 1000 Days” plan”", En),
            "“The ‘First 1000\u{a0}Days’ plan”"
        );
        assert_eq!(refine("“A” and “B”", En), "“A” and “B”");
    }

    #[test]
    fn a_full_stop_goes_after_the_guillemet() {
        assert_eq!(refine("«Люди доверяют.»", Ru), "«Люди доверяют».");
        assert_eq!(refine("«Кто поможет?».", Ru), "«Кто поможет?»");
        assert_eq!(refine("«Сіз білесіз бе?»", Kk), "«Сіз білесіз бе?»");
        assert_eq!(refine("Wait...", En), "Wait…");
    }

    #[test]
    fn quotations_are_wrapped_once() {
        assert_eq!(quotation("Люди ей доверяют.", Ru), "«Люди ей доверяют».");
        assert_eq!(quotation("Кто, если не мы?", Ru), "«Кто, если не мы?»");
        assert_eq!(quotation("Бұл маңызды!", Kk), "«Бұл маңызды!»");
        assert_eq!(quotation("«Уже в кавычках.»", Ru), "«Уже в кавычках.»");
        assert_eq!(
            quotation("\"A storm is coming.\"", En),
            "\"A storm is coming.\""
        );
        assert_eq!(quotation("A storm is coming.", En), "“A storm is coming.”");
        assert_eq!(quotation("«Хабар» хабарлады.", Kk), "«„Хабар“ хабарлады».");
        assert_eq!(quotation("«Хабар» и «Мир»", Ru), "«„Хабар“ и „Мир“»");
    }

    #[test]
    fn a_dateline_typed_in_the_body_is_found() {
        let body = "RIGA, 18 March 2027 – The mayor said.";
        assert_eq!(
            typed_dateline(body, None).map(|i| &body[i..]),
            Some("The mayor said.")
        );
        let ru = "Алматы, 23 марта 2017 г. — Представители МОМ";
        assert_eq!(
            typed_dateline(ru, Some("Алматы")).map(|i| &ru[i..]),
            Some("Представители МОМ")
        );
        assert_eq!(typed_dateline("Алматы, 23 марта — город", None), None);
        assert_eq!(
            typed_dateline("В 2016 году, по данным МОМ – рост", None),
            None
        );
        assert_eq!(
            typed_dateline("IOM, UNICEF and UNDP - 3 agencies", None),
            None
        );
    }

    #[test]
    fn capitals_only_at_the_start_of_a_line() {
        assert_eq!(capitalise("руководитель программ"), "Руководитель программ");
        assert_eq!(capitalise("әкім"), "Әкім");
        assert_eq!(capitalise(""), "");
    }

    #[test]
    fn addresses_and_paths_are_left_alone() {
        let mut value = serde_json::json!({
            "email": "o'brien@iom.int",
            "photo": "assets/a - b.png",
            "phone": "+7 727 258 26 43",
            "name": "Елена Орлова - руководитель",
        });
        refine_values(&mut value, Ru);
        assert_eq!(value["email"], "o'brien@iom.int");
        assert_eq!(value["photo"], "assets/a - b.png");
        assert_eq!(value["phone"], "+7\u{a0}727\u{a0}258\u{a0}26\u{a0}43");
        assert_eq!(value["name"], "Елена Орлова\u{a0}— руководитель");
    }

    #[test]
    fn the_pass_is_idempotent() {
        for (text, language) in [
            ("В 2016 году «Қазақстан» - \"газета\" сказала: «Да.»", Ru),
            ("2017 жылғы 22 маусым - ХКҰ", Kk),
            ("Dr. Roe said \"5 km...\"", En),
        ] {
            let once = refine(text, language);
            assert_eq!(refine(&once, language), once, "{text}");
        }
    }
}

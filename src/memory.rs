//! A bound on the memory of the whole process (`--max-memory`).
//!
//! Typst cannot be stopped part-way through a document, and a template can ask it for
//! anything: `#("x" * 100000000000)` is one allocation of 100 GB, `#range(10^12)` grows
//! by small steps. Neither can be refused to Typst itself (an allocation that fails
//! aborts the process), so presskit ends the process itself, with status 1 and a
//! message naming the documents being typeset, at whichever comes first: an allocation
//! larger than the limit on its own (checked by the allocator, [`Guarded`], one
//! comparison per allocation), or a resident size past the limit (checked by a thread
//! every [`POLL`], [`watch`]). That ends the whole run, other briefings included: the
//! price of not letting one template take the machine down.
//!
//! The report is written from inside the allocator, where nothing may allocate, so its
//! words are put into the user's language once, when the limit is set ([`Words`]), and
//! the report only copies them, filling in what it knows then.

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

/// How often the resident size is read: a runaway grows by tens of megabytes at most
/// between two reads.
pub const POLL: Duration = Duration::from_millis(20);

/// The system allocator, refusing (by ending the process) any one allocation larger
/// than the limit.
pub struct Guarded;

/// The limit in bytes; 0 for none (the library's default: only the binary sets one).
static LIMIT: AtomicUsize = AtomicUsize::new(0);

/// Set once the limit has been passed, so that the report is written once.
static PASSED: AtomicBool = AtomicBool::new(false);

/// The documents being typeset now, for the report.
static BUSY: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// The report's words in the user's language, set with the limit.
static WORDS: OnceLock<Words> = OnceLock::new();

/// Marks, in the words rendered at start-up, where the report puts what it knows only
/// then: what needed the memory, the size asked for at once, what the run was doing.
const WHAT: char = '\u{1}';
/// See [`WHAT`].
const SIZE: char = '\u{2}';
/// See [`WHAT`].
const BESIDES: char = '\u{3}';

/// The out-of-memory report's words, rendered before the limit matters.
#[derive(Debug)]
struct Words {
    /// `presskit: error: `, in the user's language.
    start: String,
    /// The line without a size (the resident size passed).
    passed: String,
    /// The line with the size of one allocation.
    at_once: String,
    /// What the run was doing besides, with [`WHAT`] for it.
    during: String,
    /// What needed the memory when no document was being typeset.
    presskit: String,
    /// A document being typeset, with [`WHAT`] for it.
    typesetting: String,
    /// `\n  = hint: ` and the hint, for typesetting and for the input.
    hints: [String; 2],
}

impl Words {
    /// The words in `language` for a limit of `mib`.
    fn new(language: crate::vocab::Language, mib: u64) -> Self {
        use crate::messages::general::General;
        use crate::messages::{Msg, word};
        let text = |m: General| Msg::from(m).in_language(language);
        let mark = |c: char| c.to_string();
        let hint = |m: General| format!("\n  = {}: {}\n", word(language, "frame-hint"), text(m));
        Words {
            start: format!("presskit: {}: ", word(language, "frame-error")),
            passed: text(General::MemoryPassed {
                what: mark(WHAT),
                mib,
                during: mark(BESIDES),
            }),
            at_once: text(General::MemoryPassedAtOnce {
                what: mark(WHAT),
                mib,
                size: mark(SIZE),
                during: mark(BESIDES),
            }),
            during: text(General::MemoryWhile { what: mark(WHAT) }),
            presskit: text(General::MemoryPresskit),
            typesetting: text(General::MemoryTypesetting {
                document: mark(WHAT),
            }),
            hints: [
                hint(General::MemoryHintTemplate),
                hint(General::MemoryHintInput),
            ],
        }
    }
}

/// Writes `words` to `out`, each mark of `fills` replaced by its text; without
/// allocating.
fn fill(out: &mut impl Write, words: &str, fills: &[(char, &str)]) {
    let mut rest = words;
    while let Some(at) = rest.find(|c: char| fills.iter().any(|(m, _)| *m == c)) {
        let _ = out.write_all(&rest.as_bytes()[..at]);
        let mark = rest[at..].chars().next().unwrap_or(WHAT);
        if let Some((_, text)) = fills.iter().find(|(m, _)| *m == mark) {
            let _ = out.write_all(text.as_bytes());
        }
        rest = &rest[at + mark.len_utf8()..];
    }
    let _ = out.write_all(rest.as_bytes());
}

/// Writes "typesetting DOCUMENT" in the user's words to `out`, without allocating.
fn typesetting(out: &mut impl Write, document: &str) {
    if let Some(words) = WORDS.get() {
        fill(out, &words.typesetting, &[(WHAT, document)]);
    }
}

/// Sets the limit, in MiB, and starts the thread that watches the resident size;
/// 0 sets no limit.
pub fn watch(mib: u64) {
    let bytes = usize::try_from(mib.saturating_mul(1024 * 1024)).unwrap_or(usize::MAX);
    if bytes == 0 {
        return;
    }
    // The words first: once the limit is set, the report may need them at any moment.
    let _ = WORDS.set(Words::new(crate::messages::user_language(), mib));
    if LIMIT.swap(bytes, Ordering::SeqCst) != 0 {
        return;
    }
    let _ = std::thread::Builder::new()
        .name("presskit memory".into())
        .spawn(move || {
            loop {
                std::thread::sleep(POLL);
                if resident().is_some_and(|rss| rss > bytes) {
                    let busy = BUSY.lock().map(|b| b.join(", ")).unwrap_or_default();
                    let what = match WORDS.get() {
                        Some(words) if busy.is_empty() => words.presskit.clone(),
                        _ => {
                            let mut what = Vec::new();
                            typesetting(&mut what, &busy);
                            String::from_utf8_lossy(&what).into_owned()
                        }
                    };
                    report(&what, !busy.is_empty(), None);
                }
            }
        });
}

/// The resident size of this process in bytes, from `/proc/self/status` (Linux).
#[cfg(not(windows))]
pub fn resident() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

/// The resident size of this process in bytes: its working set (Windows).
#[cfg(windows)]
pub fn resident() -> Option<usize> {
    use windows_sys::Win32::System::ProcessStatus::{
        K32GetProcessMemoryInfo, PROCESS_MEMORY_COUNTERS,
    };
    use windows_sys::Win32::System::Threading::GetCurrentProcess;
    let size = u32::try_from(std::mem::size_of::<PROCESS_MEMORY_COUNTERS>()).ok()?;
    // SAFETY: all-zero bytes are a valid value of this plain C struct.
    let mut counters: PROCESS_MEMORY_COUNTERS = unsafe { std::mem::zeroed() };
    counters.cb = size;
    // SAFETY: the pseudo-handle of the current process needs no closing, and `counters`
    // is a live struct of the size passed.
    let read = unsafe { K32GetProcessMemoryInfo(GetCurrentProcess(), &mut counters, size) };
    (read != 0).then_some(counters.WorkingSetSize)
}

/// What the run is doing besides typesetting, for the report: a repair's rebuild.
static DURING: Mutex<String> = Mutex::new(String::new());

/// Names what the run is doing while it lives (`rebuilding archive/x from what
/// attendance-summary.pdf carries`), so that a report says it after the document.
pub struct During;

impl During {
    /// Names `what` until dropped.
    pub fn new(what: String) -> Self {
        if let Ok(mut during) = DURING.lock() {
            *during = what;
        }
        During
    }
}

impl Drop for During {
    fn drop(&mut self) {
        if let Ok(mut during) = DURING.lock() {
            during.clear();
        }
    }
}

/// Marks a document as being typeset while it lives, so that a report names it.
pub struct Busy(String);

impl Busy {
    /// Marks `document` (its template and file) as being typeset.
    pub fn new(document: String) -> Self {
        if let Ok(mut busy) = BUSY.lock() {
            busy.push(document.clone());
        }
        Busy(document)
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        if let Ok(mut busy) = BUSY.lock()
            && let Some(at) = busy.iter().position(|d| *d == self.0)
        {
            busy.remove(at);
        }
    }
}

/// Ends the process past the limit: one allocation of `size` bytes, or none (the
/// resident size), needed by `what` (`typesetting` when that is a document). Called
/// from the allocator too, so it does not allocate.
#[cold]
fn report(what: &str, typesetting: bool, size: Option<usize>) -> ! {
    if PASSED.swap(true, Ordering::SeqCst) {
        // Another thread is reporting; it ends the process.
        loop {
            std::thread::park();
        }
    }
    let mut message = [0u8; 4096];
    let mut cursor = std::io::Cursor::new(&mut message[..]);
    if let Some(words) = WORDS.get() {
        // What the run was doing besides, in its words, then the whole line.
        let mut during = [0u8; 1024];
        let mut besides = std::io::Cursor::new(&mut during[..]);
        if let Ok(doing) = DURING.try_lock()
            && !doing.is_empty()
        {
            fill(&mut besides, &words.during, &[(WHAT, doing.as_str())]);
        }
        let during_len = usize::try_from(besides.position()).unwrap_or(0);
        let during = std::str::from_utf8(&during[..during_len]).unwrap_or("");
        let mut digits = [0u8; 24];
        let mut number = std::io::Cursor::new(&mut digits[..]);
        let line = match size {
            Some(size) => {
                let _ = write!(number, "{}", size / (1024 * 1024));
                &words.at_once
            }
            None => &words.passed,
        };
        let digits_len = usize::try_from(number.position()).unwrap_or(0);
        let size = std::str::from_utf8(&digits[..digits_len]).unwrap_or("");
        let _ = cursor.write_all(words.start.as_bytes());
        fill(
            &mut cursor,
            line,
            &[(WHAT, what), (SIZE, size), (BESIDES, during)],
        );
        let hint = &words.hints[usize::from(!typesetting)];
        let _ = cursor.write_all(hint.as_bytes());
    }
    let written = usize::try_from(cursor.position()).unwrap_or(message.len());
    let _ = std::io::stderr().write_all(&message[..written]);
    std::process::exit(1);
}

/// Checks one allocation of `size` bytes against the limit.
#[inline]
fn check(size: usize) {
    let limit = LIMIT.load(Ordering::Relaxed);
    if limit != 0 && size > limit {
        oversized(size);
    }
}

/// Reports an allocation larger than the whole limit, naming the thread's document
/// (or presskit itself, when the thread typesets none).
#[cold]
fn oversized(size: usize) -> ! {
    let thread = std::thread::current();
    let Some(document) = thread.name().and_then(|n| n.strip_prefix("typeset ")) else {
        let what = WORDS.get().map_or("presskit", |w| w.presskit.as_str());
        report(what, false, Some(size))
    };
    let mut what = [0u8; 600];
    let mut cursor = std::io::Cursor::new(&mut what[..]);
    // The document as marked busy names its template too (`press-release.typ (FILE)`);
    // try_lock: the allocation may come from a thread marking a document.
    let busy = BUSY.try_lock().ok();
    let marked = busy.as_ref().and_then(|b| {
        b.iter().find(|d| {
            d.strip_prefix(document)
                .is_some_and(|rest| rest.starts_with('.'))
        })
    });
    typesetting(&mut cursor, marked.map_or(document, String::as_str));
    drop(busy);
    let written = usize::try_from(cursor.position()).unwrap_or(0);
    let what = std::str::from_utf8(&what[..written]).unwrap_or("");
    report(what, true, Some(size))
}

// SAFETY: every method hands the call to the system allocator unchanged; the check
// before it reads one atomic, and past the limit ends the process without allocating.
unsafe impl GlobalAlloc for Guarded {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        check(layout.size());
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        check(layout.size());
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        check(new_size);
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_is_put_into_words_at_start_and_filled_in_without_marks() {
        use crate::vocab::Language;
        let words = Words::new(Language::Ru, 512);
        let mut what = Vec::new();
        fill(&mut what, &words.typesetting, &[(WHAT, "press-kit.typ")]);
        let what = String::from_utf8(what).unwrap();
        assert_eq!(what, "вёрстка press-kit.typ");
        let mut line = Vec::new();
        fill(
            &mut line,
            &words.at_once,
            &[(WHAT, &what), (SIZE, "95367"), (BESIDES, "")],
        );
        let line = String::from_utf8(line).unwrap();
        assert!(
            line.starts_with("вёрстка press-kit.typ: не хватило памяти")
                && line.contains("(512 МиБ; запрошено сразу 95367 МиБ); работа остановлена"),
            "{line}"
        );
        assert!(!line.contains([WHAT, SIZE, BESIDES]), "{line:?}");
        let english = Words::new(Language::En, 64);
        assert_eq!(english.start, "presskit: error: ");
        assert!(english.hints[1].starts_with("\n  = hint: the input is larger"));
    }

    #[test]
    fn the_resident_size_is_read_and_documents_are_named_while_busy() {
        assert!(resident().is_some_and(|rss| rss > 1024 * 1024));
        let busy = Busy::new("press-kit (built-in)".into());
        assert!(
            BUSY.lock()
                .unwrap()
                .contains(&"press-kit (built-in)".to_string())
        );
        drop(busy);
        assert!(
            !BUSY
                .lock()
                .unwrap()
                .contains(&"press-kit (built-in)".to_string())
        );
    }
}

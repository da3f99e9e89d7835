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

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
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

/// Sets the limit, in MiB, and starts the thread that watches the resident size;
/// 0 sets no limit.
pub fn watch(mib: u64) {
    let bytes = usize::try_from(mib.saturating_mul(1024 * 1024)).unwrap_or(usize::MAX);
    if bytes == 0 || LIMIT.swap(bytes, Ordering::SeqCst) != 0 {
        return;
    }
    let _ = std::thread::Builder::new()
        .name("presskit memory".into())
        .spawn(move || {
            loop {
                std::thread::sleep(POLL);
                if resident().is_some_and(|rss| rss > bytes) {
                    let busy = BUSY.lock().map(|b| b.join(", ")).unwrap_or_default();
                    let what = if busy.is_empty() {
                        "presskit".to_string()
                    } else {
                        format!("typesetting {busy}")
                    };
                    report(&what, mib, None);
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
/// resident size). Called from the allocator too, so it does not allocate.
#[cold]
fn report(what: &str, mib: u64, size: Option<usize>) -> ! {
    if PASSED.swap(true, Ordering::SeqCst) {
        // Another thread is reporting; it ends the process.
        loop {
            std::thread::park();
        }
    }
    let mut message = [0u8; 1024];
    let mut cursor = std::io::Cursor::new(&mut message[..]);
    let _ = write!(
        cursor,
        "presskit: error: {what} needed more memory than --max-memory allows ({mib} MiB"
    );
    if let Some(size) = size {
        let _ = write!(cursor, "; {} MiB at once", size / (1024 * 1024));
    }
    let _ = write!(cursor, ")");
    if let Ok(during) = DURING.try_lock()
        && !during.is_empty()
    {
        let _ = write!(cursor, " while {during}");
    }
    let hint = if what.starts_with("typesetting") {
        "a template probably builds something huge or without end; check recent edits, or allow more with --max-memory"
    } else {
        "the input is larger than this limit allows; allow more with --max-memory"
    };
    let _ = write!(cursor, "; the run was stopped\n  = hint: {hint}\n");
    let written = usize::try_from(cursor.position()).unwrap_or(message.len());
    let _ = std::io::stderr().write_all(&message[..written]);
    std::process::exit(1);
}

/// Checks one allocation of `size` bytes against the limit.
#[inline]
fn check(size: usize) {
    let limit = LIMIT.load(Ordering::Relaxed);
    if limit != 0 && size > limit {
        oversized(size, limit);
    }
}

/// Reports an allocation larger than the whole limit, naming the thread's document.
#[cold]
fn oversized(size: usize, limit: usize) -> ! {
    let thread = std::thread::current();
    let document = thread
        .name()
        .and_then(|n| n.strip_prefix("typeset "))
        .unwrap_or("a document");
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
    let _ = match marked {
        Some(marked) => write!(cursor, "typesetting {marked}"),
        None => write!(cursor, "typesetting {document}"),
    };
    drop(busy);
    let written = usize::try_from(cursor.position()).unwrap_or(0);
    let what = std::str::from_utf8(&what[..written]).unwrap_or("typesetting");
    report(what, (limit / (1024 * 1024)) as u64, Some(size))
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

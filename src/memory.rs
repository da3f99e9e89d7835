//! A bound on the memory of the whole process (`--max-memory`), kept by the allocator.
//!
//! Typst cannot be stopped part-way through a document, and a template can ask it for
//! anything: `#("x" * 100000000000)` is one allocation of 100 GB, `#range(10^12)` grows
//! by small steps. Neither can be refused to Typst itself (an allocation that fails
//! aborts), so the allocator counts the bytes in use and, at the first allocation that
//! would pass the limit, ends the process with status 1 and a message that names the
//! document being typeset. That ends the whole run, other briefings included: the
//! price of not letting one template take the machine down.

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// The system allocator, counting the bytes in use against [`LIMIT`].
pub struct Counting;

/// Bytes allocated and not yet freed.
static IN_USE: AtomicUsize = AtomicUsize::new(0);

/// The limit in bytes; 0 for none (the library's default: only the binary sets one).
static LIMIT: AtomicUsize = AtomicUsize::new(0);

/// Set once the limit has been passed, so that the report is written once.
static PASSED: AtomicBool = AtomicBool::new(false);

/// Sets the limit on the bytes in use, in MiB; 0 removes it.
pub fn set_limit_mib(mib: u64) {
    let bytes = usize::try_from(mib.saturating_mul(1024 * 1024)).unwrap_or(usize::MAX);
    LIMIT.store(bytes, Ordering::Relaxed);
}

/// Bytes allocated and not yet freed, as the allocator counts them.
pub fn in_use() -> usize {
    IN_USE.load(Ordering::Relaxed)
}

thread_local! {
    /// Set on the thread reporting the limit passed, whose own allocations (if any)
    /// must not report again.
    static REPORTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Counts `size` more bytes in use; past the limit, reports and ends the process.
fn take(size: usize) {
    let before = IN_USE.fetch_add(size, Ordering::Relaxed);
    let limit = LIMIT.load(Ordering::Relaxed);
    if limit != 0 && before.saturating_add(size) > limit && !REPORTING.with(|r| r.replace(true)) {
        passed(size, limit);
    }
}

/// Counts `size` bytes no longer in use.
fn give_back(size: usize) {
    IN_USE.fetch_sub(size, Ordering::Relaxed);
}

/// Reports the limit passed and ends the process with status 1, without allocating
/// (the allocator is where this runs).
#[cold]
fn passed(size: usize, limit: usize) -> ! {
    if PASSED.swap(true, Ordering::SeqCst) {
        // Another thread is reporting; it ends the process.
        loop {
            std::thread::park();
        }
    }
    let mut message = [0u8; 512];
    let mut cursor = std::io::Cursor::new(&mut message[..]);
    let thread = std::thread::current();
    let document = thread
        .name()
        .and_then(|n| n.strip_prefix("typeset "))
        .unwrap_or("a document");
    let _ = write!(
        cursor,
        "presskit: error: typesetting {document} needed more memory than --max-memory allows ({} MiB; {} MiB more were asked for at once); the run was stopped\n  = hint: a template probably builds something huge or without end; check recent edits, or allow more with --max-memory\n",
        limit / (1024 * 1024),
        size / (1024 * 1024),
    );
    let written = usize::try_from(cursor.position()).unwrap_or(0);
    let _ = std::io::stderr().write_all(&message[..written]);
    std::process::exit(1);
}

// SAFETY: every method hands the call to the system allocator unchanged; the counting
// around it touches only atomics, and `passed` ends the process without allocating.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        take(layout.size());
        // SAFETY: the caller's contract is passed on unchanged.
        let block = unsafe { System.alloc(layout) };
        if block.is_null() {
            give_back(layout.size());
        }
        block
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        take(layout.size());
        // SAFETY: the caller's contract is passed on unchanged.
        let block = unsafe { System.alloc_zeroed(layout) };
        if block.is_null() {
            give_back(layout.size());
        }
        block
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        give_back(layout.size());
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            take(new_size - layout.size());
        } else {
            give_back(layout.size() - new_size);
        }
        // SAFETY: the caller's contract is passed on unchanged.
        let moved = unsafe { System.realloc(ptr, layout, new_size) };
        if moved.is_null() {
            // The block is unchanged: count it as it was.
            if new_size > layout.size() {
                give_back(new_size - layout.size());
            } else {
                IN_USE.fetch_add(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        moved
    }
}

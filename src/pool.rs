//! A pool of scoped worker threads: each worker takes the next item in order, so the
//! items listed first start first, and no more than the given number run at once.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `work` applied to every item on up to `threads` threads, the results in the items'
/// order. With one thread (or one item) it all runs on the calling thread. A panic in
/// `work` is raised again on the calling thread once every worker has stopped.
pub fn map<'a, T: Sync, R: Send>(
    items: &'a [T],
    threads: usize,
    work: impl Fn(&'a T) -> R + Sync,
) -> Vec<R> {
    let threads = threads.clamp(1, items.len().max(1));
    if threads == 1 {
        return items.iter().map(work).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(index) else {
                            return mine;
                        };
                        mine.push((index, work(item)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    done.sort_unstable_by_key(|(index, _)| *index);
    done.into_iter().map(|(_, result)| result).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn results_keep_the_items_order_whatever_the_threads() {
        let items: Vec<u64> = (0..50).collect();
        for threads in [0, 1, 2, 7, 100] {
            let squares = map(&items, threads, |n| n * n);
            assert_eq!(squares, items.iter().map(|n| n * n).collect::<Vec<_>>());
        }
    }

    #[test]
    fn items_start_in_order_on_no_more_threads_than_asked() {
        // What holds whatever the scheduler does: on one thread, exactly the items'
        // order; on three, every item once and never more than three at a time. (An
        // order check across threads would depend on no worker being pre-empted between
        // taking an item and recording it.)
        for threads in [1, 3] {
            let started = Mutex::new(Vec::new());
            let running = AtomicUsize::new(0);
            let most = AtomicUsize::new(0);
            let items: Vec<usize> = (0..20).collect();
            map(&items, threads, |&n| {
                let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                started.lock().unwrap().push(n);
                std::thread::yield_now();
                running.fetch_sub(1, Ordering::SeqCst);
            });
            let mut started = started.into_inner().unwrap();
            if threads == 1 {
                assert_eq!(started, items);
            }
            started.sort_unstable();
            assert_eq!(started, items, "every item once");
            assert!(most.into_inner() <= threads);
        }
    }

    #[test]
    fn a_panic_reaches_the_caller() {
        let items = [1, 2, 3, 4];
        let caught = std::panic::catch_unwind(|| {
            map(&items, 2, |&n| {
                assert_ne!(n, 3, "three");
                n
            })
        });
        assert!(caught.is_err());
    }
}

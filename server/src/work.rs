//! CPU-heavy work (password hashing, Markdown rendering and sanitising, image conversion,
//! certificate PDFs) off the async workers, at most one job per core at a time.
//!
//! The async workers answer every request; a job that computes for tens of milliseconds or
//! more on one of them delays every other request scheduled there (the catalog, `/healthz`).
//! [`Work::run`] moves the job to tokio's blocking threads, and a semaphore with one permit
//! per core bounds how many run at once, so a burst of sign-ins or previews cannot start
//! hundreds of threads that fight over two cores and memory.
//!
//! Jobs beyond the bound wait their turn, first come first served (the semaphore is fair): a
//! busy server answers later rather than refusing. How many can wait is bounded by the
//! connection cap of `dala serve` (`--max-connections`), and every job is itself bounded (the
//! sanitiser's input, image pixels, argon2's fixed cost), so the queue always drains.

use std::sync::{Arc, LazyLock};

use tokio::sync::Semaphore;

use crate::error::AppError;

/// The bounded pool. Cheap to clone: clones share the permits.
#[derive(Debug, Clone)]
pub struct Work {
    permits: Arc<Semaphore>,
    size: usize,
}

static GLOBAL: LazyLock<Work> = LazyLock::new(|| Work::new(cores()));

/// The machine's cores as the process may use them (one if that cannot be told).
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

impl Work {
    /// A pool running at most `size` jobs at once (at least one).
    pub fn new(size: usize) -> Work {
        let size = size.max(1);
        Work { permits: Arc::new(Semaphore::new(size)), size }
    }

    /// The process's pool, one job per core: what [`crate::AppState::new`] uses, and code that
    /// has no state at hand (creating an account from a join code or the command line).
    pub fn global() -> &'static Work {
        &GLOBAL
    }

    /// How many jobs may run at once.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Jobs running now (for tests and diagnostics).
    pub fn running(&self) -> usize {
        self.size - self.permits.available_permits()
    }

    /// Runs `job` on a blocking thread once a permit is free, and returns its result. A job
    /// that panics is an internal error for the request that asked for it, not for the
    /// server.
    pub async fn run<T, F>(&self, job: F) -> Result<T, AppError>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        // The semaphore is never closed, so acquiring only waits.
        let permit = Arc::clone(&self.permits)
            .acquire_owned()
            .await
            .map_err(|e| AppError::Internal(format!("the work pool is closed: {e}")))?;
        // The permit moves into the job: a request that goes away while its job runs (the
        // client hung up) still holds the permit until the job is really done.
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            job()
        })
        .await
        .map_err(|e| AppError::Internal(format!("a background job stopped: {e}")))
    }
}

impl Default for Work {
    fn default() -> Work {
        Work::global().clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn at_most_size_jobs_run_at_once_and_all_finish() {
        let work = Work::new(2);
        let now = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let jobs = (0..12).map(|n| {
            let (work, now, most) = (work.clone(), Arc::clone(&now), Arc::clone(&most));
            async move {
                work.run(move || {
                    let running = now.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(running, Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(5));
                    now.fetch_sub(1, Ordering::SeqCst);
                    n * 2
                })
                .await
                .unwrap()
            }
        });
        let results = futures_join_all(jobs).await;
        assert_eq!(results, (0..12).map(|n| n * 2).collect::<Vec<_>>());
        assert!(most.load(Ordering::SeqCst) <= 2, "ran {} at once", most.load(Ordering::SeqCst));
        assert_eq!(work.running(), 0, "every permit is back");
    }

    #[tokio::test]
    async fn a_job_that_panics_is_an_internal_error_and_frees_its_permit() {
        let work = Work::new(1);
        let failed = work.run(|| panic!("a bug in a job")).await;
        assert!(matches!(failed, Err::<(), _>(AppError::Internal(_))));
        assert_eq!(work.run(|| 7).await.unwrap(), 7, "the one permit came back");
    }

    /// `futures::future::join_all` without the dependency: spawn each, then await in order.
    async fn futures_join_all<F>(jobs: impl Iterator<Item = F>) -> Vec<F::Output>
    where
        F: std::future::Future + Send + 'static,
        F::Output: Send + 'static,
    {
        let handles: Vec<_> = jobs.map(tokio::spawn).collect();
        let mut out = Vec::new();
        for handle in handles {
            out.push(handle.await.unwrap());
        }
        out
    }
}

//! The repository's write lock: one cemr at a time changes plan files (`cemr new` and the
//! editing commands), for the whole read-modify-write, so that no edit is lost and no id is
//! created twice.
//!
//! The lock is an exclusive advisory lock (the standard library's `File::lock`: `flock` on
//! Unix, `LockFileEx` on Windows) on `.cemr.lock` in the repository's root, not on the plan
//! file itself: editors that save by replacing a file would otherwise take the lock's file away.
//! The lock file is removed when the lock is released, so nothing is left in the repository;
//! whoever was waiting for it then finds the file gone, and locks a new one.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

/// The lock file's name, in the repository's root (outside `plans/`; hidden, like every file
/// the walk skips).
pub const LOCK_FILE: &str = ".cemr.lock";

/// Held while alive; dropping it removes the lock file and releases the lock.
#[derive(Debug)]
pub struct RepoLock {
    path: PathBuf,
    _file: File,
}

impl RepoLock {
    /// Waits until no other cemr holds the repository's lock, and takes it.
    ///
    /// # Errors
    /// When the lock file cannot be created or locked (a read-only repository), or is not a
    /// regular file.
    pub fn acquire(root: &Path) -> anyhow::Result<Self> {
        let path = root.join(LOCK_FILE);
        let fail = || format!("cannot lock the repository for writing ({})", path.display());
        for _ in 0..MAX_ATTEMPTS {
            if path.symlink_metadata().is_ok_and(|m| !m.is_file()) {
                bail!("{} is not a regular file; remove it (cemr uses it as its lock)", path.display());
            }
            let file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .with_context(fail)?;
            file.lock().with_context(fail)?;
            // The previous holder removed the file as it finished: this lock is on a file no
            // one else will find. Take the lock again on the file that is there now.
            let locked = file.try_clone().and_then(same_file::Handle::from_file);
            let still_there = match (locked, same_file::Handle::from_path(&path)) {
                (Ok(locked), Ok(current)) => locked == current,
                _ => false,
            };
            if still_there {
                return Ok(Self { path, _file: file });
            }
        }
        bail!("{}: the lock file kept disappearing", fail())
    }
}

/// Each holder that finishes while we wait can make us lock once more; far more than any
/// number of cemr running at once.
const MAX_ATTEMPTS: usize = 10_000;

impl Drop for RepoLock {
    fn drop(&mut self) {
        // Removed while still locked: a process that opened it meanwhile sees it gone.
        let _ = std::fs::remove_file(&self.path);
    }
}

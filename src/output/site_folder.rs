//! Writing the public site's folder whole: every file is written into a new folder beside it,
//! which then takes the old one's place (the old one is moved aside first and removed after),
//! so that readers see the old site or the new one, never half of one. A folder is replaced
//! only if `cemr site` wrote it (it holds [`MARKER`]) or is empty, unless `force`.

use std::fs;
use std::io::{ErrorKind, Write as _};
use std::path::{Path, PathBuf};

use crate::message::{Failure, msg};

/// The file that marks a folder as written by `cemr site`.
pub const MARKER: &str = ".cemr-site";
const MARKER_TEXT: &str = "This folder was written by `cemr site`, which replaces it whole each time it runs.\n";

/// A site being written: a new folder beside `dir` that [`NewSite::finish`] swaps in. Files are
/// written into it as they are made, from any thread ([`NewSite::write`]); until the swap the old
/// folder is untouched, and a site that is dropped unfinished (an error) is removed.
pub struct NewSite {
    /// Where the site goes (an existing folder's real path).
    dir: PathBuf,
    /// The folder being filled, beside `dir`.
    new: PathBuf,
    /// The old folder's place while the new one moves in.
    old: PathBuf,
    /// `dir` as the user wrote it, for messages.
    shown: String,
    finished: bool,
}

impl NewSite {
    /// Starts a site in `dir`: refuses a folder `cemr site` did not write (unless `force`) or a
    /// path that is not a folder, then makes the new folder with the marker.
    ///
    /// # Errors
    /// When `dir` cannot be replaced or the new folder cannot be made.
    pub fn begin(dir: &Path, force: bool) -> anyhow::Result<Self> {
        let shown = dir.display().to_string();
        let fail = |e: std::io::Error| Failure::caused_by(msg::site_cannot_write(shown.clone()), e.into());
        let dir = match fs::symlink_metadata(dir) {
            Ok(_) => {
                // An existing folder, or a link to one: replace what the path leads to.
                let real = fs::canonicalize(dir).map_err(fail)?;
                if !real.is_dir() {
                    return Err(Failure::new(msg::site_folder_not_folder(shown)).into());
                }
                if !force && !written_by_site(&real) {
                    return Err(Failure::new(msg::site_folder_foreign(shown)).into());
                }
                real
            }
            Err(e) if e.kind() == ErrorKind::NotFound => dir.to_path_buf(),
            Err(e) => return Err(fail(e).into()),
        };
        let name = dir.file_name().ok_or_else(|| Failure::new(msg::site_folder_not_folder(shown.clone())))?;
        let parent = match dir.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent).map_err(fail)?;
        let beside =
            |what: &str| parent.join(format!(".{}.cemr-{what}-{}", name.to_string_lossy(), std::process::id()));
        let (new, old) = (beside("new"), beside("old"));
        remove(&new).map_err(fail)?;
        fs::create_dir(&new).map_err(fail)?;
        // From here on, dropping the site unfinished removes the new folder.
        let site = Self { new, old, dir, shown: shown.clone(), finished: false };
        fs::write(site.new.join(MARKER), MARKER_TEXT).map_err(|e| site.failed(e))?;
        Ok(site)
    }

    /// Writes one file of the site (`path` relative to its root, `/`-separated) from its
    /// `pieces`, making its folder if need be. Any thread may call it.
    ///
    /// # Errors
    /// When the file or its folder cannot be written.
    pub fn write(&self, path: &str, pieces: &[&[u8]]) -> std::io::Result<()> {
        let target = self.new.join(path);
        let file = match fs::File::create(&target) {
            Err(e) if e.kind() == ErrorKind::NotFound => {
                if let Some(folder) = target.parent() {
                    fs::create_dir_all(folder)?;
                }
                fs::File::create(&target)
            }
            file => file,
        }?;
        let mut out = std::io::BufWriter::with_capacity(1 << 16, file);
        for piece in pieces {
            out.write_all(piece)?;
        }
        out.flush()
    }

    /// The error for a failed [`NewSite::write`], naming the site's folder.
    #[must_use]
    pub fn failed(&self, e: std::io::Error) -> anyhow::Error {
        Failure::caused_by(msg::site_cannot_write(self.shown.clone()), e.into()).into()
    }

    /// Puts the new folder in the old one's place (the old one is moved aside, then removed).
    ///
    /// # Errors
    /// When the folders cannot be swapped (the old one is then left as it was) or the old one
    /// cannot be removed.
    pub fn finish(mut self) -> anyhow::Result<()> {
        if fs::symlink_metadata(&self.dir).is_err() {
            fs::rename(&self.new, &self.dir).map_err(|e| self.failed(e))?;
            self.finished = true;
            return Ok(());
        }
        remove(&self.old).map_err(|e| self.failed(e))?;
        fs::rename(&self.dir, &self.old).map_err(|e| self.failed(e))?;
        if let Err(e) = fs::rename(&self.new, &self.dir) {
            let _ = fs::rename(&self.old, &self.dir);
            return Err(self.failed(e));
        }
        self.finished = true;
        remove(&self.old).map_err(|e| self.failed(e))
    }
}

impl Drop for NewSite {
    fn drop(&mut self) {
        if !self.finished {
            let _ = remove(&self.new);
        }
    }
}

/// An empty folder, or one with the marker.
fn written_by_site(dir: &Path) -> bool {
    dir.join(MARKER).is_file() || fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_none())
}

/// How many files are removed at once.
const REMOVERS: usize = 8;

/// Removes a folder or file left by an earlier run, if there is one.
fn remove(path: &Path) -> std::io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => {
            // A file system that discards freed blocks as it goes (ext4 mounted with `discard`)
            // makes each removal wait for the disk: about 3 ms a file, 12 s for the 4,000 files
            // of a 2,000-signatory site one after another, under 1 s on 8 threads. Whatever
            // they leave is removed, and its error reported, by `remove_dir_all`.
            let mut files = Vec::new();
            files_in(path, &mut files);
            crate::parallel::map_on(REMOVERS, &files, |file| {
                let _ = fs::remove_file(file);
            });
            fs::remove_dir_all(path)
        }
        Ok(_) => fs::remove_file(path),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// Every file under `folder` (links are files here: they are removed, never followed).
fn files_in(folder: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(folder) else { return };
    for entry in entries.flatten() {
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => files_in(&entry.path(), files),
            Ok(_) => files.push(entry.path()),
            Err(_) => {}
        }
    }
}

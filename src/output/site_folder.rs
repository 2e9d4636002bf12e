//! Writing the public site's folder whole: every file is written into a new folder beside it,
//! which then takes the old one's place (the old one is moved aside first and removed after),
//! so that readers see the old site or the new one, never half of one. A folder is replaced
//! only if `cemr site` wrote it (it holds [`MARKER`]) or is empty, unless `force`.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use crate::message::{Failure, msg};

/// The file that marks a folder as written by `cemr site`.
pub const MARKER: &str = ".cemr-site";
const MARKER_TEXT: &str = "This folder was written by `cemr site`, which replaces it whole each time it runs.\n";

/// Writes `files` (paths relative to the folder, `/`-separated) as the folder `dir`.
///
/// # Errors
/// When `dir` holds something `cemr site` did not write (without `force`), is not a folder, or
/// cannot be written; the old folder is then left as it was.
pub fn write_site<'a>(
    dir: &Path,
    files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    force: bool,
) -> anyhow::Result<()> {
    let shown = || dir.display().to_string();
    let dir = match fs::symlink_metadata(dir) {
        Ok(_) => {
            // An existing folder, or a link to one: replace what the path leads to.
            let real =
                fs::canonicalize(dir).map_err(|e| Failure::caused_by(msg::site_cannot_write(shown()), e.into()))?;
            if !real.is_dir() {
                return Err(Failure::new(msg::site_folder_not_folder(shown())).into());
            }
            if !force && !written_by_site(&real) {
                return Err(Failure::new(msg::site_folder_foreign(shown())).into());
            }
            real
        }
        Err(e) if e.kind() == ErrorKind::NotFound => dir.to_path_buf(),
        Err(e) => return Err(Failure::caused_by(msg::site_cannot_write(shown()), e.into()).into()),
    };
    let fail = |e: std::io::Error| Failure::caused_by(msg::site_cannot_write(shown()), e.into());
    let name = dir.file_name().ok_or_else(|| Failure::new(msg::site_folder_not_folder(shown())))?;
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(fail)?;
    let beside = |what: &str| parent.join(format!(".{}.cemr-{what}-{}", name.to_string_lossy(), std::process::id()));
    let new = beside("new");
    remove(&new).map_err(fail)?;
    if let Err(e) = fill(&new, files) {
        let _ = remove(&new);
        return Err(fail(e).into());
    }
    if fs::symlink_metadata(&dir).is_err() {
        return fs::rename(&new, &dir).map_err(|e| {
            let _ = remove(&new);
            fail(e).into()
        });
    }
    let old = beside("old");
    remove(&old).map_err(fail)?;
    if let Err(e) = fs::rename(&dir, &old) {
        let _ = remove(&new);
        return Err(fail(e).into());
    }
    if let Err(e) = fs::rename(&new, &dir) {
        let _ = fs::rename(&old, &dir);
        let _ = remove(&new);
        return Err(fail(e).into());
    }
    remove(&old).map_err(fail)?;
    Ok(())
}

/// An empty folder, or one with the marker.
fn written_by_site(dir: &Path) -> bool {
    dir.join(MARKER).is_file() || fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_none())
}

/// The new folder with every file and the marker: the folders first, then the files on all
/// cores.
fn fill<'a>(folder: &Path, files: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> std::io::Result<()> {
    fs::create_dir(folder)?;
    fs::write(folder.join(MARKER), MARKER_TEXT)?;
    let files: Vec<(PathBuf, &[u8])> = files.into_iter().map(|(path, bytes)| (folder.join(path), bytes)).collect();
    let mut made = std::collections::BTreeSet::new();
    for parent in files.iter().filter_map(|(target, _)| target.parent()) {
        if made.insert(parent) {
            fs::create_dir_all(parent)?;
        }
    }
    crate::parallel::map(&files, |(target, bytes)| fs::write(target, bytes)).into_iter().collect()
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

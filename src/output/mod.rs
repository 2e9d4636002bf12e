//! The only writer: a finished document to stdout, or to `-o FILE` via a temporary file and a
//! rename; new and edited plan files, inside the repository and under its write lock.

mod file;
mod inside;
mod lock;
mod site_folder;

use std::io::Write;
use std::path::Path;

use anyhow::{Context as _, bail};

pub use file::{ChangedMeanwhile, Existing, write_file_with};
pub use inside::inside;
pub use lock::{LOCK_FILE, RepoLock};
pub use site_folder::{MARKER as SITE_MARKER, NewSite};

/// Writes `content` to stdout, or whole to `path` (never half-written; an existing file only
/// with `force`; a FIFO or device written through). A closed stdout (`cemr … | head`) is not an
/// error.
///
/// # Errors
/// When the file exists without `force`, or cannot be written.
pub fn write(content: &str, path: Option<&Path>, force: bool) -> anyhow::Result<()> {
    write_bytes(content.as_bytes(), path, force)
}

/// [`write`] for a binary document (a workbook). The caller has refused a terminal
/// (`Settings::refuse_binary_on_terminal`).
///
/// # Errors
/// As [`write`].
pub fn write_bytes(content: &[u8], path: Option<&Path>, force: bool) -> anyhow::Result<()> {
    write_pieces(&[content], path, force)
}

/// [`write`] for a document made in pieces (`render::pieces`): they are written one after
/// another, never joined.
///
/// # Errors
/// As [`write`].
pub fn write_pieces(pieces: &[impl AsRef<[u8]>], path: Option<&Path>, force: bool) -> anyhow::Result<()> {
    let write_all = |out: &mut dyn Write| pieces.iter().try_for_each(|piece| out.write_all(piece.as_ref()));
    match path {
        None => {
            let mut out = std::io::stdout().lock();
            match write_all(&mut out).and_then(|()| out.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e).context("cannot write to stdout"),
                _ => Ok(()),
            }
        }
        Some(path) => {
            let existing = if force { Existing::Replace } else { Existing::Refuse };
            write_file_with(path, existing, |file| write_all(file))
        }
    }
}

/// Writes `bytes` to `path` whole, as `existing` allows (see [`write_file_with`]).
///
/// # Errors
/// As [`write_file_with`].
pub fn write_file(path: &Path, bytes: &[u8], existing: Existing<'_>) -> anyhow::Result<()> {
    write_file_with(path, existing, |file| file.write_all(bytes))
}

/// A message for people on stderr (progress, hints, errors). The one stderr path.
/// A closed stderr (`2>&-`, a pipe whose reader quit) is ignored rather than a panic.
pub fn message(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// Appends to a file that others also write (`$GITHUB_STEP_SUMMARY`).
///
/// # Errors
/// When the file cannot be opened or written.
pub fn append(path: &Path, text: &str) -> anyhow::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .with_context(|| format!("cannot open {}", path.display()))?;
    file.write_all(text.as_bytes()).with_context(|| format!("cannot write {}", path.display()))
}

/// Writes new files all or nothing (`cemr init`): each to a temporary file beside it, then all
/// moved into place; folders are created as needed. Refuses if any file exists, or would land
/// outside `root` through a link. If anything fails, every file and folder it created is removed
/// again.
///
/// # Errors
/// When a file exists or leads outside `root`, or a folder or file cannot be written.
pub fn write_new_files(root: &Path, files: &[(std::path::PathBuf, Vec<u8>)]) -> anyhow::Result<()> {
    for (path, _) in files {
        inside(root, path)?;
    }
    let existing: Vec<String> =
        files.iter().filter(|(p, _)| p.symlink_metadata().is_ok()).map(|(p, _)| p.display().to_string()).collect();
    if !existing.is_empty() {
        bail!(
            "{} already exist{}; nothing was written",
            existing.join(", "),
            if existing.len() == 1 { "s" } else { "" }
        );
    }
    let mut dirs = Vec::new();
    let mut temps = Vec::new();
    let mut placed = Vec::new();
    let result = (|| -> anyhow::Result<()> {
        for (path, bytes) in files {
            let dir = parent_of(path);
            create_dirs(dir, &mut dirs).with_context(|| format!("cannot create {}", dir.display()))?;
            let temp = file::temp_beside(path);
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&temp)
                .with_context(|| format!("cannot write {}", path.display()))?;
            temps.push(temp);
            file.write_all(bytes)
                .and_then(|()| file.sync_all())
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        for ((path, _), temp) in files.iter().zip(&temps) {
            std::fs::hard_link(temp, path)
                .or_else(|e| {
                    if e.kind() == std::io::ErrorKind::AlreadyExists { Err(e) } else { std::fs::rename(temp, path) }
                })
                .with_context(|| format!("cannot write {}", path.display()))?;
            placed.push(path);
        }
        Ok(())
    })();
    for temp in &temps {
        let _ = std::fs::remove_file(temp);
    }
    if result.is_err() {
        for path in placed.iter().rev() {
            let _ = std::fs::remove_file(path);
        }
        for dir in dirs.iter().rev() {
            let _ = std::fs::remove_dir(dir);
        }
    }
    result
}

fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Creates `dir` and its missing ancestors, recording each folder created (outermost first).
fn create_dirs(dir: &Path, created: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
    let missing: Vec<&Path> = dir.ancestors().take_while(|d| !d.as_os_str().is_empty() && !d.exists()).collect();
    for d in missing.into_iter().rev() {
        std::fs::create_dir(d)?;
        created.push(d.to_path_buf());
    }
    Ok(())
}

//! The only writer: a finished document to stdout, or to `-o FILE` via a temporary file and a rename.

use std::io::Write;
use std::path::Path;

use anyhow::{Context as _, bail};

use crate::render::document::Document;

/// Writes `content` to stdout, or whole to `path` (never half-written; an existing file only
/// with `force`). A closed stdout (`cemr … | head`) is not an error.
///
/// # Errors
/// When the file exists without `force`, or cannot be written.
pub fn write(content: &str, path: Option<&Path>, force: bool) -> anyhow::Result<()> {
    write_pieces(std::iter::once(content), path, force)
}

/// [`write`] for a document kept in pieces: the pieces are written one after another.
///
/// # Errors
/// As [`write`].
pub fn write_document(document: &Document, path: Option<&Path>, force: bool) -> anyhow::Result<()> {
    write_pieces(document.pieces(), path, force)
}

fn write_pieces<'a>(mut pieces: impl Iterator<Item = &'a str>, path: Option<&Path>, force: bool) -> anyhow::Result<()> {
    let mut write_all = |out: &mut dyn Write| pieces.try_for_each(|piece| out.write_all(piece.as_bytes()));
    match path {
        None => {
            let mut out = std::io::stdout().lock();
            match write_all(&mut out).and_then(|()| out.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e).context("cannot write to stdout"),
                _ => Ok(()),
            }
        }
        Some(path) => write_file_with(path, force, |file| write_all(file)),
    }
}

/// Writes a file atomically: a temporary file in the same folder, synced, then renamed into
/// place. Refuses an existing file unless `force`. On failure nothing is left behind.
///
/// # Errors
/// When the file exists without `force`, or the folder cannot be written.
pub fn write_file(path: &Path, bytes: &[u8], force: bool) -> anyhow::Result<()> {
    write_file_with(path, force, |file| file.write_all(bytes))
}

/// [`write_file`] with the content written by `write_content`.
fn write_file_with(
    path: &Path,
    force: bool,
    write_content: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    if !force && path.symlink_metadata().is_ok() {
        bail!("{} already exists; use --force to overwrite it", path.display());
    }
    let temp = temp_beside(path);
    let result = (|| -> std::io::Result<()> {
        let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(&temp)?;
        write_content(&mut file)?;
        file.sync_all()?;
        if force {
            std::fs::rename(&temp, path)
        } else {
            // Hard-link then unlink: fails instead of replacing a file created meanwhile.
            std::fs::hard_link(&temp, path).or_else(|e| {
                if e.kind() == std::io::ErrorKind::AlreadyExists { Err(e) } else { std::fs::rename(&temp, path) }
            })?;
            let _ = std::fs::remove_file(&temp);
            Ok(())
        }
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&temp);
        return Err(e).with_context(|| format!("cannot write {}", path.display()));
    }
    Ok(())
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
/// moved into place; folders are created as needed. Refuses if any file exists. If anything
/// fails, every file and folder it created is removed again.
///
/// # Errors
/// When a file exists, or a folder or file cannot be written.
pub fn write_new_files(files: &[(std::path::PathBuf, Vec<u8>)]) -> anyhow::Result<()> {
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
            let temp = temp_beside(path);
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

/// A temporary file's path in the same folder as `path` (so the rename stays on one file system).
fn temp_beside(path: &Path) -> std::path::PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    parent_of(path).join(format!(".{name}.cemr-{}.tmp", std::process::id()))
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

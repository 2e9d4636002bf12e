//! Writing one file whole: a temporary file beside it, synced, then renamed into place. A file
//! that is replaced keeps its owner, group and mode, and a read-only one is refused. What is not
//! a regular file (a FIFO, a terminal, `/dev/null`) is written through, never renamed over; a
//! link is followed to the file it names, so the link stays a link.

use std::fs::{File, Metadata, OpenOptions};
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

/// What may already be at the path.
#[derive(Clone, Copy, Debug)]
pub enum Existing<'a> {
    /// Nothing: an existing file is refused, also one created while writing (`cemr new`, `-o`
    /// without `--force`).
    Refuse,
    /// It is replaced (`-o FILE --force`).
    Replace,
    /// It must still hold exactly these bytes, the ones the edit read; if it holds anything else
    /// (someone saved it meanwhile), nothing is written and the error is [`ChangedMeanwhile`].
    Unchanged(&'a [u8]),
}

/// The file changed on disk between the edit's read and its write; nothing was written.
#[derive(Debug)]
pub struct ChangedMeanwhile {
    pub path: PathBuf,
}

impl std::fmt::Display for ChangedMeanwhile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} was changed by another program while cemr was editing it", self.path.display())
    }
}

impl std::error::Error for ChangedMeanwhile {}

/// Writes the file at `path` with what `write_content` writes, as `existing` allows. On failure
/// nothing is left behind and the file is as it was.
///
/// # Errors
/// When the path is refused (exists, read-only, a folder, a link to nothing), cannot be
/// written, or changed meanwhile ([`ChangedMeanwhile`]).
pub fn write_file_with(
    path: &Path,
    existing: Existing<'_>,
    write_content: impl FnOnce(&mut File) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    let (path, metadata) = resolve(path)?;
    let Some(metadata) = metadata else {
        if let Existing::Unchanged(_) = existing {
            return Err(ChangedMeanwhile { path }.into());
        }
        return replace(&path, None, existing, write_content);
    };
    if metadata.is_dir() {
        bail!("{} is a folder", path.display());
    }
    if !metadata.is_file() {
        // A FIFO, a device, a socket: there is no file to replace, only a reader to write to.
        let mut out = OpenOptions::new().write(true).open(&path).with_context(|| cannot_write(&path))?;
        return write_content(&mut out).and_then(|()| out.flush()).with_context(|| cannot_write(&path));
    }
    if let Existing::Refuse = existing {
        bail!("{} already exists; use --force to overwrite it", path.display());
    }
    if metadata.permissions().readonly() {
        bail!("{} is read-only; nothing was written (make the file writable to change it)", path.display());
    }
    replace(&path, Some(&metadata), existing, write_content)
}

/// The path to write and what is there now: a link is followed to the file it names.
fn resolve(path: &Path) -> anyhow::Result<(PathBuf, Option<Metadata>)> {
    match path.symlink_metadata() {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok((path.to_path_buf(), None)),
        Err(e) => Err(e).with_context(|| cannot_write(path)),
        Ok(m) if m.file_type().is_symlink() => {
            let target = path
                .canonicalize()
                .with_context(|| format!("{} is a link to a file that does not exist", path.display()))?;
            let metadata = target.metadata().with_context(|| cannot_write(path))?;
            Ok((target, Some(metadata)))
        }
        Ok(m) => Ok((path.to_path_buf(), Some(m))),
    }
}

/// A temporary file beside `path`, given the old file's owner and mode, then moved into place.
fn replace(
    path: &Path,
    old: Option<&Metadata>,
    existing: Existing<'_>,
    write_content: impl FnOnce(&mut File) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    let temp = temp_beside(path);
    let result = (|| -> anyhow::Result<()> {
        let mut file = OpenOptions::new().write(true).create_new(true).open(&temp)?;
        write_content(&mut file)?;
        if let Some(old) = old {
            keep_owner_and_mode(&file, old)?;
        }
        file.sync_all()?;
        drop(file);
        match existing {
            Existing::Refuse => place_new(&temp, path)?,
            Existing::Replace => std::fs::rename(&temp, path)?,
            Existing::Unchanged(expected) => {
                #[cfg(debug_assertions)]
                debug_pause();
                if !holds(path, expected) {
                    return Err(ChangedMeanwhile { path: path.to_path_buf() }.into());
                }
                std::fs::rename(&temp, path)?;
            }
        }
        Ok(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&temp);
        if e.is::<ChangedMeanwhile>() {
            return Err(e);
        }
        return Err(e).with_context(|| cannot_write(path));
    }
    Ok(())
}

/// Hard-link then unlink: fails instead of replacing a file created meanwhile.
fn place_new(temp: &Path, path: &Path) -> std::io::Result<()> {
    std::fs::hard_link(temp, path).or_else(|e| {
        // File systems without hard links: a rename (the check above is then the only guard).
        if e.kind() == std::io::ErrorKind::AlreadyExists { Err(e) } else { std::fs::rename(temp, path) }
    })?;
    let _ = std::fs::remove_file(temp);
    Ok(())
}

/// Whether the file at `path` holds exactly `expected` (reading at most one byte more).
fn holds(path: &Path, expected: &[u8]) -> bool {
    let Ok(file) = File::open(path) else { return false };
    let mut now = Vec::with_capacity(expected.len() + 1);
    let limit = u64::try_from(expected.len()).unwrap_or(u64::MAX).saturating_add(1);
    file.take(limit).read_to_end(&mut now).is_ok() && now == expected
}

/// The replacement gets the old file's mode, and on Unix its owner and group where allowed
/// (as root, or a group the user is in); otherwise it belongs to the user who edits.
fn keep_owner_and_mode(file: &File, old: &Metadata) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        let new = file.metadata()?;
        if (new.uid(), new.gid()) != (old.uid(), old.gid())
            && std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid())).is_err()
        {
            let _ = std::os::unix::fs::fchown(file, None, Some(old.gid()));
        }
    }
    file.set_permissions(old.permissions())
}

/// A temporary file's path in the same folder as `path` (so the rename stays on one file
/// system); hidden, so that `cemr validate` never reads one left by a crash.
pub(super) fn temp_beside(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    super::parent_of(path).join(format!(".{name}.cemr-{}.tmp", std::process::id()))
}

fn cannot_write(path: &Path) -> String {
    format!("cannot write {}", path.display())
}

/// A test hook of debug builds: with `CEMR_DEBUG_PAUSE_BEFORE_REPLACE=DIR`, the first edit to
/// reach this point creates `DIR/paused` and waits (up to a minute) for `DIR/resume`, so that a
/// test can change the file between the edit's read and its write.
#[cfg(debug_assertions)]
fn debug_pause() {
    let Some(dir) = std::env::var_os("CEMR_DEBUG_PAUSE_BEFORE_REPLACE").map(PathBuf::from) else { return };
    let paused = dir.join("paused");
    if paused.exists() || std::fs::write(&paused, "").is_err() {
        return;
    }
    for _ in 0..6000 {
        if dir.join("resume").exists() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

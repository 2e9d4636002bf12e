//! Walking `plans/` for `*.toml` files and reading them within bounds, each failure a diagnostic.

use std::io::Read;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use super::{MAX_FILE_BYTES, SourceFile, encoding};
use crate::diag::{Code, Diagnostic};
use crate::message::{Message, msg};

/// A plan file found under the plans folder.
#[derive(Clone, Debug)]
pub(crate) struct PlanFile {
    pub path: PathBuf,
    /// Repository-relative, `/`-separated.
    pub display: String,
    /// The file stem.
    pub id: String,
    /// Folder names between the plans folder and the file.
    pub groups: Vec<String>,
}

pub(crate) struct Walked {
    pub files: Vec<PlanFile>,
    pub diagnostics: Vec<Diagnostic>,
    /// The plans folder is there but is no folder (a file, a FIFO, a link to nothing or to
    /// itself): its diagnostic says so, and "no plan files" would only repeat it.
    pub unusable_folder: bool,
}

/// Every `*.toml` under `plans_dir`, sorted by path. Hidden files and folders are skipped;
/// links are followed only while they stay inside the repository and do not loop.
pub(crate) fn plan_files(root: &Path, plans_dir: &Path, plans_rel: &str) -> Walked {
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    if !plans_dir.is_dir() {
        let unusable = not_a_folder(plans_dir, plans_rel);
        let unusable_folder = unusable.is_some();
        diagnostics.extend(unusable);
        return Walked { files, diagnostics, unusable_folder };
    }
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let canonical_plans = plans_dir.canonicalize().unwrap_or_else(|_| plans_dir.to_path_buf());
    let display_of = |path: &Path| -> String {
        let rel = path.strip_prefix(plans_dir).unwrap_or(path);
        let mut parts = vec![plans_rel.trim_end_matches('/').to_owned()];
        parts.extend(rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()));
        parts.join("/")
    };
    let mut walker = WalkDir::new(plans_dir).follow_links(true).sort_by_file_name().into_iter();
    while let Some(entry) = walker.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                let path = error.path().map_or_else(|| plans_dir.to_path_buf(), Path::to_path_buf);
                let display = display_of(&path);
                let (code, message) = if error.loop_ancestor().is_some() {
                    (Code::SymlinkLoop, msg::diag_symlink_loop())
                } else {
                    (Code::UnreadableFile, msg::diag_unreadable_entry(io_reason(&error)))
                };
                diagnostics.push(Diagnostic::new(code, &display, None, message));
                continue;
            }
        };
        let path = entry.path();
        let hidden = entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            if entry.file_type().is_dir() {
                walker.skip_current_dir();
            }
            continue;
        }
        if entry.path_is_symlink() {
            let target = path.canonicalize();
            let inside = target.as_ref().is_ok_and(|target| target.starts_with(&canonical_root));
            // A link to a folder that holds the plans folder (`plans/up -> ..`) leads back into
            // itself; the walk sees that only one round later, after every file has come twice.
            if inside && entry.file_type().is_dir() && target.is_ok_and(|t| canonical_plans.starts_with(t)) {
                walker.skip_current_dir();
                diagnostics.push(Diagnostic::new(Code::SymlinkLoop, &display_of(path), None, msg::diag_symlink_loop()));
                continue;
            }
            if !inside {
                if entry.file_type().is_dir() {
                    walker.skip_current_dir();
                }
                if entry.file_type().is_dir() || is_toml(path) {
                    diagnostics.push(Diagnostic::new(
                        Code::LinkOutsideRepository,
                        &display_of(path),
                        None,
                        msg::diag_link_outside_repository(),
                    ));
                }
                continue;
            }
        }
        if entry.file_type().is_dir() || !is_toml(path) {
            continue;
        }
        let display = display_of(path);
        if !entry.file_type().is_file() {
            diagnostics.push(Diagnostic::new(Code::UnreadableFile, &display, None, msg::diag_not_a_regular_file()));
            continue;
        }
        let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let groups = path
            .parent()
            .and_then(|p| p.strip_prefix(plans_dir).ok())
            .map(|rel| rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect())
            .unwrap_or_default();
        files.push(PlanFile { path: path.to_path_buf(), display, id, groups });
    }
    Walked { files, diagnostics, unusable_folder: false }
}

/// Why the plans folder, which is not a folder, cannot be walked; `None` when it is simply
/// not there (a new repository: "no plan files" says the rest).
fn not_a_folder(plans_dir: &Path, plans_rel: &str) -> Option<Diagnostic> {
    let display = plans_rel.trim_end_matches('/');
    let metadata = plans_dir.symlink_metadata().ok()?;
    let (code, message) = if metadata.file_type().is_symlink() {
        match plans_dir.metadata() {
            Err(_) if link_loops(plans_dir) => (Code::SymlinkLoop, msg::diag_symlink_loop()),
            Err(_) => (Code::UnreadableFile, msg::diag_plans_link_to_nothing(display)),
            Ok(_) => (Code::UnreadableFile, msg::diag_plans_not_a_folder(display)),
        }
    } else {
        (Code::UnreadableFile, msg::diag_plans_not_a_folder(display))
    };
    Some(Diagnostic::new(code, display, None, message))
}

/// Whether following the link at `path`, link after link, comes back to one already passed.
fn link_loops(path: &Path) -> bool {
    let mut seen = vec![path.to_path_buf()];
    let mut current = path.to_path_buf();
    while let Ok(target) = std::fs::read_link(&current) {
        current = current.parent().map_or_else(|| target.clone(), |dir| dir.join(&target));
        if seen.contains(&current) || seen.len() > 40 {
            return true;
        }
        seen.push(current.clone());
    }
    false
}

fn is_toml(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "toml")
}

fn io_reason(error: &walkdir::Error) -> Message {
    error.io_error().map_or_else(|| msg::io_other(error.to_string()), |e| io_kind(e.kind()))
}

/// Why a file could not be read, in words the catalogue has for the common cases.
pub(crate) fn io_kind(kind: std::io::ErrorKind) -> Message {
    use std::io::ErrorKind;
    match kind {
        ErrorKind::PermissionDenied => msg::io_permission_denied(),
        ErrorKind::NotFound => msg::io_not_found(),
        ErrorKind::IsADirectory => msg::io_is_a_directory(),
        other => msg::io_other(other.to_string()),
    }
}

/// Reads at most `MAX_FILE_BYTES + 1` bytes, so a huge or endless file cannot exhaust memory.
pub(crate) fn read_limited(path: &Path) -> std::io::Result<Vec<u8>> {
    let file = std::fs::File::open(path)?;
    // Sized from the metadata, so the common case is one read with no regrowth.
    let expected = file.metadata().map_or(0, |m| m.len()).min(MAX_FILE_BYTES + 1);
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0) + 1);
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The file's text, or the diagnostic that says why it cannot be used. A file saved as UTF-16
/// or Windows-1252 is decoded, so that the rest of it is still checked, with the finding that
/// says how it was saved.
pub(crate) fn read_text(file: &PlanFile) -> Result<(SourceFile, Option<Diagnostic>), Box<Diagnostic>> {
    let fail = |code: Code, message: Message| Box::new(Diagnostic::new(code, &file.display, None, message));
    let bytes = read_limited(&file.path)
        .map_err(|e| fail(Code::UnreadableFile, msg::diag_unreadable_file(io_kind(e.kind()))))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(Code::FileTooLarge, msg::diag_file_too_large()));
    }
    let (text, saved_as) = match String::from_utf8(bytes) {
        Ok(text) if !encoding::may_be_utf16(text.as_bytes()) => (text, None),
        Ok(text) => match encoding::decode(text.as_bytes()) {
            Some((saved_as, decoded)) => (decoded, Some(saved_as)),
            None => (text, None),
        },
        Err(error) => match encoding::decode(error.as_bytes()) {
            Some((saved_as, decoded)) => (decoded, Some(saved_as)),
            None => return Err(not_utf8(file, &error)),
        },
    };
    let source = SourceFile::new(file.display.clone(), text);
    let found = saved_as.map(|saved_as| encoding::finding(saved_as, &file.display, &source.text));
    if source.text.trim().is_empty() {
        return Err(fail(Code::EmptyFile, msg::diag_empty_file()));
    }
    Ok((source, found))
}

/// The finding for bytes that are not UTF-8 in any encoding recognised: where UTF-8 fails.
fn not_utf8(file: &PlanFile, error: &std::string::FromUtf8Error) -> Box<Diagnostic> {
    let valid = error.utf8_error().valid_up_to();
    let bytes = error.as_bytes();
    let before = bytes.get(..valid).unwrap_or_default();
    let line = before.split(|&b| b == b'\n').count();
    let mut line_start = before.rsplit(|&b| b == b'\n').next().unwrap_or_default();
    if line == 1 {
        // Columns count characters after a byte-order mark, as everywhere else.
        line_start = line_start.strip_prefix(b"\xef\xbb\xbf").unwrap_or(line_start);
    }
    let column = 1 + String::from_utf8_lossy(line_start).chars().count();
    let mut d = Diagnostic::new(Code::InvalidUtf8, &file.display, None, msg::diag_invalid_utf8(valid + 1, line));
    (d.line, d.column) = (line, column);
    Box::new(d)
}

//! The plan repository in git, read in-process (gix): what changed since a revision, and the
//! plan files that differ between two revisions or a revision and the working tree.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use gix::ObjectId;
use gix::bstr::{BString, ByteSlice};

use super::MAX_FILE_BYTES;
use super::walk;
use crate::message::{Failure, Message, OrFail as _, msg};

/// The text of a plan file on one side of a comparison, or why it cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileText {
    Text(String),
    Unreadable(Message),
}

/// A plan file that differs between the two sides; `None` where it does not exist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangedFile {
    /// Path relative to the plan repository's root, `/`-separated.
    pub path: String,
    pub base: Option<FileText>,
    pub head: Option<FileText>,
}

/// A git repository seen from a plan repository that may sit in one of its folders.
struct Git {
    repo: gix::Repository,
    /// The plan repository's folder inside the git working tree: `""` or `"a/b/"`.
    prefix: String,
    root: PathBuf,
}

impl Git {
    fn open(root: &Path) -> anyhow::Result<Self> {
        let folder = root.display().to_string();
        let repo =
            gix::discover(root).map_err(|e| Failure::new(msg::git_not_a_repository(e.to_string(), folder.as_str())))?;
        let Some(workdir) = repo.workdir() else {
            return Err(Failure::new(msg::git_bare(folder)).into());
        };
        let canonical = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
        let (root_abs, workdir_abs) = (canonical(root), canonical(workdir));
        let Ok(rel) = root_abs.strip_prefix(&workdir_abs) else {
            return Err(Failure::new(msg::git_outside_worktree(folder, workdir.display().to_string())).into());
        };
        let mut prefix = String::new();
        for part in rel.components() {
            prefix.push_str(&part.as_os_str().to_string_lossy());
            prefix.push('/');
        }
        Ok(Self { repo, prefix, root: root.to_path_buf() })
    }

    /// The tree of the commit a revision names (a commit, a tag, a branch, `HEAD~2`, …).
    fn tree_of(&self, rev: &str) -> anyhow::Result<ObjectId> {
        let remote = rev.contains('/');
        let not_a_revision = |detail: Message| {
            let message = msg::git_not_a_revision(detail, rev);
            anyhow::Error::from(Failure::new(if remote {
                msg::edit_with_hint(msg::git_fetch_first(), message)
            } else {
                message
            }))
        };
        if rev.is_empty() || rev.starts_with('-') {
            return Err(not_a_revision(msg::git_what_a_revision_is()));
        }
        let detail = |e: &dyn std::fmt::Display| msg::io_other(e.to_string());
        let id = self.repo.rev_parse_single(rev).map_err(|e| {
            if self.repo.head().is_ok_and(|head| head.is_unborn()) {
                anyhow::Error::from(Failure::new(msg::git_no_commit_yet(rev)))
            } else if self.repo.is_shallow() {
                anyhow::Error::from(Failure::new(msg::git_shallow(rev)))
            } else {
                not_a_revision(detail(&e))
            }
        })?;
        let object = id.object().and_then(gix::Object::peel_tags_to_end).map_err(|e| not_a_revision(detail(&e)))?;
        // A tree (`HEAD:plans`) or a blob is not a state of the plans to compare with.
        if object.kind != gix::object::Kind::Commit {
            return Err(Failure::new(msg::git_not_a_commit(object.kind.to_string(), rev)).into());
        }
        let tree = object.peel_to_tree().map_err(|e| not_a_revision(detail(&e)))?;
        Ok(tree.id)
    }

    /// Repository paths of the regular `*.toml` files under the plans folder in `tree`, with
    /// their blob ids. Hidden files and folders are left out, as `cemr validate` does.
    fn plan_blobs(&self, tree: ObjectId, plans: &str) -> anyhow::Result<BTreeMap<String, ObjectId>> {
        let folder = format!("{}{plans}", self.prefix);
        let folder: Vec<&str> = folder.split('/').filter(|p| !p.is_empty() && *p != ".").collect();
        let folder = folder.join("/");
        let tree = self.repo.find_tree(tree).or_fail(msg::git_cannot_read_tree)?;
        let Some(entry) = tree.lookup_entry_by_path(&folder).or_fail(msg::git_cannot_read_tree)? else {
            return Ok(BTreeMap::new());
        };
        if !entry.mode().is_tree() {
            return Ok(BTreeMap::new());
        }
        let subtree = self.repo.find_tree(entry.object_id()).or_fail(msg::git_cannot_read_tree)?;
        let entries = subtree.traverse().breadthfirst.files().or_fail(msg::git_cannot_read_tree)?;
        let mut out = BTreeMap::new();
        for entry in entries.into_iter().filter(|e| e.mode.is_blob()) {
            let Ok(rel) = entry.filepath.to_str() else { continue };
            let hidden = rel.split('/').any(|part| part.starts_with('.'));
            if hidden || Path::new(rel).extension().is_none_or(|e| e != "toml") {
                continue;
            }
            out.insert(format!("{}/{rel}", plans.trim_end_matches('/')), entry.oid);
        }
        Ok(out)
    }

    /// A blob's text, within the size limit.
    fn blob_text(&self, id: ObjectId) -> FileText {
        let header = match self.repo.find_header(id) {
            Ok(header) => header,
            Err(e) => return FileText::Unreadable(msg::git_cannot_read_blob(e.to_string())),
        };
        if header.size() > MAX_FILE_BYTES {
            return FileText::Unreadable(msg::diag_file_too_large());
        }
        match self.repo.find_blob(id) {
            Ok(blob) => decode(blob.data.clone()),
            Err(e) => FileText::Unreadable(msg::git_cannot_read_blob(e.to_string())),
        }
    }

    /// The regular plan files of the working tree (as `cemr validate` finds them), with their
    /// content read; links are left out, as git stores them as links, not files.
    fn worktree_files(&self, plans: &str) -> BTreeMap<String, Result<Vec<u8>, Message>> {
        let walked = walk::plan_files(&self.root, &self.root.join(plans), plans);
        let mut out = BTreeMap::new();
        for file in walked.files {
            if file.path.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink()) {
                continue;
            }
            // A submodule's files are another repository's: its commit is all this one holds.
            if in_submodule(&file.path, &self.root) {
                continue;
            }
            let bytes = walk::read_limited(&file.path).map_err(|e| msg::diag_unreadable_file(walk::io_kind(e.kind())));
            out.insert(file.display, bytes);
        }
        out
    }
}

/// Whether a folder between `root` and `path` is a git working tree of its own (a `.git` in it):
/// a submodule, or a repository placed inside this one.
fn in_submodule(path: &Path, root: &Path) -> bool {
    path.ancestors()
        .skip(1)
        .take_while(|dir| *dir != root && dir.starts_with(root))
        .any(|dir| dir.join(".git").exists())
}

fn decode(bytes: Vec<u8>) -> FileText {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return FileText::Unreadable(msg::diag_file_too_large());
    }
    match String::from_utf8(bytes) {
        Ok(text) => FileText::Text(text),
        Err(_) => FileText::Unreadable(msg::git_not_utf8()),
    }
}

/// The plan files (under the `plans` folder) that differ between the revision `base` and the
/// revision `head`, or the working tree when `head` is `None`. Only the blobs whose ids differ
/// are read; the working tree's files are hashed to compare them. Sorted by path.
///
/// # Errors
/// When `root` is not in a git repository or a revision does not exist.
pub fn changed_plan_files(
    root: &Path,
    plans: &str,
    base: &str,
    head: Option<&str>,
) -> anyhow::Result<Vec<ChangedFile>> {
    let git = Git::open(root)?;
    let base_blobs = git.plan_blobs(git.tree_of(base)?, plans)?;
    if let Some(head) = head {
        let head_blobs = git.plan_blobs(git.tree_of(head)?, plans)?;
        return Ok(between_trees(&git, &base_blobs, &head_blobs));
    }
    Ok(against_worktree(&git, &base_blobs, plans))
}

fn between_trees(git: &Git, base: &BTreeMap<String, ObjectId>, head: &BTreeMap<String, ObjectId>) -> Vec<ChangedFile> {
    let paths: BTreeSet<&String> = base.keys().chain(head.keys()).collect();
    let read = |id: Option<&ObjectId>| id.map(|&id| git.blob_text(id));
    paths
        .into_iter()
        .filter(|path| base.get(*path) != head.get(*path))
        .map(|path| ChangedFile { path: path.clone(), base: read(base.get(path)), head: read(head.get(path)) })
        .collect()
}

fn against_worktree(git: &Git, base: &BTreeMap<String, ObjectId>, plans: &str) -> Vec<ChangedFile> {
    let files = git.worktree_files(plans);
    let hash_kind = git.repo.object_hash();
    let paths: BTreeSet<&String> = base.keys().chain(files.keys()).collect();
    let mut out = Vec::new();
    for path in paths {
        let base_id = base.get(path);
        let head = match files.get(path) {
            None => None,
            Some(Ok(bytes)) => {
                let id = gix::objs::compute_hash(hash_kind, gix::objs::Kind::Blob, bytes).ok();
                if id.is_some() && id.as_ref() == base_id {
                    continue;
                }
                Some(decode(bytes.clone()))
            }
            Some(Err(reason)) => Some(FileText::Unreadable(reason.clone())),
        };
        out.push(ChangedFile { path: path.clone(), base: base_id.map(|&id| git.blob_text(id)), head });
    }
    out
}

/// Repository-relative paths of files that differ between `base` and the working tree
/// (committed, staged or not), plus untracked files; `.gitignore` is respected. Paths are
/// relative to `root`, and only files under `root` are listed.
///
/// A file changed in the index and changed back in the working tree is still listed: the
/// answer orders annotations, and a few extra paths do no harm there.
///
/// # Errors
/// When `root` is not in a git repository or `base` is not a revision.
pub fn changed_paths(root: &Path, base: &str) -> anyhow::Result<BTreeSet<String>> {
    use gix::status::index_worktree::Item as Worktree;
    use gix::status::plumbing::index_as_worktree::EntryStatus;

    let git = Git::open(root)?;
    let tree = git.tree_of(base)?;
    let patterns: Vec<BString> = if git.prefix.is_empty() {
        Vec::new()
    } else {
        vec![format!(":(literal){}", git.prefix.trim_end_matches('/')).into()]
    };
    let status = git
        .repo
        .status(gix::progress::Discard)
        .or_fail(msg::git_cannot_read_status)?
        .head_tree(tree)
        .tree_index_track_renames(gix::status::tree_index::TrackRenames::Disabled)
        .untracked_files(gix::status::UntrackedFiles::Files)
        .index_worktree_submodules(None)
        .into_iter(patterns)
        .or_fail(msg::git_cannot_read_status)?;
    let mut paths = BTreeSet::new();
    for item in status {
        let item = item.or_fail(msg::git_cannot_read_status)?;
        let relevant = match &item {
            gix::status::Item::IndexWorktree(Worktree::Modification { status, .. }) => {
                !matches!(status, EntryStatus::NeedsUpdate(_) | EntryStatus::IntentToAdd)
            }
            gix::status::Item::IndexWorktree(Worktree::DirectoryContents { entry, .. }) => {
                entry.status == gix::dir::entry::Status::Untracked
            }
            gix::status::Item::IndexWorktree(Worktree::Rewrite { .. }) | gix::status::Item::TreeIndex(_) => true,
        };
        if !relevant {
            continue;
        }
        if let Some(rel) = item.location().to_str().ok().and_then(|p| p.strip_prefix(git.prefix.as_str())) {
            paths.insert(rel.to_owned());
        }
    }
    Ok(paths)
}

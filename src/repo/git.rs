//! The plan repository in git: which files changed since a revision.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use anyhow::{Context as _, bail};

/// Repository-relative paths of files that differ between `base` and the working tree
/// (committed, staged or not), plus untracked files.
///
/// # Errors
/// When `root` is not in a git repository or `base` is not a revision.
pub fn changed_paths(root: &Path, base: &str) -> anyhow::Result<BTreeSet<String>> {
    if base.starts_with('-') {
        bail!("`{base}` is not a git revision");
    }
    let run = |args: &[&str]| -> anyhow::Result<String> {
        let out = Command::new("git").arg("-C").arg(root).args(args).output().context("cannot run git")?;
        if !out.status.success() {
            bail!("git: {}", String::from_utf8_lossy(&out.stderr).trim());
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    };
    // Both commands print paths relative to `root` already (`--relative`, and `ls-files` run in
    // `root`); stripping the folder's prefix again would break a repository kept in, say, `plans/`.
    let mut paths = BTreeSet::new();
    let diff = run(&["diff", "--name-only", "--relative", "-z", base, "--"])?;
    let untracked = run(&["ls-files", "--others", "--exclude-standard", "-z"])?;
    for path in diff.split('\0').chain(untracked.split('\0')).filter(|p| !p.is_empty()) {
        paths.insert(path.to_owned());
    }
    Ok(paths)
}

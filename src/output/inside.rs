//! Where a write into the repository really lands: the path with every link resolved, which
//! must lie inside the repository (`cemr validate` likewise reads nothing through a link that
//! leads out of it). `-o FILE` is the user's own choice and is not bound by this.

use std::path::{Component, Path, PathBuf};

use anyhow::{Context as _, bail};

/// The real path of `path` (which need not exist yet), refused unless it lies inside `root`.
///
/// # Errors
/// When a link on the way leads outside the repository or to nothing.
pub fn inside(root: &Path, path: &Path) -> anyhow::Result<PathBuf> {
    let real_root = real_path(root)?;
    let real = real_path(path)?;
    if !real.starts_with(&real_root) {
        bail!(
            "{} leads outside the repository (to {}); cemr writes only inside {}",
            path.display(),
            real.display(),
            root.display()
        );
    }
    Ok(real)
}

/// The deepest existing part of `path` with its links resolved, and the rest as written
/// (which cannot hold a link, since it does not exist).
fn real_path(path: &Path) -> anyhow::Result<PathBuf> {
    let mut existing = path;
    let mut rest = Vec::new();
    while existing.symlink_metadata().is_err() {
        let (Some(name), Some(parent)) = (existing.file_name(), existing.parent()) else { break };
        rest.push(name);
        existing = parent;
    }
    let existing = if existing.as_os_str().is_empty() { Path::new(".") } else { existing };
    let mut real = existing
        .canonicalize()
        .with_context(|| format!("{} is a link that leads nowhere, or cannot be read", existing.display()))?;
    for name in rest.into_iter().rev() {
        if Path::new(name).components().any(|c| !matches!(c, Component::Normal(_))) {
            bail!("{} is not a plain path inside the repository", path.display());
        }
        real.push(name);
    }
    Ok(real)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_inside_pass_and_new_parts_are_kept() {
        let dir = std::env::temp_dir().join(format!("cemr-inside-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("plans")).ok();
        let real = inside(&dir, &dir.join("plans/new/x.toml")).ok();
        let expected = dir.canonicalize().ok().map(|d| d.join("plans/new/x.toml"));
        assert!(real.is_some() && real == expected, "{real:?}");
        assert!(inside(&dir.join("plans"), &dir.join("cemr.toml")).is_err());
        std::fs::remove_dir_all(&dir).ok();
    }
}

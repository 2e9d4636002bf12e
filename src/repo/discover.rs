//! Finding the repository root: the first folder up from the start with `cemr.toml` or `plans/`.

use std::path::{Path, PathBuf};

/// The root above (or at) `start`, if any folder on the way has `cemr.toml` or `plans/`.
#[must_use]
pub fn find_root(start: &Path) -> Option<PathBuf> {
    start.ancestors().find(|dir| dir.join("cemr.toml").is_file() || dir.join("plans").is_dir()).map(Path::to_path_buf)
}

/// Whether `dir`, named as the repository (`-C DIR`), is one: it has a `cemr.toml`, or a `plans`
/// of any kind (one that is not a folder is then reported as an error, not passed over).
#[must_use]
pub fn is_repository(dir: &Path) -> bool {
    dir.join("cemr.toml").symlink_metadata().is_ok() || dir.join("plans").symlink_metadata().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_up_to_the_folder_with_plans() {
        let dir = std::env::temp_dir().join(format!("cemr-discover-{}", std::process::id()));
        let deep = dir.join("plans").join("norrbotten");
        std::fs::create_dir_all(&deep).ok();
        assert_eq!(find_root(&deep).as_deref(), Some(dir.as_path()));
        std::fs::remove_dir_all(&dir).ok();
    }
}

//! For build.rs: tells `cemr init` which GitHub Action installs this very release of cemr.
//!
//! - `CEMR_ACTION`: `owner/name` of the repository in Cargo.toml (`repository`), the one place
//!   the project's home is written; the build fails if it is not a GitHub repository.
//! - `CEMR_ACTION_REF`: the commit this binary was released from, so that the workflow pins the
//!   action by hash. It comes from `CEMR_RELEASE_COMMIT` (set by the release workflow and
//!   `.ci/run`), else from `.cargo_vcs_info.json` (written by `cargo publish`, so a
//!   `cargo install cemr` from crates.io knows it too). Without either (a build from a working
//!   copy), it is the release tag `v{version}`.

/// Prints the two `cargo::rustc-env` lines.
pub(crate) fn emit() -> Result<(), String> {
    println!("cargo:rerun-if-env-changed=CEMR_RELEASE_COMMIT");
    let repository = std::env::var("CARGO_PKG_REPOSITORY").unwrap_or_default();
    let Some(action) = github_repository(&repository) else {
        return Err(format!("`repository` in Cargo.toml must be https://github.com/OWNER/NAME, not {repository:?}"));
    };
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let commit = match std::env::var("CEMR_RELEASE_COMMIT") {
        Ok(given) if !given.is_empty() => {
            if !is_commit(&given) {
                return Err(format!("CEMR_RELEASE_COMMIT must be a 40-digit lowercase hex commit id, not {given:?}"));
            }
            Some(given)
        }
        _ => packaged_commit(),
    };
    let reference = commit.unwrap_or_else(|| format!("v{version}"));
    println!("cargo:rustc-env=CEMR_ACTION={action}");
    println!("cargo:rustc-env=CEMR_ACTION_REF={reference}");
    Ok(())
}

/// `owner/name` of `https://github.com/owner/name` (without `.git` or a trailing slash).
fn github_repository(url: &str) -> Option<String> {
    let path = url.strip_prefix("https://github.com/")?.trim_end_matches('/');
    let path = path.strip_suffix(".git").unwrap_or(path);
    let (owner, name) = path.split_once('/')?;
    let plain = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b));
    (plain(owner) && plain(name)).then(|| format!("{owner}/{name}"))
}

/// The commit `cargo package` recorded, if the package was made from a clean git checkout.
fn packaged_commit() -> Option<String> {
    let dir = std::env::var_os("CARGO_MANIFEST_DIR")?;
    let path = std::path::Path::new(&dir).join(".cargo_vcs_info.json");
    // Only a packaged crate has this file, and it never changes there; a working copy has none.
    let text = std::fs::read_to_string(&path).ok()?;
    println!("cargo:rerun-if-changed={}", path.display());
    if text.contains("\"dirty\": true") || text.contains("\"dirty\":true") {
        return None;
    }
    let after = text.split("\"sha1\"").nth(1)?;
    let start = after.find('"')? + 1;
    let sha = after.get(start..start + 40)?;
    is_commit(sha).then(|| sha.to_owned())
}

fn is_commit(s: &str) -> bool {
    s.len() == 40 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

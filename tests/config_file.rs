//! `cemr.toml` is read within the same bounds as plan files (found in review).
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;

fn validate(dir: &std::path::Path) -> (Option<i32>, String) {
    let out = Command::cargo_bin("cemr")
        .unwrap()
        .args(["-C", dir.to_str().unwrap(), "--today", "2026-11-24", "validate"])
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_config_link_out_of_the_repository_is_not_read() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.toml"), "[repository]\nname = \"secret\"\n").unwrap();
    let repo = tempfile::tempdir().unwrap();
    std::fs::create_dir(repo.path().join("plans")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.toml"), repo.path().join("cemr.toml")).unwrap();
    let (code, stderr) = validate(repo.path());
    assert_eq!(code, Some(2));
    assert!(stderr.contains("outside the repository"), "{stderr}");
}

#[test]
fn a_config_fifo_does_not_block() {
    let repo = tempfile::tempdir().unwrap();
    std::fs::create_dir(repo.path().join("plans")).unwrap();
    let made = std::process::Command::new("mkfifo").arg(repo.path().join("cemr.toml")).status().unwrap();
    assert!(made.success());
    let (code, stderr) = validate(repo.path());
    assert_eq!(code, Some(2));
    assert!(stderr.contains("not a regular file"), "{stderr}");
}

//! `cemr.toml` is read within the same bounds as plan files (found in review).
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Fixture, TODAY, finish};

/// `cemr validate` in `dir`, given 20 seconds (a blocked read would otherwise hang the test).
fn validate(dir: &std::path::Path) -> (i32, String) {
    let mut cmd = common::cemr();
    cmd.arg("-C").arg(dir).args(["--today", TODAY, "validate"]).timeout(std::time::Duration::from_secs(20));
    let run = finish(&mut cmd);
    (run.code, run.stderr)
}

#[test]
fn a_config_link_out_of_the_repository_is_not_read() {
    let repo = Fixture::new();
    let secret = repo.outside("secret.toml");
    std::fs::write(&secret, "[repository]\nname = \"secret\"\n").unwrap();
    std::fs::create_dir(repo.join("plans")).unwrap();
    std::os::unix::fs::symlink(&secret, repo.join("cemr.toml")).unwrap();
    let (code, stderr) = validate(repo.path());
    assert_eq!(code, 2);
    assert!(stderr.contains("outside the repository"), "{stderr}");
}

#[test]
fn a_config_fifo_does_not_block() {
    let repo = Fixture::new();
    std::fs::create_dir(repo.join("plans")).unwrap();
    let made = std::process::Command::new("mkfifo").arg(repo.join("cemr.toml")).status().unwrap();
    assert!(made.success());
    let (code, stderr) = validate(repo.path());
    assert_eq!(code, 2);
    assert!(stderr.contains("not a regular file"), "{stderr}");
}

//! Snapshots of `cemr validate`'s human output (and the GitHub forms) for representative
//! reproducers, without colour. Review a changed snapshot like code: it is what users read.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{TODAY, cemr, finish, fixture, run_in};

fn human(name: &str) -> String {
    let run = run_in(&fixture(name), &["validate", "--color", "never"]);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    run.stdout
}

#[test]
fn unknown_key_with_did_you_mean() {
    insta::assert_snapshot!("unknown_key", human("rules/unknown-key"));
}

#[test]
fn wrong_type() {
    insta::assert_snapshot!("wrong_type", human("rules/wrong-type"));
}

#[test]
fn impossible_date() {
    insta::assert_snapshot!("impossible_date", human("rules/impossible-date"));
}

#[test]
fn missing_key() {
    insta::assert_snapshot!("missing_key", human("rules/missing-key"));
}

#[test]
fn a_file_that_could_not_be_read() {
    insta::assert_snapshot!("invalid_utf8", human("rules/invalid-utf8"));
}

#[test]
fn many_findings_in_several_files() {
    insta::assert_snapshot!("many", human("many"));
}

#[test]
fn many_findings_as_github_annotations_and_step_summary() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    let run = finish(
        cemr()
            .arg("-C")
            .arg(fixture("many"))
            .args(["--today", TODAY, "validate", "--format", "github"])
            .env("GITHUB_STEP_SUMMARY", &summary),
    );
    assert_eq!(run.code, 1);
    insta::assert_snapshot!("many_github", run.stdout);
    insta::assert_snapshot!("many_step_summary", std::fs::read_to_string(&summary).unwrap());
}

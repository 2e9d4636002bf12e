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

fn human_in(name: &str, lang: &str) -> String {
    let run = run_in(&fixture(name), &["--lang", lang, "validate", "--color", "never"]);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    run.stdout
}

#[test]
fn many_findings_in_swedish() {
    insta::assert_snapshot!("many_sv", human_in("many", "sv"));
}

#[test]
fn many_findings_in_swedish_as_github_annotations_and_step_summary() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    let run = finish(
        cemr()
            .arg("-C")
            .arg(fixture("many"))
            .args(["--today", TODAY, "--lang", "sv", "validate", "--format", "github"])
            .env("GITHUB_STEP_SUMMARY", &summary),
    );
    assert_eq!(run.code, 1);
    insta::assert_snapshot!("many_github_sv", run.stdout);
    insta::assert_snapshot!("many_step_summary_sv", std::fs::read_to_string(&summary).unwrap());
}

/// The JSON of `validate` is the same in every language but for the human text of each
/// finding (`message`, `help`): codes, keys, positions and order never change.
#[test]
fn json_is_the_same_in_every_language_but_the_messages() {
    let mut differs = false;
    let rules = std::fs::read_dir(fixture("rules")).unwrap().map(|e| e.unwrap().path());
    for dir in rules.chain([fixture("many")]) {
        let json = |lang: &str| {
            let run = run_in(&dir, &["--lang", lang, "validate", "--format", "json"]);
            if run.stdout.is_empty() {
                // A repository that cannot be used at all (exit 2): no document in any language.
                assert_eq!(run.code, 2, "{}: {}", dir.display(), run.stderr);
                return (serde_json::Value::Null, Vec::new());
            }
            let mut doc: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
            let mut texts = Vec::new();
            for d in doc["diagnostics"].as_array_mut().unwrap() {
                for key in ["message", "help"] {
                    if let Some(text) = d.get_mut(key) {
                        texts.push(text.take());
                    }
                }
            }
            (doc, texts)
        };
        let ((en, en_texts), (sv, sv_texts)) = (json("en"), json("sv"));
        assert_eq!(en, sv, "{}", dir.display());
        assert_eq!(en_texts.len(), sv_texts.len(), "{}", dir.display());
        differs |= en_texts != sv_texts;
    }
    assert!(differs, "the Swedish messages are the English ones");
}

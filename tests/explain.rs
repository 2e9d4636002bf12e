//! `cemr explain` for every code, the list of codes (a snapshot, so a rename shows in review),
//! and `cemr schema`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use cemr::diag::Code;
use common::{fixture, run_in};

#[test]
fn explain_knows_every_code() {
    let dir = fixture("rules/unknown-key");
    for code in Code::ALL {
        let run = run_in(&dir, &["explain", code.name()]);
        assert_eq!(run.code, 0, "{}", code.name());
        assert!(run.stdout.starts_with(code.name()), "{}: {}", code.name(), run.stdout);
        assert!(run.stdout.to_lowercase().contains("fix"), "{}: no fix in {}", code.name(), run.stdout);
    }
    let list = run_in(&dir, &["explain"]);
    assert_eq!(list.stdout.lines().count(), Code::ALL.len());
    let run = run_in(&dir, &["explain", "no-such-code"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no-such-code") && run.stdout.is_empty(), "{run:?}");
}

#[test]
fn schema_is_json() {
    let run = run_in(&fixture("rules/unknown-key"), &["schema"]);
    assert_eq!(run.code, 0);
    let schema = run.json();
    assert_eq!(schema["type"], "object");
    assert_eq!(schema["properties"]["signatory"]["required"], serde_json::json!(["name", "kind"]));
    assert_eq!(schema["additionalProperties"], false);
}

#[test]
fn explain_in_swedish() {
    let dir = fixture("rules/unknown-key");
    let run = run_in(&dir, &["--lang", "sv", "explain", "unknown-key"]);
    assert_eq!(run.code, 0);
    insta::assert_snapshot!("explain_unknown_key_sv", run.stdout);
    let list = run_in(&dir, &["--lang", "sv", "explain"]);
    insta::assert_snapshot!("codes_sv", list.stdout);
    let run = run_in(&dir, &["--lang", "sv", "explain", "no-such-code"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr, "fel: det finns ingen kod som heter `no-such-code`; `cemr explain` visar alla koder\n");
}

#[test]
fn the_list_of_codes() {
    let run = run_in(&fixture("rules/unknown-key"), &["explain"]);
    assert_eq!(run.code, 0);
    insta::assert_snapshot!("codes", run.stdout);
}

#[test]
fn code_names_are_unique_kebab_case_with_texts() {
    let mut names: Vec<&str> = Code::ALL.iter().map(|c| c.name()).collect();
    for code in Code::ALL {
        let name = code.name();
        assert!(name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{name}");
        assert_eq!(Code::from_name(name), Some(*code));
    }
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), Code::ALL.len(), "two codes share a name");
}

#[test]
fn explain_refuses_a_machine_format() {
    // Explanations are human text only: `--format json` is refused, not answered with text.
    let dir = fixture("rules/unknown-key");
    let run = run_in(&dir, &["explain", "unknown-key", "--format", "json"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stdout.is_empty() && run.stderr.contains("json"), "{run:?}");
    assert_eq!(run_in(&dir, &["explain", "unknown-key", "--format", "human"]).code, 0);
}

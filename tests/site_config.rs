//! `[site]` in `cemr.toml` (SPEC §10): read typed, and `cemr validate` reports each broken
//! value at its line and column.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{Fixture, VALID_PLAN, diagnostics, positions, validate_json};

fn repo(config: &str) -> Fixture {
    let repo = Fixture::new();
    repo.write("cemr.toml", config);
    repo.write("plans/lulea.toml", VALID_PLAN);
    repo
}

#[test]
fn a_complete_site_table_is_clean() {
    let repo = repo(
        "[repository]\nname = \"Planer\"\n\n[site]\nurl = \"https://kommun.example.se/jämställdhet\"\n\
         contact = \"https://kommun.example.se/tillganglighet?amne=cemr\"\nstatement_date = 2026-09-01\n",
    );
    let (run, doc) = validate_json(repo.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(doc["errors"], 0);
}

#[test]
fn each_broken_value_is_reported_where_it_is_written() {
    let repo = repo(
        "[site]\nurl = \"kommun.example.se\"\ncontact = \"ring växeln\"\nstatement_date = \"2026-09-01\"\nadress = 1\n",
    );
    let (run, doc) = validate_json(repo.path(), &[]);
    assert_eq!(run.code, 1);
    let found: Vec<_> = positions(&doc).into_iter().filter(|p| p.0 == "cemr.toml").collect();
    assert_eq!(
        found,
        [
            ("cemr.toml".into(), 2, 7, "invalid-value".into()),
            ("cemr.toml".into(), 3, 11, "invalid-value".into()),
            ("cemr.toml".into(), 4, 18, "date-format".into()),
            ("cemr.toml".into(), 5, 1, "unknown-key".into()),
        ]
    );
    let messages: Vec<String> = diagnostics(&doc).into_iter().map(|d| d.message).collect();
    assert!(messages[0].contains("https://"), "{messages:?}");
    assert!(messages[1].contains("e-mail address or a web address"), "{messages:?}");
    let (_, sv) = validate_json(repo.path(), &["--lang", "sv"]);
    assert!(diagnostics(&sv)[1].message.contains("e-postadress eller en webbadress"), "{sv}");
}

#[test]
fn a_misplaced_site_key_is_pointed_to_its_table() {
    let repo = repo("[repository]\nurl = \"https://kommun.example.se\"\n");
    let (_, doc) = validate_json(repo.path(), &[]);
    let found = diagnostics(&doc);
    assert_eq!((found[0].code.as_str(), found[0].line), ("unknown-key", 2));
    assert!(found[0].message.contains("url"), "{found:?}");
}

#[test]
fn a_statement_dated_in_the_future_is_an_error() {
    // Far ahead of any real date, also with the clock moved (tests/clock/ahead.sh).
    let repo = repo("[site]\nstatement_date = 2999-01-01\n");
    let (run, doc) = validate_json(repo.path(), &[]);
    assert_eq!(run.code, 1);
    assert_eq!(positions(&doc), [("cemr.toml".into(), 2, 18, "date-in-future".into())]);
}

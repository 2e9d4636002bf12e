//! cemr's own error messages (exit 2) in Swedish: the language comes from `--lang`, or from
//! `cemr.toml` when there is one, or from `LANG`, even when the command could not run.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{cemr, finish, fixture, run_in};

#[test]
fn errors_in_swedish() {
    let dir = fixture("many");
    let quarter = run_in(&dir, &["--lang", "sv", "summary", "--quarter", "2026Q5"]);
    assert_eq!(quarter.code, 2);
    assert_eq!(
        quarter.stderr,
        "fel: `2026Q5` är inte ett kvartal: skriv året (0001 till 9998) och kvartalet 1–4, som 2026Q3 eller 2026-Q3\n"
    );
    let filter = run_in(&fixture("rules/unknown-key"), &["--lang", "sv", "status", "--group", "nowhere"]);
    assert_eq!(filter.code, 2);
    let last = filter.stderr.lines().last().unwrap();
    assert!(last.starts_with("fel: det finns ingen grupp `nowhere`; "), "{}", filter.stderr);
}

#[test]
fn no_repository_in_swedish_from_lang() {
    let empty = tempfile::tempdir().unwrap();
    let run = finish(cemr().current_dir(empty.path()).env("LANG", "sv_SE.UTF-8").env_remove("LC_ALL").args(["status"]));
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with("fel: hittade inget planarkiv i "), "{}", run.stderr);
    let run = finish(cemr().current_dir(empty.path()).env("LANG", "en_GB.UTF-8").env_remove("LC_ALL").args(["status"]));
    assert!(run.stderr.starts_with("error: no plan repository found at or above "), "{}", run.stderr);
}

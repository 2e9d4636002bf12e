//! `--lang sv|en`: human output in Swedish or English; machine formats the same in both.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{TODAY, finish, fixture};

/// Stdout of `cemr ARGS…` on the edit fixture with the given locale variables set.
fn cemr(args: &[&str], envs: &[(&str, &str)]) -> String {
    let mut cmd = common::cemr();
    cmd.envs(envs.iter().copied()).arg("-C").arg(fixture("edit")).args(["--today", TODAY]).args(args);
    let run = finish(&mut cmd);
    assert!((0..=1).contains(&run.code), "{}", run.stderr);
    run.stdout
}

#[test]
fn status_in_swedish() {
    insta::assert_snapshot!(cemr(&["--lang", "sv", "status", "lulea"], &[]));
}

#[test]
fn deadlines_in_swedish_markdown() {
    insta::assert_snapshot!(cemr(&["--lang", "sv", "deadlines", "--format", "markdown"], &[]));
}

#[test]
fn lang_comes_from_the_environment_when_no_flag() {
    let sv = cemr(&["status"], &[("LANG", "sv_SE.UTF-8")]);
    assert!(sv.contains("Undertecknare"), "{sv}");
    let en = cemr(&["status"], &[("LANG", "en_GB.UTF-8")]);
    assert!(en.contains("Signatory"), "{en}");
    let flag_wins = cemr(&["--lang", "en", "status"], &[("LANG", "sv_SE.UTF-8")]);
    assert!(flag_wins.contains("Signatory"));
}

#[test]
fn machine_formats_are_the_same_in_every_language() {
    for args in [["status", "--format", "json"], ["deadlines", "--format", "csv"], ["articles", "--format", "json"]] {
        let en = cemr(&[&["--lang", "en"][..], &args[..]].concat(), &[]);
        let sv = cemr(&[&["--lang", "sv"][..], &args[..]].concat(), &[]);
        assert_eq!(en, sv, "{args:?}");
    }
}

#[test]
fn csv_separator_for_swedish_spreadsheets() {
    let semicolon = cemr(&["--csv-sep", ";", "deadlines", "--format", "csv"], &[]);
    let header = semicolon.lines().next().unwrap_or_default();
    assert_eq!(header.matches(';').count(), header.matches(',').count() + 5, "{header}");
    assert!(!header.contains(','));
    let comma = cemr(&["deadlines", "--format", "csv"], &[]);
    assert_eq!(comma.lines().count(), semicolon.lines().count());
    assert!(comma.lines().next().unwrap_or_default().contains(','));
}

#[test]
fn csv_separator_that_cannot_separate_is_refused() {
    let refused = common::run_in(&fixture("edit"), &["--csv-sep", "\"", "status"]);
    assert_eq!(refused.code, 2);
}

/// An `-o` file's extension picks the format only where there is a choice (found in review:
/// `completions bash -o cemr.bash` used to fail).
#[test]
fn output_extension_matters_only_where_there_is_a_choice() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("cemr.bash");
    let ok = finish(common::cemr().args(["completions", "bash", "-o"]).arg(&script));
    assert_eq!(ok.code, 0);
    assert!(std::fs::metadata(&script).is_ok_and(|m| m.len() > 0));
    let odd = dir.path().join("status.xyz");
    let refused = finish(common::cemr().arg("-C").arg(fixture("edit")).args(["status", "-o"]).arg(&odd));
    assert_eq!(refused.code, 2);
    assert!(!odd.exists());
}

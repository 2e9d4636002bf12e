//! Every input the fuzzers found (tests/fuzz/) and the example plans, through every stage and
//! every editing command.

use std::path::Path;

/// Sends every `.toml` file under `dir` to `target`: how many there were, and the sum of what
/// `target` returned.
fn each_plan(dir: &Path, target: impl Fn(&[u8]) -> usize) -> (usize, usize) {
    let (mut files, mut sum) = (0, 0);
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let Ok(entry) = entry else { continue };
        if entry.path().extension().is_some_and(|e| e == "toml") {
            let bytes = std::fs::read(entry.path()).unwrap_or_default();
            sum += target(&bytes);
            files += 1;
        }
    }
    (files, sum)
}

fn exercise_dir(dir: &Path) -> usize {
    each_plan(dir, |bytes| {
        cemr::fuzzing::exercise(bytes);
        0
    })
    .0
}

#[test]
fn fuzz_regressions_do_not_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz");
    assert!(exercise_dir(&dir) >= 2);
}

#[test]
fn example_plans_go_through_every_stage() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans");
    assert!(exercise_dir(&dir) >= 20);
}

/// 100,000 impossible dates in one file were matched against each other in quadratic time
/// (found in review): a hang on hostile input. Now one map lookup each.
#[test]
fn many_impossible_dates_stay_linear() {
    let dates = vec!["2023-02-30"; 100_000].join(", ");
    let text = format!("[signatory]\nname = \"x\"\nkind = \"other\"\nsources = [{dates}]\n");
    cemr::fuzzing::exercise(text.as_bytes());
}

/// The editing commands on every example plan, the editing tests' fixtures and what the fuzzers
/// found: each edit leaves no errors, and the same edit again finds it recorded.
#[test]
fn editing_commands_on_every_plan() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (mut files, mut changed) = (0, 0);
    for dir in ["plans", "tests/fuzz", "tests/fixtures/edit"] {
        let (n, edits) = each_plan(&root.join(dir), cemr::fuzzing::edits);
        files += n;
        changed += edits;
    }
    assert!(files >= 25, "{files} plans");
    // Most edits are refused or find nothing to do; many must still write.
    assert!(changed >= 1000, "only {changed} edits changed a file");
}

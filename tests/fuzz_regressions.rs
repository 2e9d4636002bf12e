//! Every input the fuzzer found (tests/fuzz/) and the example plans, through every stage.

use std::path::Path;

fn exercise_dir(dir: &Path) -> usize {
    let mut n = 0;
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let Ok(entry) = entry else { continue };
        if entry.path().extension().is_some_and(|e| e == "toml") {
            let bytes = std::fs::read(entry.path()).unwrap_or_default();
            cemr::fuzzing::exercise(&bytes);
            n += 1;
        }
    }
    n
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

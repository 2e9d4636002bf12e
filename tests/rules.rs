//! One row per diagnostic code: its reproducer, and the file, line and column it must be reported at.
//! Fails when a code has no row, and when a fixture folder names no code.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use cemr::diag::{Code, Severity};
use common::{Fixture, Found, VALID_PLAN, diagnostics, fixture, validate_json};

/// Where a code's reproducer comes from.
enum Source {
    /// `tests/fixtures/rules/<code>/`.
    Fixture,
    /// Built at run time (see `tests/fixtures/rules/README.md`).
    Built(fn(&Fixture)),
}

struct Row {
    code: &'static str,
    source: Source,
    file: &'static str,
    line: u64,
    column: u64,
    /// The codes the reproducer may also produce (only where the code is about other findings).
    also: &'static [&'static str],
}

const fn row(code: &'static str, file: &'static str, line: u64, column: u64) -> Row {
    Row { code, source: Source::Fixture, file, line, column, also: &[] }
}

const fn built(code: &'static str, build: fn(&Fixture), file: &'static str, line: u64, column: u64) -> Row {
    Row { code, source: Source::Built(build), file, line, column, also: &[] }
}

const LULEA: &str = "plans/lulea.toml";

const ROWS: &[Row] = &[
    built("unreadable-file", unreadable_file, "plans/kiruna.toml", 1, 1),
    row("invalid-utf8", LULEA, 4, 29),
    row("utf16-file", LULEA, 2, 13),
    row("windows-1252-file", LULEA, 2, 13),
    row("empty-file", "plans/pajala.toml", 1, 1),
    built("file-too-large", file_too_large, "plans/kiruna.toml", 1, 1),
    built("symlink-loop", symlink_loop, "plans/loop", 1, 1),
    built("link-outside-repository", link_outside, "plans/kiruna.toml", 1, 1),
    row("toml-syntax", LULEA, 2, 8),
    row("decimal-comma", LULEA, 19, 11),
    row("typographic-quotes", LULEA, 8, 9),
    row("invisible-character", LULEA, 7, 3),
    row("date-format", LULEA, 4, 10),
    row("number-with-unit", LULEA, 15, 12),
    row("invalid-file-name", "plans/Alvsbyn.toml", 1, 1),
    row("duplicate-id", "plans/boden.toml", 1, 1),
    row("no-plan-files", "plans", 1, 1),
    row("unknown-key", LULEA, 4, 1),
    row("wrong-type", LULEA, 4, 12),
    built("too-many-entries", too_many_entries, "plans/kiruna.toml", 4, 12),
    row("not-a-date", LULEA, 4, 10),
    row("impossible-date", LULEA, 4, 11),
    row("invalid-number", LULEA, 16, 11),
    row("missing-key", LULEA, 1, 1),
    row("invalid-value", LULEA, 3, 8),
    row("swedish-value", LULEA, 15, 10),
    row("irrelevant-key", LULEA, 16, 3),
    row("article-out-of-range", LULEA, 5, 19),
    row("duplicate-article", LULEA, 4, 19),
    row("article-not-chosen", LULEA, 9, 13),
    row("invalid-id", LULEA, 7, 6),
    row("duplicate-goal-id", LULEA, 12, 6),
    row("duplicate-activity-id", LULEA, 18, 6),
    row("unknown-goal", LULEA, 14, 20),
    row("finished-missing", LULEA, 15, 10),
    row("finished-not-allowed", LULEA, 16, 1),
    row("date-in-future", LULEA, 4, 10),
    row("decided-after-signed", LULEA, 4, 11),
    row("start-after-end", LULEA, 7, 9),
    row("control-character", LULEA, 2, 8),
    row("no-articles", LULEA, 4, 10),
    row("goal-without-articles", LULEA, 7, 6),
    row("goal-without-activities", LULEA, 7, 6),
    row("activity-without-goals", LULEA, 6, 6),
    row("duplicate-measurement", LULEA, 20, 10),
    row("action-plans-out-of-order", LULEA, 10, 1),
    Row { also: &["unknown-key"], ..row("too-many-findings", LULEA, 104, 1) },
];

/// The valid plan that every built repository has next to its broken part.
fn with_valid_plan(repo: &Fixture) {
    repo.write("plans/lulea.toml", VALID_PLAN);
}

fn unreadable_file(repo: &Fixture) {
    with_valid_plan(repo);
    let path = repo.write("plans/kiruna.toml", "[signatory]\nname = \"Kiruna kommun\"\nkind = \"municipality\"\n");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
        if std::fs::File::open(&path).is_ok() {
            // Running as root, who reads anything: a FIFO cannot be read as a plan either.
            std::fs::remove_file(&path).unwrap();
            let status = std::process::Command::new("mkfifo").arg(&path).status().unwrap();
            assert!(status.success(), "mkfifo failed");
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

fn file_too_large(repo: &Fixture) {
    with_valid_plan(repo);
    let mut text = b"[signatory]\nname = \"Kiruna kommun\"\nkind = \"municipality\"\n".to_vec();
    text.resize(10 * 1024 * 1024 + 1, b'#');
    repo.write("plans/kiruna.toml", text);
}

fn too_many_entries(repo: &Fixture) {
    with_valid_plan(repo);
    let articles = vec!["1"; 10_001].join(", ");
    let text = format!("[signatory]\nname = \"Kiruna kommun\"\nkind = \"municipality\"\narticles = [{articles}]\n");
    repo.write("plans/kiruna.toml", text);
}

fn symlink_loop(repo: &Fixture) {
    with_valid_plan(repo);
    symlink(Path::new("../plans"), &repo.path().join("plans/loop"));
}

fn link_outside(repo: &Fixture) {
    with_valid_plan(repo);
    // The target is a valid plan, in a folder next to the repository.
    let target = repo.outside("kiruna.toml");
    std::fs::write(&target, "[signatory]\nname = \"Kiruna kommun\"\nkind = \"municipality\"\n").unwrap();
    symlink(&target, &repo.path().join("plans/kiruna.toml"));
}

fn symlink(target: &Path, link: &Path) {
    #[cfg(unix)]
    std::os::unix::fs::symlink(target, link).unwrap();
    #[cfg(not(unix))]
    panic!("symbolic links are tested on Unix only: {} -> {}", link.display(), target.display());
}

/// The repository a row runs on (kept alive by the returned guard).
fn repository(row: &Row) -> (PathBuf, Option<Fixture>) {
    match row.source {
        Source::Fixture => (fixture("rules").join(row.code), None),
        Source::Built(build) => {
            let repo = Fixture::new();
            build(&repo);
            (repo.path().to_path_buf(), Some(repo))
        }
    }
}

/// Checks one row; returns what is wrong with it.
fn check(row: &Row) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(code) = Code::from_name(row.code) else {
        return vec![format!("`{}` is not a code", row.code)];
    };
    if cfg!(not(unix)) && matches!(row.source, Source::Built(_)) {
        return problems; // modes, FIFOs and links are built on Unix only
    }
    let (dir, _guard) = repository(row);
    let (run, doc) = validate_json(&dir, &[]);
    let found = diagnostics(&doc);
    let expected = code.severity().as_str();
    let hit = found.iter().find(|d| d.code == row.code && d.file == row.file);
    match hit {
        None => problems.push(format!("no {} in {}; found {found:#?}", row.code, row.file)),
        Some(d) => {
            if (d.line, d.column) != (row.line, row.column) {
                problems.push(format!("at {}:{}, expected {}:{}", d.line, d.column, row.line, row.column));
            }
            if d.severity != expected {
                problems.push(format!("severity {}, expected {expected}", d.severity));
            }
            if d.message.trim().is_empty() {
                problems.push("an empty message".to_owned());
            }
        }
    }
    let others: Vec<&Found> =
        found.iter().filter(|d| d.code != row.code && !row.also.contains(&d.code.as_str())).collect();
    if !others.is_empty() {
        problems.push(format!("the reproducer also produces other codes: {others:#?}"));
    }
    // Exit 1 for an error; a code allowed companions (`also`) exits as they make it.
    let want_exit = i32::from(code.severity() == Severity::Error || found.iter().any(|d| d.severity == "error"));
    if run.code != want_exit {
        problems.push(format!("exit {}, expected {want_exit}", run.code));
    }
    if code.severity() == Severity::Warning {
        // --strict makes every warning an error, and the run fail.
        let (strict, doc) = validate_json(&dir, &["--strict"]);
        if strict.code != 1 {
            problems.push(format!("exit {} under --strict, expected 1", strict.code));
        }
        if diagnostics(&doc).iter().any(|d| d.severity != "error") {
            problems.push("a warning left a warning under --strict".to_owned());
        }
    }
    problems
}

#[test]
fn every_code_is_reported_where_its_reproducer_puts_it() {
    let failures: Vec<String> =
        ROWS.iter().flat_map(|row| check(row).into_iter().map(move |p| format!("{}: {p}", row.code))).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_code_has_a_row() {
    let rows: BTreeSet<&str> = ROWS.iter().map(|r| r.code).collect();
    assert_eq!(rows.len(), ROWS.len(), "a code has two rows");
    let missing: Vec<&str> = Code::ALL.iter().map(|c| c.name()).filter(|n| !rows.contains(n)).collect();
    assert!(missing.is_empty(), "codes without a row in tests/rules.rs: {missing:?}");
}

#[test]
fn every_fixture_folder_is_a_code_with_a_row() {
    let fixtures: BTreeSet<String> = std::fs::read_dir(fixture("rules"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let from_files: BTreeSet<String> =
        ROWS.iter().filter(|r| matches!(r.source, Source::Fixture)).map(|r| r.code.to_owned()).collect();
    assert_eq!(fixtures, from_files, "fixture folders and fixture rows differ");
}

#[test]
fn built_reproducers_still_check_the_other_files() {
    for row in ROWS.iter().filter(|r| cfg!(unix) && matches!(r.source, Source::Built(_))) {
        let (dir, _guard) = repository(row);
        let (_, doc) = validate_json(&dir, &[]);
        assert!(
            doc["files"].as_u64().unwrap() >= 1 && !diagnostics(&doc).iter().any(|d| d.file == "plans/lulea.toml"),
            "{}: the valid plan was not checked cleanly: {doc}",
            row.code
        );
    }
}

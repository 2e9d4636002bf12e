//! `cemr validate --format github`: workflow commands, escaping, the 10-per-severity budget,
//! `--base` ordering in a real git repository, and the step summary.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use common::{Fixture, TODAY, VALID_PLAN, cemr, finish, fixture, run_in};

fn github(dir: &Path, args: &[&str]) -> common::Run {
    let mut all = vec!["validate", "--format", "github"];
    all.extend_from_slice(args);
    run_in(dir, &all)
}

/// A plan with `errors` unknown keys and `warnings` control characters.
fn noisy(errors: usize, warnings: usize) -> String {
    let mut text = String::from("[signatory]\nname = \"x\"\nkind = \"other\"\n");
    for i in 0..errors {
        writeln!(text, "unknown{i:02} = 1").unwrap();
    }
    let groups = vec!["\"a\\u0007\""; warnings].join(", ");
    writeln!(text, "groups = [{groups}]").unwrap();
    text
}

#[test]
fn one_workflow_command_per_finding() {
    let run = github(&fixture("rules/unknown-key"), &[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "::error file=plans/lulea.toml,line=4,col=1,title=cemr unknown-key::unknown key `sigend` in [signatory] (did you mean `signed`?)\n"
    );
    let run = github(&fixture("rules/no-articles"), &[]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.starts_with("::warning file=plans/lulea.toml,line=4,col=10,title=cemr no-articles::"));
    let clean = Fixture::new();
    clean.write("plans/lulea.toml", VALID_PLAN);
    assert_eq!(github(clean.path(), &[]).stdout, "");
}

#[test]
fn data_and_properties_are_escaped() {
    let repo = Fixture::new();
    repo.write("plans/a,b:c.toml", "[signatory]\nname = \"x\"\nkind = \"other\"\n");
    // A goal id with %, CR, LF and ESC: the warnings about it quote it.
    repo.write(
        "plans/lulea.toml",
        "[signatory]\nname = \"x\"\nkind = \"other\"\n\"50%\" = 1\n\n[[goals]]\nid = \"a%b\\r\\nc\\u001b[31m\"\ntitle = \"t\"\n",
    );
    let run = github(repo.path(), &[]);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(lines.iter().all(|l| l.starts_with("::")), "{}", run.stdout);
    assert!(!run.stdout.chars().any(|c| c.is_control() && c != '\n'), "a raw control character: {:?}", run.stdout);
    assert!(lines.contains(&"::error file=plans/a%2Cb%3Ac.toml,line=1,col=1,title=cemr invalid-file-name::`a,b:c` is not a valid id: use lowercase ASCII letters, digits and - (rename the file to a-b-c.toml)"), "{}", run.stdout);
    assert!(run.stdout.contains("unknown key `50%25` in [signatory]"), "{}", run.stdout);
    assert!(
        run.stdout.contains("::warning file=plans/lulea.toml,line=7,col=6,title=cemr goal-without-articles::goal `a%25b%0D%0Ac\\u{1b}[31m` names no article"),
        "{}",
        run.stdout
    );
}

#[test]
fn ten_errors_and_ten_warnings_then_a_notice() {
    let repo = Fixture::new();
    repo.write("plans/lulea.toml", noisy(12, 11));
    let run = github(repo.path(), &[]);
    let count = |prefix: &str| run.stdout.lines().filter(|l| l.starts_with(prefix)).count();
    assert_eq!((count("::error "), count("::warning "), count("::notice")), (10, 10, 1), "{}", run.stdout);
    let last = run.stdout.lines().last().unwrap();
    assert!(last.starts_with("::notice") && last.contains("3 more findings"), "{last}");
    // The first ten in the usual order.
    assert!(run.stdout.contains("unknown key `unknown09`") && !run.stdout.contains("unknown key `unknown10`"));
    let exact = Fixture::new();
    exact.write("plans/lulea.toml", noisy(10, 10));
    assert!(!github(exact.path(), &[]).stdout.contains("::notice"), "no notice when all are shown");
    let strict = github(exact.path(), &["--strict"]);
    assert_eq!(strict.stdout.lines().filter(|l| l.starts_with("::error ")).count(), 10, "warnings count as errors");
    assert!(strict.stdout.contains("10 more findings"), "{}", strict.stdout);
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.se")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.se")
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// A git repository whose plan repository is at `sub` (`""`: the top), with a noisy plan
/// committed and two files changed since: one edited, one new.
fn history(sub: &str) -> (Fixture, std::path::PathBuf) {
    let repo = Fixture::new();
    git(repo.path(), &["init", "-q"]);
    let root = repo.path().join(sub);
    let write =
        |rel: &str, text: &str| repo.write(&format!("{sub}{}{rel}", if sub.is_empty() { "" } else { "/" }), text);
    write("plans/a.toml", &noisy(12, 0));
    write("plans/y.toml", "[signatory]\nname = \"y\"\nkind = \"other\"\n");
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-q", "-m", "plans"]);
    write("plans/y.toml", "[signatory]\nname = \"y\"\nkind = \"other\"\nchanged = 1\n");
    write("plans/z.toml", "[signatory]\nname = \"z\"\nkind = \"other\"\nadded = 1\n");
    (repo, root)
}

fn first_files(stdout: &str, n: usize) -> Vec<String> {
    stdout
        .lines()
        .take(n)
        .map(|l| l.split(',').next().unwrap().trim_start_matches("::error file=").to_owned())
        .collect()
}

#[test]
fn base_puts_files_changed_since_the_revision_first() {
    // Also with the plan repository in a folder of the git repository, even one named `plans`.
    for sub in ["", "docs/planer", "plans"] {
        let (_repo, root) = history(sub);
        let without = github(&root, &[]);
        assert!(!without.stdout.contains("plans/z.toml"), "{sub}: z is past the budget without --base");
        let run = github(&root, &["--base", "HEAD"]);
        assert_eq!(run.code, 1, "{sub}: {run:?}");
        assert_eq!(first_files(&run.stdout, 2), ["plans/y.toml", "plans/z.toml"], "{sub}: {}", run.stdout);
        assert_eq!(run.stdout.lines().filter(|l| l.starts_with("::error ")).count(), 10);
        assert!(run.stdout.contains("::notice") && run.stdout.contains("4 more findings"), "{}", run.stdout);
    }
}

#[test]
fn a_bad_base_revision_exits_2() {
    let (_repo, root) = history("");
    for base in ["no-such-revision", "--output=x"] {
        let run = github(&root, &["--base", base]);
        assert_eq!(run.code, 2, "{base}: {run:?}");
        assert!(run.stdout.is_empty());
    }
    let not_git = Fixture::new();
    not_git.write("plans/lulea.toml", VALID_PLAN);
    assert_eq!(github(not_git.path(), &["--base", "HEAD"]).code, 2, "not a git repository");
}

#[test]
fn the_step_summary_gets_the_full_list_appended() {
    let repo = Fixture::new();
    repo.write("plans/lulea.toml", noisy(12, 1));
    repo.write("plans/pipe.toml", "[signatory]\nname = \"x\"\nkind = \"other\"\n\"a|b\" = 1\n");
    let summary = repo.outside("summary.md");
    std::fs::write(&summary, "# Earlier step\n").unwrap();
    let run = finish(
        cemr()
            .arg("-C")
            .arg(repo.path())
            .args(["--today", TODAY, "validate", "--format", "github"])
            .env("GITHUB_STEP_SUMMARY", &summary),
    );
    assert_eq!(run.code, 1);
    let text = std::fs::read_to_string(&summary).unwrap();
    assert!(text.starts_with("# Earlier step\n## cemr validate\n"), "{text}");
    assert!(text.contains("checked 2 plan files: 13 errors, 1 warning"), "{text}");
    let rows: Vec<&str> = text.lines().filter(|l| l.starts_with("| plans/")).collect();
    assert_eq!(rows.len(), 14, "every finding, not only the first ten: {text}");
    assert!(rows.contains(&"| plans/lulea.toml | 4 | 1 | error | `unknown-key` | unknown key \\`unknown00\\` in \\[signatory\\] (the keys here are: name, kind, groups, decided, signed, contact, sources, articles, charter) |"), "{text}");
    assert!(text.contains("a\\|b"), "the pipe is escaped: {text}");
    // Other formats leave it alone.
    for format in ["json", "human"] {
        let run = finish(
            cemr()
                .arg("-C")
                .arg(repo.path())
                .args(["--today", TODAY, "validate", "--format", format])
                .env("GITHUB_STEP_SUMMARY", &summary),
        );
        assert_eq!(run.code, 1);
    }
    assert_eq!(std::fs::read_to_string(&summary).unwrap(), text);
}

//! `cemr validate` end to end: exit codes, paths, several files, BOM and CRLF, JSON, --strict,
//! no plan files, human output, -o and colour.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{Fixture, TODAY, VALID_PLAN, cemr, diagnostics, finish, fixture, positions, run_in, validate_json};

const BAD: &str = "[signatory]\nname = \"Luleå kommun\"\nkind = \"kommun\"\nsigend = 2013-03-08\narticles = [1, 31]\nsources = [\"Luleå\", 7]\n";

/// Where `BAD`'s findings are, as (line, column, code).
const BAD_AT: &[(u64, u64, &str)] =
    &[(3, 8, "swedish-value"), (4, 1, "unknown-key"), (5, 16, "article-out-of-range"), (6, 21, "wrong-type")];

fn at(doc: &serde_json::Value) -> Vec<(u64, u64, String)> {
    positions(doc).into_iter().map(|(_, l, c, code)| (l, c, code)).collect()
}

fn bad_at() -> Vec<(u64, u64, String)> {
    BAD_AT.iter().map(|(l, c, code)| (*l, *c, (*code).to_owned())).collect()
}

#[test]
fn a_valid_repository_exits_0_with_no_findings() {
    let repo = Fixture::new();
    repo.write("plans/norrbotten/lulea.toml", VALID_PLAN);
    let (run, doc) = validate_json(repo.path(), &[]);
    assert_eq!(run.code, 0, "{doc}");
    assert_eq!((doc["errors"].as_u64(), doc["warnings"].as_u64()), (Some(0), Some(0)), "{doc}");
    assert_eq!(doc["diagnostics"].as_array().map(Vec::len), Some(0));
    let human = run_in(repo.path(), &["validate", "--color", "never"]);
    assert_eq!((human.code, human.stdout.as_str()), (0, "checked 1 plan file: 0 errors, 0 warnings\n"));
}

#[test]
fn errors_exit_1() {
    let repo = Fixture::new();
    repo.write("plans/lulea.toml", BAD);
    let (run, doc) = validate_json(repo.path(), &[]);
    assert_eq!(run.code, 1);
    assert_eq!(doc["errors"].as_u64(), Some(4));
    assert_eq!(at(&doc), bad_at());
}

#[test]
fn no_repository_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let nothing_above = dir.path().ancestors().all(|d| !d.join("cemr.toml").is_file() && !d.join("plans").is_dir());
    assert!(nothing_above, "a plan repository above {} spoils this test", dir.path().display());
    let run = finish(cemr().current_dir(dir.path()).args(["--today", TODAY, "validate"]));
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("no plan repository found"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
    let run = run_in(&dir.path().join("missing"), &["validate"]);
    assert_eq!(run.code, 2, "-C to a missing folder: {run:?}");
}

#[test]
fn bad_flags_exit_2() {
    let repo = fixture("rules/unknown-key");
    for args in [
        &["validate", "--bogus"][..],
        &["validate", "--today", "2026-13-01"],
        &["validate", "--format", "csv"],
        &["validate", "--color", "purple"],
        &["frobnicate"],
    ] {
        let run = run_in(&repo, args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
    }
    let run = finish(cemr().arg("-C").arg(&repo).env("CEMR_TODAY", "soon").arg("validate"));
    assert_eq!(run.code, 2, "CEMR_TODAY that is no date: {run:?}");
}

#[test]
fn an_unreadable_cemr_toml_exits_2() {
    let folder = Fixture::new();
    std::fs::create_dir_all(folder.path().join("cemr.toml")).unwrap();
    let latin1 = Fixture::new();
    latin1.write("cemr.toml", b"[repository]\nname = \"Lule\xe5\"\n");
    let huge = Fixture::new();
    let mut text = b"[repository]\nname = \"x\"\n".to_vec();
    text.resize(10 * 1024 * 1024 + 1, b'#');
    huge.write("cemr.toml", text);
    for repo in [&folder, &latin1, &huge] {
        repo.write("plans/lulea.toml", VALID_PLAN);
        let run = run_in(repo.path(), &["validate"]);
        assert_eq!(run.code, 2, "{run:?}");
        assert!(run.stderr.contains("cemr.toml"), "{}", run.stderr);
    }
}

#[cfg(unix)]
#[test]
fn a_cemr_toml_without_read_permission_exits_2() {
    use std::os::unix::fs::PermissionsExt as _;
    let repo = Fixture::new();
    let path = repo.write("cemr.toml", "[repository]\nname = \"x\"\n");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        return; // root reads anything; the other unreadable forms are tested above
    }
    let run = run_in(repo.path(), &["validate"]);
    assert_eq!(run.code, 2, "{run:?}");
}

#[test]
fn a_cemr_toml_syntax_error_exits_2_and_says_where() {
    let repo = Fixture::new();
    repo.write("cemr.toml", "[repository]\nname = \"x\"\n[rules\n");
    repo.write("plans/lulea.toml", VALID_PLAN);
    let run = run_in(repo.path(), &["validate", "--format", "json"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stdout.is_empty(), "no document when the command could not run: {}", run.stdout);
    assert!(run.stderr.contains("cemr.toml") && run.stderr.contains("line 3"), "{}", run.stderr);
}

#[test]
fn an_unknown_key_in_cemr_toml_is_a_finding() {
    let repo = Fixture::new();
    repo.write("cemr.toml", "[rules]\nreport_month = 6\n");
    repo.write("plans/lulea.toml", VALID_PLAN);
    let (run, doc) = validate_json(repo.path(), &[]);
    assert_eq!(run.code, 1);
    assert_eq!(positions(&doc), [("cemr.toml".to_owned(), 2, 1, "unknown-key".to_owned())]);
    assert_eq!(doc["diagnostics"][0]["help"], "did you mean `report_months`?");
}

/// Two folders, one bad file in each, and a bad cemr.toml.
fn two_folders() -> Fixture {
    let repo = Fixture::new();
    repo.write("cemr.toml", "[rules]\nreport_month = 6\n");
    repo.write("plans/norrbotten/lulea.toml", BAD);
    repo.write("plans/umea/umea.toml", BAD);
    repo
}

fn files_of(doc: &serde_json::Value) -> Vec<String> {
    let mut files: Vec<String> = diagnostics(doc).into_iter().map(|d| d.file).collect();
    files.dedup();
    files
}

#[test]
fn paths_limit_the_findings_to_those_files_and_folders() {
    let repo = two_folders();
    let (run, doc) = validate_json(repo.path(), &["plans/norrbotten"]);
    assert_eq!(run.code, 1);
    assert_eq!(files_of(&doc), ["cemr.toml", "plans/norrbotten/lulea.toml"]);
    assert_eq!(doc["files"].as_u64(), Some(1));
    let (_, doc) = validate_json(repo.path(), &["plans/umea/umea.toml"]);
    assert_eq!(files_of(&doc), ["cemr.toml", "plans/umea/umea.toml"]);
    let (_, doc) = validate_json(repo.path(), &["plans/umea/umea.toml", "plans/norrbotten/"]);
    assert_eq!(doc["files"].as_u64(), Some(2));
}

#[test]
fn the_repository_itself_as_path_is_everything() {
    let repo = two_folders();
    let all = ["cemr.toml", "plans/norrbotten/lulea.toml", "plans/umea/umea.toml"];
    for path in [".", "./", "plans/.."] {
        let (run, doc) = validate_json(repo.path(), &[path]);
        assert_eq!((run.code, files_of(&doc)), (1, all.map(str::to_owned).to_vec()), "validate {path}");
    }
    let run = finish(cemr().current_dir(repo.path()).args(["--today", TODAY, "validate", "--format", "json", "."]));
    assert_eq!(files_of(&run.json()), all, "validate . from the root");
}

#[test]
fn paths_are_relative_to_the_current_folder() {
    let repo = two_folders();
    let cwd = repo.path().join("plans/umea");
    let run = finish(cemr().current_dir(&cwd).args(["--today", TODAY, "validate", "--format", "json", "umea.toml"]));
    assert_eq!(files_of(&run.json()), ["cemr.toml", "plans/umea/umea.toml"]);
    let run = finish(cemr().current_dir(&cwd).args(["--today", TODAY, "validate", "--format", "json", ".."]));
    assert_eq!(run.json()["files"].as_u64(), Some(2), "plans/ from plans/umea");
}

#[test]
fn a_path_that_is_missing_or_outside_exits_2() {
    let repo = two_folders();
    let outside = repo.outside("elsewhere.toml");
    std::fs::write(&outside, VALID_PLAN).unwrap();
    for path in ["plans/nowhere.toml", outside.to_str().unwrap(), "../"] {
        let run = run_in(repo.path(), &["validate", path]);
        assert_eq!(run.code, 2, "validate {path}: {run:?}");
    }
}

#[test]
fn a_plans_folder_written_with_dot_or_slash_gives_the_same_paths() {
    for plans in ["./plans", "plans/", "./plans/"] {
        let repo = Fixture::new();
        repo.write("cemr.toml", format!("[repository]\nplans = \"{plans}\"\n"));
        repo.write("plans/lulea.toml", BAD);
        let (_, doc) = validate_json(repo.path(), &["plans/lulea.toml"]);
        assert_eq!(files_of(&doc), ["plans/lulea.toml"], "plans = {plans:?}");
    }
    let repo = Fixture::new();
    repo.write("cemr.toml", "[repository]\nplans = \".\"\n");
    let (run, doc) = validate_json(repo.path(), &[]);
    assert_eq!((run.code, positions(&doc)[0].3.as_str()), (1, "invalid-value"), "plans = \".\" names no folder");
}

#[test]
fn every_bad_file_is_reported_and_the_others_still_checked() {
    let repo = Fixture::new();
    repo.write("plans/a-syntax.toml", "[signatory\n");
    repo.write("plans/b-empty.toml", "");
    repo.write("plans/c-latin1.toml", b"[signatory]\nname = \"Lule\xe5\"\n");
    repo.write("plans/c-mixed.toml", b"[signatory]\nname = \"Lule\xc3\xa5\"\nkind = \"\xe5\"\n");
    repo.write("plans/d-bad.toml", BAD);
    repo.write("plans/E.toml", VALID_PLAN);
    repo.write("plans/norrbotten/lulea.toml", VALID_PLAN);
    let (run, doc) = validate_json(repo.path(), &[]);
    assert_eq!(run.code, 1);
    assert_eq!(doc["files"].as_u64(), Some(7));
    let found = positions(&doc);
    let has = |file: &str, code: &str| found.iter().any(|(f, _, _, c)| f == file && c == code);
    assert!(has("plans/a-syntax.toml", "toml-syntax"), "{found:?}");
    assert!(has("plans/b-empty.toml", "empty-file"), "{found:?}");
    assert!(has("plans/c-latin1.toml", "windows-1252-file"), "{found:?}");
    assert!(has("plans/c-mixed.toml", "invalid-utf8"), "{found:?}");
    assert!(has("plans/E.toml", "invalid-file-name"), "{found:?}");
    assert_eq!(found.iter().filter(|(f, ..)| f == "plans/d-bad.toml").count(), BAD_AT.len());
    assert!(!found.iter().any(|(f, ..)| f == "plans/norrbotten/lulea.toml"));
}

#[test]
fn diagnostics_are_sorted_by_file_line_and_column() {
    let repo = Fixture::new();
    repo.write("plans/b.toml", BAD);
    repo.write("plans/a/z.toml", BAD);
    repo.write("plans/a.toml", "[signatory]\nkind = \"x\"\nname = 1\n");
    let (_, doc) = validate_json(repo.path(), &[]);
    let found = positions(&doc);
    let mut sorted = found.clone();
    sorted.sort();
    assert_eq!(found, sorted);
    assert_eq!(files_of(&doc), ["plans/a.toml", "plans/a/z.toml", "plans/b.toml"]);
}

#[test]
fn a_bom_and_crlf_line_ends_change_no_position() {
    let repo = Fixture::new();
    let crlf = format!("\u{feff}{}", BAD.replace('\n', "\r\n"));
    repo.write("plans/lulea.toml", crlf);
    let (_, doc) = validate_json(repo.path(), &[]);
    assert_eq!(at(&doc), bad_at());
    let human = run_in(repo.path(), &["validate", "--color", "never"]);
    assert!(human.stdout.contains("3 | kind = \"kommun\"\n"), "{}", human.stdout);
    assert!(!human.stdout.contains('\r') && !human.stdout.contains("\\u{d}"), "{}", human.stdout);
    let valid = Fixture::new();
    valid.write("plans/lulea.toml", format!("\u{feff}{}", VALID_PLAN.replace('\n', "\r\n")));
    assert_eq!(validate_json(valid.path(), &[]).0.code, 0);
}

#[test]
fn invalid_utf8_columns_count_characters_after_the_bom() {
    let repo = Fixture::new();
    repo.write("plans/bom.toml", b"\xef\xbb\xbf# \xc3\xa5 Lule\xe5\r\n[signatory]\r\n");
    repo.write("plans/plain.toml", b"# \xc3\xa5 Lule\xe5\n[signatory]\n");
    repo.write("plans/second.toml", b"\xef\xbb\xbf[signatory]\r\nname = \"\xc3\xa5 Lule\xe5\"\r\n");
    let (_, doc) = validate_json(repo.path(), &[]);
    let want = |f: &str, line, column| (format!("plans/{f}.toml"), line, column, "invalid-utf8".to_owned());
    assert_eq!(positions(&doc), [want("bom", 1, 9), want("plain", 1, 9), want("second", 2, 15)]);
}

#[test]
fn json_is_one_document_and_nothing_else() {
    for name in ["rules/unknown-key", "rules/no-plan-files", "rules/duplicate-id", "rules/invalid-utf8"] {
        let run = run_in(&fixture(name), &["validate", "--format", "json"]);
        let doc = run.json();
        assert!(run.stderr.is_empty(), "{name}: {}", run.stderr);
        let found = diagnostics(&doc);
        let errors = found.iter().filter(|d| d.severity == "error").count() as u64;
        assert_eq!(doc["errors"].as_u64(), Some(errors), "{name}");
        assert_eq!(doc["warnings"].as_u64(), Some(found.len() as u64 - errors), "{name}");
        for d in doc["diagnostics"].as_array().unwrap() {
            for key in ["file", "line", "column", "severity", "code", "message"] {
                assert!(d.get(key).is_some(), "{name}: {key} missing in {d}");
            }
        }
    }
    // -q changes nothing in a machine format.
    let quiet = run_in(&fixture("rules/unknown-key"), &["-q", "validate", "--format", "json"]);
    assert_eq!(quiet.json()["errors"], 1);
}

#[test]
fn strict_makes_warnings_fail() {
    let repo = fixture("rules/goal-without-activities");
    let (run, doc) = validate_json(&repo, &[]);
    assert_eq!((run.code, doc["warnings"].as_u64()), (0, Some(1)));
    let (run, doc) = validate_json(&repo, &["--strict"]);
    assert_eq!((run.code, doc["errors"].as_u64(), doc["warnings"].as_u64()), (1, Some(1), Some(0)));
    let human = run_in(&repo, &["validate", "--strict", "--color", "never"]);
    assert!(human.stdout.starts_with("error[goal-without-activities]"), "{}", human.stdout);
}

#[test]
fn no_plan_files_is_a_warning_and_an_error_under_strict() {
    let empty = Fixture::new();
    std::fs::create_dir_all(empty.path().join("plans/norrbotten")).unwrap();
    empty.write("plans/README.md", "not a plan\n");
    for dir in [empty.path().to_path_buf(), fixture("rules/no-plan-files")] {
        let (run, doc) = validate_json(&dir, &[]);
        assert_eq!(run.code, 0, "{doc}");
        assert_eq!(positions(&doc), [("plans".to_owned(), 1, 1, "no-plan-files".to_owned())]);
        assert_eq!(doc["diagnostics"][0]["severity"], "warning");
        let (run, doc) = validate_json(&dir, &["--strict"]);
        assert_eq!((run.code, &doc["diagnostics"][0]["severity"]), (1, &serde_json::json!("error")));
    }
}

#[test]
fn quiet_leaves_out_the_closing_line() {
    let run = run_in(&fixture("rules/unknown-key"), &["-q", "validate", "--color", "never"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.starts_with("error[unknown-key]") && !run.stdout.contains("checked"), "{}", run.stdout);
    let clean = Fixture::new();
    clean.write("plans/lulea.toml", VALID_PLAN);
    assert_eq!(run_in(clean.path(), &["-q", "validate"]).stdout, "");
}

#[test]
fn a_long_line_is_shown_around_the_finding() {
    let repo = Fixture::new();
    let articles = vec!["1"; 3000].join(", ");
    repo.write(
        "plans/lulea.toml",
        format!("[signatory]\nname = \"x\"\nkind = \"other\"\narticles = [{articles}, 99]\n"),
    );
    let run = run_in(repo.path(), &["validate", "--color", "never"]);
    assert_eq!(run.code, 1);
    let longest = run.stdout.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(longest < 200, "a line of {longest} characters");
    // The caret still points at the last finding: `99`.
    let last = run.stdout.rsplit("error[article-out-of-range]").next().unwrap();
    let lines: Vec<&str> = last.lines().collect();
    let source = lines.iter().position(|l| l.contains("99]")).expect("the source line");
    let caret = lines[source + 1].find('^').expect("a caret");
    assert_eq!(lines[source].get(caret..caret + 2), Some("99"), "{last}");
    let column = "articles = [".len() + articles.len() + ", ".len() + 1;
    assert!(lines.iter().any(|l| l.contains(&format!("--> plans/lulea.toml:4:{column}"))), "{last}");
}

/// `(file, line, column)` of every `--> file:line:col` of human output.
fn human_locations(stdout: &str) -> Vec<(String, u64, u64)> {
    stdout
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("--> "))
        .map(|at| {
            let mut parts = at.rsplitn(3, ':');
            let column = parts.next().unwrap().parse().unwrap();
            let line = parts.next().unwrap().parse().unwrap();
            (parts.next().unwrap().to_owned(), line, column)
        })
        .collect()
}

#[test]
fn human_output_reports_the_same_positions_as_json() {
    let repo = Fixture::new();
    // Characters that are shown escaped (a C1 control, a bidi override) before the findings, and
    // findings far into a long line.
    repo.write("plans/c1.toml", "[signatory]\nname = \"x\"\nkind = \"other\"\ngroups = [\"a\u{85}b\u{202e}\", 5]\n");
    let long = format!("[signatory]\nname = \"x\"\nkind = \"other\"\nsources = [\"{}\", 7, 8]\n", "å".repeat(500));
    repo.write("plans/long.toml", long);
    repo.write("plans/lulea.toml", BAD);
    repo.write("plans/empty.toml", "");
    let mut dirs = vec![repo.path().to_path_buf()];
    dirs.extend(["rules/toml-syntax", "rules/invalid-utf8", "rules/duplicate-id"].map(fixture));
    for dir in dirs {
        let (_, doc) = validate_json(&dir, &[]);
        let json: Vec<_> = positions(&doc).into_iter().map(|(f, l, c, _)| (f, l, c)).collect();
        let human = run_in(&dir, &["validate", "--color", "never"]);
        assert_eq!(human_locations(&human.stdout), json, "{}:\n{}", dir.display(), human.stdout);
    }
}

#[test]
fn output_goes_whole_to_a_file_that_does_not_exist_yet() {
    let repo = fixture("rules/unknown-key");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("findings.json");
    let run = run_in(&repo, &["validate", "-o", out.to_str().unwrap()]);
    assert_eq!((run.code, run.stdout.as_str()), (1, ""), "the format follows the extension");
    let written: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(written["errors"], 1);
    std::fs::write(&out, "keep me").unwrap();
    let again = run_in(&repo, &["validate", "-o", out.to_str().unwrap()]);
    assert_eq!(again.code, 2, "a failed write: {again:?}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    let forced = run_in(&repo, &["validate", "--force", "-o", out.to_str().unwrap()]);
    assert_eq!(forced.code, 1);
    assert!(std::fs::read_to_string(&out).unwrap().starts_with('{'));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let repo = fixture("rules/unknown-key");
    let always = run_in(&repo, &["validate", "--color", "always"]);
    assert!(always.stdout.contains("\u{1b}["), "{}", always.stdout);
    for args in [&["validate"][..], &["validate", "--color", "auto"], &["validate", "--color", "never"]] {
        let run = run_in(&repo, args);
        assert!(!run.stdout.contains('\u{1b}'), "{args:?}: not a terminal");
    }
}

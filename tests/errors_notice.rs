//! A report made from plans with errors says so at its top (issue 18, SPEC §9): `status`,
//! `deadlines`, `articles` and `summary` in every format name the files and the number of
//! errors, say which file the figures leave out and which they count, escape the file names
//! for their destination, and exit 1. JSON objects carry `errors`, `files_with_errors` and
//! `files_left_out`; a clean repository's reports have no notice.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use common::{CONFIG, Fixture, LULEA, PLAIN, Run, edit};
use serde_json::json;

/// A file that cannot be read in full (a broken table header), whose name is not a valid id
/// and holds Markdown and HTML syntax.
const BROKEN: &str = "plans/trasig_<i>*.toml";
const BROKEN_MARKDOWN: &str = r"plans/trasig\_\<i\>\*.toml";
const BROKEN_HTML: &str = "plans/trasig_&lt;i&gt;*.toml";
/// A file read in full with one error (article 31 of a Charter of 30).
const COUNTED: &str = "plans/lulea.toml";

fn broken() -> Fixture {
    Fixture::new()
        .file("cemr.toml", CONFIG)
        .file(COUNTED, &edit(LULEA, "articles = [1, 2, 11]", "articles = [1, 2, 11, 31]"))
        .file("plans/plain.toml", PLAIN)
        .file(BROKEN, "[signatory\nname = \"Trasig kommun\"\n")
}

/// The errors `cemr validate` counts in the fixture, per file.
fn validate_counts(f: &Fixture) -> (u64, u64, u64) {
    let doc = f.cemr(&["validate", "--format", "json"]).json();
    let in_file = |file: &str| {
        doc["diagnostics"].as_array().unwrap().iter().filter(|d| d["file"] == file && d["severity"] == "error").count()
            as u64
    };
    (doc["errors"].as_u64().unwrap(), in_file(BROKEN), in_file(COUNTED))
}

fn run(f: &Fixture, args: &[&str]) -> Run {
    let run = f.cemr(args);
    run.code(1);
    run
}

#[test]
fn tables_begin_with_the_notice_in_english_and_swedish() {
    let f = broken();
    let (errors, in_broken, in_counted) = validate_counts(&f);
    assert_eq!(in_counted, 1);
    for command in ["status", "deadlines", "articles"] {
        let out = run(&f, &[command]).stdout.clone();
        let first = out.lines().next().unwrap();
        assert_eq!(first, format!("Note: there are {errors} errors in 2 files. Run cemr validate to see them."));
        let left_out = format!(
            "Left out of the figures, because the file could not be read in full: {BROKEN} ({in_broken} errors)."
        );
        assert!(out.contains(&left_out), "{command}:\n{out}");
        assert!(
            out.contains(&format!("could not be read, so the errors may affect the figures: {COUNTED} (1 error)."))
        );
        let sv = run(&f, &["--lang", "sv", command]).stdout.clone();
        let first = sv.lines().next().unwrap();
        assert_eq!(first, format!("Observera: det finns {errors} fel i 2 filer. Kör cemr validate för att se felen."));
        let left_out =
            format!("Inte med i siffrorna, eftersom filen inte kunde läsas helt: {BROKEN} ({in_broken} fel).");
        assert!(sv.contains(&left_out), "{command}:\n{sv}");
        let counted = format!(
            "Med i siffrorna som uppgifterna är skrivna, utom värden som inte gick att läsa, så felen kan påverka siffrorna: {COUNTED} (1 fel)."
        );
        assert!(sv.contains(&counted), "{command}:\n{sv}");
    }
    // What the notice says is so: the broken file's signatory is not in the figures, Luleå is.
    let status = run(&f, &["status"]).stdout.clone();
    assert!(status.contains("Luleå kommun") && !status.contains("Trasig kommun"), "{status}");
}

#[test]
fn markdown_quotes_the_notice_with_escaped_file_names() {
    let f = broken();
    for args in [
        &["status", "--format", "markdown"][..],
        &["deadlines", "--format", "markdown"],
        &["summary", "--quarter", "2026Q3"],
    ] {
        let out = run(&f, args).stdout.clone();
        assert!(out.contains("> **Note:** there are "), "{args:?}:\n{out}");
        assert!(out.contains(BROKEN_MARKDOWN) && !out.contains(BROKEN), "{args:?}:\n{out}");
        assert!(out.contains(COUNTED));
    }
    // Under the summary's heading, before anything else.
    let summary = run(&f, &["summary", "--quarter", "2026Q3"]).stdout.clone();
    let lines: Vec<&str> = summary.lines().collect();
    assert!(lines[0].starts_with("# ") && lines[2].starts_with("> **Note:**"), "{summary}");
}

#[test]
fn html_summary_has_the_notice_in_its_header() {
    let f = broken();
    let out = run(&f, &["--lang", "sv", "summary", "--quarter", "2026Q3", "--format", "html"]).stdout.clone();
    let notice = out.find("<div class=\"errors-notice\" role=\"note\">").expect("a notice");
    assert!(notice < out.find("</header>").unwrap(), "the notice is at the top");
    assert!(out.contains("<p><strong>Observera:</strong> det finns "), "{out}");
    assert!(out.contains(BROKEN_HTML) && !out.contains(BROKEN), "{out}");
}

#[test]
fn json_objects_count_the_errors_and_name_the_files() {
    let f = broken();
    let (errors, _, _) = validate_counts(&f);
    for args in [&["status"][..], &["articles"], &["summary", "--quarter", "2026Q3"]] {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        let doc = run(&f, &all).json();
        assert_eq!(doc["errors"], json!(errors), "{args:?}");
        assert_eq!(doc["files_with_errors"], json!([COUNTED, BROKEN]), "{args:?}");
        assert_eq!(doc["files_left_out"], json!([BROKEN]), "{args:?}");
    }
    // `deadlines` is an array (SPEC §4), and stays one: the exit code and stderr tell.
    let doc = run(&f, &["deadlines", "--format", "json"]).json();
    assert!(doc.is_array());
}

#[test]
fn csv_stays_data_only() {
    let f = broken();
    for command in ["status", "deadlines", "articles"] {
        let out = run(&f, &[command, "--format", "csv"]).stdout.clone();
        assert!(!out.contains("Note") && !out.contains(BROKEN), "{command}:\n{out}");
    }
}

#[test]
fn workbooks_open_on_a_sheet_of_the_errors() {
    let f = broken();
    let (_, in_broken, _) = validate_counts(&f);
    for command in ["status", "deadlines", "articles", "summary"] {
        let file = f.outside(&format!("{command}.xlsx"));
        let mut args = vec![command];
        if command == "summary" {
            args.extend(["--quarter", "2026Q3"]);
        }
        args.extend(["-o", file.to_str().unwrap()]);
        run(&f, &args);
        let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(std::fs::read(&file).unwrap())).unwrap();
        assert_eq!(book.sheet_names()[0], "Errors in the plans", "{command}");
        let range = book.worksheet_range("Errors in the plans").unwrap();
        let rows: Vec<Vec<Data>> = range.rows().map(<[Data]>::to_vec).collect();
        let text = |s: &str| Data::String(s.to_owned());
        #[allow(clippy::cast_precision_loss)]
        let expected = vec![
            vec![text("File"), text("Errors"), text("In the figures")],
            vec![text(COUNTED), Data::Float(1.0), text("yes, as written, except values that could not be read")],
            vec![text(BROKEN), Data::Float(in_broken as f64), text("no: could not be read in full")],
        ];
        assert_eq!(rows, expected, "{command}");
    }
}

#[test]
fn terminal_control_characters_in_a_file_name_are_shown_not_obeyed() {
    let f = Fixture::new().file("cemr.toml", CONFIG).file("plans/x\u{1b}[31m.toml", "[signatory\n");
    let out = run(&f, &["status"]).stdout.clone();
    assert!(!out.contains('\u{1b}') && out.contains(r"plans/x\u{1b}[31m.toml"), "{out}");
}

#[test]
fn clean_plans_have_no_notice() {
    let f = Fixture::new().file("cemr.toml", CONFIG).file(COUNTED, LULEA);
    let out = f.cemr(&["status"]);
    out.code(0);
    assert!(out.stdout.starts_with("Test: status as of"), "{}", out.stdout);
    let out = f.cemr(&["summary", "--quarter", "2026Q3"]);
    assert!(!out.stdout.contains("> **Note:**"));
    let doc = f.cemr(&["status", "--format", "json"]).json();
    assert_eq!(
        (&doc["errors"], &doc["files_with_errors"], &doc["files_left_out"]),
        (&json!(0), &json!([]), &json!([]))
    );
}

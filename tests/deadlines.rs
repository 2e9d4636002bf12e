//! `cemr deadlines`: the SPEC §4 array, order, windows, `--fail-on-overdue`, determinism,
//! escaping of plan text in every tabular format.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use serde_json::{Value, json};

const TODAY: &str = "2026-03-01";

fn rows(doc: &Value) -> Vec<(String, String, Value, String, bool, i64)> {
    doc.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["signatory"].as_str().unwrap().to_owned(),
                r["kind"].as_str().unwrap().to_owned(),
                r["id"].clone(),
                r["due"].as_str().unwrap().to_owned(),
                r["overdue"].as_bool().unwrap(),
                r["days_overdue"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn row(
    signatory: &str,
    kind: &str,
    id: Option<&str>,
    due: &str,
    days: i64,
) -> (String, String, Value, String, bool, i64) {
    (signatory.into(), kind.into(), id.map_or(Value::Null, |i| json!(i)), due.into(), days > 0, days)
}

#[test]
fn every_open_deadline_soonest_first() {
    let doc = common::standard().json(TODAY, &["deadlines"], 0);
    assert_eq!(
        rows(&doc),
        [
            row("late", "report", None, "2018-01-10", 2972),
            row("late", "goal", Some("open"), "2026-02-28", 1),
            row("late", "activity", Some("yesterday"), "2026-02-28", 1),
            row("leap", "action_plan", None, "2026-02-28", 1),
            row("late", "activity", Some("today"), "2026-03-01", 0),
            row("late", "next_plan", None, "2026-12-31", 0),
        ]
    );
    let first = &doc[0];
    for key in ["signatory", "kind", "id", "due", "overdue", "days_overdue"] {
        assert!(first.get(key).is_some(), "missing {key}");
    }
    assert_eq!(doc[4]["due_soon"], true);
    assert_eq!(doc[4]["owner"], "HR");
    assert_eq!(doc[4]["title"], "Due today");
    assert_eq!(doc[5]["due_soon"], false);
}

#[test]
fn windows() {
    let fx = common::standard();
    assert_eq!(fx.json(TODAY, &["deadlines", "--overdue"], 0).as_array().unwrap().len(), 4);
    assert_eq!(
        fx.json(TODAY, &["deadlines", "--within", "0"], 0).as_array().unwrap().len(),
        5,
        "due today is within 0 days"
    );
    assert_eq!(fx.json(TODAY, &["deadlines", "--within", "304"], 0).as_array().unwrap().len(), 5);
    assert_eq!(
        fx.json(TODAY, &["deadlines", "--within", "305"], 0).as_array().unwrap().len(),
        6,
        "2026-12-31 is 305 days on"
    );
    assert_eq!(fx.json(TODAY, &["deadlines", "leap"], 0).as_array().unwrap().len(), 1);
}

#[test]
fn fail_on_overdue() {
    let fx = common::standard();
    let doc = fx.json(TODAY, &["deadlines", "--fail-on-overdue"], 1);
    assert_eq!(doc.as_array().unwrap().len(), 6, "the listing is still written");
    assert_eq!(fx.json(TODAY, &["deadlines", "--fail-on-overdue", "--group", "south"], 0), json!([]));
    assert_eq!(fx.json("2020-01-01", &["deadlines", "--fail-on-overdue", "leap"], 0), json!([]), "not signed yet");
    let (code, stdout, _) = fx.run("2026-02-28", &["deadlines", "--fail-on-overdue", "leap"]);
    assert_eq!(code, 0, "due today is not overdue: {stdout}");
}

#[test]
fn same_output_whatever_the_file_order_or_layout() {
    let files = [
        ("cemr.toml", common::CONFIG),
        ("plans/north/leap.toml", common::LEAP),
        ("plans/north/late.toml", common::LATE),
        ("plans/south/plain.toml", common::PLAIN),
    ];
    let forward = files.iter().fold(common::Fixture::new(), |fx, (p, t)| fx.file(p, t));
    let backward = files.iter().rev().fold(common::Fixture::new(), |fx, (p, t)| fx.file(p, t));
    let flat = common::Fixture::new()
        .file("plans/z/late.toml", common::LATE)
        .file("plans/plain.toml", common::PLAIN)
        .file("plans/a/b/leap.toml", common::LEAP)
        .file("cemr.toml", common::CONFIG);
    for args in
        [&["deadlines"][..], &["deadlines", "--format", "json"], &["deadlines", "--format", "csv"], &["articles"]]
    {
        let a = forward.command(TODAY, args).output().unwrap().stdout;
        assert!(!a.is_empty());
        assert_eq!(a, backward.command(TODAY, args).output().unwrap().stdout, "{args:?}");
        if args[0] == "deadlines" {
            assert_eq!(a, flat.command(TODAY, args).output().unwrap().stdout, "{args:?}");
        }
    }
    for args in [&["status"][..], &["status", "--format", "json"], &["status", "late"]] {
        let a = forward.command(TODAY, args).output().unwrap().stdout;
        assert_eq!(a, backward.command(TODAY, args).output().unwrap().stdout, "{args:?}");
    }
}

#[test]
fn table_and_markdown_snapshots() {
    let fx = common::standard();
    let (code, table, _) = fx.run(TODAY, &["deadlines"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("deadlines_table", table);
    let (_, markdown, _) = fx.run(TODAY, &["deadlines", "--format", "markdown"]);
    insta::assert_snapshot!("deadlines_markdown", markdown);
    let (_, empty, _) = fx.run(TODAY, &["deadlines", "plain"]);
    assert!(empty.contains("No open deadlines."), "{empty}");
}

const HOSTILE: &str = r#"[signatory]
name = "Evil | \u001b[31mkommun"
kind = "municipality"
signed = 2020-01-01
articles = [1]

[[goals]]
id = "g"
title = "=cmd|' /C calc'!A0"
articles = [1]
due = 2025-01-01

[[activities]]
id = "a"
title = "Pipe | and \u001b]8;;http://x\u0007link"
goals = ["g"]
owner = "@SUM(1+1)"
due = 2025-01-01
status = "planned"
"#;

#[test]
fn plan_text_is_escaped_in_every_format() {
    let fx = common::Fixture::new().file("plans/evil.toml", HOSTILE);
    for format in ["table", "markdown", "csv", "json"] {
        for command in ["deadlines", "status"] {
            let mut args = vec![command, "--format", format];
            if command == "status" {
                args.push("evil");
            }
            let (code, out, stderr) = fx.run("2026-01-01", &args);
            assert_eq!(code, 0, "{stderr}");
            assert!(
                !out.contains('\u{1b}') && !out.contains('\u{7}'),
                "raw control character in {command} {format}: {out:?}"
            );
            match format {
                "table" => assert!(out.contains("\\u{1b}[31m"), "{out}"),
                "markdown" => {
                    assert!(out.contains("Pipe \\| and"), "{out}");
                    assert!(out.contains("Evil \\| \\\\u{1b}"), "{out}");
                }
                "csv" => {
                    assert!(out.contains("'=cmd"), "{out}");
                    assert!(out.contains("'@SUM(1+1)") || command == "status", "{out}");
                }
                _ => assert!(out.contains("\\u001b"), "JSON escapes it: {out}"),
            }
        }
    }
}

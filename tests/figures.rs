//! Issue 18: figures a politician can trust. The summary's history (SPEC §9) on the example data
//! and on a small repository, each quarter's figures those of that quarter's own summary.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::path::Path;

use common::{Fixture, Run, cemr, finish};
use serde_json::Value;

const TODAY: &str = "2026-11-24";

/// The key figures the history holds, as the summary's `totals` names them.
const KEYS: [&str; 6] =
    ["signed", "action_plan_adopted", "recent_report", "goals_achieved", "activities_done", "overdue"];

fn examples() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn summary_json(dir: &Path, today: &str, args: &[&str]) -> Value {
    let mut cmd = cemr();
    cmd.arg("-C").arg(dir).args(["--today", today, "summary", "--format", "json"]).args(args);
    let run: Run = finish(&mut cmd);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    run.json()
}

fn figures(entry: &Value) -> Vec<u64> {
    KEYS.iter().map(|k| entry[*k].as_u64().unwrap_or_else(|| panic!("{k} in {entry}"))).collect()
}

fn totals(doc: &Value, when: &str) -> Vec<u64> {
    KEYS.iter().map(|k| doc["totals"][*k][when].as_u64().unwrap()).collect()
}

#[test]
fn the_history_ends_at_the_key_figures_and_each_quarter_is_its_own_summary() {
    let doc = summary_json(examples(), TODAY, &["--quarter", "2026Q3"]);
    let history = doc["history"].as_array().unwrap();
    let quarters: Vec<&str> = history.iter().map(|h| h["quarter"].as_str().unwrap()).collect();
    assert_eq!(quarters, ["2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1", "2026Q2", "2026Q3"]);
    let ends: Vec<&str> = history.iter().map(|h| h["end"].as_str().unwrap()).collect();
    assert_eq!(ends[0], "2024-12-31");
    assert_eq!(ends[7], "2026-09-30");
    assert_eq!(figures(&history[7]), totals(&doc, "now"));
    assert_eq!(figures(&history[6]), totals(&doc, "before"));
    // Every earlier quarter: the figures its own summary gives at its end.
    for entry in &history[..6] {
        let quarter = entry["quarter"].as_str().unwrap();
        let own = summary_json(examples(), TODAY, &["--quarter", quarter, "--quarters", "1"]);
        assert_eq!(own["history"].as_array().unwrap().len(), 1);
        assert_eq!(figures(entry), totals(&own, "now"), "{quarter}");
        assert_eq!(figures(&own["history"][0]), totals(&own, "now"), "{quarter}");
    }
    // The example data has moved over two years: the figures are not all the same.
    assert_ne!(figures(&history[0]), figures(&history[7]));
}

#[test]
fn quarters_sets_the_length_and_a_running_quarter_ends_today() {
    let doc = summary_json(examples(), TODAY, &["--quarter", "2026Q4", "--quarters", "3"]);
    let history = doc["history"].as_array().unwrap();
    let at: Vec<(&str, &str)> =
        history.iter().map(|h| (h["quarter"].as_str().unwrap(), h["end"].as_str().unwrap())).collect();
    assert_eq!(at, [("2026Q2", "2026-06-30"), ("2026Q3", "2026-09-30"), ("2026Q4", TODAY)]);
    assert_eq!(figures(&history[2]), totals(&doc, "now"));
    for bad in ["0", "41", "x"] {
        let mut cmd = cemr();
        cmd.arg("-C").arg(examples()).args(["--today", TODAY, "summary", "--quarters", bad]);
        assert_eq!(finish(&mut cmd).code, 2, "--quarters {bad}");
    }
}

/// One signatory whose figures change in different quarters: signed 2025-02-10, a plan adopted
/// 2025-05-05, an activity due 2025-09-15 done 2026-01-20, a goal reached by a measurement
/// 2025-11-01 and lost 2026-04-01.
const MOVING: &str = r#"[signatory]
name = "Rörlig kommun"
kind = "municipality"
signed = 2025-02-10
articles = [11]

[[action_plans]]
adopted = 2025-05-05

[[goals]]
id = "chefer"
title = "Jämn könsfördelning bland chefer"
articles = [11]
[goals.indicator]
kind = "balance"
[[goals.indicator.measurements]]
date = 2025-11-01
women = 5
men = 5
[[goals.indicator.measurements]]
date = 2026-04-01
women = 1
men = 9

[[activities]]
id = "kartlaggning"
title = "Lönekartläggning"
due = 2025-09-15
status = "done"
finished = 2026-01-20
"#;

#[test]
fn each_quarter_counts_what_was_true_at_its_end() {
    let fixture = Fixture::new().file("plans/rorlig.toml", MOVING);
    let doc = summary_json(fixture.path(), TODAY, &["--quarter", "2026Q2", "--quarters", "6"]);
    let rows: Vec<(String, Vec<u64>)> = doc["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["quarter"].as_str().unwrap().to_owned(), figures(h)))
        .collect();
    let row = |q: &str, f: [u64; 6]| (q.to_owned(), f.to_vec());
    // signed, adopted, recent report, goals achieved, activities done, overdue
    assert_eq!(
        rows,
        [
            row("2025Q1", [1, 0, 0, 0, 0, 0]),
            row("2025Q2", [1, 1, 0, 0, 0, 0]),
            // The activity overdue; the first report (12 months after adoption) not yet due.
            row("2025Q3", [1, 1, 0, 0, 0, 1]),
            row("2025Q4", [1, 1, 0, 1, 0, 1]),
            row("2026Q1", [1, 1, 0, 1, 1, 0]),
            // The goal lost; the report overdue since 2026-05-05.
            row("2026Q2", [1, 1, 0, 0, 1, 1]),
        ]
    );
}

fn text_of(dir: &Path, today: &str, args: &[&str]) -> String {
    text_in("en", dir, today, args)
}

fn text_in(lang: &str, dir: &Path, today: &str, args: &[&str]) -> String {
    let mut cmd = cemr();
    cmd.arg("-C").arg(dir).args(["--today", today, "--lang", lang]).args(args);
    let run = finish(&mut cmd);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    run.stdout
}

/// The line of `text` that names `name`.
fn line_with<'a>(text: &'a str, name: &str) -> &'a str {
    text.lines().find(|l| l.contains(name)).unwrap_or_else(|| panic!("no line with {name} in:\n{text}"))
}

#[test]
fn a_regional_plan_without_a_signing_has_one_status_in_every_output() {
    let label = "adopted 2010-09-01";
    let status = text_of(examples(), TODAY, &["status"]);
    assert!(line_with(&status, "┆ Umeåregionen ").contains(label), "{status}");
    let status_md = text_of(examples(), TODAY, &["status", "--format", "markdown"]);
    assert!(line_with(&status_md, "| umearegionen |").contains(label));
    let summary = text_of(examples(), TODAY, &["summary", "--quarter", "2026Q3"]);
    assert!(line_with(&summary, "| Umeåregionen | —").contains(label));
    let html = text_of(examples(), TODAY, &["summary", "--quarter", "2026Q3", "--format", "html"]);
    assert!(line_with(&html, "<tr><td>Umeåregionen</td><td>—").contains(label));
    // JSON keeps the status itself: no signing, a plan adopted.
    let doc = summary_json(examples(), TODAY, &["--quarter", "2026Q3"]);
    let line = doc["signatories"].as_array().unwrap().iter().find(|s| s["id"] == "umearegionen").unwrap();
    assert_eq!(line["action_plan"]["status"], "not_signed");
    assert_eq!(line["action_plan"]["adopted"], "2010-09-01");
}

#[test]
fn the_deadlines_chart_counts_every_overdue_deadline() {
    for (quarter, today) in [("2026Q3", TODAY), ("2026Q4", TODAY), ("2025Q1", "2025-05-01")] {
        let doc = summary_json(examples(), today, &["--quarter", quarter]);
        let months = doc["deadlines_by_month"].as_array().unwrap();
        assert_eq!(months[0]["month"], "earlier");
        let overdue: u64 = months.iter().map(|m| m["overdue"].as_u64().unwrap()).sum();
        assert_eq!(overdue, doc["totals"]["overdue"]["now"].as_u64().unwrap(), "{quarter}");
        assert!(months[0]["overdue"].as_u64().unwrap() > 0, "the example has old overdue deadlines");
    }
    let html = text_of(examples(), TODAY, &["summary", "--quarter", "2026Q3", "--format", "html"]);
    assert!(html.contains(">earlier</text>"), "the first bar is labelled");
    let sv = text_in("sv", examples(), TODAY, &["summary", "--quarter", "2026Q3", "--format", "html"]);
    assert!(sv.contains(">tidigare</text>"));
}

/// The `<svg>` … `</svg>` after `marker` in `html`.
fn svg_after<'a>(html: &'a str, marker: &str) -> &'a str {
    let from = html.find(marker).unwrap_or_else(|| panic!("{marker}"));
    let start = from + html[from..].find("<svg").unwrap();
    &html[start..start + html[start..].find("</svg>").unwrap()]
}

#[test]
fn the_history_is_a_table_in_markdown_and_a_chart_with_its_table_in_html() {
    for (quarter, quarters) in [("2026Q3", "8"), ("2026Q4", "3")] {
        let args = ["--quarter", quarter, "--quarters", quarters];
        let doc = summary_json(examples(), TODAY, &args);
        let history = doc["history"].as_array().unwrap();
        assert_eq!(history.len().to_string(), quarters);
        let md = text_of(examples(), TODAY, &[&["summary"][..], &args].concat());
        let html = text_of(examples(), TODAY, &[&["summary", "--format", "html"][..], &args].concat());
        assert!(md.contains("## Progress over the years\n"), "{md}");
        let mut at = md.find("## Progress over the years").unwrap();
        let top = doc["totals"]["signatories"].as_u64().unwrap();
        let polylines: Vec<Vec<f64>> = svg_after(&html, "Progress over the years")
            .split("<polyline points=\"")
            .skip(1)
            .map(|s| {
                s[..s.find('"').unwrap()].split(' ').map(|p| p.split(',').nth(1).unwrap().parse().unwrap()).collect()
            })
            .collect();
        assert_eq!(polylines.len(), 3, "signed, action plan adopted, recent report");
        for (i, h) in history.iter().enumerate() {
            let q = h["quarter"].as_str().unwrap();
            let mut label = format!("Q{} {}", &q[5..], &q[..4]);
            if h["end"] == TODAY {
                label = format!("{label} (to {TODAY})");
            }
            let cells: Vec<String> = figures(h).iter().map(u64::to_string).collect();
            let row = format!("| {label} | {} |", cells.join(" | "));
            let found = md[at..].find(&row).unwrap_or_else(|| panic!("{row}, in order, in:\n{md}"));
            at += found;
            let html_row: String = std::iter::once(format!("<tr><td>{label}</td>"))
                .chain(cells.iter().map(|c| format!("<td class=\"n\">{c}</td>")))
                .collect();
            assert!(html.contains(&html_row), "{html_row}");
            // Each line's point at the quarter is the table's figure (y = 190 − 178 × value / top).
            for (line, key) in polylines.iter().zip(["signed", "action_plan_adopted", "recent_report"]) {
                #[allow(clippy::cast_precision_loss)]
                let value = (190.0 - line[i]) * top as f64 / 178.0;
                #[allow(clippy::cast_precision_loss)]
                let expected = h[key].as_u64().unwrap() as f64;
                assert!((value - expected).abs() < 0.1, "{key} at {q}: chart {value}, table {expected}");
            }
        }
        assert!(html.contains("<table class=\"history\">\n<caption>The chart&#39;s figures</caption>"));
        // Every table scrolls in a box of its own on a narrow screen, not the whole page.
        assert_eq!(html.matches("<table").count(), html.matches("<div class=\"wide\">\n<table").count(), "{html}");
        assert!(html.contains(".wide { overflow-x: auto; }"));
    }
    let sv = text_in("sv", examples(), TODAY, &["summary", "--quarter", "2026Q3"]);
    assert!(
        sv.contains("## Utvecklingen över tid\n\nNyckeltalen vid slutet av vart och ett av de senaste 8 kvartalen")
    );
    assert!(sv.contains("| kvartal 3 2026 | 22 | 22 |"), "{sv}");
}

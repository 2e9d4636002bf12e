//! `cemr summary`: what lands in which section at the quarter's edges, the `--quarter` forms,
//! escaping of hostile plan text, determinism, and a snapshot of the Markdown.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::Fixture;
use serde_json::Value;

/// 2026Q3 is 2026-07-01 – 2026-09-30; the state before it is that of 2026-06-30.
const TODAY: &str = "2026-11-24";

/// A signatory whose every kind of event falls on `day`: signing, a plan adopted, a report, an
/// activity done, a goal with an explicit achieved date, a measurement.
fn on(day: &str) -> String {
    include_str!("fixtures/summary/on-day.toml").replace("{day}", day)
}

/// Deadlines around the quarter's edges, for a signatory with everything else in order.
const DEADLINES: &str = include_str!("fixtures/summary/deadline.toml");

fn edges() -> Fixture {
    Fixture::new()
        .file("cemr.toml", "[repository]\nname = \"Kanter\"\n\n[groups.edge]\nname = \"Kantgruppen\"\n")
        .file("plans/edge/a-before.toml", &on("2026-06-30"))
        .file("plans/edge/b-start.toml", &on("2026-07-01"))
        .file("plans/edge/c-end.toml", &on("2026-09-30"))
        .file("plans/edge/d-after.toml", &on("2026-10-01"))
        .file("plans/deadline.toml", DEADLINES)
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.as_array().unwrap().iter().map(|e| e[key].as_str().unwrap().to_owned()).collect()
}

fn items(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|e| format!("{} {}", e["signatory"].as_str().unwrap(), e["id"].as_str().unwrap_or("-")))
        .collect()
}

#[test]
fn events_on_the_first_and_last_day_are_inside_and_the_days_around_are_not() {
    let doc = edges().json(TODAY, &["summary", "--quarter", "2026Q3"], 0);
    assert_eq!(
        (doc["quarter"].as_str(), doc["start"].as_str(), doc["end"].as_str()),
        (Some("2026Q3"), Some("2026-07-01"), Some("2026-09-30"))
    );
    assert_eq!((doc["as_of"].as_str(), doc["before"].as_str()), (Some("2026-09-30"), Some("2026-06-30")));
    assert_eq!(doc["complete"], true);
    let h = &doc["happened"];
    for key in ["signed", "plans_adopted", "reports"] {
        assert_eq!(strings(&h[key], "signatory"), ["b-start", "c-end"], "{key}");
        assert_eq!(strings(&h[key], "date"), ["2026-07-01", "2026-09-30"], "{key}");
    }
    assert_eq!(
        items(&h["activities_finished"]),
        ["b-start done", "deadline late-inside", "c-end done"],
        "by date, then signatory"
    );
    assert_eq!(h["activities_finished"][1]["late"], true);
    assert_eq!(h["activities_finished"][0]["late"], false);
    assert_eq!(items(&h["goals_achieved"]), ["b-start explicit", "deadline reached", "c-end explicit"]);
    assert_eq!(strings(&h["goals_achieved"], "how"), ["date", "measurement", "date"]);
    assert_eq!(strings(&h["goals_achieved"], "date"), ["2026-07-01", "2026-07-15", "2026-09-30"]);
    let measured: Vec<String> = h["measurements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| format!("{} {} {}", m["date"].as_str().unwrap(), m["signatory"].as_str().unwrap(), m["goal"]))
        .collect();
    assert_eq!(
        measured,
        ["2026-07-01 b-start \"measured\"", "2026-07-15 deadline \"reached\"", "2026-09-30 c-end \"measured\""]
    );
    let m = &h["measurements"][0];
    assert_eq!((m["women"].as_u64(), m["men"].as_u64(), m["women_share"].as_f64()), (Some(3), Some(7), Some(30.0)));
    assert_eq!((m["kind"].as_str(), m["balanced"].as_bool()), (Some("balance"), Some(false)));
    assert_eq!(h["plans_adopted"][0]["first"], true);
}

#[test]
fn overdue_from_a_day_inside_the_quarter_and_due_next() {
    let doc = edges().json(TODAY, &["summary", "--quarter", "2026Q3"], 0);
    assert_eq!(items(&doc["became_overdue"]), ["deadline a-0630", "deadline late-after", "deadline a-0929"]);
    assert_eq!(doc["became_overdue"][0]["days_overdue"], 92, "2026-06-30 → 2026-09-30");
    assert_eq!(doc["became_overdue"][2]["days_overdue"], 1);
    assert_eq!(
        items(&doc["overdue_at_end"]),
        ["deadline a-0629", "deadline a-0630", "deadline late-after", "deadline a-0929"],
        "everything overdue at the end, the older ones included"
    );
    let next = items(&doc["due_next_quarter"]);
    assert_eq!(next, ["deadline a-0930", "deadline a-1231"], "up to 2026-12-31; the achieved goal is not due");
    assert_eq!(doc["next_quarter"]["quarter"], "2026Q4");
    assert_eq!(doc["next_quarter"]["end"], "2026-12-31");
}

#[test]
fn headline_figures_compare_the_end_with_the_day_before_the_start() {
    let doc = edges().json(TODAY, &["summary", "--quarter", "2026Q3"], 0);
    let t = &doc["totals"];
    assert_eq!(t["signatories"], 5);
    let change =
        |key: &str| (t[key]["before"].as_u64().unwrap(), t[key]["now"].as_u64().unwrap(), t[key]["change"].clone());
    assert_eq!(change("signed"), (2, 4, 2.into()), "a-before and deadline; then b-start and c-end too");
    assert_eq!(change("action_plan_adopted"), (2, 4, 2.into()));
    assert_eq!(change("recent_report"), (2, 4, 2.into()));
    assert_eq!(change("goals_achieved"), (1, 4, 3.into()), "a's explicit; then b's, c's and the measured one");
    assert_eq!(change("activities_done"), (1, 4, 3.into()));
    assert_eq!(change("overdue"), (1, 4, 3.into()));
    let groups = &doc["groups"];
    assert_eq!(strings(groups, "id"), ["edge"]);
    assert_eq!(groups[0]["name"], "Kantgruppen");
    assert_eq!(groups[0]["signed"]["now"], 3);
    let lines = &doc["signatories"];
    assert_eq!(strings(lines, "id"), ["a-before", "b-start", "c-end", "d-after", "deadline"]);
    let d = &lines[3];
    assert_eq!((d["signed"].clone(), d["action_plan"]["status"].clone()), (Value::Null, "not_signed".into()));
    assert_eq!(d["goal_progress"], Value::Null, "no measurement by the end: unknown, not 0");
    assert_eq!(lines[4]["overdue"], 4);
    assert_eq!(lines[4]["goal_progress"], 100.0, "the unmeasured goal is left out of the mean");
    assert_eq!(lines[4]["events"], 3);
}

#[test]
fn the_quarter_forms_and_the_default_agree() {
    let f = edges();
    for format in ["markdown", "json", "html"] {
        let run = |args: &[&str]| {
            let mut all = vec!["--format", format, "summary"];
            all.extend_from_slice(args);
            let (code, out, err) = f.run(TODAY, &all);
            assert_eq!(code, 0, "{err}");
            out
        };
        let plain = run(&["--quarter", "2026Q3"]);
        assert_eq!(plain, run(&["--quarter", "2026-Q3"]), "{format}");
        assert_eq!(plain, run(&[]), "{format}: the default is the last finished quarter");
        assert_eq!(plain, run(&[]), "{format}: deterministic");
    }
    assert_eq!(f.json("2026-10-01", &["summary"], 0)["quarter"], "2026Q3");
    assert_eq!(f.json("2026-09-30", &["summary"], 0)["quarter"], "2026Q2");
}

#[test]
fn a_running_quarter_is_summed_up_to_today() {
    let doc = edges().json("2026-08-15", &["summary", "--quarter", "2026Q3"], 0);
    assert_eq!((doc["as_of"].as_str(), doc["complete"].as_bool()), (Some("2026-08-15"), Some(false)));
    assert_eq!(strings(&doc["happened"]["signed"], "signatory"), ["b-start"], "c-end signs after today");
    let (code, out, _) = edges().run("2026-08-15", &["summary", "--quarter", "2026Q3"]);
    assert_eq!(code, 0);
    assert!(out.contains("The quarter is not over yet: this summary covers it up to 2026-08-15."), "{out}");
}

#[test]
fn bad_and_future_quarters_exit_2() {
    let f = edges();
    for bad in ["2026Q5", "26Q1", "garbage", "2026Q0", "2026-Q", ""] {
        let (code, out, err) = f.run(TODAY, &["summary", "--quarter", bad]);
        assert_eq!(code, 2, "{bad}: {err}");
        assert!(out.is_empty(), "{bad}: nothing on stdout");
        assert!(err.contains("is not a quarter") && err.contains("2026Q3 or 2026-Q3"), "{bad}: {err}");
    }
    let (code, _, err) = f.run(TODAY, &["summary", "--quarter", "2027Q1"]);
    assert_eq!(code, 2);
    assert!(err.contains("2027Q1 has not begun yet (today is 2026-11-24)"), "{err}");
    let (code, _, err) = f.run(TODAY, &["summary", "--format", "csv"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot write csv"), "{err}");
}

#[test]
fn filters_select_signatories() {
    let f = edges();
    let doc = f.json(TODAY, &["summary", "--group", "edge"], 0);
    assert_eq!(strings(&doc["signatories"], "id"), ["a-before", "b-start", "c-end", "d-after"]);
    assert!(doc["became_overdue"].as_array().unwrap().is_empty());
    let doc = f.json(TODAY, &["summary", "deadline", "c-end"], 0);
    assert_eq!(strings(&doc["signatories"], "id"), ["c-end", "deadline"]);
    assert_eq!(doc["totals"]["signatories"], 2);
    let (code, _, err) = f.run(TODAY, &["summary", "--group", "egde"]);
    assert_eq!(code, 2);
    assert!(err.contains("the nearest: edge"), "{err}");
}

#[test]
fn the_output_file_extension_picks_html() {
    let f = edges();
    let path = f.path().join("rapport.html");
    let (code, out, err) = f.run(TODAY, &["summary", "-o", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty());
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<title>Quarterly summary, Q3 2026 — Kanter</title>"), "the repository's name");
    for needle in ["@media print", "@page { size: A4", "<svg", "</html>"] {
        assert!(html.contains(needle), "{needle}");
    }
    for external in ["<script", "<link", "<img", "@import", "url(", " src="] {
        assert!(!html.contains(external), "{external}: the page must be self-contained");
    }
    assert_eq!(html.matches("<svg").count(), 4, "history, progress, women's share, deadlines per month");
}

/// Plan text built to break out of HTML, Markdown tables and terminals.
const HOSTILE: &str = include_str!("fixtures/summary/hostile.toml");

/// Every row of each Markdown table has as many cell separators (unescaped `|`) as its header.
fn assert_tables_keep_their_columns(md: &str) {
    let separators = |line: &str| {
        let mut n = 0;
        let mut escaped = false;
        for c in line.chars() {
            n += usize::from(c == '|' && !escaped);
            escaped = c == '\\' && !escaped;
        }
        n
    };
    let mut header = None;
    let mut rows = 0;
    for line in md.lines() {
        if line.starts_with('|') {
            let n = separators(line);
            let expected = *header.get_or_insert(n);
            assert_eq!(n, expected, "a pipe in plan text split a cell: {line}");
            rows += 1;
        } else {
            header = None;
        }
    }
    assert!(rows > 0, "no tables");
}

#[test]
fn hostile_plan_text_is_escaped_in_html_and_markdown() {
    let f = Fixture::new().file("cemr.toml", "[repository]\nname = \"<i>Repo</i>\"\n").file("plans/x.toml", HOSTILE);
    let (code, html, err) = f.run(TODAY, &["summary", "--format", "html"]);
    assert_eq!(code, 0, "warnings only: {err}");
    assert!(!html.contains("<script"), "no script element");
    assert!(!html.contains("<img"), "no image element");
    assert!(!html.contains("<b>bold") && !html.contains("<i>Repo"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quotes&quot; | pipe"));
    assert!(html.contains("&lt;i&gt;Repo&lt;/i&gt;"));
    assert!(html.contains("&#39;single&#39;"));
    assert!(!html.contains('\u{1b}') && !html.contains('\u{7}'), "control characters are shown as escapes");
    assert!(html.contains("\\u{1b}[31m") && html.contains("\\u{7}"));

    let (code, md, _) = f.run(TODAY, &["summary"]);
    assert_eq!(code, 0);
    assert!(!md.contains('\u{1b}') && !md.contains('\u{7}'));
    let raw_angles = md.match_indices('<').filter(|(i, _)| !md[..*i].ends_with('\\')).count();
    assert_eq!(raw_angles, 0, "every < from plan text is escaped: {md}");
    assert!(md.contains("\\<script\\>alert(1)\\</script\\> \"quotes\" \\| pipe"), "{md}");
    assert!(md.contains("\\[link\\](javascript:alert(1)) \\*bold\\* \\`code\\`"), "{md}");
    assert!(md.contains("Owner \\| with pipe"));
    assert_tables_keep_their_columns(&md);
}

#[test]
fn swedish_words_and_names_as_written() {
    let f = Fixture::new()
        .file("cemr.toml", "[repository]\nname = \"Jämställdhetsplaner i Norrbotten\"\nlanguage = \"sv\"\n")
        .file("plans/alvsbyn.toml", &on("2026-08-03").replace("Kommun 2026-08-03", "Älvsbyns kommun"));
    let (code, md, err) = f.run(TODAY, &["summary"]);
    assert_eq!(code, 0, "{err}");
    for words in [
        "# Kvartalsrapport, kvartal 3 2026",
        "**Jämställdhetsplaner i Norrbotten**",
        "## Nyckeltal",
        "### Undertecknade deklarationen (1)",
        "### Antagna handlingsplaner (1)",
        "2026-08-03 Älvsbyns kommun",
        "## Blev försenat under kvartalet",
        "## Ska vara klart nästa kvartal (senast 2026-12-31)",
    ] {
        assert!(md.contains(words), "{words}\n{md}");
    }
    let (_, en, _) = f.run(TODAY, &["--lang", "en", "summary"]);
    assert!(en.starts_with("# Quarterly summary, Q3 2026"), "--lang overrides cemr.toml");
    let (_, json_sv, _) = f.run(TODAY, &["summary", "--format", "json"]);
    let (_, json_en, _) = f.run(TODAY, &["--lang", "en", "summary", "--format", "json"]);
    assert_eq!(json_sv, json_en, "JSON is the same in every language");
}

#[test]
fn markdown_snapshot() {
    let (code, md, err) = edges().run(TODAY, &["summary", "--quarter", "2026Q3"]);
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!("summary_markdown", md);
}

#[test]
fn markdown_snapshot_in_swedish() {
    let (code, md, err) = edges().run(TODAY, &["--lang", "sv", "summary", "--quarter", "2026Q3"]);
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!("summary_markdown_sv", md);
}

#[test]
fn plan_errors_exit_1_and_the_summary_is_still_written() {
    let f = edges().file("plans/broken.toml", "[signatory]\nname = \"Broken\"\nkind = \"nonsense\"\n");
    let (code, out, err) = f.run(TODAY, &["summary", "--format", "json"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("the plans have errors"), "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["quarter"], "2026Q3", "one clean JSON document on stdout");
}

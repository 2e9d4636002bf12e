//! Issue 18: one number everywhere. Each signatory's figures — its mean goal progress with the
//! goals it rests on, each goal's progress, a women's share, its activities done of those not
//! cancelled, its goals achieved and its action plan's status — read the same in every human
//! format (status table, `status ID`, status Markdown, summary Markdown, summary HTML with its
//! charts, the site's pages) and agree with the JSON, rounded by the one rule: a percentage in
//! whole percent rounded down below 100, a share with one decimal.
//!
//! On the example data and on `tests/fixtures/agreement`, whose figures round differently
//! (78.8 %, 48.9 %, a mean of 99.6 %, unmeasured goals, cancelled activities, a plan adopted
//! without a signing).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::path::{Path, PathBuf};

use common::{cemr, finish};
use serde_json::Value;

/// Every output is made as of this day; the summary of 2026Q3 is as of its last day, too.
const TODAY: &str = "2026-09-30";

fn examples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture() -> PathBuf {
    examples().join("tests/fixtures/agreement")
}

fn run(dir: &Path, args: &[&str]) -> String {
    let mut cmd = cemr();
    cmd.arg("-C").arg(dir).args(["--today", TODAY, "--lang", "en"]).args(args);
    let out = finish(&mut cmd);
    assert!(out.code == 0 || out.code == 1, "{args:?}: {}", out.stderr);
    out.stdout
}

fn json(dir: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&run(dir, &[args, &["--format", "json"]].concat())).unwrap()
}

/// The rule: whole percent, rounded down below 100 ("100%" means reached).
fn percent(x: f64) -> String {
    let whole = if x < 100.0 { x.floor().min(99.0) } else { 100.0 };
    format!("{whole}%")
}

/// A share: one decimal.
fn share(x: f64) -> String {
    format!("{x:.1}%")
}

fn count(v: &Value) -> usize {
    usize::try_from(v.as_u64().unwrap_or_else(|| panic!("a count: {v}"))).unwrap()
}

/// One signatory's figures as every human format must show them, made from the status JSON.
struct Expected {
    id: String,
    name: String,
    /// "88% (2/3)", "unknown (0/2)"; `None` without goals.
    mean: Option<String>,
    /// "3/5, 1 cancelled".
    activities: String,
    /// "0/3".
    goals_achieved: String,
    /// "adopted 2020-06-01", "overdue (due 2026-01-10)".
    plan: String,
}

impl Expected {
    fn of(s: &Value) -> Self {
        let g = &s["goals"];
        let mean = (count(&g["total"]) > 0).then(|| {
            let p = g["progress"].as_f64().map_or_else(|| "unknown".to_owned(), percent);
            format!("{p} ({}/{})", count(&g["with_progress"]), count(&g["total"]))
        });
        let a = &s["activities"];
        let cancelled = count(&a["cancelled"]);
        let counted = format!("{}/{}", count(&a["done"]), count(&a["total"]) - cancelled);
        let activities = if cancelled > 0 { format!("{counted}, {cancelled} cancelled") } else { counted };
        let ap = &s["action_plan"];
        let day = |k: &str| ap[k].as_str().unwrap_or("?").to_owned();
        let plan = match (ap["status"].as_str().unwrap(), ap["adopted"].is_string()) {
            // A plan adopted without a signing is told as adopted (one status everywhere).
            ("adopted" | "not_signed", true) => format!("adopted {}", day("adopted")),
            ("adopted_late", _) => format!("adopted late {}", day("adopted")),
            ("due", _) => format!("due {}", day("due")),
            ("overdue", _) => format!("overdue (due {})", day("due")),
            _ => "not signed".to_owned(),
        };
        Self {
            id: s["id"].as_str().unwrap().to_owned(),
            name: s["name"].as_str().unwrap().to_owned(),
            mean,
            activities,
            goals_achieved: format!("{}/{}", count(&g["achieved"]), count(&g["total"])),
            plan,
        }
    }

    /// `line` (where `format` shows this signatory) holds each of its figures.
    fn check(&self, format: &str, line: &str, with_achieved: bool) {
        let mut figures = vec![("activities", self.activities.as_str()), ("action plan", self.plan.as_str())];
        figures.extend(self.mean.as_deref().map(|m| ("mean goal progress", m)));
        if with_achieved {
            figures.push(("goals achieved", self.goals_achieved.as_str()));
        }
        for (what, figure) in figures {
            assert!(line.contains(figure), "{format}, {}: {what} should read {figure:?} in:\n{line}", self.id);
        }
    }
}

/// The one line of `text` that holds `marker`.
fn line_with<'a>(text: &'a str, marker: &str) -> &'a str {
    let mut lines = text.lines().filter(|l| l.contains(marker));
    let line = lines.next().unwrap_or_else(|| panic!("no line with {marker:?} in:\n{text}"));
    assert!(lines.next().is_none(), "more than one line with {marker:?}");
    line
}

/// The one line of `text` that begins with `start`.
fn line_starting<'a>(text: &'a str, start: &str) -> &'a str {
    let mut lines = text.lines().filter(|l| l.starts_with(start));
    let line = lines.next().unwrap_or_else(|| panic!("no line beginning {start:?} in:\n{text}"));
    assert!(lines.next().is_none(), "more than one line beginning {start:?}");
    line
}

/// The text of the SVG `<text>` element after the one that reads `label` (or the start of it,
/// cut with "…" to fit the chart) in `html`.
fn chart_value<'a>(html: &'a str, label: &str) -> &'a str {
    let texts: Vec<&str> = html
        .split("<text")
        .skip(1)
        .map(|t| {
            let open = t.find('>').unwrap() + 1;
            &t[open..t.find("</text>").unwrap()]
        })
        .collect();
    let fits = |t: &str| t == label || t.strip_suffix('…').is_some_and(|start| label.starts_with(start));
    let at = texts.iter().position(|t| fits(t)).unwrap_or_else(|| panic!("no chart label {label:?}"));
    texts[at + 1]
}

fn agree(dir: &Path) {
    let status = json(dir, &["status"]);
    let summary = json(dir, &["summary", "--quarter", "2026Q3"]);
    assert_eq!(summary["as_of"], TODAY);
    let table = run(dir, &["status"]);
    let status_md = run(dir, &["status", "--format", "markdown"]);
    let summary_md = run(dir, &["summary", "--quarter", "2026Q3"]);
    let summary_html = run(dir, &["summary", "--quarter", "2026Q3", "--format", "html"]);
    let site = tempfile::tempdir().unwrap();
    run(dir, &["site", "-o", site.path().to_str().unwrap()]);
    let start = std::fs::read_to_string(site.path().join("index.html")).unwrap();

    // The per-signatory tables (a group may bear a signatory's name, as Umeåregionen does).
    let per_signatory_md = &summary_md[summary_md.rfind("\n## ").unwrap()..];
    let per_signatory_html = &summary_html[summary_html.find("<table class=\"signatories\">").unwrap()..];
    let site_signatories = &start[start.find("<table class=\"signatories\">").unwrap()..];
    let signatories = status["signatories"].as_array().unwrap();
    let lines = summary["signatories"].as_array().unwrap();
    assert_eq!(signatories.len(), lines.len());
    for (s, line) in signatories.iter().zip(lines) {
        let e = Expected::of(s);
        // The JSON of status and of the summary: the same counts and the same mean.
        assert_eq!(line["id"], s["id"]);
        assert_eq!(line["goal_progress"], s["goals"]["progress"], "{}", e.id);
        assert_eq!(line["goals_with_progress"], s["goals"]["with_progress"], "{}", e.id);
        assert_eq!(line["goals"], s["goals"]["total"], "{}", e.id);
        assert_eq!(line["goals_achieved"], s["goals"]["achieved"], "{}", e.id);
        assert_eq!(line["activities"], s["activities"]["total"], "{}", e.id);
        assert_eq!(line["activities_done"], s["activities"]["done"], "{}", e.id);
        assert_eq!(line["activities_cancelled"], s["activities"]["cancelled"], "{}", e.id);
        assert_eq!(
            line["action_plan"],
            serde_json::json!({
                "status": s["action_plan"]["status"], "due": s["action_plan"]["due"], "adopted": s["action_plan"]["adopted"]
            })
        );

        e.check("status", line_with(&table, &format!("┆ {} ", e.name)), true);
        e.check("status markdown", line_starting(&status_md, &format!("| {} | {} |", e.id, e.name)), true);
        e.check("summary markdown", line_starting(per_signatory_md, &format!("| {} | ", e.name)), true);
        e.check("summary html", line_with(per_signatory_html, &format!("<tr><td>{}</td>", e.name)), true);
        e.check("site", line_with(site_signatories, &format!(">{}</a></th>", e.name)), true);
        if let Some(mean) = &e.mean {
            assert_eq!(chart_value(&summary_html, &e.name), mean, "summary html chart, {}", e.id);
        }
        detail(dir, &e, &site.path().join(format!("signatories/{}.html", e.id)), &summary, &summary_html);
    }

    // The totals: the same mean and activities in the status table's last row and the
    // summary's key figure.
    let t = &status["totals"];
    let total = Expected::of(&serde_json::json!({
        "id": "", "name": "Total",
        "goals": {"total": t["goals"], "with_progress": t["goals_with_progress"], "progress": t["goal_progress"], "achieved": t["goals_achieved"]},
        "activities": {"total": t["activities"], "done": t["activities_done"], "cancelled": t["activities_cancelled"]},
        "action_plan": {"status": "not_signed"},
    }));
    // The last of the footer rows (after each group's).
    let row = table.lines().rfind(|l| l.contains("┆ Total ")).unwrap();
    for figure in [total.mean.as_deref().unwrap(), &total.activities, &total.goals_achieved] {
        assert!(row.contains(figure), "status total: {figure} in {row}");
    }
    let st = &summary["totals"];
    assert_eq!(st["activities_done"]["now"], t["activities_done"]);
    assert_eq!(st["activities_cancelled"], t["activities_cancelled"]);
    let words =
        format!("{} of {}", count(&t["activities_done"]), count(&t["activities"]) - count(&t["activities_cancelled"]));
    assert!(line_starting(&summary_md, "| Activities done |").contains(&words), "summary key figure: {words}");
    assert!(summary_html.contains(&format!("<div class=\"num\">{}<span class=\"of\">", count(&t["activities_done"]))));
    assert!(summary_html.contains(&words[words.find(' ').unwrap()..]), "summary html key figure: {words}");
}

/// `status ID` (terminal), the site's signatory page, the summary's measurements and women's
/// share chart: each goal's progress and latest women's share.
fn detail(dir: &Path, e: &Expected, page: &Path, summary: &Value, summary_html: &str) {
    let doc = json(dir, &["status", &e.id]);
    let s = &doc["signatories"][0];
    let table = run(dir, &["status", &e.id]);
    e.check("status ID", line_with(&table, &format!("┆ {} ", e.name)), true);
    let page = std::fs::read_to_string(page).unwrap();
    let goals = &table[table.find("Goals of ").unwrap_or(0)..];
    let goals = &goals[..goals.find("Activities of ").unwrap_or(goals.len())];
    for g in s["goal_details"].as_array().unwrap() {
        let title = g["title"].as_str().unwrap();
        let row = line_starting(goals, &format!("│ {} ", g["id"].as_str().unwrap()));
        // The site's section of this goal: from its heading to the next.
        let from = page.find(&format!("<h3>{title}</h3>")).unwrap_or_else(|| panic!("{title} on {}", e.id));
        let section = &page[from..from + 4 + page[from + 4..].find("<h3>").unwrap_or(page.len() - from - 4)];
        if let Some(p) = g["progress"].as_f64() {
            assert!(row.contains(&format!(" {}", percent(p))), "status ID, {title}: {} in {row}", percent(p));
            let fact = format!("<dt>Goal progress</dt><dd>{}</dd>", percent(p));
            assert!(section.contains(&fact), "site, {title}: {fact}");
        }
        let Some(w) = g["latest"]["women_share"].as_f64() else { continue };
        assert!(row.contains(&share(w)), "status ID, {title}: {} in {row}", share(w));
        if g["indicator"] != "balance" {
            continue; // the site and the summary's chart show a level goal's value
        }
        assert!(section.contains(&format!("<dd>{} (", share(w))), "site, {title}: {}", share(w));
        // The summary's balance chart (every balance goal's latest share) and JSON.
        let b = summary["balance"]
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["signatory"] == e.id.as_str() && b["goal"] == g["id"]);
        let b = b.unwrap_or_else(|| panic!("{} {title} in the summary's balance", e.id));
        assert_eq!(b["women_share"], g["latest"]["women_share"]);
        let label = format!("{}: {title}", e.name);
        assert_eq!(chart_value(summary_html, &label), format!("{} ♀", share(w)), "summary html share chart");
    }
}

#[test]
fn every_format_shows_the_fixture_s_figures_alike() {
    agree(&fixture());
    // The fixture has what it is for: figures that round differently.
    let doc = json(&fixture(), &["status", "alfa"]);
    let progress: Vec<Value> =
        doc["signatories"][0]["goal_details"].as_array().unwrap().iter().map(|g| g["progress"].clone()).collect();
    assert_eq!(progress, [serde_json::json!(78.8), Value::Null, serde_json::json!(97.8)]);
    assert_eq!(doc["signatories"][0]["goal_details"][2]["latest"]["women_share"], 48.9);
    let beta = json(&fixture(), &["status", "beta"]);
    assert_eq!(beta["signatories"][0]["goals"]["progress"], 99.6);
}

#[test]
fn every_format_shows_the_example_figures_alike() {
    agree(&examples());
}

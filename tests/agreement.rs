//! Issue 18: one number everywhere. Each signatory's figures — its mean goal progress with the
//! goals it rests on, each goal's progress, a women's share, its activities done of those not
//! cancelled and their share, its goals achieved and its action plan's status — read the same
//! in every human format (status table, `status ID`, status Markdown, summary Markdown, summary
//! HTML with its charts, the site's pages, the status and summary workbooks) and agree with the
//! JSON, rounded by the one rule: a percentage in whole percent rounded down below 100, a share
//! with one decimal. In English and in Swedish (decimal comma, a no-break space before "%").
//!
//! On the example data and on `tests/fixtures/agreement`, whose figures round differently
//! (78.8 %, 48.9 %, a mean of 99.6 %, unmeasured goals, cancelled activities, a plan adopted
//! without a signing).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;
#[path = "agreement/workbook.rs"]
mod workbook;

use std::path::{Path, PathBuf};

use common::{cemr, finish};
use serde_json::Value;
use workbook::Book;

/// Every output is made as of this day; the summary of 2026Q3 is as of its last day, too.
const TODAY: &str = "2026-09-30";

fn examples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture() -> PathBuf {
    examples().join("tests/fixtures/agreement")
}

/// The output language, and the words and number conventions a reader sees in it — written
/// out here, not taken from the catalogue, so that the test says what people read.
#[derive(Clone, Copy, Debug)]
enum Lang {
    En,
    Sv,
}

impl Lang {
    fn id(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Sv => "sv",
        }
    }

    /// A number written as a percentage: "78%" / "78 %" (a no-break space), "48,9 %".
    fn around_percent(self, number: &str) -> String {
        match self {
            Self::En => format!("{number}%"),
            Self::Sv => format!("{}\u{a0}%", number.replace('.', ",")),
        }
    }

    /// Digits in groups of three, as Excel's `#,##0` shows them: "44,100" / "44 100" (a
    /// no-break space).
    fn grouped(self, digits: &str) -> String {
        let mut out = String::new();
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(self.pick((",", "\u{a0}")));
            }
            out.push(digit);
        }
        out
    }

    /// The rule: whole percent, rounded down below 100 ("100%" means reached).
    fn percent(self, x: f64) -> String {
        let whole = if x < 100.0 { x.floor().min(99.0) } else { 100.0 };
        self.around_percent(&format!("{whole}"))
    }

    /// A share: one decimal, a tie rounded away from zero (12.25 → 12.3) as every value with
    /// one decimal is.
    fn share(self, x: f64) -> String {
        self.around_percent(&format!("{:.1}", (x * 10.0).round() / 10.0))
    }

    fn unknown(self) -> &'static str {
        match self {
            Self::En => "unknown",
            Self::Sv => "okänd",
        }
    }

    fn cancelled(self, n: usize) -> String {
        match (self, n) {
            (Self::En, n) => format!("{n} cancelled"),
            (Self::Sv, 1) => "1 avbruten".to_owned(),
            (Self::Sv, n) => format!("{n} avbrutna"),
        }
    }

    /// "37 of 68" / "37 av 68".
    fn of(self, part: usize, whole: usize) -> String {
        match self {
            Self::En => format!("{part} of {whole}"),
            Self::Sv => format!("{part} av {whole}"),
        }
    }

    /// The action plan's status with its day, as the tables and the text tell it.
    fn plan(self, status: PlanStatus, day: &str) -> String {
        match (self, status) {
            (Self::En, PlanStatus::Adopted) => format!("adopted {day}"),
            (Self::En, PlanStatus::AdoptedLate) => format!("adopted late {day}"),
            (Self::En, PlanStatus::Due) => format!("due {day}"),
            (Self::En, PlanStatus::Overdue) => format!("overdue (due {day})"),
            (Self::En, PlanStatus::NotSigned) => "not signed".to_owned(),
            (Self::Sv, PlanStatus::Adopted) => format!("antagen {day}"),
            (Self::Sv, PlanStatus::AdoptedLate) => format!("antagen {day}, för sent"),
            (Self::Sv, PlanStatus::Due) => format!("ska antas senast {day}"),
            (Self::Sv, PlanStatus::Overdue) => format!("försenad (sista dag {day})"),
            (Self::Sv, PlanStatus::NotSigned) => "har inte undertecknat".to_owned(),
        }
    }

    /// The workbook's status word (the day has a column of its own).
    fn plan_word(self, status: PlanStatus) -> &'static str {
        match (self, status) {
            (Self::En, PlanStatus::Adopted) => "adopted",
            (Self::En, PlanStatus::AdoptedLate) => "adopted late",
            (Self::En, PlanStatus::Due) => "due",
            (Self::En, PlanStatus::Overdue) => "overdue",
            (Self::En, PlanStatus::NotSigned) => "not signed",
            (Self::Sv, PlanStatus::Adopted) => "antagen",
            (Self::Sv, PlanStatus::AdoptedLate) => "antagen för sent",
            (Self::Sv, PlanStatus::Due) => "ska antas",
            (Self::Sv, PlanStatus::Overdue) => "försenad",
            (Self::Sv, PlanStatus::NotSigned) => "har inte undertecknat",
        }
    }

    /// (English, Swedish).
    fn pick(self, words: (&'static str, &'static str)) -> &'static str {
        match self {
            Self::En => words.0,
            Self::Sv => words.1,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PlanStatus {
    Adopted,
    AdoptedLate,
    Due,
    Overdue,
    NotSigned,
}

const PLAN_STATUSES: [PlanStatus; 5] =
    [PlanStatus::Adopted, PlanStatus::AdoptedLate, PlanStatus::Due, PlanStatus::Overdue, PlanStatus::NotSigned];

fn run(dir: &Path, lang: Lang, args: &[&str]) -> String {
    let mut cmd = cemr();
    cmd.arg("-C").arg(dir).args(["--today", TODAY, "--lang", lang.id()]).args(args);
    let out = finish(&mut cmd);
    assert!(out.code == 0 || out.code == 1, "{args:?}: {}", out.stderr);
    out.stdout
}

fn json(dir: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&run(dir, Lang::En, &[args, &["--format", "json"]].concat())).unwrap()
}

/// The workbook `args` write in `lang`.
fn book(dir: &Path, lang: Lang, args: &[&str]) -> Book {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("out.xlsx");
    run(dir, lang, &[args, &["-o", file.to_str().unwrap()]].concat());
    Book::new(std::fs::read(file).unwrap())
}

fn count(v: &Value) -> usize {
    usize::try_from(v.as_u64().unwrap_or_else(|| panic!("a count: {v}"))).unwrap()
}

/// One signatory's figures as every human format must show them, made from the status JSON.
struct Expected {
    lang: Lang,
    id: String,
    name: String,
    /// "88% (2/3)", "unknown (0/2)"; `None` without goals.
    mean: Option<String>,
    /// "3/5, 1 cancelled".
    activities: String,
    /// The share of the activities done, "75%"; `None` when unknown.
    done_share: Option<String>,
    /// "0/3".
    goals_achieved: String,
    /// "adopted 2020-06-01", "overdue (due 2026-01-10)".
    plan: String,
}

impl Expected {
    fn of(s: &Value, lang: Lang) -> Self {
        let g = &s["goals"];
        let mean = (count(&g["total"]) > 0).then(|| {
            let p = g["progress"].as_f64().map_or_else(|| lang.unknown().to_owned(), |p| lang.percent(p));
            format!("{p} ({}/{})", count(&g["with_progress"]), count(&g["total"]))
        });
        let a = &s["activities"];
        let ap = &s["action_plan"];
        let day = |k: &str| ap[k].as_str().unwrap_or("?").to_owned();
        let plan = match (ap["status"].as_str().unwrap(), ap["adopted"].is_string()) {
            // A plan adopted without a signing is told as adopted (one status everywhere).
            ("adopted" | "not_signed", true) => lang.plan(PlanStatus::Adopted, &day("adopted")),
            ("adopted_late", _) => lang.plan(PlanStatus::AdoptedLate, &day("adopted")),
            ("due", _) => lang.plan(PlanStatus::Due, &day("due")),
            ("overdue", _) => lang.plan(PlanStatus::Overdue, &day("due")),
            _ => lang.plan(PlanStatus::NotSigned, ""),
        };
        Self {
            lang,
            id: s["id"].as_str().unwrap().to_owned(),
            name: s["name"].as_str().unwrap().to_owned(),
            mean,
            activities: activities(lang, count(&a["done"]), count(&a["total"]), count(&a["cancelled"])),
            done_share: a["progress"].as_f64().map(|p| lang.percent(p)),
            goals_achieved: format!("{}/{}", count(&g["achieved"]), count(&g["total"])),
            plan,
        }
    }

    /// `line` (where `format` shows this signatory) holds each of its figures.
    fn check(&self, format: &str, line: &str) {
        let mut figures = vec![
            ("activities", self.activities.as_str()),
            ("action plan", self.plan.as_str()),
            ("goals achieved", self.goals_achieved.as_str()),
        ];
        figures.extend(self.mean.as_deref().map(|m| ("mean goal progress", m)));
        for (what, figure) in figures {
            let lang = self.lang;
            assert!(
                line.contains(figure),
                "{format} ({lang:?}), {}: {what} should read {figure:?} in:\n{line}",
                self.id
            );
        }
    }

    /// As [`Expected::check`], and the share of the activities done (the status tables).
    fn check_with_share(&self, format: &str, line: &str) {
        self.check(format, line);
        if let Some(share) = &self.done_share {
            let lang = self.lang;
            assert!(
                line.contains(&format!(" {share}")),
                "{format} ({lang:?}), {}: done {share:?} in:\n{line}",
                self.id
            );
        }
    }
}

/// "3/5, 1 cancelled", "2/2".
fn activities(lang: Lang, done: usize, total: usize, cancelled: usize) -> String {
    let counted = format!("{done}/{}", total - cancelled);
    if cancelled > 0 { format!("{counted}, {}", lang.cancelled(cancelled)) } else { counted }
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

/// Every human format in `lang` against the JSON.
fn agree(dir: &Path, lang: Lang) {
    let status = json(dir, &["status"]);
    let summary = json(dir, &["summary", "--quarter", "2026Q3"]);
    assert_eq!(summary["as_of"], TODAY);
    let table = run(dir, lang, &["status"]);
    let status_md = run(dir, lang, &["status", "--format", "markdown"]);
    let summary_md = run(dir, lang, &["summary", "--quarter", "2026Q3"]);
    let summary_html = run(dir, lang, &["summary", "--quarter", "2026Q3", "--format", "html"]);
    let site = tempfile::tempdir().unwrap();
    run(dir, lang, &["site", "-o", site.path().to_str().unwrap()]);
    let start = std::fs::read_to_string(site.path().join("index.html")).unwrap();
    let mut status_book = book(dir, lang, &["status"]);
    let mut summary_book = book(dir, lang, &["summary", "--quarter", "2026Q3"]);

    // The per-signatory tables (a group may bear a signatory's name, as Umeåregionen does).
    let per_signatory_md = &summary_md[summary_md.rfind("\n## ").unwrap()..];
    let per_signatory_html = &summary_html[summary_html.find("<table class=\"signatories\">").unwrap()..];
    let site_signatories = &start[start.find("<table class=\"signatories\">").unwrap()..];
    let signatories = status["signatories"].as_array().unwrap();
    let lines = summary["signatories"].as_array().unwrap();
    assert_eq!(signatories.len(), lines.len());
    for (s, line) in signatories.iter().zip(lines) {
        let e = Expected::of(s, lang);
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

        e.check_with_share("status", line_with(&table, &format!("┆ {} ", e.name)));
        e.check_with_share("status markdown", line_starting(&status_md, &format!("| {} | {} |", e.id, e.name)));
        e.check("summary markdown", line_starting(per_signatory_md, &format!("| {} | ", e.name)));
        e.check("summary html", line_with(per_signatory_html, &format!("<tr><td>{}</td>", e.name)));
        e.check("site", line_with(site_signatories, &format!(">{}</a></th>", e.name)));
        if let Some(mean) = &e.mean {
            assert_eq!(chart_value(&summary_html, &e.name), mean, "summary html chart, {} ({lang:?})", e.id);
        }
        let status_row = workbook::status_row(&mut status_book, lang, &e.id);
        e.check_with_share("status workbook", &status_row);
        e.check("summary workbook", &workbook::summary_row(&mut summary_book, lang, &e.id));
        detail(dir, &e, &site.path().join(format!("signatories/{}.html", e.id)), &summary, &summary_html);
    }

    // The totals: the same mean and activities in the status table's last row, the status
    // workbook's, and the summary's key figure.
    let t = &status["totals"];
    let total = Expected::of(
        &serde_json::json!({
            "id": "", "name": "Total",
            "goals": {"total": t["goals"], "with_progress": t["goals_with_progress"], "progress": t["goal_progress"], "achieved": t["goals_achieved"]},
            "activities": {"total": t["activities"], "done": t["activities_done"], "cancelled": t["activities_cancelled"], "progress": t["activity_progress"]},
            "action_plan": {"status": "not_signed"},
        }),
        lang,
    );
    // The last of the footer rows (after each group's).
    let label = lang.pick(("Total", "Totalt"));
    let row = table.lines().rfind(|l| l.contains(&format!("┆ {label} "))).unwrap();
    let book_row = workbook::total_row(&mut status_book, lang);
    let share = total.done_share.clone().unwrap();
    for figure in [total.mean.as_deref().unwrap(), &total.activities, &total.goals_achieved, &format!(" {share}")] {
        assert!(row.contains(figure), "status total ({lang:?}): {figure} in {row}");
        assert!(book_row.contains(figure), "status workbook total ({lang:?}): {figure} in {book_row}");
    }
    let st = &summary["totals"];
    assert_eq!(st["activities_done"]["now"], t["activities_done"]);
    assert_eq!(st["activities_cancelled"], t["activities_cancelled"]);
    let words = lang.of(count(&t["activities_done"]), count(&t["activities"]) - count(&t["activities_cancelled"]));
    let key = lang.pick(("Activities done", "Genomförda aktiviteter"));
    assert!(line_starting(&summary_md, &format!("| {key} |")).contains(&words), "summary key figure: {words}");
    assert!(summary_html.contains(&format!("<div class=\"num\">{}<span class=\"of\">", count(&t["activities_done"]))));
    assert!(summary_html.contains(&words[words.find(' ').unwrap()..]), "summary html key figure: {words}");
    assert_eq!(workbook::activities_key_figure(&mut summary_book, lang), words, "summary workbook key figure");

    // The summary workbook's groups, then the total: done of those not cancelled, as the tables.
    let mut expected: Vec<String> = summary["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            let done = count(&g["activities_done"]["now"]);
            activities(lang, done, count(&g["activities"]), count(&g["activities_cancelled"]))
        })
        .collect();
    expected.push(total.activities.clone());
    assert_eq!(workbook::group_activities(&mut summary_book, lang), expected, "summary workbook, per group ({lang:?})");

    // Every key figure, its words and its change alike in the summary and its workbook (the
    // workbook's activities say what they are out of: "Activities done (of those not cancelled)").
    let key_figures = &summary_md[summary_md.find("\n|  |").unwrap() + 1..];
    let md_rows: Vec<Vec<&str>> = key_figures
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with("| "))
        .map(|l| l.trim_matches('|').split(" | ").map(str::trim).collect())
        .collect();
    let book_rows = workbook::key_figures(&mut summary_book, lang);
    assert_eq!(md_rows.len(), book_rows.len(), "summary key figures ({lang:?})");
    for (md, [label, figure, change]) in md_rows.iter().zip(&book_rows) {
        assert!(label.starts_with(md[0]), "summary workbook key figure ({lang:?}): {label:?} for {:?}", md[0]);
        assert!(md[1].starts_with(figure.as_str()), "summary workbook, {label} ({lang:?}): {figure} for {}", md[1]);
        assert_eq!(change, md[2], "summary workbook, {label} ({lang:?}): the change");
    }

    // The quarter's measurements: the women's share in the summary's table and its workbook.
    let measured = summary["happened"]["measurements"].as_array().unwrap();
    let shares = workbook::measured_shares(&mut summary_book, lang);
    assert_eq!(shares.len(), measured.len());
    for (shown, m) in shares.iter().zip(measured) {
        let expected = m["women_share"].as_f64().map(|w| lang.share(w));
        assert_eq!(*shown, expected, "summary workbook, measurement of {} ({lang:?})", m["goal"]);
        if let Some(share) = expected {
            let row = summary_md.lines().find(|l| l.contains(&format!("| {share} |")));
            assert!(row.is_some(), "summary markdown: a measurement's share {share}");
        }
    }
}

/// `status ID` (terminal and workbook), the site's signatory page, the summary's measurements
/// and women's share chart: each goal's progress and latest women's share.
fn detail(dir: &Path, e: &Expected, page: &Path, summary: &Value, summary_html: &str) {
    let lang = e.lang;
    let doc = json(dir, &["status", &e.id]);
    let s = &doc["signatories"][0];
    let table = run(dir, lang, &["status", &e.id]);
    e.check_with_share("status ID", line_with(&table, &format!("┆ {} ", e.name)));
    let mut one = book(dir, lang, &["status", &e.id]);
    e.check_with_share("status ID workbook", &workbook::status_row(&mut one, lang, &e.id));
    let book_goals = workbook::goals(&mut one, lang);
    let page = std::fs::read_to_string(page).unwrap();
    let goals = &table[table.find(lang.pick(("Goals of ", "Mål för "))).unwrap_or(0)..];
    let goals = &goals[..goals.find(lang.pick(("Activities of ", "Aktiviteter för "))).unwrap_or(goals.len())];
    let details = s["goal_details"].as_array().unwrap();
    assert_eq!(book_goals.len(), details.len(), "status ID workbook, {}: a row per goal", e.id);
    for (g, shown) in details.iter().zip(&book_goals) {
        let title = g["title"].as_str().unwrap();
        assert_eq!(shown.id, g["id"].as_str().unwrap());
        let row = line_starting(goals, &format!("│ {} ", g["id"].as_str().unwrap()));
        // The site's section of this goal: from its heading to the next.
        let from = page.find(&format!("<h3>{title}</h3>")).unwrap_or_else(|| panic!("{title} on {}", e.id));
        let section = &page[from..from + 4 + page[from + 4..].find("<h3>").unwrap_or(page.len() - from - 4)];
        let progress = g["progress"].as_f64().map(|p| lang.percent(p));
        assert_eq!(shown.progress, progress, "status ID workbook, {title} ({lang:?})");
        if let Some(p) = &progress {
            assert!(row.contains(&format!(" {p}")), "status ID, {title}: {p} in {row}");
            let fact = format!("<dt>{}</dt><dd>{p}</dd>", lang.pick(("Goal progress", "Måluppfyllelse")));
            assert!(section.contains(&fact), "site, {title}: {fact}");
        }
        let share = g["latest"]["women_share"].as_f64().map(|w| lang.share(w));
        assert_eq!(shown.women_share, share, "status ID workbook, {title} ({lang:?})");
        let Some(share) = share else { continue };
        assert!(row.contains(&share), "status ID, {title}: {share} in {row}");
        if g["indicator"] != "balance" {
            continue; // the site and the summary's chart show a level goal's value
        }
        assert!(section.contains(&format!("<dd>{share} (")), "site, {title}: {share}");
        // The summary's balance chart (every balance goal's latest share) and JSON.
        let b = summary["balance"]
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["signatory"] == e.id.as_str() && b["goal"] == g["id"]);
        let b = b.unwrap_or_else(|| panic!("{} {title} in the summary's balance", e.id));
        assert_eq!(b["women_share"], g["latest"]["women_share"]);
        let label = format!("{}: {title}", e.name);
        assert_eq!(chart_value(summary_html, &label), format!("{share} ♀"), "summary html share chart");
    }
}

#[test]
fn every_format_shows_the_fixture_s_figures_alike() {
    agree(&fixture(), Lang::En);
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
fn every_format_shows_the_fixture_s_figures_alike_in_swedish() {
    agree(&fixture(), Lang::Sv);
}

#[test]
fn every_format_shows_the_example_figures_alike() {
    agree(&examples(), Lang::En);
}

#[test]
fn every_format_shows_the_example_figures_alike_in_swedish() {
    agree(&examples(), Lang::Sv);
}

fn stated_fixture() -> PathBuf {
    examples().join("tests/fixtures/stated")
}

/// The section of a site page about the goal titled `title`: from its heading to the next.
fn goal_section<'a>(page: &'a str, title: &str) -> &'a str {
    let from = page.find(&format!("<h3>{title}</h3>")).unwrap_or_else(|| panic!("{title} on the page"));
    let rest = &page[from + 4..];
    &page[from..from + 4 + rest.find("<h3>").unwrap_or(rest.len())]
}

/// A plan's own figures read as the plan states them: a balance goal's least share of 40.5 %
/// is "40,5 %" (with its band "40,5–59,5 %") in the summary's chart, on the site and in the
/// workbook, never rounded down like a progress; a measured value (baseline, target, latest)
/// is rounded as the tables round it (12.25 → "12,3", 44 560.37 → "44 560,4") in the workbooks
/// too, which hold that figure rather than the plan's to be rounded again by Excel.
fn stated(lang: Lang) {
    let dir = stated_fixture();
    let mut validate = cemr();
    validate.arg("-C").arg(&dir).args(["--today", TODAY, "validate"]);
    assert_eq!(finish(&mut validate).code, 0, "validate accepts a least share of 40.5");

    // The least share and its band.
    let (low, high) = (lang.pick(("40.5%", "40,5\u{a0}%")), lang.pick(("59.5%", "59,5\u{a0}%")));
    let band = lang.pick(("band: 40.5–59.5%)", "markerat: 40,5–59,5\u{a0}%)"));
    let summary_html = run(&dir, lang, &["summary", "--quarter", "2026Q3", "--format", "html"]);
    assert!(summary_html.contains(band), "summary html ({lang:?}): the chart's caption with {band:?}");
    for bound in [low, high] {
        let label = format!("fill=\"#555\">{bound}</text>");
        assert!(summary_html.contains(&label), "summary html ({lang:?}): the chart's axis labels {bound}");
    }
    let site = tempfile::tempdir().unwrap();
    run(&dir, lang, &["site", "-o", site.path().to_str().unwrap()]);
    let page = std::fs::read_to_string(site.path().join("signatories/delta.html")).unwrap();
    let balance = goal_section(&page, "Jämn könsfördelning i styrelserna");
    let least = lang.pick(("<dd>at least 40.5% of each sex</dd>", "<dd>minst 40,5\u{a0}% av vardera könet</dd>"));
    assert!(balance.contains(least), "site ({lang:?}): {least:?} in\n{balance}");
    assert!(balance.contains(&format!("{low}–{high}")), "site ({lang:?}): the band {low}–{high} in\n{balance}");
    assert!(balance.contains(&format!(">{high}</text>")), "site ({lang:?}): the chart's mark at {high}");
    let mut one = book(&dir, lang, &["status", "delta"]);
    let goals = ("Goals", "Mål");
    let by_goal = one.columns(lang, goals, &[("ID", "Id"), ("Least share", "Minsta andel")]);
    assert_eq!(by_goal[0], [Some("balans".to_owned()), Some(low.to_owned())], "status ID workbook ({lang:?})");

    // Measured values, each as the tables show it: (goal, unit, baseline, target, latest).
    let values = [
        ("heltid", "Fler heltider", "procent", "10", lang.pick(("12.3", "12,3")), lang.pick(("11.4", "11,4"))),
        (
            "invanare",
            "Fler invånare",
            "invånare",
            lang.pick(("44,100", "44\u{a0}100")),
            lang.pick(("45,000", "45\u{a0}000")),
            lang.pick(("44,560.4", "44\u{a0}560,4")),
        ),
    ];
    let table = run(&dir, lang, &["status", "delta"]);
    let summary_md = run(&dir, lang, &["summary", "--quarter", "2026Q3"]);
    let headers = [("ID", "Id"), ("Baseline", "Utgångsvärde"), ("Target", "Målvärde"), ("Value", "Värde")];
    let in_book = one.columns(lang, goals, &headers);
    let mut summary_book = book(&dir, lang, &["summary", "--quarter", "2026Q3"]);
    let happened = summary_book.columns(
        lang,
        ("What happened", "Det här hände"),
        &[("Goal or activity", "Mål eller aktivitet"), ("Value", "Värde"), ("Target", "Målvärde")],
    );
    // A balance goal's women and men, counts of five digits: "44 100" as the tables write
    // them (Excel's #,##0), in status ID, the summary and both workbooks.
    let (women, men) = (lang.pick(("44,100", "44\u{a0}100")), lang.pick(("45,000", "45\u{a0}000")));
    let row = line_starting(&table, "│ anstallda ");
    assert!(row.contains(&format!(" {women} ┆ {men} ┆")), "status ID ({lang:?}): {women} and {men} in {row}");
    let md = line_with(&summary_md, "| Jämn könsfördelning bland de anställda |");
    assert!(md.contains(&format!("| {women} | {men} |")), "summary markdown ({lang:?}): {women} and {men} in {md}");
    let counts = one.columns(lang, goals, &[("ID", "Id"), ("Women", "Kvinnor"), ("Men", "Män")]);
    let counts = counts.iter().find(|r| r[0].as_deref() == Some("anstallda")).unwrap();
    assert_eq!(counts[1..], [Some(women.to_owned()), Some(men.to_owned())], "status ID workbook ({lang:?})");
    let happened_counts = summary_book.columns(
        lang,
        ("What happened", "Det här hände"),
        &[("Goal or activity", "Mål eller aktivitet"), ("Women", "Kvinnor"), ("Men", "Män")],
    );
    // The goal's measurement (the goal achieved by it is a row of its own, without counts).
    let event = happened_counts.iter().find(|r| r[0].as_deref() == Some("anstallda") && r[1].is_some()).unwrap();
    assert_eq!(event[1..], [Some(women.to_owned()), Some(men.to_owned())], "summary workbook ({lang:?})");
    for (id, title, unit, baseline, target, latest) in values {
        let measured = format!("{latest} {unit}");
        let row = line_starting(&table, &format!("│ {id} "));
        assert!(row.contains(&format!("{measured} (2026-08-15)")), "status ID ({lang:?}): {measured} in {row}");
        let md = line_with(&summary_md, &format!("| {title} |"));
        assert!(md.contains(&format!("| {measured} |")), "summary markdown ({lang:?}): {measured} in {md}");
        let section = goal_section(&page, title);
        for figure in
            [format!("<dd>{baseline} {unit}</dd>"), format!("<dd>{target} {unit}</dd>"), format!("<dd>{measured} (")]
        {
            assert!(section.contains(&figure), "site ({lang:?}): {figure} in\n{section}");
        }
        let shown = |s: &str| Some(s.to_owned());
        let cells = in_book.iter().find(|r| r[0].as_deref() == Some(id)).unwrap();
        assert_eq!(cells[1..], [shown(baseline), shown(target), shown(latest)], "status ID workbook, {id} ({lang:?})");
        let event = happened.iter().find(|r| r[0].as_deref() == Some(id)).unwrap();
        assert_eq!(event[1..], [shown(latest), shown(target)], "summary workbook, measurement of {id} ({lang:?})");
    }
}

#[test]
fn a_plan_s_own_figures_read_as_stated() {
    stated(Lang::En);
}

#[test]
fn a_plan_s_own_figures_read_as_stated_in_swedish() {
    stated(Lang::Sv);
}

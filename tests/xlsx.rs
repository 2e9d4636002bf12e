//! `--format xlsx` / `-o FILE.xlsx`: each workbook read back with a real reader (calamine, and
//! the zip parts for what calamine does not read) — cell types and formats, the bold frozen
//! header with its filter, the sheet names and headers in the output language, rows equal to
//! the JSON output, plan text never a formula, the same bytes for the same input, and no
//! workbook on a terminal.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::io::{Cursor, Read as _};
use std::path::Path;

use calamine::{Data, DataType as _, Reader, Xlsx, open_workbook_from_rs};
use serde_json::{Value, json};

/// The example data of the tool's own repository, as of a day in the third quarter of 2026.
const EXAMPLE_TODAY: &str = "2026-09-30";

fn example() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn cemr_in(repo: &Path, args: &[&str]) -> std::process::Output {
    common::cemr().arg("-C").arg(repo).args(args).output().unwrap()
}

/// The workbook `args` write to a temporary `.xlsx` file (exit 0 expected).
fn workbook(repo: &Path, args: &[&str]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("out.xlsx");
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["-o", file.to_str().unwrap()]);
    let out = cemr_in(repo, &all);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty(), "nothing on stdout with -o");
    std::fs::read(&file).unwrap()
}

fn json(repo: &Path, args: &[&str]) -> Value {
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--format", "json"]);
    let out = cemr_in(repo, &all);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The first column of the Markdown table of `args`: the order people read the rows in.
fn markdown_ids(args: &[&str]) -> Vec<String> {
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--format", "markdown"]);
    let out = cemr_in(example(), &all);
    let text = String::from_utf8(out.stdout).unwrap();
    text.lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Id ") && !l.starts_with("| ID "))
        .map(|l| l.trim_start_matches("| ").split(" |").next().unwrap().to_owned())
        .filter(|id| !id.is_empty())
        .collect()
}

/// A cell as read, in a form to compare.
#[derive(Clone, Debug)]
enum C {
    Text(String),
    Date(String),
    Num(f64),
    Bool(bool),
    Empty,
}

impl PartialEq for C {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Text(a), Self::Text(b)) | (Self::Date(a), Self::Date(b)) => a == b,
            (Self::Num(a), Self::Num(b)) => (a - b).abs() < 1e-9,
            (Self::Bool(a), Self::Bool(b)) => a == b,
            (Self::Empty, Self::Empty) => true,
            _ => false,
        }
    }
}

fn read(cell: &Data) -> C {
    match cell {
        Data::String(s) => C::Text(s.clone()),
        Data::DateTime(_) => C::Date(cell.as_datetime().unwrap().date().format("%Y-%m-%d").to_string()),
        Data::Float(x) => C::Num(*x),
        #[allow(clippy::cast_precision_loss)]
        Data::Int(n) => C::Num(*n as f64),
        Data::Bool(b) => C::Bool(*b),
        Data::Empty => C::Empty,
        other => panic!("unexpected cell {other:?}"),
    }
}

/// What a JSON value should be in a cell: null is empty, never 0.
fn text(v: &Value) -> C {
    v.as_str().map_or(C::Empty, |s| C::Text(s.to_owned()))
}
fn date(v: &Value) -> C {
    v.as_str().map_or(C::Empty, |s| C::Date(s.to_owned()))
}
fn num(v: &Value) -> C {
    v.as_f64().map_or(C::Empty, C::Num)
}
/// A progress as the fraction of the whole percent every output shows (78.8 → 0.78; rounded
/// down below 100, so that 100 % means reached).
fn percent(v: &Value) -> C {
    v.as_f64().map_or(C::Empty, |p| C::Num(if p < 100.0 { p.floor().min(99.0) } else { 100.0 } / 100.0))
}
/// A share (or a plan's least share) as the fraction of its one decimal: 48.9 → 0.489.
fn share(v: &Value) -> C {
    v.as_f64().map_or(C::Empty, |p| C::Num((p * 10.0).round() / 1000.0))
}
/// The activities that are not cancelled: the whole of "activities done" in every output.
fn not_cancelled(total: &Value, cancelled: &Value) -> C {
    C::Num(total.as_f64().unwrap() - cancelled.as_f64().unwrap())
}
fn count(n: usize) -> C {
    #[allow(clippy::cast_precision_loss)]
    C::Num(n as f64)
}
fn joined(v: &Value) -> C {
    let items: Vec<String> =
        v.as_array().unwrap().iter().map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_owned)).collect();
    if items.is_empty() { C::Empty } else { C::Text(items.join(", ")) }
}

/// One workbook, read.
struct Book {
    bytes: Vec<u8>,
    xlsx: Xlsx<Cursor<Vec<u8>>>,
}

impl Book {
    fn new(bytes: Vec<u8>) -> Self {
        let xlsx = open_workbook_from_rs(Cursor::new(bytes.clone())).unwrap();
        Self { bytes, xlsx }
    }

    fn names(&self) -> Vec<String> {
        self.xlsx.sheet_names()
    }

    /// The sheet's rows, the header first.
    fn rows(&mut self, sheet: &str) -> Vec<Vec<C>> {
        let range = self.xlsx.worksheet_range(sheet).unwrap();
        assert_eq!(range.start(), Some((0, 0)), "{sheet} starts at A1");
        range.rows().map(|row| row.iter().map(read).collect()).collect()
    }

    fn headers(&mut self, sheet: &str) -> Vec<String> {
        self.rows(sheet)[0]
            .iter()
            .map(|c| match c {
                C::Text(s) => s.clone(),
                other => panic!("{sheet}: header {other:?}"),
            })
            .collect()
    }

    /// The data rows, each with the header's width.
    fn data(&mut self, sheet: &str) -> Vec<Vec<C>> {
        let rows = self.rows(sheet);
        let width = rows[0].len();
        rows.into_iter()
            .skip(1)
            .map(|mut r| {
                r.resize_with(width, || C::Empty);
                r
            })
            .collect()
    }

    /// The number format of a cell ("General" when it has none).
    fn format(&mut self, sheet: &str, row: u32, column: u32) -> String {
        let styles = self.xlsx.worksheet_style(sheet).unwrap();
        styles
            .get((row, column))
            .and_then(|s| s.number_format.as_ref())
            .map_or("General".into(), |f| f.format_code.clone())
    }

    /// The XML of a part of the file (`xl/worksheets/sheet1.xml`).
    fn part(&self, name: &str) -> String {
        let mut zip = zip::ZipArchive::new(Cursor::new(self.bytes.clone())).unwrap();
        let mut text = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut text).unwrap();
        text
    }

    fn sheet_xml(&self, sheet: &str) -> String {
        let place = self.names().iter().position(|n| n == sheet).unwrap();
        self.part(&format!("xl/worksheets/sheet{}.xml", place + 1))
    }

    /// Every sheet: a bold header row, frozen below it, an autofilter over the whole table,
    /// every date shown yyyy-mm-dd, fitted column widths, and no formula.
    fn check_usable(&mut self) {
        for sheet in self.names() {
            let rows = self.rows(&sheet);
            let (height, width) = (rows.len(), rows[0].len());
            let styles = self.xlsx.worksheet_style(&sheet).unwrap();
            for column in 0..width {
                let bold = styles
                    .get((0, u32::try_from(column).unwrap()))
                    .and_then(|s| s.font.as_ref())
                    .map(calamine::Font::is_bold);
                assert_eq!(bold, Some(true), "{sheet}: header {column} bold");
            }
            for (r, row) in rows.iter().enumerate().skip(1) {
                for (c, cell) in row.iter().enumerate() {
                    if matches!(cell, C::Date(_)) {
                        let f = self.format(&sheet, u32::try_from(r).unwrap(), u32::try_from(c).unwrap());
                        assert_eq!(f, "yyyy-mm-dd", "{sheet}: the date at {r},{c}");
                    }
                }
            }
            let xml = self.sheet_xml(&sheet);
            assert!(
                xml.contains(r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#),
                "{sheet}: frozen header: {xml}"
            );
            let last = format!("{}{height}", column_name(width - 1));
            assert!(xml.contains(&format!(r#"<autoFilter ref="A1:{last}"/>"#)), "{sheet}: filter over A1:{last}");
            assert!(xml.contains("<cols>") && xml.contains("customWidth=\"1\""), "{sheet}: fitted widths");
            assert!(!xml.contains("<f>") && !xml.contains("<f "), "{sheet}: no formula");
            assert!(!xml.contains("<hyperlink"), "{sheet}: no hyperlink");
        }
        let types = self.part("[Content_Types].xml");
        assert!(!types.contains("externalLink"), "no external links");
    }
}

/// The letters of a column (0 → A).
fn column_name(mut n: usize) -> String {
    let mut name = String::new();
    loop {
        name.insert(0, char::from(b'A' + u8::try_from(n % 26).unwrap()));
        if n < 26 {
            return name;
        }
        n = n / 26 - 1;
    }
}

#[test]
fn status_has_the_signatories_and_the_totals_as_the_json_says() {
    let args = ["--today", EXAMPLE_TODAY, "--lang", "sv", "status"];
    let mut book = Book::new(workbook(example(), &args));
    let doc = json(example(), &args);
    book.check_usable();
    assert_eq!(book.names(), ["Undertecknare", "Totalt och grupper"]);
    assert_eq!(
        book.headers("Undertecknare"),
        [
            "Id",
            "Undertecknare",
            "Grupper",
            "Undertecknad",
            "Handlingsplan",
            "Sista dag för handlingsplan",
            "Antagen",
            "Artiklar",
            "Mål",
            "Uppnådda mål",
            "Mätta mål",
            "Måluppfyllelse",
            // Done of those not cancelled, as the table's "3/6", then the cancelled.
            "Genomförda aktiviteter",
            "Aktiviteter som inte är avbrutna",
            "Avbrutna aktiviteter",
            "Andel genomförda",
            "Försenade",
            "Närmaste sista dag",
            "Närmaste sista dag avser",
        ]
    );
    let rows = book.data("Undertecknare");
    // In the table's order: by name, in Swedish alphabetical order (Ö after Z).
    let ids: Vec<C> = rows.iter().map(|r| r[0].clone()).collect();
    assert_eq!(ids, markdown_ids(&args).into_iter().map(C::Text).collect::<Vec<_>>());
    let signatories: Vec<&Value> = ids
        .iter()
        .map(|id| doc["signatories"].as_array().unwrap().iter().find(|s| text(&s["id"]) == *id).unwrap())
        .collect();
    assert_eq!(rows.len(), doc["signatories"].as_array().unwrap().len());
    let mut unknown_progress = 0;
    for (row, s) in rows.iter().zip(signatories) {
        let next = &s["next_deadline"];
        let expected = [
            text(&s["id"]),
            text(&s["name"]),
            joined(&s["groups"]),
            date(&s["signed"]),
            // The action plan's status in words, checked below.
            row[4].clone(),
            date(&s["action_plan"]["due"]),
            date(&s["action_plan"]["adopted"]),
            count(s["articles"].as_array().unwrap().len()),
            num(&s["goals"]["total"]),
            num(&s["goals"]["achieved"]),
            num(&s["goals"]["with_progress"]),
            percent(&s["goals"]["progress"]),
            num(&s["activities"]["done"]),
            not_cancelled(&s["activities"]["total"], &s["activities"]["cancelled"]),
            num(&s["activities"]["cancelled"]),
            percent(&s["activities"]["progress"]),
            count(s["overdue"].as_array().unwrap().len()),
            date(&next["due"]),
            row[18].clone(),
        ];
        assert_eq!(row.as_slice(), expected.as_slice(), "{}", s["id"]);
        let status = s["action_plan"]["status"].as_str().unwrap();
        // A plan adopted without a signing (Umeåregionen's regional plan) is told as adopted,
        // as the tables and the summary tell it.
        let adopted = !s["action_plan"]["adopted"].is_null();
        let word = match status {
            "not_signed" if adopted => "antagen",
            "not_signed" => "har inte undertecknat",
            "due" => "ska antas",
            "overdue" => "försenad",
            "adopted" => "antagen",
            _ => "antagen för sent",
        };
        assert_eq!(row[4], C::Text(word.into()));
        if next.is_null() {
            assert_eq!(row[18], C::Empty);
        } else {
            let C::Text(what) = &row[18] else { panic!("{:?}", row[18]) };
            if let Some(id) = next["id"].as_str() {
                assert!(what.ends_with(&format!(" {id}")), "{what}");
            }
        }
        unknown_progress += usize::from(s["goals"]["progress"].is_null());
    }
    assert!(unknown_progress > 0, "the example has signatories with unknown progress: empty cells, not 0 %");
    // Percentages are fractions with a percent format: a progress in whole percent, the figure
    // the tables show.
    let progress_at = rows.iter().position(|r| matches!(r[11], C::Num(_))).unwrap();
    assert_eq!(book.format("Undertecknare", u32::try_from(progress_at).unwrap() + 1, 11), "0%");
    assert_eq!(book.format("Undertecknare", u32::try_from(progress_at).unwrap() + 1, 15), "0%");

    assert_eq!(
        book.headers("Totalt och grupper")[..4],
        ["Gruppens id", "Grupp", "Antal undertecknare", "Har undertecknat"]
    );
    let totals = book.data("Totalt och grupper");
    let groups = doc["groups"].as_array().unwrap();
    assert_eq!(totals.len(), groups.len() + 1, "each group, then the total");
    let expect = |id: C, name: C, t: &Value| {
        vec![
            id,
            name,
            num(&t["signatories"]),
            num(&t["signed"]),
            num(&t["action_plans_adopted"]),
            num(&t["goals"]),
            num(&t["goals_achieved"]),
            num(&t["goals_with_progress"]),
            percent(&t["goal_progress"]),
            num(&t["activities_done"]),
            not_cancelled(&t["activities"], &t["activities_cancelled"]),
            num(&t["activities_cancelled"]),
            percent(&t["activity_progress"]),
            num(&t["overdue"]),
        ]
    };
    for (row, g) in totals.iter().zip(groups) {
        assert_eq!(*row, expect(text(&g["id"]), text(&g["name"]), g));
    }
    assert_eq!(totals[groups.len()], expect(C::Empty, C::Text("Totalt".into()), &doc["totals"]));
}

#[test]
fn status_of_one_signatory_adds_its_goals_and_activities() {
    let args = ["--today", EXAMPLE_TODAY, "--lang", "sv", "status", "lulea"];
    let mut book = Book::new(workbook(example(), &args));
    let doc = json(example(), &args);
    book.check_usable();
    assert_eq!(book.names(), ["Undertecknare", "Totalt och grupper", "Mål", "Aktiviteter"]);
    let s = &doc["signatories"][0];
    let goals = book.data("Mål");
    let details = s["goal_details"].as_array().unwrap();
    assert_eq!(goals.len(), details.len());
    for (row, g) in goals.iter().zip(details) {
        let latest = &g["latest"];
        assert_eq!(row[0], text(&g["id"]));
        assert_eq!(row[1], text(&g["title"]));
        assert_eq!(row[3], joined(&g["articles"]));
        assert_eq!(row[6], num(&g["baseline"]));
        assert_eq!(row[7], num(&g["target"]));
        assert_eq!(row[8], share(&g["min_share"]));
        assert_eq!(row[9], percent(&g["progress"]));
        assert_eq!(row[10], date(&latest["date"]));
        assert_eq!(row[11], num(&latest["value"]));
        assert_eq!(row[12], num(&latest["women"]));
        assert_eq!(row[13], num(&latest["men"]));
        assert_eq!(row[14], share(&latest["women_share"]));
        assert_eq!(row[16], date(&g["due"]));
        let achieved = if g["achieved"] == true { date(&g["achieved_on"]) } else { C::Empty };
        assert_eq!(row[17], achieved);
        let overdue = if g["overdue"] == true { num(&g["days_overdue"]) } else { C::Empty };
        assert_eq!(row[18], overdue);
        assert_eq!(row[19], C::Bool(g["stale"] == true));
    }
    // A progress in whole percent, a women's share with one decimal, a least share as the plan
    // states it (40: whole percent).
    let mut formats = std::collections::BTreeSet::new();
    for (r, row) in goals.iter().enumerate() {
        let at = u32::try_from(r).unwrap() + 1;
        for (column, expected) in [(8, "0%"), (9, "0%"), (14, "0.0%")] {
            if matches!(row[column], C::Num(_)) {
                assert_eq!(
                    book.format("Mål", at, u32::try_from(column).unwrap()),
                    expected,
                    "goal {r}, column {column}"
                );
                formats.insert(column);
            }
        }
    }
    assert_eq!(formats.len(), 3, "the example's Luleå has a least share, a progress and a women's share");
    let activities = book.data("Aktiviteter");
    let details = s["activity_details"].as_array().unwrap();
    assert_eq!(activities.len(), details.len());
    for (row, a) in activities.iter().zip(details) {
        assert_eq!(row[0], text(&a["id"]));
        assert_eq!(row[2], text(&a["owner"]));
        assert_eq!(row[3], joined(&a["goals"]));
        assert_eq!(row[4], date(&a["start"]));
        assert_eq!(row[5], date(&a["due"]));
        assert_eq!(row[7], date(&a["finished"]));
        assert_eq!(row[9], C::Bool(a["due_soon"] == true));
    }
}

#[test]
fn deadlines_in_the_table_order_as_the_json_says() {
    let args = ["--today", EXAMPLE_TODAY, "--lang", "sv", "deadlines"];
    let mut book = Book::new(workbook(example(), &args));
    let doc = json(example(), &args);
    book.check_usable();
    assert_eq!(book.names(), ["Sista dagar"]);
    assert_eq!(
        book.headers("Sista dagar"),
        [
            "Sista dag",
            "Undertecknarens id",
            "Undertecknare",
            "Avser",
            "Mål eller aktivitet",
            "Titel",
            "Ansvarig",
            "Försenat",
            "Dagar försenat",
            "Snart sista dag"
        ]
    );
    let rows = book.data("Sista dagar");
    let deadlines = doc.as_array().unwrap();
    assert_eq!(rows.len(), deadlines.len());
    assert!(deadlines.iter().any(|d| d["overdue"] == true) && deadlines.iter().any(|d| d["overdue"] == false));
    for (row, d) in rows.iter().zip(deadlines) {
        let kind = match d["kind"].as_str().unwrap() {
            "action_plan" => "första handlingsplanen",
            "next_plan" => "ny handlingsplan",
            "report" => "uppföljning",
            "goal" => "mål",
            _ => "aktivitet",
        };
        let days = if d["overdue"] == true { num(&d["days_overdue"]) } else { C::Empty };
        let expected = [
            date(&d["due"]),
            text(&d["signatory"]),
            text(&d["name"]),
            C::Text(kind.into()),
            text(&d["id"]),
            text(&d["title"]),
            text(&d["owner"]),
            C::Bool(d["overdue"] == true),
            days,
            C::Bool(d["due_soon"] == true),
        ];
        assert_eq!(row.as_slice(), expected.as_slice());
    }
}

#[test]
fn articles_as_the_coverage_matrix() {
    let args = ["--today", EXAMPLE_TODAY, "--lang", "sv", "articles"];
    let mut book = Book::new(workbook(example(), &args));
    let doc = json(example(), &args);
    book.check_usable();
    assert_eq!(book.names(), ["Artiklar", "Grupper"]);
    // The groups' columns in the table's order: by name, alphabetically.
    let mut markdown = args.to_vec();
    markdown.extend(["--format", "markdown"]);
    let table = String::from_utf8(cemr_in(example(), &markdown).stdout).unwrap();
    let head = table.lines().find(|l| l.starts_with("| Nr |")).unwrap();
    let names: Vec<&str> = head.trim_matches(|c| c == '|' || c == ' ').split(" | ").skip(4).collect();
    let all = doc["groups"].as_array().unwrap();
    let groups: Vec<&Value> = names.iter().map(|n| all.iter().find(|g| g["name"] == *n).unwrap()).collect();
    assert_eq!(groups.len(), all.len());
    let mut headers = vec!["Nr".to_owned(), "Svenska".into(), "Engelska".into(), "Valts av".into()];
    headers.extend(names.iter().map(|n| (*n).to_owned()));
    headers.push("Valts av (id)".into());
    assert_eq!(book.headers("Artiklar"), headers);
    let rows = book.data("Artiklar");
    let articles = doc["articles"].as_array().unwrap();
    assert_eq!(rows.len(), articles.len());
    for (row, a) in rows.iter().zip(articles) {
        let mut expected = vec![num(&a["number"]), text(&a["title_sv"]), text(&a["title_en"]), num(&a["count"])];
        expected.extend(groups.iter().map(|g| num(&a["groups"][g["id"].as_str().unwrap()])));
        expected.push(joined(&a["chosen_by"]));
        assert_eq!(*row, expected);
    }
    let sizes = book.data("Grupper");
    for (row, g) in sizes.iter().zip(&groups) {
        assert_eq!(*row, [text(&g["id"]), text(&g["name"]), num(&g["signatories"])]);
    }
    assert_eq!(sizes[groups.len()], [C::Empty, C::Text("Totalt".into()), num(&doc["signatories"])]);
}

fn deadline_rows(lines: &Value, overdue: bool) -> Vec<Vec<C>> {
    lines
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let mut row = vec![date(&d["due"]), text(&d["signatory"]), text(&d["name"])];
            row.push(C::Empty); // the kind in words: compared separately
            row.extend([text(&d["id"]), text(&d["title"]), text(&d["owner"])]);
            if overdue {
                row.push(num(&d["days_overdue"]));
            }
            row
        })
        .collect()
}

/// The rows with the kind's words left out (column 3).
fn without_kind(rows: Vec<Vec<C>>) -> Vec<Vec<C>> {
    rows.into_iter()
        .map(|mut r| {
            r[3] = C::Empty;
            r
        })
        .collect()
}

#[test]
fn summary_has_a_sheet_per_section_as_the_json_says() {
    let args = ["--today", "2026-11-22", "--lang", "sv", "summary", "--quarter", "2026Q3"];
    let mut book = Book::new(workbook(example(), &args));
    let doc = json(example(), &args);
    book.check_usable();
    assert_eq!(
        book.names(),
        [
            "Nyckeltal",
            "Det här hände",
            "Blev försenat",
            "Fortfarande försenat",
            "Sista dag nästa kvartal",
            "Per grupp",
            "Per undertecknare",
            "Historik"
        ]
    );
    assert_eq!(book.headers("Nyckeltal"), ["Nyckeltal", "Den 2026-09-30", "Den 2026-06-30", "Förändring", "Av"]);
    let t = &doc["totals"];
    let figures = book.data("Nyckeltal");
    let keys = ["signed", "action_plan_adopted", "recent_report", "goals_achieved", "activities_done", "overdue"];
    // Activities done of those not cancelled, as every output counts them.
    let counted = json!(t["activities"].as_u64().unwrap() - t["activities_cancelled"].as_u64().unwrap());
    let wholes = [&t["signatories"], &t["signatories"], &t["signatories"], &t["goals"], &counted, &Value::Null];
    for ((row, key), whole) in figures.iter().zip(keys).zip(wholes) {
        assert_eq!(
            row[1..],
            [num(&t[key]["now"]), num(&t[key]["before"]), num(&t[key]["change"]), num(whole)],
            "{key}"
        );
    }
    assert_eq!(figures[2][0], C::Text("Har publicerat en uppföljning de senaste 12 månaderna".into()));
    assert_eq!(book.format("Nyckeltal", 1, 3), "+0;\"\u{2212}\"0;\"±\"0");

    let h = &doc["happened"];
    let events: usize = ["signed", "plans_adopted", "reports", "activities_finished", "goals_achieved", "measurements"]
        .iter()
        .map(|k| h[k].as_array().unwrap().len())
        .sum();
    let happened = book.data("Det här hände");
    assert_eq!(happened.len(), events);
    assert!(events > 0, "the example's third quarter has events");
    // In the Markdown's order: by kind, each by date.
    let first_kind = ["signed", "plans_adopted", "reports", "activities_finished", "goals_achieved", "measurements"]
        .iter()
        .find_map(|k| h[k].as_array().unwrap().first())
        .unwrap();
    assert_eq!(happened[0][0], date(&first_kind["date"]));
    assert_eq!(happened[0][2], text(&first_kind["signatory"]));
    let measurements = h["measurements"].as_array().unwrap();
    for (row, m) in happened[events - measurements.len()..].iter().zip(measurements) {
        assert_eq!(row[1], C::Text("Mätning".into()));
        assert_eq!(
            row[4..12],
            [
                text(&m["goal"]),
                text(&m["title"]),
                num(&m["value"]),
                text(&m["unit"]),
                num(&m["target"]),
                num(&m["women"]),
                num(&m["men"]),
                share(&m["women_share"])
            ]
        );
    }

    assert_eq!(without_kind(book.data("Blev försenat")), deadline_rows(&doc["became_overdue"], true));
    let became = doc["became_overdue"].as_array().unwrap().len();
    let all_overdue = deadline_rows(&doc["overdue_at_end"], true);
    let earlier = without_kind(book.data("Fortfarande försenat"));
    assert_eq!(earlier.len() + became, all_overdue.len());
    assert_eq!(earlier, all_overdue[..earlier.len()]);
    assert_eq!(without_kind(book.data("Sista dag nästa kvartal")), deadline_rows(&doc["due_next_quarter"], false));

    let per_group = book.data("Per grupp");
    let groups = doc["groups"].as_array().unwrap();
    assert_eq!(per_group.len(), groups.len() + 1);
    let figures_row = |id: C, name: C, f: &Value| {
        let mut row = vec![id, name, num(&f["signatories"])];
        for key in ["signed", "action_plan_adopted", "recent_report"] {
            row.extend([num(&f[key]["now"]), num(&f[key]["change"])]);
        }
        row.extend([num(&f["goals"]), num(&f["goals_achieved"]["now"]), num(&f["goals_achieved"]["change"])]);
        row.extend([not_cancelled(&f["activities"], &f["activities_cancelled"]), num(&f["activities_cancelled"])]);
        row.extend([num(&f["activities_done"]["now"]), num(&f["activities_done"]["change"])]);
        row.extend([num(&f["overdue"]["now"]), num(&f["overdue"]["change"])]);
        row
    };
    for (row, g) in per_group.iter().zip(groups) {
        assert_eq!(*row, figures_row(text(&g["id"]), text(&g["name"]), g));
    }
    assert_eq!(per_group[groups.len()], figures_row(C::Empty, C::Text("Totalt".into()), t));

    let per_signatory = book.data("Per undertecknare");
    let lines = doc["signatories"].as_array().unwrap();
    assert_eq!(per_signatory.len(), lines.len());
    for (row, s) in per_signatory.iter().zip(lines) {
        let mut expected = vec![text(&s["id"]), text(&s["name"]), joined(&s["groups"]), date(&s["signed"])];
        expected.push(row[4].clone());
        expected.extend([date(&s["action_plan"]["due"]), date(&s["action_plan"]["adopted"])]);
        expected.extend(["goals", "goals_achieved", "goals_with_progress"].map(|k| num(&s[k])));
        expected.push(percent(&s["goal_progress"]));
        expected.push(num(&s["activities_done"]));
        expected.push(not_cancelled(&s["activities"], &s["activities_cancelled"]));
        expected.extend(["activities_cancelled", "overdue", "events"].map(|k| num(&s[k])));
        assert_eq!(*row, expected, "{}", s["id"]);
    }

    let history = book.data("Historik");
    let points = doc["history"].as_array().unwrap();
    assert_eq!(history.len(), points.len());
    assert_eq!(history.len(), 8);
    for (row, h) in history.iter().zip(points) {
        let q = h["quarter"].as_str().unwrap();
        let mut expected = vec![C::Text(format!("kv. {} {}", &q[5..], &q[..4])), date(&h["end"])];
        expected.extend(keys.map(|k| num(&h[k])));
        assert_eq!(*row, expected, "{}", h["quarter"]);
    }
}

#[test]
fn english_sheet_names_and_headers_with_lang_en() {
    let mut book = Book::new(workbook(example(), &["--today", EXAMPLE_TODAY, "--lang", "en", "status", "lulea"]));
    assert_eq!(book.names(), ["Signatories", "Totals and groups", "Goals", "Activities"]);
    assert_eq!(book.headers("Signatories")[..4], ["ID", "Signatory", "Groups", "Signed"]);
    assert_eq!(book.headers("Goals")[9], "Goal progress");
    let mut book = Book::new(workbook(example(), &["--today", EXAMPLE_TODAY, "--lang", "en", "deadlines"]));
    assert_eq!(book.headers("Open deadlines")[..3], ["Due", "Signatory ID", "Signatory"]);
}

/// Plan text that a spreadsheet could take for a formula, a link or an escape.
const HOSTILE: &str = r#"[signatory]
name = "=HYPERLINK(\"http://example.com\",\"klicka\")"
kind = "municipality"
signed = 2020-01-01
articles = [1]

[[goals]]
id = "mal"
title = "+SUM(A1:A9)"
articles = [1]
due = 2021-01-01

[[activities]]
id = "akt"
title = "@cmd|' /C calc'!A0"
goals = ["mal"]
owner = "-2+3 _x0041_ tab\there"
due = 2021-06-30
status = "ongoing"
"#;

#[test]
fn plan_text_is_always_a_string() {
    let repo = common::Fixture::new().file("plans/farlig.toml", HOSTILE);
    let mut book = Book::new(workbook(repo.path(), &["--today", "2026-01-01", "deadlines"]));
    book.check_usable();
    let rows = book.data("Open deadlines");
    let texts: Vec<&C> = rows.iter().flat_map(|r| [&r[2], &r[5], &r[6]]).collect();
    for expected in
        ["=HYPERLINK(\"http://example.com\",\"klicka\")", "+SUM(A1:A9)", "@cmd|' /C calc'!A0", "-2+3 _x0041_ tab\there"]
    {
        assert!(texts.contains(&&C::Text(expected.into())), "{expected} as a string in {texts:?}");
    }
    assert!(book.xlsx.worksheet_formula("Open deadlines").unwrap().used_cells().next().is_none());
    let mut book = Book::new(workbook(repo.path(), &["--today", "2026-01-01", "status", "farlig"]));
    book.check_usable();
    assert_eq!(book.data("Signatories")[0][1], C::Text("=HYPERLINK(\"http://example.com\",\"klicka\")".into()));
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    for args in [
        &["--today", EXAMPLE_TODAY, "status"][..],
        &["--today", EXAMPLE_TODAY, "deadlines"],
        &["--today", EXAMPLE_TODAY, "articles"],
        &["--today", "2026-11-22", "summary"],
    ] {
        let (first, second) = (workbook(example(), args), workbook(example(), args));
        assert!(first == second, "{args:?}: two runs differ");
        let book = Book::new(first);
        let core = book.part("docProps/core.xml");
        assert!(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">"), "{core}");
        let mut zip = zip::ZipArchive::new(Cursor::new(book.bytes.clone())).unwrap();
        for i in 0..zip.len() {
            let entry = zip.by_index(i).unwrap();
            let time = entry.last_modified().unwrap();
            assert_eq!((time.year(), time.month(), time.day(), time.hour()), (1980, 1, 1, 0), "{:?}", entry.name());
        }
    }
    // The document's date is the report's as-of day, not the clock.
    let book = Book::new(workbook(example(), &["--today", EXAMPLE_TODAY, "status"]));
    assert!(book.part("docProps/core.xml").contains("2026-09-30T00:00:00Z"));
}

#[test]
fn format_from_the_extension_and_to_a_pipe() {
    // `-o x.xlsx` alone chose the format in every test above; `--format xlsx` to a pipe writes
    // the workbook to stdout.
    let out = cemr_in(example(), &["--today", EXAMPLE_TODAY, "--format", "xlsx", "articles"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.starts_with(b"PK\x03\x04"), "a zip file");
    let book = Book::new(out.stdout);
    assert_eq!(book.names(), ["Articles", "Groups"]);
    // Commands that cannot write a workbook say so.
    let out = cemr_in(example(), &["--format", "xlsx", "validate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot write xlsx"));
}

#[test]
fn a_workbook_is_not_written_to_a_terminal() {
    // `script` runs cemr with its stdout on a pseudo-terminal.
    let cemr = assert_cmd::cargo::cargo_bin("cemr");
    let command = format!(
        "{} -C {} --today {EXAMPLE_TODAY} --lang sv --format xlsx status; echo \"exit=$?\"",
        cemr.display(),
        example().display()
    );
    let out = std::process::Command::new("script").args(["-qec", &command, "/dev/null"]).output().unwrap();
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(screen.contains("exit=2"), "{screen}");
    assert!(screen.contains("spara den med -o FIL.xlsx"), "{screen}");
    assert!(!screen.contains("PK"), "no workbook bytes on the terminal: {screen}");
}

#[test]
fn every_sheet_name_and_header_comes_from_the_catalogue() {
    // The pseudo-locale wraps every message in ⟦…⟧: a word written in code would show bare.
    let wrapped = |s: &str| s.starts_with('⟦') && s.ends_with('⟧');
    for args in [
        &["--today", EXAMPLE_TODAY, "status", "lulea"][..],
        &["--today", EXAMPLE_TODAY, "deadlines"],
        &["--today", EXAMPLE_TODAY, "articles"],
        &["--today", "2026-11-22", "summary"],
    ] {
        let mut all = vec!["--lang", "x-pseudo"];
        all.extend_from_slice(args);
        let mut book = Book::new(workbook(example(), &all));
        let groups: Vec<String> = json(example(), &["articles"])["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["name"].as_str().unwrap().to_owned())
            .collect();
        for sheet in book.names() {
            assert!(wrapped(&sheet), "{args:?}: sheet {sheet}");
            for header in book.headers(&sheet) {
                // The articles matrix is headed by the groups' own names, from cemr.toml.
                assert!(wrapped(&header) || groups.contains(&header), "{args:?}: {sheet}: header {header}");
            }
        }
    }
    // Words in cells too: a status, a kind of deadline.
    let mut book = Book::new(workbook(example(), &["--lang", "x-pseudo", "--today", EXAMPLE_TODAY, "deadlines"]));
    let name = book.names()[0].clone();
    for row in book.data(&name) {
        let C::Text(kind) = &row[3] else { panic!("{:?}", row[3]) };
        assert!(wrapped(kind), "{kind}");
    }
}

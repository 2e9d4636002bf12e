//! Issue 18: a ratio writes its two counts as every other count is written — in groups of three
//! from five digits, with the language's separator ("10,000" / "10 000" with a no-break space)
//! — in the status table, its Markdown, the summary's Markdown and HTML and the site; CSV and
//! JSON keep plain numbers (a ratio is two CSV columns). On a repository generated here with
//! 10,000 activities in one plan and 10,000 goals in another, so that its figures need groups.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::fmt::Write as _;

use common::Fixture;

const TODAY: &str = "2026-09-30";

/// `alfa`: 3 goals, none measured; 10,000 activities, all done before the quarter.
/// `beta`: 10,000 goals, 9,990 achieved; 2,000 activities, 1,000 done and 500 cancelled.
fn big() -> Fixture {
    let head = |name: &str| {
        format!(
            "[signatory]\nname = \"{name}\"\nkind = \"municipality\"\nsigned = 2020-01-15\narticles = [11]\n\n\
             [[action_plans]]\nadopted = 2020-06-01\n"
        )
    };
    let goal = |out: &mut String, i: usize, achieved: bool| {
        let _ = write!(out, "\n[[goals]]\nid = \"g{i}\"\ntitle = \"Mål {i}\"\narticles = [11]\ndue = 2999-12-31\n");
        if achieved {
            out.push_str("achieved = 2026-05-10\n");
        }
    };
    let activity = |out: &mut String, i: usize, status: Option<&str>| {
        let _ = write!(out, "\n[[activities]]\nid = \"a{i}\"\ntitle = \"A {i}\"\ndue = 2999-02-01\n");
        if let Some(status) = status {
            let _ = write!(out, "status = \"{status}\"\nfinished = 2026-05-20\n");
        }
    };
    let mut alfa = head("Alfa kommun");
    for i in 0..3 {
        goal(&mut alfa, i, false);
    }
    for i in 0..10_000 {
        activity(&mut alfa, i, Some("done"));
    }
    let mut beta = head("Beta kommun");
    for i in 0..10_000 {
        goal(&mut beta, i, i < 9_990);
    }
    for i in 0..2_000 {
        activity(&mut beta, i, (i < 1_500).then_some(if i < 1_000 { "done" } else { "cancelled" }));
    }
    Fixture::new()
        .file("cemr.toml", "[repository]\nname = \"Stor\"\n")
        .file("plans/alfa.toml", &alfa)
        .file("plans/beta.toml", &beta)
}

fn run(f: &Fixture, lang: &str, args: &[&str]) -> String {
    let mut cmd = f.command(TODAY, &["--lang", lang]);
    cmd.args(args);
    let out = common::finish(&mut cmd);
    assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
    out.stdout
}

/// Runs of five or more digits standing as a number of their own (not in an id such as
/// `a10000`, a colour such as `#c62828` or a decimal): counts written without their groups.
fn ungrouped(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let before = start.checked_sub(1).map(|b| bytes[b]);
        let glued = before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'#' || b == b'.' || b == b'_');
        if i - start >= 5 && !glued && bytes.get(i) != Some(&b'.') {
            found.push(text[start.saturating_sub(20)..(i + 5).min(text.len())].to_owned());
        }
    }
    found
}

/// The text of HTML without its tags (a key figure's number and its "of …" are in two elements).
fn without_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn ratios_write_their_counts_in_groups() {
    let f = big();
    let site = f.outside("site");
    for (lang, sep, cancelled, of) in [("en", ",", "cancelled", "of"), ("sv", "\u{a0}", "avbrutna", "av")] {
        // "10_000" here: the language's group separator.
        let g = |n: &str| n.replace('_', sep);
        let table = run(&f, lang, &["status"]);
        let status_md = run(&f, lang, &["status", "--format", "markdown"]);
        let summary_md = run(&f, lang, &["summary", "--quarter", "2026Q3"]);
        let summary_html = run(&f, lang, &["summary", "--quarter", "2026Q3", "--format", "html"]);
        run(&f, lang, &["site", "-o", site.to_str().unwrap(), "--force"]);
        let start = std::fs::read_to_string(site.join("index.html")).unwrap();
        for (name, text) in [
            ("status", &table),
            ("status md", &status_md),
            ("summary md", &summary_md),
            ("summary html", &summary_html),
        ] {
            // Each signatory's row: alfa's activities, beta's goals and its mean's basis.
            assert!(text.contains(&g("10_000/10_000")), "{lang} {name}:\n{text}");
            assert!(text.contains(&g("9990/10_000")), "{lang} {name}:\n{text}");
            assert!(ungrouped(text).is_empty(), "{lang} {name}: {:?}", ungrouped(text));
        }
        for (name, text) in [("status", &table), ("status md", &status_md)] {
            // The totals row and the mean's basis in the table's short form.
            assert!(text.contains(&g(&format!("11_000/11_500, 500 {cancelled}"))), "{lang} {name}:\n{text}");
            assert!(text.contains(&g("9990/10_003")), "{lang} {name}:\n{text}");
            assert!(text.contains(&g("(9990/10_000)")), "{lang} {name}:\n{text}");
        }
        for (name, text) in [("summary md", &summary_md), ("summary html", &without_tags(&summary_html))] {
            // The key figures in words.
            assert!(text.contains(&g(&format!("11_000 {of} 11_500 (500 {cancelled})"))), "{lang} {name}:\n{text}");
            assert!(text.contains(&g(&format!("9990 {of} 10_003"))), "{lang} {name}:\n{text}");
        }
        assert!(start.contains(&g("10_000/10_000")), "{lang} site:\n{start}");
        assert!(start.contains(&g("9990/10_000")), "{lang} site:\n{start}");
        assert!(ungrouped(&start).is_empty(), "{lang} site: {:?}", ungrouped(&start));
    }

    // Machine formats keep plain numbers; a ratio is two CSV columns.
    let csv = run(&f, "en", &["status", "--format", "csv"]);
    let rows: Vec<Vec<&str>> = csv.lines().map(|l| l.split(',').collect()).collect();
    let column = |name: &str| rows[0].iter().position(|h| *h == name).unwrap_or_else(|| panic!("{name}: {csv}"));
    let (done, counted) = (column("Activities done"), column("Activities not cancelled"));
    assert_eq!((rows[1][done], rows[1][counted]), ("10000", "10000"), "{csv}");
    let json: serde_json::Value = serde_json::from_str(&run(&f, "sv", &["status", "--format", "json"])).unwrap();
    assert_eq!(json["signatories"][1]["goals"]["total"], 10_000);
}

/// The summary's list headings count their items as every count is written: 11,000 activities
/// finished in 2026Q2 (alfa's 10,000 and beta's 1,000 done; the cancelled are listed too).
#[test]
fn summary_headings_count_in_groups() {
    let f = big();
    for (lang, sep) in [("en", ","), ("sv", "\u{a0}")] {
        let markdown = run(&f, lang, &["summary", "--quarter", "2026Q2"]);
        let html = run(&f, lang, &["summary", "--quarter", "2026Q2", "--format", "html"]);
        // Each tag a space, so that a table's cells do not run together.
        let html = without_tags(&html.replace('<', " <"));
        for (name, text) in [("markdown", &markdown), ("html", &html)] {
            assert!(text.contains(&format!("(11{sep}500)")), "{lang} {name}:\n{text}");
            assert!(ungrouped(text).is_empty(), "{lang} {name}: {:?}", ungrouped(text));
        }
    }
}

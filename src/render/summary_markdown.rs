//! The quarterly summary as Markdown (GFM): short sections and tables that fit an e-mail or a
//! pull-request comment. Every piece of plan text goes through `escape::markdown`.

use std::fmt::Write as _;

use super::document::Document;
use super::escape::{self, markdown as esc};
use super::summary_phrase as phrase;
use super::summary_words::Words;
use crate::report::summary::{DeadlineLine, Happened, SummaryReport};

/// Renders the summary in `w`'s words.
#[must_use]
pub fn render(r: &SummaryReport, w: &Words) -> Document {
    let mut out = Document::new();
    let quarter = (w.quarter)(r.period.quarter);
    let _ = writeln!(out, "# {}, {quarter}\n", w.title);
    if let Some(name) = r.repository.as_deref().filter(|n| !n.trim().is_empty()) {
        let _ = writeln!(out, "**{}**\n", esc(name));
    }
    let since = (w.state_since)(&r.as_of.to_string(), &r.before.to_string());
    let _ = writeln!(
        out,
        "{}: {} – {}; {since}. {}: {}.\n",
        w.period, r.period.start, r.period.end, w.signatories_shown, r.totals.signatories
    );
    if !r.complete {
        let _ = writeln!(out, "> {}\n", (w.unfinished)(&r.as_of.to_string()));
    }
    key_figures(&mut out, r, w);
    happened(&mut out, &r.happened, w);
    let names = phrase::escaped_names(&r.signatories, escape::markdown_into);
    let _ = writeln!(out, "## {}\n", w.became_overdue);
    deadlines(&mut out, &r.became_overdue, &names, w, true, w.nothing_overdue);
    let older = r.still_overdue_from_earlier();
    let _ = writeln!(out, "## {} ({})\n", w.still_overdue, older.len());
    deadlines(&mut out, older, &names, w, true, w.nothing_still_overdue);
    let _ = writeln!(out, "## {}\n", (w.due_next)(&r.next_quarter.end.to_string()));
    deadlines(&mut out, &r.due_next_quarter, &names, w, false, w.nothing_due);
    groups(&mut out, r, w);
    signatories(&mut out, r, w);
    let _ = writeln!(out, "_{}_", w.made_by);
    out
}

fn table(out: &mut Document, header: &[&str], right: &[bool], rows: &[Vec<String>]) {
    table_head(out, header, right);
    for row in rows {
        table_row(out, row);
    }
    out.push('\n');
}

fn table_head(out: &mut Document, header: &[&str], right: &[bool]) {
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let rule: Vec<&str> = (0..header.len()).map(|i| if right.get(i) == Some(&true) { "--:" } else { "---" }).collect();
    let _ = writeln!(out, "|{}|", rule.join("|"));
}

fn table_row(out: &mut Document, cells: &[String]) {
    out.push('|');
    for cell in cells {
        out.push(' ');
        out.push_str(cell);
        out.push_str(" |");
    }
    out.push('\n');
}

fn key_figures(out: &mut Document, r: &SummaryReport, w: &Words) {
    let t = &r.totals;
    let _ = writeln!(out, "## {}\n", w.key_figures);
    let of = |c: crate::report::summary::Change, whole: usize| format!("{} {} {whole}", c.now, w.of);
    let rows = vec![
        vec![w.signed_row.to_owned(), of(t.signed, t.signatories), Words::change(t.signed.change)],
        vec![
            w.adopted_row.to_owned(),
            of(t.action_plan_adopted, t.signatories),
            Words::change(t.action_plan_adopted.change),
        ],
        vec![
            (w.report_row)(r.report_months),
            of(t.recent_report, t.signatories),
            Words::change(t.recent_report.change),
        ],
        vec![w.goals_row.to_owned(), of(t.goals_achieved, t.goals), Words::change(t.goals_achieved.change)],
        vec![w.activities_row.to_owned(), of(t.activities_done, t.activities), Words::change(t.activities_done.change)],
        vec![w.overdue_row.to_owned(), t.overdue.now.to_string(), Words::change(t.overdue.change)],
    ];
    table(out, &["", w.at_end, w.change], &[false, true, true], &rows);
}

fn happened(out: &mut Document, h: &Happened, w: &Words) {
    let _ = writeln!(out, "## {}\n", w.happened);
    if h.is_empty() {
        let _ = writeln!(out, "{}\n", w.nothing_happened);
        return;
    }
    let mut list = |title: &str, items: Vec<String>| {
        if !items.is_empty() {
            let _ = writeln!(out, "### {title} ({})\n", items.len());
            for item in items {
                let _ = writeln!(out, "- {item}");
            }
            out.push('\n');
        }
    };
    list(w.signed, h.signed.iter().map(|e| format!("{} {}", e.date, esc(&e.name))).collect());
    list(
        w.plans_adopted,
        h.plans_adopted
            .iter()
            .map(|e| {
                let mut s = format!("{} {}", e.date, esc(&e.name));
                if let (Some(start), Some(end)) = (e.start, e.end) {
                    let _ = write!(s, " — {} {start} – {end}", w.covers);
                }
                let notes: Vec<&str> = [(e.first, w.first_plan), (e.late, w.late)]
                    .into_iter()
                    .filter(|(b, _)| *b)
                    .map(|(_, t)| t)
                    .collect();
                if !notes.is_empty() {
                    let _ = write!(s, " ({})", notes.join(", "));
                }
                link(&mut s, e.url.as_deref());
                s
            })
            .collect(),
    );
    list(
        w.reports,
        h.reports
            .iter()
            .map(|e| {
                let mut s = format!("{} {}", e.date, esc(&e.name));
                link(&mut s, e.url.as_deref());
                s
            })
            .collect(),
    );
    list(
        w.activities_finished,
        h.activities_finished
            .iter()
            .map(|e| {
                let late = if e.late { format!(", {}", w.late) } else { String::new() };
                format!("{} {}: {} — {}{late}", e.date, esc(&e.name), esc(&e.title), (w.status)(e.status))
            })
            .collect(),
    );
    list(
        w.goals_achieved,
        h.goals_achieved
            .iter()
            .map(|e| {
                let how = if e.how == "date" { w.by_date } else { w.by_measurement };
                format!("{} {}: {} — {how}", e.date, esc(&e.name), esc(&e.title))
            })
            .collect(),
    );
    if !h.measurements.is_empty() {
        let _ = writeln!(out, "### {} ({})\n", w.measurements, h.measurements.len());
        let rows: Vec<Vec<String>> = h
            .measurements
            .iter()
            .map(|m| {
                vec![
                    m.date.to_string(),
                    esc(&m.name),
                    esc(&m.title),
                    phrase::value(w, m, esc),
                    phrase::count(m.women),
                    phrase::count(m.men),
                    m.women_share.map(|s| w.percent(s)).unwrap_or_default(),
                ]
            })
            .collect();
        table(
            out,
            &[w.date, w.signatory, w.goal, w.value, w.women, w.men, w.women_share],
            &[false, false, false, true, true, true, true],
            &rows,
        );
    }
}

/// A web address as an autolink, when it is a plain http(s) address.
fn link(s: &mut String, url: Option<&str>) {
    if let Some(url) = url.and_then(phrase::safe_url) {
        let _ = write!(s, " <{url}>");
    }
}

/// A Markdown table row.
const ROW: phrase::RowMarkup =
    phrase::RowMarkup { start: "| ", between: " | ", before_number: " | ", end: " |\n", esc: escape::markdown_into };

fn deadlines(out: &mut Document, lines: &[DeadlineLine], names: &[String], w: &Words, overdue: bool, empty: &str) {
    if lines.is_empty() {
        let _ = writeln!(out, "{empty}\n");
        return;
    }
    let (headers, right_aligned) = phrase::deadline_columns(w, overdue);
    table_head(out, &headers, &right_aligned);
    phrase::write_deadline_rows(out, lines, names, w, overdue, &ROW);
    out.push('\n');
}

fn groups(out: &mut Document, r: &SummaryReport, w: &Words) {
    let _ = writeln!(out, "## {}\n", w.per_group);
    let mut rows: Vec<Vec<String>> = r.groups.iter().map(|g| phrase::group_row(esc(&g.name), &g.figures)).collect();
    rows.push(phrase::group_row(format!("**{}**", w.all), &r.totals));
    table(
        out,
        &[w.group, w.count, w.signed_col, w.action_plan, w.reported, w.goals, w.activities, w.overdue],
        &[false, true, true, true, true, true, true, true],
        &rows,
    );
}

fn signatories(out: &mut Document, r: &SummaryReport, w: &Words) {
    let _ = writeln!(out, "## {}\n", w.per_signatory);
    let t = phrase::signatory_table(&r.signatories, w, esc, w.unknown);
    table(out, &t.headers, &t.right_aligned, &t.rows);
}

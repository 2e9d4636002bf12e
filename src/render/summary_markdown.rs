//! The quarterly summary as Markdown (GFM): short sections and tables that fit an e-mail or a
//! pull-request comment. Every piece of plan text goes through `escape::markdown`.

use std::fmt::Write as _;

use super::escape::markdown as esc;
use super::notice::Notice;
use super::pieces::Pieces;
use super::summary_phrase as phrase;
use super::summary_text::SummaryText;
use super::table::{Cell, Column, Table};
use super::{history, markdown, measures};
use crate::message::msg;
use crate::report::summary::{DeadlineLine, Happened, SummaryReport};

/// Renders the summary in `w`'s words, the `notice` of errors in the plans under its heading.
#[must_use]
pub fn render(r: &SummaryReport, w: &SummaryText, notice: Option<&Notice>) -> Vec<String> {
    let mut doc = Pieces::new();
    let out = doc.text();
    let _ = writeln!(out, "# {}\n", w.heading(r.period.quarter));
    out.push_str(&notice.map(Notice::markdown).unwrap_or_default());
    if let Some(name) = r.repository.as_deref().filter(|n| !n.trim().is_empty()) {
        let _ = writeln!(out, "**{}**\n", esc(name));
    }
    let period = w.period((r.period.start, r.period.end), r.as_of, r.before, r.totals.signatories);
    let _ = writeln!(out, "{period}\n");
    if !r.complete {
        let _ = writeln!(out, "> {}\n", w.unfinished(r.as_of));
    }
    key_figures(out, r, w);
    history(out, r, w);
    happened(out, &r.happened, w);
    let ranks = phrase::name_ranks(&r.signatories, w);
    let _ = writeln!(out, "## {}\n", w.became_overdue);
    deadlines(&mut doc, &phrase::by_due_and_name(&r.became_overdue, &ranks), w, true, &w.nothing_overdue);
    let older = r.still_overdue_from_earlier();
    let _ = writeln!(doc.text(), "## {}\n", w.still_overdue(older.len()));
    deadlines(&mut doc, &phrase::by_due_and_name(older, &ranks), w, true, &w.nothing_still_overdue);
    let _ = writeln!(doc.text(), "## {}\n", w.due_next(r.next_quarter.end));
    deadlines(&mut doc, &phrase::by_due_and_name(&r.due_next_quarter, &ranks), w, false, &w.nothing_due);
    let out = doc.text();
    let _ = writeln!(out, "## {}\n", w.per_group);
    table(out, &phrase::group_table(r, w), w);
    let _ = writeln!(out, "## {}\n", w.per_signatory);
    table(out, &phrase::signatory_table(&r.signatories, w), w);
    let _ = writeln!(out, "_{}_", w.made_by);
    doc.into_vec()
}

/// A table as GFM, then a blank line.
fn table(out: &mut String, table: &Table, w: &SummaryText) {
    out.push_str(&markdown::render(std::slice::from_ref(table), w.text().numbers()));
    out.push('\n');
}

fn key_figures(out: &mut String, r: &SummaryReport, w: &SummaryText) {
    let t = &r.totals;
    let _ = writeln!(out, "## {}\n", w.key_figures);
    let of = |c: crate::report::summary::Change, whole: usize| w.part_of(c.now, whole);
    let rows = [
        [w.signed_row.clone(), of(t.signed, t.signatories), w.change(t.signed.change)],
        [w.adopted_row.clone(), of(t.action_plan_adopted, t.signatories), w.change(t.action_plan_adopted.change)],
        [w.report_row(r.report_months), of(t.recent_report, t.signatories), w.change(t.recent_report.change)],
        [w.goals_row.clone(), of(t.goals_achieved, t.goals), w.change(t.goals_achieved.change)],
        [
            w.activities_row.clone(),
            measures::activities(w.text(), t.activities_done.now, t.activities, t.activities_cancelled),
            w.change(t.activities_done.change),
        ],
        [w.overdue_row.clone(), w.count(t.overdue.now), w.change(t.overdue.change)],
    ];
    let figures = Table {
        columns: vec![Column::left(""), Column::right(&w.at_end), Column::right(&w.change)],
        rows: rows.into_iter().map(|row| row.map(Cell::text).into()).collect(),
        ..Table::default()
    };
    table(out, &figures, w);
}

/// Progress over the years: the key figures at the end of each quarter, as a table.
fn history(out: &mut String, r: &SummaryReport, w: &SummaryText) {
    let t = w.text();
    let _ = writeln!(out, "## {}\n", t.get(&msg::site_history()));
    let _ = writeln!(out, "{}\n", t.get(&msg::summary_history_intro(r.history.len())));
    table(out, &history::table(&r.history, t, r.report_months), w);
}

fn happened(out: &mut String, h: &Happened, w: &SummaryText) {
    let _ = writeln!(out, "## {}\n", w.happened);
    if h.is_empty() {
        let _ = writeln!(out, "{}\n", w.nothing_happened);
        return;
    }
    let mut list = |title: &str, items: Vec<String>| {
        if !items.is_empty() {
            let _ = writeln!(out, "### {title} ({})\n", w.count(items.len()));
            for item in items {
                let _ = writeln!(out, "- {item}");
            }
            out.push('\n');
        }
    };
    list(
        &w.signed,
        phrase::by_date_and_name(&h.signed, |e| (e.date, e.name.as_str()), w)
            .into_iter()
            .map(|e| format!("{} {}", e.date, esc(&e.name)))
            .collect(),
    );
    list(
        &w.plans_adopted,
        phrase::by_date_and_name(&h.plans_adopted, |e| (e.date, e.name.as_str()), w)
            .into_iter()
            .map(|e| {
                let mut s = format!("{} {}", e.date, esc(&e.name));
                if let (Some(start), Some(end)) = (e.start, e.end) {
                    let _ = write!(s, " — {}", w.covers(start, end));
                }
                let notes: Vec<&str> = [(e.first, &w.first_plan), (e.late, &w.late)]
                    .into_iter()
                    .filter(|(b, _)| *b)
                    .map(|(_, t)| t.as_str())
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
        &w.reports,
        phrase::by_date_and_name(&h.reports, |e| (e.date, e.name.as_str()), w)
            .into_iter()
            .map(|e| {
                let mut s = format!("{} {}", e.date, esc(&e.name));
                link(&mut s, e.url.as_deref());
                s
            })
            .collect(),
    );
    list(
        &w.activities_finished,
        phrase::by_date_and_name(&h.activities_finished, |e| (e.date, e.name.as_str()), w)
            .into_iter()
            .map(|e| {
                let late = if e.late { format!(", {}", w.late) } else { String::new() };
                format!("{} {}: {} — {}{late}", e.date, esc(&e.name), esc(&e.title), w.status(e.status))
            })
            .collect(),
    );
    list(
        &w.goals_achieved,
        phrase::by_date_and_name(&h.goals_achieved, |e| (e.date, e.name.as_str()), w)
            .into_iter()
            .map(|e| {
                let how = if e.how == "date" { &w.by_date } else { &w.by_measurement };
                format!("{} {}: {} — {how}", e.date, esc(&e.name), esc(&e.title))
            })
            .collect(),
    );
    if !h.measurements.is_empty() {
        let _ = writeln!(out, "### {} ({})\n", w.measurements, w.count(h.measurements.len()));
        table(out, &phrase::measurement_table(&h.measurements, w), w);
    }
}

/// A web address as an autolink, when it is a plain http(s) address.
fn link(s: &mut String, url: Option<&str>) {
    if let Some(url) = url.and_then(phrase::safe_url) {
        let _ = write!(s, " <{url}>");
    }
}

fn deadlines(doc: &mut Pieces, lines: &[&DeadlineLine], w: &SummaryText, overdue: bool, empty: &str) {
    if lines.is_empty() {
        let _ = writeln!(doc.text(), "{empty}\n");
        return;
    }
    // Tens of thousands of rows on a large repository: made on every core, kept as chunks.
    markdown::write_head(doc.text(), &phrase::deadline_head(w, overdue));
    doc.chunks(lines, |text, lines| {
        markdown::write_rows(text, &phrase::deadline_rows(lines, w, overdue), w.text().numbers());
    });
    doc.text().push('\n');
}

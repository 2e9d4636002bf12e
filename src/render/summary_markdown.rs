//! The quarterly summary as Markdown (GFM): short sections and tables that fit an e-mail or a
//! pull-request comment. Every piece of plan text goes through `escape::markdown`.

use std::fmt::Write as _;

use super::document::Document;
use super::escape::{self, markdown as esc};
use super::summary_phrase as phrase;
use super::summary_text::SummaryText;
use crate::report::summary::{DeadlineLine, Happened, SummaryReport};

/// Renders the summary in `w`'s words.
#[must_use]
pub fn render(r: &SummaryReport, w: &SummaryText) -> Document {
    let mut out = Document::new();
    let _ = writeln!(out, "# {}\n", w.heading(r.period.quarter));
    if let Some(name) = r.repository.as_deref().filter(|n| !n.trim().is_empty()) {
        let _ = writeln!(out, "**{}**\n", esc(name));
    }
    let period = w.period((r.period.start, r.period.end), r.as_of, r.before, r.totals.signatories);
    let _ = writeln!(out, "{period}\n");
    if !r.complete {
        let _ = writeln!(out, "> {}\n", w.unfinished(r.as_of));
    }
    key_figures(&mut out, r, w);
    happened(&mut out, &r.happened, w);
    let names = phrase::escaped_names(&r.signatories, escape::markdown_into);
    let ranks = phrase::name_ranks(&r.signatories, w);
    let _ = writeln!(out, "## {}\n", w.became_overdue);
    deadlines(&mut out, &phrase::by_due_and_name(&r.became_overdue, &ranks), &names, w, true, &w.nothing_overdue);
    let older = r.still_overdue_from_earlier();
    let _ = writeln!(out, "## {}\n", w.still_overdue(older.len()));
    deadlines(&mut out, &phrase::by_due_and_name(older, &ranks), &names, w, true, &w.nothing_still_overdue);
    let _ = writeln!(out, "## {}\n", w.due_next(r.next_quarter.end));
    deadlines(&mut out, &phrase::by_due_and_name(&r.due_next_quarter, &ranks), &names, w, false, &w.nothing_due);
    groups(&mut out, r, w);
    signatories(&mut out, r, w);
    let _ = writeln!(out, "_{}_", w.made_by);
    out
}

fn table(out: &mut Document, header: &[String], right: &[bool], rows: &[Vec<String>]) {
    table_head(out, header, right);
    for row in rows {
        table_row(out, row);
    }
    out.push('\n');
}

fn table_head(out: &mut Document, header: &[String], right: &[bool]) {
    let _ = writeln!(out, "| {} |", header.iter().map(|h| esc(h)).collect::<Vec<_>>().join(" | "));
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

fn key_figures(out: &mut Document, r: &SummaryReport, w: &SummaryText) {
    let t = &r.totals;
    let _ = writeln!(out, "## {}\n", w.key_figures);
    let of = |c: crate::report::summary::Change, whole: usize| w.part_of(c.now, whole);
    let rows = vec![
        vec![w.signed_row.clone(), of(t.signed, t.signatories), w.change(t.signed.change)],
        vec![w.adopted_row.clone(), of(t.action_plan_adopted, t.signatories), w.change(t.action_plan_adopted.change)],
        vec![w.report_row(r.report_months), of(t.recent_report, t.signatories), w.change(t.recent_report.change)],
        vec![w.goals_row.clone(), of(t.goals_achieved, t.goals), w.change(t.goals_achieved.change)],
        vec![w.activities_row.clone(), of(t.activities_done, t.activities), w.change(t.activities_done.change)],
        vec![w.overdue_row.clone(), w.count(t.overdue.now), w.change(t.overdue.change)],
    ];
    table(out, &[String::new(), w.at_end.clone(), w.change.clone()], &[false, true, true], &rows);
}

fn happened(out: &mut Document, h: &Happened, w: &SummaryText) {
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
        let _ = writeln!(out, "### {} ({})\n", w.measurements, h.measurements.len());
        let rows: Vec<Vec<String>> = phrase::by_date_and_name(&h.measurements, |m| (m.date, m.name.as_str()), w)
            .into_iter()
            .map(|m| {
                vec![
                    m.date.to_string(),
                    esc(&m.name),
                    esc(&m.title),
                    phrase::value(w, m, esc),
                    phrase::count(m.women, w),
                    phrase::count(m.men, w),
                    m.women_share.map(|s| w.share(s)).unwrap_or_default(),
                ]
            })
            .collect();
        let header = [&w.date, &w.signatory, &w.goal, &w.value, &w.women, &w.men, &w.women_share].map(String::clone);
        table(out, &header, &[false, false, false, true, true, true, true], &rows);
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

fn deadlines(
    out: &mut Document,
    lines: &[&DeadlineLine],
    names: &[String],
    w: &SummaryText,
    overdue: bool,
    empty: &str,
) {
    if lines.is_empty() {
        let _ = writeln!(out, "{empty}\n");
        return;
    }
    let (headers, right_aligned) = phrase::deadline_columns(w, overdue);
    table_head(out, &headers, &right_aligned);
    phrase::write_deadline_rows(out, lines, names, w, overdue, &ROW);
    out.push('\n');
}

fn groups(out: &mut Document, r: &SummaryReport, w: &SummaryText) {
    let _ = writeln!(out, "## {}\n", w.per_group);
    let mut rows: Vec<Vec<String>> = phrase::by_name(&r.groups, |g| g.name.as_str(), w)
        .into_iter()
        .map(|g| phrase::group_row(esc(&g.name), &g.figures, w))
        .collect();
    rows.push(phrase::group_row(format!("**{}**", esc(&w.all)), &r.totals, w));
    let header =
        [&w.group, &w.count, &w.group_signed, &w.group_adopted, &w.reported, &w.goals, &w.activities, &w.overdue]
            .map(String::clone);
    table(out, &header, &[false, true, true, true, true, true, true, true], &rows);
}

fn signatories(out: &mut Document, r: &SummaryReport, w: &SummaryText) {
    let _ = writeln!(out, "## {}\n", w.per_signatory);
    let t = phrase::signatory_table(&r.signatories, w, esc, &w.unknown);
    table(out, &t.headers, &t.right_aligned, &t.rows);
}

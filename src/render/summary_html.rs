//! The quarterly summary as one self-contained HTML page: inline CSS (with print rules for A4),
//! charts as inline SVG, no scripts and no external assets. All plan text goes through
//! `escape::html`.

use std::fmt::Write as _;

use super::escape::html as esc;
use super::notice::Notice;
use super::pieces::Pieces;
use super::summary_phrase as phrase;
use super::summary_text::SummaryText;
use super::table::Table;
use super::{history, html_table, measures, svg};
use crate::message::msg;
use crate::report::summary::{Change, DeadlineLine, EARLIER, Happened, SummaryReport};

const CSS: &str = include_str!("summary.css");

/// Renders the summary in `w`'s words, the `notice` of errors in the plans under its heading.
#[must_use]
pub fn render(r: &SummaryReport, w: &SummaryText, notice: Option<&Notice>) -> Vec<String> {
    let heading = esc(&w.heading(r.period.quarter));
    let repo = r.repository.as_deref().filter(|n| !n.trim().is_empty());
    let title = match repo {
        Some(name) => format!("{heading} — {}", esc(name)),
        None => heading.clone(),
    };
    let mut doc = Pieces::new();
    let out = doc.text();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<main>\n<header>\n",
        w.code()
    );
    if let Some(name) = repo {
        let _ = writeln!(out, "<p class=\"repo\">{}</p>", esc(name));
    }
    let period = w.period((r.period.start, r.period.end), r.as_of, r.before, r.totals.signatories);
    let _ = writeln!(out, "<h1>{heading}</h1>\n<p class=\"meta\">{}</p>", esc(&period));
    if !r.complete {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", esc(&w.unfinished(r.as_of)));
    }
    out.push_str(&notice.map(Notice::html).unwrap_or_default());
    out.push_str("</header>\n");
    key_figures(out, r, w);
    history(out, r, w);
    happened(out, &r.happened, w);
    let ranks = phrase::name_ranks(&r.signatories, w);
    let numbers = w.text().numbers();
    if !r.balance.is_empty() {
        let balance = phrase::by_name(&r.balance, |b| b.name.as_str(), w);
        let rows: Vec<(String, f64)> =
            balance.iter().map(|b| (format!("{}: {}", b.name, b.title), b.women_share)).collect();
        let min = r.balance.first().map_or(40.0, |b| b.min_share);
        let same = r.balance.iter().all(|b| (b.min_share - min).abs() < f64::EPSILON);
        let min = if same { min } else { 40.0 };
        let caption = w.chart_share(min);
        let svg = svg::share_chart(&caption, &rows, min, numbers);
        section(doc.text(), &w.balance_heading, |out| chart(out, &caption, &svg));
    }
    long_section(&mut doc, &w.became_overdue, |doc| {
        deadlines(doc, &phrase::by_due_and_name(&r.became_overdue, &ranks), w, true, &w.nothing_overdue);
    });
    let older = r.still_overdue_from_earlier();
    long_section(&mut doc, &w.still_overdue(older.len()), |doc| {
        deadlines(doc, &phrase::by_due_and_name(older, &ranks), w, true, &w.nothing_still_overdue);
    });
    long_section(&mut doc, &w.due_next(r.next_quarter.end), |doc| {
        deadlines(doc, &phrase::by_due_and_name(&r.due_next_quarter, &ranks), w, false, &w.nothing_due);
        let earlier = w.text().get(&crate::message::msg::chart_earlier());
        let label = |month: &str| if month == EARLIER { earlier.clone() } else { month.to_owned() };
        let months: Vec<(String, usize, usize)> =
            r.deadlines_by_month.iter().map(|m| (label(&m.month), m.open, m.overdue)).collect();
        chart(doc.text(), &w.chart_deadlines, &svg::deadline_columns(&w.chart_deadlines, &months, numbers));
    });
    section(doc.text(), &w.per_group, |out| groups(out, r, w));
    section(doc.text(), &w.per_signatory, |out| signatories(out, r, w));
    let _ = writeln!(doc.text(), "<footer>{}</footer>\n</main>\n</body>\n</html>", esc(&w.made_by));
    doc.into_vec()
}

fn section(out: &mut String, title: &str, body: impl FnOnce(&mut String)) {
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", esc(title));
    body(out);
    out.push_str("</section>\n");
}

/// A [`section`] with a long table in it, kept as pieces.
fn long_section(doc: &mut Pieces, title: &str, body: impl FnOnce(&mut Pieces)) {
    let _ = writeln!(doc.text(), "<section>\n<h2>{}</h2>", esc(title));
    body(doc);
    doc.text().push_str("</section>\n");
}

/// A chart with a visible caption (the SVG's own title shows only as a tooltip).
fn chart(out: &mut String, caption: &str, svg: &str) {
    let _ = write!(out, "<figure class=\"chart\">\n<figcaption>{}</figcaption>\n{svg}</figure>\n", esc(caption));
}

/// A table of the page, its cells escaped by [`html_table`].
fn table(out: &mut String, table: &Table, class: &str, w: &SummaryText) {
    html_table::render(out, table, class, w.text().numbers());
}

/// The change as a coloured figure; `more_is_better` is false for overdue counts.
fn delta(c: Change, more_is_better: bool, w: &SummaryText) -> String {
    let class = match (c.change.signum(), more_is_better) {
        (0, _) => "flat",
        (1, true) | (-1, false) => "good",
        _ => "bad",
    };
    format!("<span class=\"delta {class}\">{}</span>", w.change(c.change))
}

fn key_figures(out: &mut String, r: &SummaryReport, w: &SummaryText) {
    let t = &r.totals;
    let _ = writeln!(out, "<section>\n<h2>{}</h2>\n<div class=\"cards\">", esc(&w.key_figures));
    let report_row = w.report_row(r.report_months);
    let activities = measures::activities(w.text(), t.activities_done.now, t.activities, t.activities_cancelled);
    let cards: [(&str, Change, Option<String>, bool); 6] = [
        (&w.signed_row, t.signed, Some(w.part_of(t.signed.now, t.signatories)), true),
        (&w.adopted_row, t.action_plan_adopted, Some(w.part_of(t.action_plan_adopted.now, t.signatories)), true),
        (&report_row, t.recent_report, Some(w.part_of(t.recent_report.now, t.signatories)), true),
        (&w.goals_row, t.goals_achieved, Some(w.part_of(t.goals_achieved.now, t.goals)), true),
        (&w.activities_row, t.activities_done, Some(activities), true),
        (&w.overdue_row, t.overdue, None, false),
    ];
    for (label, change, words, good) in cards {
        // "22 of 23": the part large, "of 23" small.
        let number = match words {
            Some(words) => {
                let part = w.count(change.now);
                match words.strip_prefix(&part) {
                    Some(rest) => format!("{part}<span class=\"of\">{}</span>", esc(rest)),
                    None => esc(&words),
                }
            }
            None => w.count(change.now),
        };
        let _ = writeln!(
            out,
            "<div class=\"card\"><div class=\"num\">{number}</div><div class=\"label\">{}</div>\
             <div class=\"since\">{} {}</div></div>",
            esc(label),
            delta(change, good, w),
            esc(&w.change.to_lowercase())
        );
    }
    out.push_str("</div>\n</section>\n");
}

/// Progress over the years: the chart, and under it the same figures as a table (for screen
/// readers, and for the exact numbers).
fn history(out: &mut String, r: &SummaryReport, w: &SummaryText) {
    let t = w.text();
    section(out, &t.get(&msg::site_history()), |out| {
        out.push_str(&history::figure(&r.history, r.totals.signatories, t, r.report_months));
        let table_ =
            Table { title: Some(t.get(&msg::site_chart_table())), ..history::table(&r.history, t, r.report_months) };
        table(out, &table_, "history", w);
    });
}

fn happened(out: &mut String, h: &Happened, w: &SummaryText) {
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", esc(&w.happened));
    if h.is_empty() {
        let _ = writeln!(out, "<p>{}</p>\n</section>", esc(&w.nothing_happened));
        return;
    }
    out.push_str("<div class=\"events\">\n");
    let mut list = |title: &str, items: Vec<String>| {
        if !items.is_empty() {
            let _ = writeln!(out, "<div class=\"event-list\"><h3>{} ({})</h3>\n<ul>", esc(title), w.count(items.len()));
            for item in items {
                let _ = writeln!(out, "<li>{item}</li>");
            }
            out.push_str("</ul></div>\n");
        }
    };
    let when = |d: &crate::report::Day| format!("<time>{d}</time>");
    let tag = |class: &str, words: &str| format!(" <span class=\"{class}\">{}</span>", esc(words));
    list(
        &w.signed,
        phrase::by_date_and_name(&h.signed, |e| (e.date, e.name.as_str()), w)
            .into_iter()
            .map(|e| format!("{} <b>{}</b>", when(&e.date), esc(&e.name)))
            .collect(),
    );
    list(
        &w.plans_adopted,
        phrase::by_date_and_name(&h.plans_adopted, |e| (e.date, e.name.as_str()), w)
            .into_iter()
            .map(|e| {
                let mut s = format!("{} <b>{}</b>", when(&e.date), linked(&esc(&e.name), e.url.as_deref()));
                if let (Some(start), Some(end)) = (e.start, e.end) {
                    let _ = write!(s, " — {}", esc(&w.covers(start, end)));
                }
                if e.first {
                    s.push_str(&tag("tag", &w.first_plan));
                }
                if e.late {
                    s.push_str(&tag("tag bad", &w.late));
                }
                s
            })
            .collect(),
    );
    list(
        &w.reports,
        phrase::by_date_and_name(&h.reports, |e| (e.date, e.name.as_str()), w)
            .into_iter()
            .map(|e| format!("{} <b>{}</b>", when(&e.date), linked(&esc(&e.name), e.url.as_deref())))
            .collect(),
    );
    list(
        &w.activities_finished,
        phrase::by_date_and_name(&h.activities_finished, |e| (e.date, e.name.as_str()), w)
            .into_iter()
            .map(|e| {
                let late = if e.late { tag("tag bad", &w.late) } else { String::new() };
                let status = esc(&w.status(e.status));
                format!("{} <b>{}</b>: {} — {status}{late}", when(&e.date), esc(&e.name), esc(&e.title))
            })
            .collect(),
    );
    list(
        &w.goals_achieved,
        phrase::by_date_and_name(&h.goals_achieved, |e| (e.date, e.name.as_str()), w)
            .into_iter()
            .map(|e| {
                let how = esc(if e.how == "date" { &w.by_date } else { &w.by_measurement });
                format!("{} <b>{}</b>: {} — {how}", when(&e.date), esc(&e.name), esc(&e.title))
            })
            .collect(),
    );
    out.push_str("</div>\n");
    if !h.measurements.is_empty() {
        let _ = writeln!(out, "<h3>{} ({})</h3>", esc(&w.measurements), w.count(h.measurements.len()));
        table(out, &phrase::measurement_table(&h.measurements, w), "measurements", w);
    }
    out.push_str("</section>\n");
}

/// Escaped text, as a link when the address is a plain http(s) one.
fn linked(text: &str, url: Option<&str>) -> String {
    match url.and_then(phrase::safe_url) {
        Some(url) => format!("<a href=\"{}\">{text}</a>", esc(url)),
        None => text.to_owned(),
    }
}

fn deadlines(doc: &mut Pieces, lines: &[&DeadlineLine], w: &SummaryText, overdue: bool, empty: &str) {
    if lines.is_empty() {
        let _ = writeln!(doc.text(), "<p>{}</p>", esc(empty));
        return;
    }
    // Tens of thousands of rows on a large repository: made on every core, kept as chunks.
    let head = phrase::deadline_head(w, overdue);
    html_table::write_head(doc.text(), &head, "deadlines");
    doc.chunks(lines, |text, lines| {
        html_table::write_rows(text, &phrase::deadline_rows(lines, w, overdue), &head.columns, w.text().numbers());
    });
    html_table::write_foot(doc.text(), &head, w.text().numbers());
}

fn groups(out: &mut String, r: &SummaryReport, w: &SummaryText) {
    table(out, &phrase::group_table(r, w), "groups", w);
}

fn signatories(out: &mut String, r: &SummaryReport, w: &SummaryText) {
    let signatories = phrase::signatory_table(&r.signatories, w);
    table(out, &signatories, "signatories", w);
    if let Some(note) = &signatories.note {
        let _ = writeln!(out, "<p class=\"small\">{}</p>", esc(note));
    }
    let bars: Vec<(String, Option<f64>, String)> = phrase::by_name(&r.signatories, |s| s.name.as_str(), w)
        .into_iter()
        .filter_map(|s| {
            let mean = phrase::mean(s);
            mean.short(w.text()).map(|words| (s.name.clone(), mean.progress, words))
        })
        .collect();
    if !bars.is_empty() {
        let svg = svg::progress_bars(&w.chart_progress, &bars, w.text().numbers());
        chart(out, &w.chart_progress, &svg);
    }
}

//! Progress over the years (the summary's `history`), for the summary and the site's start page
//! alike: each quarter's label, a table of its six key figures, and a line chart of its three
//! counts of signatories — a picture of the table, which carries the same numbers.

use std::fmt::Write as _;

use super::escape::html as esc;
use super::table::{Cell, Column, Table};
use super::text::Text;
use crate::message::msg;
use crate::report::summary::HistoryPoint;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 234.0;
const LEFT: f64 = 48.0;
const RIGHT: f64 = 36.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 44.0;

/// The series of the chart: its colour and its dash pattern (so that the lines differ without
/// colour, too). The pages' CSS draws the legend's keys `.key.history-1` … `-3` the same way.
const SERIES: [(&str, &str); 3] = [("#2f6f9f", ""), ("#2e7d32", "8 4"), ("#8a4b08", "2 4")];

/// The three counts of signatories the chart draws, in the table's order.
const CHARTED: [fn(&HistoryPoint) -> usize; 3] = [|p| p.signed, |p| p.action_plan_adopted, |p| p.recent_report];

/// Each quarter as people read it: "Q3 2026", and for a quarter still running "Q4 2026 (to
/// 2026-11-24)".
#[must_use]
pub fn labels(points: &[HistoryPoint], t: &Text) -> Vec<String> {
    points
        .iter()
        .map(|p| {
            let quarter = t.get(&msg::site_quarter(p.quarter.number().to_string(), p.quarter.year().to_string()));
            if p.end.0 == p.quarter.end() { quarter } else { t.get(&msg::site_quarter_so_far(p.end.0, quarter)) }
        })
        .collect()
}

/// The names of the chart's three series (the table's first three figures).
fn series_names(t: &Text, report_months: u32) -> [String; 3] {
    [
        t.get(&msg::site_history_signed()),
        t.get(&msg::site_history_adopted()),
        t.get(&msg::site_history_reported(report_months)),
    ]
}

/// One row per quarter, oldest first: its label and its six key figures. Untitled; `report_months`
/// is what "a recent progress report" counts.
#[must_use]
pub fn table(points: &[HistoryPoint], t: &Text, report_months: u32) -> Table {
    let [signed, adopted, reported] = series_names(t, report_months);
    let columns = vec![
        Column::left(t.get(&msg::site_quarter_column())),
        Column::right(signed),
        Column::right(adopted),
        Column::right(reported),
        Column::right(t.get(&msg::column_goals_achieved())),
        Column::right(t.get(&msg::column_activities_done())),
        Column::right(t.get(&msg::column_overdue())),
    ];
    let rows = points
        .iter()
        .zip(labels(points, t))
        .map(|(p, label)| {
            let figures =
                [p.signed, p.action_plan_adopted, p.recent_report, p.goals_achieved, p.activities_done, p.overdue];
            std::iter::once(Cell::text(label)).chain(figures.map(Cell::count)).collect()
        })
        .collect();
    Table { columns, rows, ..Table::default() }
}

/// The chart as an HTML `<figure>` with its caption and legend (the keys' classes are
/// `key history-N`); `signatories` is the top of its scale.
#[must_use]
pub fn figure(points: &[HistoryPoint], signatories: usize, t: &Text, report_months: u32) -> String {
    let caption = esc(&t.get(&msg::site_history_chart()));
    let mut legend = String::new();
    for (i, name) in series_names(t, report_months).iter().enumerate() {
        let _ = write!(legend, "<span class=\"key history-{}\"></span>{} ", i + 1, esc(name));
    }
    let axis: Vec<(String, Option<i32>)> = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let year = (i == 0 || p.quarter.number() == 1).then(|| p.quarter.year());
            (t.get(&msg::site_quarter_short(p.quarter.number().to_string())), year)
        })
        .collect();
    format!(
        "<figure class=\"chart\">\n<figcaption>{caption}<br><span class=\"legend\">{}</span></figcaption>\n{}</figure>\n",
        legend.trim_end(),
        chart(points, signatories, &axis, &caption)
    )
}

/// One line per series over the quarters, on a scale from 0 to the number of signatories;
/// `label` (HTML already) names the chart for screen readers.
fn chart(points: &[HistoryPoint], signatories: usize, axis: &[(String, Option<i32>)], label: &str) -> String {
    let top = points.iter().flat_map(|p| CHARTED.iter().map(move |v| v(p))).max().unwrap_or(0).max(signatories).max(1);
    #[allow(clippy::cast_precision_loss)] // counts far below 2^52
    let (top, count) = (top as f64, (points.len().max(2) - 1) as f64);
    #[allow(clippy::cast_precision_loss)]
    let x = |i: usize| LEFT + (WIDTH - LEFT - RIGHT) * i as f64 / count;
    let y = |v: f64| HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * v / top;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
         role=\"img\" aria-label=\"{label}\" font-family=\"sans-serif\" font-size=\"11\">\n"
    );
    // Whole numbers only, each drawn where its label says.
    for tick in [0.0, (top / 2.0).round(), top] {
        let _ = writeln!(
            s,
            "<line x1=\"{LEFT}\" y1=\"{0:.1}\" x2=\"{1:.1}\" y2=\"{0:.1}\" stroke=\"#d8dee4\"/>\n\
             <text x=\"{2:.1}\" y=\"{3:.1}\" text-anchor=\"end\" fill=\"#3d4750\">{4}</text>",
            y(tick),
            WIDTH - RIGHT,
            LEFT - 6.0,
            y(tick) + 4.0,
            tick
        );
    }
    for (i, (quarter, year)) in axis.iter().enumerate() {
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#3d4750\">{}</text>",
            x(i),
            HEIGHT - BOTTOM + 16.0,
            esc(quarter)
        );
        if let Some(year) = year {
            let _ = writeln!(
                s,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#3d4750\">{year}</text>",
                x(i),
                HEIGHT - BOTTOM + 32.0
            );
        }
    }
    for ((color, dash), value) in SERIES.iter().zip(CHARTED) {
        #[allow(clippy::cast_precision_loss)]
        let points: Vec<String> =
            points.iter().enumerate().map(|(i, p)| format!("{:.1},{:.1}", x(i), y(value(p) as f64))).collect();
        let dash = if dash.is_empty() { String::new() } else { format!(" stroke-dasharray=\"{dash}\"") };
        let _ = writeln!(
            s,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2.5\"{dash}/>",
            points.join(" ")
        );
    }
    s.push_str("</svg>\n");
    s
}

//! The start page's "progress over the years": the key figures at the end of each of the last
//! eight quarters (the summary's history), as a line chart of the three counts of signatories
//! and as a table of all six figures, the same numbers in both.

use std::fmt::Write as _;

use crate::message::msg;
use crate::render::escape::html as esc;
use crate::render::text::Text;
use crate::report::site::SiteReport;
use crate::report::summary::HistoryPoint;

use super::html::{self, Column};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 234.0;
const LEFT: f64 = 48.0;
const RIGHT: f64 = 36.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 44.0;

/// The series of the chart: what it counts, its colour and its dash pattern (so that the
/// lines differ without colour, too).
const SERIES: [(&str, &str); 3] = [("#2f6f9f", ""), ("#2e7d32", "8 4"), ("#8a4b08", "2 4")];

/// The section, when there is a history.
pub(super) fn section(out: &mut String, r: &SiteReport, t: &Text) {
    if r.history.len() < 2 {
        return;
    }
    let say = |m| html::text(&t.get(&m));
    let n = t.numbers();
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", say(msg::site_history()));
    let labels: Vec<String> = r
        .history
        .iter()
        .map(|p| {
            let quarter = t.get(&msg::site_quarter(p.quarter.number().to_string(), p.quarter.year().to_string()));
            if p.end.0 == p.quarter.end() { quarter } else { t.get(&msg::site_quarter_so_far(p.end.0, quarter)) }
        })
        .collect();
    let names = [
        say(msg::site_history_signed()),
        say(msg::site_history_adopted()),
        say(msg::site_history_reported(r.report_months)),
    ];
    let values: [fn(&HistoryPoint) -> usize; 3] = [|p| p.signed, |p| p.action_plan_adopted, |p| p.recent_report];
    let mut legend = String::new();
    for (i, name) in names.iter().enumerate() {
        let _ = write!(legend, "<span class=\"key history-{}\"></span>{name} ", i + 1);
    }
    let caption = say(msg::site_history_chart());
    let axis: Vec<(String, Option<i32>)> = r
        .history
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let year = (i == 0 || p.quarter.number() == 1).then(|| p.quarter.year());
            (t.get(&msg::site_quarter_short(p.quarter.number().to_string())), year)
        })
        .collect();
    let svg = chart(r, &values, &axis, &t.get(&msg::site_history_chart()));
    let _ = write!(
        out,
        "<figure class=\"chart\">\n<figcaption>{caption}<br><span class=\"legend\">{}</span></figcaption>\n{svg}</figure>\n",
        legend.trim_end()
    );
    let rows: Vec<Vec<String>> = r
        .history
        .iter()
        .zip(&labels)
        .map(|(p, label)| {
            let count = |c: usize| n.count(c as u64);
            vec![
                esc(label),
                count(p.signed),
                count(p.action_plan_adopted),
                count(p.recent_report),
                count(p.goals_achieved),
                count(p.activities_done),
                count(p.overdue),
            ]
        })
        .collect();
    let headers = [
        say(msg::site_quarter_column()),
        names[0].clone(),
        names[1].clone(),
        names[2].clone(),
        say(msg::column_goals_achieved()),
        say(msg::column_activities_done()),
        say(msg::column_overdue()),
    ];
    let columns: Vec<Column<'_>> =
        headers.iter().enumerate().map(|(i, h)| if i == 0 { Column::text(h) } else { Column::number(h) }).collect();
    html::table(out, &say(msg::site_chart_table()), "figures history", &columns, &rows);
    out.push_str("</section>\n");
}

/// One line per series over the quarters, on a scale from 0 to the number of signatories.
fn chart(
    r: &SiteReport,
    values: &[fn(&HistoryPoint) -> usize; 3],
    axis: &[(String, Option<i32>)],
    label: &str,
) -> String {
    let top = r
        .history
        .iter()
        .flat_map(|p| values.iter().map(move |v| v(p)))
        .max()
        .unwrap_or(0)
        .max(r.status.totals.signatories)
        .max(1);
    #[allow(clippy::cast_precision_loss)] // counts far below 2^52
    let (top, count) = (top as f64, (r.history.len() - 1).max(1) as f64);
    #[allow(clippy::cast_precision_loss)]
    let x = |i: usize| LEFT + (WIDTH - LEFT - RIGHT) * i as f64 / count;
    let y = |v: f64| HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * v / top;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
         role=\"img\" aria-label=\"{}\" font-family=\"sans-serif\" font-size=\"11\">\n",
        esc(label)
    );
    for tick in [0.0, top / 2.0, top] {
        let _ = writeln!(
            s,
            "<line x1=\"{LEFT}\" y1=\"{0:.1}\" x2=\"{1:.1}\" y2=\"{0:.1}\" stroke=\"#d8dee4\"/>\n\
             <text x=\"{2:.1}\" y=\"{3:.1}\" text-anchor=\"end\" fill=\"#3d4750\">{4}</text>",
            y(tick),
            WIDTH - RIGHT,
            LEFT - 6.0,
            y(tick) + 4.0,
            tick.round()
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
    for ((color, dash), value) in SERIES.iter().zip(values) {
        #[allow(clippy::cast_precision_loss)]
        let points: Vec<String> =
            r.history.iter().enumerate().map(|(i, p)| format!("{:.1},{:.1}", x(i), y(value(p) as f64))).collect();
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

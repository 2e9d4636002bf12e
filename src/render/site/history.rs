//! The start page's "progress over the years": the summary's history of the key figures at the
//! end of each of the last eight quarters, drawn and tabled by [`crate::render::history`] (the
//! same chart and table as the summary's).

use std::fmt::Write as _;

use crate::message::msg;
use crate::render::history;
use crate::render::table::{Align, Content};
use crate::render::text::Text;
use crate::report::site::SiteReport;

use super::html::{self, Column};

/// The section, when there is a history.
pub(super) fn section(out: &mut String, r: &SiteReport, t: &Text) {
    if r.history.len() < 2 {
        return;
    }
    let say = |m| html::text(&t.get(&m));
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", say(msg::site_history()));
    out.push_str(&history::figure(&r.history, r.status.totals.signatories, t, r.report_months));
    let table = history::table(&r.history, t, r.report_months);
    let headers: Vec<String> = table.columns.iter().map(|c| html::text(&c.header)).collect();
    let columns: Vec<Column<'_>> = headers
        .iter()
        .zip(&table.columns)
        .map(|(h, c)| if c.align == Align::Right { Column::number(h) } else { Column::text(h) })
        .collect();
    let n = t.numbers();
    let rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|cell| match &cell.content {
                    Content::Text(s) => html::text(s),
                    other => crate::render::table::number_text(other, n).unwrap_or_default(),
                })
                .collect()
        })
        .collect();
    html::table(out, &say(msg::site_chart_table()), "figures history", &columns, &rows);
    out.push_str("</section>\n");
}

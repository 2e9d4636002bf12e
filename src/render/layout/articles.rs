//! `cemr articles` as a table: the articles × groups coverage matrix.

use super::Words;
use crate::render::table::{Cell, Column, Table};
use crate::report::articles::ArticlesReport;

#[must_use]
pub fn articles(report: &ArticlesReport, w: &Words) -> Vec<Table> {
    let mut columns =
        vec![Column::right(w.number), Column::left(w.swedish), Column::left(w.english), Column::right(w.chosen_by)];
    columns.extend(report.groups.iter().map(|g| Column::right(&g.name)));
    let rows = report
        .articles
        .iter()
        .map(|a| {
            let mut row = vec![
                Cell::text(a.number.to_string()),
                Cell::text(a.title_sv),
                Cell::text(a.title_en),
                Cell::text(a.count.to_string()),
            ];
            row.extend(report.groups.iter().map(|g| Cell::text(a.groups.get(&g.id).copied().unwrap_or(0).to_string())));
            row
        })
        .collect();
    let mut total =
        vec![Cell::empty(), Cell::text(w.signatories), Cell::empty(), Cell::text(report.signatories.to_string())];
    total.extend(report.groups.iter().map(|g| Cell::text(g.signatories.to_string())));
    vec![Table {
        title: Some((w.articles_title)(report.charter.as_str(), report.signatories)),
        columns,
        rows,
        footer: vec![total],
        note: None,
    }]
}

//! `cemr articles` as a table: the articles × groups coverage matrix.

use super::Audience;
use crate::message::msg;
use crate::render::table::{Cell, Column, GiveWay, Table};
use crate::report::articles::ArticlesReport;

/// The columns (0 number, 1 Swedish title, 2 English title, 3 chosen by, then one per group)
/// as they give way on a narrow terminal: the titles shortened, the English one left out.
const GIVE_WAY: [(usize, GiveWay); 4] =
    [(2, GiveWay::Shorten(20)), (1, GiveWay::Shorten(28)), (2, GiveWay::Hide), (1, GiveWay::Shorten(16))];

#[must_use]
pub fn articles(report: &ArticlesReport, a: &Audience) -> Vec<Table> {
    let groups = a.order(&report.groups, |g| g.name.as_str());
    let mut columns = vec![
        Column::right(a.get(&msg::column_article_number())),
        Column::left(a.get(&msg::column_swedish())),
        Column::left(a.get(&msg::column_english())),
        Column::right(a.get(&msg::column_chosen_by())),
    ];
    columns.extend(groups.iter().map(|g| Column::right(&g.name)));
    let rows = report
        .articles
        .iter()
        .map(|article| {
            let mut row = vec![
                Cell::count(article.number),
                Cell::text(article.title_sv),
                Cell::text(article.title_en),
                Cell::count(article.count),
            ];
            row.extend(groups.iter().map(|g| Cell::count(article.groups.get(&g.id).copied().unwrap_or(0))));
            row
        })
        .collect();
    let mut total = vec![
        Cell::empty(),
        Cell::text(a.get(&msg::column_signatories())),
        Cell::empty(),
        Cell::count(report.signatories),
    ];
    total.extend(groups.iter().map(|g| Cell::count(g.signatories)));
    vec![Table {
        title: Some(a.get(&msg::articles_title(report.charter.as_str(), report.signatories))),
        columns,
        rows,
        footer: vec![total],
        note: None,
        give_way: GIVE_WAY.to_vec(),
    }]
}

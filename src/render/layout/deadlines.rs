//! `cemr deadlines` as a table: soonest first, overdue and due-soon marked.

use super::Audience;
use crate::message::msg;
use crate::render::table::{Cell, Column, GiveWay, Mark, Table};
use crate::render::terms;
use crate::report::Day;
use crate::report::deadlines::{DeadlineRow, DeadlinesReport};

/// The columns (0 due, 1 signatory, 2 what it is for, 3 title, 4 owner, 5 state) as they give
/// way on a narrow terminal: the title before the date, who is responsible before what is late.
const GIVE_WAY: [(usize, GiveWay); 8] = [
    (3, GiveWay::Shorten(16)),
    (4, GiveWay::Shorten(12)),
    (2, GiveWay::Wrap(12)),
    (1, GiveWay::Wrap(14)),
    (5, GiveWay::Wrap(15)),
    (4, GiveWay::Hide),
    (3, GiveWay::Shorten(10)),
    (3, GiveWay::Hide),
];

#[must_use]
pub fn deadlines(report: &DeadlinesReport, today: Day, a: &Audience) -> Vec<Table> {
    let columns = vec![
        Column::left(a.get(&msg::column_due())),
        Column::left(a.get(&msg::column_signatory())),
        Column::left(a.get(&msg::column_deadline())),
        Column::left(a.get(&msg::column_title())),
        Column::left(a.get(&msg::column_owner())),
        Column::left(a.get(&msg::column_state())),
    ];
    let rows = ordered(report, a)
        .into_iter()
        .map(|r| {
            let (state, mark) = if r.overdue {
                (a.get(&msg::overdue_by(r.days_overdue)), Mark::Overdue)
            } else if r.due_soon {
                (a.get(&msg::due_soon()), Mark::DueSoon)
            } else {
                (String::new(), Mark::Plain)
            };
            // People read what it is for beside its title; CSV keeps the id.
            let what = if a.people() {
                a.get(&terms::deadline_kind(r.kind))
            } else {
                [Some(super::machine_kind(r.kind)), r.id.clone()].into_iter().flatten().collect::<Vec<_>>().join(" ")
            };
            vec![
                Cell::text(r.due.to_string()).marked(mark),
                Cell::text(&r.name),
                Cell::text(what),
                Cell::text(r.title.as_deref().unwrap_or_default()),
                Cell::text(r.owner.as_deref().unwrap_or_default()),
                Cell::text(state).marked(mark),
            ]
        })
        .collect();
    vec![Table {
        title: Some(a.get(&msg::deadlines_title(today.0))),
        columns,
        rows,
        footer: Vec::new(),
        note: report.rows.is_empty().then(|| a.get(&msg::no_deadlines())),
        give_way: GIVE_WAY.to_vec(),
    }]
}

/// Soonest first; on the same day, by signatory name for people (by id for a program), then as
/// the report has them (kind, item id).
fn ordered<'a>(report: &'a DeadlinesReport, a: &Audience) -> Vec<&'a DeadlineRow> {
    let mut rows: Vec<&DeadlineRow> = report.rows.iter().collect();
    if a.people() {
        let ranks = a.text().ranks(rows.iter().map(|r| r.name.as_str()));
        rows.sort_by_key(|r| (r.due, ranks.get(r.name.as_str()).copied().unwrap_or(usize::MAX)));
    }
    rows
}

//! `cemr deadlines` as a table: soonest first, overdue and due-soon marked.

use super::Words;
use crate::render::table::{Cell, Column, Mark, Table};
use crate::report::deadlines::DeadlinesReport;

#[must_use]
pub fn deadlines(report: &DeadlinesReport, today: &str, w: &Words) -> Vec<Table> {
    let columns = vec![
        Column::left(w.due),
        Column::left(w.signatory),
        Column::left(w.deadline),
        Column::left(w.title),
        Column::left(w.owner),
        Column::left(w.state),
    ];
    let rows = report
        .rows
        .iter()
        .map(|r| {
            let what = [Some((w.kind)(r.kind)), r.id.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" ");
            let (state, mark) = if r.overdue {
                (format!("{} {}", w.overdue.to_lowercase(), (w.days)(r.days_overdue)), Mark::Overdue)
            } else if r.due_soon {
                (w.due_soon.to_owned(), Mark::DueSoon)
            } else {
                (String::new(), Mark::Plain)
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
        title: Some((w.deadlines_title)(today)),
        columns,
        rows,
        footer: Vec::new(),
        note: report.rows.is_empty().then(|| w.no_deadlines.to_owned()),
    }]
}

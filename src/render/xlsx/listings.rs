//! `cemr deadlines` and `cemr articles` as sheets: the open deadlines soonest first, and the
//! articles × groups coverage matrix with the groups' sizes.

use super::sheet::{Cell, Sheet, joined};
use super::words;
use crate::message::msg;
use crate::render::text::Text;
use crate::report::articles::ArticlesReport;
use crate::report::deadlines::DeadlinesReport;

/// One sheet, the deadlines in the report's (and the table's) order.
pub(super) fn deadlines<'a>(report: &'a DeadlinesReport, t: &Text) -> Vec<Sheet<'a>> {
    let mut sheet = Sheet::new(
        t,
        &msg::xlsx_sheet_deadlines(),
        &[
            msg::xlsx_col_due(),
            msg::xlsx_col_signatory_id(),
            msg::xlsx_col_signatory(),
            msg::xlsx_col_deadline_kind(),
            msg::xlsx_col_item_id(),
            msg::xlsx_col_title(),
            msg::xlsx_col_owner(),
            msg::xlsx_col_overdue(),
            msg::xlsx_col_days_overdue(),
            msg::xlsx_col_due_soon(),
        ],
    );
    for r in &report.rows {
        sheet.push(vec![
            Cell::Date(r.due),
            Cell::text(r.signatory.as_str()),
            Cell::text(r.name.as_str()),
            Cell::text(words::deadline_kind(t, r.kind)),
            Cell::text_or_empty(r.id.as_deref()),
            Cell::text_or_empty(r.title.as_deref()),
            Cell::text_or_empty(r.owner.as_deref()),
            Cell::Bool(r.overdue),
            Cell::days_overdue(r.overdue, r.days_overdue),
            Cell::Bool(r.due_soon),
        ]);
    }
    vec![sheet]
}

/// The matrix (one column per group, counts) and the groups with how many signatories each has.
pub(super) fn articles<'a>(report: &'a ArticlesReport, t: &Text) -> Vec<Sheet<'a>> {
    let mut matrix = Sheet::new(
        t,
        &msg::xlsx_sheet_articles(),
        &[msg::xlsx_col_number(), msg::xlsx_col_swedish(), msg::xlsx_col_english(), msg::xlsx_col_chosen_by()],
    );
    // The groups' names head their columns, as in the table; the ids come last.
    matrix.headers.extend(report.groups.iter().map(|g| g.name.clone()));
    matrix.headers.push(t.get(&msg::xlsx_col_chosen_by_ids()));
    for a in &report.articles {
        let mut row = vec![
            Cell::Count(i64::from(a.number)),
            Cell::text(a.title_sv),
            Cell::text(a.title_en),
            Cell::count(a.count),
        ];
        row.extend(report.groups.iter().map(|g| Cell::count(a.groups.get(&g.id).copied().unwrap_or(0))));
        row.push(Cell::text(joined(&a.chosen_by)));
        matrix.push(row);
    }
    let mut groups = Sheet::new(
        t,
        &msg::xlsx_sheet_groups(),
        &[msg::xlsx_col_group_id(), msg::xlsx_col_group(), msg::xlsx_col_signatories()],
    );
    for g in &report.groups {
        groups.push(vec![Cell::text(g.id.as_str()), Cell::text(g.name.as_str()), Cell::count(g.signatories)]);
    }
    groups.push(vec![Cell::Empty, Cell::text(t.get(&msg::xlsx_total())), Cell::count(report.signatories)]);
    vec![matrix, groups]
}

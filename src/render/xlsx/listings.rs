//! `cemr deadlines` and `cemr articles` as sheets: the open deadlines soonest first, and the
//! articles × groups coverage matrix with the groups' sizes.

use super::sheet::{Cell, Sheet, joined};
use super::words;
use crate::message::msg;
use crate::render::text::Text;
use crate::report::articles::{ArticlesReport, GroupColumn};
use crate::report::deadlines::DeadlinesReport;

/// One sheet, the deadlines in the report's (and the table's) order.
pub(super) fn deadlines<'a>(report: &'a DeadlinesReport, t: &Text) -> Vec<Sheet<'a>> {
    let mut sheet = Sheet::new(
        t,
        &msg::xlsx_sheet_deadlines(),
        &[
            msg::column_due(),
            msg::xlsx_col_signatory_id(),
            msg::column_signatory(),
            msg::column_deadline(),
            msg::xlsx_col_item_id(),
            msg::column_title(),
            msg::column_owner(),
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
        &[msg::column_article_number(), msg::column_swedish(), msg::column_english(), msg::column_chosen_by()],
    );
    // The groups' names head their columns, in alphabetical order as in the table; the ids come last.
    let mut by_name: Vec<&GroupColumn> = report.groups.iter().collect();
    t.sort_by_name(&mut by_name, |g| g.name.as_str());
    matrix.headers.extend(by_name.iter().map(|g| g.name.clone()));
    matrix.headers.push(t.get(&msg::xlsx_col_chosen_by_ids()));
    for a in &report.articles {
        let mut row = vec![
            Cell::Count(i64::from(a.number)),
            Cell::text(a.title_sv),
            Cell::text(a.title_en),
            Cell::count(a.count),
        ];
        row.extend(by_name.iter().map(|g| Cell::count(a.groups.get(&g.id).copied().unwrap_or(0))));
        row.push(Cell::text(joined(&a.chosen_by)));
        matrix.push(row);
    }
    let mut groups = Sheet::new(
        t,
        &msg::xlsx_sheet_groups(),
        &[msg::xlsx_col_group_id(), msg::xlsx_col_group(), msg::column_signatories()],
    );
    for g in by_name {
        groups.push(vec![Cell::text(g.id.as_str()), Cell::text(g.name.as_str()), Cell::count(g.signatories)]);
    }
    groups.push(vec![Cell::Empty, Cell::text(t.get(&msg::grand_total())), Cell::count(report.signatories)]);
    vec![matrix, groups]
}

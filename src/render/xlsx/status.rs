//! `cemr status` as sheets: the signatories, their totals per group and overall, and with one
//! ID its goals and activities. Rows in the table's order: signatories and groups by name, in
//! the language's alphabetical order.

use super::sheet::{Cell, Sheet, joined};
use super::words;
use crate::message::msg;
use crate::render::text::Text;
use crate::report::status::{SignatoryStatus, StatusReport};
use crate::report::{ActivityDetail, GoalDetail, GroupTotals, Totals, activities_counted};

/// The status workbook's sheets.
pub(super) fn sheets<'a>(report: &'a StatusReport, t: &Text) -> Vec<Sheet<'a>> {
    let mut by_name: Vec<&SignatoryStatus> = report.signatories.iter().collect();
    t.sort_by_name(&mut by_name, |s| s.name.as_str());
    let mut sheets = vec![signatories(&by_name, t), totals(report, t)];
    for s in by_name {
        if let Some(goals) = &s.goal_details {
            sheets.push(goal_sheet(goals, t));
        }
        if let Some(activities) = &s.activity_details {
            sheets.push(activity_sheet(activities, t));
        }
    }
    sheets
}

fn signatories<'a>(by_name: &[&'a SignatoryStatus], t: &Text) -> Sheet<'a> {
    let mut sheet = Sheet::new(
        t,
        &msg::xlsx_sheet_signatories(),
        &[
            msg::column_id(),
            msg::column_signatory(),
            msg::xlsx_col_groups(),
            msg::column_signed(),
            msg::column_action_plan(),
            msg::xlsx_col_action_plan_due(),
            msg::xlsx_col_adopted(),
            msg::column_articles(),
            msg::column_goals(),
            msg::column_goals_achieved(),
            msg::xlsx_col_goals_with_progress(),
            msg::column_goal_progress(),
            msg::column_activities_done(),
            msg::column_activities_counted(),
            msg::xlsx_col_activities_cancelled(),
            msg::column_done(),
            msg::column_overdue(),
            msg::column_next_deadline(),
            msg::xlsx_col_next_deadline_for(),
        ],
    );
    for s in by_name {
        sheet.push(signatory_row(s, t));
    }
    sheet
}

fn signatory_row<'a>(s: &'a SignatoryStatus, t: &Text) -> Vec<Cell<'a>> {
    let next = s.next_deadline.as_ref();
    vec![
        Cell::text(s.id.as_str()),
        Cell::text(s.name.as_str()),
        Cell::text(joined(&s.groups)),
        Cell::date(s.signed),
        Cell::text(words::action_plan_status(t, s.action_plan.status, s.action_plan.adopted)),
        Cell::date(s.action_plan.due),
        Cell::date(s.action_plan.adopted),
        Cell::count(s.articles.len()),
        Cell::count(s.goals.total),
        Cell::count(s.goals.achieved),
        Cell::count(s.goals.with_progress),
        Cell::percent(s.goals.progress),
        // Done of those not cancelled ("3/6" in the table), then the cancelled.
        Cell::count(s.activities.done),
        Cell::count(activities_counted(s.activities.total, s.activities.cancelled)),
        Cell::count(s.activities.cancelled),
        Cell::percent(s.activities.progress),
        Cell::count(s.overdue.len()),
        Cell::date(next.map(|d| d.due)),
        next.map_or(Cell::Empty, |d| Cell::text(words::deadline(t, d.kind, d.id.as_deref()))),
    ]
}

fn totals<'a>(report: &'a StatusReport, t: &Text) -> Sheet<'a> {
    let mut sheet = Sheet::new(
        t,
        &msg::xlsx_sheet_totals(),
        &[
            msg::xlsx_col_group_id(),
            msg::xlsx_col_group(),
            msg::column_signatories(),
            msg::xlsx_col_signed_count(),
            msg::xlsx_col_adopted_count(),
            msg::column_goals(),
            msg::column_goals_achieved(),
            msg::xlsx_col_goals_with_progress(),
            msg::column_goal_progress(),
            msg::column_activities_done(),
            msg::column_activities_counted(),
            msg::xlsx_col_activities_cancelled(),
            msg::column_done(),
            msg::column_overdue(),
        ],
    );
    // As the table's footer: each group, then the total.
    let mut groups: Vec<&GroupTotals> = report.groups.iter().collect();
    t.sort_by_name(&mut groups, |g| g.name.as_str());
    for g in groups {
        sheet.push(totals_row(Cell::text(g.id.as_str()), Cell::text(g.name.as_str()), &g.totals));
    }
    sheet.push(totals_row(Cell::Empty, Cell::text(t.get(&msg::grand_total())), &report.totals));
    sheet
}

fn totals_row<'a>(id: Cell<'a>, name: Cell<'a>, totals: &Totals) -> Vec<Cell<'a>> {
    vec![
        id,
        name,
        Cell::count(totals.signatories),
        Cell::count(totals.signed),
        Cell::count(totals.action_plans_adopted),
        Cell::count(totals.goals),
        Cell::count(totals.goals_achieved),
        Cell::count(totals.goals_with_progress),
        Cell::percent(totals.goal_progress),
        Cell::count(totals.activities_done),
        Cell::count(activities_counted(totals.activities, totals.activities_cancelled)),
        Cell::count(totals.activities_cancelled),
        Cell::percent(totals.activity_progress),
        Cell::count(totals.overdue),
    ]
}

fn goal_sheet<'a>(goals: &'a [GoalDetail], t: &Text) -> Sheet<'a> {
    let mut sheet = Sheet::new(
        t,
        &msg::xlsx_sheet_goals(),
        &[
            msg::column_id(),
            msg::column_goal(),
            msg::xlsx_col_focus(),
            msg::column_articles(),
            msg::xlsx_col_indicator(),
            msg::xlsx_col_unit(),
            msg::xlsx_col_baseline(),
            msg::xlsx_col_target(),
            msg::xlsx_col_min_share(),
            msg::column_goal_progress(),
            msg::column_latest(),
            msg::xlsx_col_value(),
            msg::column_women(),
            msg::column_men(),
            msg::column_women_share(),
            msg::column_trend(),
            msg::column_due(),
            msg::xlsx_col_achieved(),
            msg::xlsx_col_days_overdue(),
            msg::xlsx_col_stale(),
        ],
    );
    for g in goals {
        let latest = g.latest.as_ref();
        let count = |n: Option<u64>| n.map_or(Cell::Empty, |n| Cell::Count(i64::try_from(n).unwrap_or(i64::MAX)));
        sheet.push(vec![
            Cell::text(g.id.as_str()),
            Cell::text(g.title.as_str()),
            Cell::text_or_empty(g.focus.as_deref()),
            Cell::text(joined(&g.articles)),
            g.indicator.map_or(Cell::Empty, |k| Cell::text(words::indicator_kind(t, k))),
            Cell::text_or_empty(g.unit.as_deref()),
            Cell::number(g.baseline),
            Cell::number(g.target),
            Cell::stated(g.min_share),
            Cell::percent(g.progress),
            Cell::date(latest.map(|l| l.date)),
            Cell::number(latest.and_then(|l| l.value)),
            count(latest.and_then(|l| l.women)),
            count(latest.and_then(|l| l.men)),
            Cell::share(latest.and_then(|l| l.women_share)),
            Cell::text(words::trend(t, g.trend)),
            Cell::date(g.due),
            Cell::date(g.achieved_on.filter(|_| g.achieved)),
            Cell::days_overdue(g.overdue, g.days_overdue),
            Cell::Bool(g.stale),
        ]);
    }
    sheet
}

fn activity_sheet<'a>(activities: &'a [ActivityDetail], t: &Text) -> Sheet<'a> {
    let mut sheet = Sheet::new(
        t,
        &msg::xlsx_sheet_activities(),
        &[
            msg::column_id(),
            msg::column_activity(),
            msg::column_owner(),
            msg::column_goals(),
            msg::xlsx_col_start(),
            msg::column_due(),
            msg::column_status(),
            msg::xlsx_col_finished(),
            msg::xlsx_col_days_overdue(),
            msg::xlsx_col_due_soon(),
        ],
    );
    for a in activities {
        sheet.push(vec![
            Cell::text(a.id.as_str()),
            Cell::text(a.title.as_str()),
            Cell::text_or_empty(a.owner.as_deref()),
            Cell::text(joined(&a.goals)),
            Cell::date(a.start),
            Cell::date(a.due),
            Cell::text(words::activity_status(t, a.status)),
            Cell::date(a.finished),
            Cell::days_overdue(a.overdue, a.days_overdue),
            Cell::Bool(a.due_soon),
        ]);
    }
    sheet
}

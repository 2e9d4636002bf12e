//! `cemr status` as tables: one row per signatory with totals; with one signatory, its goals
//! and activities too.

use super::Words;
use crate::deadline::ActionPlanStatus;
use crate::model::ActivityStatus;
use crate::render::table::{Cell, Column, Mark, Table};
use crate::report::status::{SignatoryStatus, StatusReport};
use crate::report::{ActivityDetail, GoalDetail, Totals};

/// The status tables: the overview, then (in the detail view) goals and activities.
#[must_use]
pub fn status(report: &StatusReport, w: &Words) -> Vec<Table> {
    let mut tables = vec![overview(report, w)];
    for s in &report.signatories {
        if let Some(goals) = &s.goal_details {
            tables.push(goal_table(&s.name, goals, w));
        }
        if let Some(activities) = &s.activity_details {
            tables.push(activity_table(&s.name, activities, w));
        }
    }
    tables
}

fn overview(report: &StatusReport, w: &Words) -> Table {
    let columns = vec![
        Column::left(w.id),
        Column::left(w.signatory),
        Column::left(w.signed),
        Column::left(w.action_plan),
        Column::right(w.articles),
        Column::ratio(w.goals, w.goals_achieved, w.goals),
        Column::right(w.goal_progress),
        Column::ratio(w.activities, w.activities_done, w.activities_counted),
        Column::left(w.done),
        Column::right(w.overdue),
        Column::left(w.next_deadline),
    ];
    let rows = report.signatories.iter().map(|s| row(s, w)).collect();
    let mut footer = Vec::new();
    if report.signatories.len() > 1 {
        for g in &report.groups {
            footer.push(totals_row(&(w.group_total)(&g.name), &g.totals, w));
        }
        footer.push(totals_row(w.total, &report.totals, w));
    }
    Table {
        title: Some((w.status_title)(report.repository.as_deref(), &report.today.to_string())),
        columns,
        rows,
        footer,
        note: report.signatories.is_empty().then(|| w.no_signatories.to_owned()),
    }
}

fn row(s: &SignatoryStatus, w: &Words) -> Vec<Cell> {
    let ap = &s.action_plan;
    let plan = match (ap.status, ap.adopted, ap.due) {
        (ActionPlanStatus::NotSigned, None, _) => String::new(),
        (ActionPlanStatus::NotSigned, Some(a), _) => {
            format!("{} {a}", (w.action_plan_status)(ActionPlanStatus::Adopted))
        }
        (status @ (ActionPlanStatus::Adopted | ActionPlanStatus::AdoptedLate), Some(a), _) => {
            format!("{} {a}", (w.action_plan_status)(status))
        }
        (ActionPlanStatus::Overdue, _, Some(due)) => (w.plan_overdue)(&due.to_string()),
        (status, _, Some(due)) => format!("{} {due}", (w.action_plan_status)(status)),
        (status, _, None) => (w.action_plan_status)(status).to_owned(),
    };
    let next = s.next_deadline.as_ref().map_or_else(Cell::missing, |d| {
        let what = [Some((w.kind)(d.kind)), d.id.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" ");
        Cell::text(format!("{what} {}", d.due)).marked_if(d.due_soon, Mark::DueSoon)
    });
    vec![
        Cell::text(&s.id),
        Cell::text(&s.name),
        Cell::text_or_missing(s.signed.map(|d| d.to_string())),
        Cell::text_or_missing(Some(plan).filter(|p| !p.is_empty()))
            .marked_if(ap.status == ActionPlanStatus::Overdue, Mark::Overdue),
        Cell::text(s.articles.len().to_string()),
        Cell::ratio(s.goals.achieved, s.goals.total),
        Cell::percent(s.goals.progress),
        activities(s.activities.done, s.activities.total, s.activities.cancelled, w),
        Cell::bar(s.activities.progress),
        Cell::text(s.overdue.len().to_string()).marked_if(!s.overdue.is_empty(), Mark::Overdue),
        next,
    ]
}

/// Done of those not cancelled, noting the cancelled ones.
fn activities(done: usize, total: usize, cancelled: usize, w: &Words) -> Cell {
    let note = (cancelled > 0).then(|| (w.cancelled_count)(cancelled));
    Cell::ratio_with(done, total.saturating_sub(cancelled), note)
}

fn totals_row(label: &str, t: &Totals, w: &Words) -> Vec<Cell> {
    vec![
        Cell::empty(),
        Cell::text(label),
        Cell::ratio(t.signed, t.signatories),
        Cell::text((w.adopted_count)(t.action_plans_adopted)),
        Cell::empty(),
        Cell::ratio(t.goals_achieved, t.goals),
        Cell::percent(t.goal_progress),
        activities(t.activities_done, t.activities, t.activities_cancelled, w),
        Cell::bar(t.activity_progress),
        Cell::text(t.overdue.to_string()).marked_if(t.overdue > 0, Mark::Overdue),
        Cell::empty(),
    ]
}

fn goal_table(name: &str, goals: &[GoalDetail], w: &Words) -> Table {
    let columns = vec![
        Column::left(w.id),
        Column::left(w.goal),
        Column::left(w.progress),
        Column::left(w.latest),
        Column::right(w.women),
        Column::right(w.men),
        Column::right(w.women_share),
        Column::left(w.trend),
        Column::left(w.due),
        Column::left(w.state),
    ];
    let rows = goals
        .iter()
        .map(|g| {
            let latest = g.latest.as_ref();
            let count = |n: Option<u64>| n.map_or_else(String::new, |n| n.to_string());
            let value = latest.and_then(|l| l.value).map(|v| match &g.unit {
                Some(unit) => format!("{v} {unit}"),
                None => v.to_string(),
            });
            let latest_text = match (value, latest) {
                (Some(v), Some(l)) => format!("{v} ({})", l.date),
                (None, Some(l)) => l.date.to_string(),
                _ => String::new(),
            };
            let mut state = Vec::new();
            if let Some(on) = g.achieved_on.filter(|_| g.achieved) {
                state.push(format!("{} {on}", (w.trend_name)(crate::deadline::Trend::Achieved)));
            }
            if g.overdue {
                state.push(format!("{} {}", w.overdue.to_lowercase(), (w.days)(g.days_overdue)));
            }
            if g.stale {
                state.push(w.stale.to_owned());
            }
            vec![
                Cell::text(&g.id),
                Cell::text(&g.title),
                Cell::bar(g.progress),
                Cell::text_or_missing(Some(latest_text).filter(|t| !t.is_empty())),
                Cell::text(count(latest.and_then(|l| l.women))),
                Cell::text(count(latest.and_then(|l| l.men))),
                Cell::text(latest.and_then(|l| l.women_share).map_or_else(String::new, |s| format!("{s:.1}"))),
                Cell::text((w.trend_name)(g.trend)),
                Cell::text(g.due.map_or_else(String::new, |d| d.to_string())),
                Cell::text(state.join(", ")).marked_if(g.overdue, Mark::Overdue),
            ]
        })
        .collect();
    Table {
        title: Some((w.goals_title)(name)),
        columns,
        rows,
        footer: Vec::new(),
        note: goals.is_empty().then(|| w.no_goals.to_owned()),
    }
}

fn activity_table(name: &str, activities: &[ActivityDetail], w: &Words) -> Table {
    let columns = vec![
        Column::left(w.id),
        Column::left(w.activity),
        Column::left(w.owner),
        Column::left(w.due),
        Column::left(w.status),
    ];
    let rows = activities
        .iter()
        .map(|a| {
            let mut status = (w.activity_status)(a.status).to_owned();
            if let (Some(f), ActivityStatus::Done | ActivityStatus::Cancelled) = (a.finished, a.status) {
                status = format!("{status} {f}");
            }
            if a.overdue {
                status = format!("{status}, {} {}", w.overdue.to_lowercase(), (w.days)(a.days_overdue));
            } else if a.due_soon {
                status = format!("{status}, {}", w.due_soon);
            }
            let mark = if a.overdue {
                Mark::Overdue
            } else if a.due_soon {
                Mark::DueSoon
            } else {
                Mark::Plain
            };
            vec![
                Cell::text(&a.id),
                Cell::text(&a.title),
                Cell::text(a.owner.as_deref().unwrap_or_default()),
                Cell::text(a.due.map_or_else(String::new, |d| d.to_string())),
                Cell::text(status).marked(mark),
            ]
        })
        .collect();
    Table {
        title: Some((w.activities_title)(name)),
        columns,
        rows,
        footer: Vec::new(),
        note: activities.is_empty().then(|| w.no_activities.to_owned()),
    }
}

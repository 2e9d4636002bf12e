//! `cemr status` as tables: one row per signatory with totals; with one signatory, its goals
//! and activities too.

use super::Audience;
use crate::deadline::ActionPlanStatus;
use crate::message::msg;
use crate::render::measures::{self, Mean};
use crate::render::table::{Cell, Column, GiveWay, Mark, Table};
use crate::render::terms;
use crate::report::status::{DeadlineRef, SignatoryStatus, StatusReport};
use crate::report::{ActivityDetail, GoalDetail, Totals};

/// The status tables: the overview, then (in the detail view) goals and activities.
#[must_use]
pub fn status(report: &StatusReport, a: &Audience) -> Vec<Table> {
    let signatories = a.order(&report.signatories, |s| s.name.as_str());
    let mut tables = vec![overview(report, &signatories, a)];
    for s in signatories {
        if let Some(goals) = &s.goal_details {
            tables.push(goal_table(&s.name, goals, a));
        }
        if let Some(activities) = &s.activity_details {
            tables.push(activity_table(&s.name, activities, a));
        }
    }
    tables
}

/// The overview's columns as they give way on a narrow terminal (by index: 0 id, 1 signatory,
/// 2 signed, 3 action plan, 4 articles, 5 goals achieved, 6 goal progress, 7 activities done,
/// 8 the bar, 9 overdue, 10 next deadline): the next deadline's title before its date, the bar
/// before the numbers, the figures of progress last.
const OVERVIEW_GIVES_WAY: [(usize, GiveWay); 13] = [
    (10, GiveWay::Shorten(11)),
    (8, GiveWay::Hide),
    (4, GiveWay::Hide),
    (3, GiveWay::Wrap(18)),
    (1, GiveWay::Wrap(18)),
    (7, GiveWay::Wrap(11)),
    (0, GiveWay::Hide),
    (2, GiveWay::Hide),
    (10, GiveWay::Hide),
    (3, GiveWay::Hide),
    (1, GiveWay::Wrap(14)),
    (6, GiveWay::Wrap(8)),
    (5, GiveWay::Wrap(8)),
];

/// The goals' columns (0 id, 1 goal, 2 progress, 3 latest, 4 women, 5 men, 6 women's share,
/// 7 trend, 8 due, 9 state) as they give way: what the goal is and how far it has come are
/// the point, so the latest measurement's text and figures go first, then the trend, the id
/// and the bar (the progress stays as a figure), and the goal's title last.
const GOALS_GIVE_WAY: [(usize, GiveWay); 12] = [
    (3, GiveWay::Shorten(24)),
    (4, GiveWay::HideWith(5)),
    (5, GiveWay::Hide),
    (1, GiveWay::Shorten(32)),
    (7, GiveWay::Hide),
    (0, GiveWay::Hide),
    (2, GiveWay::Figure),
    (9, GiveWay::Wrap(11)),
    (3, GiveWay::Hide),
    (6, GiveWay::Hide),
    (1, GiveWay::Shorten(20)),
    (8, GiveWay::Hide),
];

/// The activities' columns (0 id, 1 activity, 2 owner, 3 due, 4 status) as they give way.
const ACTIVITIES_GIVE_WAY: [(usize, GiveWay); 6] = [
    (1, GiveWay::Shorten(24)),
    (2, GiveWay::Shorten(14)),
    (4, GiveWay::Wrap(14)),
    (0, GiveWay::Hide),
    (2, GiveWay::Hide),
    (1, GiveWay::Shorten(14)),
];

fn overview(report: &StatusReport, signatories: &[&SignatoryStatus], a: &Audience) -> Table {
    let columns = vec![
        Column::left(a.get(&msg::column_id())),
        Column::left(a.get(&msg::column_signatory())),
        Column::left(a.get(&msg::column_signed())),
        Column::left(a.get(&msg::column_action_plan())),
        Column::right(a.get(&msg::column_articles())),
        Column::ratio(
            a.get(&msg::column_goals_achieved()),
            a.get(&msg::column_goals_achieved()),
            a.get(&msg::column_goals()),
        ),
        Column::right(a.get(&msg::column_goal_progress())),
        Column::ratio(
            a.get(&msg::column_activities_done()),
            a.get(&msg::column_activities_done()),
            a.get(&msg::column_activities_counted()),
        ),
        Column::left(a.get(&msg::column_done())),
        Column::right(a.get(&msg::column_overdue())),
        Column::left(a.get(&msg::column_next_deadline())),
    ];
    let rows = signatories.iter().map(|s| row(s, a)).collect();
    let mut footer = Vec::new();
    if report.signatories.len() > 1 {
        for g in a.order(&report.groups, |g| g.name.as_str()) {
            footer.push(totals_row(&a.get(&msg::group_total(&g.name)), &g.totals, a));
        }
        footer.push(totals_row(&a.get(&msg::grand_total()), &report.totals, a));
    }
    let today = report.today.0;
    let title = match report.repository.as_deref() {
        Some(name) => msg::status_title_named(name, today),
        None => msg::status_title(today),
    };
    Table {
        title: Some(a.get(&title)),
        columns,
        rows,
        footer,
        note: if report.signatories.is_empty() {
            Some(a.get(&msg::no_signatories()))
        } else {
            (a.people() && report.totals.goals > 0).then(|| measures::mean_note(a.text()))
        },
        give_way: OVERVIEW_GIVES_WAY.to_vec(),
    }
}

fn row(s: &SignatoryStatus, a: &Audience) -> Vec<Cell> {
    let ap = &s.action_plan;
    let plan = terms::action_plan(ap.status, ap.adopted, ap.due);
    let next = s
        .next_deadline
        .as_ref()
        .map_or_else(Cell::missing, |d| Cell::text(next_deadline(d, a)).marked_if(d.due_soon, Mark::DueSoon));
    vec![
        Cell::text(&s.id),
        Cell::text(&s.name),
        Cell::text_or_missing(s.signed.map(|d| d.to_string())),
        Cell::text_or_missing(plan.map(|p| a.get(&p))).marked_if(ap.status == ActionPlanStatus::Overdue, Mark::Overdue),
        Cell::count(s.articles.len()),
        Cell::ratio(s.goals.achieved, s.goals.total),
        mean(Mean { progress: s.goals.progress, measured: s.goals.with_progress, goals: s.goals.total }, a),
        activities(s.activities.done, s.activities.total, s.activities.cancelled, a),
        Cell::bar(s.activities.progress),
        Cell::count(s.overdue.len()).marked_if(!s.overdue.is_empty(), Mark::Overdue),
        next,
    ]
}

/// For people, the day and what it is for ("2026-12-31 goal: Fewer women part-time"); for a
/// program, the kind, the id and the day, as CSV has always had it ("goal heltid 2026-12-31").
fn next_deadline(d: &DeadlineRef, a: &Audience) -> String {
    if a.people() {
        a.get(&msg::next_deadline(d.due.0, terms::deadline(d.kind, d.title.as_deref())))
    } else {
        let due = d.due.to_string();
        [Some(super::machine_kind(d.kind).as_str()), d.id.as_deref(), Some(due.as_str())]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Done of those not cancelled, noting the cancelled ones.
fn activities(done: usize, total: usize, cancelled: usize, a: &Audience) -> Cell {
    measures::activities_cell(a.text(), done, total, cancelled)
}

/// The mean goal progress: for people with the goals it rests on ("78 % (1/3)", the table's
/// note says what the brackets hold); for programs the number alone.
fn mean(mean: Mean, a: &Audience) -> Cell {
    match mean.short(a.text()) {
        Some(short) if a.people() => Cell::text(short).marked_if(mean.progress.is_none(), Mark::Muted),
        Some(_) => Cell::percent(mean.progress),
        None => Cell::missing(),
    }
}

fn totals_row(label: &str, t: &Totals, a: &Audience) -> Vec<Cell> {
    vec![
        Cell::empty(),
        Cell::text(label),
        Cell::ratio(t.signed, t.signatories),
        Cell::text(a.get(&msg::count_adopted(t.action_plans_adopted))),
        Cell::empty(),
        Cell::ratio(t.goals_achieved, t.goals),
        mean(Mean { progress: t.goal_progress, measured: t.goals_with_progress, goals: t.goals }, a),
        activities(t.activities_done, t.activities, t.activities_cancelled, a),
        Cell::bar(t.activity_progress),
        Cell::count(t.overdue).marked_if(t.overdue > 0, Mark::Overdue),
        Cell::empty(),
    ]
}

fn goal_table(name: &str, goals: &[GoalDetail], a: &Audience) -> Table {
    let columns = vec![
        Column::left(a.get(&msg::column_id())),
        Column::left(a.get(&msg::column_goal())),
        Column::left(a.get(&msg::column_progress())),
        Column::left(a.get(&msg::column_latest())),
        Column::right(a.get(&msg::column_women())),
        Column::right(a.get(&msg::column_men())),
        Column::right(a.get(&msg::column_women_share())),
        Column::left(a.get(&msg::column_trend())),
        Column::left(a.get(&msg::column_due())),
        Column::left(a.get(&msg::column_state())),
    ];
    let numbers = a.text().numbers();
    let rows = goals
        .iter()
        .map(|g| {
            let latest = g.latest.as_ref();
            let value = latest.and_then(|l| l.value).map(|v| {
                let v = if a.people() { numbers.decimal(v) } else { v.to_string() };
                match &g.unit {
                    Some(unit) => format!("{v} {unit}"),
                    None => v,
                }
            });
            let latest_text = match (value, latest) {
                (Some(v), Some(l)) => Some(a.get(&msg::measured_on(l.date.0, v))),
                (None, Some(l)) => Some(l.date.to_string()),
                _ => None,
            };
            let mut state = Vec::new();
            if let Some(on) = g.achieved_on.filter(|_| g.achieved) {
                state.push(a.get(&msg::goal_achieved_on(on.0)));
            }
            if g.overdue {
                state.push(a.get(&msg::overdue_by(g.days_overdue)));
            }
            if g.stale {
                state.push(a.get(&msg::goal_stale()));
            }
            let count = |n: Option<u64>| n.map_or_else(Cell::empty, Cell::count);
            vec![
                Cell::text(&g.id),
                Cell::text(&g.title),
                Cell::bar(g.progress),
                Cell::text_or_missing(latest_text),
                count(latest.and_then(|l| l.women)),
                count(latest.and_then(|l| l.men)),
                latest.and_then(|l| l.women_share).map_or_else(Cell::empty, Cell::share),
                Cell::text(a.get(&terms::trend(g.trend))),
                Cell::text(g.due.map_or_else(String::new, |d| d.to_string())),
                Cell::text(state.join(", ")).marked_if(g.overdue, Mark::Overdue),
            ]
        })
        .collect();
    Table {
        title: Some(a.get(&msg::goals_title(name))),
        columns,
        rows,
        footer: Vec::new(),
        note: goals.is_empty().then(|| a.get(&msg::no_goals())),
        give_way: GOALS_GIVE_WAY.to_vec(),
    }
}

fn activity_table(name: &str, activities: &[ActivityDetail], a: &Audience) -> Table {
    let columns = vec![
        Column::left(a.get(&msg::column_id())),
        Column::left(a.get(&msg::column_activity())),
        Column::left(a.get(&msg::column_owner())),
        Column::left(a.get(&msg::column_due())),
        Column::left(a.get(&msg::column_status())),
    ];
    let rows = activities
        .iter()
        .map(|act| {
            let mut status = a.get(&terms::activity_status_on(act.status, act.finished));
            let mark = if act.overdue {
                status = format!("{status}, {}", a.get(&msg::overdue_by(act.days_overdue)));
                Mark::Overdue
            } else if act.due_soon {
                status = format!("{status}, {}", a.get(&msg::due_soon()));
                Mark::DueSoon
            } else {
                Mark::Plain
            };
            vec![
                Cell::text(&act.id),
                Cell::text(&act.title),
                Cell::text(act.owner.as_deref().unwrap_or_default()),
                Cell::text(act.due.map_or_else(String::new, |d| d.to_string())),
                Cell::text(status).marked(mark),
            ]
        })
        .collect();
    Table {
        title: Some(a.get(&msg::activities_title(name))),
        columns,
        rows,
        footer: Vec::new(),
        note: activities.is_empty().then(|| a.get(&msg::no_activities())),
        give_way: ACTIVITIES_GIVE_WAY.to_vec(),
    }
}

//! One signatory as of a date: signing, the action plan status, and every open deadline.

use chrono::NaiveDate;
use serde::Serialize;

use super::activity::finished_by;
use super::due::{Deadline, DeadlineKind};
use super::goal::{GoalState, achieved_as_of, goal_state};
use super::months::add_months;
use crate::model::config::Rules;
use crate::model::{ActionPlan, Goal, Plan};

/// SPEC §2: where a signatory stands with its first action plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionPlanStatus {
    NotSigned,
    /// Signed, no plan adopted yet, not overdue.
    Due,
    Overdue,
    Adopted,
    AdoptedLate,
}

impl ActionPlanStatus {
    /// The machine name (as in JSON).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotSigned => "not_signed",
            Self::Due => "due",
            Self::Overdue => "overdue",
            Self::Adopted => "adopted",
            Self::AdoptedLate => "adopted_late",
        }
    }
}

/// The action plan status with its dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActionPlanState {
    pub status: ActionPlanStatus,
    /// `signed` + `action_plan_months`; `None` when not signed.
    pub due: Option<NaiveDate>,
    /// The earliest adoption on or before today (also for a signatory that has not signed).
    pub adopted: Option<NaiveDate>,
}

/// The signing date, if it is on or before `today`.
#[must_use]
pub fn signed_as_of(plan: &Plan, today: NaiveDate) -> Option<NaiveDate> {
    plan.signatory.signed_date().filter(|s| *s <= today)
}

/// The action plans adopted on or before `today`, with their adoption dates.
#[must_use]
pub fn adopted_as_of(plan: &Plan, today: NaiveDate) -> Vec<(NaiveDate, &ActionPlan)> {
    plan.action_plans.iter().filter_map(|p| p.adopted_date().filter(|a| *a <= today).map(|a| (a, p))).collect()
}

/// The action plan status as of `today`.
#[must_use]
pub fn action_plan_state(plan: &Plan, rules: &Rules, today: NaiveDate) -> ActionPlanState {
    let adopted = adopted_as_of(plan, today).iter().map(|(a, _)| *a).min();
    let Some(signed) = signed_as_of(plan, today) else {
        return ActionPlanState { status: ActionPlanStatus::NotSigned, due: None, adopted };
    };
    let due = add_months(signed, rules.action_plan_months);
    let status = match adopted {
        Some(a) if a <= due => ActionPlanStatus::Adopted,
        Some(_) => ActionPlanStatus::AdoptedLate,
        None if due < today => ActionPlanStatus::Overdue,
        None => ActionPlanStatus::Due,
    };
    ActionPlanState { status, due: Some(due), adopted }
}

/// Every open deadline of one signatory as of `today`, sorted by due date, kind and id.
/// Satisfied deadlines are not listed.
#[must_use]
pub fn deadlines<'p>(plan: &'p Plan, rules: &Rules, today: NaiveDate) -> Vec<Deadline<'p>> {
    sorted(open_deadlines(plan, rules, today, |goal, _| goal_state(goal, rules, today).achieved))
}

/// [`deadlines`] of a plan whose goals' states as of `today` are known (`goals`, in the plan's
/// order), so that they are not computed again.
#[must_use]
pub fn deadlines_given<'p>(
    plan: &'p Plan,
    rules: &Rules,
    today: NaiveDate,
    goals: &[GoalState<'_>],
) -> Vec<Deadline<'p>> {
    sorted(open_deadlines(plan, rules, today, achieved_in(goals)))
}

/// How many of [`deadlines`] are overdue at `today`, for a plan whose goals' states as of
/// `today` are known; without listing or sorting them.
#[must_use]
pub fn overdue_count_given(plan: &Plan, rules: &Rules, today: NaiveDate, goals: &[GoalState<'_>]) -> usize {
    open_deadlines(plan, rules, today, achieved_in(goals)).filter(|d| d.is_overdue(today)).count()
}

/// How many of [`deadlines`] are overdue at `today`, the goals' states not known: each goal
/// only asked whether it is achieved ([`achieved_as_of`]).
#[must_use]
pub fn overdue_count_as_of(plan: &Plan, rules: &Rules, today: NaiveDate) -> usize {
    open_deadlines(plan, rules, today, |goal, _| achieved_as_of(goal, today)).filter(|d| d.is_overdue(today)).count()
}

fn achieved_in<'g>(goals: &'g [GoalState<'_>]) -> impl Fn(&Goal, usize) -> bool + 'g {
    |_, i| goals.get(i).is_some_and(|g| g.achieved)
}

fn sorted<'p>(open: impl Iterator<Item = Deadline<'p>>) -> Vec<Deadline<'p>> {
    let mut out: Vec<Deadline<'p>> = open.collect();
    out.sort_by(|a, b| a.key().cmp(&b.key()));
    out
}

/// The open deadlines, unsorted; `achieved(goal, index)` tells whether the plan's goal at
/// `index` is achieved as of `today`.
fn open_deadlines<'p>(
    plan: &'p Plan,
    rules: &Rules,
    today: NaiveDate,
    achieved: impl Fn(&Goal, usize) -> bool,
) -> impl Iterator<Item = Deadline<'p>> {
    let new = move |kind, id: Option<&'p str>, due, title: Option<&'p str>, owner: Option<&'p str>| Deadline {
        signatory: &plan.id,
        kind,
        id,
        due,
        title,
        owner,
    };
    let adopted = adopted_as_of(plan, today);
    // action_plan: applies when signed; satisfied by any plan adopted on or before today.
    let action_plan = match (action_plan_state(plan, rules, today).due, adopted.is_empty()) {
        (Some(due), true) => Some(new(DeadlineKind::ActionPlan, None, due, None, None)),
        _ => None,
    };
    // next_plan: the end of the latest adopted plan. A later adoption would itself be the
    // latest, so this deadline is open whenever the latest plan has an end.
    let latest = adopted.iter().max_by_key(|(a, p)| (*a, p.end.as_ref().map(|e| e.value)));
    let next_plan =
        latest.and_then(|(_, p)| p.end.as_ref()).map(|end| new(DeadlineKind::NextPlan, None, end.value, None, None));
    // report: from the latest report on or before today, else from the first adoption. A
    // report dated after that start would itself be the latest, so it is open whenever a plan is.
    let report = adopted.iter().map(|(a, _)| *a).min().map(|first| {
        let last_report = plan.reports.iter().map(|r| r.date.value).filter(|d| *d <= today).max();
        new(DeadlineKind::Report, None, add_months(last_report.unwrap_or(first), rules.report_months), None, None)
    });
    let goals = plan.goals.iter().enumerate().filter_map(move |(i, goal)| {
        let due = goal.due.as_ref()?;
        (!achieved(goal, i)).then(|| new(DeadlineKind::Goal, Some(&goal.id.value), due.value, Some(&goal.title), None))
    });
    let activities = plan.activities.iter().filter_map(move |activity| {
        let due = activity.due.as_ref().filter(|_| !finished_by(activity, today))?;
        let (id, title, owner) =
            (Some(activity.id.value.as_str()), Some(activity.title.as_str()), activity.owner.as_deref());
        Some(new(DeadlineKind::Activity, id, due.value, title, owner))
    });
    [action_plan, next_plan, report].into_iter().flatten().chain(goals).chain(activities)
}

/// The open, not-overdue deadline with the earliest due date (ties: kind, then id).
#[must_use]
pub fn next_deadline<'d, 'p>(deadlines: &'d [Deadline<'p>], today: NaiveDate) -> Option<&'d Deadline<'p>> {
    deadlines.iter().filter(|d| !d.is_overdue(today)).min_by(|a, b| a.key().cmp(&b.key()))
}

#[cfg(test)]
mod tests;

//! Goal and activity deadlines as of a date, for the diff only (SPEC §1–2): a minimal stand-in
//! until the deadline engine lands; it reads nothing but the model.

use chrono::NaiveDate;

use crate::model::{Activity, Goal, Indicator};

/// Where a dated goal or activity stands as of today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum State {
    /// Not met; due today or later.
    Open,
    /// Not met; due before today.
    Overdue { due: NaiveDate },
    /// Done or cancelled (activity) or achieved (goal) on or before today; `late` if after `due`.
    Met { due: NaiveDate, late: bool },
}

/// An activity's deadline: met when done or cancelled with `finished` on or before today.
pub(super) fn activity_state(activity: &Activity, today: NaiveDate) -> Option<State> {
    let due = activity.due.as_ref()?.value;
    let finished = activity.finished_date().filter(|&f| activity.status.value.is_finished() && f <= today);
    Some(state(due, finished, today))
}

/// A goal's deadline: met when the goal is achieved as of today.
pub(super) fn goal_state(goal: &Goal, today: NaiveDate) -> Option<State> {
    let due = goal.due.as_ref()?.value;
    Some(state(due, goal_achieved(goal, today), today))
}

fn state(due: NaiveDate, met: Option<NaiveDate>, today: NaiveDate) -> State {
    match met {
        Some(date) => State::Met { due, late: date > due },
        None if due < today => State::Overdue { due },
        None => State::Open,
    }
}

/// The day a goal counts as achieved as of today: its `achieved` date, else the date of its
/// latest measurement on or before today if that reaches the target.
pub(super) fn goal_achieved(goal: &Goal, today: NaiveDate) -> Option<NaiveDate> {
    if let Some(date) = goal.achieved.as_ref().map(|a| a.value).filter(|&d| d <= today) {
        return Some(date);
    }
    let indicator = goal.indicator.as_ref()?;
    let latest = indicator.measurements().iter().filter(|m| m.date.value <= today).max_by_key(|m| m.date.value)?;
    let reached = match indicator {
        Indicator::Level { baseline, target, .. } => {
            latest.value.is_some_and(|v| if target > baseline { v >= *target } else { v <= *target })
        }
        Indicator::Balance { min_share, .. } => {
            latest.women_share().is_some_and(|w| w >= *min_share && 100.0 - w >= *min_share)
        }
    };
    reached.then_some(latest.date.value)
}

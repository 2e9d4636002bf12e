//! Goal and activity deadlines as of a date, from the deadline engine, in the three states a
//! before/after comparison needs.

use chrono::NaiveDate;

use crate::deadline::{finished_by, goal_state};
use crate::model::config::Rules;
use crate::model::{Activity, Goal};

/// What the comparison needs besides the plans.
pub(super) struct Ctx<'a> {
    pub today: NaiveDate,
    pub rules: &'a Rules,
}

/// Where a dated goal or activity stands as of today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum State {
    /// Not met; due today or later.
    Open,
    /// Not met; due before today.
    Overdue { due: NaiveDate },
    /// Done or cancelled (activity) or achieved (goal) as of today; `late` if after `due`.
    Met { due: NaiveDate, late: bool },
}

impl Ctx<'_> {
    /// An activity's deadline: met when done or cancelled on or before today (SPEC §2).
    pub(super) fn activity(&self, activity: &Activity) -> Option<State> {
        let due = activity.due.as_ref()?.value;
        if finished_by(activity, self.today) {
            let late = activity.finished_date().is_some_and(|f| f > due);
            return Some(State::Met { due, late });
        }
        Some(if due < self.today { State::Overdue { due } } else { State::Open })
    }

    /// A goal's deadline: met when the goal is achieved as of today (SPEC §1–2).
    pub(super) fn goal(&self, goal: &Goal) -> Option<State> {
        let due = goal.due.as_ref()?.value;
        let state = goal_state(goal, self.rules, self.today);
        Some(if state.achieved {
            State::Met { due, late: state.achieved_on.is_some_and(|d| d > due) }
        } else if state.overdue {
            State::Overdue { due }
        } else {
            State::Open
        })
    }

    /// Whether the goal is achieved as of today, and since when (if known).
    pub(super) fn achieved(&self, goal: &Goal) -> (bool, Option<NaiveDate>) {
        let state = goal_state(goal, self.rules, self.today);
        (state.achieved, state.achieved_on)
    }
}

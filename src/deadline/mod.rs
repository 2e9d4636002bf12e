//! Everything computed as of a date: deadlines, goal state, action plan status (SPEC §1–2).
//!
//! Every function takes the as-of date `today` and leaves out events dated after it (a
//! signing, an adoption, a report, a measurement, a finished activity), so that a run with
//! `--today D` shows what was true on D. Only **open** deadlines are produced: a satisfied
//! deadline is simply not listed (the action plan's "adopted late" is kept in
//! [`ActionPlanState`] instead). No date arithmetic here can overflow or panic: month
//! arithmetic saturates ([`add_months`]) and day arithmetic uses checked operations.

mod activity;
mod due;
mod goal;
mod months;
mod signatory;

pub use activity::{finished_by, status_as_of};
pub use due::{Deadline, DeadlineKind, add_days, days_overdue, horizon, is_due_soon};
pub use goal::{GoalState, Trend, achieved_as_of, goal_state};
pub use months::{add_months, sub_months};
pub use signatory::{
    ActionPlanState, ActionPlanStatus, action_plan_state, adopted_as_of, deadlines, deadlines_given, next_deadline,
    overdue_count_as_of, overdue_count_given, signed_as_of,
};

/// The years an as-of date, a date given to an edit and a quarter may have: from 0001, and up
/// to 9998, so that the quarter after the last one still prints with four digits.
pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9998;

#[cfg(test)]
pub(crate) mod testkit;

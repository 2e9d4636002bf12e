//! A deadline: what is due, for whom and when, and how it stands as of a date.

use chrono::{Days, NaiveDate};
use serde::Serialize;

/// The kinds of deadline of SPEC §2, in the order used to break ties.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// The first action plan, `action_plan_months` after signing.
    ActionPlan,
    /// A new plan when the latest adopted one ends.
    NextPlan,
    /// A public progress report, `report_months` after the last one.
    Report,
    /// A goal's target date.
    Goal,
    /// An activity's due date.
    Activity,
}

impl DeadlineKind {
    /// The machine name (as in JSON).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ActionPlan => "action_plan",
            Self::NextPlan => "next_plan",
            Self::Report => "report",
            Self::Goal => "goal",
            Self::Activity => "activity",
        }
    }
}

/// One open deadline of one signatory. Its text borrows from the plan: computing deadlines
/// (several times per plan for a summary) allocates no strings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline<'p> {
    /// The signatory's id.
    pub signatory: &'p str,
    pub kind: DeadlineKind,
    /// The goal's or activity's id; `None` for the other kinds.
    pub id: Option<&'p str>,
    pub due: NaiveDate,
    /// The goal's or activity's title.
    pub title: Option<&'p str>,
    /// The activity's owner.
    pub owner: Option<&'p str>,
}

impl Deadline<'_> {
    /// Overdue from the day after `due`: a deadline falling on `today` is not overdue.
    #[must_use]
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.due < today
    }

    /// Whole days past `due`; 0 when not overdue.
    #[must_use]
    pub fn days_overdue(&self, today: NaiveDate) -> i64 {
        days_overdue(self.due, today)
    }

    /// Not overdue, and due within `due_soon_days` of `today` (inclusive).
    #[must_use]
    pub fn is_due_soon(&self, today: NaiveDate, due_soon_days: u32) -> bool {
        is_due_soon(self.due, today, due_soon_days)
    }

    /// Ordering within one signatory: due date, then kind, then id.
    #[must_use]
    pub fn key(&self) -> (NaiveDate, DeadlineKind, Option<&str>) {
        (self.due, self.kind, self.id)
    }
}

/// Whole days past `due` as of `today`: overdue from the day after `due`; 0 when not overdue.
#[must_use]
pub fn days_overdue(due: NaiveDate, today: NaiveDate) -> i64 {
    if due < today { today.signed_duration_since(due).num_days() } else { 0 }
}

/// Not overdue, and due within `due_soon_days` of `today` (inclusive).
#[must_use]
pub fn is_due_soon(due: NaiveDate, today: NaiveDate, due_soon_days: u32) -> bool {
    due >= today && due <= horizon(today, due_soon_days)
}

/// `today` + `days`, saturating at the end of the calendar.
#[must_use]
pub fn horizon(today: NaiveDate, days: u32) -> NaiveDate {
    add_days(today, i64::from(days))
}

/// `date` + `days` (may be negative), saturating at either end of the calendar.
#[must_use]
pub fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    let magnitude = Days::new(days.unsigned_abs());
    if days >= 0 {
        date.checked_add_days(magnitude).unwrap_or(NaiveDate::MAX)
    } else {
        date.checked_sub_days(magnitude).unwrap_or(NaiveDate::MIN)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::testkit::d;

    fn due(s: &str) -> Deadline<'_> {
        Deadline { signatory: "x", kind: DeadlineKind::Report, id: None, due: d(s), title: None, owner: None }
    }

    #[test]
    fn a_deadline_on_today_is_not_overdue() {
        let today = d("2026-03-01");
        assert!(!due("2026-03-01").is_overdue(today));
        assert_eq!(due("2026-03-01").days_overdue(today), 0);
        assert!(due("2026-02-28").is_overdue(today));
        assert_eq!(due("2026-02-28").days_overdue(today), 1);
        assert_eq!(due("2025-03-01").days_overdue(today), 365);
    }

    #[test]
    fn due_soon_is_inclusive_and_excludes_overdue() {
        let today = d("2026-01-01");
        assert!(due("2026-01-01").is_due_soon(today, 90));
        assert!(due("2026-04-01").is_due_soon(today, 90)); // 2026-01-01 + 90 days
        assert!(!due("2026-04-02").is_due_soon(today, 90));
        assert!(!due("2025-12-31").is_due_soon(today, 90));
    }

    #[test]
    fn day_arithmetic_saturates() {
        assert_eq!(horizon(NaiveDate::MAX, 90), NaiveDate::MAX);
        assert_eq!(horizon(d("9999-12-31"), 90), d("9999-12-31").checked_add_days(Days::new(90)).unwrap());
        assert_eq!(add_days(NaiveDate::MIN, -1), NaiveDate::MIN);
        assert_eq!(add_days(d("2024-03-01"), -1), d("2024-02-29"));
        let far = due("0001-01-01");
        assert!(far.days_overdue(NaiveDate::MAX) > 0);
        assert_eq!(due("9999-12-31").days_overdue(NaiveDate::MIN), 0);
    }

    #[test]
    fn kinds_order_as_in_the_spec_table() {
        assert!(DeadlineKind::ActionPlan < DeadlineKind::NextPlan);
        assert!(DeadlineKind::Report < DeadlineKind::Goal);
        assert!(DeadlineKind::Goal < DeadlineKind::Activity);
        assert_eq!(DeadlineKind::NextPlan.as_str(), "next_plan");
    }
}

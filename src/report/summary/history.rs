//! The summary's history (SPEC §9): the key figures at the end of each of the last quarters up
//! to the summarised one, oldest first, each computed by the same engine as of that day.

use chrono::NaiveDate;
use serde::Serialize;

use super::figures::{Figures, Snapshot};
use crate::deadline::YEARS;
use crate::model::Plan;
use crate::model::config::Rules;
use crate::report::Day;
use crate::report::quarter::Quarter;

/// How many quarters the history shows unless `--quarters` says otherwise.
pub const DEFAULT_QUARTERS: usize = 8;

/// The most quarters `--quarters` may ask for (ten years).
pub const MAX_QUARTERS: usize = 40;

/// The key figures as of one quarter's end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct HistoryPoint {
    pub quarter: Quarter,
    /// The day the figures are as of: the quarter's last day, or the summary's `as_of` for the
    /// summarised quarter while it still runs.
    pub end: Day,
    pub signed: usize,
    pub action_plan_adopted: usize,
    pub recent_report: usize,
    pub goals_achieved: usize,
    pub activities_done: usize,
    /// Open overdue deadlines of every kind.
    pub overdue: usize,
}

impl HistoryPoint {
    fn of(quarter: Quarter, end: NaiveDate, s: Snapshot) -> Self {
        Self {
            quarter,
            end: Day(end),
            signed: s.signed,
            action_plan_adopted: s.adopted,
            recent_report: s.recent_report,
            goals_achieved: s.goals_achieved,
            activities_done: s.activities_done,
            overdue: s.overdue,
        }
    }
}

/// The quarters of a history of (at most) `count` quarters ending with `quarter`, oldest
/// first, with the day each is counted as of: `as_of` for `quarter`, the last day for the
/// others. Quarters before year 1 are left out.
#[must_use]
pub fn history_days(quarter: Quarter, as_of: NaiveDate, count: usize) -> Vec<(Quarter, NaiveDate)> {
    let mut out = vec![(quarter, as_of)];
    let mut q = quarter;
    while out.len() < count.clamp(1, MAX_QUARTERS) && q.previous().year() >= *YEARS.start() {
        q = q.previous();
        out.push((q, q.end()));
    }
    out.reverse();
    out
}

/// The quarters whose figures a summary part computes itself: all but the last two (the day
/// before the summarised quarter and `as_of`, which the key figures already hold).
pub(super) fn earlier_days(days: &[(Quarter, NaiveDate)]) -> &[(Quarter, NaiveDate)] {
    days.get(..days.len().saturating_sub(2)).unwrap_or_default()
}

/// One plan's counts at each of the earlier days.
pub(super) fn earlier_snapshots(plan: &Plan, rules: &Rules, days: &[(Quarter, NaiveDate)]) -> Vec<Snapshot> {
    earlier_days(days).iter().map(|(_, day)| Snapshot::as_of(plan, rules, *day)).collect()
}

/// The history over every part: the earlier quarters summed from the parts' snapshots, the
/// last two taken from the key figures (`totals.*.before` and `totals.*.now`).
pub(super) fn history<'a>(
    days: &[(Quarter, NaiveDate)],
    earlier: impl Iterator<Item = &'a [Snapshot]>,
    totals: &Figures,
) -> Vec<HistoryPoint> {
    let earlier_days = earlier_days(days);
    let mut sums = vec![Snapshot::default(); earlier_days.len()];
    for snapshots in earlier {
        for (sum, s) in sums.iter_mut().zip(snapshots) {
            sum.add(*s);
        }
    }
    let mut out: Vec<HistoryPoint> =
        earlier_days.iter().zip(sums).map(|(&(quarter, day), s)| HistoryPoint::of(quarter, day, s)).collect();
    let (before, now) = totals.snapshots();
    let last_two = days.get(earlier_days.len()..).unwrap_or_default();
    let figures = if last_two.len() == 2 { vec![before, now] } else { vec![now] };
    out.extend(last_two.iter().zip(figures).map(|(&(quarter, day), s)| HistoryPoint::of(quarter, day, s)));
    out
}

/// One plan's counts at every day of a history, for a report that shows the history without
/// the rest of the summary (the site): summed by [`PlanHistory::sum`], they give what
/// [`SummaryReport::from_parts`](super::SummaryReport::from_parts) gives, by the same engine.
#[derive(Clone, Debug)]
pub struct PlanHistory(Vec<Snapshot>);

impl PlanHistory {
    /// The plan's counts at each of `days` (from [`history_days`]).
    #[must_use]
    pub fn of(plan: &Plan, rules: &Rules, days: &[(Quarter, NaiveDate)]) -> Self {
        Self(days.iter().map(|(_, day)| Snapshot::as_of(plan, rules, *day)).collect())
    }

    /// The history of every plan's counts at `days`.
    #[must_use]
    pub fn sum(days: &[(Quarter, NaiveDate)], plans: &[Self]) -> Vec<HistoryPoint> {
        let mut sums = vec![Snapshot::default(); days.len()];
        for plan in plans {
            for (sum, s) in sums.iter_mut().zip(&plan.0) {
                sum.add(*s);
            }
        }
        days.iter().zip(sums).map(|(&(quarter, day), s)| HistoryPoint::of(quarter, day, s)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::testkit::d;

    fn q(s: &str) -> Quarter {
        s.parse().unwrap_or_else(|_| Quarter::containing(d("2000-01-01")))
    }

    #[test]
    fn the_days_run_oldest_first_and_end_at_as_of() {
        let days = history_days(q("2026Q3"), d("2026-08-15"), 3);
        assert_eq!(
            days,
            [(q("2026Q1"), d("2026-03-31")), (q("2026Q2"), d("2026-06-30")), (q("2026Q3"), d("2026-08-15"))]
        );
        assert_eq!(history_days(q("2026Q3"), d("2026-09-30"), 1), [(q("2026Q3"), d("2026-09-30"))]);
        assert_eq!(history_days(q("0001Q2"), d("0001-06-30"), 8).len(), 2, "no quarter before year 1");
        assert_eq!(history_days(q("2026Q3"), d("2026-09-30"), 1000).len(), MAX_QUARTERS);
        assert_eq!(earlier_days(&history_days(q("2026Q3"), d("2026-09-30"), 2)), []);
    }
}

//! A goal's state as of a date: achieved, overdue, progress, stale, trend (SPEC §1).

use chrono::NaiveDate;
use serde::Serialize;

use super::months::sub_months;
use crate::model::config::Rules;
use crate::model::{Goal, Indicator, Measurement, is_balanced};

/// How a level goal is moving towards its target (a linear form of the Open SDG method).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    Achieved,
    /// R ≥ 0.95.
    OnTrack,
    /// 0.6 ≤ R < 0.95.
    NeedsAcceleration,
    /// 0 ≤ R < 0.6.
    Limited,
    /// R < 0, or the target was reached at the first measurement and lost since.
    Deteriorating,
    /// Not a level goal, no `due`, fewer than two measurements, or no path to compare with.
    Unknown,
}

impl Trend {
    /// The machine name (as in JSON).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Achieved => "achieved",
            Self::OnTrack => "on_track",
            Self::NeedsAcceleration => "needs_acceleration",
            Self::Limited => "limited",
            Self::Deteriorating => "deteriorating",
            Self::Unknown => "unknown",
        }
    }
}

/// A goal as of a date.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalState<'a> {
    /// The explicit `achieved` date is on or before today, or the latest measurement reaches the target.
    pub achieved: bool,
    /// Since when: the explicit date, else the first of the latest run of measurements
    /// that reach the target.
    pub achieved_on: Option<NaiveDate>,
    /// Not achieved and `due` < today.
    pub overdue: bool,
    pub days_overdue: i64,
    /// 0–100; `None` when unknown (no usable measurement) — never 0 for unknown.
    pub progress: Option<f64>,
    /// Has an indicator and no measurement in the last `stale_months`.
    pub stale: bool,
    pub trend: Trend,
    /// The latest usable measurement on or before today.
    pub latest: Option<&'a Measurement>,
}

/// Computes a goal's state as of `today`; measurements and dates after `today` are left out.
#[must_use]
pub fn goal_state<'a>(goal: &'a Goal, rules: &Rules, today: NaiveDate) -> GoalState<'a> {
    let points = goal.indicator.as_ref().map(|i| usable_points(i, today)).unwrap_or_default();
    let latest = points.last().copied();
    let explicit = goal.achieved.as_ref().map(|a| a.value).filter(|a| *a <= today);
    let measured_since = goal.indicator.as_ref().and_then(|i| reached_since(i, &points));
    let achieved = explicit.is_some() || measured_since.is_some();
    let due = goal.due.as_ref().map(|d| d.value);
    let overdue = !achieved && due.is_some_and(|d| d < today);
    let progress =
        if achieved { Some(100.0) } else { goal.indicator.as_ref().zip(latest).and_then(|(i, m)| progress_of(i, m)) };
    let trend = if achieved {
        Trend::Achieved
    } else {
        match (goal.indicator.as_ref(), due) {
            (Some(Indicator::Level { baseline, target, .. }), Some(due)) => {
                level_trend(*baseline, *target, due, &points)
            }
            _ => Trend::Unknown,
        }
    };
    GoalState {
        achieved,
        achieved_on: explicit.or(measured_since),
        overdue,
        days_overdue: due.filter(|_| overdue).map_or(0, |d| super::days_overdue(d, today)),
        progress,
        stale: goal.indicator.as_ref().is_some_and(|i| is_stale(i, rules.stale_months, today)),
        trend,
        latest,
    }
}

/// Whether a goal is achieved as of `today`: what [`goal_state`] says in `achieved`, without
/// the rest of the state (for the summary's history, one such count per quarter).
#[must_use]
pub fn achieved_as_of(goal: &Goal, today: NaiveDate) -> bool {
    if goal.achieved.as_ref().is_some_and(|a| a.value <= today) {
        return true;
    }
    let Some(indicator) = &goal.indicator else { return false };
    // The last of the latest usable measurements, as `usable_points(..).last()` picks it.
    let latest = (indicator.measurements().iter())
        .filter(|m| m.date.value <= today && is_usable(indicator, m))
        .max_by_key(|m| m.date.value);
    latest.is_some_and(|m| reaches(indicator, m))
}

/// Measurements on or before `today` that carry what the indicator needs, oldest first.
fn usable_points(indicator: &Indicator, today: NaiveDate) -> Vec<&Measurement> {
    let mut points: Vec<&Measurement> =
        indicator.measurements().iter().filter(|m| m.date.value <= today && is_usable(indicator, m)).collect();
    points.sort_by_key(|m| m.date.value);
    points
}

/// Whether a measurement carries what the indicator needs.
fn is_usable(indicator: &Indicator, m: &Measurement) -> bool {
    match indicator {
        Indicator::Level { .. } => m.value.is_some_and(f64::is_finite),
        Indicator::Balance { .. } => shares(m).is_some(),
    }
}

/// Women's and men's shares of women + men, in percent.
fn shares(m: &Measurement) -> Option<(f64, f64)> {
    m.women_share().map(|w| (w, 100.0 - w))
}

/// Whether a measurement reaches the indicator's target.
fn reaches(indicator: &Indicator, m: &Measurement) -> bool {
    match indicator {
        Indicator::Level { baseline, target, .. } => {
            m.value.is_some_and(|v| if target < baseline { v <= *target } else { v >= *target })
        }
        Indicator::Balance { min_share, .. } => m.women_share().is_some_and(|w| is_balanced(w, *min_share)),
    }
}

/// If the latest point reaches the target: the first date of the run of reaching points
/// that ends with it.
fn reached_since(indicator: &Indicator, points: &[&Measurement]) -> Option<NaiveDate> {
    let mut since = None;
    for m in points.iter().rev() {
        if !reaches(indicator, m) {
            break;
        }
        since = Some(m.date.value);
    }
    since
}

/// Progress of one measurement towards the target, 0–100, or `None` when it cannot be told.
fn progress_of(indicator: &Indicator, m: &Measurement) -> Option<f64> {
    let raw = match indicator {
        Indicator::Level { baseline, target, .. } => {
            let span = target - baseline;
            if span == 0.0 {
                return None;
            }
            100.0 * (m.value? - baseline) / span
        }
        Indicator::Balance { min_share, .. } => {
            let (w, men) = shares(m)?;
            if *min_share <= 0.0 {
                return Some(100.0);
            }
            100.0 * w.min(men) / min_share
        }
    };
    raw.is_finite().then(|| raw.clamp(0.0, 100.0))
}

fn is_stale(indicator: &Indicator, stale_months: u32, today: NaiveDate) -> bool {
    let cutoff = sub_months(today, stale_months);
    !indicator.measurements().iter().any(|m| m.date.value <= today && m.date.value >= cutoff)
}

/// R = (latest − v₀) ÷ (path value at the latest date − v₀), the path running straight from
/// the first measurement to (`due`, `target`) and staying at `target` after `due`.
fn level_trend(baseline: f64, target: f64, due: NaiveDate, points: &[&Measurement]) -> Trend {
    let (Some(first), Some(last)) = (points.first(), points.last()) else { return Trend::Unknown };
    let (Some(v0), Some(vl)) = (first.value, last.value) else { return Trend::Unknown };
    if points.len() < 2 {
        return Trend::Unknown;
    }
    let reached = |v: f64| if target < baseline { v <= target } else { v >= target };
    if reached(v0) {
        // Reached at the first measurement, not any more (the caller handles "achieved").
        return Trend::Deteriorating;
    }
    let (t0, tl) = (first.date.value, last.date.value);
    let span = due.signed_duration_since(t0).num_days();
    if span <= 0 {
        return Trend::Unknown;
    }
    let elapsed = tl.signed_duration_since(t0).num_days().min(span);
    #[allow(clippy::cast_precision_loss)] // day counts far below 2^52
    let path = v0 + (target - v0) * (elapsed as f64 / span as f64);
    let expected = path - v0;
    if expected == 0.0 || !expected.is_finite() {
        return Trend::Unknown;
    }
    let r = (vl - v0) / expected;
    match r {
        r if !r.is_finite() => Trend::Unknown,
        r if r >= 0.95 => Trend::OnTrack,
        r if r >= 0.6 => Trend::NeedsAcceleration,
        r if r >= 0.0 => Trend::Limited,
        _ => Trend::Deteriorating,
    }
}

#[cfg(test)]
mod tests;

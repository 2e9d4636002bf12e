//! One signatory's goals and activities in detail, for `cemr status ID`.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Day, round1};
use crate::deadline::{self, Trend, goal_state};
use crate::model::config::Rules;
use crate::model::{Activity, ActivityStatus, Goal, Indicator, IndicatorKind, Measurement};

/// A goal as of today.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GoalDetail {
    pub id: String,
    pub title: String,
    pub focus: Option<String>,
    pub articles: Vec<u32>,
    /// `level`, `balance`, or `null` for a goal without an indicator.
    pub indicator: Option<IndicatorKind>,
    pub unit: Option<String>,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub min_share: Option<f64>,
    /// 0–100, one decimal; `null` when unknown.
    pub progress: Option<f64>,
    pub latest: Option<Latest>,
    pub trend: Trend,
    pub stale: bool,
    pub due: Option<Day>,
    pub achieved: bool,
    pub achieved_on: Option<Day>,
    pub overdue: bool,
    pub days_overdue: i64,
}

/// The latest usable measurement.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Latest {
    pub date: Day,
    pub value: Option<f64>,
    pub women: Option<u64>,
    pub men: Option<u64>,
    /// Women's share of women + men, percent, one decimal.
    pub women_share: Option<f64>,
}

impl Latest {
    fn of(m: &Measurement) -> Self {
        Self {
            date: m.date.value.into(),
            value: m.value,
            women: m.women,
            men: m.men,
            women_share: m.women_share().map(round1),
        }
    }
}

impl GoalDetail {
    #[must_use]
    pub fn build(goal: &Goal, rules: &Rules, today: NaiveDate) -> Self {
        let state = goal_state(goal, rules, today);
        let (unit, baseline, target, min_share) = match &goal.indicator {
            Some(Indicator::Level { unit, baseline, target, .. }) => {
                (unit.clone(), Some(*baseline), Some(*target), None)
            }
            Some(Indicator::Balance { min_share, .. }) => (None, None, None, Some(*min_share)),
            None => (None, None, None, None),
        };
        Self {
            id: goal.id.value.clone(),
            title: goal.title.clone(),
            focus: goal.focus.clone(),
            articles: goal.articles.iter().map(|a| a.value).collect(),
            indicator: goal.indicator.as_ref().map(Indicator::kind),
            unit,
            baseline,
            target,
            min_share,
            progress: state.progress.map(round1),
            latest: state.latest.map(Latest::of),
            trend: state.trend,
            stale: state.stale,
            due: goal.due.as_ref().map(|d| d.value.into()),
            achieved: state.achieved,
            achieved_on: state.achieved_on.map(Day),
            overdue: state.overdue,
            days_overdue: state.days_overdue,
        }
    }
}

/// An activity as of today.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ActivityDetail {
    pub id: String,
    pub title: String,
    pub owner: Option<String>,
    pub goals: Vec<String>,
    pub start: Option<Day>,
    pub due: Option<Day>,
    /// The status as of today (one finished after today was not finished yet).
    pub status: ActivityStatus,
    /// When it was done or cancelled, if on or before today.
    pub finished: Option<Day>,
    pub overdue: bool,
    pub days_overdue: i64,
    pub due_soon: bool,
}

impl ActivityDetail {
    #[must_use]
    pub fn build(activity: &Activity, rules: &Rules, today: NaiveDate) -> Self {
        let finished = deadline::finished_by(activity, today);
        let open_due = activity.due.as_ref().map(|d| d.value).filter(|_| !finished);
        let overdue = open_due.is_some_and(|d| d < today);
        Self {
            id: activity.id.value.clone(),
            title: activity.title.clone(),
            owner: activity.owner.clone(),
            goals: activity.goals.iter().map(|g| g.value.clone()).collect(),
            start: activity.start.as_ref().map(|d| d.value.into()),
            due: activity.due.as_ref().map(|d| d.value.into()),
            status: deadline::status_as_of(activity, today),
            finished: activity.finished_date().filter(|f| finished && *f <= today).map(Day),
            overdue,
            days_overdue: open_due.map_or(0, |d| deadline::days_overdue(d, today)),
            due_soon: open_due.is_some_and(|d| deadline::is_due_soon(d, today, rules.due_soon_days)),
        }
    }
}

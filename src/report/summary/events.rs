//! What happened inside a quarter: signings, plans adopted, reports published, activities
//! finished, goals achieved and measurements recorded, each sorted by date, signatory, item.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::super::{Day, round1};
use crate::deadline::{GoalState, action_plan_state};
use crate::model::config::Rules;
use crate::model::{ActivityStatus, Indicator, IndicatorKind, Plan, is_balanced};

/// Everything dated from the quarter's first day to `as_of`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Happened {
    pub signed: Vec<Signed>,
    pub plans_adopted: Vec<PlanAdopted>,
    pub reports: Vec<Published>,
    pub activities_finished: Vec<ActivityFinished>,
    pub goals_achieved: Vec<GoalAchieved>,
    pub measurements: Vec<MeasurementLine>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Signed {
    pub date: Day,
    pub signatory: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlanAdopted {
    pub date: Day,
    pub signatory: String,
    pub name: String,
    /// The period the plan covers.
    pub start: Option<Day>,
    pub end: Option<Day>,
    pub url: Option<String>,
    /// The signatory's first adopted plan.
    pub first: bool,
    /// The first plan, adopted after it was due (signing + `action_plan_months`).
    pub late: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Published {
    pub date: Day,
    pub signatory: String,
    pub name: String,
    pub url: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActivityFinished {
    pub date: Day,
    pub signatory: String,
    pub name: String,
    pub id: String,
    pub title: String,
    /// `done` or `cancelled`.
    pub status: ActivityStatus,
    pub owner: Option<String>,
    pub due: Option<Day>,
    /// Finished after its due date.
    pub late: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GoalAchieved {
    pub date: Day,
    pub signatory: String,
    pub name: String,
    pub id: String,
    pub title: String,
    /// `date`: the goal's explicit `achieved` date; `measurement`: the first measurement of
    /// the run that reaches the target.
    pub how: &'static str,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MeasurementLine {
    pub date: Day,
    pub signatory: String,
    pub name: String,
    pub goal: String,
    pub title: String,
    pub kind: IndicatorKind,
    /// Level goals: the measured value.
    pub value: Option<f64>,
    pub unit: Option<String>,
    pub target: Option<f64>,
    pub women: Option<u64>,
    pub men: Option<u64>,
    /// Women's share of women + men, percent, one decimal.
    pub women_share: Option<f64>,
    /// Balance goals: both women and men are at least `min_share` percent.
    pub balanced: Option<bool>,
}

impl Happened {
    /// Every plan's events together, each kind sorted by date, signatory, item.
    #[must_use]
    pub fn merge(parts: impl IntoIterator<Item = Self>) -> Self {
        let mut h = Self::default();
        for part in parts {
            h.signed.extend(part.signed);
            h.plans_adopted.extend(part.plans_adopted);
            h.reports.extend(part.reports);
            h.activities_finished.extend(part.activities_finished);
            h.goals_achieved.extend(part.goals_achieved);
            h.measurements.extend(part.measurements);
        }
        h.sort();
        h
    }

    /// What happened in one plan from `start` to `as_of`, both included (unsorted). `now` and
    /// `then` are the states of its goals at `as_of` and on the day before `start`.
    #[must_use]
    pub fn of_plan(
        plan: &Plan,
        rules: &Rules,
        start: NaiveDate,
        as_of: NaiveDate,
        now: &[GoalState<'_>],
        then: &[GoalState<'_>],
    ) -> Self {
        let inside = |d: NaiveDate| start <= d && d <= as_of;
        let mut h = Self::default();
        {
            let who = || (plan.id.clone(), plan.signatory.name.clone());
            if let Some(date) = plan.signatory.signed_date().filter(|d| inside(*d)) {
                let (signatory, name) = who();
                h.signed.push(Signed { date: Day(date), signatory, name });
            }
            let first_plan = action_plan_state(plan, rules, as_of);
            for p in &plan.action_plans {
                let Some(date) = p.adopted_date().filter(|d| inside(*d)) else { continue };
                let (signatory, name) = who();
                let first = first_plan.adopted == Some(date);
                h.plans_adopted.push(PlanAdopted {
                    date: Day(date),
                    signatory,
                    name,
                    start: p.start.as_ref().map(|s| Day(s.value)),
                    end: p.end.as_ref().map(|e| Day(e.value)),
                    url: p.url.clone(),
                    first,
                    late: first && first_plan.due.is_some_and(|due| date > due),
                });
            }
            for r in plan.reports.iter().filter(|r| inside(r.date.value)) {
                let (signatory, name) = who();
                h.reports.push(Published { date: Day(r.date.value), signatory, name, url: r.url.clone() });
            }
            for a in &plan.activities {
                let Some(date) = a.finished_date().filter(|d| inside(*d) && a.status.value.is_finished()) else {
                    continue;
                };
                let (signatory, name) = who();
                let due = a.due.as_ref().map(|d| d.value);
                h.activities_finished.push(ActivityFinished {
                    date: Day(date),
                    signatory,
                    name,
                    id: a.id.value.clone(),
                    title: a.title.clone(),
                    status: a.status.value,
                    owner: a.owner.clone(),
                    due: due.map(Day),
                    late: due.is_some_and(|due| date > due),
                });
            }
            for ((g, now), then) in plan.goals.iter().zip(now).zip(then) {
                if now.achieved && !then.achieved {
                    let explicit = g.achieved.as_ref().is_some_and(|a| Some(a.value) == now.achieved_on);
                    let (signatory, name) = who();
                    h.goals_achieved.push(GoalAchieved {
                        date: Day(now.achieved_on.unwrap_or(as_of)),
                        signatory,
                        name,
                        id: g.id.value.clone(),
                        title: g.title.clone(),
                        how: if explicit { "date" } else { "measurement" },
                    });
                }
                if let Some(indicator) = &g.indicator {
                    for m in indicator.measurements().iter().filter(|m| inside(m.date.value)) {
                        let (signatory, name) = who();
                        let share = m.women_share();
                        let (unit, target, balanced) = match indicator {
                            Indicator::Level { unit, target, .. } => (unit.clone(), Some(*target), None),
                            Indicator::Balance { min_share, .. } => {
                                (None, None, share.map(|s| is_balanced(s, *min_share)))
                            }
                        };
                        h.measurements.push(MeasurementLine {
                            date: Day(m.date.value),
                            signatory,
                            name,
                            goal: g.id.value.clone(),
                            title: g.title.clone(),
                            kind: indicator.kind(),
                            value: m.value,
                            unit,
                            target,
                            women: m.women,
                            men: m.men,
                            women_share: share.map(round1),
                            balanced,
                        });
                    }
                }
            }
        }
        h
    }

    fn sort(&mut self) {
        self.signed.sort_by(|a, b| (a.date, &a.signatory).cmp(&(b.date, &b.signatory)));
        self.plans_adopted.sort_by(|a, b| (a.date, &a.signatory, a.start).cmp(&(b.date, &b.signatory, b.start)));
        self.reports.sort_by(|a, b| (a.date, &a.signatory).cmp(&(b.date, &b.signatory)));
        self.activities_finished.sort_by(|a, b| (a.date, &a.signatory, &a.id).cmp(&(b.date, &b.signatory, &b.id)));
        self.goals_achieved.sort_by(|a, b| (a.date, &a.signatory, &a.id).cmp(&(b.date, &b.signatory, &b.id)));
        self.measurements.sort_by(|a, b| (a.date, &a.signatory, &a.goal).cmp(&(b.date, &b.signatory, &b.goal)));
    }

    /// Whether nothing happened.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.count_for_all() == 0
    }

    fn count_for_all(&self) -> usize {
        self.signed.len()
            + self.plans_adopted.len()
            + self.reports.len()
            + self.activities_finished.len()
            + self.goals_achieved.len()
            + self.measurements.len()
    }

    /// How many events are `signatory`'s.
    #[must_use]
    pub fn counts(&self) -> BTreeMap<&str, usize> {
        let mut counts = BTreeMap::new();
        let ids = (self.signed.iter().map(|e| &e.signatory))
            .chain(self.plans_adopted.iter().map(|e| &e.signatory))
            .chain(self.reports.iter().map(|e| &e.signatory))
            .chain(self.activities_finished.iter().map(|e| &e.signatory))
            .chain(self.goals_achieved.iter().map(|e| &e.signatory))
            .chain(self.measurements.iter().map(|e| &e.signatory));
        for id in ids {
            *counts.entry(id.as_str()).or_insert(0) += 1;
        }
        counts
    }
}

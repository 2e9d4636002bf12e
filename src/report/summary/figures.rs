//! The summary's figures: counts at the quarter's end against the day before it began, per
//! group and overall, and one line of progress per signatory.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;

use super::super::{Day, round1};
use crate::deadline::{
    ActionPlanStatus, Deadline, GoalState, achieved_as_of, action_plan_state, adopted_as_of, deadlines_given,
    goal_state, overdue_count_as_of, overdue_count_given, signed_as_of, status_as_of, sub_months,
};
use crate::model::config::{RepoConfig, Rules};
use crate::model::{ActivityStatus, Plan};

/// A count at `as_of`, the count the day before the quarter, and the difference.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Change {
    pub now: usize,
    pub before: usize,
    /// `now` − `before`.
    pub change: i64,
}

impl Change {
    fn new(now: usize, before: usize) -> Self {
        let signed = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        Self { now, before, change: signed(now) - signed(before) }
    }
}

/// The headline figures over a set of signatories.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Figures {
    pub signatories: usize,
    pub signed: Change,
    /// With an action plan adopted.
    pub action_plan_adopted: Change,
    /// With a public report dated within the last `report_months`.
    pub recent_report: Change,
    pub goals: usize,
    pub goals_achieved: Change,
    pub activities: usize,
    /// Cancelled at `as_of`: they do not count (activities done of `activities` −
    /// `activities_cancelled`, the one measure of every output).
    pub activities_cancelled: usize,
    pub activities_done: Change,
    /// Open overdue deadlines of every kind.
    pub overdue: Change,
}

/// One signatory's counts on one day, or their sums over several.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Snapshot {
    pub(super) signed: usize,
    pub(super) adopted: usize,
    pub(super) recent_report: usize,
    pub(super) goals_achieved: usize,
    pub(super) activities_done: usize,
    pub(super) overdue: usize,
}

impl Snapshot {
    /// The plan's counts on `day`, its goals only asked whether they are achieved: what
    /// [`snapshot`] gives from the whole state, for the history's earlier quarters.
    pub(super) fn as_of(plan: &Plan, rules: &Rules, day: NaiveDate) -> Self {
        Self {
            goals_achieved: plan.goals.iter().filter(|g| achieved_as_of(g, day)).count(),
            overdue: overdue_count_as_of(plan, rules, day),
            ..Self::counts(plan, rules, day)
        }
    }

    /// The counts that need no goal state; goals achieved and overdue are 0.
    fn counts(plan: &Plan, rules: &Rules, day: NaiveDate) -> Self {
        let cutoff = sub_months(day, rules.report_months);
        Self {
            signed: usize::from(signed_as_of(plan, day).is_some()),
            adopted: usize::from(!adopted_as_of(plan, day).is_empty()),
            recent_report: usize::from(plan.reports.iter().any(|r| (cutoff..=day).contains(&r.date.value))),
            goals_achieved: 0,
            activities_done: plan.activities.iter().filter(|a| status_as_of(a, day) == ActivityStatus::Done).count(),
            overdue: 0,
        }
    }

    pub(super) fn add(&mut self, other: Self) {
        self.signed += other.signed;
        self.adopted += other.adopted;
        self.recent_report += other.recent_report;
        self.goals_achieved += other.goals_achieved;
        self.activities_done += other.activities_done;
        self.overdue += other.overdue;
    }
}

/// A plan as of one day, as the summary computes it once: its goals' states (in the plan's
/// order) and its open deadlines. Only the count of overdue ones is kept for the day before
/// the quarter (`PlanState::counted`); the deadlines at `as_of` are listed (`PlanState::listed`).
pub struct PlanState<'p> {
    pub goals: Vec<GoalState<'p>>,
    /// The open deadlines, sorted by due date, kind and id; empty when `counted`.
    pub open: Vec<Deadline<'p>>,
    /// How many open deadlines are overdue.
    pub overdue: usize,
}

impl<'p> PlanState<'p> {
    /// The state with its open deadlines listed.
    #[must_use]
    pub fn listed(plan: &'p Plan, rules: &Rules, day: NaiveDate) -> Self {
        let goals = goal_states(plan, rules, day);
        let open = deadlines_given(plan, rules, day, &goals);
        let overdue = open.iter().filter(|d| d.is_overdue(day)).count();
        Self { goals, open, overdue }
    }

    /// The state with its overdue deadlines counted, not listed.
    #[must_use]
    pub fn counted(plan: &'p Plan, rules: &Rules, day: NaiveDate) -> Self {
        let goals = goal_states(plan, rules, day);
        let overdue = overdue_count_given(plan, rules, day, &goals);
        Self { goals, open: Vec::new(), overdue }
    }
}

fn goal_states<'p>(plan: &'p Plan, rules: &Rules, day: NaiveDate) -> Vec<GoalState<'p>> {
    plan.goals.iter().map(|g| goal_state(g, rules, day)).collect()
}

fn snapshot(plan: &Plan, rules: &Rules, day: NaiveDate, state: &PlanState<'_>) -> Snapshot {
    Snapshot {
        goals_achieved: state.goals.iter().filter(|g| g.achieved).count(),
        overdue: state.overdue,
        ..Snapshot::counts(plan, rules, day)
    }
}

/// A signatory's counts the day before the quarter and at its end, computed once and then
/// summed for the totals and for each group the signatory is in.
#[derive(Clone, Debug)]
pub struct PlanFigures {
    goals: usize,
    activities: usize,
    /// Cancelled at `as_of`.
    cancelled: usize,
    groups: Vec<String>,
    then: Snapshot,
    now: Snapshot,
}

impl PlanFigures {
    /// One plan's figures on both days, from its states then (`before`) and now (`as_of`).
    #[must_use]
    pub fn of(
        plan: &Plan,
        rules: &Rules,
        (before, then): (NaiveDate, &PlanState<'_>),
        (as_of, now): (NaiveDate, &PlanState<'_>),
    ) -> Self {
        Self {
            goals: plan.goals.len(),
            activities: plan.activities.len(),
            cancelled: plan.activities.iter().filter(|a| status_as_of(a, as_of) == ActivityStatus::Cancelled).count(),
            groups: plan.groups.clone(),
            then: snapshot(plan, rules, before, then),
            now: snapshot(plan, rules, as_of, now),
        }
    }
}

impl Figures {
    /// Sums figures already computed: the totals, or a group's.
    #[must_use]
    pub fn total<'a>(items: impl IntoIterator<Item = &'a PlanFigures>) -> Self {
        let (mut now, mut then) = (Snapshot::default(), Snapshot::default());
        let (mut signatories, mut goals, mut activities, mut cancelled) = (0, 0, 0, 0);
        for item in items {
            now.add(item.now);
            then.add(item.then);
            signatories += 1;
            goals += item.goals;
            activities += item.activities;
            cancelled += item.cancelled;
        }
        Self {
            signatories,
            signed: Change::new(now.signed, then.signed),
            action_plan_adopted: Change::new(now.adopted, then.adopted),
            recent_report: Change::new(now.recent_report, then.recent_report),
            goals,
            goals_achieved: Change::new(now.goals_achieved, then.goals_achieved),
            activities,
            activities_cancelled: cancelled,
            activities_done: Change::new(now.activities_done, then.activities_done),
            overdue: Change::new(now.overdue, then.overdue),
        }
    }
}

impl Figures {
    /// The counts the day before the quarter and at `as_of`, as the history holds them.
    pub(super) fn snapshots(&self) -> (Snapshot, Snapshot) {
        let at = |pick: fn(&Change) -> usize| Snapshot {
            signed: pick(&self.signed),
            adopted: pick(&self.action_plan_adopted),
            recent_report: pick(&self.recent_report),
            goals_achieved: pick(&self.goals_achieved),
            activities_done: pick(&self.activities_done),
            overdue: pick(&self.overdue),
        };
        (at(|c| c.before), at(|c| c.now))
    }
}

/// The figures of one group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GroupLine {
    pub id: String,
    /// From cemr.toml's `[groups]`, else the id.
    pub name: String,
    #[serde(flatten)]
    pub figures: Figures,
}

impl GroupLine {
    /// One line per group that has a signatory among `items`, by group id.
    #[must_use]
    pub fn all(items: &[&PlanFigures], config: &RepoConfig) -> Vec<Self> {
        let ids: BTreeSet<&str> = items.iter().flat_map(|i| i.groups.iter().map(String::as_str)).collect();
        ids.into_iter()
            .map(|id| Self {
                id: id.to_owned(),
                name: config.group_name(id).to_owned(),
                figures: Figures::total(items.iter().copied().filter(|i| i.groups.iter().any(|g| g == id))),
            })
            .collect()
    }
}

/// The action plan status at `as_of`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ActionPlanLine {
    pub status: ActionPlanStatus,
    /// The first plan's due date (signing + `action_plan_months`); `null` when not signed.
    pub due: Option<Day>,
    /// The first adoption.
    pub adopted: Option<Day>,
}

/// One signatory's progress at `as_of`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SignatoryLine {
    pub id: String,
    pub name: String,
    pub groups: Vec<String>,
    pub signed: Option<Day>,
    pub action_plan: ActionPlanLine,
    pub goals: usize,
    pub goals_achieved: usize,
    /// Goals whose progress is known (they have a usable measurement, or are achieved).
    pub goals_with_progress: usize,
    /// Mean progress (0–100, one decimal) of the goals whose progress is known; `null` when
    /// none is. Unknown progress is left out, never counted as 0.
    pub goal_progress: Option<f64>,
    pub activities: usize,
    pub activities_done: usize,
    pub activities_cancelled: usize,
    /// Open overdue deadlines of every kind.
    pub overdue: usize,
    /// How many things of `happened` are this signatory's.
    pub events: usize,
}

impl SignatoryLine {
    #[must_use]
    /// `figures` and `now` are the plan's, as of `as_of`.
    pub fn build(
        plan: &Plan,
        rules: &Rules,
        as_of: NaiveDate,
        figures: &PlanFigures,
        now: &PlanState<'_>,
        events: usize,
    ) -> Self {
        let state = action_plan_state(plan, rules, as_of);
        let progress: Vec<f64> = now.goals.iter().filter_map(|g| g.progress).collect();
        #[allow(clippy::cast_precision_loss)] // goal counts far below 2^52
        let mean = (!progress.is_empty()).then(|| round1(progress.iter().sum::<f64>() / progress.len() as f64));
        let status = |s| plan.activities.iter().filter(|a| status_as_of(a, as_of) == s).count();
        let snap = figures.now;
        Self {
            id: plan.id.clone(),
            name: plan.signatory.name.clone(),
            groups: plan.groups.clone(),
            signed: signed_as_of(plan, as_of).map(Day),
            action_plan: ActionPlanLine {
                status: state.status,
                due: state.due.map(Day),
                adopted: state.adopted.map(Day),
            },
            goals: plan.goals.len(),
            goals_achieved: snap.goals_achieved,
            goals_with_progress: progress.len(),
            goal_progress: mean,
            activities: plan.activities.len(),
            activities_done: status(ActivityStatus::Done),
            activities_cancelled: figures.cancelled,
            overdue: snap.overdue,
            events,
        }
    }
}

//! `cemr status`: one row per signatory, totals per group and overall (SPEC §3–4).

mod overdue;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::{ActivityDetail, Day, GoalDetail, GroupTotals, Totals, activity_share, mean, round1};
use crate::deadline::{
    self, ActionPlanStatus, Deadline, DeadlineKind, GoalState, action_plan_state, goal_state, signed_as_of,
    status_as_of,
};
use crate::model::config::RepoConfig;
use crate::model::{ActivityStatus, CharterVersion, Plan, SignatoryKind};

pub use overdue::{DeadlineView, OverdueList};

/// The whole `cemr status` document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StatusReport {
    pub today: Day,
    /// `[repository] name` from cemr.toml.
    pub repository: Option<String>,
    pub signatories: Vec<SignatoryStatus>,
    pub totals: Totals,
    /// Totals per group of the signatories shown, by group id.
    pub groups: Vec<GroupTotals>,
}

/// One signatory's row.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SignatoryStatus {
    pub id: String,
    pub name: String,
    pub file: String,
    pub kind: SignatoryKind,
    pub groups: Vec<String>,
    /// On or before today, else `null`.
    pub decided: Option<Day>,
    /// On or before today, else `null`.
    pub signed: Option<Day>,
    pub charter: CharterVersion,
    pub action_plan: ActionPlanJson,
    pub articles: Vec<u32>,
    pub goals: GoalCounts,
    pub activities: ActivityCounts,
    /// Overdue deadlines, oldest first.
    pub overdue: OverdueList,
    pub next_deadline: Option<DeadlineRef>,
    /// Only with exactly one signatory id: its goals in detail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goal_details: Option<Vec<GoalDetail>>,
    /// Only with exactly one signatory id: its activities in detail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activity_details: Option<Vec<ActivityDetail>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ActionPlanJson {
    pub status: ActionPlanStatus,
    pub due: Option<Day>,
    pub adopted: Option<Day>,
    /// Days past `due` while the status is `overdue`, else 0.
    pub days_overdue: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct GoalCounts {
    pub total: usize,
    pub achieved: usize,
    pub overdue: usize,
    pub stale: usize,
    /// Goals whose progress is known.
    pub with_progress: usize,
    /// Mean progress of those goals (0–100, one decimal); `null` when none is known.
    pub progress: Option<f64>,
    #[serde(skip)]
    pub progress_sum: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ActivityCounts {
    pub total: usize,
    pub done: usize,
    pub cancelled: usize,
    pub overdue: usize,
    pub ongoing: usize,
    pub planned: usize,
    /// done ÷ (total − cancelled), percent, one decimal; `null` when that is 0 ÷ 0.
    pub progress: Option<f64>,
}

/// A deadline inside a signatory's row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeadlineRef {
    pub kind: DeadlineKind,
    pub id: Option<String>,
    pub due: Day,
    pub days_overdue: i64,
    pub title: Option<String>,
    pub due_soon: bool,
}

impl DeadlineRef {
    fn of(d: &Deadline, today: NaiveDate, due_soon_days: u32) -> Self {
        let view = DeadlineView::of(d, today, due_soon_days);
        Self {
            kind: view.kind,
            id: view.id.map(str::to_owned),
            due: view.due,
            days_overdue: view.days_overdue,
            title: view.title.map(str::to_owned),
            due_soon: view.due_soon,
        }
    }
}

impl StatusReport {
    /// Builds the report for the selected plans (sorted by id). `detail` adds each one's goals
    /// and activities (the view of `cemr status ID`).
    #[must_use]
    pub fn build(plans: &[&Plan], config: &RepoConfig, today: NaiveDate, detail: bool) -> Self {
        Self::from_rows(
            crate::parallel::map(plans, |p| SignatoryStatus::build(p, config, today, detail)),
            config,
            today,
        )
    }

    /// The report of rows already built (and selected), one per signatory, sorted by id.
    #[must_use]
    pub fn from_rows(signatories: Vec<SignatoryStatus>, config: &RepoConfig, today: NaiveDate) -> Self {
        let mut by_group: BTreeMap<&str, Vec<&SignatoryStatus>> = BTreeMap::new();
        for s in &signatories {
            for g in &s.groups {
                by_group.entry(g.as_str()).or_default().push(s);
            }
        }
        let groups = by_group
            .into_iter()
            .map(|(id, rows)| GroupTotals {
                id: id.to_owned(),
                name: config.group_name(id).to_owned(),
                totals: Totals::of(rows),
            })
            .collect();
        Self {
            today: today.into(),
            repository: config.name.clone(),
            totals: Totals::of(&signatories),
            signatories,
            groups,
        }
    }
}

selectable_by_fields!(SignatoryStatus);

impl SignatoryStatus {
    #[must_use]
    pub fn build(plan: &Plan, config: &RepoConfig, today: NaiveDate, detail: bool) -> Self {
        let rules = &config.rules;
        let states: Vec<GoalState> = plan.goals.iter().map(|g| goal_state(g, rules, today)).collect();
        let open = deadline::deadlines_given(plan, rules, today, &states);
        let overdue: Vec<&Deadline> = open.iter().filter(|d| d.is_overdue(today)).collect();
        let count = |kind| overdue.iter().filter(|d| d.kind == kind).count();
        let ap = action_plan_state(plan, rules, today);
        let mut goals = GoalCounts { total: plan.goals.len(), ..GoalCounts::default() };
        for state in &states {
            goals.achieved += usize::from(state.achieved);
            goals.stale += usize::from(state.stale);
            if let Some(p) = state.progress {
                goals.with_progress += 1;
                goals.progress_sum += p;
            }
        }
        goals.overdue = count(DeadlineKind::Goal);
        goals.progress = mean(goals.progress_sum, goals.with_progress).map(round1);
        let mut activities = ActivityCounts { total: plan.activities.len(), ..ActivityCounts::default() };
        for activity in &plan.activities {
            match status_as_of(activity, today) {
                ActivityStatus::Done => activities.done += 1,
                ActivityStatus::Cancelled => activities.cancelled += 1,
                ActivityStatus::Ongoing => activities.ongoing += 1,
                ActivityStatus::Planned => activities.planned += 1,
            }
        }
        activities.overdue = count(DeadlineKind::Activity);
        activities.progress = activity_share(activities.done, activities.total, activities.cancelled).map(round1);
        let soon = rules.due_soon_days;
        Self {
            id: plan.id.clone(),
            name: plan.signatory.name.clone(),
            file: plan.file.clone(),
            kind: plan.signatory.kind,
            groups: plan.groups.clone(),
            decided: plan.signatory.decided.as_ref().map(|d| d.value).filter(|d| *d <= today).map(Day),
            signed: signed_as_of(plan, today).map(Day),
            charter: plan.signatory.charter_version(),
            action_plan: ActionPlanJson {
                status: ap.status,
                due: ap.due.map(Day),
                adopted: ap.adopted.map(Day),
                days_overdue: ap
                    .due
                    .filter(|_| ap.status == ActionPlanStatus::Overdue)
                    .map_or(0, |due| deadline::days_overdue(due, today)),
            },
            articles: plan.signatory.articles.iter().map(|a| a.value).collect(),
            goals,
            activities,
            overdue: OverdueList::of(&overdue, today, soon),
            next_deadline: deadline::next_deadline(&open, today).map(|d| DeadlineRef::of(d, today, soon)),
            goal_details: detail.then(|| plan.goals.iter().map(|g| GoalDetail::build(g, rules, today)).collect()),
            activity_details: detail
                .then(|| plan.activities.iter().map(|a| ActivityDetail::build(a, rules, today)).collect()),
        }
    }
}

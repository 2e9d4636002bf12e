//! The quarterly summary (SPEC §5): what happened in a quarter, the state at its end compared
//! with the day before it began, what became overdue, and what falls due next.
//!
//! Everything is computed by the deadline engine as of the quarter's last day (or today, for
//! the quarter still running), so events dated later are left out. The report is a pure value;
//! `render::summary_markdown`, `render::summary_html` and JSON turn it into text.

mod events;
mod figures;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

pub use events::{ActivityFinished, GoalAchieved, Happened, MeasurementLine, PlanAdopted, Published, Signed};
pub use figures::{ActionPlanLine, Change, Figures, GroupLine, PlanFigures, SignatoryLine};

use super::Day;
use super::quarter::Quarter;
use crate::deadline::{self, Deadline, DeadlineKind, add_days, goal_state};
use crate::model::config::RepoConfig;
use crate::model::{Indicator, Plan, is_balanced};

/// A quarter with its first and last day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Period {
    pub quarter: Quarter,
    pub start: Day,
    pub end: Day,
}

impl Period {
    fn of(quarter: Quarter) -> Self {
        Self { quarter, start: Day(quarter.start()), end: Day(quarter.end()) }
    }
}

/// The whole summary.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SummaryReport {
    /// `[repository] name` from cemr.toml.
    pub repository: Option<String>,
    #[serde(flatten)]
    pub period: Period,
    /// The state is as of this day: the quarter's last day, or today while it runs.
    pub as_of: Day,
    /// False while the quarter is still running (the summary then covers it up to `as_of`).
    pub complete: bool,
    /// The day before the quarter began: every `change` compares `as_of` with this day.
    pub before: Day,
    pub next_quarter: Period,
    /// `[rules] report_months`: how recent a report must be to count in `recent_report`.
    pub report_months: u32,
    /// Over every signatory shown.
    pub totals: Figures,
    pub happened: Happened,
    /// Open at `as_of` and overdue from a day inside the quarter (due from the day before it
    /// began to the day before `as_of`).
    pub became_overdue: Vec<DeadlineLine>,
    /// Every deadline open and overdue at `as_of`, those of `became_overdue` included.
    pub overdue_at_end: Vec<DeadlineLine>,
    /// Open, not overdue at `as_of`, and due on or before the next quarter's last day.
    pub due_next_quarter: Vec<DeadlineLine>,
    /// One line per group with signatories shown, by group id.
    pub groups: Vec<GroupLine>,
    /// One line per signatory, by id.
    pub signatories: Vec<SignatoryLine>,
    /// The latest balance measurement on or before `as_of` of every balance goal (for the
    /// chart of women's share against the 40/60 band).
    pub balance: Vec<BalanceLine>,
    /// Open deadlines per month, from three months before the quarter to the end of the next.
    pub deadlines_by_month: Vec<MonthCount>,
}

/// One open deadline, with who it belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeadlineLine {
    pub due: Day,
    pub signatory: String,
    pub name: String,
    pub kind: DeadlineKind,
    /// The goal's or activity's id; `null` for the other kinds.
    pub id: Option<String>,
    pub title: Option<String>,
    pub owner: Option<String>,
    /// Days past due at `as_of`; 0 when not overdue.
    pub days_overdue: i64,
}

/// The latest women/men figures of one balance goal.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BalanceLine {
    pub signatory: String,
    pub name: String,
    pub goal: String,
    pub title: String,
    pub date: Day,
    pub women: u64,
    pub men: u64,
    /// Women's share of women + men, percent, one decimal.
    pub women_share: f64,
    /// The goal's `min_share` (40 for the 40/60 rule).
    pub min_share: f64,
    /// Both women and men are at least `min_share` percent.
    pub balanced: bool,
}

/// How many deadlines open at `as_of` fall due in one month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MonthCount {
    /// `YYYY-MM`.
    pub month: String,
    /// Not overdue at `as_of`.
    pub open: usize,
    pub overdue: usize,
}

impl SummaryReport {
    /// Builds the summary of `quarter` as of `as_of` (its last day, or an earlier day while it
    /// runs) over `plans` (already filtered and sorted by id).
    #[must_use]
    pub fn build(plans: &[&Plan], config: &RepoConfig, quarter: Quarter, as_of: NaiveDate) -> Self {
        let rules = &config.rules;
        let start = quarter.start();
        let before = add_days(start, -1);
        let next = quarter.next();
        // The per-plan work, on all cores: open deadlines, figures on both days, the progress line.
        let per_plan = crate::parallel::map(plans, |p| {
            let open = deadline::deadlines(p, rules, as_of);
            (open, PlanFigures::of(p, rules, before, as_of), SignatoryLine::build(p, rules, as_of, 0))
        });
        let mut open_at_end: Vec<(&Plan, Deadline)> = Vec::new();
        let mut figures = Vec::with_capacity(plans.len());
        let mut signatories = Vec::with_capacity(plans.len());
        for (plan, (open, plan_figures, line)) in plans.iter().zip(per_plan) {
            open_at_end.extend(open.into_iter().map(|d| (*plan, d)));
            figures.push(plan_figures);
            signatories.push(line);
        }
        let line = |(plan, d): &(&Plan, Deadline)| DeadlineLine {
            due: Day(d.due),
            signatory: plan.id.clone(),
            name: plan.signatory.name.clone(),
            kind: d.kind,
            id: d.id.map(str::to_owned),
            title: d.title.map(str::to_owned),
            owner: d.owner.map(str::to_owned),
            days_overdue: d.days_overdue(as_of),
        };
        let pick = |keep: &dyn Fn(&Deadline) -> bool| {
            let mut lines: Vec<DeadlineLine> = open_at_end.iter().filter(|(_, d)| keep(d)).map(line).collect();
            lines.sort_by(|a, b| deadline_order(a).cmp(&deadline_order(b)));
            lines
        };
        let became_overdue = pick(&|d| d.is_overdue(as_of) && d.due >= before);
        let overdue_at_end = pick(&|d| d.is_overdue(as_of));
        let due_next_quarter = pick(&|d| !d.is_overdue(as_of) && d.due <= next.end());
        let happened = Happened::build(plans, rules, start, as_of);
        let counts = happened.counts();
        for line in &mut signatories {
            line.events = counts.get(line.id.as_str()).copied().unwrap_or(0);
        }
        Self {
            repository: config.name.clone(),
            period: Period::of(quarter),
            as_of: Day(as_of),
            complete: as_of >= quarter.end(),
            before: Day(before),
            next_quarter: Period::of(next),
            report_months: rules.report_months,
            totals: Figures::total(&figures),
            happened,
            became_overdue,
            overdue_at_end,
            due_next_quarter,
            groups: GroupLine::all(&figures, config),
            signatories,
            balance: balance_lines(plans, config, as_of),
            deadlines_by_month: months(&open_at_end, quarter, as_of),
        }
    }
}

/// By due date, then signatory id, then kind and item id.
fn deadline_order(d: &DeadlineLine) -> (Day, &str, DeadlineKind, Option<&str>) {
    (d.due, d.signatory.as_str(), d.kind, d.id.as_deref())
}

fn balance_lines(plans: &[&Plan], config: &RepoConfig, as_of: NaiveDate) -> Vec<BalanceLine> {
    let mut out = Vec::new();
    for plan in plans {
        for goal in &plan.goals {
            let Some(Indicator::Balance { min_share, .. }) = &goal.indicator else { continue };
            let state = goal_state(goal, &config.rules, as_of);
            let Some(m) = state.latest else { continue };
            let (Some(women), Some(men), Some(share)) = (m.women, m.men, m.women_share()) else { continue };
            out.push(BalanceLine {
                signatory: plan.id.clone(),
                name: plan.signatory.name.clone(),
                goal: goal.id.value.clone(),
                title: goal.title.clone(),
                date: Day(m.date.value),
                women,
                men,
                women_share: super::round1(share),
                min_share: *min_share,
                balanced: is_balanced(share, *min_share),
            });
        }
    }
    out.sort_by(|a, b| (&a.signatory, &a.goal, a.date).cmp(&(&b.signatory, &b.goal, b.date)));
    out
}

/// Month columns from three months before the quarter to the end of the next quarter.
fn months(open: &[(&Plan, Deadline)], quarter: Quarter, as_of: NaiveDate) -> Vec<MonthCount> {
    let first = quarter.previous().start();
    let last = quarter.next().end();
    let mut out = Vec::new();
    let mut month = first;
    while month <= last && out.len() < 12 {
        let key = (month.year(), month.month());
        let due_in = open.iter().filter(|(_, d)| (d.due.year(), d.due.month()) == key);
        let overdue = due_in.clone().filter(|(_, d)| d.is_overdue(as_of)).count();
        let all = due_in.count();
        out.push(MonthCount { month: month.format("%Y-%m").to_string(), open: all - overdue, overdue });
        month = deadline::add_months(month, 1);
    }
    out
}

#[cfg(test)]
mod tests;

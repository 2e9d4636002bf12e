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
pub use figures::{ActionPlanLine, Change, Figures, GroupLine, PlanFigures, PlanState, SignatoryLine};

use super::Day;
use super::quarter::Quarter;
use crate::deadline::{self, Deadline, DeadlineKind, GoalState, add_days};
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

/// The whole summary; its deadline lines borrow their text from the plans.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SummaryReport<'p> {
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
    pub became_overdue: Vec<DeadlineLine<'p>>,
    /// Every deadline open and overdue at `as_of`, those of `became_overdue` included.
    pub overdue_at_end: Vec<DeadlineLine<'p>>,
    /// Open, not overdue at `as_of`, and due on or before the next quarter's last day.
    pub due_next_quarter: Vec<DeadlineLine<'p>>,
    /// One line per group with signatories shown, by group id.
    pub groups: Vec<GroupLine>,
    /// One line per signatory, by id.
    pub signatories: Vec<SignatoryLine>,
    /// The latest balance measurement on or before `as_of` of every balance goal (for the
    /// chart of women's share against the 40/60 band).
    pub balance: Vec<BalanceLine<'p>>,
    /// Open deadlines per month, from three months before the quarter to the end of the next.
    pub deadlines_by_month: Vec<MonthCount>,
}

/// One open deadline, with who it belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeadlineLine<'p> {
    pub due: Day,
    pub signatory: &'p str,
    pub name: &'p str,
    pub kind: DeadlineKind,
    /// The goal's or activity's id; `null` for the other kinds.
    pub id: Option<&'p str>,
    pub title: Option<&'p str>,
    pub owner: Option<&'p str>,
    /// Days past due at `as_of`; 0 when not overdue.
    pub days_overdue: i64,
}

/// The latest women/men figures of one balance goal.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BalanceLine<'p> {
    pub signatory: &'p str,
    pub name: &'p str,
    pub goal: &'p str,
    pub title: &'p str,
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

impl<'p> SummaryReport<'p> {
    /// Builds the summary of `quarter` as of `as_of` (its last day, or an earlier day while it
    /// runs) over `plans` (already filtered and sorted by id).
    #[must_use]
    pub fn build(plans: &[&'p Plan], config: &RepoConfig, quarter: Quarter, as_of: NaiveDate) -> Self {
        let rules = &config.rules;
        let start = quarter.start();
        let before = add_days(start, -1);
        let next = quarter.next();
        // The per-plan work, on all cores, from each plan's state on both days: open deadlines,
        // figures, the progress line, the latest balance measurements, the events.
        let per_plan = crate::parallel::map(plans, |p| {
            let (then, now) = (PlanState::of(p, rules, before), PlanState::of(p, rules, as_of));
            let figures = PlanFigures::of(p, rules, (before, &then), (as_of, &now));
            let line = SignatoryLine::build(p, rules, as_of, &figures, &now, 0);
            let balance = balance_lines(p, &now.goals);
            let events = Happened::of_plan(p, rules, start, as_of, &now.goals, &then.goals);
            (now.open, figures, line, balance, events)
        });
        let mut open_at_end: Vec<Vec<Deadline<'p>>> = Vec::with_capacity(plans.len());
        let mut figures = Vec::with_capacity(plans.len());
        let mut signatories = Vec::with_capacity(plans.len());
        let mut balance = Vec::new();
        let mut events = Vec::with_capacity(plans.len());
        for (open, plan_figures, line, plan_balance, plan_events) in per_plan {
            open_at_end.push(open);
            figures.push(plan_figures);
            signatories.push(line);
            balance.extend(plan_balance);
            events.push(plan_events);
        }
        balance.sort_by(|a, b| (a.signatory, a.goal, a.date).cmp(&(b.signatory, b.goal, b.date)));
        let rank = ranks_by_id(plans);
        let pick = |keep: &dyn Fn(&Deadline) -> bool| deadline_lines(plans, &rank, &open_at_end, keep, as_of);
        let overdue_at_end = pick(&|d| d.is_overdue(as_of));
        // Sorted by due date, the deadlines that became overdue in the quarter are the last.
        let became_overdue = overdue_at_end.get(overdue_at_end.partition_point(|d| d.due < Day(before))..);
        let became_overdue = became_overdue.unwrap_or_default().to_vec();
        let due_next_quarter = pick(&|d| !d.is_overdue(as_of) && d.due <= next.end());
        let happened = Happened::merge(events);
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
            balance,
            deadlines_by_month: months(&open_at_end, quarter, as_of),
        }
    }
}

impl<'p> SummaryReport<'p> {
    /// The deadlines of `overdue_at_end` that were overdue already before the quarter began:
    /// `overdue_at_end` less `became_overdue`. Sorted by due date, they are its first lines.
    #[must_use]
    pub fn still_overdue_from_earlier(&self) -> &[DeadlineLine<'p>] {
        let earlier = self.overdue_at_end.partition_point(|d| d.due < self.before);
        self.overdue_at_end.get(..earlier).unwrap_or_default()
    }
}

/// The deadlines of `open` (one list per plan of `plans`) that `keep` keeps, as lines sorted
/// by due date, then signatory id, then kind and item id.
/// `rank` is each plan's place in id order.
fn deadline_lines<'p>(
    plans: &[&'p Plan],
    rank: &[usize],
    open: &[Vec<Deadline<'p>>],
    keep: &dyn Fn(&Deadline) -> bool,
    as_of: NaiveDate,
) -> Vec<DeadlineLine<'p>> {
    let mut picked: Vec<(usize, &'p Plan, &Deadline<'p>)> = (plans.iter().zip(open).zip(rank.iter().copied()))
        .flat_map(|((plan, deadlines), rank)| deadlines.iter().filter(|d| keep(d)).map(move |d| (rank, *plan, d)))
        .collect();
    picked.sort_by_key(|&(rank, _, d)| (d.due, rank, d.kind, d.id));
    picked
        .into_iter()
        .map(|(_, plan, d)| DeadlineLine {
            due: Day(d.due),
            signatory: &plan.id,
            name: &plan.signatory.name,
            kind: d.kind,
            id: d.id,
            title: d.title,
            owner: d.owner,
            days_overdue: d.days_overdue(as_of),
        })
        .collect()
}

/// Each plan's place in id order, so that sorting deadlines compares numbers, not ids.
fn ranks_by_id(plans: &[&Plan]) -> Vec<usize> {
    let mut by_id: Vec<usize> = (0..plans.len()).collect();
    by_id.sort_by_key(|&i| plans.get(i).map(|p| p.id.as_str()));
    let mut rank = vec![0; plans.len()];
    for (position, &i) in by_id.iter().enumerate() {
        if let Some(r) = rank.get_mut(i) {
            *r = position;
        }
    }
    rank
}

/// The latest balance measurement of each of `plan`'s balance goals, from the goals' states.
fn balance_lines<'p>(plan: &'p Plan, states: &[GoalState<'p>]) -> Vec<BalanceLine<'p>> {
    let mut out = Vec::new();
    for (goal, state) in plan.goals.iter().zip(states) {
        let Some(Indicator::Balance { min_share, .. }) = &goal.indicator else { continue };
        let Some(m) = state.latest else { continue };
        let (Some(women), Some(men), Some(share)) = (m.women, m.men, m.women_share()) else { continue };
        out.push(BalanceLine {
            signatory: &plan.id,
            name: &plan.signatory.name,
            goal: &goal.id.value,
            title: &goal.title,
            date: Day(m.date.value),
            women,
            men,
            women_share: super::round1(share),
            min_share: *min_share,
            balanced: is_balanced(share, *min_share),
        });
    }
    out
}

/// Month columns from three months before the quarter to the end of the next quarter.
fn months(open: &[Vec<Deadline>], quarter: Quarter, as_of: NaiveDate) -> Vec<MonthCount> {
    let first = quarter.previous().start();
    let last = quarter.next().end();
    let mut out = Vec::new();
    let mut month = first;
    while month <= last && out.len() < 12 {
        out.push(MonthCount { month: month.format("%Y-%m").to_string(), open: 0, overdue: 0 });
        month = deadline::add_months(month, 1);
    }
    let index_of = |date: NaiveDate| {
        let months = (date.year() - first.year()) * 12 + i32::try_from(date.month0()).unwrap_or(0);
        usize::try_from(months - i32::try_from(first.month0()).unwrap_or(0)).ok()
    };
    for d in open.iter().flatten() {
        if let Some(column) = index_of(d.due).and_then(|i| out.get_mut(i)) {
            if d.is_overdue(as_of) {
                column.overdue += 1;
            } else {
                column.open += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;

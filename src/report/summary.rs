//! The quarterly summary (SPEC §5): what happened in a quarter, the state at its end compared
//! with the day before it began, what became overdue, and what falls due next.
//!
//! Everything is computed by the deadline engine as of the quarter's last day (or today, for
//! the quarter still running), so events dated later are left out. The report is a pure value;
//! `render::summary_markdown`, `render::summary_html` and JSON turn it into text.

mod events;
mod figures;
mod history;
mod lines;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

pub use events::{ActivityFinished, GoalAchieved, Happened, MeasurementLine, PlanAdopted, Published, Signed};
pub use figures::{ActionPlanLine, Change, Figures, GroupLine, PlanFigures, PlanState, SignatoryLine};
pub use history::{DEFAULT_QUARTERS, HistoryPoint, MAX_QUARTERS, PlanHistory, history_days};
pub use lines::DeadlineLine;
use lines::{ListedDeadline, deadline_lines};

use super::Day;
use super::quarter::Quarter;
use crate::deadline::{self, Deadline, GoalState, add_days};
use crate::model::config::{RepoConfig, Rules};
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
    /// The key figures at the end of each of the last quarters (8, or `--quarters`), oldest
    /// first: the last as of `as_of` (equal to `totals.*.now`), the one before it as of `before`
    /// (equal to `totals.*.before`).
    pub history: Vec<HistoryPoint>,
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
    pub balance: Vec<&'p BalanceLine>,
    /// Open deadlines per month, from three months before the quarter to the end of the next,
    /// after a first entry ("earlier") for those due before that: the overdue counts add up to
    /// `totals.overdue.now`.
    pub deadlines_by_month: Vec<MonthCount>,
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
    /// `YYYY-MM`, or `earlier` (the first entry) for every month before the window.
    pub month: String,
    /// Not overdue at `as_of`.
    pub open: usize,
    pub overdue: usize,
}

/// One signatory's share of the summary, made from its plan on the core that read it. It owns
/// its text, so that the plan can be freed as soon as it is made.
#[derive(Clone, Debug)]
pub struct SummaryPart {
    id: String,
    file: String,
    groups: Vec<String>,
    name: String,
    /// The open deadlines at `as_of` that the summary lists: overdue, or due by the end of the
    /// next quarter. Sorted by due date, kind and id.
    deadlines: Vec<ListedDeadline>,
    /// Open deadlines per month column (see `deadlines_by_month`): (not overdue, overdue).
    months: Vec<(usize, usize)>,
    figures: PlanFigures,
    /// The plan's counts at the end of the history's quarters before the last two.
    earlier: Vec<figures::Snapshot>,
    line: SignatoryLine,
    balance: Vec<BalanceLine>,
    events: Happened,
}

selectable_by_fields!(SummaryPart);

impl SummaryPart {
    /// `plan`'s share of the summary of `quarter` as of `as_of`, from its state on the day
    /// before the quarter and at `as_of`, with a history of `quarters` quarters.
    #[must_use]
    pub fn of(plan: &Plan, rules: &Rules, quarter: Quarter, as_of: NaiveDate, quarters: usize) -> Self {
        let start = quarter.start();
        let before = add_days(start, -1);
        let (then, now) = (PlanState::counted(plan, rules, before), PlanState::listed(plan, rules, as_of));
        let figures = PlanFigures::of(plan, rules, (before, &then), (as_of, &now));
        let line = SignatoryLine::build(plan, rules, as_of, &figures, &now, 0);
        // Listed: overdue (due before `as_of`) or due by the next quarter's end. Sorted by due
        // date, they are the first of the open deadlines.
        let last_listed = quarter.next().end().max(add_days(as_of, -1));
        let listed = now.open.get(..now.open.partition_point(|d| d.due <= last_listed)).unwrap_or_default();
        let deadlines = listed.iter().map(|d| ListedDeadline::of(d, as_of)).collect();
        Self {
            id: plan.id.clone(),
            file: plan.file.clone(),
            groups: plan.groups.clone(),
            name: plan.signatory.name.clone(),
            deadlines,
            months: month_counts(&now.open, quarter, as_of),
            figures,
            earlier: history::earlier_snapshots(plan, rules, &history_days(quarter, as_of, quarters)),
            line,
            balance: balance_lines(plan, &now.goals),
            events: Happened::of_plan(plan, rules, start, as_of, &now.goals, &then.goals),
        }
    }

    /// Every plan's part, made on all cores, in id order (as `SummaryReport::from_parts` takes them).
    #[must_use]
    pub fn all(plans: &[&Plan], rules: &Rules, quarter: Quarter, as_of: NaiveDate, quarters: usize) -> Vec<Self> {
        let mut parts = crate::parallel::map(plans, |p| Self::of(p, rules, quarter, as_of, quarters));
        parts.sort_by(|a, b| (&a.id, &a.file).cmp(&(&b.id, &b.file)));
        parts
    }
}

impl<'p> SummaryReport<'p> {
    /// The summary of `quarter` as of `as_of` (its last day, or an earlier day while it runs)
    /// over the signatories' parts (already selected and sorted by id), with a history of
    /// `quarters` quarters (the parts' own).
    #[must_use]
    pub fn from_parts(
        parts: &'p [SummaryPart],
        config: &RepoConfig,
        quarter: Quarter,
        as_of: NaiveDate,
        quarters: usize,
    ) -> Self {
        debug_assert!(parts.is_sorted_by(|a, b| a.id <= b.id), "summary parts must come in id order");
        let rules = &config.rules;
        let before = add_days(quarter.start(), -1);
        let next = quarter.next();
        let mut balance: Vec<&BalanceLine> = parts.iter().flat_map(|p| &p.balance).collect();
        balance.sort_by(|a, b| (&a.signatory, &a.goal, a.date).cmp(&(&b.signatory, &b.goal, b.date)));
        // Each part's deadlines are sorted by due date: the overdue ones come first.
        let overdue = |p: &'p SummaryPart| p.deadlines.split_at(p.deadlines.partition_point(|d| d.due < as_of));
        let overdue_at_end = deadline_lines(parts, |p| overdue(p).0);
        // Sorted by due date, the deadlines that became overdue in the quarter are the last.
        let became_overdue = overdue_at_end.get(overdue_at_end.partition_point(|d| d.due() < Day(before))..);
        let became_overdue = became_overdue.unwrap_or_default().to_vec();
        let due_next_quarter = deadline_lines(parts, |p| overdue(p).1);
        let happened = Happened::merge(parts.iter().map(|p| p.events.clone()));
        let counts = happened.counts();
        let mut signatories: Vec<SignatoryLine> = parts.iter().map(|p| p.line.clone()).collect();
        for line in &mut signatories {
            line.events = counts.get(line.id.as_str()).copied().unwrap_or(0);
        }
        let figures: Vec<&PlanFigures> = parts.iter().map(|p| &p.figures).collect();
        let totals = Figures::total(figures.iter().copied());
        let days = history_days(quarter, as_of, quarters);
        Self {
            repository: config.name.clone(),
            period: Period::of(quarter),
            as_of: Day(as_of),
            complete: as_of >= quarter.end(),
            before: Day(before),
            next_quarter: Period::of(next),
            report_months: rules.report_months,
            history: history::history(&days, parts.iter().map(|p| p.earlier.as_slice()), &totals),
            totals,
            happened,
            became_overdue,
            overdue_at_end,
            due_next_quarter,
            groups: GroupLine::all(&figures, config),
            signatories,
            balance,
            deadlines_by_month: months(parts, quarter),
        }
    }
}

impl<'p> SummaryReport<'p> {
    /// The deadlines of `overdue_at_end` that were overdue already before the quarter began:
    /// `overdue_at_end` less `became_overdue`. Sorted by due date, they are its first lines.
    #[must_use]
    pub fn still_overdue_from_earlier(&self) -> &[DeadlineLine<'p>] {
        let earlier = self.overdue_at_end.partition_point(|d| d.due() < self.before);
        self.overdue_at_end.get(..earlier).unwrap_or_default()
    }
}

/// The latest balance measurement of each of `plan`'s balance goals, from the goals' states.
fn balance_lines(plan: &Plan, states: &[GoalState<'_>]) -> Vec<BalanceLine> {
    let mut out = Vec::new();
    for (goal, state) in plan.goals.iter().zip(states) {
        let Some(Indicator::Balance { min_share, .. }) = &goal.indicator else { continue };
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
    // In the report's order already (it sorts every part's lines by signatory, goal and date),
    // so that its sort, on one core, finds them in runs.
    out.sort_by(|a, b| (&a.goal, a.date).cmp(&(&b.goal, b.date)));
    out
}

/// The month columns: from three months before the quarter to the end of the next quarter.
fn month_columns(quarter: Quarter) -> Vec<NaiveDate> {
    let (first, last) = (quarter.previous().start(), quarter.next().end());
    let mut out = Vec::new();
    let mut month = first;
    while month <= last && out.len() < 12 {
        out.push(month);
        month = deadline::add_months(month, 1);
    }
    out
}

/// The word of the first column of `deadlines_by_month`: the deadlines due before the window.
pub const EARLIER: &str = "earlier";

/// One plan's open deadlines per column: (not overdue, overdue) at `as_of`; the first column
/// holds those due before the first month, the others one month each.
fn month_counts(open: &[Deadline], quarter: Quarter, as_of: NaiveDate) -> Vec<(usize, usize)> {
    let columns = month_columns(quarter);
    let mut out = vec![(0, 0); columns.len() + 1];
    let first = columns.first().copied().unwrap_or(NaiveDate::MIN);
    for d in open {
        let months = (d.due.year() - first.year()) * 12 + i32::try_from(d.due.month0()).unwrap_or(0);
        let offset = months - i32::try_from(first.month0()).unwrap_or(0);
        let index = if offset < 0 { Some(0) } else { usize::try_from(offset).ok().map(|i| i + 1) };
        if let Some((open, overdue)) = index.and_then(|i| out.get_mut(i)) {
            if d.is_overdue(as_of) {
                *overdue += 1;
            } else {
                *open += 1;
            }
        }
    }
    out
}

/// The columns with every part's counts summed: "earlier", then the months.
fn months(parts: &[SummaryPart], quarter: Quarter) -> Vec<MonthCount> {
    let earlier = MonthCount { month: EARLIER.to_owned(), open: 0, overdue: 0 };
    let mut out: Vec<MonthCount> = std::iter::once(earlier)
        .chain(month_columns(quarter).into_iter().map(|m| MonthCount {
            month: m.format("%Y-%m").to_string(),
            open: 0,
            overdue: 0,
        }))
        .collect();
    for part in parts {
        for (column, (open, overdue)) in out.iter_mut().zip(&part.months) {
            column.open += open;
            column.overdue += overdue;
        }
    }
    out
}

#[cfg(test)]
mod tests;

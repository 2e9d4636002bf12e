//! Reports: one pure value per listing command, built from plans, rules and today; the
//! filters they share (`--group`, signatory ids) and the totals.
//!
//! Reports compute; they never format text. Renderers turn them into tables or JSON.

/// `Selectable` for types with `id`, `file` and `groups` fields (plans and report rows).
macro_rules! selectable_by_fields {
    ($t:ty) => {
        impl $crate::report::Selectable for $t {
            fn id(&self) -> &str {
                &self.id
            }
            fn file(&self) -> &str {
                &self.file
            }
            fn groups(&self) -> &[String] {
                &self.groups
            }
        }
    };
}

pub mod articles;
mod day;
pub mod deadlines;
mod detail;
pub mod diff;
pub mod errors;
pub mod quarter;
pub mod site;
pub mod status;
pub mod summary;

use std::collections::BTreeSet;
use std::fmt;

use serde::Serialize;

pub use day::{Day, round1};
pub use detail::{ActivityDetail, GoalDetail, Latest};

use crate::model::Plan;
use crate::model::config::RepoConfig;
use crate::repo::path::id_of;

/// Which signatories a listing shows: positional ids and `--group`, both optional. Given
/// both, a signatory must be named and be in one of the groups.
#[derive(Clone, Copy, Debug, Default)]
pub struct Filter<'a> {
    pub ids: &'a [String],
    pub groups: &'a [String],
}

/// A filter names something that does not exist (exit 2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FilterError {
    UnknownId { id: String, nearest: Vec<String> },
    UnknownGroup { group: String, nearest: Vec<String> },
}

impl fmt::Display for FilterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (what, name, nearest) = match self {
            Self::UnknownId { id, nearest } => ("signatory", id, nearest),
            Self::UnknownGroup { group, nearest } => ("group", group, nearest),
        };
        write!(f, "there is no {what} `{name}`")?;
        if nearest.is_empty() {
            write!(f, " (the repository has none)")
        } else {
            write!(f, "; the nearest: {}", nearest.join(", "))
        }
    }
}

impl std::error::Error for FilterError {}

impl From<FilterError> for crate::message::Failure {
    fn from(e: FilterError) -> Self {
        use crate::message::msg;
        let (unknown, nearest) = match &e {
            FilterError::UnknownId { id, nearest } => (msg::filter_no_signatory(id), nearest),
            FilterError::UnknownGroup { group, nearest } => (msg::filter_no_group(group), nearest),
        };
        let hint = if nearest.is_empty() { msg::filter_none_at_all() } else { msg::filter_nearest(nearest.join(", ")) };
        Self::new(msg::edit_with_hint(hint, unknown))
    }
}

/// What a filter looks at: a plan, or a report row built from one.
pub trait Selectable {
    fn id(&self) -> &str;
    fn file(&self) -> &str;
    fn groups(&self) -> &[String];
}

selectable_by_fields!(Plan);

impl<T: Selectable> Selectable for &T {
    fn id(&self) -> &str {
        (**self).id()
    }
    fn file(&self) -> &str {
        (**self).file()
    }
    fn groups(&self) -> &[String] {
        (**self).groups()
    }
}

/// The plans a filter selects, sorted by id (then file, should two files share an id).
/// `files` are every plan file found, so that the id of a file that could not be read is
/// known (it then selects nothing rather than being an error).
///
/// # Errors
/// When an id or a group is not in the repository; the error names the nearest ones.
pub fn select<'p, T: Selectable>(
    plans: &'p [T],
    files: &[String],
    config: &RepoConfig,
    filter: Filter<'_>,
) -> Result<Vec<&'p T>, FilterError> {
    select_owned(plans.iter().collect(), files, config, filter)
}

/// [`select`] on items the caller gives away: those selected, sorted the same way.
///
/// # Errors
/// When an id or a group is not in the repository; the error names the nearest ones.
pub fn select_owned<T: Selectable>(
    mut items: Vec<T>,
    files: &[String],
    config: &RepoConfig,
    filter: Filter<'_>,
) -> Result<Vec<T>, FilterError> {
    let known_ids: BTreeSet<&str> = items.iter().map(Selectable::id).chain(files.iter().map(|f| id_of(f))).collect();
    for id in filter.ids {
        if !known_ids.contains(id.as_str()) {
            return Err(FilterError::UnknownId { id: id.clone(), nearest: nearest(id, &known_ids) });
        }
    }
    let known_groups: BTreeSet<&str> = items
        .iter()
        .flat_map(|p| p.groups().iter().map(String::as_str))
        .chain(config.groups.keys().map(String::as_str))
        .collect();
    for group in filter.groups {
        if !known_groups.contains(group.as_str()) {
            return Err(FilterError::UnknownGroup { group: group.clone(), nearest: nearest(group, &known_groups) });
        }
    }
    items.retain(|p| {
        (filter.ids.is_empty() || filter.ids.iter().any(|id| id == p.id()))
            && (filter.groups.is_empty() || p.groups().iter().any(|g| filter.groups.contains(g)))
    });
    Ok(sorted_by_id(items))
}

/// `items` sorted by id, then file. Items can be large (a summary part is some 650 bytes), so
/// their places are sorted and each item moved once.
fn sorted_by_id<T: Selectable>(items: Vec<T>) -> Vec<T> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| {
        let key = |i: usize| items.get(i).map(|item| (item.id(), item.file()));
        key(a).cmp(&key(b))
    });
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots.get_mut(i).and_then(Option::take)).collect()
}

/// Up to three names closest to `word` (edit distance, then name).
fn nearest(word: &str, names: &BTreeSet<&str>) -> Vec<String> {
    let mut scored: Vec<(usize, &str)> = names.iter().map(|n| (strsim::damerau_levenshtein(word, n), *n)).collect();
    scored.sort_unstable();
    scored.into_iter().take(3).map(|(_, n)| n.to_owned()).collect()
}

/// Sums over signatories (overall, or one group). Progress is pooled: every goal with a
/// known progress weighs the same, unknown progress is left out (never counted as 0), and
/// activity progress is done ÷ (total − cancelled) over all activities.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Totals {
    pub signatories: usize,
    /// Signed on or before today.
    pub signed: usize,
    /// With an action plan adopted on or before today.
    pub action_plans_adopted: usize,
    /// Overdue deadlines of every kind.
    pub overdue: usize,
    pub goals: usize,
    pub goals_achieved: usize,
    pub goals_overdue: usize,
    pub goals_with_progress: usize,
    /// Mean progress (0–100) of the goals whose progress is known; `None` if none is.
    pub goal_progress: Option<f64>,
    pub activities: usize,
    pub activities_done: usize,
    pub activities_cancelled: usize,
    pub activities_overdue: usize,
    /// Done ÷ (total − cancelled), in percent; `None` when nothing is left to do or done.
    pub activity_progress: Option<f64>,
}

impl Totals {
    /// Adds up the signatories' rows.
    #[must_use]
    pub fn of<'a>(rows: impl IntoIterator<Item = &'a status::SignatoryStatus>) -> Self {
        let mut t = Self::default();
        let mut progress_sum = 0.0;
        for row in rows {
            t.signatories += 1;
            t.signed += usize::from(row.signed.is_some());
            t.action_plans_adopted += usize::from(row.action_plan.adopted.is_some());
            t.overdue += row.overdue.len();
            t.goals += row.goals.total;
            t.goals_achieved += row.goals.achieved;
            t.goals_overdue += row.goals.overdue;
            t.goals_with_progress += row.goals.with_progress;
            progress_sum += row.goals.progress_sum;
            t.activities += row.activities.total;
            t.activities_done += row.activities.done;
            t.activities_cancelled += row.activities.cancelled;
            t.activities_overdue += row.activities.overdue;
        }
        t.goal_progress = mean(progress_sum, t.goals_with_progress).map(round1);
        t.activity_progress = activity_share(t.activities_done, t.activities, t.activities_cancelled).map(round1);
        t
    }
}

/// `sum ÷ n`, or `None` for no values.
#[must_use]
pub fn mean(sum: f64, n: usize) -> Option<f64> {
    #[allow(clippy::cast_precision_loss)] // counts far below 2^52
    (n > 0).then(|| sum / n as f64)
}

/// The activities that count (issue 18: one measure everywhere): all but the cancelled ones.
#[must_use]
pub fn activities_counted(total: usize, cancelled: usize) -> usize {
    total.saturating_sub(cancelled)
}

/// Done ÷ (total − cancelled) in percent; `None` when no activity is left that counts.
#[must_use]
pub fn activity_share(done: usize, total: usize, cancelled: usize) -> Option<f64> {
    let counted = activities_counted(total, cancelled);
    #[allow(clippy::cast_precision_loss)] // counts far below 2^52
    (counted > 0).then(|| 100.0 * done as f64 / counted as f64)
}

/// Totals of one group, with its id and display name.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupTotals {
    pub id: String,
    pub name: String,
    #[serde(flatten)]
    pub totals: Totals,
}

#[cfg(test)]
mod tests;

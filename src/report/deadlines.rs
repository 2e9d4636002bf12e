//! `cemr deadlines`: every open deadline of the signatories shown, soonest first.

use chrono::NaiveDate;
use serde::Serialize;

use super::Day;
use crate::deadline::{self, DeadlineKind};
use crate::model::Plan;
use crate::model::config::Rules;

/// Which deadlines to list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Window {
    /// Only overdue ones (`--overdue`).
    pub overdue_only: bool,
    /// Overdue ones and those due within this many days (`--within DAYS`).
    pub within: Option<u32>,
}

/// One open deadline (the JSON array's element; SPEC §4 plus extra keys).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeadlineRow {
    /// The signatory's id.
    pub signatory: String,
    pub kind: DeadlineKind,
    /// The goal's or activity's id; `null` for the other kinds.
    pub id: Option<String>,
    pub due: Day,
    pub overdue: bool,
    /// 0 when not overdue.
    pub days_overdue: i64,
    pub due_soon: bool,
    /// The signatory's name.
    pub name: String,
    /// The goal's or activity's title.
    pub title: Option<String>,
    /// The activity's owner.
    pub owner: Option<String>,
    /// The plan file, repository-relative (for the calendar feed's description). Not in the
    /// JSON: the listing is the same whatever folders the files are in.
    #[serde(skip)]
    pub file: String,
}

/// The listing: rows sorted by due date, then signatory id, kind and id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct DeadlinesReport {
    pub rows: Vec<DeadlineRow>,
}

impl DeadlinesReport {
    #[must_use]
    pub fn build(plans: &[&Plan], rules: &Rules, today: NaiveDate, window: Window) -> Self {
        let rows = plans.iter().flat_map(|plan| DeadlineRow::all_of(plan, rules, today));
        Self::from_rows(rows.filter(|row| window.includes(row, today)).collect())
    }

    /// The listing of rows already made (each plan's [`DeadlineRow::all_of`]), sorted.
    #[must_use]
    pub fn from_rows(rows: Vec<DeadlineRow>) -> Self {
        Self { rows: Self::sorted(rows) }
    }

    /// The rows in the listing's order: by due date, then signatory id, kind and id (a stable
    /// sort: rows sorted already, one signatory's, keep their places when joined). The rows'
    /// places are sorted, then each row is moved once: a stable sort of the rows themselves
    /// (about 200 bytes each) moved each of the bench's 60,000 rows a dozen times.
    #[must_use]
    pub fn sorted(rows: Vec<DeadlineRow>) -> Vec<DeadlineRow> {
        let mut places: Vec<(usize, &DeadlineRow)> = rows.iter().enumerate().collect();
        places.sort_by(|(_, a), (_, b)| a.listing_order(b));
        let order: Vec<usize> = places.into_iter().map(|(place, _)| place).collect();
        let mut rows: Vec<Option<DeadlineRow>> = rows.into_iter().map(Some).collect();
        order.into_iter().filter_map(|place| rows.get_mut(place).and_then(Option::take)).collect()
    }

    /// Whether any listed deadline is overdue (for `--fail-on-overdue`).
    #[must_use]
    pub fn any_overdue(&self) -> bool {
        self.rows.iter().any(|r| r.overdue)
    }
}

impl DeadlineRow {
    /// The listing's order: by due date, then signatory id, kind and id.
    #[must_use]
    pub fn listing_order(&self, other: &Self) -> std::cmp::Ordering {
        (self.due, &self.signatory, self.kind, &self.id).cmp(&(other.due, &other.signatory, other.kind, &other.id))
    }

    /// Every open deadline of `plan` as of `today`, in no particular order.
    pub fn all_of<'p>(plan: &'p Plan, rules: &Rules, today: NaiveDate) -> impl Iterator<Item = Self> + 'p {
        let due_soon_days = rules.due_soon_days;
        deadline::deadlines(plan, rules, today).into_iter().map(move |d| Self {
            overdue: d.is_overdue(today),
            days_overdue: d.days_overdue(today),
            due_soon: d.is_due_soon(today, due_soon_days),
            signatory: d.signatory.to_owned(),
            kind: d.kind,
            id: d.id.map(str::to_owned),
            due: d.due.into(),
            name: plan.signatory.name.clone(),
            title: d.title.map(str::to_owned),
            owner: d.owner.map(str::to_owned),
            file: plan.file.clone(),
        })
    }
}

impl Window {
    fn includes(self, row: &DeadlineRow, today: NaiveDate) -> bool {
        if row.overdue {
            return true;
        }
        if self.overdue_only {
            return false;
        }
        self.within.is_none_or(|days| row.due.0 <= deadline::horizon(today, days))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(due: &str, signatory: &str, id: &str, title: &str) -> DeadlineRow {
        DeadlineRow {
            signatory: signatory.into(),
            kind: DeadlineKind::Activity,
            id: Some(id.into()),
            due: Day(due.parse().unwrap_or_default()),
            overdue: false,
            days_overdue: 0,
            due_soon: false,
            name: signatory.into(),
            title: Some(title.into()),
            owner: None,
            file: String::new(),
        }
    }

    #[test]
    fn sorted_by_due_then_signatory_and_id_keeping_ties_in_order() {
        let rows = vec![
            row("2026-03-01", "b", "a1", "first"),
            row("2026-01-01", "b", "a2", "x"),
            row("2026-03-01", "a", "a9", "x"),
            row("2026-03-01", "b", "a1", "second"),
            row("2026-03-01", "b", "a0", "x"),
        ];
        let sorted = DeadlinesReport::sorted(rows);
        let shown: Vec<String> = sorted
            .iter()
            .map(|r| {
                format!(
                    "{} {} {} {}",
                    r.due,
                    r.signatory,
                    r.id.as_deref().unwrap_or_default(),
                    r.title.as_deref().unwrap_or_default()
                )
            })
            .collect();
        assert_eq!(
            shown,
            [
                "2026-01-01 b a2 x",
                "2026-03-01 a a9 x",
                "2026-03-01 b a0 x",
                "2026-03-01 b a1 first",
                "2026-03-01 b a1 second"
            ]
        );
    }
}

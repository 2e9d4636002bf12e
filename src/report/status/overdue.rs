//! A status row's overdue deadlines, owning their ids and titles (the plan they came from is
//! freed when the row is made).

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use super::Day;
use crate::deadline::{Deadline, DeadlineKind};

/// A row's overdue deadlines, oldest first. In JSON, an array of the same objects as the row's
/// `next_deadline`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OverdueList {
    items: Vec<OverdueItem>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct OverdueItem {
    kind: DeadlineKind,
    id: Option<String>,
    due: NaiveDate,
    days_overdue: i64,
    title: Option<String>,
    due_soon: bool,
}

/// One deadline of a row, as JSON shows it (`next_deadline`, and each of `overdue`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct DeadlineView<'a> {
    pub kind: DeadlineKind,
    pub id: Option<&'a str>,
    pub due: Day,
    pub days_overdue: i64,
    pub title: Option<&'a str>,
    pub due_soon: bool,
}

impl<'a> DeadlineView<'a> {
    pub(super) fn of(d: &Deadline<'a>, today: NaiveDate, due_soon_days: u32) -> Self {
        Self {
            kind: d.kind,
            id: d.id,
            due: d.due.into(),
            days_overdue: d.days_overdue(today),
            title: d.title,
            due_soon: d.is_due_soon(today, due_soon_days),
        }
    }
}

impl OverdueList {
    /// `overdue` (oldest first) as of `today`.
    pub(super) fn of(overdue: &[&Deadline<'_>], today: NaiveDate, due_soon_days: u32) -> Self {
        let items = (overdue.iter())
            .map(|d| {
                let view = DeadlineView::of(d, today, due_soon_days);
                OverdueItem {
                    kind: view.kind,
                    id: view.id.map(str::to_owned),
                    due: d.due,
                    days_overdue: view.days_overdue,
                    title: view.title.map(str::to_owned),
                    due_soon: view.due_soon,
                }
            })
            .collect();
        Self { items }
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The deadlines, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = DeadlineView<'_>> {
        self.items.iter().map(|item| DeadlineView {
            kind: item.kind,
            id: item.id.as_deref(),
            due: Day(item.due),
            days_overdue: item.days_overdue,
            title: item.title.as_deref(),
            due_soon: item.due_soon,
        })
    }
}

impl Serialize for OverdueList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::testkit::d;

    #[test]
    fn keeps_each_deadline_and_shows_it_as_json_does() {
        let deadline = |id, title, due| Deadline {
            signatory: "x",
            kind: DeadlineKind::Activity,
            id: Some(id),
            due: d(due),
            title: Some(title),
            owner: None,
        };
        let (a, b) = (deadline("a", "Lön", "2026-01-01"), deadline("b", "Rekrytering", "2026-03-01"));
        let list = OverdueList::of(&[&a, &b], d("2026-03-02"), 30);
        assert_eq!((list.len(), list.is_empty()), (2, false));
        let views: Vec<DeadlineView> = list.iter().collect();
        assert_eq!(views, [DeadlineView::of(&a, d("2026-03-02"), 30), DeadlineView::of(&b, d("2026-03-02"), 30)]);
        assert_eq!(
            serde_json::to_value(&list).unwrap(),
            serde_json::json!([
                {"kind": "activity", "id": "a", "due": "2026-01-01", "days_overdue": 60, "title": "Lön", "due_soon": false},
                {"kind": "activity", "id": "b", "due": "2026-03-01", "days_overdue": 1, "title": "Rekrytering", "due_soon": false}
            ])
        );
        assert!(OverdueList::default().is_empty());
    }
}

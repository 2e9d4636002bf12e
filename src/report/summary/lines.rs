//! The summary's deadline lines: the deadlines a signatory's part lists, with their text, and
//! the report's lines, each a view of one of them, in the report's order.

use chrono::NaiveDate;
use serde::Serialize;

use super::SummaryPart;
use crate::deadline::{Deadline, DeadlineKind};
use crate::report::Day;

/// One open deadline, with who it belongs to: a view of a deadline a part lists, so that the
/// report's tens of thousands of lines are small (two references and a place).
#[derive(Clone, Copy)]
pub struct DeadlineLine<'p> {
    part: &'p SummaryPart,
    deadline: &'p ListedDeadline,
    /// The part's place among the report's parts, and so in `signatories`.
    place: usize,
}

impl<'p> DeadlineLine<'p> {
    #[must_use]
    pub fn due(&self) -> Day {
        Day(self.deadline.due)
    }

    /// The signatory's id.
    #[must_use]
    pub fn signatory(&self) -> &'p str {
        &self.part.id
    }

    /// The signatory's name.
    #[must_use]
    pub fn name(&self) -> &'p str {
        &self.part.name
    }

    /// Where the signatory's line is in the report's `signatories` (for a renderer that
    /// prepares something once per signatory).
    #[must_use]
    pub fn signatory_place(&self) -> usize {
        self.place
    }

    #[must_use]
    pub fn kind(&self) -> DeadlineKind {
        self.deadline.kind
    }

    /// The goal's or activity's id; `None` for the other kinds.
    #[must_use]
    pub fn id(&self) -> Option<&'p str> {
        self.deadline.id.as_deref()
    }

    #[must_use]
    pub fn title(&self) -> Option<&'p str> {
        self.deadline.title.as_deref()
    }

    #[must_use]
    pub fn owner(&self) -> Option<&'p str> {
        self.deadline.owner.as_deref()
    }

    /// Days past due at `as_of`; 0 when not overdue.
    #[must_use]
    pub fn days_overdue(&self) -> i64 {
        self.deadline.days_overdue
    }

    /// Everything the line says, for comparing lines.
    #[allow(clippy::type_complexity)] // a plain tuple of the fields, used only for comparing
    fn fields(&self) -> (Day, &'p str, &'p str, DeadlineKind, Option<&'p str>, Option<&'p str>, Option<&'p str>, i64) {
        let d = self.deadline;
        (self.due(), self.signatory(), self.name(), d.kind, self.id(), self.title(), self.owner(), d.days_overdue)
    }
}

impl std::fmt::Debug for DeadlineLine<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.fields().fmt(f)
    }
}

impl PartialEq for DeadlineLine<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.fields() == other.fields()
    }
}

impl Serialize for DeadlineLine<'_> {
    /// The same object a struct of these fields would give: `due`, `signatory`, `name`, `kind`,
    /// `id`, `title`, `owner`, `days_overdue`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let mut line = serializer.serialize_struct("DeadlineLine", 8)?;
        line.serialize_field("due", &self.due())?;
        line.serialize_field("signatory", self.signatory())?;
        line.serialize_field("name", self.name())?;
        line.serialize_field("kind", &self.kind())?;
        line.serialize_field("id", &self.id())?;
        line.serialize_field("title", &self.title())?;
        line.serialize_field("owner", &self.owner())?;
        line.serialize_field("days_overdue", &self.days_overdue())?;
        line.end()
    }
}

/// An open deadline a summary lists, owning its text (the plan it came from is freed).
#[derive(Clone, Debug)]
pub(super) struct ListedDeadline {
    pub(super) due: NaiveDate,
    kind: DeadlineKind,
    id: Option<String>,
    title: Option<String>,
    owner: Option<String>,
    days_overdue: i64,
}

impl ListedDeadline {
    /// `deadline` as listed at `as_of`.
    pub(super) fn of(deadline: &Deadline<'_>, as_of: NaiveDate) -> Self {
        Self {
            due: deadline.due,
            kind: deadline.kind,
            id: deadline.id.map(str::to_owned),
            title: deadline.title.map(str::to_owned),
            owner: deadline.owner.map(str::to_owned),
            days_overdue: deadline.days_overdue(as_of),
        }
    }
}

/// The listed deadlines that `pick` picks from each of `parts`, as lines sorted by due date,
/// then signatory id, then kind and item id.
///
/// The parts are in id order and each part's deadlines are sorted by due date, kind and id
/// (as `deadline::deadlines` returns them), so a stable sort by due date gives that order.
pub(super) fn deadline_lines<'p>(
    parts: &'p [SummaryPart],
    pick: impl Fn(&'p SummaryPart) -> &'p [ListedDeadline],
) -> Vec<DeadlineLine<'p>> {
    let mut lines: Vec<DeadlineLine<'p>> = (parts.iter().enumerate())
        .flat_map(|(place, part)| pick(part).iter().map(move |deadline| DeadlineLine { part, deadline, place }))
        .collect();
    lines.sort_by_key(|line| line.deadline.due);
    lines
}

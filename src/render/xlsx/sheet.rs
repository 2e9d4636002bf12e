//! The workbook's intermediate: sheets of typed cells (text, dates, counts, percentages), built
//! from reports by the other modules here and written to a file by `book`.

use std::borrow::Cow;

use crate::message::Message;
use crate::render::text::Text;
use crate::report::Day;

/// One cell, typed, as Excel should hold it.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) enum Cell<'a> {
    /// Always a string, whatever it starts with (`=`, `+`, `@` are never a formula).
    Text(Cow<'a, str>),
    /// A day, shown `yyyy-mm-dd`.
    Date(Day),
    /// A whole number: a count, a number of days.
    Count(i64),
    /// A measured or planned value (a baseline, a target, a measurement), shown as the tables
    /// show it ([`Numbers::decimal`](crate::render::text::Numbers::decimal)): stored rounded
    /// to that figure (12.25 → 12.3) with a format of as many decimals (`0.0`, `0`).
    Number(f64),
    /// A percentage given as 0–100 (a goal's progress, a mean, the share of activities done),
    /// shown as every other output shows it: in whole percent rounded down below 100
    /// ([`Numbers::whole_percent`](crate::render::text::Numbers::whole_percent)), stored as
    /// that fraction (78.8 → 0.78) with the format `0%`.
    Percent(f64),
    /// A share given as 0–100 (a women's share), with one decimal as every other output shows
    /// it: 48.94 → 0.489 with the format `0.0%`.
    Share(f64),
    /// A percentage a plan states (a balance goal's least share), as every other output states
    /// it, with up to one decimal: 40 → 0.4 shown `0%`, 40.5 → 0.405 shown `0.0%`.
    Stated(f64),
    /// A change in a count, shown with its sign (+2, -1, 0).
    Change(i64),
    /// Yes or no (Excel shows TRUE/FALSE in its own language).
    Bool(bool),
    /// Nothing: unknown, or not applicable. Never written as 0.
    #[default]
    Empty,
}

impl<'a> Cell<'a> {
    /// Text; an empty string is an empty cell.
    pub(crate) fn text(s: impl Into<Cow<'a, str>>) -> Self {
        let s = s.into();
        if s.is_empty() { Self::Empty } else { Self::Text(s) }
    }

    pub(crate) fn text_or_empty(s: Option<&'a str>) -> Self {
        s.map_or(Self::Empty, Self::text)
    }

    pub(crate) fn date(day: Option<Day>) -> Self {
        day.map_or(Self::Empty, Self::Date)
    }

    pub(crate) fn count(n: usize) -> Self {
        Self::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }

    pub(crate) fn percent(p: Option<f64>) -> Self {
        p.map_or(Self::Empty, Self::Percent)
    }

    pub(crate) fn share(p: Option<f64>) -> Self {
        p.map_or(Self::Empty, Self::Share)
    }

    pub(crate) fn stated(p: Option<f64>) -> Self {
        p.map_or(Self::Empty, Self::Stated)
    }

    pub(crate) fn number(x: Option<f64>) -> Self {
        x.map_or(Self::Empty, Self::Number)
    }

    /// Days overdue, for what is overdue; empty for what is not.
    pub(crate) fn days_overdue(overdue: bool, days: i64) -> Self {
        if overdue { Self::Count(days) } else { Self::Empty }
    }
}

/// One sheet: a header row and rows of as many cells.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Sheet<'a> {
    pub(crate) name: String,
    pub(crate) headers: Vec<String>,
    pub(crate) rows: Vec<Vec<Cell<'a>>>,
}

impl<'a> Sheet<'a> {
    /// A sheet named and headed in the output language, from message ids.
    pub(crate) fn new(text: &Text, name: &Message, headers: &[Message]) -> Self {
        Self { name: text.get(name), headers: headers.iter().map(|h| text.get(h)).collect(), rows: Vec::new() }
    }

    pub(crate) fn push(&mut self, row: Vec<Cell<'a>>) {
        debug_assert_eq!(row.len(), self.headers.len(), "sheet {}: a row of another width", self.name);
        self.rows.push(row);
    }
}

/// Comma-separated, for lists in one cell (groups, article numbers, goal ids).
pub(crate) fn joined<T: ToString>(items: &[T]) -> String {
    items.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

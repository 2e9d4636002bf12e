//! The one tabular intermediate: title, columns, rows and footer rows of plain cells, which
//! the terminal, CSV and Markdown renderers each turn into text.
//!
//! Cells hold raw text and numbers; every renderer escapes the text for its destination and
//! writes the numbers its way (people's renderers through the language's [`Numbers`]).

use std::borrow::Cow;

use super::text::Numbers;

/// A table of a report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub title: Option<String>,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    /// Totals, shown after the rows.
    pub footer: Vec<Vec<Cell>>,
    /// A line shown under the table (e.g. when it has no rows); not in CSV.
    pub note: Option<String>,
    /// How its columns give way, in this order, on a terminal narrower than the table (column
    /// index, how). Other formats always show every column whole.
    pub give_way: Vec<(usize, GiveWay)>,
}

/// How a column gives way on a narrow terminal. Text is only ever cut with `…` or broken
/// between words; a date, a number or a word is never split across lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GiveWay {
    /// Narrower, down to this many columns: longer text is shortened with `…`.
    Shorten(usize),
    /// Narrower, down to this many columns: longer text goes on more lines, between words.
    Wrap(usize),
    /// A column of bars shows each bar's figure alone ("89 %"), without the bar.
    Figure,
    /// Left out.
    Hide,
    /// Left out, and back (when there is room again) only together with the column given,
    /// which is left out later (women with men: one without the other misleads).
    HideWith(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub header: String,
    pub align: Align,
    /// For a column of ratios: the headers of its two CSV columns (part, whole), so that a
    /// spreadsheet never reads "2/3" as a date.
    pub split: Option<(String, String)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// One cell: its content and how it is marked.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub content: Content,
    pub mark: Mark,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Content {
    Text(String),
    /// A percentage (0–100) drawn as a bar in the terminal; `None` is unknown.
    Bar(Option<f64>),
    /// A percentage (0–100) as a number; `None` is unknown.
    Percent(Option<f64>),
    /// A share in percent with one decimal (women's share: "48.9%").
    Share(f64),
    /// A whole number.
    Count(u64),
    /// "part/whole" for people (with a note after it); two numbers in CSV.
    Ratio {
        part: usize,
        whole: usize,
        note: Option<String>,
    },
    /// Nothing to show: a dash for people, an empty CSV field.
    Missing,
}

/// Emphasis a renderer may show (the terminal colours it when colour is on).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mark {
    #[default]
    Plain,
    Overdue,
    DueSoon,
    /// A women's share inside the balance band.
    Balanced,
    /// A women's share outside the balance band.
    Unbalanced,
    /// Shown quietly (an unknown value).
    Muted,
}

impl Column {
    #[must_use]
    pub fn left(header: impl Into<String>) -> Self {
        Self { header: header.into(), align: Align::Left, split: None }
    }

    #[must_use]
    pub fn right(header: impl Into<String>) -> Self {
        Self { header: header.into(), align: Align::Right, split: None }
    }

    /// A right-aligned column of ratios; `part` and `whole` name its two CSV columns.
    #[must_use]
    pub fn ratio(header: impl Into<String>, part: impl Into<String>, whole: impl Into<String>) -> Self {
        Self { header: header.into(), align: Align::Right, split: Some((part.into(), whole.into())) }
    }
}

impl Cell {
    #[must_use]
    pub fn text(s: impl Into<String>) -> Self {
        Self { content: Content::Text(s.into()), mark: Mark::Plain }
    }

    #[must_use]
    pub fn bar(percent: Option<f64>) -> Self {
        Self { content: Content::Bar(percent), mark: Mark::Plain }
    }

    #[must_use]
    pub fn percent(percent: Option<f64>) -> Self {
        Self { content: Content::Percent(percent), mark: Mark::Plain }
    }

    /// A share in percent, shown with one decimal.
    #[must_use]
    pub fn share(percent: f64) -> Self {
        Self { content: Content::Share(percent), mark: Mark::Plain }
    }

    /// A whole number (a count, an article's number).
    #[must_use]
    pub fn count(n: impl TryInto<u64>) -> Self {
        Self { content: Content::Count(n.try_into().unwrap_or(u64::MAX)), mark: Mark::Plain }
    }

    #[must_use]
    pub fn ratio(part: usize, whole: usize) -> Self {
        Self { content: Content::Ratio { part, whole, note: None }, mark: Mark::Plain }
    }

    /// A ratio with a note people see after it ("2/4, 1 cancelled").
    #[must_use]
    pub fn ratio_with(part: usize, whole: usize, note: Option<String>) -> Self {
        Self { content: Content::Ratio { part, whole, note }, mark: Mark::Plain }
    }

    #[must_use]
    pub fn missing() -> Self {
        Self { content: Content::Missing, mark: Mark::Plain }
    }

    /// Text, or a dash when there is none.
    #[must_use]
    pub fn text_or_missing(s: Option<impl Into<String>>) -> Self {
        s.map_or_else(Self::missing, Self::text)
    }

    #[must_use]
    pub fn empty() -> Self {
        Self::text("")
    }

    #[must_use]
    pub fn marked(mut self, mark: Mark) -> Self {
        self.mark = mark;
        self
    }

    /// Marks the cell only when `on`.
    #[must_use]
    pub fn marked_if(self, on: bool, mark: Mark) -> Self {
        if on { self.marked(mark) } else { self }
    }
}

/// How people read a ratio cell: "37/68", "37/68, 3 cancelled", "9990/10 000" — both counts
/// written as every count is ([`Numbers::count`]).
#[must_use]
pub fn ratio_text(part: usize, whole: usize, note: Option<&str>, numbers: Numbers) -> String {
    let (part, whole) = (numbers.count(part as u64), numbers.count(whole as u64));
    match note {
        Some(note) => format!("{part}/{whole}, {note}"),
        None => format!("{part}/{whole}"),
    }
}

/// What people see for a missing value.
pub const DASH: &str = "–";

/// What people read in a cell, before it is escaped for its destination: its text, a ratio, a
/// bar as its figure, a number written the language's way.
#[must_use]
pub fn cell_text(content: &Content, numbers: Numbers) -> Cow<'_, str> {
    match content {
        Content::Text(s) => Cow::Borrowed(s),
        Content::Ratio { part, whole, note } => Cow::Owned(ratio_text(*part, *whole, note.as_deref(), numbers)),
        Content::Bar(Some(p)) => Cow::Owned(numbers.percent(*p)),
        Content::Bar(None) => Cow::Borrowed(DASH),
        other => Cow::Owned(number_text(other, numbers).unwrap_or_default()),
    }
}

/// What people read in a cell that holds a number (not text, a ratio, or a bar), written the
/// language's way.
#[must_use]
pub fn number_text(content: &Content, numbers: Numbers) -> Option<String> {
    match content {
        Content::Percent(Some(p)) => Some(numbers.percent(*p)),
        Content::Percent(None) | Content::Missing => Some(DASH.to_owned()),
        Content::Share(p) => Some(numbers.share(*p)),
        Content::Count(n) => Some(numbers.count(*n)),
        Content::Text(_) | Content::Bar(_) | Content::Ratio { .. } => None,
    }
}

//! Tables in one of the tabular formats: terminal, CSV or Markdown.

use super::Format;
use super::table::Table;
use super::text::Numbers;

/// How the human and CSV forms are laid out.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
    /// The terminal's width, when output goes to one.
    pub width: Option<u16>,
    /// `,` by default; `;` for spreadsheets set to Swedish (`--csv-sep ';'`).
    pub csv_separator: char,
}

/// Renders tables in `format` (anything but CSV and Markdown is the terminal table); people's
/// formats write numbers the way of `numbers`, CSV always plainly.
#[must_use]
pub fn render(format: Format, tables: &[Table], style: Style, numbers: Numbers) -> String {
    let Style { color, width, csv_separator } = style;
    match format {
        Format::Csv => super::csv::render(tables, csv_separator),
        Format::Markdown => super::markdown::render(tables, numbers),
        _ => super::terminal::render(tables, color, width, numbers),
    }
}

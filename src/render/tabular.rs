//! Tables in one of the tabular formats: terminal, CSV or Markdown.

use super::Format;
use super::table::Table;

/// The CSV separator; a parameter of [`super::csv::render`] so that `;` can be offered later.
pub const CSV_SEPARATOR: char = ',';

/// Renders tables in `format` (anything but CSV and Markdown is the terminal table).
#[must_use]
pub fn render(format: Format, tables: &[Table], color: bool, width: Option<u16>) -> String {
    match format {
        Format::Csv => super::csv::render(tables, CSV_SEPARATOR),
        Format::Markdown => super::markdown::render(tables),
        _ => super::terminal::render(tables, color, width),
    }
}

//! Tables in one of the tabular formats: terminal, CSV or Markdown.

use super::Format;
use super::notice::Notice;
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
/// formats write numbers the way of `numbers`, CSV always plainly. People's formats begin with
/// the `notice` of errors in the plans, if any; CSV stays data only (the exit code tells).
#[must_use]
pub fn render(format: Format, tables: &[Table], style: Style, numbers: Numbers, notice: Option<&Notice>) -> String {
    let Style { color, width, csv_separator } = style;
    match format {
        Format::Csv => super::csv::render(tables, csv_separator),
        Format::Markdown => {
            notice.map(Notice::markdown).unwrap_or_default() + &super::markdown::render(tables, numbers)
        }
        _ => {
            notice.map(|n| n.terminal(width, color)).unwrap_or_default()
                + &super::terminal::render(tables, color, width, numbers)
        }
    }
}

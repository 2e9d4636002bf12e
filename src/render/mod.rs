//! Rendering: report values → text in one format. Renderers return strings; they never print.

pub mod csv;
pub mod cut;
pub mod diagnostics;
pub mod diff;
pub mod escape;
pub mod failure;
pub mod fit;
pub mod fixed;
pub mod github;
pub mod history;
pub mod html_table;
pub mod ics;
pub mod json;
pub mod layout;
pub mod markdown;
pub mod measures;
pub mod notice;
pub mod pieces;
pub mod schema;
pub mod site;
pub mod site_path;
pub mod summary_html;
pub mod summary_markdown;
pub mod summary_phrase;
pub mod summary_text;
pub mod svg;
pub mod table;
pub mod tabular;
pub mod terminal;
pub mod terms;
pub mod text;
pub mod wrap;
pub mod xlsx;

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A table for the terminal.
    Table,
    /// Human-readable diagnostics (or text) for the terminal.
    Human,
    Json,
    Csv,
    Markdown,
    /// GitHub Actions workflow commands.
    Github,
    Html,
    /// An iCalendar feed (RFC 5545).
    Ics,
    /// An Excel workbook (binary).
    Xlsx,
}

impl Format {
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Table => "table",
            Self::Human => "human",
            Self::Json => "json",
            Self::Csv => "csv",
            Self::Markdown => "markdown",
            Self::Github => "github",
            Self::Html => "html",
            Self::Ics => "ics",
            Self::Xlsx => "xlsx",
        }
    }
}

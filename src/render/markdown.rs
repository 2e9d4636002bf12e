//! Tables → GitHub-flavoured Markdown: a heading per titled table, every cell escaped,
//! footer rows in bold.

use std::fmt::Write as _;

use super::escape;
use super::table::{Align, Cell, Content, DASH, Table, number_text, ratio_text};
use super::text::Numbers;

/// Renders tables as GFM tables separated by blank lines, numbers written the way of `numbers`.
#[must_use]
pub fn render(tables: &[Table], numbers: Numbers) -> String {
    let mut out = String::new();
    for (i, table) in tables.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if let Some(title) = &table.title {
            let _ = writeln!(out, "### {}\n", escape::markdown(title));
        }
        let headers: Vec<String> = table.columns.iter().map(|c| escape::markdown(&c.header)).collect();
        let _ = writeln!(out, "| {} |", headers.join(" | "));
        let rule: Vec<&str> = table
            .columns
            .iter()
            .map(|c| match c.align {
                Align::Left => "---",
                Align::Right => "--:",
            })
            .collect();
        let _ = writeln!(out, "|{}|", rule.join("|"));
        for row in &table.rows {
            let cells: Vec<String> = row.iter().map(|c| cell(c, numbers)).collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
        for row in &table.footer {
            let cells: Vec<String> = row
                .iter()
                .map(|c| cell(c, numbers))
                .map(|c| if c.is_empty() { c } else { format!("**{c}**") })
                .collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
        if let Some(note) = &table.note {
            let _ = writeln!(out, "\n{}", escape::markdown(note));
        }
    }
    out
}

fn cell(cell: &Cell, numbers: Numbers) -> String {
    match &cell.content {
        Content::Text(s) => escape::markdown(s),
        Content::Ratio { part, whole, note } => escape::markdown(&ratio_text(*part, *whole, note.as_deref())),
        Content::Bar(Some(p)) => escape::markdown(&numbers.percent(*p)),
        Content::Bar(None) => DASH.to_owned(),
        other => escape::markdown(&number_text(other, numbers).unwrap_or_default()),
    }
}

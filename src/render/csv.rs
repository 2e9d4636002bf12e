//! Tables → CSV (RFC 4180): one header line and one line per row; several tables are
//! separated by an empty line. Data only: no titles, notes or footer (totals) rows;
//! percentages are plain numbers, and a ratio column becomes two columns of counts.

use super::escape;
use super::table::{Cell, Content, Table};

/// Renders tables as CSV with the given separator (`,`; `;` for some spreadsheets).
#[must_use]
pub fn render(tables: &[Table], separator: char) -> String {
    let mut out = String::new();
    for (i, table) in tables.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let headers = table.columns.iter().flat_map(|c| match &c.split {
            Some((part, whole)) => vec![part.clone(), whole.clone()],
            None => vec![c.header.clone()],
        });
        line(&mut out, headers, separator);
        for row in &table.rows {
            let fields = row.iter().zip(&table.columns).flat_map(|(cell, column)| fields(cell, column.split.is_some()));
            line(&mut out, fields, separator);
        }
    }
    out
}

fn fields(cell: &Cell, split: bool) -> Vec<String> {
    match (&cell.content, split) {
        (Content::Ratio { part, whole, .. }, true) => vec![part.to_string(), whole.to_string()],
        (_, true) => vec![field(cell), String::new()],
        (_, false) => vec![field(cell)],
    }
}

fn field(cell: &Cell) -> String {
    match &cell.content {
        Content::Text(s) => s.clone(),
        Content::Ratio { part, whole, .. } => format!("{part} of {whole}"),
        Content::Bar(Some(p)) | Content::Percent(Some(p)) => format!("{p}"),
        Content::Share(p) => format!("{p:.1}"),
        Content::Count(n) => n.to_string(),
        Content::Bar(None) | Content::Percent(None) | Content::Missing => String::new(),
    }
}

fn line(out: &mut String, fields: impl Iterator<Item = String>, separator: char) {
    let escaped: Vec<String> = fields.map(|f| escape::csv(&f, separator)).collect();
    out.push_str(&escaped.join(&separator.to_string()));
    out.push('\n');
}

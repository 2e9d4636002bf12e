//! Tables → GitHub-flavoured Markdown: a heading per titled table, every cell escaped,
//! footer rows in bold.

use std::fmt::Write as _;

use super::escape;
use super::table::{Align, Cell, Table, cell_text};
use super::text::Numbers;

/// Renders tables as GFM tables separated by blank lines, numbers written the way of `numbers`.
#[must_use]
pub fn render(tables: &[Table], numbers: Numbers) -> String {
    let mut out = String::new();
    for (i, table) in tables.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        write_head(&mut out, table);
        write_rows(&mut out, &table.rows, numbers);
        write_foot(&mut out, table, numbers);
    }
    out
}

/// Appends `table`'s title (as a heading) and its header and alignment lines; its rows follow.
pub fn write_head(out: &mut String, table: &Table) {
    if let Some(title) = &table.title {
        let _ = writeln!(out, "### {}\n", escape::markdown(title));
    }
    out.push('|');
    for column in &table.columns {
        out.push(' ');
        escape::markdown_into(out, &column.header);
        out.push_str(" |");
    }
    out.push_str("\n|");
    for column in &table.columns {
        out.push_str(match column.align {
            Align::Left => "---|",
            Align::Right => "--:|",
        });
    }
    out.push('\n');
}

/// Appends `rows` as table rows.
pub fn write_rows(out: &mut String, rows: &[Vec<Cell>], numbers: Numbers) {
    for row in rows {
        out.push('|');
        for c in row {
            out.push(' ');
            escape::markdown_into(out, &cell_text(&c.content, numbers));
            out.push_str(" |");
        }
        out.push('\n');
    }
}

/// Appends `table`'s footer rows, every figure in bold, and its note.
pub fn write_foot(out: &mut String, table: &Table, numbers: Numbers) {
    for row in &table.footer {
        out.push('|');
        for c in row {
            let mut text = String::new();
            escape::markdown_into(&mut text, &cell_text(&c.content, numbers));
            if text.is_empty() {
                out.push_str("  |");
            } else {
                let _ = write!(out, " **{text}** |");
            }
        }
        out.push('\n');
    }
    if let Some(note) = &table.note {
        let _ = writeln!(out, "\n{}", escape::markdown(note));
    }
}

//! Tables → HTML `<table>` elements (for the summary page): every cell escaped, right-aligned
//! columns marked `class="n"`, footer rows (totals) marked `class="total"`, and a cell's mark
//! shown as a `<span>` class the page's CSS colours.

use std::fmt::Write as _;

use super::escape;
use super::table::{Align, Cell, Column, Mark, Table, cell_text};
use super::text::Numbers;

/// Appends `table` as one `<table class="{class}">`, its title as the `<caption>` (its note is
/// the caller's), numbers written the way of `numbers`. The table is in a `<div class="wide">`
/// that scrolls sideways on a screen narrower than the table (a phone), so that the page does not.
pub fn render(out: &mut String, table: &Table, class: &str, numbers: Numbers) {
    write_head(out, table, class);
    write_rows(out, &table.rows, &table.columns, numbers);
    write_foot(out, table, numbers);
}

/// Appends the start of [`render`]'s table, up to its first row.
pub fn write_head(out: &mut String, table: &Table, class: &str) {
    let _ = writeln!(out, "<div class=\"wide\">\n<table class=\"{class}\">");
    if let Some(title) = &table.title {
        let _ = writeln!(out, "<caption>{}</caption>", escape::html(title));
    }
    out.push_str("<thead><tr>");
    for column in &table.columns {
        let _ = write!(out, "<th{}>", numeric_class(column));
        escape::html_into(out, &column.header);
        out.push_str("</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
}

/// Appends `rows` of a table with these `columns`.
pub fn write_rows(out: &mut String, rows: &[Vec<Cell>], columns: &[Column], numbers: Numbers) {
    for row in rows {
        write_row(out, "<tr>", row, columns, numbers);
    }
}

/// Appends `table`'s footer rows (totals) and the end of the table.
pub fn write_foot(out: &mut String, table: &Table, numbers: Numbers) {
    for row in &table.footer {
        write_row(out, "<tr class=\"total\">", row, &table.columns, numbers);
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
}

fn numeric_class(column: &Column) -> &'static str {
    if column.align == Align::Right { " class=\"n\"" } else { "" }
}

fn write_row(out: &mut String, start: &str, cells: &[Cell], columns: &[Column], numbers: Numbers) {
    out.push_str(start);
    for (i, cell) in cells.iter().enumerate() {
        let _ = write!(out, "<td{}>", columns.get(i).map_or("", numeric_class));
        let class = class(cell.mark);
        if let Some(class) = class {
            let _ = write!(out, "<span class=\"{class}\">");
        }
        escape::html_into(out, &cell_text(&cell.content, numbers));
        if class.is_some() {
            out.push_str("</span>");
        }
        out.push_str("</td>");
    }
    out.push_str("</tr>\n");
}

/// The CSS class of a mark (summary.css).
fn class(mark: Mark) -> Option<&'static str> {
    match mark {
        Mark::Plain => None,
        Mark::Overdue | Mark::Unbalanced => Some("off"),
        Mark::DueSoon => Some("soon"),
        Mark::Balanced => Some("ok"),
        Mark::Muted => Some("muted"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{Cell, Column, Mark, Table};
    use super::super::text::Numbers;

    #[test]
    fn cells_are_escaped_and_marks_are_classes() {
        let table = Table {
            columns: vec![Column::left("Namn"), Column::right("Andel")],
            rows: vec![vec![Cell::text("<b>&"), Cell::text("52 %").marked(Mark::Balanced)]],
            footer: vec![vec![Cell::text("Alla"), Cell::text("3")]],
            ..Table::default()
        };
        let mut out = String::new();
        super::render(
            &mut out,
            &table,
            "groups",
            Numbers::new(crate::message::Lang::from_id("sv").unwrap_or_default()),
        );
        assert_eq!(
            out,
            "<div class=\"wide\">\n<table class=\"groups\">\n<thead><tr><th>Namn</th><th class=\"n\">Andel</th></tr></thead>\n<tbody>\n\
             <tr><td>&lt;b&gt;&amp;</td><td class=\"n\"><span class=\"ok\">52 %</span></td></tr>\n\
             <tr class=\"total\"><td>Alla</td><td class=\"n\">3</td></tr>\n</tbody>\n</table>\n</div>\n"
        );
    }
}

//! Tables → HTML `<table>` elements (for the summary page): every cell escaped, right-aligned
//! columns marked `class="n"`, footer rows (totals) marked `class="total"`, and a cell's mark
//! shown as a `<span>` class the page's CSS colours.

use std::fmt::Write as _;

use super::escape;
use super::table::{Align, Cell, Content, DASH, Mark, Table, number_text, ratio_text};
use super::text::Numbers;

/// Appends `table` as one `<table class="{class}">`, its title as the `<caption>` (its note is
/// the caller's), numbers written the way of `numbers`. The table is in a `<div class="wide">`
/// that scrolls sideways on a screen narrower than the table (a phone), so that the page does not.
pub fn render(out: &mut String, table: &Table, class: &str, numbers: Numbers) {
    let numeric: Vec<bool> = table.columns.iter().map(|c| c.align == Align::Right).collect();
    let _ = writeln!(out, "<div class=\"wide\">\n<table class=\"{class}\">");
    if let Some(title) = &table.title {
        let _ = writeln!(out, "<caption>{}</caption>", escape::html(title));
    }
    out.push_str("<thead><tr>");
    for (column, n) in table.columns.iter().zip(&numeric) {
        let _ = write!(out, "<th{}>{}</th>", numeric_class(*n), escape::html(&column.header));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        write_row(out, "<tr>", row, &numeric, numbers);
    }
    for row in &table.footer {
        write_row(out, "<tr class=\"total\">", row, &numeric, numbers);
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
}

fn numeric_class(numeric: bool) -> &'static str {
    if numeric { " class=\"n\"" } else { "" }
}

fn write_row(out: &mut String, start: &str, cells: &[Cell], numeric: &[bool], numbers: Numbers) {
    out.push_str(start);
    for (i, cell) in cells.iter().enumerate() {
        let text = escape::html(&text(cell, numbers));
        let _ = write!(out, "<td{}>", numeric_class(numeric.get(i) == Some(&true)));
        match class(cell.mark) {
            Some(class) => {
                let _ = write!(out, "<span class=\"{class}\">{text}</span>");
            }
            None => out.push_str(&text),
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

fn text(cell: &Cell, numbers: Numbers) -> String {
    match &cell.content {
        Content::Text(s) => s.clone(),
        Content::Ratio { part, whole, note } => ratio_text(*part, *whole, note.as_deref()),
        Content::Bar(Some(p)) => numbers.percent(*p),
        Content::Bar(None) => DASH.to_owned(),
        other => number_text(other, numbers).unwrap_or_default(),
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

//! Tables → text for a terminal (comfy-table): progress bars, and colour for overdue (red)
//! and due soon (yellow) only when colour is on. Every cell is cut to a sane length (before
//! the layout, whose cost grows with a cell's width) and escaped for the terminal.

use comfy_table::{Attribute, CellAlignment, Color, ContentArrangement, modifiers, presets};

use super::cut::{MAX_CELL_CHARS, cut};
use super::escape;
use super::table::{Align, Cell, Content, DASH, Mark, Table, number_text, ratio_text};
use super::text::Numbers;

/// Bar width in characters.
const BAR: usize = 10;

/// Renders tables one after another, each under its title, numbers written the way of
/// `numbers`. `width` is the terminal's (no wrapping when `None`, e.g. when piped).
#[must_use]
pub fn render(tables: &[Table], color: bool, width: Option<u16>, numbers: Numbers) -> String {
    let mut out = String::new();
    for (i, table) in tables.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if let Some(title) = &table.title {
            out.push_str(&escape::terminal(&cut(title, MAX_CELL_CHARS)));
            out.push('\n');
        }
        out.push_str(&one(table, color, width, numbers));
        out.push('\n');
        if let Some(note) = &table.note {
            out.push_str(&escape::terminal(&cut(note, MAX_CELL_CHARS)));
            out.push('\n');
        }
    }
    out
}

fn one(table: &Table, color: bool, width: Option<u16>, numbers: Numbers) -> String {
    let mut t = comfy_table::Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED).apply_modifier(modifiers::UTF8_ROUND_CORNERS);
    if color {
        t.enforce_styling();
    } else {
        t.force_no_tty();
    }
    match width {
        Some(w) => {
            t.set_width(w).set_content_arrangement(ContentArrangement::Dynamic);
        }
        None => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    t.set_header(table.columns.iter().map(|c| {
        let cell = comfy_table::Cell::new(escape::terminal(&c.header));
        if color { cell.add_attribute(Attribute::Bold) } else { cell }
    }));
    for row in &table.rows {
        t.add_row(row.iter().map(|c| cell(c, color, false, numbers)));
    }
    if !table.footer.is_empty() && !table.rows.is_empty() {
        t.add_row(table.columns.iter().map(|_| comfy_table::Cell::new("")));
    }
    for row in &table.footer {
        t.add_row(row.iter().map(|c| cell(c, color, true, numbers)));
    }
    for (i, column) in table.columns.iter().enumerate() {
        if let (Align::Right, Some(c)) = (column.align, t.column_mut(i)) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    t.trim_fmt()
}

fn cell(cell: &Cell, color: bool, bold: bool, numbers: Numbers) -> comfy_table::Cell {
    let text = match &cell.content {
        Content::Text(s) => escape::terminal(&cut(s, MAX_CELL_CHARS)).into_owned(),
        Content::Ratio { part, whole, note } => {
            escape::terminal(&cut(&ratio_text(*part, *whole, note.as_deref()), MAX_CELL_CHARS)).into_owned()
        }
        Content::Bar(p) => bar(*p, numbers),
        other => escape::terminal(&number_text(other, numbers).unwrap_or_default()).into_owned(),
    };
    let mut out = comfy_table::Cell::new(text);
    if color {
        out = match cell.mark {
            Mark::Plain => out,
            Mark::Overdue | Mark::Unbalanced => out.fg(Color::Red),
            Mark::DueSoon => out.fg(Color::Yellow),
            Mark::Balanced => out.fg(Color::Green),
            Mark::Muted => out.fg(Color::DarkGrey),
        };
        if bold {
            out = out.add_attribute(Attribute::Bold);
        }
    }
    out
}

/// `███████░░░  70%` (`70 %` in Swedish), the figures aligned on the widest, `100%`; `–` when
/// unknown.
#[must_use]
pub fn bar(percent_done: Option<f64>, numbers: Numbers) -> String {
    let Some(p) = percent_done.filter(|p| p.is_finite()) else { return DASH.to_owned() };
    let p = p.clamp(0.0, 100.0);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // 0..=10 after the clamp
    let filled = ((p / 10.0).floor() as usize).min(BAR);
    let widest = numbers.percent(100.0).chars().count();
    format!("{}{} {:>widest$}", "█".repeat(filled), "░".repeat(BAR - filled), numbers.percent(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::table::Column;

    fn numbers(id: &str) -> Numbers {
        Numbers::new(crate::message::Lang::from_id(id).unwrap_or_default())
    }

    #[test]
    fn bars() {
        let en = numbers("en");
        assert_eq!(bar(Some(70.0), en), "███████░░░  70%");
        assert_eq!(bar(Some(100.0), en), "██████████ 100%");
        assert_eq!(bar(Some(0.0), en), "░░░░░░░░░░   0%");
        assert_eq!(bar(Some(99.9), en), "█████████░  99%");
        assert_eq!(bar(None, en), "–");
        assert_eq!(bar(Some(f64::NAN), en), "–");
        assert_eq!(bar(Some(70.0), numbers("sv")), "███████░░░  70\u{a0}%");
        assert_eq!(bar(Some(100.0), numbers("sv")), "██████████ 100\u{a0}%");
    }

    #[test]
    fn colour_only_when_asked() {
        let table = Table {
            columns: vec![Column::left("a")],
            rows: vec![vec![Cell::text("late").marked(Mark::Overdue)]],
            ..Table::default()
        };
        assert!(!render(std::slice::from_ref(&table), false, None, numbers("en")).contains('\u{1b}'));
        assert!(render(&[table], true, None, numbers("en")).contains("\u{1b}["));
    }
}

//! Tables → text for a terminal (comfy-table): progress bars, and colour for overdue (red)
//! and due soon (yellow) only when colour is on. Every cell is cut to a sane length and escaped
//! for the terminal; on a terminal, the table is fitted to its width (`fit`).

use comfy_table::{Attribute, CellAlignment, Color, ContentArrangement, modifiers, presets};

use super::cut::{MAX_CELL_CHARS, cut};
use super::escape;
use super::fit::{self, Needs, Shown};
use super::table::{Align, Cell, Content, DASH, Mark, Table, number_text, ratio_text};
use super::text::Numbers;
use super::wrap;

/// Bar width in characters.
const BAR: usize = 10;

/// Renders tables one after another, each under its title, numbers written the way of
/// `numbers`. With the terminal's `width`, each table (its title and note too) fits it: see
/// [`fit`](super::fit). Without one (piped, `-o`), every column is shown whole.
#[must_use]
pub fn render(tables: &[Table], color: bool, width: Option<u16>, numbers: Numbers) -> String {
    let width = width.map(usize::from);
    let mut out = String::new();
    for (i, table) in tables.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if let Some(title) = &table.title {
            line(&mut out, title, width);
        }
        out.push_str(&one(table, color, width, numbers));
        out.push('\n');
        if let Some(note) = &table.note {
            line(&mut out, note, width);
        }
    }
    out
}

/// A line of text, broken between words to fit `width`.
fn line(out: &mut String, text: &str, width: Option<usize>) {
    let cut = cut(text, MAX_CELL_CHARS);
    let text = escape::terminal(&cut);
    let Some(w) = width else {
        out.push_str(&text);
        out.push('\n');
        return;
    };
    for l in wrap::wrap(&text, w) {
        out.push_str(&wrap::shorten(&l, w));
        out.push('\n');
    }
}

fn one(table: &Table, color: bool, width: Option<usize>, numbers: Numbers) -> String {
    let headers: Vec<String> = table.columns.iter().map(|c| escape::terminal(&c.header).into_owned()).collect();
    let rows: Vec<Vec<String>> = table.rows.iter().map(|r| r.iter().map(|c| text(c, numbers)).collect()).collect();
    let footer: Vec<Vec<String>> = table.footer.iter().map(|r| r.iter().map(|c| text(c, numbers)).collect()).collect();
    let shown: Vec<Shown> = match width {
        Some(max) => {
            let needs: Vec<Needs> = headers
                .iter()
                .enumerate()
                .map(|(i, h)| Needs {
                    cells: rows
                        .iter()
                        .chain(&footer)
                        .filter_map(|r| r.get(i))
                        .map(|c| wrap::width(c))
                        .max()
                        .unwrap_or(0),
                    header: wrap::width(h),
                    header_word: h.split(' ').map(wrap::width).max().unwrap_or(0),
                    figure: table
                        .rows
                        .iter()
                        .chain(&table.footer)
                        .filter_map(|r| r.get(i))
                        .map(|c| wrap::width(&figure_alone(c, numbers).unwrap_or_else(|| text(c, numbers))))
                        .max()
                        .unwrap_or(0),
                })
                .collect();
            fit::fit(&needs, &table.give_way, max)
        }
        None => headers.iter().map(|_| Shown::Width { width: usize::MAX, wrap: false }).collect(),
    };
    let visible = |texts: &[String], cells: &[Cell]| -> Vec<String> {
        texts
            .iter()
            .zip(&shown)
            .enumerate()
            .filter_map(|(i, (t, s))| match (cells.get(i).and_then(|c| figure_alone(c, numbers)), s) {
                (Some(figure), Shown::Width { width, .. }) if wrap::width(t) > *width => fitted(&figure, *s, false),
                _ => fitted(t, *s, false),
            })
            .collect()
    };
    let mut t = comfy_table::Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED).apply_modifier(modifiers::UTF8_ROUND_CORNERS);
    if color {
        t.enforce_styling();
        // crossterm leaves colours out when NO_COLOR is set; `color` has already weighed it.
        crossterm::style::force_color_output(true);
    } else {
        t.force_no_tty();
    }
    // The widths are set above: comfy-table neither wraps nor splits anything.
    t.set_content_arrangement(ContentArrangement::Disabled);
    t.set_header(headers.iter().zip(&shown).filter_map(|(h, s)| fitted(h, *s, true)).map(|h| {
        let cell = comfy_table::Cell::new(h);
        if color { cell.add_attribute(Attribute::Bold) } else { cell }
    }));
    for (texts, cells) in rows.iter().zip(&table.rows) {
        t.add_row(styled(visible(texts, cells), cells, &shown, color, false));
    }
    if !table.footer.is_empty() && !table.rows.is_empty() {
        t.add_row(visible(&vec![String::new(); headers.len()], &[]));
    }
    for (texts, cells) in footer.iter().zip(&table.footer) {
        t.add_row(styled(visible(texts, cells), cells, &shown, color, true));
    }
    let aligns = table.columns.iter().zip(&shown).filter(|(_, s)| **s != Shown::Hidden).map(|(c, _)| c.align);
    for (i, align) in aligns.enumerate() {
        if let (Align::Right, Some(c)) = (align, t.column_mut(i)) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    t.trim_fmt()
}

/// A cell's text as shown in a column: whole when it fits, else shortened with `…` or broken
/// between words (a header always between words); `None` in a hidden column.
fn fitted(text: &str, shown: Shown, header: bool) -> Option<String> {
    let Shown::Width { width, wrap } = shown else { return None };
    if wrap::width(text) <= width {
        return Some(text.to_owned());
    }
    if wrap || header {
        let lines: Vec<String> = wrap::wrap(text, width).iter().map(|l| wrap::shorten(l, width).into_owned()).collect();
        Some(lines.join("\n"))
    } else {
        Some(wrap::shorten(text, width).into_owned())
    }
}

/// What people read in a cell, escaped for the terminal.
fn text(cell: &Cell, numbers: Numbers) -> String {
    match &cell.content {
        Content::Text(s) => escape::terminal(&cut(s, MAX_CELL_CHARS)).into_owned(),
        Content::Ratio { part, whole, note } => {
            escape::terminal(&cut(&ratio_text(*part, *whole, note.as_deref(), numbers), MAX_CELL_CHARS)).into_owned()
        }
        Content::Bar(p) => bar(*p, numbers),
        other => escape::terminal(&number_text(other, numbers).unwrap_or_default()).into_owned(),
    }
}

/// The visible cells of a row, coloured by their marks when colour is on.
fn styled(texts: Vec<String>, cells: &[Cell], shown: &[Shown], color: bool, bold: bool) -> Vec<comfy_table::Cell> {
    let marks = cells.iter().zip(shown).filter(|(_, s)| **s != Shown::Hidden).map(|(c, _)| c.mark);
    texts
        .into_iter()
        .zip(marks)
        .map(|(text, mark)| {
            let mut out = comfy_table::Cell::new(text);
            if color {
                out = match mark {
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
        })
        .collect()
}

/// A bar's figure without the bar (`70 %`, aligned like the bar's), for a column too narrow
/// for the bar; `None` for any other cell.
fn figure_alone(cell: &Cell, numbers: Numbers) -> Option<String> {
    let Content::Bar(p) = cell.content else { return None };
    let Some(p) = p.filter(|p| p.is_finite()) else { return Some(DASH.to_owned()) };
    let widest = numbers.percent(100.0).chars().count();
    Some(format!("{:>widest$}", numbers.percent(p.clamp(0.0, 100.0))))
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
    use crate::render::table::{Column, GiveWay};

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
    fn a_table_gives_way_to_fit_the_width_and_stays_whole_without_one() {
        let table = Table {
            title: Some("Läget för undertecknarna i länet".to_owned()),
            columns: vec![
                Column::left("Undertecknare"),
                Column::left("Andel genomförda"),
                Column::right("Försenade åtaganden"),
            ],
            rows: vec![vec![Cell::text("Övertorneå kommun"), Cell::bar(Some(50.0)), Cell::count(3)]],
            give_way: vec![(1, GiveWay::Hide), (0, GiveWay::Shorten(8))],
            ..Table::default()
        };
        let en = numbers("en");
        let fitted = render(std::slice::from_ref(&table), false, Some(30), en);
        assert_eq!(
            fitted,
            "Läget för undertecknarna i\nlänet\n\
             ╭───────────────┬───────────╮\n\
             │ Undertecknare ┆ Försenade │\n\
             │               ┆ åtaganden │\n\
             ╞═══════════════╪═══════════╡\n\
             │ Övertorneå…   ┆         3 │\n\
             ╰───────────────┴───────────╯\n"
        );
        let whole = render(&[table], false, None, en);
        assert!(whole.contains("Övertorneå kommun") && whole.contains("█████░░░░░") && !whole.contains('…'));
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

//! Sheets → the bytes of an .xlsx file (`rust_xlsxwriter`): a bold, frozen header row with an
//! autofilter, fitted column widths, typed cells, and fixed document dates so that the same
//! input gives the same bytes.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::sheet::{Cell, Sheet};
use crate::render::text::Numbers;

/// Excel's longest text in a cell, in UTF-16 units.
const MAX_TEXT: usize = 32_767;
/// Excel's longest sheet name, in characters.
const MAX_SHEET_NAME: usize = 31;
/// The widest a fitted column gets, in pixels (about 55 characters): long titles wrap no
/// table off the screen.
const MAX_COLUMN_PIXELS: u32 = 400;

/// A change in a count: +2, −1 (U+2212, the minus sign of the other outputs), ±0; and the same
/// in groups of three, for five digits or more, as [`Numbers::change`] writes it (+11 000).
const CHANGE: &str = "+0;\"\u{2212}\"0;\"±\"0";
const GROUPED_CHANGE: &str = "+#,##0;\"\u{2212}\"#,##0;\"±\"0";

/// A measured or planned value as the tables write it ([`Numbers::decimal`]): whole or with one
/// decimal, in groups of three from five digits, a minus sign (U+2212) when negative; indexed
/// by [`value`].
const VALUES: [&str; 4] =
    ["0;\"\u{2212}\"0", "0.0;\"\u{2212}\"0.0", "#,##0;\"\u{2212}\"#,##0", "#,##0.0;\"\u{2212}\"#,##0.0"];

/// The number formats, made once per workbook.
struct Formats {
    header: Format,
    date: Format,
    /// Whole percent: a progress, rounded down below 100 before it is stored.
    percent: Format,
    /// One decimal: a women's share.
    share: Format,
    change: Format,
    grouped_change: Format,
    /// A count of five digits or more, in groups of three as the tables write it (44 100); a
    /// shorter count keeps Excel's General format (4066), as the tables write it.
    grouped_count: Format,
    /// A measured or planned value: [`VALUES`].
    values: [Format; 4],
}

/// The workbook of `sheets`, titled `title`, dated `created` (the report's as-of day: a fixed
/// date, never the clock).
pub(super) fn bytes(sheets: &[Sheet<'_>], title: &str, created: NaiveDate) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let created = excel_date(created).map_or_else(|| ExcelDateTime::from_ymd(1980, 1, 1), Ok)?;
    workbook.set_properties(&DocProperties::new().set_title(title).set_creation_datetime(&created));
    let formats = Formats {
        header: Format::new().set_bold(),
        date: Format::new().set_num_format("yyyy-mm-dd"),
        percent: Format::new().set_num_format("0%"),
        share: Format::new().set_num_format("0.0%"),
        // As every other output writes a change: "+2", "−1" (a minus sign), "±0".
        change: Format::new().set_num_format(CHANGE),
        grouped_change: Format::new().set_num_format(GROUPED_CHANGE),
        grouped_count: Format::new().set_num_format(VALUES[2]),
        values: VALUES.map(|f| Format::new().set_num_format(f)),
    };
    let mut names = BTreeSet::new();
    for sheet in sheets {
        let worksheet = workbook.add_worksheet();
        worksheet.set_name(unique_name(&sheet.name, &mut names))?;
        write_sheet(worksheet, sheet, &formats)?;
    }
    workbook.save_to_buffer()
}

fn write_sheet(worksheet: &mut Worksheet, sheet: &Sheet<'_>, formats: &Formats) -> Result<(), XlsxError> {
    for (column, header) in (0..).zip(&sheet.headers) {
        worksheet.write_string_with_format(0, column, text(header), &formats.header)?;
    }
    for (row, cells) in (1..).zip(&sheet.rows) {
        for (column, cell) in (0..).zip(cells) {
            write_cell(worksheet, row, column, cell, formats)?;
        }
    }
    let last_column =
        u16::try_from(sheet.headers.len().saturating_sub(1)).map_err(|_| XlsxError::RowColumnLimitError)?;
    let last_row = u32::try_from(sheet.rows.len()).map_err(|_| XlsxError::RowColumnLimitError)?;
    if !sheet.headers.is_empty() {
        worksheet.set_freeze_panes(1, 0)?;
        worksheet.autofilter(0, 0, last_row, last_column)?;
    }
    worksheet.set_autofit_max_width(MAX_COLUMN_PIXELS);
    worksheet.autofit();
    Ok(())
}

fn write_cell(
    worksheet: &mut Worksheet,
    row: u32,
    column: u16,
    cell: &Cell<'_>,
    formats: &Formats,
) -> Result<(), XlsxError> {
    match cell {
        Cell::Text(s) => worksheet.write_string(row, column, text(s)).map(drop),
        Cell::Date(day) => match excel_date(day.0) {
            Some(date) => worksheet.write_datetime_with_format(row, column, &date, &formats.date).map(drop),
            // Before 1900 or after 9999 Excel has no date: the day as text.
            None => worksheet.write_string(row, column, day.to_string()).map(drop),
        },
        Cell::Count(n) => {
            #[allow(clippy::cast_precision_loss)] // counts far below 2^52
            let n = *n as f64;
            if Numbers::grouped(n) {
                worksheet.write_number_with_format(row, column, n, &formats.grouped_count).map(drop)
            } else {
                worksheet.write_number(row, column, n).map(drop)
            }
        }
        Cell::Number(x) if x.is_finite() => {
            let (value, format) = value(*x);
            let format = formats.values.get(format).unwrap_or(&formats.values[0]);
            worksheet.write_number_with_format(row, column, value, format).map(drop)
        }
        Cell::Percent(p) if p.is_finite() => {
            worksheet.write_number_with_format(row, column, whole_percent(*p), &formats.percent).map(drop)
        }
        Cell::Stated(p) if p.is_finite() => {
            let (fraction, decimals) = stated(*p);
            let format = if decimals { &formats.share } else { &formats.percent };
            worksheet.write_number_with_format(row, column, fraction, format).map(drop)
        }
        Cell::Share(p) if p.is_finite() => {
            worksheet.write_number_with_format(row, column, share(*p), &formats.share).map(drop)
        }
        Cell::Change(n) => {
            #[allow(clippy::cast_precision_loss)] // counts far below 2^52
            let n = *n as f64;
            let format = if Numbers::grouped(n) { &formats.grouped_change } else { &formats.change };
            worksheet.write_number_with_format(row, column, n, format).map(drop)
        }
        Cell::Bool(b) => worksheet.write_boolean(row, column, *b).map(drop),
        Cell::Number(_) | Cell::Percent(_) | Cell::Share(_) | Cell::Stated(_) | Cell::Empty => Ok(()),
    }
}

/// A percentage as the fraction of the whole percent every other output shows (78.8 → 0.78,
/// 99.6 → 0.99): the one rounding rule, so that Excel's `0%` shows the same figure rather
/// than rounding 78.8 up to 79 %.
fn whole_percent(percent: f64) -> f64 {
    Numbers::whole_percent(percent) / 100.0
}

/// A measured or planned value as the tables show it ([`Numbers::decimal`]: 12.25 → 12.3,
/// 44 560.37 → 44 560.4), so that Excel shows that figure without a rounding of its own, with
/// the index of its format in [`VALUES`].
fn value(x: f64) -> (f64, usize) {
    let tenths = Numbers::tenths(x);
    // + 0.0: a value that rounds to −0 is 0.
    let value = tenths / 10.0 + 0.0;
    let decimals = usize::from(tenths % 10.0 != 0.0);
    (value, decimals + 2 * usize::from(Numbers::grouped(value)))
}

/// A percentage a plan states as the fraction of the figure every other output states
/// ([`Numbers::stated_percent`]: up to one decimal, not rounded down like a progress), and
/// whether that figure has a decimal: 40 → (0.4, no), 40.5 → (0.405, yes).
fn stated(percent: f64) -> (f64, bool) {
    let tenths = Numbers::tenths(percent);
    (tenths / 1000.0, tenths % 10.0 != 0.0)
}

/// A share as the fraction of its one-decimal figure (48.94 → 0.489), the digits every other
/// output shows, and the fraction it is, not as 48.9 ÷ 100 computes it (0.48899999999999999).
fn share(percent: f64) -> f64 {
    Numbers::tenths(percent) / 1000.0
}

/// The day as an Excel date, if Excel has it (1900–9999).
fn excel_date(day: NaiveDate) -> Option<ExcelDateTime> {
    let year = u16::try_from(day.year()).ok()?;
    let (month, day) = (u8::try_from(day.month()).ok()?, u8::try_from(day.day()).ok()?);
    ExcelDateTime::from_ymd(year, month, day).ok()
}

/// Text as Excel can hold it: at most 32,767 UTF-16 units, a longer text cut with "…".
fn text(s: &str) -> String {
    if s.encode_utf16().count() <= MAX_TEXT {
        return s.to_owned();
    }
    let mut units = 0;
    let mut out = String::new();
    for c in s.chars() {
        units += c.len_utf16();
        if units > MAX_TEXT - 1 {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// A sheet name Excel accepts: none of `[ ] : * ? / \`, not empty, not beginning or ending
/// with `'`, at most 31 characters, and unlike the names before it (case-insensitively).
fn unique_name(wanted: &str, taken: &mut BTreeSet<String>) -> String {
    let clean: String = wanted
        .chars()
        .map(|c| if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') || c.is_control() { ' ' } else { c })
        .collect();
    let clean = clean.trim().trim_matches('\'').trim();
    let base = if clean.is_empty() { "Sheet" } else { clean };
    let mut candidate: String = base.chars().take(MAX_SHEET_NAME).collect();
    let mut n = 1;
    while taken.contains(&candidate.to_lowercase()) {
        n += 1;
        let suffix = format!(" ({n})");
        let room = MAX_SHEET_NAME.saturating_sub(suffix.chars().count());
        candidate = base.chars().take(room).collect::<String>() + &suffix;
    }
    taken.insert(candidate.to_lowercase());
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_excel_accepts() {
        let mut taken = BTreeSet::new();
        assert_eq!(unique_name("Mål", &mut taken), "Mål");
        assert_eq!(unique_name("mål", &mut taken), "mål (2)");
        assert_eq!(unique_name("a/b:c", &mut taken), "a b c");
        assert_eq!(unique_name("''", &mut taken), "Sheet");
        let long = unique_name(&"x".repeat(40), &mut taken);
        assert_eq!(long.chars().count(), 31);
        let again = unique_name(&"x".repeat(40), &mut taken);
        assert_eq!((again.chars().count(), again.ends_with(" (2)")), (31, true));
    }

    #[test]
    fn long_text_is_cut_to_what_excel_holds() {
        assert_eq!(text("kort"), "kort");
        let cut = text(&"å".repeat(40_000));
        assert_eq!(cut.encode_utf16().count(), MAX_TEXT);
        assert!(cut.ends_with('…'));
        // A character outside the BMP is two units and is never split.
        let cut = text(&"😀".repeat(20_000));
        assert!(cut.encode_utf16().count() <= MAX_TEXT);
    }

    #[test]
    fn numbers_are_the_figures_shown() {
        assert_eq!(whole_percent(78.8).to_string(), "0.78");
        assert_eq!(whole_percent(99.6).to_string(), "0.99");
        assert_eq!(whole_percent(100.0).to_string(), "1");
        assert_eq!(whole_percent(0.0).to_string(), "0");
        assert_eq!(share(77.6).to_string(), "0.776");
        assert_eq!(share(48.94).to_string(), "0.489");
        assert_eq!(share(100.0).to_string(), "1");
        assert_eq!(share(0.0).to_string(), "0");
        assert_eq!(value(12.25), (12.3, 1));
        assert_eq!(value(11.37), (11.4, 1));
        assert_eq!(value(151.0), (151.0, 0));
        assert_eq!(value(-0.04).0.to_string(), "0");
        assert_eq!(value(44_560.37), (44_560.4, 3));
        assert_eq!(value(9_999.96), (10_000.0, 2));
        assert_eq!(stated(40.0), (0.4, false));
        assert_eq!(stated(40.5), (0.405, true));
        assert_eq!(stated(40.25), (0.403, true));
    }

    /// Counts and changes are written in groups of three from five digits, as the tables
    /// write them ("44 100", "+11 000"), and shorter ones not ("4066", "+2").
    #[test]
    fn counts_are_grouped_as_the_tables_group_them() {
        use calamine::{Xlsx, open_workbook_from_rs};
        let sheet = Sheet {
            name: "Counts".to_owned(),
            headers: vec!["Count".to_owned(), "Change".to_owned()],
            rows: vec![
                vec![Cell::Count(44_100), Cell::Change(11_000)],
                vec![Cell::Count(4066), Cell::Change(-2)],
                vec![Cell::Count(10_000), Cell::Change(-12_345)],
            ],
        };
        let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        let bytes = bytes(&[sheet], "t", day).unwrap_or_default();
        let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap_or_else(|e| panic!("{e}"));
        let styles = book.worksheet_style("Counts").unwrap_or_else(|e| panic!("{e}"));
        let format =
            |r: u32, c: u32| styles.get((r, c)).and_then(|s| s.number_format.as_ref()).map(|f| f.format_code.clone());
        assert_eq!(format(1, 0).as_deref(), Some(VALUES[2]));
        assert_eq!(format(2, 0).filter(|f| f != "General"), None);
        assert_eq!(format(3, 0).as_deref(), Some(VALUES[2]));
        assert_eq!(format(1, 1).as_deref(), Some(GROUPED_CHANGE));
        assert_eq!(format(2, 1).as_deref(), Some(CHANGE));
        assert_eq!(format(3, 1).as_deref(), Some(GROUPED_CHANGE));
    }

    #[test]
    fn dates_outside_excel_are_none() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        assert!(excel_date(day(2026, 2, 28)).is_some());
        assert!(excel_date(day(1899, 1, 1)).is_none());
        assert!(excel_date(day(10_000, 1, 1)).is_none());
    }
}

//! Reports → Excel workbooks (`--format xlsx`, `-o FILE.xlsx`): typed cells (dates, counts,
//! percentages as fractions), a bold frozen header with a filter, fitted columns, sheet names
//! and headers in the output language, rows in the order of the table output.
//!
//! Plan text is only ever written as a string, never as a formula or a link. The file is the
//! same bytes for the same input: its dates are the report's as-of day and the zip entries'
//! times are fixed.

mod book;
mod listings;
mod sheet;
mod status;
mod summary;
mod words;

use chrono::NaiveDate;

use crate::message::{Failure, OrFail as _, msg};
use crate::render::text::Text;
use crate::report::articles::ArticlesReport;
use crate::report::deadlines::DeadlinesReport;
use crate::report::errors::DataErrors;
use crate::report::status::StatusReport;
use crate::report::summary::SummaryReport;

/// `cemr status`: the signatories, the totals per group and overall, and with one ID its goals
/// and activities.
///
/// # Errors
/// When the workbook cannot be made (more rows than Excel holds).
pub fn status(report: &StatusReport, errors: &DataErrors, text: &Text) -> Result<Vec<u8>, Failure> {
    let title = text.get(&msg::xlsx_title_status(report.today.0));
    finish(&errors_first(errors, text, status::sheets(report, text)), &title, report.today.0)
}

/// `cemr deadlines`: the open deadlines, soonest first.
///
/// # Errors
/// As [`status`].
pub fn deadlines(
    report: &DeadlinesReport,
    errors: &DataErrors,
    today: NaiveDate,
    text: &Text,
) -> Result<Vec<u8>, Failure> {
    let title = text.get(&msg::xlsx_title_deadlines(today));
    finish(&errors_first(errors, text, listings::deadlines(report, text)), &title, today)
}

/// `cemr articles`: the coverage matrix, and the groups' sizes.
///
/// # Errors
/// As [`status`].
pub fn articles(
    report: &ArticlesReport,
    errors: &DataErrors,
    today: NaiveDate,
    text: &Text,
) -> Result<Vec<u8>, Failure> {
    let title = text.get(&msg::xlsx_title_articles());
    finish(&errors_first(errors, text, listings::articles(report, text)), &title, today)
}

/// `cemr summary`: one sheet per section.
///
/// # Errors
/// As [`status`].
pub fn summary(report: &SummaryReport<'_>, errors: &DataErrors, text: &Text) -> Result<Vec<u8>, Failure> {
    let title = {
        let quarter = report.period.quarter;
        text.get(&msg::xlsx_title_summary(quarter.number().to_string(), quarter.year().to_string()))
    };
    finish(&errors_first(errors, text, summary::sheets(report, text)), &title, report.as_of.0)
}

/// When the plans have errors, a first sheet (the one a workbook opens on) names the files,
/// their errors and whether the figures count them; then the report's sheets.
fn errors_first<'a>(errors: &'a DataErrors, text: &Text, sheets: Vec<sheet::Sheet<'a>>) -> Vec<sheet::Sheet<'a>> {
    if errors.is_empty() {
        return sheets;
    }
    let headers = [msg::notice_column_file(), msg::notice_column_errors(), msg::notice_column_figures()];
    let mut first = sheet::Sheet::new(text, &msg::notice_sheet(), &headers);
    for file in &errors.files {
        let figures = if file.left_out { msg::notice_figures_left_out() } else { msg::notice_figures_counted() };
        first.push(vec![
            sheet::Cell::text(file.file.as_str()),
            sheet::Cell::count(file.errors),
            sheet::Cell::text(text.get(&figures)),
        ]);
    }
    std::iter::once(first).chain(sheets).collect()
}

fn finish(sheets: &[sheet::Sheet<'_>], title: &str, created: NaiveDate) -> Result<Vec<u8>, Failure> {
    book::bytes(sheets, title, created).or_fail(msg::xlsx_cannot_write)
}

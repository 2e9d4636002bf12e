//! The workbooks of `tests/agreement.rs` read back with calamine, each cell as a reader sees
//! it: a percentage as its number format shows the stored fraction (`0%`: whole percent,
//! `0.0%`: one decimal), in the output language's way of writing it; then one signatory's
//! figures put together as the tables word them, to compare with the other formats.

use std::io::Cursor;

use calamine::{Data, DataType as _, Reader, Xlsx, open_workbook_from_rs};

use crate::{Lang, PLAN_STATUSES, PlanStatus, activities};

pub(crate) struct Book {
    xlsx: Xlsx<Cursor<Vec<u8>>>,
}

/// One goal of a `status ID` workbook's goals sheet, as shown.
pub(crate) struct GoalShown {
    pub(crate) id: String,
    pub(crate) progress: Option<String>,
    pub(crate) women_share: Option<String>,
}

impl Book {
    pub(crate) fn new(bytes: Vec<u8>) -> Self {
        Self { xlsx: open_workbook_from_rs(Cursor::new(bytes)).unwrap() }
    }

    /// The data rows of the sheet named `(English, Swedish)`, each cell as shown (`None`
    /// when empty).
    fn rows(&mut self, lang: Lang, names: (&'static str, &'static str)) -> Vec<Vec<Option<String>>> {
        self.table(lang, names).1
    }

    /// The header row and the data rows of the sheet named `(English, Swedish)`.
    fn table(&mut self, lang: Lang, names: (&'static str, &'static str)) -> (Vec<String>, Vec<Vec<Option<String>>>) {
        let sheet = lang.pick(names);
        let range = self.xlsx.worksheet_range(sheet).unwrap_or_else(|e| panic!("sheet {sheet}: {e}"));
        let styles = self.xlsx.worksheet_style(sheet).unwrap();
        let width = range.width();
        let (top, left) = range.start().unwrap();
        assert_eq!((top, left), (0, 0), "{sheet} starts at A1");
        let mut rows = range.rows().enumerate().map(|(r, row)| {
            (0..width)
                .map(|c| {
                    let at = (u32::try_from(r).unwrap(), u32::try_from(c).unwrap());
                    let format = styles.get(at).and_then(|s| s.number_format.as_ref()).map(|f| f.format_code.clone());
                    row.get(c).and_then(|cell| shown(cell, format.as_deref(), lang))
                })
                .collect::<Vec<_>>()
        });
        let headers = rows.next().unwrap().into_iter().map(Option::unwrap_or_default).collect();
        (headers, rows.collect())
    }

    /// Each row of the sheet named `names` (English, Swedish) as the cells under `headers`
    /// (English, Swedish), in that order: what a reader finds under those headings.
    pub(crate) fn columns(
        &mut self,
        lang: Lang,
        names: (&'static str, &'static str),
        headers: &[(&'static str, &'static str)],
    ) -> Vec<Vec<Option<String>>> {
        let (all, rows) = self.table(lang, names);
        let at: Vec<usize> = headers
            .iter()
            .map(|h| {
                let header = lang.pick(*h);
                all.iter().position(|a| a == header).unwrap_or_else(|| panic!("{header:?} in {all:?}"))
            })
            .collect();
        rows.into_iter().map(|mut r| at.iter().map(|i| r[*i].take()).collect()).collect()
    }
}

/// A cell as Excel shows it.
fn shown(cell: &Data, format: Option<&str>, lang: Lang) -> Option<String> {
    match (cell, format) {
        (Data::Empty, _) => None,
        (Data::String(s), _) => Some(s.clone()),
        (Data::Bool(b), _) => Some(b.to_string()),
        (Data::DateTime(_), _) => Some(cell.as_datetime().unwrap().date().format("%Y-%m-%d").to_string()),
        (Data::Float(x), Some("0%")) => Some(lang.around_percent(&format!("{:.0}", x * 100.0))),
        (Data::Float(x), Some("0.0%")) => Some(lang.around_percent(&format!("{:.1}", x * 100.0))),
        (Data::Float(x), Some(f)) if f.contains('%') => panic!("a percentage {x} shown as {f}"),
        (Data::Float(x), Some(f)) if f.contains(['0', '#']) => Some(numeric(*x, f, lang)),
        (Data::Float(x), _) => Some(format!("{x}")),
        #[allow(clippy::cast_precision_loss)]
        (Data::Int(n), _) => Some(format!("{n}")),
        (other, _) => panic!("unexpected cell {other:?}"),
    }
}

/// A number as a format of sections (positive;negative;zero) shows it: the placeholder (`0`,
/// `0.0`, `#,##0`: in groups of three) becomes the number in the language's way, quoted text
/// stays as it is (`+0;"−"0;"±"0` shows -2 as "−2" and 0 as "±0"). The cell must hold no more
/// decimals than its format shows, so that Excel's rounding never makes a second figure.
fn numeric(x: f64, format: &str, lang: Lang) -> String {
    let sections: Vec<&str> = format.split(';').collect();
    let section = match sections.len() {
        3 if x == 0.0 => sections[2],
        2 | 3 if x < 0.0 => sections[1],
        _ => sections[0],
    };
    let mut out = String::new();
    if x < 0.0 && sections.len() == 1 {
        out.push('-');
    }
    for (i, part) in section.split('"').enumerate() {
        let (Some(start), Some(end), false) = (part.find(['#', '0']), part.rfind('0'), i % 2 == 1) else {
            out.push_str(part);
            continue;
        };
        let pattern = &part[start..=end];
        let decimals = pattern.split_once('.').map_or(0, |(_, d)| d.len());
        let scale = 10f64.powi(i32::try_from(decimals).unwrap());
        assert!(((x * scale).round() - x * scale).abs() < 1e-6, "{x} holds more decimals than {format} shows");
        let digits = format!("{:.decimals$}", x.abs());
        let (whole, fraction) = digits.split_once('.').map_or((digits.as_str(), None), |(w, f)| (w, Some(f)));
        let grouped = if pattern.contains(',') { lang.grouped(whole) } else { whole.to_owned() };
        out.push_str(&part[..start]);
        out.push_str(&grouped);
        if let Some(fraction) = fraction {
            out.push_str(lang.pick((".", ",")));
            out.push_str(fraction);
        }
        out.push_str(&part[end + 1..]);
    }
    out
}

fn number(cell: Option<&String>) -> usize {
    cell.unwrap_or_else(|| panic!("a count, not empty")).parse().unwrap_or_else(|_| panic!("a count: {cell:?}"))
}

/// The columns of one signatory's figures in a sheet.
struct Columns {
    plan: usize,
    due: usize,
    adopted: usize,
    goals: usize,
    achieved: usize,
    with_progress: usize,
    progress: usize,
    /// The activities done, those not cancelled and those cancelled, side by side.
    activities: Activities,
    /// The share of the activities done, where the sheet has it.
    done_share: Option<usize>,
}

/// Where a sheet has its activities: the numerator and denominator of every other output.
struct Activities {
    done: usize,
    counted: usize,
    cancelled: usize,
}

const DONE: (&str, &str) = ("Activities done", "Genomförda aktiviteter");
const COUNTED: (&str, &str) = ("Activities not cancelled", "Aktiviteter som inte är avbrutna");
const CANCELLED: (&str, &str) = ("Activities cancelled", "Avbrutna aktiviteter");
const SHARE: (&str, &str) = ("Done", "Andel genomförda");

/// The column headed `header` (English, Swedish).
fn at(headers: &[String], lang: Lang, header: (&'static str, &'static str)) -> usize {
    let header = lang.pick(header);
    headers.iter().position(|h| h == header).unwrap_or_else(|| panic!("a column {header:?} in {headers:?}"))
}

impl Activities {
    /// The activities of a sheet with `headers`: done, of those not cancelled, cancelled (and
    /// the share done, when `share`), in that order — "37 | 68 | 3 | 54 %", as the tables'
    /// "37/68, 3 cancelled" and the summary's "37 of 68".
    fn of(headers: &[String], lang: Lang, share: bool) -> Self {
        let done = at(headers, lang, DONE);
        let mut next = vec![at(headers, lang, COUNTED), at(headers, lang, CANCELLED)];
        next.extend(share.then(|| at(headers, lang, SHARE)));
        let side_by_side: Vec<usize> = (done + 1..=done + next.len()).collect();
        assert_eq!(next, side_by_side, "done, of those not cancelled, cancelled, share: {headers:?}");
        Self { done, counted: next[0], cancelled: next[1] }
    }
}

/// A row's figures worded as the tables word them: "adopted 2020-06-01 | 0/3 | 88% (2/3) |
/// 3/5, 1 cancelled | 75%".
fn figures(row: &[Option<String>], c: &Columns, lang: Lang) -> String {
    let cell = |i: usize| row[i].as_ref();
    let mut parts = Vec::new();
    if let Some(word) = cell(c.plan) {
        let status = PLAN_STATUSES.into_iter().find(|s| lang.plan_word(*s) == word);
        let status = status.unwrap_or_else(|| panic!("an action plan status: {word}"));
        let day = match status {
            PlanStatus::Adopted | PlanStatus::AdoptedLate => cell(c.adopted),
            PlanStatus::Due | PlanStatus::Overdue => cell(c.due),
            PlanStatus::NotSigned => None,
        };
        parts.push(lang.plan(status, day.map_or("", String::as_str)));
    }
    let goals = number(cell(c.goals));
    parts.push(format!("{}/{goals}", number(cell(c.achieved))));
    if goals > 0 {
        let progress = cell(c.progress).map_or(lang.unknown(), String::as_str);
        parts.push(format!("{progress} ({}/{goals})", number(cell(c.with_progress))));
    }
    let a = &c.activities;
    let (done, cancelled) = (number(cell(a.done)), number(cell(a.cancelled)));
    parts.push(activities(lang, done, number(cell(a.counted)) + cancelled, cancelled));
    if let Some(share) = c.done_share.and_then(cell) {
        parts.push(share.clone());
    }
    parts.join(" | ")
}

/// The row of signatory `id` in a status workbook's signatories sheet.
pub(crate) fn status_row(book: &mut Book, lang: Lang, id: &str) -> String {
    let (headers, rows) = book.table(lang, ("Signatories", "Undertecknare"));
    let row = rows.iter().find(|r| r[0].as_deref() == Some(id)).unwrap_or_else(|| panic!("{id} in the workbook"));
    let activities = Activities::of(&headers, lang, true);
    let columns = Columns {
        plan: 4,
        due: 5,
        adopted: 6,
        goals: 8,
        achieved: 9,
        with_progress: 10,
        progress: 11,
        done_share: Some(at(&headers, lang, SHARE)),
        activities,
    };
    figures(row, &columns, lang)
}

/// The last row of a status workbook's totals sheet: the total of all signatories.
pub(crate) fn total_row(book: &mut Book, lang: Lang) -> String {
    let (headers, rows) = book.table(lang, ("Totals and groups", "Totalt och grupper"));
    let row = rows.last().unwrap();
    assert_eq!(row[1].as_deref(), Some(lang.pick(("Total", "Totalt"))));
    // No action plan column: the totals count the plans adopted.
    let mut cells = row.clone();
    cells.push(None);
    let none = cells.len() - 1;
    let activities = Activities::of(&headers, lang, true);
    let columns = Columns {
        plan: none,
        due: none,
        adopted: none,
        goals: 5,
        achieved: 6,
        with_progress: 7,
        progress: 8,
        done_share: Some(at(&headers, lang, SHARE)),
        activities,
    };
    figures(&cells, &columns, lang)
}

/// The row of signatory `id` in a summary workbook's per-signatory sheet.
pub(crate) fn summary_row(book: &mut Book, lang: Lang, id: &str) -> String {
    let (headers, rows) = book.table(lang, ("Per signatory", "Per undertecknare"));
    let row = rows.iter().find(|r| r[0].as_deref() == Some(id)).unwrap_or_else(|| panic!("{id} in the workbook"));
    let columns = Columns {
        plan: 4,
        due: 5,
        adopted: 6,
        goals: 7,
        achieved: 8,
        with_progress: 9,
        progress: 10,
        activities: Activities::of(&headers, lang, false),
        done_share: None,
    };
    figures(row, &columns, lang)
}

/// Each group's and the total's activities in a summary workbook's per-group sheet, worded as
/// the tables word them: "3/5, 1 cancelled".
pub(crate) fn group_activities(book: &mut Book, lang: Lang) -> Vec<String> {
    let (headers, rows) = book.table(lang, ("Per group", "Per grupp"));
    let (counted, cancelled, done) =
        (at(&headers, lang, COUNTED), at(&headers, lang, CANCELLED), at(&headers, lang, DONE));
    rows.iter()
        .map(|r| {
            let (cancelled, done) = (number(r[cancelled].as_ref()), number(r[done].as_ref()));
            activities(lang, done, number(r[counted].as_ref()) + cancelled, cancelled)
        })
        .collect()
}

/// The summary workbook's key figure of activities done: "37 of 68".
pub(crate) fn activities_key_figure(book: &mut Book, lang: Lang) -> String {
    let rows = book.rows(lang, ("Key figures", "Nyckeltal"));
    let label = lang.pick(("Activities done", "Genomförda aktiviteter"));
    let row = rows.iter().find(|r| r[0].as_deref().is_some_and(|l| l.starts_with(label))).unwrap();
    lang.of(number(row[1].as_ref()), number(row[4].as_ref()))
}

/// The women's share of each of the quarter's measurements in the summary workbook, as shown.
pub(crate) fn measured_shares(book: &mut Book, lang: Lang) -> Vec<Option<String>> {
    let rows = book.rows(lang, ("What happened", "Det här hände"));
    let measurement = lang.pick(("Measurement", "Mätning"));
    rows.into_iter().filter(|r| r[1].as_deref() == Some(measurement)).map(|mut r| r[11].take()).collect()
}

/// The goals sheet of a `status ID` workbook.
pub(crate) fn goals(book: &mut Book, lang: Lang) -> Vec<GoalShown> {
    book.rows(lang, ("Goals", "Mål"))
        .into_iter()
        .map(|mut r| GoalShown { id: r[0].take().unwrap(), progress: r[9].take(), women_share: r[14].take() })
        .collect()
}

/// The summary workbook's key figures, each as its label, its figure ("22 of 23", "22") and its
/// change as shown.
pub(crate) fn key_figures(book: &mut Book, lang: Lang) -> Vec<[String; 3]> {
    book.rows(lang, ("Key figures", "Nyckeltal"))
        .into_iter()
        .map(|r| {
            let now = number(r[1].as_ref());
            let figure = r[4].as_ref().map_or_else(|| now.to_string(), |of| lang.of(now, number(Some(of))));
            [r[0].clone().unwrap(), figure, r[3].clone().unwrap()]
        })
        .collect()
}

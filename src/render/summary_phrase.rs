//! What the summary's Markdown and HTML share: its tables (as the one [`Table`] type the other
//! reports use), its phrases (a deadline, an action plan status, a measurement) in the
//! summary's words, and the order people read its lists in (by name, the language's way). Text
//! here is raw; each renderer escapes it for its destination.

use super::measures::{self, Mean};
use super::summary_text::SummaryText;
use super::table::{Cell, Column, Mark, Table, ratio_text};
use crate::report::Day;
use crate::report::summary::{
    ActionPlanLine, Change, DeadlineLine, Figures, MeasurementLine, SignatoryLine, SummaryReport,
};

/// The deadline table's head (its rows come from [`deadline_rows`]): due, signatory, what, and
/// days overdue when `overdue`.
#[must_use]
pub fn deadline_head(w: &SummaryText, overdue: bool) -> Table {
    let mut columns = vec![Column::left(&w.due), Column::left(&w.signatory), Column::left(&w.what)];
    if overdue {
        columns.push(Column::right(&w.days_overdue));
    }
    Table { columns, ..Table::default() }
}

/// The deadline table's rows of `lines`, one per line.
#[must_use]
pub fn deadline_rows(lines: &[&DeadlineLine], w: &SummaryText, overdue: bool) -> Vec<Vec<Cell>> {
    lines
        .iter()
        .map(|d| {
            let mut what = String::new();
            w.write_deadline(&mut what, d.kind(), d.title().or(d.id()), d.owner(), String::push_str);
            let mut row = vec![Cell::text(d.due().to_string()), Cell::text(d.name()), Cell::text(what)];
            if overdue {
                row.push(Cell::count(d.days_overdue()));
            }
            row
        })
        .collect()
}

/// The per-group table, groups by name, with the totals of all groups as its footer.
#[must_use]
pub fn group_table(r: &SummaryReport, w: &SummaryText) -> Table {
    let mut columns = vec![Column::left(&w.group)];
    columns.extend(
        [&w.count, &w.group_signed, &w.group_adopted, &w.reported, &w.goals, &w.activities, &w.overdue]
            .map(Column::right),
    );
    Table {
        columns,
        rows: by_name(&r.groups, |g| g.name.as_str(), w)
            .into_iter()
            .map(|g| group_row(&g.name, &g.figures, w))
            .collect(),
        footer: vec![group_row(&w.all, &r.totals, w)],
        ..Table::default()
    }
}

/// The per-signatory table, by name. The mean goal progress shows with the goals it rests on
/// ("78 % (1/3)", the table's note says what the brackets hold); unknown progress shows as
/// `w.unknown`, quietly (never 0 %). Activities are done of those not cancelled.
#[must_use]
pub fn signatory_table(lines: &[SignatoryLine], w: &SummaryText) -> Table {
    let t = w.text();
    let rows = by_name(lines, |s| s.name.as_str(), w)
        .into_iter()
        .map(|s| {
            let mean = mean(s);
            let progress = match mean.short(t) {
                None => Cell::text("—"),
                Some(short) => Cell::text(short).marked_if(mean.progress.is_none(), Mark::Muted),
            };
            vec![
                Cell::text(&s.name),
                Cell::text(s.signed.map_or_else(|| "—".to_owned(), |d| d.to_string())),
                Cell::text(action_plan(w, &s.action_plan)),
                Cell::text(ratio(s.goals_achieved, s.goals, w)),
                Cell::text(activities_ratio(s.activities_done, s.activities, s.activities_cancelled, w)),
                Cell::text(w.count(s.overdue)),
                progress,
                Cell::text(w.count(s.events)),
            ]
        })
        .collect();
    let mut columns = vec![Column::left(&w.signatory), Column::left(&w.signed_col), Column::left(&w.action_plan)];
    columns.extend([&w.goals, &w.activities, &w.overdue, &w.progress, &w.in_quarter].map(Column::right));
    let note = lines.iter().any(|s| s.goals > 0).then(|| measures::mean_note(t));
    Table { columns, rows, note, ..Table::default() }
}

/// A signatory's mean goal progress with its basis.
#[must_use]
pub fn mean(s: &SignatoryLine) -> Mean {
    Mean { progress: s.goal_progress, measured: s.goals_with_progress, goals: s.goals }
}

/// Activities done of those not cancelled, the cancelled noted: "37/68", "37/68, 3 cancelled"
/// (as `status` shows them).
#[must_use]
pub fn activities_ratio(done: usize, total: usize, cancelled: usize, w: &SummaryText) -> String {
    measures::activities_short(w.text(), done, total, cancelled)
}

/// The measurements made in the quarter, by date and name; a women's share is marked by
/// whether it is inside the balance band.
#[must_use]
pub fn measurement_table(lines: &[MeasurementLine], w: &SummaryText) -> Table {
    let rows = by_date_and_name(lines, |m| (m.date, m.name.as_str()), w)
        .into_iter()
        .map(|m| {
            let share = m.women_share.map_or_else(Cell::empty, |s| {
                let mark = match m.balanced {
                    Some(true) => Mark::Balanced,
                    Some(false) => Mark::Unbalanced,
                    None => Mark::Plain,
                };
                Cell::text(w.share(s)).marked(mark)
            });
            vec![
                Cell::text(m.date.to_string()),
                Cell::text(&m.name),
                Cell::text(&m.title),
                Cell::text(value(w, m)),
                Cell::text(count(m.women, w)),
                Cell::text(count(m.men, w)),
                share,
            ]
        })
        .collect();
    let mut columns = vec![Column::left(&w.date), Column::left(&w.signatory), Column::left(&w.goal)];
    columns.extend([&w.value, &w.women, &w.men, &w.women_share].map(Column::right));
    Table { columns, rows, ..Table::default() }
}

/// Each signatory's place in alphabetical order, by its place in the report's `signatories`.
#[must_use]
pub fn name_ranks(lines: &[SignatoryLine], w: &SummaryText) -> Vec<usize> {
    let ranks = w.text().ranks(lines.iter().map(|s| s.name.as_str()));
    lines.iter().map(|s| ranks.get(s.name.as_str()).copied().unwrap_or(usize::MAX)).collect()
}

/// Deadline lines as people read them: by due date, then by signatory name (`ranks` from
/// [`name_ranks`]), then as the report has them (kind, item).
#[must_use]
pub fn by_due_and_name<'a, 'p>(lines: &'a [DeadlineLine<'p>], ranks: &[usize]) -> Vec<&'a DeadlineLine<'p>> {
    let mut lines: Vec<&DeadlineLine> = lines.iter().collect();
    lines.sort_by_key(|d| (d.due(), ranks.get(d.signatory_place()).copied().unwrap_or(usize::MAX)));
    lines
}

/// Events as people read them: by date, then by signatory name, ties kept as they come.
#[must_use]
pub fn by_date_and_name<'a, T>(items: &'a [T], key: impl Fn(&T) -> (Day, &str), w: &SummaryText) -> Vec<&'a T> {
    let mut items: Vec<&T> = items.iter().collect();
    items.sort_by(|a, b| {
        let ((day_a, name_a), (day_b, name_b)) = (key(a), key(b));
        day_a.cmp(&day_b).then_with(|| w.text().compare(name_a, name_b))
    });
    items
}

/// `items` in the order of their signatories' names, ties kept as they come.
#[must_use]
pub fn by_name<'a, T>(items: &'a [T], name: impl Fn(&T) -> &str, w: &SummaryText) -> Vec<&'a T> {
    let mut items: Vec<&T> = items.iter().collect();
    w.text().sort_by_name(&mut items, |t| name(t));
    items
}

/// One row of the per-group table: the name, then the headline figures with their change in
/// the quarter.
fn group_row(name: &str, f: &Figures, w: &SummaryText) -> Vec<Cell> {
    [
        name.to_owned(),
        w.count(f.signatories),
        with_change(f.signed, w),
        with_change(f.action_plan_adopted, w),
        with_change(f.recent_report, w),
        ratio_with_change(f.goals_achieved, f.goals, w),
        {
            let done = activities_ratio(f.activities_done.now, f.activities, f.activities_cancelled, w);
            if f.activities_done.change == 0 {
                done
            } else {
                format!("{done} ({})", w.change(f.activities_done.change))
            }
        },
        with_change(f.overdue, w),
    ]
    .map(Cell::text)
    .into()
}

/// "adopted 2014-02-24", "due 2026-02-28", "not signed".
#[must_use]
pub fn action_plan(w: &SummaryText, a: &ActionPlanLine) -> String {
    w.plan_status(a.status, a.adopted, a.due)
}

/// "12 of 20" style counts: "12/20", "9990/10 000" (each count written as every count is).
#[must_use]
pub fn ratio(part: usize, whole: usize, w: &SummaryText) -> String {
    ratio_text(part, whole, None, w.text().numbers())
}

/// A count with its change when there was one: "14", "14 (+1)".
#[must_use]
pub fn with_change(c: Change, w: &SummaryText) -> String {
    if c.change == 0 { w.count(c.now) } else { format!("{} ({})", w.count(c.now), w.change(c.change)) }
}

/// A part of a whole with its change: "3/8", "3/8 (+2)".
#[must_use]
pub fn ratio_with_change(c: Change, whole: usize, w: &SummaryText) -> String {
    let part = ratio(c.now, whole, w);
    if c.change == 0 { part } else { format!("{part} ({})", w.change(c.change)) }
}

/// A measured level value with its unit: "151 personer".
#[must_use]
pub fn value(w: &SummaryText, m: &MeasurementLine) -> String {
    match (m.value, m.unit.as_deref()) {
        (Some(v), Some(unit)) if !unit.trim().is_empty() => format!("{} {unit}", w.number(v)),
        (Some(v), _) => w.number(v),
        (None, _) => String::new(),
    }
}

/// A count that may be missing.
#[must_use]
pub fn count(n: Option<u64>, w: &SummaryText) -> String {
    n.map(|n| w.text().numbers().count(n)).unwrap_or_default()
}

/// An `http(s)` address made only of characters that need no escaping in a Markdown autolink
/// or an HTML attribute; anything else (`javascript:`, spaces, quotes, `<`) gives `None`.
#[must_use]
pub fn safe_url(url: &str) -> Option<&str> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let scheme = lower.starts_with("https://") || lower.starts_with("http://");
    let plain = url.chars().all(|c| c.is_ascii_alphanumeric() || "-._~:/?#@!$+,;=%".contains(c));
    (scheme && plain && url.len() <= 2000).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_web_addresses_are_links() {
        assert_eq!(safe_url("https://example.se/plan.pdf"), Some("https://example.se/plan.pdf"));
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(safe_url("https://x.se/\"><script>"), None);
        assert_eq!(safe_url("https://x.se/a b"), None);
        assert_eq!(safe_url("https://x.se/a|b"), None);
        assert_eq!(safe_url("ftp://x.se"), None);
    }
}

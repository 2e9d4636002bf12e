//! Phrases the summary renderers share: a deadline, an action plan status, a measurement, in
//! the summary's words, with plan text passed through the destination's escaping function, and
//! the order people read the summary's lists in (by name, the language's way).

use super::document::Document;
use super::summary_text::SummaryText;
use crate::report::Day;
use crate::report::summary::{ActionPlanLine, Change, DeadlineLine, Figures, MeasurementLine, SignatoryLine};

/// An escaping function: `escape::markdown` or `escape::html`.
pub type Escape = fn(&str) -> String;

/// An escaping function that appends: `escape::markdown_into` or `escape::html_into`.
pub type EscapeInto = fn(&mut String, &str);

/// A table of the summary: headers, which columns are right-aligned, and rows of cells whose
/// plan text is already escaped for the destination.
pub struct Table {
    pub headers: Vec<String>,
    pub right_aligned: Vec<bool>,
    pub rows: Vec<Vec<String>>,
}

/// The deadline table's headers and right-aligned columns: due, signatory, what, and days
/// overdue when `overdue`.
#[must_use]
pub fn deadline_columns(w: &SummaryText, overdue: bool) -> (Vec<String>, Vec<bool>) {
    let mut headers = vec![w.due.clone(), w.signatory.clone(), w.what.clone()];
    let mut right_aligned = vec![false, false, false];
    if overdue {
        headers.push(w.days_overdue.clone());
        right_aligned.push(true);
    }
    (headers, right_aligned)
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

/// One row of the per-group table: the name (already escaped or marked up), then the
/// headline figures with their change in the quarter.
#[must_use]
pub fn group_row(name: String, f: &Figures, w: &SummaryText) -> Vec<String> {
    vec![
        name,
        w.count(f.signatories),
        with_change(f.signed, w),
        with_change(f.action_plan_adopted, w),
        with_change(f.recent_report, w),
        ratio_with_change(f.goals_achieved, f.goals, w),
        ratio_with_change(f.activities_done, f.activities, w),
        with_change(f.overdue, w),
    ]
}

/// The header, right-aligned columns and one row of the per-signatory table; `unknown` is the
/// cell shown for unknown progress (never 0 %), already marked up for the destination.
#[must_use]
pub fn signatory_table(lines: &[SignatoryLine], w: &SummaryText, esc: Escape, unknown: &str) -> Table {
    let rows = by_name(lines, |s| s.name.as_str(), w)
        .into_iter()
        .map(|s| {
            let progress = match (s.goals, s.goal_progress) {
                (0, _) => "—".to_owned(),
                (_, Some(p)) => w.percent(p),
                (_, None) => unknown.to_owned(),
            };
            vec![
                esc(&s.name),
                s.signed.map_or_else(|| "—".to_owned(), |d| d.to_string()),
                action_plan(w, &s.action_plan),
                ratio(s.goals_achieved, s.goals),
                ratio(s.activities_done, s.activities),
                w.count(s.overdue),
                progress,
                w.count(s.events),
            ]
        })
        .collect();
    Table {
        headers: [
            &w.signatory,
            &w.signed_col,
            &w.action_plan,
            &w.goals,
            &w.activities,
            &w.overdue,
            &w.progress,
            &w.in_quarter,
        ]
        .map(String::clone)
        .into(),
        right_aligned: vec![false, false, false, true, true, true, true, true],
        rows,
    }
}

/// How a format writes the cells of a table row: the markup around and between them, and the
/// escaping of plan text.
pub struct RowMarkup {
    pub start: &'static str,
    pub between: &'static str,
    /// Between cells, before a right-aligned number.
    pub before_number: &'static str,
    pub end: &'static str,
    pub esc: EscapeInto,
}

/// The signatories' names escaped once each, by their place in the report's `signatories`:
/// the deadline tables repeat them on thousands of rows.
#[must_use]
pub fn escaped_names(lines: &[SignatoryLine], esc: EscapeInto) -> Vec<String> {
    lines
        .iter()
        .map(|s| {
            let mut name = String::new();
            esc(&mut name, &s.name);
            name
        })
        .collect()
}

/// Appends the rows of the deadline table (matching [`deadline_columns`]), written on every
/// core into pieces of their own: the list can be tens of thousands of deadlines long. `names`
/// are the [`escaped_names`] of the report's signatories.
pub fn write_deadline_rows(
    out: &mut Document,
    lines: &[&DeadlineLine],
    names: &[String],
    w: &SummaryText,
    overdue: bool,
    markup: &RowMarkup,
) {
    out.append_pieces(crate::parallel::write_chunks(lines, |out, d| {
        out.push_str(markup.start);
        d.due().push_to(out);
        out.push_str(markup.between);
        match names.get(d.signatory_place()) {
            Some(name) => out.push_str(name),
            None => (markup.esc)(out, d.name()),
        }
        out.push_str(markup.between);
        w.write_deadline(out, d.kind(), d.title().or(d.id()), d.owner(), markup.esc);
        if overdue {
            out.push_str(markup.before_number);
            match d.days_overdue() {
                // Written the language's way from five digits on ("12 345").
                days @ 10_000.. => out.push_str(&w.text().numbers().integer(days)),
                days => out.push_str(itoa::Buffer::new().format(days)),
            }
        }
        out.push_str(markup.end);
    }));
}

/// "adopted 2014-02-24", "due 2026-02-28", "not signed".
#[must_use]
pub fn action_plan(w: &SummaryText, a: &ActionPlanLine) -> String {
    w.plan_status(a.status, a.adopted, a.due)
}

/// "12 of 20" style counts: "12/20".
#[must_use]
pub fn ratio(part: usize, whole: usize) -> String {
    format!("{part}/{whole}")
}

/// A count with its change when there was one: "14", "14 (+1)".
#[must_use]
pub fn with_change(c: Change, w: &SummaryText) -> String {
    if c.change == 0 { w.count(c.now) } else { format!("{} ({})", w.count(c.now), w.change(c.change)) }
}

/// A part of a whole with its change: "3/8", "3/8 (+2)".
#[must_use]
pub fn ratio_with_change(c: Change, whole: usize, w: &SummaryText) -> String {
    let part = ratio(c.now, whole);
    if c.change == 0 { part } else { format!("{part} ({})", w.change(c.change)) }
}

/// A measured level value with its unit: "151 personer".
#[must_use]
pub fn value(w: &SummaryText, m: &MeasurementLine, esc: Escape) -> String {
    match (m.value, m.unit.as_deref()) {
        (Some(v), Some(unit)) if !unit.trim().is_empty() => format!("{} {}", w.number(v), esc(unit)),
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

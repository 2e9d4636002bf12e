//! Phrases the summary renderers share: a deadline, an action plan status, a measurement, in
//! the summary's words, with plan text passed through the destination's escaping function.

use super::document::Document;
use super::summary_words::Words;
use crate::deadline::{ActionPlanStatus, DeadlineKind};
use crate::report::summary::{ActionPlanLine, Change, DeadlineLine, Figures, MeasurementLine, SignatoryLine};

/// An escaping function: `escape::markdown` or `escape::html`.
pub type Escape = fn(&str) -> String;

/// An escaping function that appends: `escape::markdown_into` or `escape::html_into`.
pub type EscapeInto = fn(&mut String, &str);

/// A table of the summary: headers, which columns are right-aligned, and rows of cells whose
/// plan text is already escaped for the destination.
pub struct Table {
    pub headers: Vec<&'static str>,
    pub right_aligned: Vec<bool>,
    pub rows: Vec<Vec<String>>,
}

/// The deadline table's headers and right-aligned columns: due, signatory, what, and days
/// overdue when `overdue`.
#[must_use]
pub fn deadline_columns(w: &Words, overdue: bool) -> (Vec<&'static str>, Vec<bool>) {
    let mut headers = vec![w.due, w.signatory, w.what];
    let mut right_aligned = vec![false, false, false];
    if overdue {
        headers.push(w.days_overdue);
        right_aligned.push(true);
    }
    (headers, right_aligned)
}

/// One row of the per-group table: the name (already escaped or marked up), then the
/// headline figures with their change in the quarter.
#[must_use]
pub fn group_row(name: String, f: &Figures) -> Vec<String> {
    vec![
        name,
        f.signatories.to_string(),
        with_change(f.signed),
        with_change(f.action_plan_adopted),
        with_change(f.recent_report),
        ratio_with_change(f.goals_achieved, f.goals),
        ratio_with_change(f.activities_done, f.activities),
        with_change(f.overdue),
    ]
}

/// The header, right-aligned columns and one row of the per-signatory table; `unknown` is the
/// cell shown for unknown progress (never 0 %), already marked up for the destination.
#[must_use]
pub fn signatory_table(lines: &[SignatoryLine], w: &Words, esc: Escape, unknown: &str) -> Table {
    let rows = lines
        .iter()
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
                s.overdue.to_string(),
                progress,
                s.events.to_string(),
            ]
        })
        .collect();
    Table {
        headers: vec![
            w.signatory,
            w.signed_col,
            w.action_plan,
            w.goals,
            w.activities,
            w.overdue,
            w.progress,
            w.in_quarter,
        ],
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
    lines: &[DeadlineLine],
    names: &[String],
    w: &Words,
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
        write_deadline(out, w, d, markup.esc);
        if overdue {
            out.push_str(markup.before_number);
            out.push_str(itoa::Buffer::new().format(d.days_overdue()));
        }
        out.push_str(markup.end);
    }));
}

/// Appends "Goal: Jämn könsfördelning bland chefer", "Activity: … (owner: HR)", "Public
/// report" to `out`, plan text through `esc`.
pub fn write_deadline(out: &mut String, w: &Words, d: &DeadlineLine, esc: EscapeInto) {
    let kind = (w.kind)(d.kind());
    out.push_str(kind);
    match (d.kind(), d.title()) {
        (DeadlineKind::Goal | DeadlineKind::Activity, Some(title)) => {
            out.push_str(": ");
            esc(out, title);
            if let Some(owner) = d.owner().filter(|o| !o.trim().is_empty()) {
                out.push_str(" (");
                out.push_str(w.owner);
                out.push_str(": ");
                esc(out, owner);
                out.push(')');
            }
        }
        (DeadlineKind::Goal | DeadlineKind::Activity, None) => {
            out.push(' ');
            esc(out, d.id().unwrap_or_default());
        }
        _ => {}
    }
}

/// "adopted 2014-02-24", "due 2026-02-28", "not signed".
#[must_use]
pub fn action_plan(w: &Words, a: &ActionPlanLine) -> String {
    let status = (w.plan_status)(a.status);
    let date = match a.status {
        ActionPlanStatus::Adopted | ActionPlanStatus::AdoptedLate => a.adopted,
        ActionPlanStatus::Due | ActionPlanStatus::Overdue => a.due,
        ActionPlanStatus::NotSigned => None,
    };
    match date {
        Some(d) => format!("{status} {d}"),
        None => status.to_owned(),
    }
}

/// "12 of 20" style counts: "12/20".
#[must_use]
pub fn ratio(part: usize, whole: usize) -> String {
    format!("{part}/{whole}")
}

/// A count with its change when there was one: "14", "14 (+1)".
#[must_use]
pub fn with_change(c: Change) -> String {
    if c.change == 0 { c.now.to_string() } else { format!("{} ({})", c.now, Words::change(c.change)) }
}

/// A part of a whole with its change: "3/8", "3/8 (+2)".
#[must_use]
pub fn ratio_with_change(c: Change, whole: usize) -> String {
    let part = ratio(c.now, whole);
    if c.change == 0 { part } else { format!("{part} ({})", Words::change(c.change)) }
}

/// A measured level value with its unit: "151 personer".
#[must_use]
pub fn value(w: &Words, m: &MeasurementLine, esc: Escape) -> String {
    match (m.value, m.unit.as_deref()) {
        (Some(v), Some(unit)) if !unit.trim().is_empty() => format!("{} {}", w.number(v), esc(unit)),
        (Some(v), _) => w.number(v),
        (None, _) => String::new(),
    }
}

/// A count that may be missing.
#[must_use]
pub fn count(n: Option<u64>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
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

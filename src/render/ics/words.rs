//! The words of a calendar event, from the catalogue (`locales/*/ics.ftl`): its title, its
//! category and the lines of its description, in the output language. Plain text: escaping
//! for the feed happens in `mod.rs`.

use chrono::NaiveDate;

use crate::deadline::DeadlineKind;
use crate::message::{Message, msg};
use crate::render::text::Text;
use crate::report::deadlines::DeadlineRow;

/// What is due, as a title and a category call it ("Aktivitet").
#[must_use]
pub fn kind(text: &Text, kind: DeadlineKind) -> String {
    text.get(&match kind {
        DeadlineKind::ActionPlan => msg::ics_kind_action_plan(),
        DeadlineKind::NextPlan => msg::ics_kind_next_plan(),
        DeadlineKind::Report => msg::ics_kind_report(),
        DeadlineKind::Goal => msg::ics_kind_goal(),
        DeadlineKind::Activity => msg::ics_kind_activity(),
    })
}

/// "Luleå kommun: Aktivitet – Utbildning i jämställdhetsintegrering för chefer".
#[must_use]
pub fn summary(text: &Text, row: &DeadlineRow) -> String {
    let what = kind(text, row.kind);
    text.get(&match &row.title {
        Some(title) => msg::ics_summary_titled(what, &row.name, title),
        None => msg::ics_summary(what, &row.name),
    })
}

/// The description's lines: what is due and by when, the owner, whether it is overdue as of
/// `today`, the plan file, and the signatory's page when there is one.
#[must_use]
pub fn description(text: &Text, row: &DeadlineRow, today: NaiveDate, page: Option<&str>) -> String {
    let due = row.due.0;
    let id = row.id.as_deref().unwrap_or_default();
    let title = row.title.as_deref().unwrap_or_default();
    let what = match row.kind {
        DeadlineKind::ActionPlan => msg::ics_due_action_plan(due),
        DeadlineKind::NextPlan => msg::ics_due_next_plan(due),
        DeadlineKind::Report => msg::ics_due_report(due),
        DeadlineKind::Goal => msg::ics_due_goal(due, id, title),
        DeadlineKind::Activity => msg::ics_due_activity(due, id, title),
    };
    let state = if row.overdue { msg::ics_overdue(row.days_overdue, today) } else { msg::ics_not_overdue(today) };
    let lines: Vec<Message> = [
        Some(what),
        row.owner.as_deref().map(msg::ics_owner),
        Some(state),
        Some(msg::ics_plan_file(&row.file)),
        page.map(msg::ics_read_more),
    ]
    .into_iter()
    .flatten()
    .collect();
    lines.iter().map(|line| text.get(line)).collect::<Vec<_>>().join("\n")
}

/// The calendar's name: the repository's, or one signatory's.
#[must_use]
pub fn calendar_name(text: &Text, repository: &str, signatory: Option<&str>) -> String {
    text.get(&match signatory {
        Some(name) => msg::ics_calendar_name_signatory(name),
        None => msg::ics_calendar_name(repository),
    })
}

/// The calendar's description.
#[must_use]
pub fn calendar_description(text: &Text, today: NaiveDate) -> String {
    text.get(&msg::ics_calendar_description(today))
}

//! The words of a calendar event, from the catalogue (`locales/*/ics.ftl`): its title, its
//! category and the lines of its description, in the output language. Plain text: escaping
//! for the feed happens in `mod.rs`.

use chrono::NaiveDate;

use crate::deadline::DeadlineKind;
use crate::message::msg;
use crate::render::text::{ByCount, Text};
use crate::report::deadlines::DeadlineRow;

/// The words that are the same in many events of a feed, put into words once per feed rather
/// than once per event: what is due, "not overdue" as of the feed's day, and "overdue by N
/// days" once per N.
#[derive(Debug)]
pub struct FeedWords {
    action_plan: String,
    next_plan: String,
    report: String,
    goal: String,
    activity: String,
    /// The feed's day, which "overdue" is counted to.
    today: NaiveDate,
    not_overdue: String,
    /// "Overdue: the deadline passed N days ago", by N (the dearest message, a plural: on the
    /// bench, 57,988 overdue deadlines have 5,060 distinct N).
    overdue: ByCount,
}

impl FeedWords {
    #[must_use]
    pub fn new(text: &Text, today: NaiveDate) -> Self {
        Self {
            action_plan: text.get(&msg::ics_kind_action_plan()),
            next_plan: text.get(&msg::ics_kind_next_plan()),
            report: text.get(&msg::ics_kind_report()),
            goal: text.get(&msg::ics_kind_goal()),
            activity: text.get(&msg::ics_kind_activity()),
            today,
            not_overdue: text.get(&msg::ics_not_overdue(today)),
            overdue: ByCount::default(),
        }
    }

    /// What is due, as a title and a category call it ("Aktivitet").
    #[must_use]
    pub fn kind(&self, kind: DeadlineKind) -> &str {
        match kind {
            DeadlineKind::ActionPlan => &self.action_plan,
            DeadlineKind::NextPlan => &self.next_plan,
            DeadlineKind::Report => &self.report,
            DeadlineKind::Goal => &self.goal,
            DeadlineKind::Activity => &self.activity,
        }
    }

    /// Appends "overdue by `days` days as of the feed's day", put into words the first time.
    fn push_overdue(&self, out: &mut String, text: &Text, days: i64) {
        self.overdue.push(out, days, || text.get(&msg::ics_overdue(days, self.today)));
    }
}

/// "Luleå kommun: Aktivitet – Utbildning i jämställdhetsintegrering för chefer".
#[must_use]
pub fn summary(text: &Text, words: &FeedWords, row: &DeadlineRow) -> String {
    let what = words.kind(row.kind);
    text.get(&match &row.title {
        Some(title) => msg::ics_summary_titled(what, &row.name, title),
        None => msg::ics_summary(what, &row.name),
    })
}

/// Appends the description's lines, each after a line break but the first: what is due and by
/// when, the owner, whether it is overdue as of the feed's day, the plan file, and the
/// signatory's page when there is one.
pub fn description(out: &mut String, text: &Text, words: &FeedWords, row: &DeadlineRow, page: Option<&str>) {
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
    out.push_str(&text.get(&what));
    if let Some(owner) = row.owner.as_deref() {
        out.push('\n');
        out.push_str(&text.get(&msg::ics_owner(owner)));
    }
    out.push('\n');
    if row.overdue {
        words.push_overdue(out, text, row.days_overdue);
    } else {
        out.push_str(&words.not_overdue);
    }
    out.push('\n');
    out.push_str(&text.get(&msg::ics_plan_file(&row.file)));
    if let Some(page) = page {
        out.push('\n');
        out.push_str(&text.get(&msg::ics_read_more(page)));
    }
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

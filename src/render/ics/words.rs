//! The words of a calendar event, from the catalogue (`locales/*/ics.ftl`): its title, its
//! category and the lines of its description, in the output language. Plain text: escaping
//! for the feed happens in `mod.rs`.

use chrono::NaiveDate;

use crate::deadline::DeadlineKind;
use crate::message::msg;
use crate::render::fixed::push_date;
use crate::render::text::{ByCount, Template, Text};
use crate::report::deadlines::DeadlineRow;

/// The words of a feed's events, put into words once per feed rather than once per event
/// (60,000 in a 2,000-plan repository): the messages with the names, titles and dates left as
/// holes ([`Template`]), "not overdue" as of the feed's day, and "overdue by N days" once per N.
#[derive(Debug)]
pub struct FeedWords {
    action_plan: KindWords,
    next_plan: KindWords,
    report: KindWords,
    goal: KindWords,
    activity: KindWords,
    /// "Owner: {owner}", "Plan file: {file}", "Read more: {url}".
    owner: Template,
    plan_file: Template,
    read_more: Template,
    /// The feed's day, which "overdue" is counted to.
    today: NaiveDate,
    not_overdue: String,
    /// "Overdue: the deadline passed N days ago", by N (the dearest message, a plural: on the
    /// bench, 57,988 overdue deadlines have 5,060 distinct N).
    overdue: ByCount,
}

/// The words of one kind of deadline.
#[derive(Debug)]
struct KindWords {
    /// What is due, as a title and a category call it ("Aktivitet").
    name: String,
    /// The event's title: "{signatory}: Aktivitet", and with the goal's or activity's title.
    summary: Template,
    summary_titled: Template,
    /// The description's first line: what is due by when ([`DUE`]).
    due: Template,
}

/// The holes of a description's first line (only goals and activities have an id and a title).
const DUE: &[&str] = &["due", "id", "title"];

impl KindWords {
    fn new(text: &Text, kind: DeadlineKind, today: NaiveDate) -> Self {
        let (name, due) = match kind {
            DeadlineKind::ActionPlan => (msg::ics_kind_action_plan(), msg::ics_due_action_plan(today)),
            DeadlineKind::NextPlan => (msg::ics_kind_next_plan(), msg::ics_due_next_plan(today)),
            DeadlineKind::Report => (msg::ics_kind_report(), msg::ics_due_report(today)),
            DeadlineKind::Goal => (msg::ics_kind_goal(), msg::ics_due_goal(today, "", "")),
            DeadlineKind::Activity => (msg::ics_kind_activity(), msg::ics_due_activity(today, "", "")),
        };
        let name = text.get(&name);
        Self {
            summary: Template::new(text, &msg::ics_summary(name.as_str(), ""), &["signatory"]),
            summary_titled: Template::new(
                text,
                &msg::ics_summary_titled(name.as_str(), "", ""),
                &["signatory", "title"],
            ),
            due: Template::new(text, &due, DUE),
            name,
        }
    }
}

impl FeedWords {
    #[must_use]
    pub fn new(text: &Text, today: NaiveDate) -> Self {
        let kind = |kind| KindWords::new(text, kind, today);
        Self {
            action_plan: kind(DeadlineKind::ActionPlan),
            next_plan: kind(DeadlineKind::NextPlan),
            report: kind(DeadlineKind::Report),
            goal: kind(DeadlineKind::Goal),
            activity: kind(DeadlineKind::Activity),
            owner: Template::new(text, &msg::ics_owner(""), &["owner"]),
            plan_file: Template::new(text, &msg::ics_plan_file(""), &["file"]),
            read_more: Template::new(text, &msg::ics_read_more(""), &["url"]),
            today,
            not_overdue: text.get(&msg::ics_not_overdue(today)),
            overdue: ByCount::default(),
        }
    }

    fn of(&self, kind: DeadlineKind) -> &KindWords {
        match kind {
            DeadlineKind::ActionPlan => &self.action_plan,
            DeadlineKind::NextPlan => &self.next_plan,
            DeadlineKind::Report => &self.report,
            DeadlineKind::Goal => &self.goal,
            DeadlineKind::Activity => &self.activity,
        }
    }

    /// What is due, as a title and a category call it ("Aktivitet").
    #[must_use]
    pub fn kind(&self, kind: DeadlineKind) -> &str {
        &self.of(kind).name
    }

    /// Appends "overdue by `days` days as of the feed's day", put into words the first time.
    fn push_overdue(&self, out: &mut String, text: &Text, days: i64) {
        self.overdue.push(out, days, || text.get(&msg::ics_overdue(days, self.today)));
    }
}

/// "Luleå kommun: Aktivitet – Utbildning i jämställdhetsintegrering för chefer".
#[must_use]
pub fn summary(words: &FeedWords, row: &DeadlineRow) -> String {
    let kind = words.of(row.kind);
    let mut out = String::with_capacity(128);
    match &row.title {
        Some(title) => kind.summary_titled.fill(&mut out, &[&row.name, title]),
        None => kind.summary.fill(&mut out, &[&row.name]),
    }
    out
}

/// Appends the description's lines, each after a line break but the first: what is due and by
/// when, the owner, whether it is overdue as of the feed's day, the plan file, and the
/// signatory's page when there is one.
pub fn description(out: &mut String, text: &Text, words: &FeedWords, row: &DeadlineRow, page: Option<&str>) {
    let mut due = String::with_capacity(10);
    push_date(&mut due, row.due.0);
    let id = row.id.as_deref().unwrap_or_default();
    let title = row.title.as_deref().unwrap_or_default();
    words.of(row.kind).due.fill(out, &[&due, id, title]);
    if let Some(owner) = row.owner.as_deref() {
        out.push('\n');
        words.owner.fill(out, &[owner]);
    }
    out.push('\n');
    if row.overdue {
        words.push_overdue(out, text, row.days_overdue);
    } else {
        out.push_str(&words.not_overdue);
    }
    out.push('\n');
    words.plan_file.fill(out, &[&row.file]);
    if let Some(page) = page {
        out.push('\n');
        words.read_more.fill(out, &[page]);
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

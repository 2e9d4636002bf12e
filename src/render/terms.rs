//! The plans' own values as messages of the catalogue (`locales/*/terms.ftl`): an activity's
//! status, what a deadline is for, a goal's trend, a signatory's kind. One message per value,
//! so that every table, the summary and diff call the same thing by the same word.

use crate::deadline::{ActionPlanStatus, DeadlineKind, Trend};
use crate::message::{Message, msg};
use crate::model::{ActivityStatus, SignatoryKind};
use crate::render::fixed::push_date;
use crate::render::text::{Template, Text};
use crate::report::Day;

#[must_use]
pub fn activity_status(status: ActivityStatus) -> Message {
    match status {
        ActivityStatus::Planned => msg::activity_status_planned(),
        ActivityStatus::Ongoing => msg::activity_status_ongoing(),
        ActivityStatus::Done => msg::activity_status_done(),
        ActivityStatus::Cancelled => msg::activity_status_cancelled(),
    }
}

/// The status, with the day a done or cancelled activity ended when it is known.
#[must_use]
pub fn activity_status_on(status: ActivityStatus, finished: Option<Day>) -> Message {
    match finished {
        Some(day) if status.is_finished() => msg::activity_finished_on(day.0, activity_status(status)),
        _ => activity_status(status),
    }
}

#[must_use]
pub fn deadline_kind(kind: DeadlineKind) -> Message {
    match kind {
        DeadlineKind::ActionPlan => msg::deadline_action_plan(),
        DeadlineKind::NextPlan => msg::deadline_next_plan(),
        DeadlineKind::Report => msg::deadline_report(),
        DeadlineKind::Goal => msg::deadline_goal(),
        DeadlineKind::Activity => msg::deadline_activity(),
    }
}

/// What a deadline is for, with the goal's or activity's title when it has one: "goal: Women
/// and men in management", "progress report".
#[must_use]
pub fn deadline(kind: DeadlineKind, title: Option<&str>) -> Message {
    match shown(title) {
        Some(title) => msg::deadline_titled(deadline_kind(kind), title),
        None => deadline_kind(kind),
    }
}

/// [`deadline`] with the activity's owner, when it has one.
#[must_use]
pub fn deadline_owned(kind: DeadlineKind, title: Option<&str>, owner: Option<&str>) -> Message {
    let what = deadline(kind, title);
    match shown(owner) {
        Some(owner) => msg::deadline_owned(owner, what),
        None => what,
    }
}

/// [`deadline_owned`] and [`activity_status_on`] for many rows, put into words once
/// ([`Template`]) and filled with each row's title, owner or day: a signatory's page lists its
/// deadlines and activities, 60,000 rows on the site of a 2,000-plan repository.
#[derive(Debug)]
pub struct RowTerms {
    action_plan: DeadlineTerms,
    next_plan: DeadlineTerms,
    report: DeadlineTerms,
    goal: DeadlineTerms,
    activity: DeadlineTerms,
    planned: StatusTerms,
    ongoing: StatusTerms,
    done: StatusTerms,
    cancelled: StatusTerms,
}

/// One kind of deadline: alone, with a title, with an owner, with both (holes `title`, `owner`).
#[derive(Debug)]
struct DeadlineTerms {
    plain: Template,
    titled: Template,
    owned: Template,
    titled_owned: Template,
}

/// One status: alone, and with the day it ended (hole `date`; only done and cancelled have it).
#[derive(Debug)]
struct StatusTerms {
    plain: Template,
    on: Template,
}

const DEADLINE_HOLES: &[&str] = &["title", "owner"];

impl RowTerms {
    #[must_use]
    pub fn new(text: &Text) -> Self {
        let deadline = |kind| {
            // Any title and owner that are not blank: they are the holes.
            let terms = |title, owner| Template::new(text, &deadline_owned(kind, title, owner), DEADLINE_HOLES);
            DeadlineTerms {
                plain: terms(None, None),
                titled: terms(Some("title"), None),
                owned: terms(None, Some("owner")),
                titled_owned: terms(Some("title"), Some("owner")),
            }
        };
        let status = |status| {
            let any_day = Day(chrono::NaiveDate::MIN);
            StatusTerms {
                plain: Template::new(text, &activity_status_on(status, None), &[]),
                on: Template::new(text, &activity_status_on(status, Some(any_day)), &["date"]),
            }
        };
        Self {
            action_plan: deadline(DeadlineKind::ActionPlan),
            next_plan: deadline(DeadlineKind::NextPlan),
            report: deadline(DeadlineKind::Report),
            goal: deadline(DeadlineKind::Goal),
            activity: deadline(DeadlineKind::Activity),
            planned: status(ActivityStatus::Planned),
            ongoing: status(ActivityStatus::Ongoing),
            done: status(ActivityStatus::Done),
            cancelled: status(ActivityStatus::Cancelled),
        }
    }

    /// Appends [`deadline_owned`] in words, each piece through `push` (an escaping that treats
    /// each character alone, see [`Template::fill_with`]).
    pub fn push_deadline_owned(
        &self,
        out: &mut String,
        kind: DeadlineKind,
        title: Option<&str>,
        owner: Option<&str>,
        push: impl Fn(&mut String, &str),
    ) {
        let terms = match kind {
            DeadlineKind::ActionPlan => &self.action_plan,
            DeadlineKind::NextPlan => &self.next_plan,
            DeadlineKind::Report => &self.report,
            DeadlineKind::Goal => &self.goal,
            DeadlineKind::Activity => &self.activity,
        };
        let (title, owner) = (shown(title), shown(owner));
        let template = match (title, owner) {
            (None, None) => &terms.plain,
            (Some(_), None) => &terms.titled,
            (None, Some(_)) => &terms.owned,
            (Some(_), Some(_)) => &terms.titled_owned,
        };
        template.fill_with(out, &[title.unwrap_or_default(), owner.unwrap_or_default()], push);
    }

    /// Appends [`activity_status_on`] in words, each piece through `push`.
    pub fn push_activity_status_on(
        &self,
        out: &mut String,
        status: ActivityStatus,
        finished: Option<Day>,
        push: impl Fn(&mut String, &str),
    ) {
        let terms = match status {
            ActivityStatus::Planned => &self.planned,
            ActivityStatus::Ongoing => &self.ongoing,
            ActivityStatus::Done => &self.done,
            ActivityStatus::Cancelled => &self.cancelled,
        };
        match finished {
            Some(day) => {
                let mut date = String::with_capacity(10);
                push_date(&mut date, day.0);
                terms.on.fill_with(out, &[&date], push);
            }
            None => terms.plain.fill_with(out, &[], push),
        }
    }
}

/// A title or an owner that is not blank ([`deadline`], [`deadline_owned`]).
fn shown(s: Option<&str>) -> Option<&str> {
    s.filter(|s| !s.trim().is_empty())
}

#[must_use]
pub fn trend(trend: Trend) -> Message {
    match trend {
        Trend::Achieved => msg::trend_achieved(),
        Trend::OnTrack => msg::trend_on_track(),
        Trend::NeedsAcceleration => msg::trend_needs_acceleration(),
        Trend::Limited => msg::trend_limited(),
        Trend::Deteriorating => msg::trend_deteriorating(),
        Trend::Unknown => msg::trend_unknown(),
    }
}

#[must_use]
pub fn signatory_kind(kind: SignatoryKind) -> Message {
    match kind {
        SignatoryKind::Municipality => msg::signatory_municipality(),
        SignatoryKind::Region => msg::signatory_region(),
        SignatoryKind::Other => msg::signatory_other(),
    }
}

/// The action plan status as every human output tells it (issue 18: one status, one label): a
/// signatory that has not signed but has adopted a plan — a regional plan kept in its own file,
/// like Umeåregionen's — is told as having adopted it. JSON keeps the status itself.
#[must_use]
pub fn shown_status(status: ActionPlanStatus, adopted: Option<Day>) -> ActionPlanStatus {
    match (status, adopted) {
        (ActionPlanStatus::NotSigned, Some(_)) => ActionPlanStatus::Adopted,
        _ => status,
    }
}

/// Where a signatory stands with its first action plan, with the day that matters: "adopted
/// 2014-02-24", "due 2026-02-28", "not signed" ([`shown_status`]). `None` when the day it
/// needs is missing.
#[must_use]
pub fn action_plan(status: ActionPlanStatus, adopted: Option<Day>, due: Option<Day>) -> Option<Message> {
    match shown_status(status, adopted) {
        ActionPlanStatus::NotSigned => Some(msg::plan_not_signed()),
        ActionPlanStatus::Due => due.map(|d| msg::plan_due(d.0)),
        ActionPlanStatus::Overdue => due.map(|d| msg::plan_overdue(d.0)),
        ActionPlanStatus::Adopted => adopted.map(|d| msg::plan_adopted(d.0)),
        ActionPlanStatus::AdoptedLate => adopted.map(|d| msg::plan_adopted_late(d.0)),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::{RowTerms, activity_status_on, deadline_owned};
    use crate::deadline::DeadlineKind;
    use crate::message::Lang;
    use crate::model::ActivityStatus;
    use crate::render::text::Text;
    use crate::report::Day;

    #[test]
    fn row_terms_say_what_the_messages_say() {
        let kinds = [
            DeadlineKind::ActionPlan,
            DeadlineKind::NextPlan,
            DeadlineKind::Report,
            DeadlineKind::Goal,
            DeadlineKind::Activity,
        ];
        let statuses =
            [ActivityStatus::Planned, ActivityStatus::Ongoing, ActivityStatus::Done, ActivityStatus::Cancelled];
        let day = NaiveDate::from_ymd_opt(2025, 3, 15).map(Day);
        let values = [None, Some(""), Some("  "), Some("Löner & <lika> { $title }"), Some("\u{e000}")];
        for id in ["en", "sv", Lang::pseudo_id()] {
            let text = Text::new(Lang::from_id(id).unwrap());
            let terms = RowTerms::new(&text);
            for kind in kinds {
                for (title, owner) in values.iter().flat_map(|t| values.iter().map(move |o| (*t, *o))) {
                    let mut out = String::new();
                    terms.push_deadline_owned(&mut out, kind, title, owner, String::push_str);
                    assert_eq!(out, text.get(&deadline_owned(kind, title, owner)), "{id} {kind:?}");
                }
            }
            for status in statuses {
                for finished in [None, day] {
                    let mut out = String::new();
                    terms.push_activity_status_on(&mut out, status, finished, String::push_str);
                    assert_eq!(out, text.get(&activity_status_on(status, finished)), "{id} {status:?}");
                }
            }
        }
    }
}

//! The plans' own values as messages of the catalogue (`locales/*/terms.ftl`): an activity's
//! status, what a deadline is for, a goal's trend, a signatory's kind. One message per value,
//! so that every table, the summary and diff call the same thing by the same word.

use crate::deadline::{ActionPlanStatus, DeadlineKind, Trend};
use crate::message::{Message, msg};
use crate::model::{ActivityStatus, SignatoryKind};
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
    match title.filter(|t| !t.trim().is_empty()) {
        Some(title) => msg::deadline_titled(deadline_kind(kind), title),
        None => deadline_kind(kind),
    }
}

/// [`deadline`] with the activity's owner, when it has one.
#[must_use]
pub fn deadline_owned(kind: DeadlineKind, title: Option<&str>, owner: Option<&str>) -> Message {
    let what = deadline(kind, title);
    match owner.filter(|o| !o.trim().is_empty()) {
        Some(owner) => msg::deadline_owned(owner, what),
        None => what,
    }
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

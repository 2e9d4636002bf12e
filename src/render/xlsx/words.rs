//! The words of enum values in cells: the plans' own values through `render::terms` (the same
//! words as the tables and the summary), the action plan's status without its date (the date
//! has a column of its own).

use crate::deadline::{ActionPlanStatus, DeadlineKind, Trend};
use crate::message::msg;
use crate::model::{ActivityStatus, IndicatorKind};
use crate::render::terms;
use crate::render::text::Text;
use crate::report::Day;

/// The status as the tables and the summary tell it ([`terms::shown_status`]).
pub(super) fn action_plan_status(t: &Text, status: ActionPlanStatus, adopted: Option<Day>) -> String {
    t.get(&msg::xlsx_action_plan_status(terms::shown_status(status, adopted).as_str()))
}

pub(super) fn activity_status(t: &Text, status: ActivityStatus) -> String {
    t.get(&terms::activity_status(status))
}

pub(super) fn deadline_kind(t: &Text, kind: DeadlineKind) -> String {
    t.get(&terms::deadline_kind(kind))
}

/// What a deadline is for, with the goal's or activity's id: "activity lonekartlaggning".
pub(super) fn deadline(t: &Text, kind: DeadlineKind, id: Option<&str>) -> String {
    let kind = deadline_kind(t, kind);
    match id {
        Some(id) => t.get(&msg::xlsx_deadline_item(id, kind)),
        None => kind,
    }
}

pub(super) fn trend(t: &Text, trend: Trend) -> String {
    t.get(&terms::trend(trend))
}

pub(super) fn indicator_kind(t: &Text, kind: IndicatorKind) -> String {
    let name = match kind {
        IndicatorKind::Level => "level",
        IndicatorKind::Balance => "balance",
    };
    t.get(&msg::xlsx_indicator_kind(name))
}

//! The words of enum values in cells (statuses, kinds, trends), from the catalogue.

use crate::deadline::{ActionPlanStatus, DeadlineKind, Trend};
use crate::message::msg;
use crate::model::{ActivityStatus, IndicatorKind};
use crate::render::text::Text;

pub(super) fn action_plan_status(t: &Text, status: ActionPlanStatus) -> String {
    t.get(&msg::xlsx_action_plan_status(status.as_str()))
}

pub(super) fn activity_status(t: &Text, status: ActivityStatus) -> String {
    t.get(&msg::xlsx_activity_status(status.as_str()))
}

pub(super) fn deadline_kind(t: &Text, kind: DeadlineKind) -> String {
    t.get(&msg::xlsx_deadline_kind(kind.as_str()))
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
    t.get(&msg::xlsx_trend(trend.as_str()))
}

pub(super) fn indicator_kind(t: &Text, kind: IndicatorKind) -> String {
    let name = match kind {
        IndicatorKind::Level => "level",
        IndicatorKind::Balance => "balance",
    };
    t.get(&msg::xlsx_indicator_kind(name))
}

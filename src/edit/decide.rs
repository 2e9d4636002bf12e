//! What an edit means for the plan as read, before any text is touched: unknown ids and
//! readings that do not fit the indicator (exit 2), edits the file already records (nothing to
//! do), and edits that contradict it (refused, exit 1).

use super::{Edit, Reading};
use crate::message::{Failure, Message, msg};
use crate::model::{ActivityStatus, Indicator, IndicatorKind, Plan, closest};

pub(super) enum Decision {
    Apply,
    /// Already recorded: a message saying so.
    Unchanged(Message),
    /// Contradicts the file: a message saying what to do instead.
    Refuse(Message),
}

/// `force` lets an edit change what a finished (done or cancelled) activity records.
pub(super) fn decide(plan: &Plan, edit: &Edit, force: bool) -> anyhow::Result<Decision> {
    Ok(match edit {
        Edit::Activity { activity, status, date } => {
            let Some(a) = plan.activities.iter().find(|a| a.id.value == *activity) else {
                let ids = plan.activities.iter().map(|a| a.id.value.as_str());
                return Err(unknown(
                    msg::edit_no_activity(&plan.file, activity.as_str()),
                    activity,
                    ids,
                    Ids::Activity,
                )
                .into());
            };
            let same = a.status.value == *status;
            if let (true, Some(finished)) = (a.status.value.is_finished(), a.finished_date()) {
                let recorded = a.status.value.as_str();
                return Ok(if same && finished == *date {
                    Decision::Unchanged(msg::edit_already_finished(activity.as_str(), *date, status.as_str()))
                } else if force {
                    Decision::Apply
                } else {
                    Decision::Refuse(msg::edit_refuse_finished(activity.as_str(), finished, recorded))
                });
            }
            if *status == ActivityStatus::Ongoing {
                match &a.start {
                    Some(start) if same => {
                        Decision::Unchanged(msg::edit_already_ongoing(activity.as_str(), start.value))
                    }
                    _ => Decision::Apply,
                }
            } else {
                Decision::Apply
            }
        }
        Edit::Measure { goal, date, reading } => {
            let Some(g) = plan.goals.iter().find(|g| g.id.value == *goal) else {
                let ids = plan.goals.iter().map(|g| g.id.value.as_str());
                return Err(unknown(msg::edit_no_goal(&plan.file, goal.as_str()), goal, ids, Ids::Goal).into());
            };
            let Some(indicator) = &g.indicator else {
                return Ok(Decision::Refuse(msg::edit_refuse_no_indicator(goal.as_str())));
            };
            fits(goal, indicator, *reading)?;
            match indicator.measurements().iter().find(|m| m.date.value == *date) {
                None => Decision::Apply,
                Some(m) if same_reading(m, *reading) => {
                    Decision::Unchanged(msg::edit_already_measured(*date, goal.as_str()))
                }
                Some(_) => Decision::Refuse(msg::edit_refuse_other_measurement(*date, goal.as_str())),
            }
        }
        Edit::Adopt { date, .. } => {
            if plan.action_plans.iter().any(|p| p.adopted_date() == Some(*date)) {
                Decision::Unchanged(msg::edit_already_adopted(*date))
            } else {
                Decision::Apply
            }
        }
        Edit::Report { date, .. } => {
            if plan.reports.iter().any(|r| r.date.value == *date) {
                Decision::Unchanged(msg::edit_already_reported(*date))
            } else {
                Decision::Apply
            }
        }
        Edit::Sign { date } => match plan.signatory.signed_date() {
            None => Decision::Apply,
            Some(signed) if signed == *date => Decision::Unchanged(msg::edit_already_signed(*date)),
            Some(signed) => Decision::Refuse(msg::edit_refuse_signed_differently(*date, &plan.file, signed)),
        },
    })
}

/// Which ids an unknown one was looked for among.
enum Ids {
    Activity,
    Goal,
}

/// "no activity `x` in plans/a.toml; did you mean `y`?"
fn unknown<'a>(message: Message, id: &str, ids: impl Iterator<Item = &'a str> + Clone, kind: Ids) -> Failure {
    let hint = if let Some(near) = closest(id, ids.clone()) {
        msg::diag_did_you_mean(near)
    } else {
        let all: Vec<&str> = ids.collect();
        match (kind, all.is_empty()) {
            (Ids::Activity, true) => msg::edit_no_activity_ids(),
            (Ids::Goal, true) => msg::edit_no_goal_ids(),
            (Ids::Activity, false) => msg::edit_activity_ids(all.join(", ")),
            (Ids::Goal, false) => msg::edit_goal_ids(all.join(", ")),
        }
    };
    Failure::new(msg::edit_with_hint(hint, message))
}

/// The reading must be of the indicator's kind (exit 2: the flags were wrong); what is wrong
/// is said in terms of what this goal needs.
fn fits(goal: &str, indicator: &Indicator, reading: Reading) -> Result<(), Failure> {
    let needs = match (indicator.kind(), reading) {
        (IndicatorKind::Level, Reading::Level(v)) if !v.is_finite() => msg::edit_value_not_finite(),
        (IndicatorKind::Level, Reading::Level(_)) | (IndicatorKind::Balance, Reading::Balance { .. }) => return Ok(()),
        (IndicatorKind::Level, Reading::Incomplete { value: true, .. }) => msg::measure_level_value_only(goal),
        (IndicatorKind::Level, _) => msg::edit_level_needs_value(goal),
        (IndicatorKind::Balance, Reading::Level(_) | Reading::Incomplete { value: true, .. }) => {
            msg::edit_balance_needs_counts(goal)
        }
        (IndicatorKind::Balance, Reading::Incomplete { women: true, .. }) => {
            msg::measure_missing_flag("women", goal, "men")
        }
        (IndicatorKind::Balance, Reading::Incomplete { men: true, .. }) => {
            msg::measure_missing_flag("men", goal, "women")
        }
        (IndicatorKind::Balance, Reading::Incomplete { .. }) => msg::measure_balance_needs(goal),
    };
    Err(Failure::new(needs))
}

fn same_reading(m: &crate::model::Measurement, reading: Reading) -> bool {
    match reading {
        Reading::Level(v) => m.value.is_some_and(|x| (x - v).abs() < f64::EPSILON),
        Reading::Balance { women, men } => m.women == Some(women) && m.men == Some(men),
        Reading::Incomplete { .. } => false,
    }
}

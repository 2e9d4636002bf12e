//! What an edit means for the plan as read, before any text is touched: unknown ids and
//! readings that do not fit the indicator (exit 2), edits the file already records (nothing to
//! do), and edits that contradict it (refused, exit 1).

use anyhow::bail;

use super::{Edit, Reading};
use crate::model::{ActivityStatus, Indicator, IndicatorKind, Plan, closest};
use crate::render::escape::terminal;

pub(super) enum Decision {
    Apply,
    /// Already recorded: a message saying so.
    Unchanged(String),
    /// Contradicts the file: a message saying what to do instead.
    Refuse(String),
}

pub(super) fn decide(plan: &Plan, edit: &Edit) -> anyhow::Result<Decision> {
    Ok(match edit {
        Edit::Activity { activity, status, date } => {
            let Some(a) = plan.activities.iter().find(|a| a.id.value == *activity) else {
                let ids = plan.activities.iter().map(|a| a.id.value.as_str());
                bail!("{}", unknown("activity", activity, ids, &plan.file));
            };
            let name = status.as_str();
            if *status == ActivityStatus::Ongoing {
                match &a.start {
                    Some(start) if a.status.value == *status => {
                        Decision::Unchanged(format!("activity {activity} is already ongoing (since {})", start.value))
                    }
                    _ => Decision::Apply,
                }
            } else if a.status.value == *status && a.finished_date() == Some(*date) {
                Decision::Unchanged(format!("activity {activity} is already {name} {date}"))
            } else {
                Decision::Apply
            }
        }
        Edit::Measure { goal, date, reading } => {
            let Some(g) = plan.goals.iter().find(|g| g.id.value == *goal) else {
                let ids = plan.goals.iter().map(|g| g.id.value.as_str());
                bail!("{}", unknown("goal", goal, ids, &plan.file));
            };
            let Some(indicator) = &g.indicator else {
                return Ok(Decision::Refuse(format!(
                    "goal {goal} has no indicator to measure; add a [goals.indicator] table to it first \
                     (kind = \"level\" with baseline and target, or kind = \"balance\")"
                )));
            };
            fits(goal, indicator, *reading)?;
            match indicator.measurements().iter().find(|m| m.date.value == *date) {
                None => Decision::Apply,
                Some(m) if same_reading(m, *reading) => {
                    Decision::Unchanged(format!("goal {goal} already has this measurement dated {date}"))
                }
                Some(_) => Decision::Refuse(format!(
                    "goal {goal} already has a different measurement dated {date}; to correct it, edit the file"
                )),
            }
        }
        Edit::Adopt { date, .. } => {
            if plan.action_plans.iter().any(|p| p.adopted_date() == Some(*date)) {
                Decision::Unchanged(format!("an action plan adopted {date} is already recorded"))
            } else {
                Decision::Apply
            }
        }
        Edit::Report { date, .. } => {
            if plan.reports.iter().any(|r| r.date.value == *date) {
                Decision::Unchanged(format!("a report dated {date} is already recorded"))
            } else {
                Decision::Apply
            }
        }
        Edit::Sign { date } => match plan.signatory.signed_date() {
            None => Decision::Apply,
            Some(signed) if signed == *date => Decision::Unchanged(format!("already signed {date}")),
            Some(signed) => Decision::Refuse(format!(
                "{} already records signing on {signed}, not {date}; to correct the date, edit `signed` in the file",
                plan.file
            )),
        },
    })
}

/// "no activity `x` in plans/a.toml; did you mean `y`?"
fn unknown<'a>(what: &str, id: &str, ids: impl Iterator<Item = &'a str> + Clone, file: &str) -> String {
    let hint = if let Some(near) = closest(id, ids.clone()) {
        format!("; did you mean `{near}`?")
    } else {
        let all: Vec<&str> = ids.collect();
        if all.is_empty() { format!("; it has no {what} ids") } else { format!("; its {what} ids: {}", all.join(", ")) }
    };
    terminal(&format!("no {what} `{id}` in {file}{hint}")).into_owned()
}

/// The reading must be of the indicator's kind (exit 2: the flags were wrong).
fn fits(goal: &str, indicator: &Indicator, reading: Reading) -> anyhow::Result<()> {
    match (indicator.kind(), reading) {
        (IndicatorKind::Level, Reading::Level(v)) if !v.is_finite() => bail!("--value must be a finite number"),
        (IndicatorKind::Level, Reading::Level(_)) | (IndicatorKind::Balance, Reading::Balance { .. }) => Ok(()),
        (IndicatorKind::Level, Reading::Balance { .. }) => {
            bail!("goal {goal} has a level indicator: give the measured level with --value")
        }
        (IndicatorKind::Balance, Reading::Level(_)) => {
            bail!("goal {goal} has a balance indicator: give --women and --men, not --value")
        }
    }
}

fn same_reading(m: &crate::model::Measurement, reading: Reading) -> bool {
    match reading {
        Reading::Level(v) => m.value.is_some_and(|x| (x - v).abs() < f64::EPSILON),
        Reading::Balance { women, men } => m.women == Some(women) && m.men == Some(men),
    }
}

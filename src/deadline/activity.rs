//! An activity as of a date: its status then, and whether it was finished by then.

use chrono::NaiveDate;

use crate::model::{Activity, ActivityStatus};

/// Whether the activity was done or cancelled on or before `today`. A finished status
/// without a `finished` date (an error `cemr validate` reports) counts as finished.
#[must_use]
pub fn finished_by(activity: &Activity, today: NaiveDate) -> bool {
    activity.status.value.is_finished() && activity.finished_date().is_none_or(|f| f <= today)
}

/// The status as of `today`: an activity finished after `today` was not finished then; it
/// was `ongoing` if it had started (or gives no start), else `planned`.
#[must_use]
pub fn status_as_of(activity: &Activity, today: NaiveDate) -> ActivityStatus {
    let status = activity.status.value;
    if !status.is_finished() || finished_by(activity, today) {
        return status;
    }
    match activity.start.as_ref() {
        Some(start) if start.value > today => ActivityStatus::Planned,
        _ => ActivityStatus::Ongoing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::testkit::{d, unsigned};

    fn activity(fields: &str) -> Activity {
        let plan = unsigned(&format!("[[activities]]\nid = \"a\"\ntitle = \"A\"\n{fields}\n"));
        plan.activities.into_iter().next().unwrap()
    }

    #[test]
    fn finished_after_today_is_not_finished_yet() {
        let a = activity("start = 2024-01-01\nstatus = \"done\"\nfinished = 2024-06-30");
        assert!(finished_by(&a, d("2024-06-30")));
        assert!(!finished_by(&a, d("2024-06-29")));
        assert_eq!(status_as_of(&a, d("2024-06-30")), ActivityStatus::Done);
        assert_eq!(status_as_of(&a, d("2024-03-01")), ActivityStatus::Ongoing);
        assert_eq!(status_as_of(&a, d("2023-12-31")), ActivityStatus::Planned);
    }

    #[test]
    fn open_statuses_are_kept() {
        let a = activity("status = \"ongoing\"");
        assert!(!finished_by(&a, d("2030-01-01")));
        assert_eq!(status_as_of(&a, d("2030-01-01")), ActivityStatus::Ongoing);
        let c = activity("status = \"cancelled\"\nfinished = 2020-01-01");
        assert_eq!(status_as_of(&c, d("2020-01-01")), ActivityStatus::Cancelled);
        assert_eq!(status_as_of(&c, d("2019-12-31")), ActivityStatus::Ongoing);
    }
}

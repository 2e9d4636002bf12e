//! Property tests for the date arithmetic and the deadline rules.

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;

use cemr::deadline::{Deadline, DeadlineKind, add_days, add_months, sub_months};

/// Any date the calendar has, the ends included.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    let (min, max) = (NaiveDate::MIN.num_days_from_ce(), NaiveDate::MAX.num_days_from_ce());
    (min..=max).prop_map(|d| NaiveDate::from_num_days_from_ce_opt(d).unwrap_or(NaiveDate::MIN))
}

/// Dates where plans live, so that month arithmetic does not saturate.
fn plan_date() -> impl Strategy<Value = NaiveDate> {
    (1900i32..2200, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| {
        (0..4).find_map(|back| NaiveDate::from_ymd_opt(y, m, d - back.min(d - 1))).unwrap_or(NaiveDate::MIN)
    })
}

fn deadline(due: NaiveDate) -> Deadline<'static> {
    Deadline { signatory: "s", kind: DeadlineKind::Activity, id: Some("a"), due, title: None, owner: None }
}

proptest! {
    #[test]
    fn adding_months_never_panics_and_never_goes_back(date in any_date(), months in 0u32..=u32::MAX) {
        let later = add_months(date, months);
        prop_assert!(later >= date);
        prop_assert!(sub_months(date, months) <= date);
    }

    #[test]
    fn adding_more_months_gives_a_later_or_equal_date(date in plan_date(), a in 0u32..600, b in 0u32..600) {
        let (lo, hi) = (a.min(b), a.max(b));
        prop_assert!(add_months(date, lo) <= add_months(date, hi));
    }

    #[test]
    fn months_keep_the_day_or_clamp_to_the_month_end(date in plan_date(), months in 0u32..600) {
        let later = add_months(date, months);
        let total = i64::from(date.year()) * 12 + i64::from(date.month0()) + i64::from(months);
        prop_assert_eq!(i64::from(later.year()) * 12 + i64::from(later.month0()), total);
        if later.day() != date.day() {
            prop_assert!(later.day() < date.day());
            prop_assert_eq!(add_days(later, 1).day(), 1, "clamped to the month's last day");
        }
    }

    #[test]
    fn overdue_exactly_from_the_day_after(due in any_date(), offset in -400i64..400) {
        let today = add_days(due, offset);
        let d = deadline(due);
        prop_assert_eq!(d.is_overdue(today), today > due);
        let expected = if today > due { today.signed_duration_since(due).num_days() } else { 0 };
        prop_assert_eq!(d.days_overdue(today), expected);
        prop_assert!(!(d.is_overdue(today) && d.is_due_soon(today, 90)));
    }

    #[test]
    fn due_soon_is_the_horizon_inclusive(due in plan_date(), days in 0u32..400, offset in 0i64..400) {
        let today = add_days(due, -offset);
        prop_assert_eq!(deadline(due).is_due_soon(today, days), offset <= i64::from(days));
    }
}

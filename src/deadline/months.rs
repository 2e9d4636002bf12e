//! Calendar-month arithmetic that clamps to the month's last day and never overflows.

use chrono::{Months, NaiveDate};

/// `date` + `months` calendar months, clamped to the end of the month
/// (2024-02-29 + 24 = 2026-02-28; 2023-08-31 + 6 = 2024-02-29). Past the end of
/// the calendar it saturates at `NaiveDate::MAX`.
#[must_use]
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months)).unwrap_or(NaiveDate::MAX)
}

/// `date` − `months` calendar months, clamped likewise; saturates at `NaiveDate::MIN`.
#[must_use]
pub fn sub_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_sub_months(Months::new(months)).unwrap_or(NaiveDate::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn clamps_to_month_end() {
        assert_eq!(add_months(d("2024-02-29"), 24), d("2026-02-28"));
        assert_eq!(add_months(d("2023-08-31"), 6), d("2024-02-29"));
        assert_eq!(add_months(d("2024-02-29"), 48), d("2028-02-29"));
        assert_eq!(add_months(d("2023-01-31"), 1), d("2023-02-28"));
        assert_eq!(add_months(d("2013-03-08"), 24), d("2015-03-08"));
        assert_eq!(add_months(d("2024-05-15"), 0), d("2024-05-15"));
    }

    #[test]
    fn saturates_at_the_end_of_the_calendar() {
        assert_eq!(add_months(NaiveDate::MAX, 1), NaiveDate::MAX);
        assert_eq!(add_months(d("9999-12-31"), 24), d("9999-12-31").max(add_months(d("9999-12-31"), 24)));
        assert_eq!(sub_months(NaiveDate::MIN, 1), NaiveDate::MIN);
        assert_eq!(sub_months(d("2024-03-31"), 1), d("2024-02-29"));
    }
}

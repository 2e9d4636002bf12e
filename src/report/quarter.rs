//! A calendar quarter (`2026Q3`): parsing, its first and last day, and the last finished one.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

/// A calendar quarter: Q1 = January–March … Q4 = October–December.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    year: i32,
    /// 1–4.
    number: u8,
}

/// A quarter that cannot be read (exit 2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuarterError(String);

impl fmt::Display for QuarterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a quarter: write the year (0001 to 9998) and the quarter 1–4, as 2026Q3 or 2026-Q3",
            self.0
        )
    }
}

impl std::error::Error for QuarterError {}

impl From<QuarterError> for crate::message::Failure {
    fn from(e: QuarterError) -> Self {
        Self::new(crate::message::msg::quarter_invalid(e.0))
    }
}

impl Quarter {
    /// The quarter `number` (1–4) of `year`, if both are in range (the years of a date on the
    /// command line, 0001–9998, so that the next quarter still has a four-digit year).
    #[must_use]
    pub fn new(year: i32, number: u8) -> Option<Self> {
        (crate::deadline::YEARS.contains(&year) && (1..=4).contains(&number)).then_some(Self { year, number })
    }

    /// The quarter a date falls in.
    #[must_use]
    pub fn containing(date: NaiveDate) -> Self {
        // Month 1–12 → 1–4; the year of a NaiveDate is always in i32.
        let number = u8::try_from(date.month0() / 3 + 1).unwrap_or(1);
        Self { year: date.year(), number }
    }

    /// The last quarter that ended before `today` (a quarter is finished the day after its
    /// last day): today 2026-10-01 → 2026Q3; today 2026-09-30 → 2026Q2.
    #[must_use]
    pub fn last_finished(today: NaiveDate) -> Self {
        Self::containing(today).previous()
    }

    #[must_use]
    pub fn year(self) -> i32 {
        self.year
    }

    /// 1–4.
    #[must_use]
    pub fn number(self) -> u8 {
        self.number
    }

    #[must_use]
    pub fn previous(self) -> Self {
        if self.number == 1 {
            Self { year: self.year - 1, number: 4 }
        } else {
            Self { number: self.number - 1, ..self }
        }
    }

    #[must_use]
    pub fn next(self) -> Self {
        if self.number == 4 {
            Self { year: self.year + 1, number: 1 }
        } else {
            Self { number: self.number + 1, ..self }
        }
    }

    /// The first day.
    #[must_use]
    pub fn start(self) -> NaiveDate {
        let month = u32::from(self.number) * 3 - 2;
        NaiveDate::from_ymd_opt(self.year, month, 1).unwrap_or(NaiveDate::MIN)
    }

    /// The last day.
    #[must_use]
    pub fn end(self) -> NaiveDate {
        self.next().start().pred_opt().unwrap_or(NaiveDate::MAX)
    }

    /// The day the summary of this quarter is computed as of: its last day once it is over,
    /// `today` while it runs, and `None` before it has begun.
    #[must_use]
    pub fn as_of(self, today: NaiveDate) -> Option<NaiveDate> {
        (self.start() <= today).then(|| self.end().min(today))
    }

    /// Whether `date` is inside the quarter (both ends included).
    #[must_use]
    pub fn contains(self, date: NaiveDate) -> bool {
        self.start() <= date && date <= self.end()
    }
}

impl FromStr for Quarter {
    type Err = QuarterError;

    /// `2026Q3`, `2026-Q3`, `2026q3`: a four-digit year, an optional `-`, `Q`, 1–4.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || QuarterError(s.to_owned());
        let t = s.trim();
        let (year, rest) = t.split_at_checked(4).ok_or_else(err)?;
        let rest = rest.strip_prefix('-').unwrap_or(rest);
        let number = rest.strip_prefix(['Q', 'q']).ok_or_else(err)?;
        if !year.bytes().all(|b| b.is_ascii_digit()) || number.len() != 1 {
            return Err(err());
        }
        let year: i32 = year.parse().map_err(|_| err())?;
        let number: u8 = number.parse().map_err(|_| err())?;
        Self::new(year, number).ok_or_else(err)
    }
}

impl fmt::Display for Quarter {
    /// The machine form, `2026Q3`; always four digits of year (`0001Q1`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}Q{}", self.year, self.number)
    }
}

impl Serialize for Quarter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::testkit::d;

    fn q(s: &str) -> Quarter {
        s.parse().unwrap()
    }

    #[test]
    fn both_forms_parse_to_the_same_quarter() {
        assert_eq!(q("2026Q3"), q("2026-Q3"));
        assert_eq!(q("2026q3"), q("2026Q3"));
        assert_eq!(q("2026Q3").to_string(), "2026Q3");
        assert_eq!(serde_json::to_string(&q("2026-Q1")).unwrap(), "\"2026Q1\"");
    }

    #[test]
    fn bad_quarters_are_refused() {
        let out_of_range = ["0000Q1", "9999Q1", "9999Q4"];
        for bad in ["2026Q5", "2026Q0", "26Q1", "2026", "Q3", "2026Q", "2026Q33", "2026--Q3", "x026Q3", "", "2026Å3"]
            .into_iter()
            .chain(out_of_range)
        {
            assert!(bad.parse::<Quarter>().is_err(), "{bad}");
        }
        let e = "2026Q5".parse::<Quarter>().unwrap_err().to_string();
        assert!(e.contains("2026Q5") && e.contains("2026-Q3"), "{e}");
    }

    #[test]
    fn first_and_last_days() {
        assert_eq!(q("2026Q1").start(), d("2026-01-01"));
        assert_eq!(q("2026Q1").end(), d("2026-03-31"));
        assert_eq!(q("2024Q1").end(), d("2024-03-31"));
        assert_eq!(q("2026Q3").start(), d("2026-07-01"));
        assert_eq!(q("2026Q3").end(), d("2026-09-30"));
        assert_eq!(q("2026Q4").end(), d("2026-12-31"));
        assert_eq!(q("2026Q4").next(), q("2027Q1"));
        assert_eq!(q("2027Q1").previous(), q("2026Q4"));
        assert!(q("2026Q3").contains(d("2026-09-30")) && !q("2026Q3").contains(d("2026-10-01")));
        assert_eq!(q("9998Q4").end(), d("9998-12-31"));
        assert_eq!(q("9998Q4").next().to_string(), "9999Q1");
        assert_eq!(q("0001Q1").to_string(), "0001Q1");
        assert_eq!(q("2026Q3").as_of(d("2026-11-24")), Some(d("2026-09-30")));
        assert_eq!(q("2026Q4").as_of(d("2026-11-24")), Some(d("2026-11-24")));
        assert_eq!(q("2026Q4").as_of(d("2026-10-01")), Some(d("2026-10-01")));
        assert_eq!(q("2026Q4").as_of(d("2026-09-30")), None);
    }

    #[test]
    fn the_last_finished_quarter() {
        assert_eq!(Quarter::last_finished(d("2026-11-24")), q("2026Q3"));
        assert_eq!(Quarter::last_finished(d("2026-10-01")), q("2026Q3"));
        assert_eq!(Quarter::last_finished(d("2026-09-30")), q("2026Q2"));
        assert_eq!(Quarter::last_finished(d("2026-01-01")), q("2025Q4"));
    }
}

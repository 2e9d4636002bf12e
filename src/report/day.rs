//! A date as reports carry it: serialized and displayed as "YYYY-MM-DD".

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

/// A calendar day in a report; JSON shows it as a "YYYY-MM-DD" string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub NaiveDate);

impl From<NaiveDate> for Day {
    fn from(date: NaiveDate) -> Self {
        Self(date)
    }
}

impl Day {
    /// "YYYY-MM-DD" (what `%Y-%m-%d` prints) for the years 0 to 9999.
    fn ascii(self) -> Option<[u8; 10]> {
        let year = u32::try_from(self.0.year()).ok().filter(|y| *y <= 9999)?;
        let (month, day) = (self.0.month(), self.0.day());
        let digit = |n: u32| b'0' + u8::try_from(n % 10).unwrap_or(0);
        Some([
            digit(year / 1000),
            digit(year / 100),
            digit(year / 10),
            digit(year),
            b'-',
            digit(month / 10),
            digit(month),
            b'-',
            digit(day / 10),
            digit(day),
        ])
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.ascii() {
            Some(ascii) => f.write_str(std::str::from_utf8(&ascii).unwrap_or_default()),
            None => write!(f, "{}", self.0.format("%Y-%m-%d")),
        }
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Rounds a percentage to one decimal, as reports show it.
#[must_use]
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        let day = Day(NaiveDate::from_ymd_opt(2024, 2, 9).unwrap_or_default());
        assert_eq!(day.to_string(), "2024-02-09");
        for (y, m, d) in [(1, 1, 1), (999, 12, 31), (2026, 10, 20), (9999, 12, 31), (10000, 1, 1), (-1, 3, 4)] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
            assert_eq!(Day(date).to_string(), date.format("%Y-%m-%d").to_string());
        }
        assert_eq!(serde_json::to_string(&Some(day)).unwrap_or_default(), "\"2024-02-09\"");
        assert_eq!(serde_json::to_string(&None::<Day>).unwrap_or_default(), "null");
        assert!((round1(52.98013) - 53.0).abs() < 1e-9);
        assert!((round1(66.66666) - 66.7).abs() < 1e-9);
    }
}

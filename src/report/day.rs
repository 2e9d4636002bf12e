//! A date as reports carry it: serialized and displayed as "YYYY-MM-DD".

use std::fmt;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

/// A calendar day in a report; JSON shows it as a "YYYY-MM-DD" string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub NaiveDate);

impl From<NaiveDate> for Day {
    fn from(date: NaiveDate) -> Self {
        Self(date)
    }
}

impl fmt::Display for Day {
    /// chrono's ISO 8601 form, "YYYY-MM-DD" (what `%Y-%m-%d` prints).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
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

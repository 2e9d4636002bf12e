//! Numbers with a fixed count of decimals, as `format!("{x:.1}")` writes them, without its
//! exact decimal expansion of every value: the site's charts and tables write about two
//! million of them (2,000 signatories), and that expansion was a tenth of `cemr site`'s work.
//! Days in ISO 8601 are written here too, digit by digit, for the same reason.

use std::fmt::{self, Write as _};

use chrono::{Datelike, NaiveDate};

/// Beyond this the shortcut's arithmetic is not exact enough; such values take the long way.
const LIMIT: f64 = 1e6;
/// How close to halfway between two results a value may be before it takes the long way.
const MARGIN: f64 = 1e-6;

/// `x` with `digits` decimals, the same text as `format!("{x:.digits$}")`: "12.3", "-0.0".
#[derive(Clone, Copy, Debug)]
pub struct Fixed(pub f64, pub usize);

impl Fixed {
    /// Appends the text to `out` (what `write!(out, "{fixed}")` writes, without the formatter).
    pub fn push_to(self, out: &mut String) {
        let Self(x, digits) = self;
        let Some((whole, decimals)) = self.rounded() else {
            let _ = write!(out, "{x:.digits$}");
            return;
        };
        if x.is_sign_negative() {
            out.push('-');
        }
        push_digits(out, whole);
        if digits == 2 {
            out.push('.');
            out.push(digit(decimals / 10));
            out.push(digit(decimals));
        } else if digits == 1 {
            out.push('.');
            out.push(digit(decimals));
        }
    }

    /// The value rounded to its decimals, as its whole part and its decimals (below 10^digits),
    /// or `None` for a value that takes the long way.
    fn rounded(self) -> Option<(u64, u64)> {
        let Self(x, digits) = self;
        let unit: u32 = match digits {
            0 => 1,
            1 => 10,
            2 => 100,
            _ => return None,
        };
        if !x.is_finite() || x.abs() >= LIMIT {
            return None;
        }
        let scaled = x.abs() * f64::from(unit);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // positive, below 2^27
        let truncated = scaled as u64;
        #[allow(clippy::cast_precision_loss)] // below 2^27: exact
        let fraction = scaled - truncated as f64;
        // `{:.1}` rounds the exact value; the product is within 2^-22 of it here, so only a value
        // near a tie could round the other way, and those are left to `{:.1}` itself.
        if (fraction - 0.5).abs() <= MARGIN {
            return None;
        }
        let rounded = truncated + u64::from(fraction > 0.5);
        Some((rounded / u64::from(unit), rounded % u64::from(unit)))
    }
}

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = String::with_capacity(16);
        self.push_to(&mut text);
        f.write_str(&text)
    }
}

/// The last decimal digit of `n`.
fn digit(n: u64) -> char {
    char::from(b'0' + u8::try_from(n % 10).unwrap_or(0))
}

/// Appends `n` in decimal digits.
pub fn push_digits(out: &mut String, n: u64) {
    if n >= 10 {
        push_digits(out, n / 10);
    }
    out.push(digit(n));
}

/// Appends `day` as ISO 8601, "2026-11-30": the text of chrono's `Display` and of
/// `%Y-%m-%d`, written digit by digit (the site writes a hundred thousand days).
pub fn push_date(out: &mut String, day: NaiveDate) {
    let (year, month, date) = (day.year(), day.month(), day.day());
    let Ok(year) = u32::try_from(year) else {
        let _ = write!(out, "{day}");
        return;
    };
    if year > 9999 {
        let _ = write!(out, "{day}");
        return;
    }
    for n in [year / 1000, year / 100, year / 10, year] {
        out.push(digit(u64::from(n)));
    }
    for part in [month, date] {
        out.push('-');
        out.push(digit(u64::from(part / 10)));
        out.push(digit(u64::from(part)));
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use chrono::NaiveDate;

    use super::{Fixed, push_date};

    fn same(x: f64) {
        for digits in 0..4 {
            assert_eq!(Fixed(x, digits).to_string(), format!("{x:.digits$}"), "{x:?} with {digits} decimals");
            let mut pushed = String::from("x");
            Fixed(x, digits).push_to(&mut pushed);
            assert_eq!(pushed, format!("x{x:.digits$}"));
        }
    }

    #[test]
    fn days_as_chrono_writes_them() {
        for (y, m, d) in
            [(2026, 11, 30), (1, 1, 1), (999, 12, 9), (9999, 12, 31), (10_000, 1, 1), (-5, 3, 4), (0, 2, 29)]
        {
            let Some(day) = NaiveDate::from_ymd_opt(y, m, d) else { continue };
            let mut out = String::new();
            push_date(&mut out, day);
            assert_eq!(out, day.to_string());
            assert_eq!(out, day.format("%Y-%m-%d").to_string());
        }
    }

    #[test]
    fn the_same_text_as_the_formatter() {
        for x in [
            0.0,
            -0.0,
            0.04,
            -0.04,
            0.05,
            0.25,
            0.35,
            -0.35,
            2.5,
            3.5,
            0.95,
            9.95,
            99.95,
            1.005,
            123.456,
            599.99999,
            999_999.95,
            1e6,
            1e7 + 0.05,
            -1e9,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
        ] {
            same(x);
        }
    }

    proptest! {
        #[test]
        fn any_value(x in -2e6f64..2e6) {
            same(x);
        }

        #[test]
        fn values_near_ties(n in -100_000i64..100_000, offset in -3i32..=3) {
            #[allow(clippy::cast_precision_loss)]
            let x = (n as f64 + 0.5) / 10.0 + f64::from(offset) * 1e-9;
            same(x);
        }
    }
}

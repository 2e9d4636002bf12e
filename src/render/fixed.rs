//! Numbers with a fixed count of decimals, as `format!("{x:.1}")` writes them, without its
//! exact decimal expansion of every value: the site's charts and tables write about two
//! million of them (2,000 signatories), and that expansion was a tenth of `cemr site`'s work.

use std::fmt;

/// Beyond this the shortcut's arithmetic is not exact enough; such values take the long way.
const LIMIT: f64 = 1e6;
/// How close to halfway between two results a value may be before it takes the long way.
const MARGIN: f64 = 1e-6;

/// `x` with `digits` decimals, the same text as `format!("{x:.digits$}")`: "12.3", "-0.0".
#[derive(Clone, Copy, Debug)]
pub struct Fixed(pub f64, pub usize);

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self(x, digits) = *self;
        let unit: u32 = match digits {
            0 => 1,
            1 => 10,
            2 => 100,
            _ => return write!(f, "{x:.digits$}"),
        };
        let scaled = x.abs() * f64::from(unit);
        let fraction = scaled - scaled.floor();
        // `{:.1}` rounds the exact value; the product is within 2^-22 of it here, so only a value
        // near a tie could round the other way, and those are left to `{:.1}` itself.
        if !x.is_finite() || x.abs() >= LIMIT || (fraction - 0.5).abs() <= MARGIN {
            return write!(f, "{x:.digits$}");
        }
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // positive, below 2^27
        let mut rest = scaled.round() as u64;
        // The digits from the last, into a buffer (one write; nested `write!`s cost as much as
        // the digits themselves).
        let mut buf = [0u8; 24];
        let mut start = buf.len();
        for (place, slot) in buf.iter_mut().rev().enumerate() {
            if digits > 0 && place == digits {
                *slot = b'.';
            } else {
                #[allow(clippy::cast_possible_truncation)] // a digit
                let digit = (rest % 10) as u8;
                *slot = b'0' + digit;
                rest /= 10;
            }
            start -= 1;
            if rest == 0 && place >= digits + usize::from(digits > 0) {
                break;
            }
        }
        if x.is_sign_negative() {
            f.write_str("-")?;
        }
        f.write_str(buf.get(start..).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::Fixed;

    fn same(x: f64) {
        for digits in 0..4 {
            assert_eq!(Fixed(x, digits).to_string(), format!("{x:.digits$}"), "{x:?} with {digits} decimals");
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

//! `cemr measure`'s numbers as people type them: `--value 48,5` (a decimal comma), `--value
//! "71 %"`, `--women 48.5`. Each is read, or refused with what to type instead (exit 2).

use super::Reading;
use crate::message::{Failure, msg};
use crate::model::habits::{self, Habit};

/// The reading the flags give: a level, numbers of women and men, or flags that make neither
/// (the goal's indicator decides what is missing, in `decide`).
///
/// # Errors
/// When a flag's text is not a number of its kind.
pub fn from_flags(value: Option<&str>, women: Option<&str>, men: Option<&str>) -> Result<Reading, Failure> {
    let value = value.map(|v| number("value", v)).transpose()?;
    let women = women.map(|w| count("women", w)).transpose()?;
    let men = men.map(|m| count("men", m)).transpose()?;
    Ok(match (value, women, men) {
        (Some(v), None, None) => Reading::Level(v),
        (None, Some(women), Some(men)) => Reading::Balance { women, men },
        _ => Reading::Incomplete { value: value.is_some(), women: women.is_some(), men: men.is_some() },
    })
}

/// `--value`: a number, written with a decimal point.
fn number(flag: &str, written: &str) -> Result<f64, Failure> {
    let text = written.trim();
    if let Ok(n) = text.parse::<f64>() {
        return if n.is_finite() { Ok(n) } else { Err(Failure::new(msg::edit_value_not_finite())) };
    }
    Err(Failure::new(match habits::of_value(text) {
        Some(Habit::DecimalComma { corrected }) => msg::measure_decimal_comma(corrected, flag, written),
        Some(Habit::NumberWithUnit { number, .. }) => msg::measure_without_unit(flag, number, written),
        _ => msg::measure_not_a_number(flag, written),
    }))
}

/// `--women`, `--men`: a whole number of people, 0 or more.
fn count(flag: &str, written: &str) -> Result<u64, Failure> {
    let text = written.trim();
    if let Ok(n) = text.parse::<u64>() {
        return Ok(n);
    }
    let decimal = text.replace(',', ".");
    Err(Failure::new(match (decimal.parse::<f64>(), habits::of_value(text)) {
        (Ok(n), _) if n < 0.0 => msg::measure_count_negative(flag, written),
        (Ok(n), _) if n.is_finite() => {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // finite and not negative
            let whole = n.trunc() as u64;
            msg::measure_count_whole(flag, whole, written)
        }
        (_, Some(Habit::NumberWithUnit { unit, .. })) if unit == "%" => msg::measure_count_share(flag, written),
        _ => msg::measure_not_a_number(flag, written),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_people_type_them() {
        assert_eq!(from_flags(Some("48.5"), None, None).ok(), Some(Reading::Level(48.5)));
        assert_eq!(from_flags(None, Some("48"), Some(" 52 ")).ok(), Some(Reading::Balance { women: 48, men: 52 }));
        let incomplete = Reading::Incomplete { value: false, women: true, men: false };
        assert_eq!(from_flags(None, Some("48"), None).ok(), Some(incomplete));
        let said = |v: Option<&str>, w: Option<&str>| from_flags(v, w, None).err().map(|f| f.message().id());
        assert_eq!(said(Some("48,5"), None), Some("measure-decimal-comma"));
        assert_eq!(said(Some("71 %"), None), Some("measure-without-unit"));
        assert_eq!(said(Some("många"), None), Some("measure-not-a-number"));
        assert_eq!(said(None, Some("48,5")), Some("measure-count-whole"));
        assert_eq!(said(None, Some("48.5")), Some("measure-count-whole"));
        assert_eq!(said(None, Some("-3")), Some("measure-count-negative"));
        assert_eq!(said(None, Some("48 %")), Some("measure-count-share"));
    }
}

//! Values TOML reads but their key will not take, when a habit from office software explains
//! them: a date in quotes or as a spreadsheet's day number, a number in quotes with a unit or a
//! decimal comma, a fixed value in Swedish. Each returns whether it reported the value.

use chrono::NaiveDate;

use super::habits::{self, Habit};
use super::sink::Sink;
use super::syntax::{self, Expect, Written};
use super::toml_text::basic_string;
use super::tree::{Item, Value};
use crate::diag::Code;
use crate::message::msg;

/// A date written as text (`"2013-03-08"`, `"8.3.2012"`) or as a number (`41341`, `20130308`).
pub(crate) fn date(sink: &mut Sink<'_>, key: &str, item: &Item<'_>) -> bool {
    let written = sink.written(item.span).to_owned();
    match &item.value {
        Value::String(text) => {
            let text = text.trim();
            if let Ok(date) = text.parse::<NaiveDate>() {
                let help = msg::syntax_write(key, date.to_string());
                sink.say(Code::DateFormat, item.span, msg::syntax_date_quoted(key, written), Some(help));
                return true;
            }
            let Some(meant) = habits::date_shape(text) else { return false };
            syntax::date_shape(sink, &Written::new(sink, item.span, Some(key), false), meant);
            true
        }
        Value::Integer(digits, 10) => {
            let Some(date) = digits.parse::<i64>().ok().and_then(habits::date_of_number) else { return false };
            let help = msg::syntax_write(key, date.to_string());
            sink.say(Code::DateFormat, item.span, msg::syntax_date_serial(key, written), Some(help));
            true
        }
        _ => false,
    }
}

/// A number written as text with a unit or a decimal comma (`"71 %"`, `"48,5"`).
pub(crate) fn number(sink: &mut Sink<'_>, key: &str, item: &Item<'_>, count: bool) -> bool {
    let Value::String(text) = &item.value else { return false };
    let written = Written::new(sink, item.span, Some(key), false);
    match habits::of_value(text) {
        Some(habit @ Habit::DecimalComma { .. }) => {
            let expect = if count { Expect::Count } else { Expect::Number };
            syntax::habit_finding(sink, &written, habit, expect);
            true
        }
        Some(Habit::NumberWithUnit { number, unit }) => {
            syntax::number_with_unit(sink, &written, &number, &unit);
            true
        }
        _ => false,
    }
}

/// A fixed value written as the Swedish word for it (`status = "pågår"`).
pub(crate) fn swedish(sink: &mut Sink<'_>, key: &str, item: &Item<'_>, names: &[&str], english: &str) {
    let written = sink.written(item.span).to_owned();
    let message = msg::syntax_swedish_value(syntax::allowed(names), key, written);
    let help = msg::syntax_write(key, basic_string(english));
    sink.say(Code::SwedishValue, item.span, message, Some(help));
}

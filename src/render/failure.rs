//! A command's failure in words, for stderr: "error: cannot write x: permission denied".

use super::escape;
use super::text::Text;
use crate::message::{Cause, Failure, msg};

/// The error line(s) for `error` in the output language, control characters made visible.
#[must_use]
pub fn render(error: &anyhow::Error, text: &Text) -> String {
    let words = match error.downcast_ref::<Failure>() {
        Some(failure) => words(failure, text),
        None => format!("{error:#}"),
    };
    let line = text.get(&msg::failure_line(words));
    escape::terminal_multiline(&line).into_owned()
}

fn words(failure: &Failure, text: &Text) -> String {
    let head = text.get(failure.message());
    match failure.cause() {
        None => head,
        Some(Cause::Failure(inner)) => text.get(&msg::failure_cause(words(inner, text), head)),
        Some(Cause::Text(detail)) => text.get(&msg::failure_cause(detail.as_str(), head)),
    }
}

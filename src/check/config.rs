//! Rules on `cemr.toml` that reading it cannot apply: those that need the real date.

use chrono::NaiveDate;

use crate::diag::{Code, Diagnostic};
use crate::message::msg;
use crate::model::config::RepoConfig;

/// The accessibility statement cannot be dated after the real current date (`now`, the
/// system clock, as for the plans' `date-in-future`).
pub(super) fn statement_date(config: &RepoConfig, file: &str, now: NaiveDate, out: &mut Vec<Diagnostic>) {
    if let Some(date) = config.site.statement_date.as_ref().filter(|d| d.value > now) {
        out.push(Diagnostic::new(
            Code::DateInFuture,
            file,
            Some(date.span),
            msg::diag_statement_date_in_future(date.value),
        ));
    }
}

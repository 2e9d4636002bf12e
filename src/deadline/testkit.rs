//! Test helpers: dates from strings and plans from TOML text.

use chrono::NaiveDate;

use crate::model::Plan;
use crate::model::config::Rules;
use crate::model::parse::{PlanLocation, parse_plan};

pub(crate) fn d(s: &str) -> NaiveDate {
    s.parse().unwrap_or_else(|e| panic!("bad test date {s}: {e}"))
}

/// Parses a plan file's text; panics on parse errors other than warnings.
pub(crate) fn plan(text: &str) -> Plan {
    let location = PlanLocation { id: "x", file: "plans/x.toml", folder_groups: &[] };
    let (plan, diags) = parse_plan(text, &location);
    assert!(diags.iter().all(|d| !d.is_error()), "{diags:?}");
    plan.unwrap_or_else(|| panic!("no plan: {diags:?}"))
}

/// A plan with a signatory table in front of `rest`.
pub(crate) fn signed(date: &str, rest: &str) -> Plan {
    plan(&format!("[signatory]\nname = \"X\"\nkind = \"municipality\"\nsigned = {date}\narticles = [1, 2, 11]\n{rest}"))
}

pub(crate) fn unsigned(rest: &str) -> Plan {
    plan(&format!("[signatory]\nname = \"X\"\nkind = \"municipality\"\narticles = [1, 2, 11]\n{rest}"))
}

pub(crate) fn rules() -> Rules {
    Rules::default()
}

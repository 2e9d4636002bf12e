//! One entry point that drives a plan file's bytes through every stage, for the fuzz target
//! (`fuzz/`) and the regression tests of what it found. Not part of the stable API.

use chrono::NaiveDate;

use crate::check::{self, Context};
use crate::diag::Diagnostic;
use crate::model::config::RepoConfig;
use crate::model::parse::{PlanLocation, parse_plan};
use crate::render::{diagnostics, github, json};
use crate::repo::SourceFile;

/// Parses, checks and renders one plan file as every command would. Panics only on a bug.
pub fn exercise(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let source = SourceFile::new("plans/fuzz.toml".to_owned(), text.to_owned());
    let location = PlanLocation { id: "fuzz", file: "plans/fuzz.toml", folder_groups: &[] };
    let (plan, mut found) = parse_plan(&source.text, &location);
    let config = RepoConfig::default();
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    let context = Context { config: &config, today, now: today };
    if let Some(plan) = &plan {
        found.extend(check::run_plan(plan, &context));
    }
    source.resolve(&mut found);
    Diagnostic::sort(&mut found);
    for d in &found {
        assert!(d.line >= 1 && d.column >= 1, "position 0 in {d:?}");
    }
    let _ = diagnostics::render(&found, &|_| Some(&source), 1, true);
    let _ = diagnostics::render(&found, &|_| Some(&source), 1, false);
    let _ = github::annotations(&found, None);
    let _ = github::step_summary(&found, "");
    let out = json::validate(&found, 1);
    assert!(serde_json::from_str::<serde_json::Value>(&out).is_ok(), "validate JSON does not parse");
}

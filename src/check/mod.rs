//! The checks that run after parsing: an ordered list of rules over the loaded plans.

mod config;
mod plan;
mod repo;

use chrono::NaiveDate;

use crate::diag::Diagnostic;
use crate::model::Plan;
use crate::model::config::RepoConfig;

/// The rules as `repo` runs them while it loads: each plan's on the core that read it, then
/// those across files.
#[derive(Clone, Copy, Debug)]
pub struct Checks {
    /// The date the run is "as of" (`--today`).
    pub today: NaiveDate,
    /// The real current date: events after it are `date-in-future`.
    pub now: NaiveDate,
}

impl crate::repo::Checker for Checks {
    fn plan(&self, plan: &Plan, config: &RepoConfig) -> Vec<Diagnostic> {
        run_plan(plan, &Context { config, today: self.today, now: self.now })
    }

    fn across(&self, plans: &[(&str, &str)]) -> Vec<Diagnostic> {
        run_repo(plans)
    }

    fn config(&self, config: &RepoConfig, file: &str) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        config::statement_date(config, file, self.now, &mut out);
        out
    }
}

/// What the rules may look at besides the plans.
pub struct Context<'a> {
    pub config: &'a RepoConfig,
    /// The date the run is "as of" (`--today`).
    pub today: NaiveDate,
    /// The real current date: events after it are `date-in-future`.
    pub now: NaiveDate,
}

type PlanRule = fn(&Plan, &Context<'_>, &mut Vec<Diagnostic>);

/// Rules inside one plan, in the order their findings are produced.
const PLAN_RULES: &[PlanRule] = &[
    plan::articles,
    plan::goal_articles,
    plan::ids,
    plan::dates_in_future,
    plan::date_order,
    plan::measurements,
    plan::action_plan_order,
];

/// Rules that find something missing or unknown (an article not chosen, a goal no activity
/// names): they run only on plans read whole, since in a file with TOML syntax errors what
/// they miss may be in what could not be read.
const WHOLE_PLAN_RULES: &[PlanRule] = &[plan::activity_goals, plan::goals_have_activities, plan::no_articles];

/// Runs every rule inside one plan (independent of other plans, so loading runs it per file
/// on all cores).
#[must_use]
pub fn run_plan(plan: &Plan, context: &Context<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for rule in PLAN_RULES {
        rule(plan, context, &mut out);
    }
    if !plan.partial {
        for rule in WHOLE_PLAN_RULES {
            rule(plan, context, &mut out);
        }
    }
    out
}

/// Runs the rules across files, given each parsed plan's id and file.
#[must_use]
pub fn run_repo(plans: &[(&str, &str)]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    repo::duplicate_ids(plans, &mut out);
    out
}

/// Every rule: each plan's, then those across files.
#[must_use]
pub fn run(plans: &[Plan], context: &Context<'_>) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = plans.iter().flat_map(|p| run_plan(p, context)).collect();
    let ids: Vec<(&str, &str)> = plans.iter().map(|p| (p.id.as_str(), p.file.as_str())).collect();
    out.extend(run_repo(&ids));
    out
}

//! `cemr deadlines`: every open deadline, soonest first; `--fail-on-overdue` exits 1.

use crate::Outcome;
use crate::cli::DeadlinesArgs;
use crate::render::layout::{self, Audience};
use crate::render::{Format, json, tabular};
use crate::report::deadlines::{DeadlinesReport, Window};
use crate::report::{Day, Filter, select};
use crate::settings::Settings;

pub(crate) fn run(args: &DeadlinesArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    let format = settings.format_for("deadlines", &[Format::Table, Format::Json, Format::Csv, Format::Markdown])?;
    let (repo, outcome) = super::load_for_report(settings)?;
    let filter = Filter { ids: &args.filter.ids, groups: &args.filter.groups };
    let plans = select(&repo.plans, &repo.files, &repo.config, filter)?;
    let window = Window { overdue_only: args.overdue, within: args.within };
    let report = DeadlinesReport::build(&plans, &repo.config.rules, settings.today, window);
    let audience = Audience::of(settings.lang(repo.config.language), format);
    let numbers = audience.text().numbers();
    // The report owns its text: the plans can be freed while it is rendered.
    let text = super::release_while(repo, || {
        if format == Format::Json {
            json::to_json(&report)
        } else {
            let tables = layout::deadlines(&report, Day(settings.today), &audience);
            Ok(tabular::render(format, &tables, settings.table_style(), numbers))
        }
    })?;
    crate::output::write(&text, settings.output.as_deref(), settings.force)?;
    if args.fail_on_overdue && report.any_overdue() {
        return Ok(Outcome::Findings);
    }
    Ok(outcome)
}

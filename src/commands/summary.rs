//! `cemr summary [--quarter 2026Q3]`: the quarterly summary for political leadership.

use anyhow::bail;

use crate::Outcome;
use crate::cli::SummaryArgs;
use crate::render::summary_words::Words;
use crate::render::{Format, json, summary_html, summary_markdown};
use crate::report::quarter::Quarter;
use crate::report::summary::SummaryReport;
use crate::report::{Filter, select};
use crate::settings::Settings;

pub(crate) fn run(args: &SummaryArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    let format = settings.format_for("summary", &[Format::Markdown, Format::Html, Format::Json])?;
    let quarter = match &args.quarter {
        Some(text) => text.parse::<Quarter>()?,
        None => Quarter::last_finished(settings.today),
    };
    let Some(as_of) = quarter.as_of(settings.today) else {
        bail!("{quarter} has not begun yet (today is {}); a summary covers a quarter that has begun", settings.today);
    };
    let (repo, outcome) = super::load_for_report(settings)?;
    let filter = Filter { ids: &args.filter.ids, groups: &args.filter.groups };
    let plans = select(&repo.plans, &repo.files, &repo.config, filter)?;
    let report = SummaryReport::build(&plans, &repo.config, quarter, as_of);
    let words = Words::of(settings.lang(repo.config.language));
    let text = match format {
        Format::Json => json::to_json(&report),
        Format::Html => summary_html::render(&report, words),
        _ => summary_markdown::render(&report, words),
    };
    crate::output::write(&text, settings.output.as_deref(), settings.force)?;
    super::release(repo);
    Ok(outcome)
}

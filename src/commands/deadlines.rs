//! `cemr deadlines`: every open deadline, soonest first; `--fail-on-overdue` exits 1.

use crate::Outcome;
use crate::cli::DeadlinesArgs;
use crate::message::{Failure, msg};
use crate::render::layout::{self, Audience};
use crate::render::notice::Notice;
use crate::render::text::Text;
use crate::render::{Format, ics, json, tabular, xlsx};
use crate::report::deadlines::{DeadlinesReport, Window};
use crate::report::{Day, Filter, select};
use crate::settings::Settings;

pub(crate) fn run(args: &DeadlinesArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    let format = settings.format_for(
        "deadlines",
        &[Format::Table, Format::Json, Format::Csv, Format::Markdown, Format::Ics, Format::Xlsx],
    )?;
    if !args.remind.is_empty() && format != Format::Ics {
        return Err(Failure::new(msg::ics_remind_without_feed()).into());
    }
    settings.refuse_binary_on_terminal(format)?;
    let (repo, outcome) = super::load_for_report(settings)?;
    let filter = Filter { ids: &args.filter.ids, groups: &args.filter.groups };
    let plans = select(&repo.plans, &repo.files, &repo.config, filter).map_err(crate::message::Failure::from)?;
    let window = Window { overdue_only: args.overdue, within: args.within };
    let report = DeadlinesReport::build(&plans, &repo.config.rules, settings.today, window);
    let lang = settings.lang(repo.config.language);
    let errors = super::data_errors(&repo);
    let repository = repo.name();
    let site = repo.config.site.url.clone();
    drop(repo); // the report owns its text
    if format == Format::Xlsx {
        let workbook = xlsx::deadlines(&report, &errors, settings.today, &Text::new(lang))?;
        crate::output::write_bytes(&workbook, settings.output.as_deref(), settings.force)?;
        return Ok(fail_on_overdue(args, &report, outcome));
    }
    let audience = Audience::of(lang, format);
    let numbers = audience.text().numbers();
    let text = match format {
        Format::Json => json::to_json(&report),
        Format::Ics => {
            let text = *audience.text();
            let mut remind = args.remind.clone();
            remind.sort_unstable();
            remind.dedup();
            let name = ics::words::calendar_name(&text, &repository, None);
            let feed = ics::Feed {
                name: &name,
                repository: &repository,
                site: site.as_ref(),
                today: settings.today,
                remind: &remind,
                text,
            };
            Ok(ics::feed(&report, &feed, &|_| true))
        }
        _ => {
            let notice = Notice::of(&errors, audience.text());
            let tables = layout::deadlines(&report, Day(settings.today), &audience);
            Ok(tabular::render(format, &tables, settings.table_style(), numbers, notice.as_ref()))
        }
    }?;
    crate::output::write(&text, settings.output.as_deref(), settings.force)?;
    Ok(fail_on_overdue(args, &report, outcome))
}

/// `--fail-on-overdue` makes any overdue deadline a finding (exit 1).
fn fail_on_overdue(args: &DeadlinesArgs, report: &DeadlinesReport, outcome: Outcome) -> Outcome {
    if args.fail_on_overdue && report.any_overdue() { Outcome::Findings } else { outcome }
}

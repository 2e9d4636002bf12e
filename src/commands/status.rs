//! `cemr status [ID…]`: one row per signatory with totals; with one ID, its goals and activities.

use std::collections::BTreeSet;

use crate::Outcome;
use crate::cli::FilterArgs;
use crate::render::layout::{self, Audience};
use crate::render::notice::Notice;
use crate::render::text::Text;
use crate::render::{Format, json, tabular, xlsx};
use crate::report::status::{SignatoryStatus, StatusReport};
use crate::report::{Filter, select_owned};
use crate::settings::Settings;

pub(crate) fn run(args: &FilterArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    let format =
        settings.format_for("status", &[Format::Table, Format::Json, Format::Csv, Format::Markdown, Format::Xlsx])?;
    settings.refuse_binary_on_terminal(format)?;
    let detail = args.ids.iter().collect::<BTreeSet<_>>().len() == 1;
    let today = settings.today;
    // Each plan's row is built on the core that read the plan, and the plan freed there.
    let (repo, rows, outcome) = super::load_report_parts(settings, &|plan, config| {
        SignatoryStatus::build(&plan, config, today, detail && args.ids.contains(&plan.id))
    })?;
    let rows = select_owned(rows, &repo.files, &repo.config, Filter { ids: &args.ids, groups: &args.groups })
        .map_err(crate::message::Failure::from)?;
    let report = StatusReport::from_rows(rows, &repo.config, today);
    let lang = settings.lang(repo.config.language);
    let errors = super::data_errors(&repo);
    if format == Format::Xlsx {
        let workbook = xlsx::status(&report, &errors, &Text::new(lang))?;
        crate::output::write_bytes(&workbook, settings.output.as_deref(), settings.force)?;
        return Ok(outcome);
    }
    let audience = Audience::of(lang, format);
    let numbers = audience.text().numbers();
    let text = if format == Format::Json {
        json::to_json(&json::WithErrors::new(&report, &errors))?
    } else {
        let notice = Notice::of(&errors, audience.text());
        let tables = layout::status(&report, &audience);
        tabular::render(format, &tables, settings.table_style(), numbers, notice.as_ref())
    };
    crate::output::write(&text, settings.output.as_deref(), settings.force)?;
    Ok(outcome)
}

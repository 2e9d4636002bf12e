//! `cemr articles`: the Charter's articles and how many signatories chose each, per group.

use crate::Outcome;
use crate::cli::FilterArgs;
use crate::render::layout::{self, Audience};
use crate::render::notice::Notice;
use crate::render::text::Text;
use crate::render::{Format, json, tabular, xlsx};
use crate::report::articles::ArticlesReport;
use crate::report::{Filter, select};
use crate::settings::Settings;

pub(crate) fn run(args: &FilterArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    let format =
        settings.format_for("articles", &[Format::Table, Format::Json, Format::Csv, Format::Markdown, Format::Xlsx])?;
    settings.refuse_binary_on_terminal(format)?;
    let (repo, outcome) = super::load_for_report(settings)?;
    let plans = select(&repo.plans, &repo.files, &repo.config, Filter { ids: &args.ids, groups: &args.groups })
        .map_err(crate::message::Failure::from)?;
    let report = ArticlesReport::build(&plans, &repo.config);
    let lang = settings.lang(repo.config.language);
    let errors = super::data_errors(&repo);
    drop(repo); // the report owns its text
    if format == Format::Xlsx {
        let workbook = xlsx::articles(&report, &errors, settings.today, &Text::new(lang))?;
        crate::output::write_bytes(&workbook, settings.output.as_deref(), settings.force)?;
        return Ok(outcome);
    }
    let audience = Audience::of(lang, format);
    let numbers = audience.text().numbers();
    let text = if format == Format::Json {
        json::to_json(&json::WithErrors::new(&report, &errors))?
    } else {
        let notice = Notice::of(&errors, audience.text());
        let tables = layout::articles(&report, &audience);
        tabular::render(format, &tables, settings.table_style(), numbers, notice.as_ref())
    };
    crate::output::write(&text, settings.output.as_deref(), settings.force)?;
    Ok(outcome)
}

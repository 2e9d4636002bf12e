//! `cemr summary [--quarter 2026Q3]`: the quarterly summary for political leadership.

use crate::Outcome;
use crate::cli::SummaryArgs;
use crate::render::notice::Notice;
use crate::render::summary_text::SummaryText;
use crate::render::text::Text;
use crate::render::{Format, json, summary_html, summary_markdown, xlsx};
use crate::report::quarter::Quarter;
use crate::report::summary::{SummaryPart, SummaryReport};
use crate::report::{Filter, select_owned};
use crate::settings::Settings;

pub(crate) fn run(args: &SummaryArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    let format = settings.format_for("summary", &[Format::Markdown, Format::Html, Format::Json, Format::Xlsx])?;
    settings.refuse_binary_on_terminal(format)?;
    let quarter = match &args.quarter {
        Some(text) => text.parse::<Quarter>().map_err(crate::message::Failure::from)?,
        None => Quarter::last_finished(settings.today),
    };
    let Some(as_of) = quarter.as_of(settings.today) else {
        let message = crate::message::msg::quarter_not_begun(quarter.to_string(), settings.today);
        return Err(crate::message::Failure::new(message).into());
    };
    let quarters = usize::from(args.quarters);
    // Each signatory's share is made on the core that read its plan, and the plan freed there.
    let (repo, parts, outcome) = super::load_report_parts(settings, &|plan, config| {
        SummaryPart::of(&plan, &config.rules, quarter, as_of, quarters)
    })?;
    let filter = Filter { ids: &args.filter.ids, groups: &args.filter.groups };
    let parts = select_owned(parts, &repo.files, &repo.config, filter).map_err(crate::message::Failure::from)?;
    let report = SummaryReport::from_parts(&parts, &repo.config, quarter, as_of, quarters);
    let lang = settings.lang(repo.config.language);
    let errors = super::data_errors(&repo);
    if format == Format::Xlsx {
        let workbook = xlsx::summary(&report, &errors, &Text::new(lang))?;
        crate::output::write_bytes(&workbook, settings.output.as_deref(), settings.force)?;
        return Ok(outcome);
    }
    let words = SummaryText::new(Text::new(lang));
    let notice = Notice::of(&errors, &Text::new(lang));
    let pieces = match format {
        Format::Json => vec![json::to_json(&json::WithErrors::new(&report, &errors))?],
        Format::Html => summary_html::render(&report, &words, notice.as_ref()),
        _ => summary_markdown::render(&report, &words, notice.as_ref()),
    };
    crate::output::write_pieces(&pieces, settings.output.as_deref(), settings.force)?;
    Ok(outcome)
}

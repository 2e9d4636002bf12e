//! `cemr diff [BASE [HEAD]]`: what changed in the plans between two git revisions, in plan terms.

use crate::Outcome;
use crate::cli::DiffArgs;
use crate::render::{Format, diff, json};
use crate::repo;
use crate::report::diff::PlanDiff;
use crate::settings::Settings;

pub(crate) fn run(args: &DiffArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    let format = settings.format_for("diff", &[Format::Human, Format::Markdown, Format::Json])?;
    let root = settings.repo_root()?;
    let config = repo::load_config(&root)?;
    let base = args.base.as_deref().unwrap_or("HEAD");
    let head = args.head.as_deref();
    let files = repo::git::changed_plan_files(&root, &config.plans, base, head)?;
    let report = PlanDiff::build(&files, &config, (base, head), settings.today);
    let lang = settings.lang(config.language);
    let text = match format {
        Format::Json => json::diff(&report, &crate::render::text::Text::new(lang))?,
        Format::Markdown => diff::markdown(&report, lang),
        _ => diff::human(&report, lang),
    };
    crate::output::write(&text, settings.output.as_deref(), settings.force)?;
    // A file that cannot be read after the change is an error in the plans (exit 1).
    Ok(if report.head_unreadable() { Outcome::Findings } else { Outcome::Clean })
}

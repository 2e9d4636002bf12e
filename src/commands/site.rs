//! `cemr site [-o DIR]`: the public site of the repository as of `--today` (SPEC §10), written
//! whole to `DIR` (default: `site/` in the repository's root).

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::Outcome;
use crate::message::msg;
use crate::render::site;
use crate::render::text::Text;
use crate::report::site::SiteReport;
use crate::settings::Settings;

pub(crate) fn run(settings: &Settings) -> anyhow::Result<Outcome> {
    let (mut repo, outcome) = super::load_for_report(settings)?;
    let plans: Vec<&crate::model::Plan> = {
        let mut plans: Vec<_> = repo.plans.iter().collect();
        plans.sort_by(|a, b| (a.id.as_str(), a.file.as_str()).cmp(&(b.id.as_str(), b.file.as_str())));
        plans
    };
    let report = SiteReport::build(&plans, &repo.config, settings.today);
    // The plans are in the report now: their memory is reused for the pages.
    drop(plans);
    repo.plans = Vec::new();
    let text = Text::new(settings.lang(repo.config.language));
    let dir = settings.output.clone().unwrap_or_else(|| repo.root.join("site"));
    let out = crate::output::NewSite::begin(&dir, settings.force)?;
    let pages = AtomicUsize::new(0);
    let write = |path: &str, pieces: &[&[u8]]| {
        if std::path::Path::new(path).extension().is_some_and(|e| e == "html") {
            pages.fetch_add(1, Ordering::Relaxed);
        }
        out.write(path, pieces)
    };
    site::render(&report, text, &repo.name(), &write).map_err(|e| out.failed(e))?;
    out.finish()?;
    if !settings.quiet {
        let line = text.get(&msg::site_written(pages.into_inner(), dir.display().to_string()));
        crate::output::message(&crate::render::escape::terminal(&line));
    }
    Ok(outcome)
}

//! `cemr site [-o DIR]`: the public site of the repository as of `--today` (SPEC §10), written
//! whole to `DIR` (default: `site/` in the repository's root).

use crate::Outcome;
use crate::message::msg;
use crate::render::site;
use crate::render::text::Text;
use crate::report::site::SiteReport;
use crate::settings::Settings;

pub(crate) fn run(settings: &Settings) -> anyhow::Result<Outcome> {
    let (repo, outcome) = super::load_for_report(settings)?;
    let plans: Vec<&crate::model::Plan> = {
        let mut plans: Vec<_> = repo.plans.iter().collect();
        plans.sort_by(|a, b| (a.id.as_str(), a.file.as_str()).cmp(&(b.id.as_str(), b.file.as_str())));
        plans
    };
    let report = SiteReport::build(&plans, &repo.config, settings.today);
    let text = Text::new(settings.lang(repo.config.language));
    let files = site::render(&report, text, &repo.name());
    let dir = settings.output.clone().unwrap_or_else(|| repo.root.join("site"));
    crate::output::write_site(&dir, files.iter().map(|f| (f.path.as_str(), f.content.as_bytes())), settings.force)?;
    if !settings.quiet {
        let pages =
            files.iter().filter(|f| std::path::Path::new(&f.path).extension().is_some_and(|e| e == "html")).count();
        let line = text.get(&msg::site_written(pages, dir.display().to_string()));
        crate::output::message(&crate::render::escape::terminal(&line));
    }
    Ok(outcome)
}

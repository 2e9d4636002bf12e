//! `cemr site [-o DIR]`: the public site of the repository as of `--today` (SPEC §10), written
//! whole to `DIR` (default: `site/` in the repository's root).

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::Outcome;
use crate::message::msg;
use crate::render::site;
use crate::render::text::Text;
use crate::report::site::{SitePart, SiteReport};
use crate::settings::Settings;

pub(crate) fn run(settings: &Settings) -> anyhow::Result<Outcome> {
    let root = settings.repo_root()?;
    let config = crate::repo::load_config(&root)?;
    let text = Text::new(settings.lang(config.language));
    let site = site::Site::new(&text, &config, settings.today);
    let dir = settings.output.clone().unwrap_or_else(|| root.join("site"));
    let out = crate::output::NewSite::begin(&dir, settings.force)?;
    let pages = AtomicUsize::new(0);
    let write = |path: &str, pieces: &[&[u8]]| {
        if std::path::Path::new(path).extension().is_some_and(|e| e == "html") {
            pages.fetch_add(1, Ordering::Relaxed);
        }
        out.write(path, pieces)
    };
    // Each signatory's part is made and its page written on the core that read its plan; the
    // plan and the page's content are freed there.
    let (repo, parts, outcome) = super::load_report_parts(settings, &|plan, config| {
        let part = SitePart::of(&plan, config, settings.today);
        drop(plan);
        site.signatory_page(&part, &write).map(|()| part.without_page())
    })?;
    let parts = parts.into_iter().collect::<std::io::Result<Vec<_>>>().map_err(|e| out.failed(e))?;
    let report = SiteReport::from_parts(parts, &repo.config, settings.today);
    site.render(&report, &repo.name(), &write).map_err(|e| out.failed(e))?;
    out.finish()?;
    // The process ends next, and its memory with it: freeing the report's allocations one by
    // one would keep a core busy for nothing.
    std::mem::forget(report);
    if !settings.quiet {
        let line = text.get(&msg::site_written(pages.into_inner(), dir.display().to_string()));
        crate::output::message(&crate::render::escape::terminal(&line));
    }
    Ok(outcome)
}

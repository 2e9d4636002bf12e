//! `cemr validate [PATH…]`: every finding in the plans and `cemr.toml`, in one run.

use std::collections::BTreeSet;
use std::path::Path;

use crate::message::{Failure, OrFail as _, msg};

use crate::Outcome;
use crate::cli::ValidateArgs;
use crate::diag::{Counts, Diagnostic, Severity};
use crate::render::text::Text;
use crate::render::{Format, diagnostics, github, json};
use crate::repo::{self, Repo};
use crate::settings::Settings;

/// Where the repository's settings are, relative to its root.
const CONFIG_FILE: &str = "cemr.toml";

pub(crate) fn run(args: &ValidateArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    let format = settings.format_for("validate", &[Format::Human, Format::Json, Format::Github])?;
    let root = settings.repo_root()?;
    // validate shows findings only: each plan is dropped on the core that checked it.
    let (repo, _) = repo::load_parts(&root, &settings.checks(), &|_, _| ())?;
    let scope = scope(&repo, &args.paths, settings)?;
    // cemr.toml is checked in every run (SPEC §3: the named plan files "and cemr.toml").
    let in_scope = |file: &str| {
        file == CONFIG_FILE
            || scope.as_ref().is_none_or(|s| s.iter().any(|p| file == p || file.starts_with(&format!("{p}/"))))
    };
    let mut found: Vec<Diagnostic> = repo.diagnostics.iter().filter(|d| in_scope(&d.file)).cloned().collect();
    if args.strict {
        for d in &mut found {
            d.severity = Severity::Error;
        }
    }
    let files = repo.files.iter().filter(|f| in_scope(f)).count();
    let words = Text::new(settings.lang(repo.config.language));
    let text = match format {
        Format::Json => json::validate(&found, files, &words)?,
        Format::Github => {
            let changed = match &args.base {
                Some(base) => {
                    Some(repo::git::changed_paths(&root, base).or_fail(|| msg::validate_base(base.as_str()))?)
                }
                None => None,
            };
            if let Some(path) = &settings.step_summary {
                let closing = diagnostics::closing_line(&found, files, &words);
                crate::output::append(path, &github::step_summary(&found, &closing, &words))?;
            }
            github::annotations(&found, changed.as_ref(), &words)
        }
        _ => human(&repo, &found, files, settings, &words),
    };
    crate::output::write(&text, settings.output.as_deref(), settings.force)?;
    Ok(if Counts::of(&found).errors > 0 { Outcome::Findings } else { Outcome::Clean })
}

fn human(repo: &Repo, found: &[Diagnostic], files: usize, settings: &Settings, words: &Text) -> String {
    if settings.quiet {
        // Quiet: the findings only, without the closing count line.
        let mut out = diagnostics::findings(found, &|p| repo.source(p), settings.color, words);
        out.pop(); // one line end after the last finding, not a blank line
        return out;
    }
    diagnostics::render(found, &|p| repo.source(p), files, settings.color, words)
}

/// The repository paths named on the command line (`None`: everything). A relative path is
/// looked up from `-C DIR` (like `git -C`), then the current folder, then the root; the first
/// that exists inside the repository wins.
fn scope(repo: &Repo, paths: &[std::path::PathBuf], settings: &Settings) -> anyhow::Result<Option<BTreeSet<String>>> {
    if paths.is_empty() {
        return Ok(None);
    }
    let root = repo.root.canonicalize().unwrap_or_else(|_| repo.root.clone());
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut out = BTreeSet::new();
    for path in paths {
        let candidates = [settings.start.join(path), cwd.join(path), repo.root.join(path)];
        let existing: Vec<_> = candidates.iter().filter_map(|c| c.canonicalize().ok()).collect();
        if existing.is_empty() {
            return Err(Failure::new(msg::validate_no_such_path(path.display().to_string())).into());
        }
        let Some(rel) = existing.iter().find_map(|found| found.strip_prefix(&root).ok()) else {
            let (path, root) = (path.display().to_string(), repo.root.display().to_string());
            return Err(Failure::new(msg::validate_path_outside(path, root)).into());
        };
        if rel.as_os_str().is_empty() {
            // The repository itself: everything.
            return Ok(None);
        }
        out.insert(to_repo_path(rel));
    }
    Ok(Some(out))
}

fn to_repo_path(rel: &Path) -> String {
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

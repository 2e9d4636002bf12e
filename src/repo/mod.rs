//! Loading a plan repository: `cemr.toml`, every plan file under `plans/`, never stopping at a bad file.

pub mod discover;
mod encoding;
pub mod git;
pub mod path;
pub mod source;
mod walk;

use std::path::{Path, PathBuf};

pub use source::SourceFile;

use crate::diag::{Code, Diagnostic};
use crate::message::{Failure, Message, msg};
use crate::model::Plan;
use crate::model::config::{RepoConfig, parse_config};
use crate::model::id::{is_valid_id, suggest_id};
use crate::model::parse::{PlanLocation, Readable, read_plan_text};

/// The rules run on what was read. `check::Checks` is the one implementation; `repo` only
/// calls it, so that reading files does not depend on the rules.
pub trait Checker: Sync {
    /// The findings inside one parsed plan.
    fn plan(&self, plan: &Plan, config: &RepoConfig) -> Vec<Diagnostic>;
    /// The findings across files, given each parsed plan's (id, file).
    fn across(&self, plans: &[(&str, &str)]) -> Vec<Diagnostic>;
    /// The findings in the settings that reading them cannot make (`file` is `cemr.toml`).
    fn config(&self, config: &RepoConfig, file: &str) -> Vec<Diagnostic>;
}

/// Plan files larger than this are not read (SPEC §6).
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// Why a repository could not be used at all (exit 2): no repository found, or a `cemr.toml`
/// that cannot be read or is not valid TOML.
pub type RepoError = Failure;

/// No folder with `cemr.toml` or `plans/` at or above `start`.
#[must_use]
pub fn not_found(start: &Path) -> RepoError {
    Failure::new(msg::repo_not_found(start.display().to_string()))
}

/// The folder named with `-C` has neither `cemr.toml` nor `plans/`.
#[must_use]
pub fn not_a_repository(dir: &Path) -> RepoError {
    Failure::new(msg::repo_not_a_repository(dir.display().to_string()))
}

/// A loaded repository: settings, plans, and every finding of loading and checking.
#[derive(Debug)]
pub struct Repo {
    pub root: PathBuf,
    pub config: RepoConfig,
    /// Plans that could be parsed, sorted by file path (none when loaded with [`load_parts`]).
    pub plans: Vec<Plan>,
    /// Every finding, positions resolved, sorted (file, line, column).
    pub diagnostics: Vec<Diagnostic>,
    /// The texts of files with findings, for rendering snippets; sorted by path. (Texts of
    /// clean files are dropped after parsing, to keep memory near the repository's size.)
    pub sources: Vec<SourceFile>,
    /// Every plan file found (readable or not), repository-relative, sorted.
    pub files: Vec<String>,
    /// The plan files reports leave out, because they could not be read in full (sorted).
    pub left_out: Vec<String>,
}

impl Repo {
    /// The source of a repository path, for snippets.
    #[must_use]
    pub fn source(&self, path: &str) -> Option<&SourceFile> {
        self.sources.binary_search_by(|s| s.path.as_str().cmp(path)).ok().and_then(|i| self.sources.get(i))
    }

    #[must_use]
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The repository's name: `[repository] name`, else the name of its folder.
    #[must_use]
    pub fn name(&self) -> String {
        if let Some(name) = &self.config.name {
            return name.clone();
        }
        let root = self.root.canonicalize().unwrap_or_else(|_| self.root.clone());
        root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
    }
}

/// Reads `cemr.toml` (if any) and every plan file, parses them, checks them with `checker`, and
/// keeps the plans.
///
/// # Errors
/// When `cemr.toml` cannot be read or parsed.
pub fn load(root: &Path, checker: &dyn Checker) -> Result<Repo, RepoError> {
    let (mut repo, plans) = load_parts(root, checker, &|plan, _| plan)?;
    repo.plans = plans;
    Ok(repo)
}

/// [`load`], turning each plan that parsed into `part(plan)` on the core that read it, so that
/// the plan is freed there (memory the next file reuses). Returns the parts in file order;
/// `Repo::plans` is empty. `validate`, which needs only the findings, keeps nothing (`()`).
///
/// # Errors
/// When `cemr.toml` cannot be read or parsed.
pub fn load_parts<R: Send>(
    root: &Path,
    checker: &dyn Checker,
    part: &(dyn Fn(Plan, &RepoConfig) -> R + Sync),
) -> Result<(Repo, Vec<R>), RepoError> {
    let (config, mut diagnostics, config_source) = read_config(root)?;
    if let Some(source) = &config_source {
        diagnostics.extend(checker.config(&config, &source.path));
    }
    let plans_dir = root.join(&config.plans);
    let walked = walk::plan_files(root, &plans_dir, &config.plans);
    diagnostics.extend(walked.diagnostics);

    let results = crate::parallel::map(&walked.files, |file| {
        let (source, plan, diagnostics) = read_and_parse(file, &config, checker);
        (source, plan.map(|plan| part(plan, &config)), diagnostics)
    });
    let mut parts = Vec::with_capacity(results.len());
    let mut sources = Vec::new();
    let mut parsed: Vec<(&str, &str)> = Vec::with_capacity(results.len());
    let mut left_out = Vec::new();
    for (file, (source, part, diags)) in walked.files.iter().zip(results) {
        diagnostics.extend(diags);
        sources.extend(source);
        if let Some(part) = part {
            parts.push(part);
            parsed.push((&file.id, &file.display));
        } else {
            left_out.push(file.display.clone());
        }
    }
    if walked.files.is_empty() && !walked.unusable_folder {
        diagnostics.push(Diagnostic::new(
            Code::NoPlanFiles,
            &config.plans,
            None,
            msg::diag_no_plan_files(&config.plans),
        ));
    }
    diagnostics.extend(checker.across(&parsed));
    if let Some(source) = config_source {
        source.resolve(&mut diagnostics);
        sources.push(source);
    }
    sources.sort_by(|a, b| a.path.cmp(&b.path));
    Diagnostic::sort(&mut diagnostics);
    let files = walked.files.iter().map(|f| f.display.clone()).collect();
    let repo = Repo { root: root.to_path_buf(), config, plans: Vec::new(), diagnostics, sources, files, left_out };
    Ok((repo, parts))
}

/// Only `cemr.toml` (the defaults when there is none), for commands that do not load the plans.
///
/// # Errors
/// When `cemr.toml` cannot be read or parsed.
pub fn load_config(root: &Path) -> Result<RepoConfig, RepoError> {
    read_config(root).map(|(config, _, _)| config)
}

type ConfigRead = (RepoConfig, Vec<Diagnostic>, Option<SourceFile>);

fn read_config(root: &Path) -> Result<ConfigRead, RepoError> {
    let path = root.join("cemr.toml");
    if !path.exists() {
        return Ok((RepoConfig::default(), Vec::new(), None));
    }
    let fail = |reason: Message| Failure::new(msg::config_unusable(path.display().to_string(), reason));
    // The same bounds as plan files: a regular file inside the repository (a FIFO would
    // block the read; a link out of the repository would read someone else's file).
    let inside = match (path.canonicalize(), root.canonicalize()) {
        (Ok(target), Ok(root)) => target.starts_with(root),
        _ => false,
    };
    if !inside {
        return Err(fail(msg::config_link_outside()));
    }
    if !path.metadata().is_ok_and(|m| m.is_file()) {
        return Err(fail(msg::config_not_regular()));
    }
    let bytes = walk::read_limited(&path).map_err(|e| fail(walk::io_kind(e.kind())))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(msg::config_too_large()));
    }
    let text = String::from_utf8(bytes).map_err(|_| fail(msg::config_not_utf8()))?;
    let source = SourceFile::new("cemr.toml".to_owned(), text);
    match parse_config(&source.text, &source.path) {
        Ok((config, diags)) => Ok((config, diags, Some(source))),
        Err(mut diags) => {
            source.resolve(&mut diags);
            // The first syntax error: the one to fix first, and often the cause of the others.
            let first = diags
                .first()
                .map_or_else(msg::config_not_toml, |d| msg::config_error_at(d.column, d.line, d.message.clone()));
            Err(fail(first))
        }
    }
}

/// One file read, parsed and checked: its text when it has findings to show, the plan when it
/// parsed, and the findings.
type Parsed = (Option<SourceFile>, Option<Plan>, Vec<Diagnostic>);

/// Reads, parses and checks one file; positions are resolved here, and the text is kept only
/// when there is something to show from it.
fn read_and_parse(file: &walk::PlanFile, config: &RepoConfig, checker: &dyn Checker) -> Parsed {
    let mut diagnostics = Vec::new();
    if !is_valid_id(&file.id) {
        diagnostics.push(
            Diagnostic::new(Code::InvalidFileName, &file.display, None, msg::diag_invalid_file_name(&file.id))
                .with_help(msg::diag_invalid_file_name_help(suggest_id(&file.id))),
        );
    }
    let source = match walk::read_text(file) {
        Ok((source, encoding)) => {
            diagnostics.extend(encoding);
            source
        }
        Err(d) => {
            diagnostics.push(*d);
            return (None, None, diagnostics);
        }
    };
    let location = PlanLocation { id: &file.id, file: &file.display, folder_groups: &file.groups };
    let (plan, readable, diags) = read_plan_text(&source.text, &location);
    diagnostics.extend(diags);
    // The checks run on what could be read of a file with syntax errors too: every finding in
    // one run. Reports take plans with every line read: a value that could not be read is left
    // out, as one of the wrong type is.
    diagnostics.extend(checker.plan(&plan, config));
    crate::diag::cap_per_file(&mut diagnostics, &file.display);
    source.resolve(&mut diagnostics);
    let source = (!diagnostics.is_empty()).then_some(source);
    let plan = (readable != Readable::Partly).then(|| plan.for_reports());
    (source, plan, diagnostics)
}

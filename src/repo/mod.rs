//! Loading a plan repository: `cemr.toml`, every plan file under `plans/`, never stopping at a bad file.

pub mod discover;
pub mod git;
pub mod path;
pub mod source;
mod walk;

use std::path::{Path, PathBuf};

pub use source::SourceFile;

use crate::check;
use crate::diag::{Code, Diagnostic};
use crate::model::Plan;
use crate::model::config::{RepoConfig, parse_config};
use crate::model::id::{is_valid_id, suggest_id};
use crate::model::parse::{PlanLocation, parse_plan};

/// Plan files larger than this are not read (SPEC §6).
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// Why a repository could not be used at all (exit 2).
#[derive(Debug)]
pub enum RepoError {
    /// No folder with `cemr.toml` or `plans/` at or above this one.
    NotFound(PathBuf),
    /// `cemr.toml` could not be read or is not valid TOML.
    Config { path: PathBuf, detail: String },
}

impl std::fmt::Display for RepoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(start) => write!(
                f,
                "no plan repository found at or above {}: a repository has a cemr.toml or a plans/ folder (use -C DIR, or `cemr init`)",
                start.display()
            ),
            Self::Config { path, detail } => write!(f, "cannot use {}: {detail}", path.display()),
        }
    }
}

impl std::error::Error for RepoError {}

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
}

/// Reads `cemr.toml` (if any) and every plan file, parses and checks them, and keeps the plans.
/// `today` is the as-of date (`--today`); `now` is the real current date, for `date-in-future`.
///
/// # Errors
/// When `cemr.toml` cannot be read or parsed.
pub fn load(root: &Path, today: chrono::NaiveDate, now: chrono::NaiveDate) -> Result<Repo, RepoError> {
    let (mut repo, plans) = load_parts(root, today, now, &|plan, _| plan)?;
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
    today: chrono::NaiveDate,
    now: chrono::NaiveDate,
    part: &(dyn Fn(Plan, &RepoConfig) -> R + Sync),
) -> Result<(Repo, Vec<R>), RepoError> {
    let (config, mut diagnostics, config_source) = read_config(root)?;
    let plans_dir = root.join(&config.plans);
    let walked = walk::plan_files(root, &plans_dir, &config.plans);
    diagnostics.extend(walked.diagnostics);

    let context = check::Context { config: &config, today, now };
    let results = crate::parallel::map(&walked.files, |file| {
        let (source, plan, diagnostics) = read_and_parse(file, &context);
        (source, plan.map(|plan| part(plan, &config)), diagnostics)
    });
    let mut parts = Vec::with_capacity(results.len());
    let mut sources = Vec::new();
    let mut parsed: Vec<(&str, &str)> = Vec::with_capacity(results.len());
    for (file, (source, part, diags)) in walked.files.iter().zip(results) {
        diagnostics.extend(diags);
        sources.extend(source);
        if let Some(part) = part {
            parts.push(part);
            parsed.push((&file.id, &file.display));
        }
    }
    if walked.files.is_empty() {
        diagnostics.push(Diagnostic::new(
            Code::NoPlanFiles,
            &config.plans,
            None,
            format!("no plan files (*.toml) under {}/; nothing was checked", config.plans),
        ));
    }
    diagnostics.extend(check::run_repo(&parsed));
    if let Some(source) = config_source {
        source.resolve(&mut diagnostics);
        sources.push(source);
    }
    sources.sort_by(|a, b| a.path.cmp(&b.path));
    Diagnostic::sort(&mut diagnostics);
    let files = walked.files.iter().map(|f| f.display.clone()).collect();
    let repo = Repo { root: root.to_path_buf(), config, plans: Vec::new(), diagnostics, sources, files };
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
    let fail = |detail: String| RepoError::Config { path: path.clone(), detail };
    // The same bounds as plan files: a regular file inside the repository (a FIFO would
    // block the read; a link out of the repository would read someone else's file).
    let inside = match (path.canonicalize(), root.canonicalize()) {
        (Ok(target), Ok(root)) => target.starts_with(root),
        _ => false,
    };
    if !inside {
        return Err(fail("it is a link that leads outside the repository".to_owned()));
    }
    if !path.metadata().is_ok_and(|m| m.is_file()) {
        return Err(fail("it is not a regular file".to_owned()));
    }
    let bytes = walk::read_limited(&path).map_err(|e| fail(e.to_string()))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail("the file is larger than 10 MiB".to_owned()));
    }
    let text = String::from_utf8(bytes).map_err(|_| fail("not valid UTF-8".to_owned()))?;
    let source = SourceFile::new("cemr.toml".to_owned(), text);
    match parse_config(&source.text, &source.path) {
        Ok((config, diags)) => Ok((config, diags, Some(source))),
        Err(mut diags) => {
            source.resolve(&mut diags);
            let detail = diags
                .iter()
                .map(|d| format!("line {}, column {}: {}", d.line, d.column, d.message))
                .collect::<Vec<_>>()
                .join("; ");
            Err(fail(detail))
        }
    }
}

/// One file read, parsed and checked: its text when it has findings to show, the plan when it
/// parsed, and the findings.
type Parsed = (Option<SourceFile>, Option<Plan>, Vec<Diagnostic>);

/// Reads, parses and checks one file; positions are resolved here, and the text is kept only
/// when there is something to show from it.
fn read_and_parse(file: &walk::PlanFile, context: &check::Context<'_>) -> Parsed {
    let mut diagnostics = Vec::new();
    if !is_valid_id(&file.id) {
        diagnostics.push(
            Diagnostic::new(
                Code::InvalidFileName,
                &file.display,
                None,
                format!(
                    "`{}` is not a valid id: use lowercase ASCII letters, digits and -",
                    crate::render::escape::terminal(&file.id)
                ),
            )
            .with_help(format!("rename the file to {}.toml", suggest_id(&file.id))),
        );
    }
    let source = match walk::read_text(file) {
        Ok(source) => source,
        Err(d) => {
            diagnostics.push(*d);
            return (None, None, diagnostics);
        }
    };
    let location = PlanLocation { id: &file.id, file: &file.display, folder_groups: &file.groups };
    let (plan, diags) = parse_plan(&source.text, &location);
    diagnostics.extend(diags);
    if let Some(plan) = &plan {
        diagnostics.extend(check::run_plan(plan, context));
    }
    source.resolve(&mut diagnostics);
    let source = (!diagnostics.is_empty()).then_some(source);
    (source, plan, diagnostics)
}

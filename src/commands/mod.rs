//! One function per subcommand: load → compute → render → write. Glue only.

mod articles;
mod completions;
mod deadlines;
mod diff;
mod explain;
mod init;
mod new;
mod record;
mod schema;
mod site;
mod status;
mod summary;
mod validate;

use crate::Outcome;
use crate::cli::Command;
use crate::message::Lang;
use crate::model::ActivityStatus;
use crate::render::diagnostics;
use crate::repo::{self, Repo};
use crate::settings::Settings;

/// The language of human output for commands that may run without loading the plans: the
/// `--lang` flag, else the repository's `language` (if there is a readable `cemr.toml`), else
/// the locale settings.
pub(crate) fn output_lang(settings: &Settings) -> Lang {
    let configured = settings.repo_root().ok().and_then(|root| repo::load_config(&root).ok()).and_then(|c| c.language);
    settings.lang(configured)
}

impl Settings {
    /// The rules every loading command runs, as of `--today`, with the real date for
    /// `date-in-future`.
    pub(crate) fn checks(&self) -> crate::check::Checks {
        crate::check::Checks { today: self.today, now: self.now }
    }
}

/// Runs one subcommand.
///
/// # Errors
/// When the command could not run (exit 2).
pub(crate) fn dispatch(command: Command, settings: &Settings) -> anyhow::Result<Outcome> {
    match command {
        Command::Validate(args) => validate::run(&args, settings),
        Command::Diff(args) => diff::run(&args, settings),
        Command::New(args) => new::run(&args, settings),
        Command::Init(args) => init::run(&args, settings),
        Command::Explain(args) => explain::run(&args, settings),
        Command::Schema => schema::run(settings),
        Command::Status(args) => status::run(&args, settings),
        Command::Deadlines(args) => deadlines::run(&args, settings),
        Command::Articles(args) => articles::run(&args, settings),
        Command::Done(args) => record::activity(&args, ActivityStatus::Done, settings),
        Command::Cancel(args) => record::activity(&args, ActivityStatus::Cancelled, settings),
        Command::Start(args) => record::activity(&args, ActivityStatus::Ongoing, settings),
        Command::Measure(args) => record::measure(&args, settings),
        Command::Adopt(args) => record::adopt(&args, settings),
        Command::Report(args) => record::report(&args, settings),
        Command::Sign(args) => record::sign(&args, settings),
        Command::Completions(args) => completions::run(&args, settings),
        Command::Man => completions::man(settings),
        Command::Summary(args) => summary::run(&args, settings),
        Command::Site => site::run(settings),
    }
}

/// The errors in the plans a report is made from, for its notice and its JSON.
pub(crate) fn data_errors(repo: &Repo) -> crate::report::errors::DataErrors {
    crate::report::errors::DataErrors::of(&repo.diagnostics, &repo.left_out)
}

/// Loads the repository for a command that lists or reports on plans: errors in the plans are
/// printed to stderr (the output stays one clean document), and the caller exits 1.
pub(crate) fn load_for_report(settings: &Settings) -> anyhow::Result<(Repo, Outcome)> {
    let (mut repo, plans, outcome) = load_report_parts(settings, &|plan, _| plan)?;
    repo.plans = plans;
    Ok((repo, outcome))
}

/// [`load_for_report`] for a report made of per-plan parts: `part` turns each plan into its
/// part on the core that read it, and the plan is freed there (see `repo::load_parts`).
pub(crate) fn load_report_parts<R: Send>(
    settings: &Settings,
    part: &(dyn Fn(crate::model::Plan, &crate::model::config::RepoConfig) -> R + Sync),
) -> anyhow::Result<(Repo, Vec<R>, Outcome)> {
    let root = settings.repo_root()?;
    let (repo, parts) = repo::load_parts(&root, &settings.checks(), part)?;
    let errors: Vec<_> = repo.diagnostics.iter().filter(|d| d.is_error()).cloned().collect();
    if errors.is_empty() {
        return Ok((repo, parts, Outcome::Clean));
    }
    let words = crate::render::text::Text::new(settings.lang(repo.config.language));
    let text = diagnostics::render(&errors, &|path| repo.source(path), repo.files.len(), settings.color_stderr, &words);
    crate::output::message(text.trim_end());
    let line = words.get(&crate::message::msg::failure_line(words.get(&crate::message::msg::plans_have_errors())));
    crate::output::message(&crate::render::escape::terminal(&line));
    Ok((repo, parts, Outcome::Findings))
}

//! `cemr done|cancel|start|measure|adopt|report|sign`: one edit to one plan file, and one line
//! on stderr saying what changed. Glue only: the editing is in `crate::edit`.

use crate::Outcome;
use crate::cli::{ActivityArgs, AdoptArgs, MeasureArgs, ReportArgs, SignArgs};
use crate::edit::{self, Dates, Edit, Ended};
use crate::message::msg;
use crate::model::ActivityStatus;
use crate::output::message;
use crate::render::diagnostics;
use crate::render::escape::terminal;
use crate::render::text::Text;
use crate::repo;
use crate::settings::Settings;

pub(crate) fn activity(args: &ActivityArgs, status: ActivityStatus, settings: &Settings) -> anyhow::Result<Outcome> {
    let date = args.date.unwrap_or(settings.today);
    run(&args.id, &Edit::Activity { activity: args.activity.clone(), status, date }, settings)
}

pub(crate) fn measure(args: &MeasureArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    // Flags that make no reading are refused once the goal is known, saying what it needs.
    let reading = edit::reading::from_flags(args.value.as_deref(), args.women.as_deref(), args.men.as_deref())?;
    run(&args.id, &Edit::Measure { goal: args.goal.clone(), date: args.date, reading }, settings)
}

pub(crate) fn adopt(args: &AdoptArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    let edit = Edit::Adopt { date: args.date, period: args.start.zip(args.end), url: args.url.clone() };
    run(&args.id, &edit, settings)
}

pub(crate) fn report(args: &ReportArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    run(&args.id, &Edit::Report { date: args.date, url: args.url.clone() }, settings)
}

pub(crate) fn sign(args: &SignArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    run(&args.id, &Edit::Sign { date: args.date }, settings)
}

fn run(id: &str, edit: &Edit, settings: &Settings) -> anyhow::Result<Outcome> {
    let root = settings.repo_root()?;
    let words = Text::new(settings.lang(repo::load_config(&root)?.language));
    let dates = Dates { today: settings.today, now: settings.now };
    match edit::run(&root, id, edit, dates, settings.force)? {
        Ended::Changed { file, summary, warnings, source } => {
            if !warnings.is_empty() {
                message(&findings(&warnings, &[source], settings, &words));
            }
            if !settings.quiet {
                message(&terminal(&words.get(&msg::edit_changed(file, summary))));
            }
            Ok(Outcome::Clean)
        }
        Ended::Unchanged { file, summary } => {
            if !settings.quiet {
                message(&terminal(&words.get(&msg::edit_unchanged(file, summary))));
            }
            Ok(Outcome::Clean)
        }
        Ended::Refused(refusal) => {
            if !refusal.diagnostics.is_empty() {
                message(&findings(&refusal.diagnostics, &refusal.sources, settings, &words));
            }
            message(&terminal(&words.get(&msg::failure_line(refusal.message))));
            Ok(Outcome::Findings)
        }
    }
}

/// Rendered findings without the closing count line (they are about one file, not a run).
fn findings(
    found: &[crate::diag::Diagnostic],
    sources: &[repo::SourceFile],
    settings: &Settings,
    words: &Text,
) -> String {
    let text = diagnostics::render(found, &|p| sources.iter().find(|s| s.path == p), 1, settings.color_stderr, words);
    text.trim_end().rsplit_once("\n\n").map_or_else(|| text.trim_end().to_owned(), |(f, _)| f.to_owned())
}

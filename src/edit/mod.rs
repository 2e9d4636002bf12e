//! Editing one plan file in place (`cemr done`, `measure`, `adopt`, …): find the file by the
//! signatory's id, apply one [`Edit`], validate the whole result with the validator's own parser
//! and checks, and write it atomically. Comments, order and layout outside the edited lines are
//! kept byte for byte. Prints nothing: the command reports what [`run`] returns.

mod decide;
mod document;
mod entry;
mod lines;
pub mod reading;

use std::path::Path;

use crate::message::{Failure, Message, OrFail as _, msg};
use chrono::NaiveDate;

use crate::check;
use crate::diag::{Code, Diagnostic, Severity};
use crate::model::parse::{PlanLocation, parse_plan};
use crate::model::{ActivityStatus, Plan, closest};
use crate::output;
use crate::repo::path::{groups_of, id_of};
use crate::repo::{Repo, SourceFile};

/// One change to a plan file.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// `done`, `cancel` (status and `finished`) or `start` (status `ongoing`, `start` if absent).
    Activity { activity: String, status: ActivityStatus, date: NaiveDate },
    /// A new measurement of a goal's indicator.
    Measure { goal: String, date: NaiveDate, reading: Reading },
    /// An adopted action plan, with the period it covers.
    Adopt { date: NaiveDate, period: Option<(NaiveDate, NaiveDate)>, url: Option<String> },
    /// A published progress report.
    Report { date: NaiveDate, url: Option<String> },
    /// The signing of the Charter.
    Sign { date: NaiveDate },
}

/// What was measured: a level, or numbers of women and men.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reading {
    Level(f64),
    Balance {
        women: u64,
        men: u64,
    },
    /// Flags that make neither (`--women` without `--men`, `--value` with them, none at all),
    /// by which were given: the goal's indicator says what is missing.
    Incomplete {
        value: bool,
        women: bool,
        men: bool,
    },
}

/// How an edit ended, when it could run (errors that stop it are `Err`, exit 2).
#[derive(Debug)]
pub enum Ended {
    /// The file was rewritten. `summary` says what changed; `warnings` are findings the change
    /// brought that were not there before.
    Changed { file: String, summary: Message, warnings: Vec<Diagnostic>, source: SourceFile },
    /// The file already says this; nothing was written.
    Unchanged { file: String, summary: Message },
    /// Refused (exit 1): the file has errors, or would have, or the edit contradicts it.
    Refused(Refusal),
}

/// Why a file was left untouched, with the findings to show (pointing into `source`).
#[derive(Debug)]
pub struct Refusal {
    pub file: String,
    pub message: Message,
    pub diagnostics: Vec<Diagnostic>,
    pub sources: Vec<SourceFile>,
}

/// The as-of date and the real date, as the validator uses them.
#[derive(Clone, Copy, Debug)]
pub struct Dates {
    pub today: NaiveDate,
    pub now: NaiveDate,
}

/// Applies `edit` to the plan file of signatory `id` in the repository at `root`, holding the
/// repository's write lock from the first read to the last write. `force` lets the edit change
/// what a finished activity records.
///
/// # Errors
/// An unknown signatory, activity or goal id, a reading that does not fit the indicator, or a
/// file that cannot be read or written (exit 2).
pub fn run(root: &Path, id: &str, edit: &Edit, dates: Dates, force: bool) -> anyhow::Result<Ended> {
    let _lock = output::RepoLock::acquire(root)?;
    let checks = check::Checks { today: dates.today, now: dates.now };
    let mut changed = None;
    for _ in 0..ATTEMPTS {
        let repo = crate::repo::load(root, &checks)?;
        match once(&repo, id, edit, dates, force) {
            Err(e) => match e.downcast::<output::ChangedMeanwhile>() {
                Ok(meanwhile) => changed = Some(meanwhile),
                Err(other) => return Err(other),
            },
            ended => return ended,
        }
    }
    let file = changed.map(|c| c.path.display().to_string()).unwrap_or_default();
    Err(Failure::new(msg::edit_changed_meanwhile(file)).into())
}

/// How often an edit starts over when the file changed between its read and its write (another
/// program saving it; every cemr waits for the lock).
const ATTEMPTS: usize = 3;

/// One read-modify-write of the plan file, against the file as it is on disk now.
fn once(repo: &Repo, id: &str, edit: &Edit, dates: Dates, force: bool) -> anyhow::Result<Ended> {
    let file = locate(repo, id)?;
    let twins: Vec<&String> = repo.files.iter().filter(|f| f.as_str() != file && id_of(f) == id).collect();
    if !twins.is_empty() {
        return Ok(Ended::Refused(Refusal {
            file: file.to_owned(),
            message: msg::edit_refuse_twins(
                format!("{file}, {}", twins.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(", ")),
                id,
            ),
            diagnostics: Vec::new(),
            sources: Vec::new(),
        }));
    }
    // The file itself, or the file a link in the repository names (so the link stays a link).
    let path = output::inside(&repo.root, &repo.root.join(file))?;
    let original = std::fs::read(&path).or_fail(|| msg::edit_cannot_read(file))?;
    let text = std::str::from_utf8(&original).or_fail(|| msg::edit_not_utf8(file))?;
    // The plan as read now, not as the repository was loaded: another program may have saved it.
    match edit_text(text, file, repo, edit, dates, force)? {
        Outcome::Ended(ended) => Ok(ended),
        Outcome::Edited { text: edited, summary, warnings, source } => {
            output::write_file(&path, edited.as_bytes(), output::Existing::Unchanged(&original))?;
            Ok(Ended::Changed { file: file.to_owned(), summary, warnings, source })
        }
    }
}

/// What an edit makes of a plan file's text.
#[derive(Debug)]
pub enum Outcome {
    /// The new text, to be written; `summary`, `warnings` and `source` as in [`Ended::Changed`].
    Edited { text: String, summary: Message, warnings: Vec<Diagnostic>, source: SourceFile },
    /// Nothing to write: [`Ended::Unchanged`] or [`Ended::Refused`].
    Ended(Ended),
}

/// Applies `edit` to `text`, the plan file at repository path `file` (reads and writes nothing:
/// [`run`] does, and the fuzz target calls this directly). The text is checked before and after
/// with the validator's parser and checks; `repo` gives the settings and the findings already
/// known.
///
/// # Errors
/// An unknown activity or goal id, or a reading that does not fit the indicator (exit 2).
pub fn edit_text(
    text: &str,
    file: &str,
    repo: &Repo,
    edit: &Edit,
    dates: Dates,
    force: bool,
) -> anyhow::Result<Outcome> {
    let refused = |refusal: Refusal| Ok(Outcome::Ended(Ended::Refused(refusal)));
    let (before, source, plan) = validate(text, file, repo, dates);
    let misnamed = repo.diagnostics.iter().filter(|d| d.file == file && d.code == Code::InvalidFileName);
    let errors: Vec<Diagnostic> = before.into_iter().chain(misnamed.cloned()).filter(Diagnostic::is_error).collect();
    let Some(plan) = plan.filter(|_| errors.is_empty()) else {
        return refused(Refusal {
            file: file.to_owned(),
            message: msg::edit_refuse_has_errors(file),
            sources: vec![source],
            diagnostics: errors,
        });
    };
    match decide::decide(&plan, edit, force)? {
        decide::Decision::Apply => {}
        decide::Decision::Unchanged(summary) => {
            return Ok(Outcome::Ended(Ended::Unchanged { file: file.to_owned(), summary }));
        }
        decide::Decision::Refuse(message) => {
            return refused(Refusal { file: file.to_owned(), message, diagnostics: Vec::new(), sources: Vec::new() });
        }
    }
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut doc: toml_edit::DocumentMut = body.parse().or_fail(|| msg::edit_cannot_edit(file))?;
    let summary = document::apply(&mut doc, edit)?;
    let edited = lines::restore(text, &doc.to_string());

    let (after, source, _) = validate(&edited, file, repo, dates);
    let new_errors: Vec<Diagnostic> = after.iter().filter(|d| d.is_error()).cloned().collect();
    if !new_errors.is_empty() {
        return refused(Refusal {
            file: file.to_owned(),
            message: msg::edit_refuse_would_have_errors(file, summary),
            diagnostics: new_errors,
            sources: vec![source],
        });
    }
    // The warnings the edit adds; one set of the old ones, so a file with many stays linear.
    let known: std::collections::BTreeSet<(&str, Code, &crate::message::Message)> =
        repo.diagnostics.iter().map(|b| (b.file.as_str(), b.code, &b.message)).collect();
    let warnings = after
        .into_iter()
        .filter(|d| d.severity == Severity::Warning)
        .filter(|d| !known.contains(&(d.file.as_str(), d.code, &d.message)))
        .collect();
    Ok(Outcome::Edited { text: edited, summary, warnings, source })
}

/// The repository path of signatory `id`'s plan file.
fn locate<'r>(repo: &'r Repo, id: &str) -> anyhow::Result<&'r str> {
    if let Some(file) = repo.files.iter().map(String::as_str).find(|f| id_of(f) == id) {
        return Ok(file);
    }
    let hint =
        closest(id, repo.files.iter().map(|f| id_of(f))).map_or_else(msg::edit_id_is_file_name, msg::diag_did_you_mean);
    Err(Failure::new(msg::edit_with_hint(hint, msg::edit_no_signatory(&repo.config.plans, id))).into())
}

/// Every finding in `text` as a plan file at `file` (the validator's parser and plan checks,
/// positions resolved), the text as a source for snippets, and the plan if it parsed.
fn validate(text: &str, file: &str, repo: &Repo, dates: Dates) -> (Vec<Diagnostic>, SourceFile, Option<Plan>) {
    let source = SourceFile::new(file.to_owned(), text.to_owned());
    let folders = groups_of(file, &repo.config.plans);
    let location = PlanLocation { id: id_of(file), file, folder_groups: &folders };
    let (parsed, mut diagnostics) = parse_plan(&source.text, &location);
    if let Some(parsed) = &parsed {
        let context = check::Context { config: &repo.config, today: dates.today, now: dates.now };
        diagnostics.extend(check::run(std::slice::from_ref(parsed), &context));
    }
    source.resolve(&mut diagnostics);
    Diagnostic::sort(&mut diagnostics);
    (diagnostics, source, parsed)
}

//! Editing one plan file in place (`cemr done`, `measure`, `adopt`, …): find the file by the
//! signatory's id, apply one [`Edit`], validate the whole result with the validator's own parser
//! and checks, and write it atomically. Comments, order and layout outside the edited lines are
//! kept byte for byte. Prints nothing: the command reports what [`run`] returns.

mod decide;
mod document;
mod entry;
mod lines;

use std::path::PathBuf;

use crate::message::{Failure, Message, OrFail as _, msg};
use chrono::NaiveDate;

use crate::check;
use crate::diag::{Code, Diagnostic, Severity};
use crate::model::parse::{PlanLocation, parse_plan};
use crate::model::{ActivityStatus, Plan, closest};
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
    Balance { women: u64, men: u64 },
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

/// Applies `edit` to the plan file of signatory `id`.
///
/// # Errors
/// An unknown signatory, activity or goal id, a reading that does not fit the indicator, or a
/// file that cannot be read or written (exit 2).
pub fn run(repo: &Repo, id: &str, edit: &Edit, dates: Dates) -> anyhow::Result<Ended> {
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
    let errors: Vec<Diagnostic> = repo.diagnostics.iter().filter(|d| d.file == file && d.is_error()).cloned().collect();
    let plan = repo.plans.iter().find(|p| p.file == file);
    let Some(plan) = plan.filter(|_| errors.is_empty()) else {
        return Ok(Ended::Refused(Refusal {
            file: file.to_owned(),
            message: msg::edit_refuse_has_errors(file),
            sources: repo.source(file).cloned().into_iter().collect(),
            diagnostics: errors,
        }));
    };
    match decide::decide(plan, edit)? {
        decide::Decision::Apply => {}
        decide::Decision::Unchanged(summary) => return Ok(Ended::Unchanged { file: file.to_owned(), summary }),
        decide::Decision::Refuse(message) => {
            let refusal = Refusal { file: file.to_owned(), message, diagnostics: Vec::new(), sources: Vec::new() };
            return Ok(Ended::Refused(refusal));
        }
    }
    let path = repo.root.join(file);
    let bytes = std::fs::read(&path).or_fail(|| msg::edit_cannot_read(file))?;
    let original = String::from_utf8(bytes).or_fail(|| msg::edit_not_utf8(file))?;
    let body = original.strip_prefix('\u{feff}').unwrap_or(&original);
    let mut doc: toml_edit::DocumentMut = body.parse().or_fail(|| msg::edit_cannot_edit(file))?;
    let summary = document::apply(&mut doc, edit)?;
    let text = lines::restore(&original, &doc.to_string());

    let (after, source) = validate(&text, file, plan, repo, dates);
    let new_errors: Vec<Diagnostic> = after.iter().filter(|d| d.is_error()).cloned().collect();
    if !new_errors.is_empty() {
        return Ok(Ended::Refused(Refusal {
            file: file.to_owned(),
            message: msg::edit_refuse_would_have_errors(file, summary),
            diagnostics: new_errors,
            sources: vec![source],
        }));
    }
    // The warnings the edit adds; one set of the old ones, so a file with many stays linear.
    let known: std::collections::BTreeSet<(&str, Code, &crate::message::Message)> =
        repo.diagnostics.iter().map(|b| (b.file.as_str(), b.code, &b.message)).collect();
    let warnings = after
        .into_iter()
        .filter(|d| d.severity == Severity::Warning)
        .filter(|d| !known.contains(&(d.file.as_str(), d.code, &d.message)))
        .collect();
    let target = write_target(path);
    let permissions = std::fs::metadata(&target).ok().map(|m| m.permissions());
    crate::output::write_file(&target, text.as_bytes(), true)?;
    // The new file replaces the old one: give it the old one's permissions.
    if let Some(permissions) = permissions {
        let _ = std::fs::set_permissions(&target, permissions);
    }
    Ok(Ended::Changed { file: file.to_owned(), summary, warnings, source })
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

/// Every finding in `text` as a plan file at `file`: the validator's parser and plan checks,
/// positions resolved.
fn validate(text: &str, file: &str, plan: &Plan, repo: &Repo, dates: Dates) -> (Vec<Diagnostic>, SourceFile) {
    let source = SourceFile::new(file.to_owned(), text.to_owned());
    let folders = groups_of(file, &repo.config.plans);
    let location = PlanLocation { id: &plan.id, file, folder_groups: &folders };
    let (parsed, mut diagnostics) = parse_plan(&source.text, &location);
    if let Some(parsed) = parsed {
        let context = check::Context { config: &repo.config, today: dates.today, now: dates.now };
        diagnostics.extend(check::run(std::slice::from_ref(&parsed), &context));
    }
    source.resolve(&mut diagnostics);
    Diagnostic::sort(&mut diagnostics);
    (diagnostics, source)
}

/// Where to write: the file a link points to (inside the repository, or it would not have been
/// read), so that the link stays a link.
fn write_target(path: PathBuf) -> PathBuf {
    if path.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink()) {
        return path.canonicalize().unwrap_or(path);
    }
    path
}

//! `cemr diff` as text: for the terminal (plan text escaped) and as Markdown (a pull-request
//! comment or `$GITHUB_STEP_SUMMARY`). The words of each change are written once, in `phrase`.

use std::fmt::Write as _;

use super::text::{Text, capitalized};
use crate::message::{Arg, Lang, msg};
use crate::report::diff::{FileChange, PlanDiff, Side, SignatoryDiff, Warning};

mod phrase;

/// How plan text, ids and paths are written for one destination.
pub(crate) struct Style {
    /// Free text from a plan file (names, titles).
    pub text: fn(&str) -> String,
    /// An id or a path: code-like.
    pub code: fn(&str) -> String,
}

fn terminal_text(s: &str) -> String {
    format!("\"{}\"", crate::render::escape::terminal(s))
}

fn terminal_code(s: &str) -> String {
    crate::render::escape::terminal(s).into_owned()
}

/// In italics, so that plan text stands apart from the sentence around it.
fn markdown_text(s: &str) -> String {
    let s = s.trim();
    if s.is_empty() { String::new() } else { format!("*{}*", crate::render::escape::markdown(s)) }
}

/// Backticks for plain ids and paths; anything else escaped as text (a backtick in a code
/// span cannot be escaped).
fn markdown_code(s: &str) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/')) {
        format!("`{s}`")
    } else {
        crate::render::escape::markdown(s)
    }
}

const TERMINAL: Style = Style { text: terminal_text, code: terminal_code };
const MARKDOWN: Style = Style { text: markdown_text, code: markdown_code };

fn head_label(diff: &PlanDiff, text: &Text, code: fn(&str) -> String) -> String {
    diff.head.as_deref().map_or_else(|| text.get(&msg::diff_working_tree()), code)
}

/// The changed signatories in alphabetical order of their names (the id where a file has no
/// readable name).
fn ordered<'a>(diff: &'a PlanDiff, text: &Text) -> Vec<&'a SignatoryDiff> {
    let mut signatories: Vec<&SignatoryDiff> = diff.signatories.iter().collect();
    text.sort_by_name(&mut signatories, |s| s.name.as_deref().unwrap_or(&s.id));
    signatories
}

/// The terminal form: a title line, then one block per signatory, warnings last.
#[must_use]
pub fn human(diff: &PlanDiff, lang: Lang) -> String {
    let style = &TERMINAL;
    let text = Text::new(lang);
    let mut out = String::new();
    let head = head_label(diff, &text, style.code);
    let _ = writeln!(out, "{}", text.get(&msg::diff_title((style.code)(&diff.base), head, diff.today.0)));
    if diff.signatories.is_empty() {
        let _ = writeln!(out, "\n{}", text.get(&msg::diff_nothing_changed()));
    }
    for s in ordered(diff, &text) {
        let _ = writeln!(out, "\n{}", signatory_heading(s, &text, style));
        for (marker, line) in lines(s, &text, style) {
            let _ = writeln!(out, "  {marker} {line}");
        }
    }
    if !diff.warnings.is_empty() {
        out.push('\n');
    }
    for w in &diff.warnings {
        let _ = writeln!(out, "{}: {}", text.get(&msg::severity_warning()), warning(w, &text, style));
    }
    out
}

/// The Markdown form: a heading, warnings as a quote, then a section per signatory.
#[must_use]
pub fn markdown(diff: &PlanDiff, lang: Lang) -> String {
    let style = &MARKDOWN;
    let text = Text::new(lang);
    let mut out = String::new();
    let head = head_label(diff, &text, style.code);
    let _ = writeln!(out, "## {}\n", text.get(&msg::diff_heading((style.code)(&diff.base), head)));
    let _ = writeln!(out, "{}\n", text.get(&msg::diff_as_of(Arg::count(diff.signatories.len()), diff.today.0)));
    for w in &diff.warnings {
        let _ = writeln!(out, "> **{}:** {}\n", text.capitalized(&msg::severity_warning()), warning(w, &text, style));
    }
    for s in ordered(diff, &text) {
        let _ = writeln!(out, "### {}\n", signatory_heading(s, &text, style));
        for (_, line) in lines(s, &text, style) {
            let _ = writeln!(out, "- {}", capitalized(&line));
        }
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// "lulea — "Luleå kommun" (plans/lulea.toml, new file)".
fn signatory_heading(s: &SignatoryDiff, text: &Text, style: &Style) -> String {
    let mut heading = (style.code)(&s.id);
    if let Some(name) = &s.name {
        let _ = write!(heading, " — {}", (style.text)(name));
    }
    let what = match s.change {
        FileChange::Added => Some(text.get(&msg::diff_file_added())),
        FileChange::Removed => Some(text.get(&msg::diff_file_removed())),
        FileChange::Moved => s.previous_file.as_deref().map(|p| text.get(&msg::diff_file_moved((style.code)(p)))),
        FileChange::Modified => None,
    };
    let file = (style.code)(&s.file);
    match what {
        Some(what) => format!("{heading} ({file}, {what})"),
        None => format!("{heading} ({file})"),
    }
}

/// The marker and sentence of each change; a note when nothing changed in plan terms.
fn lines(s: &SignatoryDiff, text: &Text, style: &Style) -> Vec<(char, String)> {
    let mut out: Vec<(char, String)> = s
        .unreadable
        .iter()
        .map(|u| {
            let reason = (style.text)(&text.get(&u.reason));
            let line = match u.side {
                Side::Base => msg::diff_unreadable_before(reason),
                Side::Head => msg::diff_unreadable_after(reason),
            };
            ('?', text.get(&line))
        })
        .collect();
    out.extend(s.changes.iter().map(|c| phrase::change(c, text, style)));
    if out.is_empty() {
        out.push(('=', text.get(&msg::diff_no_plan_change())));
    }
    out
}

fn warning(w: &Warning, text: &Text, style: &Style) -> String {
    match w {
        Warning::IdRenamed { file, item, from, to, title, .. } => text.get(&msg::diff_id_renamed(
            (style.code)(file),
            (style.code)(from),
            phrase::item(*item),
            (style.text)(title),
            (style.code)(to),
        )),
    }
}

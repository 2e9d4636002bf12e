//! `cemr diff` as text: for the terminal (plan text escaped) and as Markdown (a pull-request
//! comment or `$GITHUB_STEP_SUMMARY`). The words of each change are written once, in `phrase`.

use std::fmt::Write as _;

use crate::message::Lang;
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

fn t(lang: Lang, en: &'static str, sv: &'static str) -> &'static str {
    if lang.is_swedish() { sv } else { en }
}

fn head_label(diff: &PlanDiff, lang: Lang, code: fn(&str) -> String) -> String {
    diff.head.as_deref().map_or_else(|| t(lang, "the working tree", "arbetskatalogen").to_owned(), code)
}

/// The terminal form: a title line, then one block per signatory, warnings last.
#[must_use]
pub fn human(diff: &PlanDiff, lang: Lang) -> String {
    let style = &TERMINAL;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {} {} {} ({} {})",
        t(lang, "Plan changes from", "Ändringar i planerna från"),
        (style.code)(&diff.base),
        t(lang, "to", "till"),
        head_label(diff, lang, style.code),
        t(lang, "as of", "per"),
        diff.today
    );
    if diff.signatories.is_empty() {
        let _ = writeln!(out, "\n{}", t(lang, "No plan file changed.", "Ingen planfil har ändrats."));
    }
    for s in &diff.signatories {
        let _ = writeln!(out, "\n{}", signatory_heading(s, lang, style));
        for line in lines(s, lang, style) {
            let _ = writeln!(out, "  {} {}", line.0, line.1);
        }
    }
    if !diff.warnings.is_empty() {
        out.push('\n');
    }
    for w in &diff.warnings {
        let _ = writeln!(out, "{}: {}", t(lang, "warning", "varning"), warning(w, lang, style));
    }
    out
}

/// The Markdown form: a heading, warnings as a quote, then a section per signatory.
#[must_use]
pub fn markdown(diff: &PlanDiff, lang: Lang) -> String {
    let style = &MARKDOWN;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "## {} {} → {}\n",
        t(lang, "Plan changes:", "Ändringar i planerna:"),
        (style.code)(&diff.base),
        head_label(diff, lang, style.code)
    );
    let count = diff.signatories.len();
    let _ = writeln!(
        out,
        "{} {}. {}\n",
        t(lang, "As of", "Per"),
        diff.today,
        match (lang.is_swedish(), count) {
            (false, 0) => "No plan file changed.".to_owned(),
            (false, 1) => "1 signatory changed.".to_owned(),
            (false, n) => format!("{n} signatories changed."),
            (true, 0) => "Ingen planfil har ändrats.".to_owned(),
            (true, n) => format!("Ändringar hos {n} undertecknare."),
        }
    );
    for w in &diff.warnings {
        let _ = writeln!(out, "> **{}:** {}\n", t(lang, "Warning", "Varning"), warning(w, lang, style));
    }
    for s in &diff.signatories {
        let _ = writeln!(out, "### {}\n", signatory_heading(s, lang, style));
        for (_, text) in lines(s, lang, style) {
            let _ = writeln!(out, "- {}", capitalized(&text));
        }
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// "lulea — "Luleå kommun" (plans/lulea.toml, new file)".
fn signatory_heading(s: &SignatoryDiff, lang: Lang, style: &Style) -> String {
    let mut heading = (style.code)(&s.id);
    if let Some(name) = &s.name {
        let _ = write!(heading, " — {}", (style.text)(name));
    }
    let what = match s.change {
        FileChange::Added => Some(t(lang, "new file", "ny fil").to_owned()),
        FileChange::Removed => Some(t(lang, "file removed", "filen borttagen").to_owned()),
        FileChange::Moved => {
            s.previous_file.as_deref().map(|p| format!("{} {}", t(lang, "moved from", "flyttad från"), (style.code)(p)))
        }
        FileChange::Modified => None,
    };
    let file = (style.code)(&s.file);
    match what {
        Some(what) => format!("{heading} ({file}, {what})"),
        None => format!("{heading} ({file})"),
    }
}

/// The marker and sentence of each change; a note when nothing changed in plan terms.
fn lines(s: &SignatoryDiff, lang: Lang, style: &Style) -> Vec<(char, String)> {
    let mut out: Vec<(char, String)> = s
        .unreadable
        .iter()
        .map(|u| {
            let side = match u.side {
                Side::Base => t(lang, "the version before", "versionen före"),
                Side::Head => t(lang, "the version after", "versionen efter"),
            };
            (
                '?',
                format!(
                    "{} {side}: {}",
                    t(lang, "cannot compare", "kan inte jämföra"),
                    (style.text)(&super::text::Text::new(lang).get(&u.reason))
                ),
            )
        })
        .collect();
    out.extend(s.changes.iter().map(|c| phrase::change(c, lang, style)));
    if out.is_empty() {
        let note = t(
            lang,
            "no change in plan terms (comments or layout only)",
            "ingen ändring i sak (bara kommentarer eller layout)",
        );
        out.push(('=', note.to_owned()));
    }
    out
}

fn warning(w: &Warning, lang: Lang, style: &Style) -> String {
    match w {
        Warning::IdRenamed { file, item, from, to, title, .. } => {
            let item = phrase::item(*item, lang);
            let (file, from, to, title) =
                ((style.code)(file), (style.code)(from), (style.code)(to), (style.text)(title));
            if lang.is_swedish() {
                format!(
                    "{file}: {item} {from} togs bort och {item} {to} lades till med samma titel {title}. Ett nytt id kopplar bort historiken (det som hänvisar till {from}); är det samma {item}, behåll det gamla id:t."
                )
            } else {
                format!(
                    "{file}: {item} {from} was removed and {item} {to} added with the same title {title}. Changing an id detaches its history (what refers to {from}); if it is the same {item}, keep the old id."
                )
            }
        }
    }
}

//! Human diagnostics: `file:line:col`, the offending line and a caret, like rustc, in the output
//! language.

use std::fmt::Write as _;

use annotate_snippets::{Level, Renderer, Snippet};

use super::escape;
use super::text::Text;
use crate::diag::{Counts, Diagnostic, Severity};
use crate::message::msg;
use crate::repo::SourceFile;

/// At most this many characters of a long source line are shown before the finding, and twice
/// as many from it on: every finding costs the same, however long its line.
const CONTEXT_CHARS: usize = 60;

/// What marks the cut ends of a long line.
const CUT: &str = "...";

/// Renders every diagnostic, then a closing count line.
#[must_use]
pub fn render<'a>(
    diagnostics: &[Diagnostic],
    source_of: &dyn Fn(&str) -> Option<&'a SourceFile>,
    files: usize,
    color: bool,
    text: &Text,
) -> String {
    let mut out = findings(diagnostics, source_of, color, text);
    out.push_str(&closing_line(diagnostics, files, text));
    out.push('\n');
    out
}

/// Renders every diagnostic, each followed by a blank line; nothing when there are none.
#[must_use]
pub fn findings<'a>(
    diagnostics: &[Diagnostic],
    source_of: &dyn Fn(&str) -> Option<&'a SourceFile>,
    color: bool,
    text: &Text,
) -> String {
    let renderer = if color { Renderer::styled() } else { Renderer::plain() };
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&render_one(d, source_of(&d.file), &renderer, color, text));
        out.push_str("\n\n");
    }
    out
}

/// "checked 22 plan files: 1 error, 2 warnings", in words (not escaped).
#[must_use]
pub fn closing_line(diagnostics: &[Diagnostic], files: usize, text: &Text) -> String {
    let counts = Counts::of(diagnostics);
    text.get(&msg::validate_closing(counts.errors, files, counts.warnings))
}

/// A finding's message with its help in brackets, for one-line outputs (not escaped).
#[must_use]
pub fn one_line(d: &Diagnostic, text: &Text) -> String {
    let message = text.get(&d.message);
    match &d.help {
        Some(help) => text.get(&msg::finding_with_help(text.get(help), message)),
        None => message,
    }
}

fn render_one(d: &Diagnostic, source: Option<&SourceFile>, renderer: &Renderer, color: bool, text: &Text) -> String {
    let (level, level_word) = match d.severity {
        Severity::Error => (Level::Error, "error"),
        Severity::Warning => (Level::Warning, "warning"),
    };
    let message = escape::terminal(&text.get(&d.message)).into_owned();
    let help = d.help.as_ref().map(|h| escape::terminal(&text.get(h)).into_owned());
    // The snippet renderer writes "error" / "warning" itself; the title's first word is put in
    // the output language, and the help line is written here for the same reason.
    let localise = |rendered: String| rendered.replacen(level_word, &text.get(&d.severity.message()), 1);
    let help_line = |indent: &str, help: &str| {
        let word = escape::terminal(&text.get(&msg::finding_help())).into_owned();
        let word = if color { format!("\u{1b}[1m{word}\u{1b}[0m") } else { word };
        format!("\n{indent} = {word}: {help}")
    };
    // The location is written here, not worked out by the snippet renderer from the shown text:
    // escapes and cut ends would shift its column away from the one JSON and GitHub report.
    let arrow = if color { "\u{1b}[1m\u{1b}[94m-->\u{1b}[0m" } else { "-->" };
    let location = format!("{arrow} {}:{}:{}", escape::terminal(&d.file), d.line, d.column);
    // Indented like the snippet's gutter, which is as wide as the line number.
    let indent = " ".repeat(d.line.to_string().len());
    let mut title = level.title(&message).id(d.code.name());
    let line = source.filter(|_| d.span.is_some()).and_then(|s| Some((s.line_text(d.line), s.line_start(d.line)?)));
    let Some((line_text, line_start)) = line.filter(|(text, _)| !text.is_empty()) else {
        // About the whole file (a bad name, a file that could not be read): the location alone.
        let mut out = localise(renderer.render(title).to_string());
        let _ = write!(out, "\n{indent}{location}");
        if let Some(help) = &help {
            out.push_str(&help_line(&indent, help));
        }
        return out;
    };
    let at = d.span.map_or(0, |s| s.start.saturating_sub(line_start));
    let (raw, at) = excerpt(line_text, at);
    let mut shown = escape::terminal(&raw).into_owned();
    let span_len = d.span.map(|s| s.end.saturating_sub(s.start));
    let (start, end) = caret_range(&raw, &shown, at, span_len);
    while shown.len() < end {
        // A caret just past the end of the line (e.g. a missing value) points at a blank.
        shown.push(' ');
    }
    let snippet = Snippet::source(&shown).line_start(d.line).annotation(level.span(start..end));
    title = title.snippet(snippet);
    let drawn = localise(renderer.render(title).to_string());
    // Under the title line.
    let mut out = match drawn.split_once('\n') {
        Some((head, rest)) => format!("{head}\n{indent}{location}\n{rest}"),
        None => format!("{drawn}\n{indent}{location}"),
    };
    if let Some(help) = &help {
        out.push_str(&help_line(&indent, help));
    }
    out
}

/// The part of `line` around byte `at` (at most `CONTEXT_CHARS` characters before it), with the
/// cut ends marked, and where `at` is in it.
fn excerpt(line: &str, at: usize) -> (std::borrow::Cow<'_, str>, usize) {
    let mut at = at.min(line.len());
    while !line.is_char_boundary(at) {
        at -= 1;
    }
    let (before, after) = line.split_at(at);
    let start = before.char_indices().rev().nth(CONTEXT_CHARS - 1).map_or(0, |(i, _)| i);
    let end = after.char_indices().nth(2 * CONTEXT_CHARS).map_or(line.len(), |(i, _)| at + i);
    if start == 0 && end == line.len() {
        return (line.into(), at);
    }
    let mut out = String::with_capacity(end - start + 2 * CUT.len());
    if start > 0 {
        out.push_str(CUT);
    }
    let at = at - start + out.len();
    out.push_str(line.get(start..end).unwrap_or_default());
    if end < line.len() {
        out.push_str(CUT);
    }
    (out.into(), at)
}

/// The byte range in the escaped line that the caret covers: from byte `at` of the raw line to
/// the span's end on that line, at least one character.
fn caret_range(raw: &str, shown: &str, at: usize, span_len: Option<usize>) -> (usize, usize) {
    let prefix = raw.get(..at).unwrap_or(raw);
    let start = escape::terminal(prefix).len().min(shown.len());
    let rest_raw = raw.get(prefix.len()..).unwrap_or("");
    let covered = span_len.unwrap_or(1).clamp(1, rest_raw.len().max(1));
    let covered_raw = rest_raw.get(..covered).unwrap_or(rest_raw);
    let end = (start + escape::terminal(covered_raw).len().max(1)).min(shown.len().max(start + 1));
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::{caret_range, excerpt};

    #[test]
    fn caret_covers_the_span_on_its_line() {
        assert_eq!(caret_range("a = 31", "a = 31", 4, Some(2)), (4, 6));
        assert_eq!(caret_range("x", "x", 0, Some(99)), (0, 1));
        assert_eq!(caret_range("", "", 0, None), (0, 1));
        assert_eq!(caret_range("\u{7}= 1", "\\u{7}= 1", 3, Some(1)), (7, 8));
    }

    #[test]
    fn long_lines_are_cut_around_the_finding() {
        assert_eq!(excerpt("a = 1", 4), ("a = 1".into(), 4));
        let line = format!("{}X{}", "å".repeat(100), "b".repeat(200));
        let (text, at) = excerpt(&line, 200);
        assert_eq!(text, format!("...{}X{}...", "å".repeat(60), "b".repeat(119)));
        assert_eq!(text.get(at..=at), Some("X"));
        // Not on a character boundary: the start of the character.
        assert_eq!(excerpt("åå", 1), ("åå".into(), 0));
    }
}

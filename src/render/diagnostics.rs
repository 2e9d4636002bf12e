//! Human diagnostics: `file:line:col`, the offending line and a caret, like rustc.

use std::fmt::Write as _;

use annotate_snippets::{Level, Renderer, Snippet};

use super::escape;
use crate::diag::{Counts, Diagnostic, Severity};
use crate::repo::SourceFile;

/// Renders every diagnostic, then a closing count line.
#[must_use]
pub fn render<'a>(
    diagnostics: &[Diagnostic],
    source_of: &dyn Fn(&str) -> Option<&'a SourceFile>,
    files: usize,
    color: bool,
) -> String {
    let renderer = if color { Renderer::styled() } else { Renderer::plain() };
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&render_one(d, source_of(&d.file), &renderer));
        out.push_str("\n\n");
    }
    out.push_str(&closing_line(diagnostics, files));
    out.push('\n');
    out
}

/// "checked 22 files: 1 error, 2 warnings".
#[must_use]
pub fn closing_line(diagnostics: &[Diagnostic], files: usize) -> String {
    let counts = Counts::of(diagnostics);
    let plural = |n: usize, word: &str| if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") };
    format!(
        "checked {}: {}, {}",
        plural(files, "plan file"),
        plural(counts.errors, "error"),
        plural(counts.warnings, "warning")
    )
}

fn render_one(d: &Diagnostic, source: Option<&SourceFile>, renderer: &Renderer) -> String {
    let level = match d.severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
    };
    let message = escape::terminal(&d.message);
    let help = d.help.as_deref().map(escape::terminal);
    let origin = escape::terminal(&d.file);
    let line_text = source.map(|s| s.line_text(d.line)).unwrap_or_default();
    let mut title = level.title(&message).id(d.code.name());
    if line_text.is_empty() || source.is_none() {
        // No text to show (a file that could not be read): the location alone.
        let mut out = renderer.render(title).to_string();
        let _ = write!(out, "\n  --> {origin}:{}:{}", d.line, d.column);
        if let Some(help) = &help {
            let _ = write!(out, "\n  = help: {help}");
        }
        return out;
    }
    let caret = match (d.span, source.and_then(|s| s.line_start(d.line))) {
        (Some(span), Some(line_start)) => span.start.saturating_sub(line_start),
        _ => 0,
    };
    let (window, column) = window(line_text, caret);
    let mut shown = escape::terminal(window).into_owned();
    let (start, end) = caret_range(window, &shown, column, d.span.map(|s| s.end.saturating_sub(s.start)));
    while shown.len() < end {
        // A caret just past the end of the line (e.g. a missing value) points at a blank.
        shown.push(' ');
    }
    let snippet = Snippet::source(&shown).line_start(d.line).origin(&origin).annotation(level.span(start..end));
    title = title.snippet(snippet);
    if let Some(help) = &help {
        title = title.footer(Level::Help.title(help));
    }
    renderer.render(title).to_string()
}

/// Bytes of a long line shown around the caret; a line longer than this is cut, so that
/// rendering stays linear however long a line (a 100,000-element array) is.
const WINDOW_BEFORE: usize = 60;
const WINDOW_AFTER: usize = 100;

/// The part of `line` shown for a caret at byte `caret` of the line, and the caret's 1-based
/// column within it: constant work per finding, however long the line.
fn window(line: &str, caret: usize) -> (&str, usize) {
    let caret = line.floor_char_boundary(caret.min(line.len()));
    let start = line.floor_char_boundary(caret.saturating_sub(WINDOW_BEFORE));
    let end = line.ceil_char_boundary(caret.saturating_add(WINDOW_AFTER).min(line.len()));
    let part = line.get(start..end).unwrap_or("");
    let column = line.get(start..caret).map_or(0, |p| p.chars().count()) + 1;
    (part, column)
}

/// The byte range in the escaped line that the caret covers: from the column to the span's
/// end on that line, at least one character.
fn caret_range(raw: &str, shown: &str, column: usize, span_len: Option<usize>) -> (usize, usize) {
    let prefix: String = raw.chars().take(column.saturating_sub(1)).collect();
    let start = escape::terminal(&prefix).len().min(shown.len());
    let rest_raw = raw.get(prefix.len()..).unwrap_or("");
    let covered = span_len.unwrap_or(1).clamp(1, rest_raw.len().max(1));
    let covered_raw = rest_raw.get(..covered).unwrap_or(rest_raw);
    let end = (start + escape::terminal(covered_raw).len().max(1)).min(shown.len().max(start + 1));
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::caret_range;

    #[test]
    fn long_lines_are_cut_around_the_caret() {
        let line = format!("articles = [{}]", "1, ".repeat(50_000));
        let (part, column) = super::window(&line, 90_000);
        assert!(part.len() <= 160);
        assert_eq!(column, 61);
        assert_eq!(super::window("a = 1", 4), ("a = 1", 5));
        let (tail, c) = super::window(&line, line.len() + 10);
        assert!(tail.len() <= 60 && c >= 1);
        let (wide, c) = super::window("ååå = 1", 7);
        assert_eq!((wide, c), ("ååå = 1", 5));
    }

    #[test]
    fn caret_covers_the_span_on_its_line() {
        assert_eq!(caret_range("a = 31", "a = 31", 5, Some(2)), (4, 6));
        assert_eq!(caret_range("x", "x", 1, Some(99)), (0, 1));
        assert_eq!(caret_range("", "", 1, None), (0, 1));
    }
}

//! Diagnostics as values: what was found, where, how bad, and how to fix it. The words are
//! messages of the catalogue, put into the output language only by `render`.

mod code;

pub use code::{Code, Severity};

use crate::message::{Message, msg};

/// A byte range in a source file (after the BOM is removed).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    #[must_use]
    pub fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Self::new(r.start, r.end)
    }
}

/// One finding in one file. `line` and `column` are 1-based (column counts
/// characters) and are resolved from `span` once, by the source that owns the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    pub code: Code,
    /// What was found and what to do, not yet in words.
    pub message: Message,
    pub span: Option<Span>,
    /// A hint on how to fix it.
    pub help: Option<Message>,
}

impl Diagnostic {
    /// A finding with the code's default severity; position resolved later.
    #[must_use]
    pub fn new(code: Code, file: &str, span: Option<Span>, message: Message) -> Self {
        Self { file: file.to_owned(), line: 1, column: 1, severity: code.severity(), code, message, span, help: None }
    }

    #[must_use]
    pub fn with_help(mut self, help: Message) -> Self {
        self.help = Some(help);
        self
    }

    #[must_use]
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The order every output uses, the same in every language: file, line, column, code, then
    /// the message's id and arguments (never its words).
    pub fn sort(diagnostics: &mut [Diagnostic]) {
        diagnostics.sort_by(|a, b| {
            (&a.file, a.line, a.column, a.code.name(), &a.message, &a.help).cmp(&(
                &b.file,
                b.line,
                b.column,
                b.code.name(),
                &b.message,
                &b.help,
            ))
        });
    }
}

/// Findings kept per file: a hostile file (or one that is not a plan at all) may have one per
/// line, and every output stays fast. Past this many, one `too-many-findings` says so.
pub const MAX_PER_FILE: usize = 100;

/// Keeps the first [`MAX_PER_FILE`] findings of one file's (in file order), and says where the
/// ones not shown begin.
pub fn cap_per_file(diagnostics: &mut Vec<Diagnostic>, file: &str) {
    if diagnostics.len() <= MAX_PER_FILE {
        return;
    }
    diagnostics.sort_by_key(|d| d.span.map_or(0, |s| s.start));
    let first_not_shown = diagnostics.get(MAX_PER_FILE).and_then(|d| d.span);
    diagnostics.truncate(MAX_PER_FILE);
    let more = Diagnostic::new(Code::TooManyFindings, file, first_not_shown, msg::diag_too_many_findings(MAX_PER_FILE))
        .with_help(msg::diag_too_many_findings_help());
    diagnostics.push(more);
}

/// Counts of a finished run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
}

impl Counts {
    #[must_use]
    pub fn of(diagnostics: &[Diagnostic]) -> Self {
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        Self { errors, warnings: diagnostics.len() - errors }
    }
}

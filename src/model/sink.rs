//! Where the diagnostics of one file collect while it is read, with the impossible dates the
//! TOML parser stood placeholders in for.

use crate::diag::{Code, Diagnostic, Span};

/// Where diagnostics of one file go.
pub(crate) struct Sink<'f> {
    pub file: &'f str,
    pub diagnostics: Vec<Diagnostic>,
    /// Spans of dates the TOML parser rejected as impossible, now quoted placeholders.
    pub impossible_dates: Vec<(Span, String)>,
}

impl<'f> Sink<'f> {
    pub(crate) fn new(file: &'f str) -> Self {
        Self { file, diagnostics: Vec::new(), impossible_dates: Vec::new() }
    }
}

impl Sink<'_> {
    pub(crate) fn push(&mut self, code: Code, span: Span, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::new(code, self.file, Some(span), message));
    }

    /// Whether `span` is an impossible date that the parser saw as a quoted placeholder.
    pub(crate) fn is_impossible_date(&self, span: Span) -> bool {
        self.impossible_dates.iter().any(|(s, _)| *s == span)
    }

    /// Reports the impossible dates no reader has reported (those under keys that take no date).
    pub(crate) fn report_impossible_dates(&mut self) {
        for (span, written) in std::mem::take(&mut self.impossible_dates) {
            let reported = self.diagnostics.iter().any(|d| d.code == Code::ImpossibleDate && d.span == Some(span));
            if !reported {
                self.push(Code::ImpossibleDate, span, format!("{written} is not a day in the calendar"));
            }
        }
    }

    pub(crate) fn push_help(&mut self, code: Code, span: Span, message: impl Into<String>, help: impl Into<String>) {
        self.diagnostics.push(Diagnostic::new(code, self.file, Some(span), message).with_help(help));
    }
}

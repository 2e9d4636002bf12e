//! Where the diagnostics of one file collect while it is read, with the impossible dates the
//! TOML parser stood placeholders in for.

use std::collections::{BTreeMap, BTreeSet};

use crate::diag::{Code, Diagnostic, Span};
use crate::message::{Message, msg};

/// Where diagnostics of one file go.
pub(crate) struct Sink<'f> {
    pub file: &'f str,
    pub diagnostics: Vec<Diagnostic>,
    /// Spans of dates the TOML parser rejected as impossible, now quoted placeholders.
    /// Keyed by span: a file may hold hundreds of thousands of them.
    pub impossible_dates: BTreeMap<Span, String>,
}

impl<'f> Sink<'f> {
    pub(crate) fn new(file: &'f str) -> Self {
        Self { file, diagnostics: Vec::new(), impossible_dates: BTreeMap::new() }
    }
}

impl Sink<'_> {
    pub(crate) fn push(&mut self, code: Code, span: Span, message: Message) {
        self.diagnostics.push(Diagnostic::new(code, self.file, Some(span), message));
    }

    /// Whether `span` is an impossible date that the parser saw as a quoted placeholder.
    pub(crate) fn is_impossible_date(&self, span: Span) -> bool {
        self.impossible_dates.contains_key(&span)
    }

    /// Reports the impossible dates no reader has reported (those under keys that take no date).
    pub(crate) fn report_impossible_dates(&mut self) {
        let reported: BTreeSet<Span> =
            self.diagnostics.iter().filter(|d| d.code == Code::ImpossibleDate).filter_map(|d| d.span).collect();
        for (span, written) in std::mem::take(&mut self.impossible_dates) {
            if !reported.contains(&span) {
                self.push(Code::ImpossibleDate, span, msg::diag_impossible_date_anywhere(written));
            }
        }
    }

    pub(crate) fn push_help(&mut self, code: Code, span: Span, message: Message, help: Message) {
        self.diagnostics.push(Diagnostic::new(code, self.file, Some(span), message).with_help(help));
    }
}

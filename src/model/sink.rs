//! Where the diagnostics of one file collect while it is read, with the values the TOML reader
//! could not read, waiting for the reader of their key to say what they should be.

use std::collections::BTreeMap;

use super::fault::Fault;
use crate::diag::{Code, Diagnostic, Span};
use crate::message::Message;

/// Where diagnostics of one file go.
pub(crate) struct Sink<'f> {
    pub file: &'f str,
    /// The file's text, for the findings that quote it.
    pub text: &'f str,
    pub diagnostics: Vec<Diagnostic>,
    /// Values the TOML reader could not read, by span, until their key is read
    /// (`model::syntax::claim`) or the file is done (`model::syntax::report_rest`).
    pub invalid: BTreeMap<Span, Fault>,
}

impl<'f> Sink<'f> {
    pub(crate) fn new(file: &'f str, text: &'f str) -> Self {
        Self { file, text, diagnostics: Vec::new(), invalid: BTreeMap::new() }
    }
}

impl Sink<'_> {
    pub(crate) fn push(&mut self, code: Code, span: Span, message: Message) {
        self.diagnostics.push(Diagnostic::new(code, self.file, Some(span), message));
    }

    pub(crate) fn push_help(&mut self, code: Code, span: Span, message: Message, help: Message) {
        self.diagnostics.push(Diagnostic::new(code, self.file, Some(span), message).with_help(help));
    }

    /// A finding with a hint when there is one.
    pub(crate) fn say(&mut self, code: Code, span: Span, message: Message, help: Option<Message>) {
        let mut diagnostic = Diagnostic::new(code, self.file, Some(span), message);
        diagnostic.help = help;
        self.diagnostics.push(diagnostic);
    }

    /// The text a span covers, as written.
    pub(crate) fn written(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or_default()
    }
}

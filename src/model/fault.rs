//! What the TOML reader could not take as written, kept as data: the plan reader turns each
//! into a finding (`model::syntax`), knowing by then what the key it belongs to should hold.

use std::borrow::Cow;

use crate::diag::Span;

/// One thing in a file that is not TOML, or not TOML the reader can place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Fault {
    /// Where the finding points.
    pub span: Span,
    pub kind: FaultKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum FaultKind {
    /// A syntax error in the parser's words (`unclosed table`, `key with no value`, …).
    Syntax(Cow<'static, str>),
    /// A key that cannot be read, in the decoder's words.
    Key(Cow<'static, str>),
    /// A value that cannot be read: the tree holds `Value::Invalid` at `span`. `key` is the key
    /// it is written under, where it could be read; `item` when it is an item of a list.
    Value { description: Cow<'static, str>, key: Option<String>, item: bool },
    /// A key given twice in one table; `first` is where it was given first.
    DuplicateKey { key: String, first: Span },
    /// A `[table]` header for a table that was already defined.
    DuplicateTable { key: String, first: Span },
    /// A `[table]` header naming a list of tables (`[[table]]`).
    TableIsList { key: String, first: Span },
    /// A header or dotted key that would go inside something that is not a table (a value, a
    /// list, an inline table, or a table of headers extended by dotted keys).
    NotATable { key: String },
    /// Dotted keys nested deeper than the reader follows.
    TooDeep,
}

impl Fault {
    pub(crate) fn new(span: Span, kind: FaultKind) -> Self {
        Self { span, kind }
    }

    /// Whether the fault is a value the tree holds as `Value::Invalid` (reported by the reader
    /// that reads its key), rather than something about the file's structure.
    pub(crate) fn is_value(&self) -> bool {
        matches!(self.kind, FaultKind::Value { .. })
    }
}

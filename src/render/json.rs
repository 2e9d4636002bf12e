//! JSON output: serde of the report values, exactly one document, ending in a newline.

use serde::Serialize;

use crate::diag::{Counts, Diagnostic};

/// Serializes a value as pretty JSON with a trailing newline.
#[must_use]
pub fn to_json<T: Serialize>(value: &T) -> String {
    // Serializing plain report structs cannot fail (string keys, finite numbers).
    let mut s = serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

#[derive(Serialize)]
struct ValidateDocument<'a> {
    errors: usize,
    warnings: usize,
    files: usize,
    diagnostics: &'a [Diagnostic],
}

/// The `cemr validate --format json` document (SPEC §4).
#[must_use]
pub fn validate(diagnostics: &[Diagnostic], files: usize) -> String {
    let counts = Counts::of(diagnostics);
    to_json(&ValidateDocument { errors: counts.errors, warnings: counts.warnings, files, diagnostics })
}

//! JSON output: serde of the report values, exactly one document, ending in a newline.

use serde::Serialize;

use super::escape;
use super::text::Text;
use crate::diag::{Code, Counts, Diagnostic, Severity};
use crate::report::errors::DataErrors;

/// Serializes a value as pretty JSON with a trailing newline. The line and paragraph separators
/// U+2028/U+2029, which JSON allows raw in a string, are written as `\u2028`/`\u2029`: the
/// same string once parsed, and no line break to a script or an editor that shows the file.
///
/// # Errors
/// When serde cannot serialize the value (a map with non-string keys, a failing `Serialize`);
/// the command then stops with a message on stderr and exit 2, and prints no document.
pub fn to_json<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    let mut s = serde_json::to_string_pretty(value)?;
    if s.contains(['\u{2028}', '\u{2029}']) {
        // Outside strings JSON has only ASCII, so every one of them is inside a string.
        s = s.replace('\u{2028}', "\\u2028").replace('\u{2029}', "\\u2029");
    }
    s.push('\n');
    Ok(s)
}

/// A report's JSON object followed by the errors in the plans it was made from (SPEC §9):
/// `errors` (how many), `files_with_errors` and `files_left_out` (paths, sorted; the second
/// those the figures leave out, because they could not be read in full). Both lists are `[]`
/// when the plans have no errors.
#[allow(clippy::struct_field_names)] // the keys SPEC §9 names
#[derive(Serialize)]
pub struct WithErrors<'a, T: Serialize> {
    #[serde(flatten)]
    report: &'a T,
    errors: usize,
    files_with_errors: Vec<&'a str>,
    files_left_out: Vec<&'a str>,
}

impl<'a, T: Serialize> WithErrors<'a, T> {
    #[must_use]
    pub fn new(report: &'a T, errors: &'a DataErrors) -> Self {
        Self {
            errors: errors.errors,
            files_with_errors: errors.files.iter().map(|f| f.file.as_str()).collect(),
            files_left_out: errors.left_out().map(|f| f.file.as_str()).collect(),
            report,
        }
    }
}

#[derive(Serialize)]
struct ValidateDocument<'a> {
    errors: usize,
    warnings: usize,
    files: usize,
    diagnostics: Vec<Finding<'a>>,
}

/// One diagnostic as JSON: everything but `message` and `help` is the same in every language.
#[derive(Serialize)]
struct Finding<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    severity: Severity,
    code: Code,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<String>,
}

/// The `cemr validate --format json` document (SPEC §4). The message and help are human text in
/// the output language, with control characters made visible as everywhere else.
///
/// # Errors
/// As [`to_json`].
pub fn validate(diagnostics: &[Diagnostic], files: usize, text: &Text) -> Result<String, serde_json::Error> {
    let counts = Counts::of(diagnostics);
    let words = |m: &crate::message::Message| escape::terminal(&text.get(m)).into_owned();
    let diagnostics = diagnostics
        .iter()
        .map(|d| Finding {
            file: &d.file,
            line: d.line,
            column: d.column,
            severity: d.severity,
            code: d.code,
            message: words(&d.message),
            help: d.help.as_ref().map(words),
        })
        .collect();
    to_json(&ValidateDocument { errors: counts.errors, warnings: counts.warnings, files, diagnostics })
}

/// The `cemr diff --format json` document: the report as it is, with each unreadable side's
/// `reason` in words (human text, like a diagnostic's message).
///
/// # Errors
/// As [`to_json`].
pub fn diff(report: &crate::report::diff::PlanDiff, text: &Text) -> Result<String, serde_json::Error> {
    let mut document = report.clone();
    for unreadable in document.signatories.iter_mut().flat_map(|s| s.unreadable.iter_mut()) {
        unreadable.reason_words = escape::terminal(&text.get(&unreadable.reason)).into_owned();
    }
    to_json(&document)
}

#[cfg(test)]
mod tests {
    use serde::ser::{Error as _, Serializer};

    use super::to_json;

    struct Unserializable;

    impl serde::Serialize for Unserializable {
        fn serialize<S: Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            Err(S::Error::custom("cannot be written as JSON"))
        }
    }

    #[test]
    fn a_serialization_error_is_an_error_not_a_document() {
        let error = to_json(&Unserializable).unwrap_err();
        assert!(error.to_string().contains("cannot be written as JSON"), "{error}");
    }

    #[test]
    fn a_document_ends_in_one_newline() {
        assert_eq!(to_json(&[1, 2]).unwrap(), "[\n  1,\n  2\n]\n");
    }
}

//! JSON output: serde of the report values, exactly one document, ending in a newline.

use serde::Serialize;

use crate::diag::{Counts, Diagnostic};

/// Serializes a value as pretty JSON with a trailing newline.
///
/// # Errors
/// When serde cannot serialize the value (a map with non-string keys, a failing `Serialize`);
/// the command then stops with a message on stderr and exit 2, and prints no document.
pub fn to_json<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    let mut s = serde_json::to_string_pretty(value)?;
    s.push('\n');
    Ok(s)
}

#[derive(Serialize)]
struct ValidateDocument<'a> {
    errors: usize,
    warnings: usize,
    files: usize,
    diagnostics: &'a [Diagnostic],
}

/// The `cemr validate --format json` document (SPEC §4).
///
/// # Errors
/// As [`to_json`].
pub fn validate(diagnostics: &[Diagnostic], files: usize) -> Result<String, serde_json::Error> {
    let counts = Counts::of(diagnostics);
    to_json(&ValidateDocument { errors: counts.errors, warnings: counts.warnings, files, diagnostics })
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

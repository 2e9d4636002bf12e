//! What a report says about the errors in the data it was made from: how many, in which files,
//! and which of those files its figures leave out (SPEC §9: a report made from plans with
//! errors says so at its top, and in JSON as `errors` and `files_with_errors`).

use serde::Serialize;

use crate::diag::Diagnostic;

/// The errors behind a report; empty when the plans have none.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DataErrors {
    /// Every error found in the repository.
    pub errors: usize,
    /// The files with errors, by path, each with its count and whether reports take it.
    pub files: Vec<FileErrors>,
}

/// One file with errors.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FileErrors {
    /// Repository-relative, as diagnostics name it.
    pub file: String,
    pub errors: usize,
    /// True when the file could not be read in full and reports leave it out; otherwise its
    /// plan is counted as written, without the values that could not be read.
    pub left_out: bool,
    /// True for the repository's settings (`cemr.toml`), where what is wrong is not used and
    /// the default holds instead.
    pub settings: bool,
}

/// The settings file, as its diagnostics name it.
const SETTINGS_FILE: &str = "cemr.toml";

impl DataErrors {
    /// The errors among `diagnostics` (sorted by file, as the repository has them), with
    /// `left_out` the files whose plans reports do not take.
    #[must_use]
    pub fn of(diagnostics: &[Diagnostic], left_out: &[String]) -> Self {
        let mut files: Vec<FileErrors> = Vec::new();
        for d in diagnostics.iter().filter(|d| d.is_error()) {
            match files.last_mut().filter(|f| f.file == d.file) {
                Some(file) => file.errors += 1,
                None => files.push(FileErrors {
                    file: d.file.clone(),
                    errors: 1,
                    left_out: left_out.binary_search(&d.file).is_ok(),
                    settings: d.file == SETTINGS_FILE,
                }),
            }
        }
        files.sort_by(|a, b| a.file.cmp(&b.file));
        Self { errors: files.iter().map(|f| f.errors).sum(), files }
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.errors == 0
    }

    /// The files with errors the figures leave out.
    pub fn left_out(&self) -> impl Iterator<Item = &FileErrors> {
        self.files.iter().filter(|f| f.left_out)
    }

    /// The plan files with errors the figures count (as written, without unreadable values).
    pub fn counted(&self) -> impl Iterator<Item = &FileErrors> {
        self.files.iter().filter(|f| !f.left_out && !f.settings)
    }

    /// The settings file, if it has errors.
    #[must_use]
    pub fn settings(&self) -> Option<&FileErrors> {
        self.files.iter().find(|f| f.settings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Code, Severity};
    use crate::message::msg;

    fn diag(file: &str, severity: Severity) -> Diagnostic {
        let mut d = Diagnostic::new(Code::UnknownKey, file, None, msg::diag_no_plan_files(file));
        d.severity = severity;
        d
    }

    #[test]
    fn errors_are_counted_per_file_and_warnings_are_not() {
        let diagnostics = [
            diag("plans/a.toml", Severity::Error),
            diag("plans/a.toml", Severity::Error),
            diag("plans/b.toml", Severity::Warning),
            diag("plans/c.toml", Severity::Error),
            diag("cemr.toml", Severity::Error),
        ];
        let mut diagnostics = diagnostics.to_vec();
        Diagnostic::sort(&mut diagnostics);
        let errors = DataErrors::of(&diagnostics, &["plans/c.toml".to_owned()]);
        assert_eq!(errors.errors, 4);
        let files: Vec<_> = errors.files.iter().map(|f| (f.file.as_str(), f.errors, f.left_out, f.settings)).collect();
        assert_eq!(
            files,
            [("cemr.toml", 1, false, true), ("plans/a.toml", 2, false, false), ("plans/c.toml", 1, true, false)]
        );
        let counted: Vec<_> = errors.counted().map(|f| f.file.as_str()).collect();
        assert_eq!(counted, ["plans/a.toml"]);
        assert_eq!(errors.settings().map(|f| f.file.as_str()), Some("cemr.toml"));
        assert!(DataErrors::of(&[diag("plans/b.toml", Severity::Warning)], &[]).is_empty());
    }
}

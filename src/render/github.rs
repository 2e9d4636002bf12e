//! `--format github`: workflow commands for pull-request annotations, within GitHub's
//! 10-per-step budget, and the full list as Markdown for the step summary.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::escape::{github_data, github_property, markdown, terminal};
use crate::diag::{Diagnostic, Severity};

/// GitHub shows at most this many error and this many warning annotations per step.
pub const ANNOTATIONS_PER_SEVERITY: usize = 10;

/// The annotations: findings in `changed` files first (each group in the usual order), at most
/// ten errors and ten warnings, then one `::notice::` with how many more there are.
#[must_use]
pub fn annotations(diagnostics: &[Diagnostic], changed: Option<&BTreeSet<String>>) -> String {
    let mut ordered: Vec<&Diagnostic> = diagnostics.iter().collect();
    if let Some(changed) = changed {
        // Stable sort: keeps file/line order inside each group.
        ordered.sort_by_key(|d| !changed.contains(&d.file));
    }
    let mut out = String::new();
    let (mut errors, mut warnings, mut left_out) = (0, 0, 0);
    for d in ordered {
        let (command, shown) = match d.severity {
            Severity::Error => ("error", &mut errors),
            Severity::Warning => ("warning", &mut warnings),
        };
        if *shown >= ANNOTATIONS_PER_SEVERITY {
            left_out += 1;
            continue;
        }
        *shown += 1;
        let message = d.message_with_help();
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},title={}::{}",
            github_property(&visible(&d.file)),
            d.line,
            d.column,
            github_property(&format!("cemr {}", d.code)),
            github_data(&visible(&message))
        );
    }
    if left_out > 0 {
        let _ = writeln!(
            out,
            "::notice title=cemr::{left_out} more finding{} not shown as annotations (GitHub shows 10 errors and 10 warnings per step); run `cemr validate` for the full list",
            if left_out == 1 { " is" } else { "s are" }
        );
    }
    out
}

/// Plan text with its control characters (ESC, BEL, …) made visible, as in every output; CR and
/// LF are left for the workflow command's own escapes (`%0D`, `%0A`).
fn visible(s: &str) -> String {
    s.split_inclusive(['\r', '\n'])
        .flat_map(|part| {
            let (text, end) = part.split_at(part.trim_end_matches(['\r', '\n']).len());
            [terminal(text).into_owned(), end.to_owned()]
        })
        .collect()
}

/// The full list as Markdown, for `$GITHUB_STEP_SUMMARY`.
#[must_use]
pub fn step_summary(diagnostics: &[Diagnostic], closing: &str) -> String {
    let mut out = String::from("## cemr validate\n\n");
    let _ = writeln!(out, "{}\n", markdown(closing));
    if diagnostics.is_empty() {
        return out;
    }
    out.push_str("| file | line | column | severity | code | message |\n|---|---:|---:|---|---|---|\n");
    for d in diagnostics {
        let message = d.message_with_help();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | `{}` | {} |",
            markdown(&d.file),
            d.line,
            d.column,
            d.severity.as_str(),
            d.code,
            markdown(&message)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;

    fn diag(file: &str, code: Code) -> Diagnostic {
        Diagnostic::new(code, file, None, "m")
    }

    #[test]
    fn budget_and_notice() {
        let many: Vec<Diagnostic> = (0..12).map(|i| diag(&format!("plans/{i:02}.toml"), Code::UnknownKey)).collect();
        let out = annotations(&many, None);
        assert_eq!(out.lines().filter(|l| l.starts_with("::error")).count(), 10);
        assert!(out.lines().last().unwrap_or_default().starts_with("::notice"));
        assert!(out.contains("2 more findings"));
    }

    #[test]
    fn changed_files_first() {
        let many: Vec<Diagnostic> = (0..12).map(|i| diag(&format!("plans/{i:02}.toml"), Code::UnknownKey)).collect();
        let changed: BTreeSet<String> = ["plans/11.toml".to_owned()].into();
        let out = annotations(&many, Some(&changed));
        assert!(out.lines().next().unwrap_or_default().contains("file=plans/11.toml"));
    }

    #[test]
    fn control_characters_are_made_visible() {
        let d = Diagnostic::new(Code::UnknownKey, "plans/\u{1b}.toml", None, "a\u{1b}[2J\r\n\u{7}b");
        let out = annotations(&[d], None);
        assert_eq!(
            out,
            "::error file=plans/\\u{1b}.toml,line=1,col=1,title=cemr unknown-key::a\\u{1b}[2J%0D%0A\\u{7}b\n"
        );
    }

    #[test]
    fn properties_and_data_are_escaped() {
        let d = Diagnostic::new(Code::UnknownKey, "plans/a,b:c.toml", None, "50%\nnext");
        let out = annotations(&[d], None);
        assert!(out.starts_with("::error file=plans/a%2Cb%3Ac.toml,line=1,col=1,title=cemr unknown-key::50%25%0Anext"));
    }
}

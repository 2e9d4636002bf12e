//! `--format github`: workflow commands for pull-request annotations, within GitHub's
//! 10-per-step budget, and the full list as Markdown for the step summary.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::diagnostics::one_line;
use super::escape::{github_data, github_property, markdown, terminal};
use super::text::Text;
use crate::diag::{Diagnostic, Severity};
use crate::message::msg;

/// GitHub shows at most this many error and this many warning annotations per step.
pub const ANNOTATIONS_PER_SEVERITY: usize = 10;

/// The annotations: findings in `changed` files first (each group in the usual order), at most
/// ten errors and ten warnings, then one `::notice::` with how many more there are. The
/// properties (file, line, col, title) are the same in every language; the message is in words.
#[must_use]
pub fn annotations(diagnostics: &[Diagnostic], changed: Option<&BTreeSet<String>>, text: &Text) -> String {
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
        let message = one_line(d, text);
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
        let notice = text.get(&msg::github_more_findings(left_out));
        let _ = writeln!(out, "::notice title=cemr::{}", github_data(&visible(&notice)));
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

/// The full list as Markdown, for `$GITHUB_STEP_SUMMARY`: a page for people, in words.
#[must_use]
pub fn step_summary(diagnostics: &[Diagnostic], closing: &str, text: &Text) -> String {
    let mut out = format!("## {}\n\n", markdown(&text.get(&msg::github_summary_title())));
    let _ = writeln!(out, "{}\n", markdown(closing));
    if diagnostics.is_empty() {
        return out;
    }
    let heading = [
        msg::github_column_file(),
        msg::github_column_line(),
        msg::github_column_column(),
        msg::github_column_severity(),
        msg::github_column_code(),
        msg::github_column_message(),
    ]
    .map(|m| markdown(&text.get(&m)));
    let _ = writeln!(out, "| {} |\n|---|---:|---:|---|---|---|", heading.join(" | "));
    for d in diagnostics {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | `{}` | {} |",
            markdown(&d.file),
            d.line,
            d.column,
            markdown(&text.get(&d.severity.message())),
            d.code,
            markdown(&one_line(d, text))
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;

    fn diag(file: &str, code: Code) -> Diagnostic {
        Diagnostic::new(code, file, None, msg::diag_empty_file())
    }

    fn english() -> Text {
        Text::new(crate::message::Lang::default())
    }

    #[test]
    fn budget_and_notice() {
        let many: Vec<Diagnostic> = (0..12).map(|i| diag(&format!("plans/{i:02}.toml"), Code::UnknownKey)).collect();
        let out = annotations(&many, None, &english());
        assert_eq!(out.lines().filter(|l| l.starts_with("::error")).count(), 10);
        assert!(out.lines().last().unwrap_or_default().starts_with("::notice"));
        assert!(out.contains("2 more findings"));
    }

    #[test]
    fn changed_files_first() {
        let many: Vec<Diagnostic> = (0..12).map(|i| diag(&format!("plans/{i:02}.toml"), Code::UnknownKey)).collect();
        let changed: BTreeSet<String> = ["plans/11.toml".to_owned()].into();
        let out = annotations(&many, Some(&changed), &english());
        assert!(out.lines().next().unwrap_or_default().contains("file=plans/11.toml"));
    }

    #[test]
    fn control_characters_are_made_visible() {
        let d = Diagnostic::new(Code::UnknownKey, "plans/\u{1b}.toml", None, msg::io_other("a\u{1b}[2J\r\n\u{7}b"));
        let out = annotations(&[d], None, &english());
        assert_eq!(
            out,
            "::error file=plans/\\u{1b}.toml,line=1,col=1,title=cemr unknown-key::a\\u{1b}[2J%0D%0A\\u{7}b\n"
        );
    }

    #[test]
    fn properties_and_data_are_escaped() {
        let d = Diagnostic::new(Code::UnknownKey, "plans/a,b:c.toml", None, msg::io_other("50%\nnext"));
        let out = annotations(&[d], None, &english());
        assert!(out.starts_with("::error file=plans/a%2Cb%3Ac.toml,line=1,col=1,title=cemr unknown-key::50%25%0Anext"));
    }
}

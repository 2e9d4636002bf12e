//! `cemr explain CODE`: what a diagnostic code means, an example, how to fix it.

use std::fmt::Write as _;

use crate::Outcome;
use crate::cli::ExplainArgs;
use crate::diag::Code;
use crate::message::{Failure, msg};
use crate::render::text::Text;
use crate::render::{Format, escape};
use crate::settings::Settings;

pub(crate) fn run(args: &ExplainArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    settings.format_for("explain", &[Format::Human])?;
    let text = Text::new(super::output_lang(settings));
    let out = match &args.code {
        Some(name) => {
            let Some(code) = Code::from_name(name.trim()) else {
                return Err(Failure::new(msg::explain_unknown_code(name.as_str())).into());
            };
            explain(code, &text)
        }
        None => list(&text),
    };
    crate::output::write(&out, settings.output.as_deref(), settings.force)?;
    Ok(Outcome::Clean)
}

fn explain(code: Code, text: &Text) -> String {
    let heading = text.get(&msg::explain_heading(code.name(), code.severity().message()));
    let summary = text.get(&code.summary());
    let explanation = text.get(&code.explanation());
    escape::terminal_multiline(&format!("{heading}\n\n{summary}\n\n{explanation}\n")).into_owned()
}

fn list(text: &Text) -> String {
    let name_width = Code::ALL.iter().map(|c| c.name().len()).max().unwrap_or(0);
    let severities: Vec<String> = Code::ALL.iter().map(|c| text.get(&c.severity().message())).collect();
    let severity_width = severities.iter().map(|s| s.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    for (code, severity) in Code::ALL.iter().zip(&severities) {
        let pad = severity_width - severity.chars().count();
        let _ = writeln!(out, "{:name_width$}  {severity}{:pad$}  {}", code.name(), "", text.get(&code.summary()));
    }
    out
}

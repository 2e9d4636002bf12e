//! `cemr explain CODE`: what a diagnostic code means, an example, how to fix it.

use std::fmt::Write as _;

use anyhow::bail;

use crate::Outcome;
use crate::cli::ExplainArgs;
use crate::diag::Code;
use crate::settings::Settings;

pub(crate) fn run(args: &ExplainArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    let text = match &args.code {
        Some(name) => {
            let Some(code) = Code::from_name(name.trim()) else {
                bail!("unknown code `{}`; `cemr explain` lists them all", crate::render::escape::terminal(name));
            };
            explain(code)
        }
        None => list(),
    };
    crate::output::write(&text, settings.output.as_deref(), settings.force)?;
    Ok(Outcome::Clean)
}

fn explain(code: Code) -> String {
    format!("{} ({})\n\n{}\n\n{}\n", code.name(), code.severity().as_str(), code.summary(), code.explanation())
}

fn list() -> String {
    let width = Code::ALL.iter().map(|c| c.name().len()).max().unwrap_or(0);
    let mut out = String::new();
    for code in Code::ALL {
        let _ = writeln!(out, "{:width$}  {:7}  {}", code.name(), code.severity().as_str(), code.summary());
    }
    out
}

//! cemr: follow up commitments under the CEMR Charter for equality.
//!
//! The pipeline: `repo` reads files → `model` parses plans → `check` finds problems and
//! `deadline` computes what is due as of a date → `report` builds one value per command →
//! `render` turns it into text in one format → `output` writes it. `commands` glues the stages
//! for each subcommand; `run` decides the exit code.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod check;
pub mod cli;
mod commands;
pub mod deadline;
pub mod diag;
pub mod edit;
#[doc(hidden)]
pub mod fuzzing;
pub mod message;
pub mod model;
pub mod output;
pub mod parallel;
pub mod render;
pub mod repo;
pub mod report;
pub mod settings;

use std::process::ExitCode;

use cli::Cli;

/// How a command ended, when it could run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Done; no errors found.
    Clean,
    /// The plans have errors, or `--fail-on-overdue` found overdue items.
    Findings,
}

/// Runs one command line and decides the exit code: 0 clean, 1 findings, 2 could not run.
#[must_use]
pub fn run(cli: Cli) -> ExitCode {
    let result = match settings::Settings::resolve(&cli.global) {
        Ok(settings) => commands::dispatch(cli.command, &settings).map_err(|e| (e, commands::output_lang(&settings))),
        Err(e) => Err((e, settings::Settings::lang_without_repository(&cli.global))),
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Findings) => ExitCode::from(1),
        Err((error, lang)) => {
            output::message(&render::failure::render(&error, &render::text::Text::new(lang)));
            ExitCode::from(2)
        }
    }
}

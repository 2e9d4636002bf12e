//! `cemr completions SHELL` and the hidden `cemr man`: both generated from the clap definition,
//! so they cannot drift from the real flags.

use anyhow::Context as _;
use clap::CommandFactory as _;
use clap_complete::Shell;

use crate::Outcome;
use crate::cli::{Cli, CompletionsArgs, ShellArg};
use crate::settings::Settings;

pub(crate) fn run(args: &CompletionsArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    let shell = match args.shell {
        ShellArg::Bash => Shell::Bash,
        ShellArg::Zsh => Shell::Zsh,
        ShellArg::Fish => Shell::Fish,
        ShellArg::Powershell => Shell::PowerShell,
    };
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "cemr", &mut out);
    let text = String::from_utf8(out).context("completions are not UTF-8")?;
    crate::output::write(&text, settings.output.as_deref(), settings.force)?;
    Ok(Outcome::Clean)
}

pub(crate) fn man(settings: &Settings) -> anyhow::Result<Outcome> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out).context("cannot render the manual page")?;
    let text = String::from_utf8(out).context("the manual page is not UTF-8")?;
    crate::output::write(&text, settings.output.as_deref(), settings.force)?;
    Ok(Outcome::Clean)
}

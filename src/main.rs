//! The `cemr` binary: parse the command line, run, exit.

use clap::Parser;

fn main() -> std::process::ExitCode {
    cemr::run(cemr::cli::Cli::parse())
}

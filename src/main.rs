//! The `cemr` binary: parse the command line, run, exit.

use clap::Parser;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cemr::run(cemr::cli::Cli::parse())
}

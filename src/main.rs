//! The `cemr` binary: parse the command line, run, exit.

use clap::Parser;

/// Reports allocate hundreds of thousands of short strings on every core; mimalloc does that
/// faster than the system allocator (figures in BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cemr::run(cemr::cli::Cli::parse())
}

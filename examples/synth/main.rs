//! `cargo run --release --example synth -- OUT [SIGNATORIES GOALS ACTIVITIES MEASUREMENTS SEED OPEN%]`:
//! writes a synthetic plan repository (default 2000 × 12 × 40 × 8, seed 1, half the activities
//! open; ~40 MB of TOML).

// A benchmark tool over its own generated data, not a path for untrusted input.
#![allow(
    unreachable_pub,
    clippy::indexing_slicing,
    clippy::cast_possible_truncation,
    clippy::cast_precision_loss,
    clippy::print_stderr
)]
mod generate;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(out) = args.first() else {
        eprintln!("usage: synth OUT [SIGNATORIES GOALS ACTIVITIES MEASUREMENTS SEED OPEN%]");
        std::process::exit(2);
    };
    let num = |i: usize, default: usize| args.get(i).and_then(|s| s.parse().ok()).unwrap_or(default);
    let size = generate::Size {
        signatories: num(1, 2000),
        goals: num(2, 12),
        activities: num(3, 40),
        measurements: num(4, 8),
        seed: num(5, 1) as u64,
        open_percent: num(6, 50).min(100) as u64,
    };
    let root = std::path::Path::new(out);
    std::fs::create_dir_all(root)?;
    let bytes = generate::write_repo(root, &size)?;
    eprintln!("wrote {} plans, {:.1} MB, to {}", size.signatories, bytes as f64 / 1e6, root.display());
    Ok(())
}

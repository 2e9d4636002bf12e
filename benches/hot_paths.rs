//! In-process benchmarks of the hot paths: parsing one plan, the per-plan checks, and the
//! deadline engine, on a synthetic plan of the Europe-scale shape (12 goals × 8 measurements,
//! 40 activities). `cargo bench --bench hot_paths`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../examples/synth/generate.rs"]
#[allow(dead_code, unreachable_pub, clippy::indexing_slicing, clippy::cast_possible_truncation)]
mod generate;

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};

use cemr::check::{self, Context};
use cemr::model::config::RepoConfig;
use cemr::model::parse::{PlanLocation, parse_plan};

fn hot_paths(c: &mut Criterion) {
    let size = generate::Size { signatories: 1, goals: 12, activities: 40, measurements: 8, seed: 1, open_percent: 50 };
    let text = generate::plan_text(7, &size);
    let location = PlanLocation { id: "kommun-7", file: "plans/norr/kommun-7.toml", folder_groups: &[] };
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let config = RepoConfig::default();
    let context = Context { config: &config, today, now: today };
    let (plan, diagnostics) = parse_plan(&text, &location);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let plan = plan.unwrap();

    let mut group = c.benchmark_group("plan");
    group.throughput(criterion::Throughput::Bytes(text.len() as u64));
    group.bench_function("toml_parse_only", |b| b.iter(|| toml::de::DeTable::parse(black_box(&text)).is_ok()));
    group.bench_function("parse_plan", |b| b.iter(|| parse_plan(black_box(&text), &location)));
    group.bench_function("checks", |b| b.iter(|| check::run_plan(black_box(&plan), &context)));
    group.bench_function("deadlines", |b| b.iter(|| cemr::deadline::deadlines(black_box(&plan), &config.rules, today)));
    group.finish();
}

criterion_group!(benches, hot_paths);
criterion_main!(benches);

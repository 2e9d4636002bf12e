//! The benchmark floor: read every plan file and deserialize it with the `toml` crate straight
//! into borrowed structs, on all cores — no spans, no checks, no diagnostics.
//! `cargo run --release --example floor -- REPO`
#![allow(clippy::print_stdout)]

use std::borrow::Cow;

use serde::Deserialize;

#[derive(Deserialize)]
#[allow(dead_code)]
struct Plan<'a> {
    #[serde(borrow)]
    signatory: Signatory<'a>,
    #[serde(default)]
    action_plans: Vec<ActionPlan>,
    #[serde(default)]
    reports: Vec<Report>,
    #[serde(default, borrow)]
    goals: Vec<Goal<'a>>,
    #[serde(default, borrow)]
    activities: Vec<Activity<'a>>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Signatory<'a> {
    #[serde(borrow)]
    name: Cow<'a, str>,
    kind: Cow<'a, str>,
    decided: Option<toml::value::Datetime>,
    signed: Option<toml::value::Datetime>,
    #[serde(default)]
    sources: Vec<Cow<'a, str>>,
    #[serde(default)]
    articles: Vec<u32>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct ActionPlan {
    adopted: Option<toml::value::Datetime>,
    start: Option<toml::value::Datetime>,
    end: Option<toml::value::Datetime>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Report {
    date: toml::value::Datetime,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Goal<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    title: Cow<'a, str>,
    #[serde(default)]
    articles: Vec<u32>,
    focus: Option<Cow<'a, str>>,
    due: Option<toml::value::Datetime>,
    #[serde(borrow)]
    indicator: Option<Indicator<'a>>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Indicator<'a> {
    #[serde(borrow)]
    kind: Cow<'a, str>,
    unit: Option<Cow<'a, str>>,
    baseline: Option<f64>,
    target: Option<f64>,
    min_share: Option<f64>,
    #[serde(default)]
    measurements: Vec<Measurement>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Measurement {
    date: toml::value::Datetime,
    value: Option<f64>,
    women: Option<u64>,
    men: Option<u64>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Activity<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    title: Cow<'a, str>,
    #[serde(default)]
    goals: Vec<Cow<'a, str>>,
    owner: Option<Cow<'a, str>>,
    start: Option<toml::value::Datetime>,
    due: Option<toml::value::Datetime>,
    status: Cow<'a, str>,
    finished: Option<toml::value::Datetime>,
}

fn main() {
    let root = std::env::args().nth(1).unwrap_or_else(|| ".".to_owned());
    let files: Vec<_> = walkdir::WalkDir::new(std::path::Path::new(&root).join("plans"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .map(walkdir::DirEntry::into_path)
        .collect();
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let ok: usize = std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                s.spawn(|| {
                    let mut ok = 0;
                    while let Some(path) = files.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed)) {
                        let text = std::fs::read_to_string(path).unwrap_or_default();
                        if toml::from_str::<Plan<'_>>(&text).is_ok() {
                            ok += 1;
                        }
                    }
                    ok
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or(0)).sum()
    });
    println!("{ok}/{} files deserialized", files.len());
}

//! Entry points that drive a plan file's bytes through every stage and every editing command,
//! for the fuzz targets (`fuzz/`) and the regression tests of what they found. Not part of the
//! stable API.

use chrono::NaiveDate;

use crate::check::{self, Context};
use crate::diag::Diagnostic;
use crate::edit::{self, Dates, Edit, Ended, Outcome, Reading};
use crate::message::Lang;
use crate::model::config::RepoConfig;
use crate::model::parse::{PlanLocation, parse_plan, read_plan_text};
use crate::model::{ActivityStatus, Plan};
use crate::render::diff as render_diff;
use crate::render::layout::{self, Audience};
use crate::render::summary_text::SummaryText;
use crate::render::text::Text;
use crate::render::{Format, diagnostics, github, json, summary_html, summary_markdown, tabular};
use crate::repo::git::{ChangedFile, FileText};
use crate::repo::{Repo, SourceFile};
use crate::report::articles::ArticlesReport;
use crate::report::deadlines::{DeadlinesReport, Window};
use crate::report::diff::PlanDiff;
use crate::report::quarter::Quarter;
use crate::report::status::StatusReport;
use crate::report::summary::{DEFAULT_QUARTERS, SummaryPart, SummaryReport};

/// Checks that the TOML reader finds faults exactly in what the `toml` crate rejects, and reads
/// the rest into the same tree. Panics when they disagree.
pub fn toml_reader(text: &str) {
    let agreed = crate::model::build::check_against_toml(text);
    assert!(agreed.is_ok(), "the fast TOML reader disagrees with the toml crate: {agreed:?}");
}

/// Parses, checks and renders one plan file as every command would. Panics only on a bug.
pub fn exercise(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    toml_reader(text);
    let source = SourceFile::new("plans/fuzz.toml".to_owned(), text.to_owned());
    let location = PlanLocation { id: "fuzz", file: "plans/fuzz.toml", folder_groups: &[] };
    let (plan, _, mut found) = read_plan_text(&source.text, &location);
    let config = RepoConfig::default();
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    let context = Context { config: &config, today, now: today };
    found.extend(check::run_plan(&plan, &context));
    crate::diag::cap_per_file(&mut found, "plans/fuzz.toml");
    assert!(found.len() <= crate::diag::MAX_PER_FILE + 1, "{} findings", found.len());
    source.resolve(&mut found);
    Diagnostic::sort(&mut found);
    for d in &found {
        assert!(d.line >= 1 && d.column >= 1, "position 0 in {d:?}");
    }
    for lang in Lang::available() {
        let text = crate::render::text::Text::new(lang);
        let _ = diagnostics::render(&found, &|_| Some(&source), 1, true, &text);
        let _ = diagnostics::render(&found, &|_| Some(&source), 1, false, &text);
        let _ = github::annotations(&found, None, &text);
        let _ = github::step_summary(&found, "", &text);
        assert!(parses(json::validate(&found, 1, &text)), "validate JSON does not parse");
    }
    // Reports take only plans read whole; what could be read of the others must not break them either.
    reports(&plan, &config, today);
    diffs(text, &config, today);
}

/// The diff of the file against nothing, against itself, and against the example plan shape,
/// in every format.
fn diffs(text: &str, config: &RepoConfig, today: NaiveDate) {
    let other = "[signatory]\nname = \"Fuzz\"\nkind = \"other\"\n";
    let path = "plans/fuzz.toml".to_owned();
    let pairs = [(None, Some(text)), (Some(text), None), (Some(text), Some(text)), (Some(other), Some(text))];
    for (base, head) in pairs {
        let file = ChangedFile {
            path: path.clone(),
            base: base.map(|t| FileText::Text(t.to_owned())),
            head: head.map(|t| FileText::Text(t.to_owned())),
        };
        let diff = PlanDiff::build(&[file], config, ("HEAD", None), today);
        for lang in Lang::available() {
            let _ = render_diff::human(&diff, lang);
            let _ = render_diff::markdown(&diff, lang);
        }
        assert!(parses(json::to_json(&diff)), "diff JSON does not parse");
    }
}

/// Deadlines and every listing report in every format, as of `today` and as of dates at the
/// ends of the calendar (month arithmetic must saturate, not overflow).
fn reports(plan: &Plan, config: &RepoConfig, today: NaiveDate) {
    let plans = [plan];
    for day in [today, NaiveDate::MIN, NaiveDate::MAX] {
        let _ = crate::deadline::deadlines(plan, &config.rules, day);
        let status = StatusReport::build(&plans, config, day, true);
        let deadlines = DeadlinesReport::build(&plans, &config.rules, day, Window::default());
        let articles = ArticlesReport::build(&plans, config);
        for format in [Format::Table, Format::Csv, Format::Markdown] {
            for lang in Lang::available() {
                let audience = Audience::of(lang, format);
                let mut tables = layout::status(&status, &audience);
                tables.extend(layout::deadlines(&deadlines, day.into(), &audience));
                tables.extend(layout::articles(&articles, &audience));
                let style = tabular::Style { color: true, width: Some(80), csv_separator: ';' };
                let _ = tabular::render(format, &tables, style, audience.text().numbers(), None);
            }
        }
        for text in [json::to_json(&status), json::to_json(&deadlines), json::to_json(&articles)] {
            assert!(parses(text), "report JSON does not parse");
        }
        summary(&plans, config, day);
    }
}

/// The quarterly summary of the quarter before `day` and of the one running, in every format.
fn summary(plans: &[&Plan], config: &RepoConfig, day: NaiveDate) {
    for quarter in [Quarter::last_finished(day), Quarter::containing(day)] {
        let Some(as_of) = quarter.as_of(day) else { continue };
        let parts = SummaryPart::all(plans, &config.rules, quarter, as_of, DEFAULT_QUARTERS);
        let report = SummaryReport::from_parts(&parts, config, quarter, as_of, DEFAULT_QUARTERS);
        for lang in Lang::available() {
            let words = SummaryText::new(Text::new(lang));
            let _ = summary_markdown::render(&report, &words, None);
            let _ = summary_html::render(&report, &words, None);
        }
        assert!(parses(json::to_json(&report)), "summary JSON does not parse");
    }
}

/// Whether a report serialized and the text reads back as JSON.
fn parses(text: Result<String, serde_json::Error>) -> bool {
    text.is_ok_and(|text| serde_json::from_str::<serde_json::Value>(&text).is_ok())
}

/// Every editing command (`done`, `cancel`, `start`, `measure`, `adopt`, `report`, `sign`) on
/// one plan file's text, in memory, with and without `--force`, on the plan's own activity and
/// goal ids and on one that is not there. Panics only on a bug: an edit that leaves errors in
/// the file, or one that the file then does not show (the same edit again must find it already
/// recorded). Returns how many edits changed the file.
pub fn edits(data: &[u8]) -> usize {
    let Ok(text) = std::str::from_utf8(data) else { return 0 };
    let file = "plans/fuzz.toml";
    let location = PlanLocation { id: "fuzz", file, folder_groups: &[] };
    let (plan, _) = parse_plan(text, &location);
    let repo = Repo {
        root: std::path::PathBuf::new(),
        config: RepoConfig::default(),
        plans: Vec::new(),
        diagnostics: Vec::new(),
        sources: Vec::new(),
        files: vec![file.to_owned()],
        left_out: Vec::new(),
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    let dates = Dates { today, now: today };
    let mut changed = 0;
    for edit in edits_for(plan.as_ref(), today) {
        for force in [false, true] {
            let Ok(Outcome::Edited { text: edited, .. }) = edit::edit_text(text, file, &repo, &edit, dates, force)
            else {
                continue;
            };
            toml_reader(&edited);
            let (_, found) = parse_plan(&edited, &location);
            assert!(!found.iter().any(Diagnostic::is_error), "{edit:?} left errors: {found:?}\n{edited}");
            let again = edit::edit_text(&edited, file, &repo, &edit, dates, false);
            assert!(
                matches!(again, Ok(Outcome::Ended(Ended::Unchanged { .. }))),
                "{edit:?} does not show in the file it wrote: {again:?}\n{edited}"
            );
            changed += 1;
        }
    }
    changed
}

/// The edits to try: each command on the plan's ids (and on `nix`, which is not one), on days
/// at both ends of the calendar cemr accepts, with readings of both kinds.
fn edits_for(plan: Option<&Plan>, today: NaiveDate) -> Vec<Edit> {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(today);
    let days = [today, day(1, 1, 1), day(9998, 12, 31)];
    // A few ids of each are enough to reach every path, and keep a big file quick to fuzz.
    let ids = |ids: Vec<String>| ids.into_iter().take(4).collect::<Vec<_>>();
    let mut activities =
        ids(plan.map(|p| p.activities.iter().map(|a| a.id.value.clone()).collect()).unwrap_or_default());
    let mut goals = ids(plan.map(|p| p.goals.iter().map(|g| g.id.value.clone()).collect()).unwrap_or_default());
    activities.push("nix".to_owned());
    goals.push("nix".to_owned());
    let readings = [
        Reading::Level(0.0),
        Reading::Level(-1.5),
        Reading::Level(1e300),
        Reading::Balance { women: 0, men: 0 },
        Reading::Balance { women: 7, men: 3 },
        Reading::Balance { women: u64::MAX, men: 1 },
    ];
    let url = Some("https://example.se/plan?a=1&b=\"2\"#x".to_owned());
    let mut out = Vec::new();
    for date in days {
        for activity in &activities {
            for status in [ActivityStatus::Done, ActivityStatus::Cancelled, ActivityStatus::Ongoing] {
                out.push(Edit::Activity { activity: activity.clone(), status, date });
            }
        }
        for goal in &goals {
            out.extend(readings.iter().map(|&reading| Edit::Measure { goal: goal.clone(), date, reading }));
        }
        out.push(Edit::Adopt { date, period: None, url: None });
        out.push(Edit::Adopt { date, period: Some((date, day(9998, 12, 31))), url: url.clone() });
        out.push(Edit::Report { date, url: url.clone() });
        out.push(Edit::Sign { date });
    }
    out
}

//! Plan TOML → model. Reads no files and knows nothing of output: text in, plan and diagnostics out.

use super::fault::Fault;
use super::shape::{self, Shape};
use super::tree::Table;
use super::value::{Place, Sink, TableView};
use super::{
    ActionPlan, Activity, ActivityStatus, At, CharterVersion, Goal, Indicator, IndicatorKind, Measurement, Plan,
    Report, Signatory, SignatoryKind,
};
use crate::diag::{Code, Diagnostic, Span};
use crate::message::msg;

/// Every table of a plan file, for "`key` belongs in [table]" hints.
const PLAN_SHAPES: &[&Shape] = &[
    &shape::SIGNATORY,
    &shape::ACTION_PLAN,
    &shape::REPORT,
    &shape::GOAL,
    &shape::INDICATOR,
    &shape::MEASUREMENT,
    &shape::ACTIVITY,
];

/// Where a plan file sits: its id (the file stem) and the groups its folders give it.
pub struct PlanLocation<'a> {
    pub id: &'a str,
    pub file: &'a str,
    pub folder_groups: &'a [String],
}

/// Reads one plan file's text. Returns no plan when the file is not TOML throughout (its
/// findings are all there): reports take only plans read whole.
#[must_use]
pub fn parse_plan(text: &str, location: &PlanLocation<'_>) -> (Option<Plan>, Vec<Diagnostic>) {
    let (plan, readable, diagnostics) = read_plan_text(text, location);
    ((readable == Readable::Whole).then(|| plan.for_reports()), diagnostics)
}

/// Reads one plan file's text, as much of it as can be read: every finding in it, how much
/// could be read, and the plan (`partial` when TOML syntax errors left lines of it unread), for
/// the checks to run on.
#[must_use]
pub fn read_plan_text(text: &str, location: &PlanLocation<'_>) -> (Plan, Readable, Vec<Diagnostic>) {
    let mut sink = Sink::new(location.file, text);
    let (mut plan, readable) = with_toml(text, &mut sink, |root, sink| {
        let view = TableView::new(sink, root, Span::new(0, 0), &shape::PLAN, Place::default(), PLAN_SHAPES);
        read_plan(sink, &view, location)
    });
    plan.partial = readable == Readable::Partly;
    (plan, readable, sink.diagnostics)
}

/// How much of a file the TOML reader could read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Readable {
    /// All of it: the file is TOML.
    Whole,
    /// Every key in its place, but some values could not be read (`48,5`, `“text”`,
    /// `2023-02-30`): like values of the wrong type, they are reported and left out.
    BadValues,
    /// Not every line, or not every key in its place: what is missing may be in what was not read.
    Partly,
}

/// Parses TOML and reads the tree with `read`: the whole tree of a TOML file, and what could be
/// read of one with errors. Every syntax error becomes a finding, in the writer's terms: an
/// unreadable value when its key is read (knowing what it takes), the rest after `read`.
/// Returns what `read` made, and how much of the file could be read.
pub(crate) fn with_toml<R>(
    text: &str,
    sink: &mut Sink<'_>,
    read: impl FnOnce(&Table<'_>, &mut Sink<'_>) -> R,
) -> (R, Readable) {
    let document = super::build::document(text);
    let readable = if document.is_valid() {
        Readable::Whole
    } else if document.faults.iter().all(Fault::is_value) {
        Readable::BadValues
    } else {
        Readable::Partly
    };
    let (values, structural): (Vec<Fault>, Vec<Fault>) = document.faults.into_iter().partition(Fault::is_value);
    sink.invalid = values.into_iter().map(|f| (f.span, f)).collect();
    let read = read(&document.root, sink);
    super::syntax::report_rest(sink, structural);
    (read, readable)
}

fn read_plan(sink: &mut Sink<'_>, root: &TableView<'_, '_>, location: &PlanLocation<'_>) -> Plan {
    let signatory = match root.table(sink, "signatory", PLAN_SHAPES) {
        Some(view) => read_signatory(sink, &view),
        None => Signatory {
            name: location.id.to_owned(),
            kind: SignatoryKind::Other,
            groups: Vec::new(),
            decided: None,
            signed: None,
            contact: None,
            sources: Vec::new(),
            articles: Vec::new(),
            charter: None,
            span: Span::new(0, 0),
        },
    };
    let mut action_plans: Vec<ActionPlan> = root
        .tables(sink, "action_plans", PLAN_SHAPES)
        .iter()
        .map(|v| ActionPlan {
            adopted: v.date(sink, "adopted"),
            start: v.date(sink, "start"),
            end: v.date(sink, "end"),
            url: v.text(sink, "url").map(|t| t.value),
            span: v.span,
        })
        .collect();
    action_plans.sort_by_key(ActionPlan::order_key);
    let mut reports: Vec<Report> = read_each(&root.tables(sink, "reports", PLAN_SHAPES), |v| {
        let date = v.date(sink, "date");
        let url = v.text(sink, "url").map(|t| t.value);
        date.map(|date| Report { date, url })
    });
    reports.sort_by_key(|r| r.date.get());
    let goals = read_each(&root.tables(sink, "goals", PLAN_SHAPES), |v| Some(read_goal(sink, v)));
    let activities = read_each(&root.tables(sink, "activities", PLAN_SHAPES), |v| Some(read_activity(sink, v)));
    let mut groups: Vec<String> = location.folder_groups.to_vec();
    for g in &signatory.groups {
        if !groups.contains(&g.value) {
            groups.push(g.value.clone());
        }
    }
    Plan {
        id: location.id.to_owned(),
        file: location.file.to_owned(),
        groups,
        signatory,
        action_plans,
        reports,
        goals,
        activities,
        partial: false,
    }
}

fn read_signatory(sink: &mut Sink<'_>, v: &TableView<'_, '_>) -> Signatory {
    let name = v.text(sink, "name").map(|t| t.value).unwrap_or_default();
    let kind = v.choice(sink, "kind").and_then(|k| SignatoryKind::from_name(k.value)).unwrap_or(SignatoryKind::Other);
    let charter = v
        .choice(sink, "charter")
        .and_then(|c| CharterVersion::from_name(c.value).map(|version| At::new(version, c.span)));
    Signatory {
        name,
        kind,
        groups: v.text_list(sink, "groups"),
        decided: v.date(sink, "decided"),
        signed: v.date(sink, "signed"),
        contact: v.text(sink, "contact").map(|t| t.value),
        sources: v.text_list(sink, "sources").into_iter().map(|t| t.value).collect(),
        articles: v.integer_list(sink, "articles"),
        charter,
        span: v.span,
    }
}

fn read_goal(sink: &mut Sink<'_>, v: &TableView<'_, '_>) -> Goal {
    let id = v.text(sink, "id");
    let title = v.text(sink, "title").map(|t| t.value).unwrap_or_default();
    let articles = v.integer_list(sink, "articles");
    let focus = v.text(sink, "focus").map(|t| t.value);
    let due = v.date(sink, "due");
    let achieved = v.date(sink, "achieved");
    let (indicator, loose_measurements) = match v.table(sink, "indicator", PLAN_SHAPES) {
        Some(view) => read_indicator(sink, &view),
        None => (None, Vec::new()),
    };
    let id = id.unwrap_or_else(|| At::new(String::new(), v.span));
    Goal { id, title, articles, focus, due, achieved, indicator, loose_measurements, span: v.span }
}

/// The indicator, if it can be read whole; else the measurements that could be read of it.
fn read_indicator(sink: &mut Sink<'_>, v: &TableView<'_, '_>) -> (Option<Indicator>, Vec<Measurement>) {
    let written = v.choice(sink, "kind").and_then(|k| IndicatorKind::from_name(k.value));
    let measurement_views = v.tables(sink, "measurements", PLAN_SHAPES);
    // A kind that cannot be read still lets the rest be checked, as far as it can be: as the
    // kind its keys suggest, without the findings only a known kind would make.
    let known = written.is_some();
    let kind = written.unwrap_or_else(|| guess_kind(v, &measurement_views));
    let only_for = |sink: &mut Sink<'_>, keys: &[&str], says: fn(&str) -> crate::message::Message| {
        for key in keys.iter().filter(|_| known) {
            if let Some(span) = v.key_span(key) {
                sink.push(Code::IrrelevantKey, span, says(key));
            }
        }
    };
    match kind {
        IndicatorKind::Level => {
            only_for(sink, &["min_share"], |key| msg::diag_only_for_balance(key));
            let unit = v.text(sink, "unit").map(|t| t.value);
            let baseline = v.number(sink, "baseline");
            let target = v.number(sink, "target");
            for key in ["baseline", "target"] {
                if !v.has(key) && known {
                    sink.push(Code::MissingKey, v.span, msg::diag_level_needs(key));
                }
            }
            let measurements = read_measurements(sink, &measurement_views, IndicatorKind::Level, known);
            let (Some(baseline), Some(target)) = (baseline, target) else { return (None, measurements) };
            if (target.value - baseline.value).abs() < f64::EPSILON {
                sink.push(Code::InvalidValue, target.span, msg::diag_target_equals_baseline());
                return (None, measurements);
            }
            (Some(Indicator::Level { unit, baseline: baseline.value, target: target.value, measurements }), Vec::new())
        }
        IndicatorKind::Balance => {
            only_for(sink, &["unit", "baseline", "target"], |key| msg::diag_only_for_level(key));
            let min_share = match v.number(sink, "min_share") {
                Some(share) if share.value > 0.0 && share.value <= 50.0 => share.value,
                Some(share) => {
                    sink.push(Code::InvalidValue, share.span, msg::diag_min_share_range(share.value.to_string()));
                    40.0
                }
                None => 40.0,
            };
            let measurements = read_measurements(sink, &measurement_views, IndicatorKind::Balance, known);
            (Some(Indicator::Balance { min_share, measurements }), Vec::new())
        }
    }
}

/// The kind an indicator's keys suggest: balance when it has `min_share` or measurements of
/// women and men without values, else level.
fn guess_kind(v: &TableView<'_, '_>, measurements: &[TableView<'_, '_>]) -> IndicatorKind {
    let level = ["unit", "baseline", "target"].iter().any(|k| v.has(k)) || measurements.iter().any(|m| m.has("value"));
    let balance = v.has("min_share") || measurements.iter().any(|m| m.has("women") || m.has("men"));
    if balance && !level { IndicatorKind::Balance } else { IndicatorKind::Level }
}

/// What `read` makes of each table, in a vector of the exact size (a plan keeps it for the
/// whole run, and growing by doubling left a third of it empty).
fn read_each<T>(views: &[TableView<'_, '_>], mut read: impl FnMut(&TableView<'_, '_>) -> Option<T>) -> Vec<T> {
    let mut out = Vec::with_capacity(views.len());
    out.extend(views.iter().filter_map(&mut read));
    out
}

/// The measurements of an indicator of `kind`; what the kind requires of each is checked only
/// when the kind is `known` (written, not guessed).
fn read_measurements(
    sink: &mut Sink<'_>,
    views: &[TableView<'_, '_>],
    kind: IndicatorKind,
    known: bool,
) -> Vec<Measurement> {
    let mut out: Vec<Measurement> = read_each(views, |v| {
        let date = v.date(sink, "date");
        let value = v.number(sink, "value").map(|n| n.value);
        let women = v.count(sink, "women").map(|n| n.value);
        let men = v.count(sink, "men").map(|n| n.value);
        match kind {
            _ if !known => {}
            IndicatorKind::Level if !v.has("value") => {
                sink.push(Code::MissingKey, v.span, msg::diag_level_measurement_needs_value());
            }
            IndicatorKind::Balance => {
                if let Some(span) = v.key_span("value") {
                    sink.push(Code::IrrelevantKey, span, msg::diag_value_unused_for_balance());
                }
                let missing = match (v.has("women"), v.has("men")) {
                    (false, false) => Some("both"),
                    (false, true) => Some("women"),
                    (true, false) => Some("men"),
                    (true, true) => None,
                };
                if let Some(missing) = missing {
                    sink.push(Code::MissingKey, v.span, msg::diag_balance_measurement_needs(missing));
                }
            }
            IndicatorKind::Level => {}
        }
        Some(Measurement { date: date?, value, women, men })
    });
    out.sort_by_key(|m| m.date.get());
    out
}

fn read_activity(sink: &mut Sink<'_>, v: &TableView<'_, '_>) -> Activity {
    let id = v.text(sink, "id");
    let title = v.text(sink, "title").map(|t| t.value).unwrap_or_default();
    let goals = v.text_list(sink, "goals");
    let owner = v.text(sink, "owner").map(|t| t.value);
    let start = v.date(sink, "start");
    let due = v.date(sink, "due");
    let status =
        v.choice(sink, "status").and_then(|s| ActivityStatus::from_name(s.value).map(|st| At::new(st, s.span)));
    let finished = v.date(sink, "finished");
    if let Some(status) = &status {
        check_finished(sink, v, status, finished.as_ref());
    }
    Activity {
        id: id.unwrap_or_else(|| At::new(String::new(), v.span)),
        title,
        goals,
        owner,
        start,
        due,
        status: status.unwrap_or(At::new(ActivityStatus::Planned, v.span)),
        finished,
        span: v.span,
    }
}

/// `finished` is required for done and cancelled, forbidden for planned and ongoing. Checked
/// here because only the parser knows whether the status was readable at all.
fn check_finished(
    sink: &mut Sink<'_>,
    v: &TableView<'_, '_>,
    status: &At<ActivityStatus>,
    finished: Option<&At<chrono::NaiveDate>>,
) {
    let name = status.value.as_str();
    if status.value.is_finished() && !v.has("finished") {
        sink.push_help(
            Code::FinishedMissing,
            status.span,
            msg::diag_finished_missing(name),
            msg::diag_finished_missing_help(),
        );
    } else if !status.value.is_finished()
        && let Some(span) = v.key_span("finished").or(finished.map(|f| f.span))
    {
        sink.push_help(
            Code::FinishedNotAllowed,
            span,
            msg::diag_finished_not_allowed(name),
            msg::diag_finished_not_allowed_help(),
        );
    }
}

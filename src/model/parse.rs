//! Plan TOML → model. Reads no files and knows nothing of output: text in, plan and diagnostics out.

use toml::de::DeTable;

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

/// Reads one plan file's text. Returns no plan when the TOML itself cannot be parsed.
#[must_use]
pub fn parse_plan(text: &str, location: &PlanLocation<'_>) -> (Option<Plan>, Vec<Diagnostic>) {
    let mut sink = Sink::new(location.file);
    let plan = with_toml(text, &mut sink, |root, sink| {
        let view = TableView::new(sink, root, Span::new(0, 0), &shape::PLAN, Place::default(), PLAN_SHAPES);
        read_plan(sink, &view, location)
    });
    (plan, sink.diagnostics)
}

/// Parses TOML, turning every syntax error into a diagnostic; `None` if there was any.
///
/// Most files take the fast way (`build::document`); a file it gives up on is parsed by the
/// `toml` crate, for its error messages and recovery, and its tree converted.
///
/// A date that does not exist (2023-02-30) is a syntax error to the TOML parser, which would
/// hide every other finding in the file. Such dates are replaced by a quoted placeholder of the
/// same length, so that positions stay put, and reported as `impossible-date` by the reader.
pub(crate) fn with_toml<R>(
    text: &str,
    sink: &mut Sink<'_>,
    read: impl FnOnce(&Table<'_>, &mut Sink<'_>) -> R,
) -> Option<R> {
    if let Some(root) = super::build::document(text) {
        return Some(read(&root, sink));
    }
    let (root, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return Some(read(&Table::from_toml(root.get_ref()), sink));
    }
    if let Some((patched, spans)) = patch_impossible_dates(text, &errors) {
        let (root, again) = DeTable::parse_recoverable(&patched);
        if again.is_empty() {
            sink.impossible_dates = spans;
            let read = read(&Table::from_toml(root.get_ref()), sink);
            sink.report_impossible_dates();
            return Some(read);
        }
    }
    for error in errors {
        let span = error.span().map_or(Span::new(0, 0), Span::from);
        let message = error.message().trim_end().replace('\n', "; ");
        sink.push(Code::TomlSyntax, span, msg::diag_toml_syntax(message));
    }
    None
}

/// The text with every impossible date replaced, and the spans replaced; `None` if any
/// error is of another kind.
fn patch_impossible_dates(
    text: &str,
    errors: &[toml::de::Error],
) -> Option<(String, std::collections::BTreeMap<Span, String>)> {
    let mut patched = text.to_owned();
    let mut spans = std::collections::BTreeMap::new();
    for error in errors {
        let span = error.span()?;
        let token = text.get(span.clone())?;
        let is_date = error.message().starts_with("invalid date") && token.len() >= 3 && token.is_ascii();
        if !is_date {
            return None;
        }
        let placeholder = format!("\"{}\"", "0".repeat(token.len() - 2));
        patched.replace_range(span.clone(), &placeholder);
        spans.insert(Span::from(span.clone()), token.to_owned());
    }
    Some((patched, spans))
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
    let goals = read_each(&root.tables(sink, "goals", PLAN_SHAPES), |v| read_goal(sink, v));
    let activities = read_each(&root.tables(sink, "activities", PLAN_SHAPES), |v| read_activity(sink, v));
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

fn read_goal(sink: &mut Sink<'_>, v: &TableView<'_, '_>) -> Option<Goal> {
    let id = v.text(sink, "id");
    let title = v.text(sink, "title").map(|t| t.value).unwrap_or_default();
    let articles = v.integer_list(sink, "articles");
    let focus = v.text(sink, "focus").map(|t| t.value);
    let due = v.date(sink, "due");
    let achieved = v.date(sink, "achieved");
    let indicator = v.table(sink, "indicator", PLAN_SHAPES).and_then(|i| read_indicator(sink, &i));
    Some(Goal { id: id?, title, articles, focus, due, achieved, indicator, span: v.span })
}

fn read_indicator(sink: &mut Sink<'_>, v: &TableView<'_, '_>) -> Option<Indicator> {
    let kind = v.choice(sink, "kind").and_then(|k| IndicatorKind::from_name(k.value));
    let only_for = |sink: &mut Sink<'_>, keys: &[&str], says: fn(&str) -> crate::message::Message| {
        for key in keys {
            if let Some(span) = v.key_span(key) {
                sink.push(Code::IrrelevantKey, span, says(key));
            }
        }
    };
    let measurement_views = v.tables(sink, "measurements", PLAN_SHAPES);
    match kind? {
        IndicatorKind::Level => {
            only_for(sink, &["min_share"], |key| msg::diag_only_for_balance(key));
            let unit = v.text(sink, "unit").map(|t| t.value);
            let baseline = v.number(sink, "baseline");
            let target = v.number(sink, "target");
            for key in ["baseline", "target"] {
                if !v.has(key) {
                    sink.push(Code::MissingKey, v.span, msg::diag_level_needs(key));
                }
            }
            let measurements = read_measurements(sink, &measurement_views, IndicatorKind::Level);
            let (baseline, target) = (baseline?, target?);
            if (target.value - baseline.value).abs() < f64::EPSILON {
                sink.push(Code::InvalidValue, target.span, msg::diag_target_equals_baseline());
                return None;
            }
            Some(Indicator::Level { unit, baseline: baseline.value, target: target.value, measurements })
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
            let measurements = read_measurements(sink, &measurement_views, IndicatorKind::Balance);
            Some(Indicator::Balance { min_share, measurements })
        }
    }
}

/// What `read` makes of each table, in a vector of the exact size (a plan keeps it for the
/// whole run, and growing by doubling left a third of it empty).
fn read_each<T>(views: &[TableView<'_, '_>], mut read: impl FnMut(&TableView<'_, '_>) -> Option<T>) -> Vec<T> {
    let mut out = Vec::with_capacity(views.len());
    out.extend(views.iter().filter_map(&mut read));
    out
}

fn read_measurements(sink: &mut Sink<'_>, views: &[TableView<'_, '_>], kind: IndicatorKind) -> Vec<Measurement> {
    let mut out: Vec<Measurement> = read_each(views, |v| {
        let date = v.date(sink, "date");
        let value = v.number(sink, "value").map(|n| n.value);
        let women = v.count(sink, "women").map(|n| n.value);
        let men = v.count(sink, "men").map(|n| n.value);
        match kind {
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

fn read_activity(sink: &mut Sink<'_>, v: &TableView<'_, '_>) -> Option<Activity> {
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
    Some(Activity {
        id: id?,
        title,
        goals,
        owner,
        start,
        due,
        status: status.unwrap_or(At::new(ActivityStatus::Planned, v.span)),
        finished,
        span: v.span,
    })
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

//! One goal on a signatory's page: its facts (indicator, baseline, target, latest measurement,
//! progress, trend, due day), then its chart over time with the same figures as a table
//! beside it, so that nobody needs the picture to read them.

use std::fmt::Write as _;

use crate::message::msg;
use crate::model::IndicatorKind;
use crate::render::terms;
use crate::render::text::{Numbers, Text};
use crate::report::GoalDetail;
use crate::report::site::{GoalSeries, Path, Point};

use super::chart;
use super::html::{self, Column};

/// The goal as an `<section>` with an `<h3>` heading.
pub(super) fn section(out: &mut String, goal: &GoalDetail, series: &GoalSeries, t: &Text) {
    let say = |m| html::text(&t.get(&m));
    let n = t.numbers();
    let _ = writeln!(out, "<section class=\"goal\">\n<h3>{}</h3>", html::text(&goal.title));
    let unit = goal.unit.as_deref().filter(|u| !u.trim().is_empty());
    // A value with its unit, as text (escaped where it is placed).
    let value_text = |v: f64| match unit {
        Some(unit) => format!("{} {unit}", n.decimal(v)),
        None => n.decimal(v),
    };
    let value = |v: f64| html::text(&value_text(v));
    let mut facts = Vec::new();
    let indicator = match goal.indicator {
        Some(IndicatorKind::Level) => msg::site_indicator_level(),
        Some(IndicatorKind::Balance) => msg::site_indicator_balance(),
        None => msg::site_no_indicator(),
    };
    facts.push((say(msg::site_indicator()), say(indicator)));
    if let Some(baseline) = goal.baseline {
        facts.push((say(msg::site_baseline()), value(baseline)));
    }
    if let Some(target) = goal.target {
        facts.push((say(msg::site_target()), value(target)));
    }
    if let Some(min) = goal.min_share {
        facts.push((say(msg::site_target()), say(msg::site_balance_target(n.stated_percent(min)))));
    }
    if let Some(latest) = &goal.latest {
        let figure = match (latest.value, latest.women_share) {
            (Some(v), _) => value_text(v),
            (None, Some(share)) => n.share(share),
            (None, None) => String::new(),
        };
        facts.push((say(msg::site_latest()), say(msg::measured_on(latest.date.0, figure))));
    }
    let unknown = say(msg::site_unknown());
    facts.push((say(msg::site_progress()), goal.progress.map_or(unknown, |p| n.percent(p))));
    if goal.indicator == Some(IndicatorKind::Level) {
        facts.push((say(msg::site_trend()), say(terms::trend(goal.trend))));
    }
    if let Some(due) = goal.due {
        let mut due_text = due.to_string();
        if goal.overdue {
            let _ = write!(due_text, " <strong class=\"bad\">{}</strong>", say(msg::overdue_by(goal.days_overdue)));
        }
        facts.push((say(msg::site_due()), due_text));
    }
    if goal.achieved {
        facts.push((
            say(msg::site_achieved()),
            goal.achieved_on.map_or_else(|| say(msg::site_yes()), |d| d.to_string()),
        ));
    }
    html::facts(out, &facts);
    if goal.indicator.is_some() && series.points.is_empty() {
        html::paragraph(out, &say(msg::site_no_measurements()));
    } else {
        match (goal.indicator, goal.min_share) {
            (Some(IndicatorKind::Level), _) => level(out, goal, series, t),
            (Some(IndicatorKind::Balance), Some(min)) => balance(out, goal, series, min, n, t),
            _ => {}
        }
    }
    out.push_str("</section>\n");
}

/// The level chart and its table: each measurement, and where the path stood that day.
fn level(out: &mut String, goal: &GoalDetail, series: &GoalSeries, t: &Text) {
    let say = |m| html::text(&t.get(&m));
    let caption = say(msg::site_chart_level(goal.title.as_str()));
    let svg = chart::level(
        series,
        goal.target,
        goal.baseline,
        t.numbers(),
        &t.get(&msg::site_chart_level(goal.title.as_str())),
    );
    let legend = format!(
        "<span class=\"key measured\"></span>{} <span class=\"key path\"></span>{}",
        say(msg::site_legend_measured()),
        say(msg::site_legend_path())
    );
    figure(out, &caption, &legend, &svg);
    let n = t.numbers();
    let rows: Vec<Vec<String>> = series
        .points
        .iter()
        .filter_map(|p: &Point| {
            let v = p.value?;
            let on_path = series.path.and_then(|path| path_value(path, p)).map(|v| n.decimal(v)).unwrap_or_default();
            Some(vec![p.date.to_string(), n.decimal(v), on_path])
        })
        .collect();
    // The unit stands once, in the headers, not in every cell.
    let with_unit = |what| match goal.unit.as_deref().filter(|u| !u.trim().is_empty()) {
        Some(unit) => say(msg::site_with_unit(unit, t.get(&what))),
        None => say(what),
    };
    let (date, measured, path) = (say(msg::site_date()), with_unit(msg::site_value()), with_unit(msg::site_on_path()));
    let columns = [Column::text(&date), Column::number(&measured), Column::number(&path)];
    html::table(out, &say(msg::site_chart_table()), "figures", &columns, &rows);
}

/// The path's value on a measurement's day (the trend's yardstick).
fn path_value(path: Path, p: &Point) -> Option<f64> {
    let span = (path.to.0 - path.from.0).num_days();
    if span <= 0 {
        return None;
    }
    #[allow(clippy::cast_precision_loss)] // day counts far below 2^52
    let share = (p.date.0 - path.from.0).num_days() as f64 / span as f64;
    Some(path.start + (path.target - path.start) * share)
}

/// The balance chart and its table: women, men, the women's share and whether it is balanced.
fn balance(out: &mut String, goal: &GoalDetail, series: &GoalSeries, min: f64, n: Numbers, t: &Text) {
    let say = |m| html::text(&t.get(&m));
    let (low, high) = (n.stated_percent(min), n.stated_percent(100.0 - min));
    let label = msg::site_chart_balance(high.as_str(), low.as_str(), goal.title.as_str());
    let svg = chart::balance(series, min, n, &t.get(&label));
    let legend = format!(
        "<span class=\"key measured\"></span>{} <span class=\"key band\"></span>{}",
        say(msg::site_women_share()),
        say(msg::site_legend_band(high.as_str(), low.as_str()))
    );
    figure(out, &say(label), &legend, &svg);
    let count = |c: Option<u64>| c.map(|c| n.count(c)).unwrap_or_default();
    let rows: Vec<Vec<String>> = series
        .points
        .iter()
        .filter_map(|p| {
            let share = p.women_share?;
            let balanced = crate::model::is_balanced(share, min);
            let answer = say(if balanced { msg::site_yes() } else { msg::site_no() });
            Some(vec![p.date.to_string(), count(p.women), count(p.men), n.share(share), answer])
        })
        .collect();
    let headers = [
        say(msg::site_date()),
        say(msg::column_women()),
        say(msg::column_men()),
        say(msg::site_women_share()),
        say(msg::site_balanced()),
    ];
    let columns = [
        Column::text(&headers[0]),
        Column::number(&headers[1]),
        Column::number(&headers[2]),
        Column::number(&headers[3]),
        Column::text(&headers[4]),
    ];
    html::table(out, &say(msg::site_chart_table()), "figures", &columns, &rows);
}

/// A chart with a visible caption and legend; the SVG itself is named by its `aria-label`.
fn figure(out: &mut String, caption: &str, legend: &str, svg: &str) {
    let _ = write!(
        out,
        "<figure class=\"chart\">\n<figcaption>{caption}<br><span class=\"legend\">{legend}</span></figcaption>\n{svg}</figure>\n"
    );
}

//! One goal on a signatory's page: its facts (indicator, baseline, target, latest measurement,
//! progress, trend, due day), then its chart over time with the same figures as a table
//! beside it, so that nobody needs the picture to read them.

use crate::message::msg;
use crate::model::IndicatorKind;
use crate::render::fixed::push_date;
use crate::render::terms;
use crate::render::text::{Numbers, Text};
use crate::report::GoalDetail;
use crate::report::site::{GoalSeries, Path, Point};

use super::chart;
use super::html::{self, Column, Table};
use super::page::Frame;

/// The words of every goal section that do not depend on the goal, put into words (and
/// escaped) once for the whole site rather than once per goal or per row.
pub(super) struct Words {
    indicator: String,
    indicator_level: String,
    indicator_balance: String,
    no_indicator: String,
    baseline: String,
    target: String,
    latest: String,
    progress: String,
    unknown: String,
    trend: String,
    due: String,
    achieved: String,
    yes: String,
    no: String,
    no_measurements: String,
    legend_measured: String,
    legend_path: String,
    women_share: String,
    date: String,
    /// "Value" and "on the path" as plain text: a header with a unit holds them as an argument.
    value: String,
    on_path: String,
    chart_table: String,
    women: String,
    men: String,
    balanced: String,
}

impl Words {
    pub(super) fn new(t: &Text) -> Self {
        let say = |m| html::text(&t.get(&m));
        Self {
            indicator: say(msg::site_indicator()),
            indicator_level: say(msg::site_indicator_level()),
            indicator_balance: say(msg::site_indicator_balance()),
            no_indicator: say(msg::site_no_indicator()),
            baseline: say(msg::site_baseline()),
            target: say(msg::site_target()),
            latest: say(msg::site_latest()),
            progress: say(msg::site_progress()),
            unknown: say(msg::site_unknown()),
            trend: say(msg::site_trend()),
            due: say(msg::site_due()),
            achieved: say(msg::site_achieved()),
            yes: say(msg::site_yes()),
            no: say(msg::site_no()),
            no_measurements: say(msg::site_no_measurements()),
            legend_measured: say(msg::site_legend_measured()),
            legend_path: say(msg::site_legend_path()),
            women_share: say(msg::site_women_share()),
            date: say(msg::site_date()),
            value: t.get(&msg::site_value()),
            on_path: t.get(&msg::site_on_path()),
            chart_table: say(msg::site_chart_table()),
            women: say(msg::column_women()),
            men: say(msg::column_men()),
            balanced: say(msg::site_balanced()),
        }
    }
}

/// The goal as an `<section>` with an `<h3>` heading.
pub(super) fn section(out: &mut String, goal: &GoalDetail, series: &GoalSeries, frame: &Frame<'_>) {
    let (t, words) = (frame.text, &frame.goal_words);
    let say = |m| html::text(&t.get(&m));
    let n = t.numbers();
    out.push_str("<section class=\"goal\">\n<h3>");
    html::text_into(out, &goal.title);
    out.push_str("</h3>\n");
    let unit = goal.unit.as_deref().filter(|u| !u.trim().is_empty());
    // A value with its unit, as HTML.
    let value = |out: &mut String, v: f64| {
        n.decimal_into(out, v);
        if let Some(unit) = unit {
            out.push(' ');
            html::text_into(out, unit);
        }
    };
    out.push_str("<dl class=\"facts\">\n");
    let indicator = match goal.indicator {
        Some(IndicatorKind::Level) => &words.indicator_level,
        Some(IndicatorKind::Balance) => &words.indicator_balance,
        None => &words.no_indicator,
    };
    html::fact(out, &words.indicator, |out| out.push_str(indicator));
    if let Some(baseline) = goal.baseline {
        html::fact(out, &words.baseline, |out| value(out, baseline));
    }
    if let Some(target) = goal.target {
        html::fact(out, &words.target, |out| value(out, target));
    }
    if let Some(min) = goal.min_share {
        html::fact(out, &words.target, |out| out.push_str(&say(msg::site_balance_target(n.stated_percent(min)))));
    }
    if let Some(latest) = &goal.latest {
        let figure = match (latest.value, latest.women_share) {
            (Some(v), _) => match unit {
                Some(unit) => format!("{} {unit}", n.decimal(v)),
                None => n.decimal(v),
            },
            (None, Some(share)) => n.share(share),
            (None, None) => String::new(),
        };
        html::fact(out, &words.latest, |out| out.push_str(&say(msg::measured_on(latest.date.0, figure))));
    }
    html::fact(out, &words.progress, |out| match goal.progress {
        Some(p) => out.push_str(&n.percent(p)),
        None => out.push_str(&words.unknown),
    });
    if goal.indicator == Some(IndicatorKind::Level) {
        html::fact(out, &words.trend, |out| out.push_str(&say(terms::trend(goal.trend))));
    }
    if let Some(due) = goal.due {
        html::fact(out, &words.due, |out| {
            push_date(out, due.0);
            if goal.overdue {
                out.push_str(" <strong class=\"bad\">");
                frame.push_overdue_by(out, goal.days_overdue);
                out.push_str("</strong>");
            }
        });
    }
    if goal.achieved {
        html::fact(out, &words.achieved, |out| match goal.achieved_on {
            Some(day) => push_date(out, day.0),
            None => out.push_str(&words.yes),
        });
    }
    out.push_str("</dl>\n");
    if goal.indicator.is_some() && series.points.is_empty() {
        html::paragraph(out, &words.no_measurements);
    } else {
        match (goal.indicator, goal.min_share) {
            (Some(IndicatorKind::Level), _) => level(out, goal, series, words, t),
            (Some(IndicatorKind::Balance), Some(min)) => balance(out, goal, series, min, words, t),
            _ => {}
        }
    }
    out.push_str("</section>\n");
}

/// The level chart and its table: each measurement, and where the path stood that day.
fn level(out: &mut String, goal: &GoalDetail, series: &GoalSeries, words: &Words, t: &Text) {
    let say = |m| html::text(&t.get(&m));
    let label = t.get(&msg::site_chart_level(goal.title.as_str()));
    figure_start(out, &html::text(&label));
    out.push_str("<span class=\"key measured\"></span>");
    out.push_str(&words.legend_measured);
    out.push_str(" <span class=\"key path\"></span>");
    out.push_str(&words.legend_path);
    figure_chart(out);
    chart::level(out, series, goal.target, goal.baseline, t.numbers(), &label);
    out.push_str("</figure>\n");
    // The unit stands once, in the headers, not in every cell.
    let with_unit = |plain: &str| match goal.unit.as_deref().filter(|u| !u.trim().is_empty()) {
        Some(unit) => say(msg::site_with_unit(unit, plain.to_owned())),
        None => html::text(plain),
    };
    let (measured, path) = (with_unit(&words.value), with_unit(&words.on_path));
    let columns = [Column::text(&words.date), Column::number(&measured), Column::number(&path)];
    let n = t.numbers();
    let mut table = Table::start(out, &words.chart_table, "figures", &columns);
    for p in &series.points {
        let Some(v) = p.value else { continue };
        table.row();
        table.cell_with(|out| push_date(out, p.date.0));
        table.cell_with(|out| n.decimal_into(out, v));
        table.cell_with(|out| {
            if let Some(on_path) = series.path.and_then(|path| path_value(path, p)) {
                n.decimal_into(out, on_path);
            }
        });
    }
    table.end();
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
fn balance(out: &mut String, goal: &GoalDetail, series: &GoalSeries, min: f64, words: &Words, t: &Text) {
    let n: Numbers = t.numbers();
    let (low, high) = (n.stated_percent(min), n.stated_percent(100.0 - min));
    let label = t.get(&msg::site_chart_balance(high.as_str(), low.as_str(), goal.title.as_str()));
    figure_start(out, &html::text(&label));
    out.push_str("<span class=\"key measured\"></span>");
    out.push_str(&words.women_share);
    out.push_str(" <span class=\"key band\"></span>");
    html::text_into(out, &t.get(&msg::site_legend_band(high.as_str(), low.as_str())));
    figure_chart(out);
    chart::balance(out, series, min, n, &label);
    out.push_str("</figure>\n");
    let columns = [
        Column::text(&words.date),
        Column::number(&words.women),
        Column::number(&words.men),
        Column::number(&words.women_share),
        Column::text(&words.balanced),
    ];
    let mut table = Table::start(out, &words.chart_table, "figures", &columns);
    for p in &series.points {
        let Some(share) = p.women_share else { continue };
        table.row();
        table.cell_with(|out| push_date(out, p.date.0));
        for count in [p.women, p.men] {
            table.cell_with(|out| {
                if let Some(count) = count {
                    n.count_into(out, count);
                }
            });
        }
        table.cell_with(|out| n.share_into(out, share));
        table.cell(if crate::model::is_balanced(share, min) { &words.yes } else { &words.no });
    }
    table.end();
}

/// The start of a chart's figure, up to its legend: the chart has a visible caption and
/// legend, and the SVG itself is named by its `aria-label`.
fn figure_start(out: &mut String, caption: &str) {
    out.push_str("<figure class=\"chart\">\n<figcaption>");
    out.push_str(caption);
    out.push_str("<br><span class=\"legend\">");
}

/// Between the legend and the chart.
fn figure_chart(out: &mut String) {
    out.push_str("</span></figcaption>\n");
}

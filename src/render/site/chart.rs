//! A goal's chart over time, as inline SVG: a level goal's measurements against the straight
//! path to its target, or a balance goal's women's share against the band of gender balance.
//! The chart is a picture of the table beside it (`goal.rs`), which carries the same figures;
//! every label is escaped, nothing external is referenced.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use crate::render::escape::html_into;
use crate::render::fixed::Fixed;
use crate::render::text::Numbers;
use crate::report::Day;
use crate::report::site::{GoalSeries, Path};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 240.0;
const LEFT: f64 = 60.0;
/// [`LEFT`] as `{LEFT}` writes it.
const LEFT_TEXT: &str = "60";
const RIGHT: f64 = 20.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 30.0;
/// The measured values (4.9:1 against white) and the path to the target (5.9:1).
const MEASURED: &str = "#2f6f9f";
const PATH: &str = "#5b6670";
const BAND: &str = "#d9ead3";

/// The chart's frame: dates across, values up.
struct Frame {
    from: f64,
    to: f64,
    low: f64,
    high: f64,
}

impl Frame {
    fn x(&self, day: Day) -> f64 {
        let span = (self.to - self.from).max(1.0);
        LEFT + (WIDTH - LEFT - RIGHT) * (days(day) - self.from) / span
    }

    fn y(&self, value: f64) -> f64 {
        let span = (self.high - self.low).max(f64::EPSILON);
        HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * (value - self.low) / span
    }
}

/// A coordinate with one decimal.
fn tenths(x: f64) -> Fixed {
    Fixed(x, 1)
}

/// Appends `before`, then the coordinate `x` (the way [`tenths`] writes it).
fn put(s: &mut String, before: &str, x: f64) {
    s.push_str(before);
    tenths(x).push_to(s);
}

fn days(day: Day) -> f64 {
    f64::from(day.0.num_days_from_ce())
}

fn open(s: &mut String, label: &str) {
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
         role=\"img\" aria-label=\""
    );
    html_into(s, label);
    s.push_str("\" font-family=\"sans-serif\" font-size=\"12\">\n");
}

/// A level goal: measurements as a line with dots, the path from the first measurement to the
/// target on the due day as a dashed line, appended to `s`. `label` names the chart for screen
/// readers.
pub(super) fn level(
    s: &mut String,
    series: &GoalSeries,
    target: Option<f64>,
    baseline: Option<f64>,
    numbers: Numbers,
    label: &str,
) {
    let values: Vec<(Day, f64)> = series.points.iter().filter_map(|p| p.value.map(|v| (p.date, v))).collect();
    let mut all: Vec<f64> = values.iter().map(|(_, v)| *v).chain(target).chain(baseline).collect();
    all.push(0.0);
    let (low, high) = nice_range(&all);
    let dates = values.iter().map(|(d, _)| *d).chain(series.path.map(|p| p.to));
    let frame = time_frame(dates, low, high);
    open(s, label);
    y_axis(s, &frame, numbers, None);
    x_axis(s, &frame);
    if let Some(Path { from, start, to, target }) = series.path {
        let _ = writeln!(
            s,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{PATH}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>",
            tenths(frame.x(from)),
            tenths(frame.y(start)),
            tenths(frame.x(to)),
            tenths(frame.y(target))
        );
    }
    line(s, &frame, &values);
    s.push_str("</svg>\n");
}

/// A balance goal: women's share of women and men (0–100 %) with the band `low`–`high` shaded,
/// appended to `s`.
pub(super) fn balance(s: &mut String, series: &GoalSeries, low_share: f64, numbers: Numbers, label: &str) {
    let shares: Vec<(Day, f64)> =
        series.points.iter().filter_map(|p| p.women_share.map(|v| (p.date, v.clamp(0.0, 100.0)))).collect();
    let frame = time_frame(shares.iter().map(|(d, _)| *d), 0.0, 100.0);
    open(s, label);
    let high_share = 100.0 - low_share;
    if high_share > low_share {
        let _ = writeln!(
            s,
            "<rect x=\"{LEFT}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{BAND}\"/>",
            tenths(frame.y(high_share)),
            tenths(WIDTH - LEFT - RIGHT),
            tenths(frame.y(low_share) - frame.y(high_share))
        );
    }
    y_axis(s, &frame, numbers, Some(&[0.0, low_share, high_share, 100.0]));
    x_axis(s, &frame);
    line(s, &frame, &shares);
    s.push_str("</svg>\n");
}

/// The measured values as a line with a dot at each measurement.
fn line(s: &mut String, frame: &Frame, points: &[(Day, f64)]) {
    if points.len() > 1 {
        s.push_str("<polyline points=\"");
        for (i, (d, v)) in points.iter().enumerate() {
            put(s, if i == 0 { "" } else { " " }, frame.x(*d));
            put(s, ",", frame.y(*v));
        }
        let _ = writeln!(s, "\" fill=\"none\" stroke=\"{MEASURED}\" stroke-width=\"2.5\"/>");
    }
    for (d, v) in points {
        put(s, "<circle cx=\"", frame.x(*d));
        put(s, "\" cy=\"", frame.y(*v));
        s.push_str("\" r=\"4.5\" fill=\"");
        s.push_str(MEASURED);
        s.push_str("\" stroke=\"#fff\" stroke-width=\"1.5\"/>\n");
    }
}

/// The dates' span, widened by a month on each side (a single date sits in the middle).
fn time_frame(dates: impl Iterator<Item = Day>, low: f64, high: f64) -> Frame {
    let (mut from, mut to) = (f64::MAX, f64::MIN);
    for d in dates {
        from = from.min(days(d));
        to = to.max(days(d));
    }
    if from > to {
        (from, to) = (0.0, 1.0);
    }
    Frame { from: from - 31.0, to: to + 31.0, low, high }
}

/// The values' range widened to round numbers, with room above.
fn nice_range(values: &[f64]) -> (f64, f64) {
    let low = values.iter().copied().fold(f64::MAX, f64::min);
    let high = values.iter().copied().fold(f64::MIN, f64::max);
    let step = nice_step((high - low).max(1.0) / 4.0);
    ((low / step).floor() * step, ((high / step).ceil() * step).max(low + step))
}

/// 1, 2 or 5 times a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * power).find(|s| *s >= raw).unwrap_or(power * 10.0)
}

/// Horizontal grid lines with their values; `ticks` or five round ones.
fn y_axis(s: &mut String, frame: &Frame, numbers: Numbers, ticks: Option<&[f64]>) {
    let step = nice_step((frame.high - frame.low) / 4.0);
    let round: Vec<f64> =
        (0..=8).map(|i| frame.low + step * f64::from(i)).take_while(|v| *v <= frame.high + step / 1000.0).collect();
    let percent = ticks.is_some();
    for &value in ticks.unwrap_or(&round) {
        let y = frame.y(value);
        s.push_str("<line x1=\"");
        s.push_str(LEFT_TEXT);
        put(s, "\" y1=\"", y);
        put(s, "\" x2=\"", WIDTH - RIGHT);
        put(s, "\" y2=\"", y);
        put(s, "\" stroke=\"#d8dee4\"/>\n<text x=\"", LEFT - 6.0);
        put(s, "\" y=\"", y + 4.0);
        s.push_str("\" text-anchor=\"end\" fill=\"#3d4750\">");
        let label = if percent { numbers.stated_percent(value) } else { numbers.decimal(value) };
        html_into(s, &label);
        s.push_str("</text>\n");
    }
}

/// The years along the bottom (every year, or every few when there are many).
fn x_axis(s: &mut String, frame: &Frame) {
    let _ = writeln!(
        s,
        "<line x1=\"{LEFT}\" y1=\"{0}\" x2=\"{1}\" y2=\"{0}\" stroke=\"#5b6670\"/>",
        tenths(HEIGHT - BOTTOM),
        tenths(WIDTH - RIGHT)
    );
    let year_of = |d: f64| {
        #[allow(clippy::cast_possible_truncation)] // a day count within chrono's range
        NaiveDate::from_num_days_from_ce_opt(d as i32).map_or(0, |d| d.year())
    };
    let (first, last) = (year_of(frame.from) + 1, year_of(frame.to));
    let every = ((last - first) / 8 + 1).max(1);
    for year in (first..=last).step_by(usize::try_from(every).unwrap_or(1)) {
        let Some(day) = NaiveDate::from_ymd_opt(year, 1, 1).map(Day) else { continue };
        let x = frame.x(day);
        put(s, "<line x1=\"", x);
        put(s, "\" y1=\"", HEIGHT - BOTTOM);
        put(s, "\" x2=\"", x);
        put(s, "\" y2=\"", HEIGHT - BOTTOM + 5.0);
        put(s, "\" stroke=\"#5b6670\"/>\n<text x=\"", x);
        put(s, "\" y=\"", HEIGHT - BOTTOM + 18.0);
        let _ = writeln!(s, "\" text-anchor=\"middle\" fill=\"#3d4750\">{year}</text>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::message::Lang;
    use crate::report::site::Point;

    fn day(y: i32, m: u32, d: u32) -> Day {
        Day(NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default())
    }

    fn point(date: Day, value: Option<f64>, share: Option<f64>) -> Point {
        Point { date, value, women: None, men: None, women_share: share }
    }

    #[test]
    fn a_level_chart_draws_the_path_and_every_measurement() {
        let series = GoalSeries {
            points: vec![point(day(2022, 6, 30), Some(20.0), None), point(day(2023, 6, 30), Some(40.0), None)],
            path: Some(Path { from: day(2022, 6, 30), start: 20.0, to: day(2025, 12, 31), target: 100.0 }),
        };
        let mut svg = String::new();
        level(&mut svg, &series, Some(100.0), Some(0.0), Numbers::new(Lang::default()), "A <b>");
        assert_eq!(svg.matches("<circle").count(), 2);
        assert!(svg.contains("stroke-dasharray"), "the path");
        assert!(svg.contains("aria-label=\"A &lt;b&gt;\""));
        assert!(svg.contains(">2024</text>") && svg.contains(">100</text>"), "{svg}");
    }

    #[test]
    fn a_balance_chart_shades_the_band() {
        let series = GoalSeries { points: vec![point(day(2024, 1, 1), None, Some(35.5))], path: None };
        let mut svg = String::new();
        balance(&mut svg, &series, 40.0, Numbers::new(Lang::default()), "b");
        assert!(svg.contains(BAND) && svg.matches("<circle").count() == 1);
        assert!(svg.contains(">40%</text>") && svg.contains(">60%</text>"), "{svg}");
    }

    #[test]
    fn the_left_edge_as_written() {
        assert_eq!(format!("{LEFT}"), LEFT_TEXT);
    }

    #[test]
    fn round_steps() {
        assert!((nice_step(23.0) - 50.0).abs() < 1e-9);
        assert!((nice_step(0.3) - 0.5).abs() < 1e-9);
        assert_eq!(nice_range(&[0.0, 151.0, 200.0]), (0.0, 200.0));
    }
}

//! A goal's chart over time, as inline SVG: a level goal's measurements against the straight
//! path to its target, or a balance goal's women's share against the band of gender balance.
//! The chart is a picture of the table beside it (`goal.rs`), which carries the same figures;
//! every label is escaped, nothing external is referenced.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use crate::render::escape::html_into;
use crate::render::fixed::{Fixed, push_digits};
use crate::render::text::Numbers;
use crate::report::Day;
use crate::report::site::{GoalSeries, Path};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 240.0;
const LEFT: f64 = 60.0;
const RIGHT: f64 = 20.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 30.0;
/// The measured values (4.9:1 against white) and the path to the target (5.9:1).
const MEASURED: &str = "#2f6f9f";
const PATH: &str = "#5b6670";
const BAND: &str = "#d9ead3";
// The places that do not depend on the data are written as text where they are used, as
// [`put`] writes them: 60 ([`LEFT`]), 620 (the right edge), 560 (the width between), 54 (the
// values' right end), 210 (the time axis; a year's tick is 5 long), 228 (the years' baseline);
// a test checks each.
/// The start of every chart, up to its label: the size as `{WIDTH}` and `{HEIGHT}` write it.
const OPEN: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 240\" width=\"640\" \
                    height=\"240\" role=\"img\" aria-label=\"";

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

/// Appends `before`, then the coordinate `x` with one decimal, without a trailing ".0":
/// "143.5", "143".
fn put(s: &mut String, before: &str, x: f64) {
    s.push_str(before);
    Fixed(x, 1).push_to(s);
    if s.ends_with(".0") {
        s.truncate(s.len() - 2);
    }
}

fn days(day: Day) -> f64 {
    f64::from(day.0.num_days_from_ce())
}

fn open(s: &mut String, label: &str) {
    s.push_str(OPEN);
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
    let (low, high) = nice_range(values.iter().map(|(_, v)| *v).chain(target).chain(baseline).chain([0.0]));
    let dates = values.iter().map(|(d, _)| *d).chain(series.path.map(|p| p.to));
    let frame = time_frame(dates, low, high);
    open(s, label);
    axes(s, &frame, numbers, None);
    if let Some(Path { from, start, to, target }) = series.path {
        put(s, "<path d=\"M", frame.x(from));
        put(s, " ", frame.y(start));
        put(s, "L", frame.x(to));
        put(s, " ", frame.y(target));
        s.push_str("\" stroke=\"");
        s.push_str(PATH);
        s.push_str("\" fill=\"none\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n");
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
        put(s, "<rect x=\"60\" y=\"", frame.y(high_share));
        put(s, "\" width=\"560\" height=\"", frame.y(low_share) - frame.y(high_share));
        s.push_str("\" fill=\"");
        s.push_str(BAND);
        s.push_str("\"/>\n");
    }
    axes(s, &frame, numbers, Some(&[0.0, low_share, high_share, 100.0]));
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
        s.push_str("\" fill=\"none\" stroke=\"");
        s.push_str(MEASURED);
        s.push_str("\" stroke-width=\"2.5\"/>\n");
    }
    if points.is_empty() {
        return;
    }
    // The dots' colours once, on the group (SVG's presentation attributes are inherited).
    s.push_str("<g fill=\"");
    s.push_str(MEASURED);
    s.push_str("\" stroke=\"#fff\" stroke-width=\"1.5\">\n");
    for (d, v) in points {
        put(s, "<circle cx=\"", frame.x(*d));
        put(s, "\" cy=\"", frame.y(*v));
        s.push_str("\" r=\"4.5\"/>\n");
    }
    s.push_str("</g>\n");
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
fn nice_range(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (low, high) = values.fold((f64::MAX, f64::MIN), |(low, high), v| (low.min(v), high.max(v)));
    let step = nice_step((high - low).max(1.0) / 4.0);
    ((low / step).floor() * step, ((high / step).ceil() * step).max(low + step))
}

/// 1, 2 or 5 times a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * power).find(|s| *s >= raw).unwrap_or(power * 10.0)
}

/// The axes: horizontal grid lines (at `ticks`, or at five round values), the time axis with a
/// tick at each year ([`years`]), then the grid lines' values and the years. Elements alike
/// stand together in a group that carries their colours once; lines and labels never overlap,
/// so drawing all lines before all labels paints the same picture as drawing them in turns.
/// Each line is a `<path>` of its own, the same shape as a `<line>` in fewer bytes (one path
/// of many lines would paint a line twice drawn, as two grid lines may be, only once), and
/// not filled: a path's fill is black unless said, and a printer may paint even a line's.
fn axes(s: &mut String, frame: &Frame, numbers: Numbers, ticks: Option<&[f64]>) {
    let step = nice_step((frame.high - frame.low) / 4.0);
    let mut round = [0.0; 9];
    let mut count = 0;
    for (i, slot) in (0..).zip(round.iter_mut()) {
        let value = frame.low + step * f64::from(i);
        if value > frame.high + step / 1000.0 {
            break;
        }
        *slot = value;
        count += 1;
    }
    let values = ticks.or(round.get(..count)).unwrap_or_default();
    s.push_str("<g fill=\"none\" stroke=\"#d8dee4\">\n");
    for &value in values {
        let y = frame.y(value);
        put(s, "<path d=\"M60 ", y);
        s.push_str("H620\"/>\n");
    }
    s.push_str("</g>\n<g fill=\"none\" stroke=\"");
    s.push_str(PATH);
    s.push_str("\">\n<path d=\"M60 210H620\"/>\n");
    for (_, x) in years(frame) {
        put(s, "<path d=\"M", x);
        s.push_str(" 210v5\"/>\n");
    }
    s.push_str("</g>\n<g fill=\"#3d4750\" text-anchor=\"end\">\n");
    let percent = ticks.is_some();
    let mut label = String::new();
    for &value in values {
        put(s, "<text x=\"54\" y=\"", frame.y(value) + 4.0);
        s.push_str("\">");
        label.clear();
        if percent {
            label.push_str(&numbers.stated_percent(value));
        } else {
            numbers.decimal_into(&mut label, value);
        }
        html_into(s, &label);
        s.push_str("</text>\n");
    }
    s.push_str("<g text-anchor=\"middle\">\n");
    for (year, x) in years(frame) {
        put(s, "<text x=\"", x);
        s.push_str("\" y=\"228\">");
        match u64::try_from(year) {
            Ok(year) => push_digits(s, year),
            Err(_) => {
                let _ = write!(s, "{year}");
            }
        }
        s.push_str("</text>\n");
    }
    s.push_str("</g>\n</g>\n");
}

/// The years along the bottom (every year, or every few when there are many), each with its
/// place across.
fn years(frame: &Frame) -> impl Iterator<Item = (i32, f64)> + '_ {
    let year_of = |d: f64| {
        #[allow(clippy::cast_possible_truncation)] // a day count within chrono's range
        NaiveDate::from_num_days_from_ce_opt(d as i32).map_or(0, |d| d.year())
    };
    let (first, last) = (year_of(frame.from) + 1, year_of(frame.to));
    let every = ((last - first) / 8 + 1).max(1);
    (first..=last)
        .step_by(usize::try_from(every).unwrap_or(1))
        .filter_map(move |year| NaiveDate::from_ymd_opt(year, 1, 1).map(|day| (year, frame.x(Day(day)))))
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
        // The colours once per group: the line and the dots' group, the grid, the axis, the labels.
        assert_eq!(svg.matches(MEASURED).count(), 2, "{svg}");
        assert_eq!(svg.matches("#d8dee4").count() + svg.matches("#3d4750").count(), 2, "{svg}");
        assert_eq!(svg.matches("<g").count(), svg.matches("</g>").count());
        assert!(!svg.contains(".0\""), "no needless decimals: {svg}");
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
    fn the_fixed_places_as_written() {
        let written = |x: f64| {
            let mut s = String::new();
            put(&mut s, "", x);
            s
        };
        let expected = [("60", LEFT), ("620", WIDTH - RIGHT), ("54", LEFT - 6.0), ("560", WIDTH - LEFT - RIGHT)];
        let axis = [
            ("210", HEIGHT - BOTTOM),
            ("5", HEIGHT - BOTTOM + 5.0 - (HEIGHT - BOTTOM)),
            ("228", HEIGHT - BOTTOM + 18.0),
        ];
        for (text, x) in expected.into_iter().chain(axis) {
            assert_eq!(written(x), text);
        }
        assert_eq!((written(143.04), written(-0.04), written(88.5)), ("143".into(), "-0".into(), "88.5".into()));
        let open = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"{WIDTH}\" \
             height=\"{HEIGHT}\" role=\"img\" aria-label=\""
        );
        assert_eq!(OPEN, open);
    }

    #[test]
    fn round_steps() {
        assert!((nice_step(23.0) - 50.0).abs() < 1e-9);
        assert!((nice_step(0.3) - 0.5).abs() < 1e-9);
        assert_eq!(nice_range([0.0, 151.0, 200.0].into_iter()), (0.0, 200.0));
    }
}

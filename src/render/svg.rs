//! Inline SVG charts for the HTML summary: progress bars, women/men shares against the 40/60
//! band, and deadlines per month. Every label is escaped; nothing external is referenced.

use std::fmt::Write as _;

use super::escape::html;
use super::text::Numbers;

const ROW: f64 = 22.0;
const BAR_WIDTH: f64 = 380.0;
/// Room right of the bars for the value.
const VALUE_WIDTH: f64 = 70.0;
/// More room for a mean with its basis ("100 % (12/12)").
const BASIS_WIDTH: f64 = 30.0;
/// The width of the deadline columns chart.
const COLUMNS_WIDTH: f64 = 680.0;
/// About one character of 12 px sans-serif text, for sizing the label column.
const CHAR_WIDTH: f64 = 6.4;
const MIN_LABEL_WIDTH: f64 = 120.0;
const MAX_LABEL_WIDTH: f64 = 380.0;

/// The label column, as wide as the longest label needs (within limits).
#[derive(Clone, Copy)]
struct Frame {
    label: f64,
}

impl Frame {
    fn for_labels<'a>(labels: impl Iterator<Item = &'a str>) -> Self {
        #[allow(clippy::cast_precision_loss)] // label lengths far below 2^52
        let longest = labels.map(|l| l.chars().count()).max().unwrap_or(0) as f64;
        Self { label: (longest * CHAR_WIDTH + 12.0).clamp(MIN_LABEL_WIDTH, MAX_LABEL_WIDTH) }
    }

    fn width(self) -> f64 {
        self.label + BAR_WIDTH + VALUE_WIDTH
    }

    /// A label truncated to fit the column.
    fn short(self, label: &str) -> String {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // small, positive
        let max = ((self.label - 12.0) / CHAR_WIDTH).floor().max(4.0) as usize;
        if label.chars().count() <= max {
            label.to_owned()
        } else {
            let mut s: String = label.chars().take(max - 1).collect();
            s.push('…');
            s
        }
    }

    fn bar_x(self, percent: f64) -> f64 {
        self.label + BAR_WIDTH * percent / 100.0
    }
}

fn open(width: f64, height: f64, title: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{}\" font-family=\"sans-serif\" font-size=\"12\">\n<title>{}</title>\n",
        html(title),
        html(title)
    )
}

/// One horizontal bar per row, 0–100 %, with its value's words beside it (a mean with its basis:
/// "78 % (1/3)"); `None` (unknown) is drawn as a dashed outline with its words ("unknown (0/3)")
/// inside, never as 0 %.
#[must_use]
pub fn progress_bars(title: &str, rows: &[(String, Option<f64>, String)], numbers: Numbers) -> String {
    #[allow(clippy::cast_precision_loss)]
    let height = ROW * rows.len() as f64 + 30.0;
    let frame = Frame::for_labels(rows.iter().map(|(l, _, _)| l.as_str()));
    let left = frame.label;
    let mut s = open(frame.width() + BASIS_WIDTH, height, title);
    let _ = writeln!(s, "<line x1=\"{left}\" y1=\"4\" x2=\"{left}\" y2=\"{}\" stroke=\"#999\"/>", height - 22.0);
    for (i, (label, value, words)) in rows.iter().enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let y = 6.0 + ROW * i as f64;
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            left - 6.0,
            y + 12.0,
            html(&frame.short(label))
        );
        if let Some(v) = value {
            let v = v.clamp(0.0, 100.0);
            let w = BAR_WIDTH * v / 100.0;
            let _ = writeln!(s, "<rect x=\"{left}\" y=\"{y}\" width=\"{w:.1}\" height=\"15\" fill=\"#2f6f9f\"/>");
            let _ = writeln!(s, "<text x=\"{:.1}\" y=\"{}\">{}</text>", left + w + 4.0, y + 12.0, html(words));
        } else {
            let _ = writeln!(
                s,
                "<rect x=\"{left}\" y=\"{y}\" width=\"{BAR_WIDTH}\" height=\"15\" fill=\"none\" stroke=\"#aaa\" stroke-dasharray=\"4 3\"/>"
            );
            let _ = writeln!(s, "<text x=\"{}\" y=\"{}\" fill=\"#666\">{}</text>", left + 6.0, y + 12.0, html(words));
        }
    }
    let ticks = [0.0, 25.0, 50.0, 75.0, 100.0].map(|p| (p, numbers.percent(p)));
    axis(&mut s, frame, height - 20.0, &ticks);
    s.push_str("</svg>\n");
    s
}

/// Women's share per row on a 0–100 % scale with the band from `min_share` to 100 − `min_share`
/// shaded and its bounds labelled as stated (40–60 % by default): a dot inside the band is
/// balanced (symmetric for women and men).
#[must_use]
pub fn share_chart(title: &str, rows: &[(String, f64)], min_share: f64, numbers: Numbers) -> String {
    #[allow(clippy::cast_precision_loss)]
    let height = ROW * rows.len() as f64 + 30.0;
    let frame = Frame::for_labels(rows.iter().map(|(l, _)| l.as_str()));
    let left = frame.label;
    let mut s = open(frame.width(), height, title);
    let band_x = frame.bar_x(min_share);
    let band_w = BAR_WIDTH * (100.0 - 2.0 * min_share).max(0.0) / 100.0;
    let _ = writeln!(
        s,
        "<rect x=\"{band_x:.1}\" y=\"2\" width=\"{band_w:.1}\" height=\"{}\" fill=\"#d9ead3\"/>",
        height - 24.0
    );
    for (i, (label, share)) in rows.iter().enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let y = 6.0 + ROW * i as f64;
        let share = share.clamp(0.0, 100.0);
        let x = frame.bar_x(share);
        let balanced = crate::model::is_balanced(share, min_share);
        let color = if balanced { "#2e7d32" } else { "#c62828" };
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            left - 6.0,
            y + 12.0,
            html(&frame.short(label))
        );
        let _ = writeln!(
            s,
            "<line x1=\"{left}\" y1=\"{0}\" x2=\"{1}\" y2=\"{0}\" stroke=\"#ddd\"/>",
            y + 8.0,
            left + BAR_WIDTH
        );
        let _ = writeln!(s, "<circle cx=\"{x:.1}\" cy=\"{}\" r=\"5\" fill=\"{color}\"/>", y + 8.0);
        let _ =
            writeln!(s, "<text x=\"{}\" y=\"{}\">{} ♀</text>", left + BAR_WIDTH + 6.0, y + 12.0, numbers.share(share));
    }
    // The band's bounds as the plans state them (40,5 %–59,5 %), each place labelled once.
    let mut ticks = vec![(0.0, numbers.percent(0.0))];
    for bound in [min_share, 100.0 - min_share] {
        ticks.push((bound, numbers.stated_percent(bound)));
    }
    ticks.push((100.0, numbers.percent(100.0)));
    ticks.sort_by(|a, b| a.0.total_cmp(&b.0));
    ticks.dedup_by(|a, b| (a.0 - b.0).abs() < f64::EPSILON);
    axis(&mut s, frame, height - 20.0, &ticks);
    s.push_str("</svg>\n");
    s
}

/// Vertical bars: how many deadlines fall in each period (e.g. month), overdue ones in red.
#[must_use]
pub fn deadline_columns(title: &str, periods: &[(String, usize, usize)], numbers: Numbers) -> String {
    let height = 170.0;
    let mut s = open(COLUMNS_WIDTH, height, title);
    let max = periods.iter().map(|(_, open, overdue)| open + overdue).max().unwrap_or(0).max(1);
    #[allow(clippy::cast_precision_loss)]
    let slot = (COLUMNS_WIDTH - 40.0) / periods.len().max(1) as f64;
    for (i, (label, open, overdue)) in periods.iter().enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let (x, scale) = (30.0 + slot * i as f64, 120.0 / max as f64);
        #[allow(clippy::cast_precision_loss)]
        let (h_overdue, h_open) = (scale * *overdue as f64, scale * *open as f64);
        let base = 135.0;
        let _ = writeln!(
            s,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h_overdue:.1}\" fill=\"#c62828\"/>",
            base - h_overdue,
            slot * 0.7
        );
        let _ = writeln!(
            s,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h_open:.1}\" fill=\"#2f6f9f\"/>",
            base - h_overdue - h_open,
            slot * 0.7
        );
        if open + overdue > 0 {
            let _ = writeln!(
                s,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                x + slot * 0.35,
                base - h_overdue - h_open - 3.0,
                numbers.count((open + overdue) as u64)
            );
        }
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"152\" text-anchor=\"middle\" font-size=\"10\">{}</text>",
            x + slot * 0.35,
            html(label)
        );
    }
    let _ = writeln!(s, "<line x1=\"26\" y1=\"135\" x2=\"{}\" y2=\"135\" stroke=\"#999\"/>", COLUMNS_WIDTH - 10.0);
    s.push_str("</svg>\n");
    s
}

/// The scale's labels under the bars: each percentage where it falls, in its words.
fn axis(s: &mut String, frame: Frame, y: f64, ticks: &[(f64, String)]) {
    for (pct, label) in ticks {
        let x = frame.bar_x(*pct);
        let _ = writeln!(
            s,
            "<text x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#555\">{}</text>",
            y + 14.0,
            html(label)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sv() -> Numbers {
        Numbers::new(crate::message::Lang::from_id("sv").unwrap_or_default())
    }

    #[test]
    fn labels_are_escaped_and_unknown_is_not_zero() {
        let svg = progress_bars(
            "t",
            &[("<script>&".into(), None, "unknown (0/1)".into()), ("Luleå".into(), Some(50.0), "50 % (1/2)".into())],
            sv(),
        );
        assert!(svg.contains("&lt;script&gt;&amp;"));
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("unknown"));
        assert!(svg.contains(">50 % (1/2)</text>") && svg.contains(">unknown (0/1)</text>"));
        assert!(!svg.contains(">0\u{a0}%</text>\n<rect"));
    }

    #[test]
    fn shares_inside_the_band_are_green() {
        let svg = share_chart("t", &[("a".into(), 45.0), ("b".into(), 75.0)], 40.0, sv());
        assert!(svg.contains("#2e7d32") && svg.contains("#c62828"));
    }

    #[test]
    fn the_band_s_bounds_are_labelled_as_the_plans_state_them() {
        let stated = share_chart("t", &[("a".into(), 45.0)], 40.5, sv());
        assert!(stated.contains(">40,5\u{a0}%</text>") && stated.contains(">59,5\u{a0}%</text>"), "{stated}");
        assert!(!stated.contains(">40\u{a0}%</text>") && !stated.contains(">60\u{a0}%</text>"), "{stated}");
        let usual = share_chart("t", &[("a".into(), 45.0)], 40.0, sv());
        let labels = |svg: &str| svg.matches("font-size=\"10\"").count();
        assert!(usual.contains(">40\u{a0}%</text>") && usual.contains(">60\u{a0}%</text>"), "{usual}");
        // A band of one point (50/50) or of everything (0–100) is labelled once per place.
        assert_eq!(labels(&share_chart("t", &[("a".into(), 50.0)], 50.0, sv())), 3);
        assert_eq!(labels(&share_chart("t", &[("a".into(), 50.0)], 0.0, sv())), 2);
        assert_eq!(labels(&usual), 4);
    }

    #[test]
    fn the_label_column_fits_the_labels_within_limits() {
        let narrow = share_chart("t", &[("a".into(), 45.0)], 40.0, sv());
        assert!(narrow.contains("viewBox=\"0 0 570 "), "{narrow}");
        let name = "Älvsbyns kommun: Jämn könsfördelning i kommunfullmäktige";
        let wide = share_chart("t", &[(name.into(), 45.0)], 40.0, sv());
        assert!(wide.contains(name), "a 56-character label fits whole");
        let long = "x".repeat(200);
        let capped = progress_bars("t", &[(long, Some(10.0), "10 %".into())], sv());
        assert!(capped.contains("viewBox=\"0 0 860 ") && capped.contains("x…"), "{capped}");
    }

    #[test]
    fn columns_scale_to_the_largest() {
        let svg = deadline_columns("t", &[("2027-01".into(), 2, 1), ("2027-02".into(), 0, 0)], sv());
        assert!(svg.contains(">3</text>"));
    }
}

//! Numbers for people, the language's way: "48,9 %" in Swedish, "48.9%" in English.
//!
//! The conventions come from the catalogue (`number-decimal-separator`, `number-percent`,
//! `number-group-separator`), so a new language brings its own. Machine formats (JSON, CSV)
//! never come here. Inside a message, a count ([`crate::message::Arg::Count`]) is written here
//! too, through the bundle's formatter, while Fluent still chooses plural forms by its number;
//! other whole numbers ([`crate::message::Arg::Int`]) are written as they are, so that a
//! diagnostic quotes a value as the file has it.

use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::FluentValue;

use super::catalogue;
use crate::message::{LOCALES, Lang, msg};
use crate::render::fixed::{Fixed, push_digits};

/// Numbers with at least this many digits before the decimal separator are written in groups
/// of three ("44 100"); shorter ones are not ("4066"), as Swedish and English style guides allow.
const GROUP_FROM_DIGITS: usize = 5;

/// How one language writes numbers.
#[derive(Debug)]
struct Conventions {
    decimal_separator: String,
    /// Between groups of three digits.
    group_separator: String,
    /// What stands before and after the number in a percentage.
    percent: (String, String),
}

fn conventions(lang: &str) -> &'static Conventions {
    static ALL: OnceLock<Vec<(&'static str, Conventions)>> = OnceLock::new();
    let all = ALL.get_or_init(|| LOCALES.iter().map(|(id, _)| (*id, read(id))).collect());
    all.iter().find(|(id, _)| *id == lang).or_else(|| all.first()).map_or_else(english, |(_, c)| c)
}

fn english() -> &'static Conventions {
    static ENGLISH: OnceLock<Conventions> = OnceLock::new();
    ENGLISH.get_or_init(|| Conventions {
        decimal_separator: ".".to_owned(),
        group_separator: ",".to_owned(),
        percent: (String::new(), "%".to_owned()),
    })
}

fn read(lang: &str) -> Conventions {
    let words = |message: &crate::message::Message| -> String {
        let Some((bundle, pattern)) = catalogue::find(lang, message.id()) else { return String::new() };
        let mut args = fluent_bundle::FluentArgs::new();
        for (name, value) in message.args() {
            if let crate::message::Arg::Text(s) = value {
                args.set(*name, s.clone());
            }
        }
        bundle.format_pattern(pattern, Some(&args), &mut Vec::new()).into_owned()
    };
    let decimal_separator = words(&msg::number_decimal_separator());
    let group_separator = words(&msg::number_group_separator());
    // The percent pattern around a marker that no language writes.
    let marked = words(&msg::number_percent("\u{1}"));
    let percent = marked
        .split_once('\u{1}')
        .map_or_else(|| (String::new(), "%".to_owned()), |(a, b)| (a.to_owned(), b.to_owned()));
    Conventions { decimal_separator, group_separator, percent }
}

thread_local! {
    /// The formatter of the message being put into words on this thread.
    static WRITING: Cell<Option<Numbers>> = const { Cell::new(None) };
}

/// `words()` with the counts in its messages written by `numbers` ([`count_in_message`]).
pub(super) fn writing_counts<T>(numbers: Numbers, words: impl FnOnce() -> T) -> T {
    let before = WRITING.replace(Some(numbers));
    let out = words();
    WRITING.set(before);
    out
}

/// The bundles' number formatter: a count (a whole number that Fluent may group, the way
/// [`crate::message::Arg::Count`] comes) written as [`Numbers::count`] writes it; anything
/// else left to Fluent.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
pub(super) fn count_in_message<M>(value: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    let whole = n.value.is_finite() && n.value >= 0.0 && n.value.fract() == 0.0 && n.value < 2f64.powi(53);
    (n.options.use_grouping && whole).then(|| WRITING.get().map(|numbers| numbers.count(n.value as u64)))?
}

/// The number formatter of one language: every human renderer writes numbers through it.
#[derive(Clone, Copy, Debug)]
pub struct Numbers {
    conventions: &'static Conventions,
}

impl Numbers {
    #[must_use]
    pub fn new(lang: Lang) -> Self {
        Self { conventions: conventions(lang.catalogue_id()) }
    }

    /// A number rounded to one decimal, without a trailing ",0": "12,3", "151", "−2".
    #[must_use]
    pub fn decimal(self, x: f64) -> String {
        let mut out = String::new();
        self.decimal_into(&mut out, x);
        out
    }

    /// [`Numbers::decimal`], appended to `out`.
    pub fn decimal_into(self, out: &mut String, x: f64) {
        let rounded = Self::tenths(x) / 10.0;
        self.fixed_into(out, rounded, usize::from(rounded.fract() != 0.0));
    }

    /// The figure [`Numbers::decimal`] and [`Numbers::share`] show, in tenths (12.25 → 123):
    /// the one rounding to one decimal (half away from zero, of the value as stored), for every
    /// kind of value and for an output that holds the number rather than its text (a workbook's
    /// cell).
    #[must_use]
    pub fn tenths(x: f64) -> f64 {
        (x * 10.0).round()
    }

    /// A number with exactly `digits` decimals: "59,0".
    #[must_use]
    pub fn fixed(self, x: f64, digits: usize) -> String {
        let mut out = String::new();
        self.fixed_into(&mut out, x, digits);
        out
    }

    /// [`Numbers::fixed`], appended to `out`.
    pub fn fixed_into(self, out: &mut String, x: f64, digits: usize) {
        let mut text = String::with_capacity(24);
        Fixed(x, digits).push_to(&mut text);
        let text = match text.strip_prefix('-') {
            // −0.0 and values that round to zero are written without a sign.
            Some(rest) if rest.trim_start_matches(['-', '0', '.']).is_empty() => rest,
            _ => text.as_str(),
        };
        let (whole, decimals) = text.split_once('.').map_or((text, None), |(w, d)| (w, Some(d)));
        let digits = match whole.strip_prefix('-') {
            Some(digits) => {
                out.push('\u{2212}');
                digits
            }
            None => whole,
        };
        self.in_groups_into(out, digits);
        if let Some(decimals) = decimals {
            out.push_str(&self.conventions.decimal_separator);
            out.push_str(decimals);
        }
    }

    /// A whole number: "12", "44 100".
    #[must_use]
    pub fn integer(self, n: i64) -> String {
        let digits = self.in_groups(&n.unsigned_abs().to_string());
        if n < 0 { format!("\u{2212}{digits}") } else { digits }
    }

    /// A count: "12", "44 100".
    #[must_use]
    pub fn count(self, n: u64) -> String {
        let mut out = String::new();
        self.count_into(&mut out, n);
        out
    }

    /// [`Numbers::count`], appended to `out`.
    pub fn count_into(self, out: &mut String, n: u64) {
        let mut digits = String::with_capacity(20);
        push_digits(&mut digits, n);
        self.in_groups_into(out, &digits);
    }

    /// Whether [`Numbers::decimal`] writes `x` in groups of three ("44 100", not "4066"): for
    /// an output that groups by its own means (a workbook's number format).
    #[must_use]
    pub fn grouped(x: f64) -> bool {
        Fixed(x.abs().trunc(), 0).to_string().len() >= GROUP_FROM_DIGITS
    }

    /// `digits` in groups of three when they are many.
    fn in_groups(self, digits: &str) -> String {
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
        self.in_groups_into(&mut out, digits);
        out
    }

    /// [`Numbers::in_groups`], appended to `out`.
    fn in_groups_into(self, out: &mut String, digits: &str) {
        if digits.len() < GROUP_FROM_DIGITS || !digits.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(digits);
            return;
        }
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(&self.conventions.group_separator);
            }
            out.push(digit);
        }
    }

    /// A percentage in whole percent ([`Numbers::whole_percent`]): "53 %" / "53%".
    #[must_use]
    pub fn percent(self, p: f64) -> String {
        self.around_percent(&self.fixed(Self::whole_percent(p), 0))
    }

    /// The one rounding rule for a percentage (issue 18), for every output that shows one, the
    /// workbooks' cells included: whole percent, rounded down below 100 so that "100 %" means
    /// reached and 39.6 % never reads as the 40 % it does not reach (78.8 → 78, 99.6 → 99).
    #[must_use]
    pub fn whole_percent(p: f64) -> f64 {
        if p < 100.0 { p.floor().min(99.0) } else { 100.0 }
    }

    /// A percentage a plan states, such as a balance goal's least share, as the plan states it
    /// with up to one decimal ([`Numbers::decimal`]): "40 %", "40,5 %". A threshold is not a
    /// progress: 40.5 is not rounded down to the 40 it is not.
    #[must_use]
    pub fn stated_percent(self, p: f64) -> String {
        self.around_percent(&self.decimal(p))
    }

    /// A share with one decimal, rounded as every value with one decimal is
    /// ([`Numbers::tenths`]: 12.25 → "12,3 %"): "48,9 %" / "48.9%".
    #[must_use]
    pub fn share(self, p: f64) -> String {
        let mut out = String::new();
        self.share_into(&mut out, p);
        out
    }

    /// [`Numbers::share`], appended to `out`.
    pub fn share_into(self, out: &mut String, p: f64) {
        let (before, after) = &self.conventions.percent;
        out.push_str(before);
        self.fixed_into(out, Self::tenths(p) / 10.0, 1);
        out.push_str(after);
    }

    /// A change in a count: "+2", "−1", "±0".
    #[must_use]
    pub fn change(self, change: i64) -> String {
        match change {
            0 => "±0".to_owned(),
            c if c > 0 => format!("+{}", self.count(c.unsigned_abs())),
            c => format!("\u{2212}{}", self.count(c.unsigned_abs())),
        }
    }

    fn around_percent(self, number: &str) -> String {
        let (before, after) = &self.conventions.percent;
        format!("{before}{number}{after}")
    }
}

#[cfg(test)]
mod tests {
    use super::Numbers;
    use crate::message::Lang;

    fn numbers(id: &str) -> Numbers {
        Numbers::new(Lang::from_id(id).unwrap_or_default())
    }

    #[test]
    fn swedish_and_english() {
        let (sv, en) = (numbers("sv"), numbers("en"));
        assert_eq!(sv.share(48.94), "48,9\u{a0}%");
        assert_eq!(en.share(48.94), "48.9%");
        assert_eq!(sv.decimal(12.25), "12,3");
        assert_eq!(en.decimal(151.0), "151");
        assert_eq!(en.decimal(-2.0), "\u{2212}2");
        assert_eq!(sv.fixed(59.0, 1), "59,0");
        assert_eq!(sv.fixed(-0.01, 1), "0,0");
        assert_eq!(sv.percent(53.4), "53\u{a0}%");
        assert_eq!(en.change(-1), "\u{2212}1");
        assert_eq!(sv.change(11_000), "+11\u{a0}000");
        assert_eq!(en.change(-12_345), "\u{2212}12,345");
        assert_eq!(sv.count(44100), "44\u{a0}100");
        assert_eq!(sv.count(4066), "4066");
        assert_eq!(en.integer(-1_234_567), "\u{2212}1,234,567");
        assert_eq!(sv.fixed(12345.67, 1), "12\u{a0}345,7");
        assert_eq!(en.decimal(100_000.0), "100,000");
    }

    #[test]
    fn plurals_inside_messages() {
        let sv = crate::render::text::Text::new(Lang::from_id("sv").unwrap_or_default());
        assert_eq!(sv.get(&crate::message::msg::count_cancelled(1)), "1 avbruten");
        assert_eq!(sv.get(&crate::message::msg::count_cancelled(2)), "2 avbrutna");
        let en = crate::render::text::Text::new(Lang::from_id("en").unwrap_or_default());
        assert_eq!(en.get(&crate::message::msg::overdue_by(1)), "overdue 1 day");
        // A count is written as the tables write counts; a quoted whole number as it is.
        let count = crate::message::Arg::count;
        assert_eq!(sv.get(&crate::message::msg::count_cancelled(count(12_000))), "12\u{a0}000 avbrutna");
        assert_eq!(en.get(&crate::message::msg::count_cancelled(count(1))), "1 cancelled");
        assert_eq!(en.get(&crate::message::msg::count_cancelled(count(12_000))), "12,000 cancelled");
        assert_eq!(sv.get(&crate::message::msg::count_cancelled(12_000)), "12000 avbrutna");
        let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        assert!(en.get(&crate::message::msg::diff_as_of(count(0), today)).ends_with("No plan file changed."));
    }

    #[test]
    fn percent_never_rounds_up_to_reached() {
        let en = numbers("en");
        assert_eq!(en.percent(99.96), "99%");
        assert_eq!(en.percent(100.0), "100%");
        assert_eq!(en.percent(39.6), "39%");
        assert_eq!(en.percent(0.0), "0%");
    }

    #[test]
    fn the_numbers_behind_the_text() {
        let en = numbers("en");
        for p in [0.0, 39.6, 78.8, 99.6, 99.96, 100.0, 120.0] {
            assert_eq!(en.percent(p), format!("{}%", Numbers::whole_percent(p)));
        }
        // Near a tie the share's digits are those of its text, not a second rounding.
        for p in [48.94, 48.95, 48.85, 0.05, 0.0, 50.0, 100.0, 12.25, 33.333_333] {
            let tenths = Numbers::tenths(p);
            assert_eq!(en.share(p), format!("{}%", crate::render::fixed::Fixed(tenths / 10.0, 1)), "{p}");
        }
        assert!((Numbers::tenths(48.94) - 489.0).abs() < f64::EPSILON);
    }

    /// One rule for one decimal, whatever the value's kind: a share, a measured value and a
    /// stated percentage round a tie alike (half away from zero, [`Numbers::tenths`]).
    #[test]
    fn one_decimal_one_rounding() {
        let (sv, en) = (numbers("sv"), numbers("en"));
        for (x, shown) in [(12.25, "12.3"), (48.95, "49.0"), (0.05, "0.1"), (48.94, "48.9"), (33.35, "33.4")] {
            assert_eq!(en.share(x), format!("{shown}%"), "share {x}");
            assert_eq!(en.decimal(x), shown.trim_end_matches(".0"), "decimal {x}");
            assert_eq!(en.stated_percent(x), format!("{}%", shown.trim_end_matches(".0")), "stated {x}");
            assert_eq!(sv.share(x), format!("{}\u{a0}%", shown.replace('.', ",")), "share {x}");
        }
    }

    #[test]
    fn a_stated_percentage_keeps_its_decimal() {
        let (sv, en) = (numbers("sv"), numbers("en"));
        assert_eq!(sv.stated_percent(40.5), "40,5\u{a0}%");
        assert_eq!(sv.stated_percent(100.0 - 40.5), "59,5\u{a0}%");
        assert_eq!(en.stated_percent(40.0), "40%");
        assert_eq!(en.stated_percent(60.0), "60%");
        assert!(Numbers::grouped(44_100.0) && Numbers::grouped(-10_000.0) && !Numbers::grouped(9_999.9));
        for x in [12.25, 11.35, 40.5, 151.0, -2.04] {
            assert_eq!(en.decimal(x), en.decimal(Numbers::tenths(x) / 10.0), "{x}");
        }
    }
}

//! The two figures every human output words the same way (issue 18): a mean goal progress with
//! the goals it rests on ("78 % · 1 of 3 goals measured", in a table "78 % (1/3)"), and the
//! activities done of those not cancelled, the cancelled ones shown ("37 of 68 (3 cancelled)",
//! in a table "37/68, 3 cancelled"). The denominator is [`report::activities_counted`].

use super::table::{Cell, ratio_text};
use super::text::Text;
use crate::message::{Arg, msg};
use crate::report;

/// A mean goal progress and its basis: `measured` of `goals` have a known progress (a usable
/// measurement, or achieved); `progress` is their mean, `None` when none has.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mean {
    pub progress: Option<f64>,
    pub measured: usize,
    pub goals: usize,
}

impl Mean {
    /// In words: "78 % · 1 of 3 goals measured", "unknown · 0 of 3 goals measured"; `None`
    /// without goals.
    #[must_use]
    pub fn words(self, t: &Text) -> Option<String> {
        (self.goals > 0)
            .then(|| t.get(&msg::mean_progress(Arg::count(self.goals), Arg::count(self.measured), self.percent(t))))
    }

    /// In a table cell: "78 % (1/3)", "unknown (0/3)"; `None` without goals.
    #[must_use]
    pub fn short(self, t: &Text) -> Option<String> {
        (self.goals > 0).then(|| {
            t.get(&msg::mean_progress_short(Arg::count(self.goals), Arg::count(self.measured), self.percent(t)))
        })
    }

    /// The mean alone: "78 %", or "unknown".
    #[must_use]
    pub fn percent(self, t: &Text) -> String {
        self.progress.map_or_else(|| t.get(&msg::summary_progress_unknown()), |p| t.numbers().percent(p))
    }
}

/// What the short form's brackets hold, for under a table that shows it.
#[must_use]
pub fn mean_note(t: &Text) -> String {
    t.get(&msg::mean_progress_note())
}

/// Activities done of those not cancelled, in words: "37 of 68 (3 cancelled)".
#[must_use]
pub fn activities(t: &Text, done: usize, total: usize, cancelled: usize) -> String {
    let counted = report::activities_counted(total, cancelled);
    t.get(&msg::activities_done_of(Arg::count(cancelled), Arg::count(counted), Arg::count(done)))
}

/// The same as a ratio cell ("37/68, 3 cancelled"; two numbers in CSV).
#[must_use]
pub fn activities_cell(t: &Text, done: usize, total: usize, cancelled: usize) -> Cell {
    let note = (cancelled > 0).then(|| t.get(&msg::count_cancelled(Arg::count(cancelled))));
    Cell::ratio_with(done, report::activities_counted(total, cancelled), note)
}

/// The ratio cell's text, where a table holds text: "37/68, 3 cancelled".
#[must_use]
pub fn activities_short(t: &Text, done: usize, total: usize, cancelled: usize) -> String {
    let note = (cancelled > 0).then(|| t.get(&msg::count_cancelled(Arg::count(cancelled))));
    ratio_text(done, report::activities_counted(total, cancelled), note.as_deref(), t.numbers())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::message::Lang;

    fn text(id: &str) -> Text {
        Text::new(Lang::from_id(id).unwrap_or_default())
    }

    #[test]
    fn a_mean_with_its_basis() {
        let (sv, en) = (text("sv"), text("en"));
        let mean = Mean { progress: Some(78.8), measured: 1, goals: 3 };
        assert_eq!(mean.words(&sv).as_deref(), Some("78\u{a0}% · 1 av 3 mål mätta"));
        assert_eq!(mean.words(&en).as_deref(), Some("78% · 1 of 3 goals measured"));
        assert_eq!(mean.short(&sv).as_deref(), Some("78\u{a0}% (1/3)"));
        let unknown = Mean { progress: None, measured: 0, goals: 1 };
        assert_eq!(unknown.words(&sv).as_deref(), Some("okänd · 0 av 1 mål mätt"));
        assert_eq!(unknown.short(&en).as_deref(), Some("unknown (0/1)"));
        assert_eq!(Mean { progress: None, measured: 0, goals: 0 }.short(&en), None);
    }

    #[test]
    fn activities_of_those_not_cancelled() {
        let (sv, en) = (text("sv"), text("en"));
        assert_eq!(activities(&sv, 37, 71, 3), "37 av 68 (3 avbrutna)");
        assert_eq!(activities(&en, 2, 4, 0), "2 of 4");
        assert_eq!(activities(&en, 2, 4, 1), "2 of 3 (1 cancelled)");
        assert_eq!(activities_short(&sv, 37, 71, 3), "37/68, 3 avbrutna");
    }
}

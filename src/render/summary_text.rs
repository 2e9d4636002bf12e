//! The quarterly summary's words, looked up once per summary from the catalogue
//! (`locales/*/summary.ftl`, `terms.ftl`), for both the Markdown and the HTML renderer. Plan
//! text never comes from here: it comes in escaped.

use super::terms;
use super::text::Text;
use crate::deadline::{ActionPlanStatus, DeadlineKind};
use crate::message::{Arg, Message, msg};
use crate::model::ActivityStatus;
use crate::report::Day;
use crate::report::quarter::Quarter;

/// The summary's words in one language, and that language's numbers and alphabetical order.
pub struct SummaryText {
    text: Text,
    pub title: String,
    pub key_figures: String,
    pub at_end: String,
    pub change: String,
    pub signed_row: String,
    pub adopted_row: String,
    pub goals_row: String,
    pub activities_row: String,
    pub overdue_row: String,
    pub happened: String,
    pub nothing_happened: String,
    pub signed: String,
    pub plans_adopted: String,
    pub reports: String,
    pub activities_finished: String,
    pub goals_achieved: String,
    pub measurements: String,
    pub first_plan: String,
    pub late: String,
    pub by_date: String,
    pub by_measurement: String,
    pub became_overdue: String,
    pub nothing_overdue: String,
    pub nothing_still_overdue: String,
    pub nothing_due: String,
    pub per_group: String,
    pub per_signatory: String,
    pub all: String,
    pub date: String,
    pub due: String,
    pub signatory: String,
    pub what: String,
    pub days_overdue: String,
    pub goal: String,
    pub value: String,
    pub women: String,
    pub men: String,
    pub women_share: String,
    pub group: String,
    pub group_signed: String,
    pub group_adopted: String,
    pub count: String,
    pub signed_col: String,
    pub action_plan: String,
    pub reported: String,
    pub goals: String,
    pub activities: String,
    pub overdue: String,
    pub progress: String,
    pub in_quarter: String,
    pub unknown: String,
    pub balance_heading: String,
    pub chart_progress: String,
    pub chart_deadlines: String,
    pub made_by: String,
}

impl SummaryText {
    #[must_use]
    pub fn new(text: Text) -> Self {
        let get = |m: Message| text.get(&m);
        Self {
            title: get(msg::summary_title()),
            key_figures: get(msg::summary_key_figures()),
            at_end: get(msg::summary_at_end()),
            change: get(msg::summary_change()),
            signed_row: get(msg::summary_have_signed()),
            adopted_row: get(msg::summary_have_adopted()),
            goals_row: get(msg::summary_goals_achieved()),
            activities_row: get(msg::summary_activities_done()),
            overdue_row: get(msg::summary_overdue()),
            happened: get(msg::summary_happened()),
            nothing_happened: get(msg::summary_nothing_happened()),
            signed: get(msg::summary_signed()),
            plans_adopted: get(msg::summary_plans_adopted()),
            reports: get(msg::summary_reports()),
            activities_finished: get(msg::summary_activities_finished()),
            goals_achieved: get(msg::summary_goals_achieved()),
            measurements: get(msg::summary_measurements()),
            first_plan: get(msg::summary_first_plan()),
            late: get(msg::summary_late()),
            by_date: get(msg::summary_achieved_by_date()),
            by_measurement: get(msg::summary_achieved_by_measurement()),
            became_overdue: get(msg::summary_became_overdue()),
            nothing_overdue: get(msg::summary_nothing_became_overdue()),
            nothing_still_overdue: get(msg::summary_nothing_still_overdue()),
            nothing_due: get(msg::summary_nothing_due()),
            per_group: get(msg::summary_per_group()),
            per_signatory: get(msg::summary_per_signatory()),
            all: get(msg::summary_all()),
            date: get(msg::summary_date()),
            due: get(msg::column_due()),
            signatory: get(msg::column_signatory()),
            what: get(msg::column_deadline()),
            days_overdue: get(msg::summary_days_overdue()),
            goal: get(msg::column_goal()),
            value: get(msg::summary_value()),
            women: get(msg::column_women()),
            men: get(msg::column_men()),
            women_share: get(msg::column_women_share()),
            group: get(msg::summary_group()),
            group_signed: get(msg::summary_group_signed()),
            group_adopted: get(msg::summary_group_adopted()),
            count: get(msg::column_signatories()),
            signed_col: get(msg::column_signed()),
            action_plan: get(msg::column_action_plan()),
            reported: get(msg::summary_recent_report()),
            goals: get(msg::column_goals_achieved()),
            activities: get(msg::column_activities_done()),
            overdue: get(msg::column_overdue()),
            progress: get(msg::column_goal_progress()),
            in_quarter: get(msg::summary_events()),
            unknown: get(msg::summary_progress_unknown()),
            balance_heading: get(msg::summary_women_and_men()),
            chart_progress: get(msg::summary_chart_progress()),
            chart_deadlines: get(msg::summary_chart_deadlines()),
            made_by: get(msg::summary_made_by()),
            text,
        }
    }

    /// The catalogue in the summary's language.
    #[must_use]
    pub fn text(&self) -> &Text {
        &self.text
    }

    /// The `lang` attribute of the HTML page.
    #[must_use]
    pub fn code(&self) -> &'static str {
        self.text.lang().catalogue_id()
    }

    /// "Quarterly summary, Q3 2026".
    #[must_use]
    pub fn heading(&self, quarter: Quarter) -> String {
        self.text.get(&msg::summary_heading(u32::from(quarter.number()), quarter.year().to_string()))
    }

    /// The period, the day the state is taken, the day it is compared with, and how many
    /// signatories are shown.
    #[must_use]
    pub fn period(&self, (start, end): (Day, Day), as_of: Day, before: Day, count: usize) -> String {
        self.text.get(&msg::summary_period(as_of.0, before.0, count, end.0, start.0))
    }

    #[must_use]
    pub fn unfinished(&self, as_of: Day) -> String {
        self.text.get(&msg::summary_unfinished(as_of.0))
    }

    /// "Have published a progress report in the last 12 months".
    #[must_use]
    pub fn report_row(&self, months: u32) -> String {
        self.text.get(&msg::summary_have_reported(months))
    }

    #[must_use]
    pub fn still_overdue(&self, count: usize) -> String {
        self.text.get(&msg::summary_still_overdue(Arg::count(count)))
    }

    /// "Falls due next quarter (up to 2026-12-31)".
    #[must_use]
    pub fn due_next(&self, end: Day) -> String {
        self.text.get(&msg::summary_due_next(end.0))
    }

    /// "covers 2026-01-01 – 2029-12-31".
    #[must_use]
    pub fn covers(&self, start: Day, end: Day) -> String {
        self.text.get(&msg::summary_covers(end.0, start.0))
    }

    /// "22 of 23".
    #[must_use]
    pub fn part_of(&self, part: usize, whole: usize) -> String {
        let numbers = self.text.numbers();
        self.text.get(&msg::summary_part_of(numbers.count(part as u64), numbers.count(whole as u64)))
    }

    /// The caption of the women's share chart, with the band as the plan states it: "… (band:
    /// 40–60%)", "(band: 40.5–59.5%)".
    #[must_use]
    pub fn chart_share(&self, min_share: f64) -> String {
        let numbers = self.text.numbers();
        let band = format!("{}–{}", numbers.decimal(min_share), numbers.stated_percent(100.0 - min_share));
        self.text.get(&msg::summary_chart_share(band))
    }

    #[must_use]
    pub fn status(&self, status: ActivityStatus) -> String {
        self.text.get(&terms::activity_status(status))
    }

    /// "adopted 2014-02-24", "due 2026-02-28", "not signed".
    #[must_use]
    pub fn plan_status(&self, status: ActionPlanStatus, adopted: Option<Day>, due: Option<Day>) -> String {
        terms::action_plan(status, adopted, due).map_or_else(|| "—".to_owned(), |m| self.text.get(&m))
    }

    /// A number as people write it: no trailing decimal zero, the language's separators.
    #[must_use]
    pub fn number(&self, x: f64) -> String {
        self.text.numbers().decimal(x)
    }

    /// A count: "12", "44 100".
    #[must_use]
    pub fn count(&self, n: usize) -> String {
        self.text.numbers().count(n as u64)
    }

    /// A whole percentage, rounded down below 100: "53%" / "53 %".
    #[must_use]
    pub fn percent(&self, x: f64) -> String {
        self.text.numbers().percent(x)
    }

    /// A share with one decimal: "48.9%" / "48,9 %".
    #[must_use]
    pub fn share(&self, x: f64) -> String {
        self.text.numbers().share(x)
    }

    /// A change: "+2", "−1", "±0".
    #[must_use]
    pub fn change(&self, change: i64) -> String {
        self.text.numbers().change(change)
    }

    /// Appends what a deadline is for to `out`: "Goal: Women and men in management", "Activity:
    /// … (owner: HR)", "Progress report", its title and owner through `esc`.
    pub fn write_deadline(
        &self,
        out: &mut String,
        kind: DeadlineKind,
        title: Option<&str>,
        owner: Option<&str>,
        esc: fn(&mut String, &str),
    ) {
        let escaped = |text: Option<&str>| {
            let text = text.filter(|t| !t.trim().is_empty())?;
            let mut escaped = String::new();
            esc(&mut escaped, text);
            Some(escaped)
        };
        // A row names its owner only beside a title.
        let title = escaped(title);
        let owner = title.as_ref().and_then(|_| escaped(owner));
        out.push_str(&self.text.capitalized(&terms::deadline_owned(kind, title.as_deref(), owner.as_deref())));
    }
}

#[cfg(test)]
mod tests {
    use super::SummaryText;
    use crate::deadline::DeadlineKind;
    use crate::message::Lang;
    use crate::render::text::Text;

    fn words(id: &str) -> SummaryText {
        SummaryText::new(Text::new(Lang::from_id(id).unwrap_or_default()))
    }

    #[test]
    fn deadlines_with_their_title_and_owner() {
        let sv = words("sv");
        let esc = |out: &mut String, s: &str| out.push_str(&s.to_uppercase());
        let mut out = String::new();
        sv.write_deadline(&mut out, DeadlineKind::Activity, Some("kurs"), Some("hr"), esc);
        assert_eq!(out, "Aktivitet: KURS (ansvarig: HR)");
        out.clear();
        sv.write_deadline(&mut out, DeadlineKind::Report, Some("x"), None, esc);
        assert_eq!(out, "Uppföljning: X");
        out.clear();
        sv.write_deadline(&mut out, DeadlineKind::NextPlan, None, None, esc);
        assert_eq!(out, "Ny handlingsplan");
    }

    #[test]
    fn numbers_and_quarters() {
        let (sv, en) = (words("sv"), words("en"));
        let q = "2026Q3".parse().unwrap_or_else(|_| unreachable!());
        assert_eq!(sv.heading(q), "Kvartalsrapport, kvartal 3 2026");
        assert_eq!(en.heading(q), "Quarterly summary, Q3 2026");
        assert_eq!(sv.percent(53.6), "53\u{a0}%");
        assert_eq!(en.change(-1), "\u{2212}1");
        assert_eq!(sv.part_of(22, 23), "22 av 23");
        assert_eq!(
            sv.chart_share(40.0),
            "Andel kvinnor vid den senaste mätningen av varje mål om jämn könsfördelning (markerat: 40–60\u{a0}%)"
        );
    }
}

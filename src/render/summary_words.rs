//! Every fixed human word of the quarterly summary, in English and Swedish, in one table that
//! both the Markdown and the HTML renderer use. Plan text never comes from here.

use crate::deadline::{ActionPlanStatus, DeadlineKind};
use crate::message::Lang;
use crate::model::ActivityStatus;
use crate::report::quarter::Quarter;

/// The words of one language.
#[derive(Debug)]
pub struct Words {
    /// The `lang` attribute of the HTML page.
    pub code: &'static str,
    pub title: &'static str,
    /// "Q3 2026" / "kvartal 3 2026".
    pub quarter: fn(Quarter) -> String,
    pub period: &'static str,
    /// "state at …, change since …": the end date and the day before the start.
    pub state_since: fn(&str, &str) -> String,
    pub unfinished: fn(&str) -> String,
    pub signatories_shown: &'static str,

    pub key_figures: &'static str,
    pub at_end: &'static str,
    pub change: &'static str,
    pub of: &'static str,
    pub signed_row: &'static str,
    pub adopted_row: &'static str,
    /// "Public report in the last {n} months".
    pub report_row: fn(u32) -> String,
    pub goals_row: &'static str,
    pub activities_row: &'static str,
    pub overdue_row: &'static str,

    pub happened: &'static str,
    pub nothing_happened: &'static str,
    pub signed: &'static str,
    pub plans_adopted: &'static str,
    pub reports: &'static str,
    pub activities_finished: &'static str,
    pub goals_achieved: &'static str,
    pub measurements: &'static str,
    pub first_plan: &'static str,
    pub late: &'static str,
    pub covers: &'static str,
    pub by_date: &'static str,
    pub by_measurement: &'static str,
    pub owner: &'static str,

    pub became_overdue: &'static str,
    pub nothing_overdue: &'static str,
    pub still_overdue: &'static str,
    pub nothing_still_overdue: &'static str,
    /// "Falls due next quarter (up to {last day})".
    pub due_next: fn(&str) -> String,
    pub nothing_due: &'static str,
    pub per_group: &'static str,
    pub per_signatory: &'static str,
    pub all: &'static str,

    pub date: &'static str,
    pub due: &'static str,
    pub signatory: &'static str,
    pub what: &'static str,
    pub days_overdue: &'static str,
    pub goal: &'static str,
    pub value: &'static str,
    pub women: &'static str,
    pub men: &'static str,
    pub women_share: &'static str,
    pub group: &'static str,
    pub count: &'static str,
    pub signed_col: &'static str,
    pub action_plan: &'static str,
    pub reported: &'static str,
    pub goals: &'static str,
    pub activities: &'static str,
    pub overdue: &'static str,
    pub progress: &'static str,
    pub in_quarter: &'static str,
    pub unknown: &'static str,
    pub balanced: &'static str,
    pub unbalanced: &'static str,

    pub balance_heading: &'static str,
    pub chart_progress: &'static str,
    pub chart_share: &'static str,
    pub chart_deadlines: &'static str,
    pub made_by: &'static str,
    /// Decimal separator.
    pub decimal: char,
    /// Between a number and `%`.
    pub percent_space: &'static str,

    pub kind: fn(DeadlineKind) -> &'static str,
    pub status: fn(ActivityStatus) -> &'static str,
    pub plan_status: fn(ActionPlanStatus) -> &'static str,
}

impl Words {
    /// The words for `lang`.
    #[must_use]
    pub fn of(lang: Lang) -> &'static Self {
        if lang.is_swedish() { &SV } else { &EN }
    }

    /// A number as people write it: no trailing `.0`, the language's decimal separator.
    #[must_use]
    pub fn number(&self, x: f64) -> String {
        let rounded = (x * 10.0).round() / 10.0;
        let text = if rounded.fract() == 0.0 { format!("{rounded:.0}") } else { format!("{rounded:.1}") };
        text.replace('.', &self.decimal.to_string()).replace('-', "−")
    }

    /// A whole percentage: "53%" / "53 %".
    #[must_use]
    pub fn percent(&self, x: f64) -> String {
        format!("{:.0}{}%", if x < 100.0 { x.floor().min(99.0) } else { 100.0 }, self.percent_space)
    }

    /// A change: "+2", "−1", "±0".
    #[must_use]
    pub fn change(change: i64) -> String {
        match change {
            0 => "±0".to_owned(),
            c if c > 0 => format!("+{c}"),
            c => format!("−{}", c.unsigned_abs()),
        }
    }
}

pub static EN: Words = Words {
    code: "en",
    title: "Quarterly summary",
    quarter: |q| format!("Q{} {:04}", q.number(), q.year()),
    period: "Period",
    state_since: |at, since| format!("state at {at}, change since {since}"),
    unfinished: |at| format!("The quarter is not over yet: this summary covers it up to {at}."),
    signatories_shown: "Signatories",
    key_figures: "Key figures",
    at_end: "At the end of the quarter",
    change: "Change in the quarter",
    of: "of",
    signed_row: "Have signed the Charter",
    adopted_row: "Have adopted an action plan",
    report_row: |n| format!("Have published a report in the last {n} months"),
    goals_row: "Goals achieved",
    activities_row: "Activities done",
    overdue_row: "Overdue deadlines",
    happened: "What happened in the quarter",
    nothing_happened: "Nothing was recorded in the quarter.",
    signed: "Signed the Charter",
    plans_adopted: "Action plans adopted",
    reports: "Public reports",
    activities_finished: "Activities finished",
    goals_achieved: "Goals achieved",
    measurements: "Measurements recorded",
    first_plan: "first action plan",
    late: "late",
    covers: "covers",
    by_date: "reported achieved",
    by_measurement: "target reached in a measurement",
    owner: "owner",
    became_overdue: "Became overdue in the quarter",
    nothing_overdue: "Nothing became overdue in the quarter.",
    still_overdue: "Still overdue from earlier quarters",
    nothing_still_overdue: "Nothing else is overdue.",
    due_next: |end| format!("Falls due next quarter (up to {end})"),
    nothing_due: "Nothing falls due next quarter.",
    per_group: "Per group",
    per_signatory: "Per signatory",
    all: "All",
    date: "Date",
    due: "Due",
    signatory: "Signatory",
    what: "Deadline",
    days_overdue: "Days overdue",
    goal: "Goal",
    value: "Value",
    women: "Women",
    men: "Men",
    women_share: "Women's share",
    group: "Group",
    count: "Signatories",
    signed_col: "Signed",
    action_plan: "Action plan",
    reported: "Recent report",
    goals: "Goals achieved",
    activities: "Activities done",
    overdue: "Overdue",
    progress: "Goal progress",
    in_quarter: "Events",
    unknown: "unknown",
    balanced: "within 40–60",
    unbalanced: "outside 40–60",
    balance_heading: "Women and men",
    chart_progress: "Goal progress per signatory (mean over goals with a known progress)",
    chart_share: "Women's share in the latest measurement of each balance goal (band: 40–60 %)",
    chart_deadlines: "Open deadlines per month (red: overdue at the end of the quarter)",
    made_by: "Made by cemr from the plan files.",
    decimal: '.',
    percent_space: "",
    kind: |k| match k {
        DeadlineKind::ActionPlan => "First action plan",
        DeadlineKind::NextPlan => "New action plan",
        DeadlineKind::Report => "Public report",
        DeadlineKind::Goal => "Goal",
        DeadlineKind::Activity => "Activity",
    },
    status: |s| match s {
        ActivityStatus::Planned => "planned",
        ActivityStatus::Ongoing => "ongoing",
        ActivityStatus::Done => "done",
        ActivityStatus::Cancelled => "cancelled",
    },
    plan_status: |s| match s {
        ActionPlanStatus::NotSigned => "not signed",
        ActionPlanStatus::Due => "due",
        ActionPlanStatus::Overdue => "overdue",
        ActionPlanStatus::Adopted => "adopted",
        ActionPlanStatus::AdoptedLate => "adopted late",
    },
};

pub static SV: Words = Words {
    code: "sv",
    title: "Kvartalsrapport",
    quarter: |q| format!("kvartal {} {:04}", q.number(), q.year()),
    period: "Period",
    state_since: |at, since| format!("läget den {at}, förändring sedan {since}"),
    unfinished: |at| format!("Kvartalet är inte slut ännu: rapporten gäller till och med {at}."),
    signatories_shown: "Undertecknare",
    key_figures: "Nyckeltal",
    at_end: "Vid kvartalets slut",
    change: "Förändring under kvartalet",
    of: "av",
    signed_row: "Har undertecknat deklarationen",
    adopted_row: "Har antagit en handlingsplan",
    report_row: |n| format!("Har redovisat offentligt de senaste {n} månaderna"),
    goals_row: "Uppnådda mål",
    activities_row: "Genomförda aktiviteter",
    overdue_row: "Försenade tidsgränser",
    happened: "Det här hände under kvartalet",
    nothing_happened: "Inget registrerades under kvartalet.",
    signed: "Undertecknat",
    plans_adopted: "Handlingsplan antagen",
    reports: "Offentlig redovisning",
    activities_finished: "Avslutade aktiviteter",
    goals_achieved: "Uppnådda mål",
    measurements: "Nya mätningar",
    first_plan: "första handlingsplanen",
    late: "försenad",
    covers: "gäller",
    by_date: "rapporterat uppnått",
    by_measurement: "målvärdet nått vid mätning",
    owner: "ansvarig",
    became_overdue: "Försenat under kvartalet",
    nothing_overdue: "Inget blev försenat under kvartalet.",
    still_overdue: "Fortfarande försenat sedan tidigare",
    nothing_still_overdue: "Inget annat är försenat.",
    due_next: |end| format!("Förfaller nästa kvartal (till och med {end})"),
    nothing_due: "Inget förfaller nästa kvartal.",
    per_group: "Per grupp",
    per_signatory: "Per undertecknare",
    all: "Totalt",
    date: "Datum",
    due: "Klart senast",
    signatory: "Undertecknare",
    what: "Tidsgräns",
    days_overdue: "Dagar försenat",
    goal: "Mål",
    value: "Värde",
    women: "Kvinnor",
    men: "Män",
    women_share: "Andel kvinnor",
    group: "Grupp",
    count: "Undertecknare",
    signed_col: "Undertecknad",
    action_plan: "Handlingsplan",
    reported: "Redovisat nyligen",
    goals: "Uppnådda mål",
    activities: "Genomförda aktiviteter",
    overdue: "Försenat",
    progress: "Måluppfyllelse",
    in_quarter: "Händelser",
    unknown: "okänd",
    balanced: "inom 40–60",
    unbalanced: "utanför 40–60",
    balance_heading: "Kvinnor och män",
    chart_progress: "Måluppfyllelse per undertecknare (medelvärde för mål med känt utfall)",
    chart_share: "Andel kvinnor vid senaste mätningen av varje mål om jämn fördelning (40–60 % markerat)",
    chart_deadlines: "Öppna tidsgränser per månad (rött: försenade vid kvartalets slut)",
    made_by: "Skapad med cemr ur planfilerna.",
    decimal: ',',
    percent_space: "\u{a0}",
    kind: |k| match k {
        DeadlineKind::ActionPlan => "Första handlingsplan",
        DeadlineKind::NextPlan => "Ny handlingsplan",
        DeadlineKind::Report => "Offentlig redovisning",
        DeadlineKind::Goal => "Mål",
        DeadlineKind::Activity => "Aktivitet",
    },
    status: |s| match s {
        ActivityStatus::Planned => "planerad",
        ActivityStatus::Ongoing => "pågår",
        ActivityStatus::Done => "genomförd",
        ActivityStatus::Cancelled => "avbruten",
    },
    plan_status: |s| match s {
        ActionPlanStatus::NotSigned => "ej undertecknad",
        ActionPlanStatus::Due => "ska antas",
        ActionPlanStatus::Overdue => "försenad",
        ActionPlanStatus::Adopted => "antagen",
        ActionPlanStatus::AdoptedLate => "antagen för sent",
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_changes() {
        assert_eq!(EN.number(151.0), "151");
        assert_eq!(SV.number(12.25), "12,3");
        assert_eq!(EN.number(-2.0), "−2");
        assert_eq!(SV.percent(53.4), "53\u{a0}%");
        // Rounded down below 100, as in the tables: 99.6 % is not "100 %", 39.6 % not "40 %".
        assert_eq!(EN.percent(53.6), "53%");
        assert_eq!(EN.percent(99.6), "99%");
        assert_eq!(EN.percent(100.0), "100%");
        assert_eq!(Words::change(2), "+2");
        assert_eq!(Words::change(-1), "−1");
        assert_eq!(Words::change(0), "±0");
        let q = "2026Q3".parse().unwrap();
        assert_eq!((SV.quarter)(q), "kvartal 3 2026");
        assert_eq!((EN.quarter)(q), "Q3 2026");
    }
}

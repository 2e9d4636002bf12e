//! Every human word of the tables, in one place: English here, Swedish in `words_sv.rs`.
//! Machine formats (CSV) always use [`EN`], so their headers are the same in every language.

use crate::deadline::{ActionPlanStatus, DeadlineKind, Trend};
use crate::message::Lang;
use crate::model::ActivityStatus;
use crate::render::Format;

/// The words for a human output in `lang`; CSV headers stay English (a machine format).
#[must_use]
pub fn for_output(lang: Lang, format: Format) -> &'static Words {
    if lang.is_swedish() && format != Format::Csv { &super::words_sv::SV } else { &EN }
}

/// The words and phrases of the tables in one language.
#[allow(clippy::struct_field_names)]
pub struct Words {
    pub id: &'static str,
    pub signatory: &'static str,
    pub signed: &'static str,
    pub action_plan: &'static str,
    pub articles: &'static str,
    pub goals: &'static str,
    pub goals_achieved: &'static str,
    pub goal_progress: &'static str,
    pub activities: &'static str,
    pub activities_done: &'static str,
    /// Activities less the cancelled ones (CSV header).
    pub activities_counted: &'static str,
    pub done: &'static str,
    pub overdue: &'static str,
    pub next_deadline: &'static str,
    pub total: &'static str,
    pub goal: &'static str,
    pub progress: &'static str,
    pub latest: &'static str,
    pub women: &'static str,
    pub men: &'static str,
    pub women_share: &'static str,
    pub trend: &'static str,
    pub due: &'static str,
    pub state: &'static str,
    pub activity: &'static str,
    pub owner: &'static str,
    pub status: &'static str,
    pub deadline: &'static str,
    pub title: &'static str,
    pub stale: &'static str,
    pub due_soon: &'static str,
    pub number: &'static str,
    pub swedish: &'static str,
    pub english: &'static str,
    pub chosen_by: &'static str,
    pub signatories: &'static str,
    pub no_deadlines: &'static str,
    pub no_signatories: &'static str,
    pub no_goals: &'static str,
    pub no_activities: &'static str,
    /// "Status as of D", with the repository's name when it has one.
    pub status_title: fn(Option<&str>, &str) -> String,
    pub goals_title: fn(&str) -> String,
    pub activities_title: fn(&str) -> String,
    pub deadlines_title: fn(&str) -> String,
    /// Charter version, number of signatories.
    pub articles_title: fn(&str, usize) -> String,
    pub group_total: fn(&str) -> String,
    pub days: fn(i64) -> String,
    pub adopted_count: fn(usize) -> String,
    /// The action plan is overdue; it was due on this date.
    pub plan_overdue: fn(&str) -> String,
    pub cancelled_count: fn(usize) -> String,
    pub action_plan_status: fn(ActionPlanStatus) -> &'static str,
    pub kind: fn(DeadlineKind) -> &'static str,
    pub trend_name: fn(Trend) -> &'static str,
    pub activity_status: fn(ActivityStatus) -> &'static str,
}

/// English.
pub const EN: Words = Words {
    id: "ID",
    signatory: "Signatory",
    signed: "Signed",
    action_plan: "Action plan",
    articles: "Articles",
    goals: "Goals",
    goals_achieved: "Goals achieved",
    goal_progress: "Goal progress",
    activities: "Activities",
    activities_done: "Activities done",
    activities_counted: "Activities not cancelled",
    done: "Done",
    overdue: "Overdue",
    next_deadline: "Next deadline",
    total: "Total",
    goal: "Goal",
    progress: "Progress",
    latest: "Latest",
    women: "Women",
    men: "Men",
    women_share: "Women %",
    trend: "Trend",
    due: "Due",
    state: "State",
    activity: "Activity",
    owner: "Owner",
    status: "Status",
    deadline: "Deadline",
    title: "Title",
    stale: "stale",
    due_soon: "due soon",
    number: "No.",
    swedish: "Swedish",
    english: "English",
    chosen_by: "Chosen by",
    signatories: "Signatories",
    no_deadlines: "No open deadlines.",
    no_signatories: "No signatories.",
    no_goals: "No goals.",
    no_activities: "No activities.",
    status_title: |name, today| match name {
        Some(name) => format!("{name}: status as of {today}"),
        None => format!("Status as of {today}"),
    },
    goals_title: |name| format!("Goals of {name}"),
    activities_title: |name| format!("Activities of {name}"),
    deadlines_title: |today| format!("Open deadlines as of {today}"),
    articles_title: |charter, n| {
        format!("Articles of the {charter} Charter, chosen by {n} signator{}", if n == 1 { "y" } else { "ies" })
    },
    group_total: |name| format!("Total {name}"),
    days: |n| if n == 1 { "1 day".to_owned() } else { format!("{n} days") },
    adopted_count: |n| format!("{n} adopted"),
    plan_overdue: |due| format!("overdue (due {due})"),
    cancelled_count: |n| format!("{n} cancelled"),
    action_plan_status: |s| match s {
        ActionPlanStatus::NotSigned => "not signed",
        ActionPlanStatus::Due => "due",
        ActionPlanStatus::Overdue => "overdue",
        ActionPlanStatus::Adopted => "adopted",
        ActionPlanStatus::AdoptedLate => "adopted late",
    },
    kind: |k| match k {
        DeadlineKind::ActionPlan => "action plan",
        DeadlineKind::NextPlan => "next plan",
        DeadlineKind::Report => "report",
        DeadlineKind::Goal => "goal",
        DeadlineKind::Activity => "activity",
    },
    trend_name: |t| match t {
        Trend::Achieved => "achieved",
        Trend::OnTrack => "on track",
        Trend::NeedsAcceleration => "needs acceleration",
        Trend::Limited => "limited",
        Trend::Deteriorating => "deteriorating",
        Trend::Unknown => "unknown",
    },
    activity_status: |s| match s {
        ActivityStatus::Planned => "planned",
        ActivityStatus::Ongoing => "ongoing",
        ActivityStatus::Done => "done",
        ActivityStatus::Cancelled => "cancelled",
    },
};

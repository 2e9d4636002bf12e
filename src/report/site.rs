//! `cemr site`: everything the public site shows, as of one day (SPEC §10). The status of every
//! signatory with its goals and activities, each goal's measurements over time, the plans and
//! reports, the open deadlines, the groups and the articles chosen. A pure value; the pages are
//! made by `render::site`.

use chrono::NaiveDate;

use super::articles::{ArticleChoice, ArticlesReport};
use super::deadlines::{DeadlineRow, DeadlinesReport};
use super::quarter::Quarter;
use super::status::{SignatoryStatus, StatusReport};
use super::summary::{DEFAULT_QUARTERS, HistoryPoint, PlanHistory, history_days};
use super::{Day, GroupTotals, round1};
use crate::deadline::adopted_as_of;
use crate::model::config::RepoConfig;
use crate::model::site::SiteConfig;
use crate::model::{Goal, Indicator, Plan};

/// The whole site's content.
#[derive(Clone, Debug)]
pub struct SiteReport {
    pub today: Day,
    /// `[repository] name`, if it is set and not blank.
    pub repository: Option<String>,
    /// Every signatory's row and the totals; by id (the details are on the pages, written
    /// from each [`SitePart`] as its plan is read).
    pub status: StatusReport,
    /// Every open deadline (the calendar feeds).
    pub deadlines: SiteDeadlines,
    pub articles: ArticlesReport,
    /// The key figures at the end of each of the last eight quarters, the current one (as of
    /// today) last: the summary's history (SPEC §9), made by the same engine.
    pub history: Vec<HistoryPoint>,
    /// `[rules] report_months`, which "a recent progress report" in the history counts.
    pub report_months: u32,
    /// `[site]`: the public address and the accessibility statement's facts.
    pub site: SiteConfig,
}

/// Every open deadline: each signatory's own, and the order of the whole listing.
#[derive(Clone, Debug, Default)]
pub struct SiteDeadlines {
    /// Each signatory's open deadlines, soonest first, in the order of the report's
    /// `status.signatories`.
    pub by_signatory: Vec<Vec<DeadlineRow>>,
    /// The listing of every open deadline (as `cemr deadlines` sorts it: soonest first, then
    /// signatory id, kind and id), each as (the signatory's place, the row's place in its list).
    pub order: Vec<(usize, usize)>,
}

impl SiteDeadlines {
    /// Each signatory's deadlines, and their listing: a stable sort of the places, so rows
    /// that compare equal keep the signatories' order and each signatory's own.
    #[must_use]
    pub fn of(by_signatory: Vec<Vec<DeadlineRow>>) -> Self {
        let mut places: Vec<(usize, usize, &DeadlineRow)> = by_signatory
            .iter()
            .enumerate()
            .flat_map(|(s, rows)| rows.iter().enumerate().map(move |(r, row)| (s, r, row)))
            .collect();
        places.sort_by(|(_, _, a), (_, _, b)| a.listing_order(b));
        let order = places.into_iter().map(|(s, r, _)| (s, r)).collect();
        Self { by_signatory, order }
    }
}

/// A signatory's plans, reports and goal histories: what its page shows besides its status row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignatoryExtra {
    pub contact: Option<String>,
    /// `sources`: where the facts come from (shown as links when they are plain web addresses).
    pub sources: Vec<String>,
    pub action_plans: Vec<PlanEntry>,
    /// Reports dated on or before today, newest first.
    pub reports: Vec<ReportEntry>,
    /// One per goal, in the order of `SignatoryStatus::goal_details`.
    pub goals: Vec<GoalSeries>,
}

/// An action plan as the page lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanEntry {
    /// On or before today; `None` for a plan not adopted (yet).
    pub adopted: Option<Day>,
    pub start: Option<Day>,
    pub end: Option<Day>,
    pub url: Option<String>,
}

/// A published progress report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportEntry {
    pub date: Day,
    pub url: Option<String>,
}

/// A goal's measurements on or before today, oldest first, and what they are measured against.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalSeries {
    pub points: Vec<Point>,
    /// Level goals: the straight path from the first measurement to the target on the due day
    /// (the trend's yardstick, SPEC §1); `None` without a due day or a measurement.
    pub path: Option<Path>,
}

/// One measurement.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub date: Day,
    pub value: Option<f64>,
    pub women: Option<u64>,
    pub men: Option<u64>,
    /// Women's share of women + men, percent, one decimal.
    pub women_share: Option<f64>,
}

/// The path to a level goal's target: from `(from, start)` to `(to, target)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Path {
    pub from: Day,
    pub start: f64,
    pub to: Day,
    pub target: f64,
}

/// One signatory's share of the site, made on the core that read its plan (which is freed
/// there): its status row, what its page adds, its counts in the history, its open
/// deadlines (in the site's order) and its choice of articles. Its page is written from it
/// right away; the rest of the site keeps only [`SitePart::without_page`].
#[derive(Clone, Debug)]
pub struct SitePart {
    status: SignatoryStatus,
    extra: SignatoryExtra,
    history: PlanHistory,
    deadlines: Vec<DeadlineRow>,
    articles: ArticleChoice,
}

impl SitePart {
    #[must_use]
    pub fn of(plan: &Plan, config: &RepoConfig, today: NaiveDate) -> Self {
        let deadlines = DeadlinesReport::sorted(DeadlineRow::all_of(plan, &config.rules, today).collect());
        Self {
            status: SignatoryStatus::build(plan, config, today, true),
            extra: SignatoryExtra::build(plan, today),
            history: PlanHistory::of(plan, &config.rules, &SiteReport::history_days(today)),
            deadlines,
            articles: ArticleChoice::of(plan),
        }
    }

    /// The signatory's row, with its goals and activities in detail.
    #[must_use]
    pub fn status(&self) -> &SignatoryStatus {
        &self.status
    }

    /// What its page shows besides its row.
    #[must_use]
    pub fn extra(&self) -> &SignatoryExtra {
        &self.extra
    }

    /// Its open deadlines, soonest first.
    #[must_use]
    pub fn deadlines(&self) -> &[DeadlineRow] {
        &self.deadlines
    }

    /// The part without what only the signatory's own page shows (its goals and activities in
    /// detail, plans, reports and goal series), once that page is written: the rest of the
    /// site does not hold every page's content at once.
    #[must_use]
    pub fn without_page(mut self) -> Self {
        self.status.goal_details = None;
        self.status.activity_details = None;
        self.extra = SignatoryExtra::default();
        self
    }
}

impl SiteReport {
    /// The site of the signatories' parts (in any order; the site lists them by id).
    #[must_use]
    pub fn from_parts(mut parts: Vec<SitePart>, config: &RepoConfig, today: NaiveDate) -> Self {
        parts.sort_by(|a, b| (&a.status.id, &a.status.file).cmp(&(&b.status.id, &b.status.file)));
        let mut rows = Vec::with_capacity(parts.len());
        let mut histories = Vec::with_capacity(parts.len());
        let mut choices = Vec::with_capacity(parts.len());
        let mut deadlines = Vec::with_capacity(parts.len());
        for part in parts {
            rows.push(part.status);
            histories.push(part.history);
            choices.push(part.articles);
            deadlines.push(part.deadlines);
        }
        // The listing of deadlines is sorted on a core of its own while the rest is made.
        let (deadlines, (status, articles, history)) = crate::parallel::join(
            || SiteDeadlines::of(deadlines),
            || {
                let history = PlanHistory::sum(&Self::history_days(today), &histories);
                (StatusReport::from_rows(rows, config, today), ArticlesReport::from_choices(&choices, config), history)
            },
        );
        Self {
            today: Day(today),
            repository: config.name.clone().filter(|n| !n.trim().is_empty()),
            status,
            deadlines,
            articles,
            history,
            report_months: config.rules.report_months,
            site: config.site.clone(),
        }
    }

    /// The days of the history: the ends of the last quarters and today (as the summary of the
    /// current quarter counts them).
    fn history_days(today: NaiveDate) -> Vec<(Quarter, NaiveDate)> {
        history_days(Quarter::containing(today), today, DEFAULT_QUARTERS)
    }

    /// The members of a group, by id.
    pub fn members<'a>(&'a self, group: &'a GroupTotals) -> impl Iterator<Item = &'a SignatoryStatus> + 'a {
        self.status.signatories.iter().filter(move |s| s.groups.contains(&group.id))
    }
}

impl SignatoryExtra {
    #[must_use]
    pub fn build(plan: &Plan, today: NaiveDate) -> Self {
        let adopted: Vec<_> = adopted_as_of(plan, today).into_iter().map(|(_, p)| std::ptr::from_ref(p)).collect();
        let action_plans = plan
            .action_plans
            .iter()
            .map(|p| PlanEntry {
                adopted: p.adopted_date().filter(|_| adopted.contains(&std::ptr::from_ref(p))).map(Day),
                start: p.start.as_ref().map(|d| Day(d.value)),
                end: p.end.as_ref().map(|d| Day(d.value)),
                url: p.url.clone(),
            })
            .collect();
        let mut reports: Vec<ReportEntry> = plan
            .reports
            .iter()
            .filter(|r| r.date.value <= today)
            .map(|r| ReportEntry { date: Day(r.date.value), url: r.url.clone() })
            .collect();
        reports.reverse();
        Self {
            contact: plan.signatory.contact.clone(),
            sources: plan.signatory.sources.clone(),
            action_plans,
            reports,
            goals: plan.goals.iter().map(|g| GoalSeries::build(g, today)).collect(),
        }
    }
}

impl GoalSeries {
    #[must_use]
    pub fn build(goal: &Goal, today: NaiveDate) -> Self {
        let Some(indicator) = &goal.indicator else { return Self { points: Vec::new(), path: None } };
        let mut points: Vec<Point> = indicator
            .measurements()
            .iter()
            .filter(|m| m.date.value <= today)
            .filter(|m| match indicator {
                Indicator::Level { .. } => m.value.is_some_and(f64::is_finite),
                Indicator::Balance { .. } => m.women_share().is_some(),
            })
            .map(|m| Point {
                date: Day(m.date.value),
                value: m.value,
                women: m.women,
                men: m.men,
                women_share: m.women_share().map(round1),
            })
            .collect();
        points.sort_by_key(|p| p.date);
        let path = match (indicator, goal.due.as_ref(), points.first()) {
            (Indicator::Level { target, .. }, Some(due), Some(first)) => {
                first.value.map(|start| Path { from: first.date, start, to: Day(due.value), target: *target })
            }
            _ => None,
        };
        Self { points, path }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse::{PlanLocation, parse_plan};

    fn plan(text: &str) -> Plan {
        let location = PlanLocation { id: "x", file: "plans/x.toml", folder_groups: &[] };
        let (plan, diags) = parse_plan(text, &location);
        assert!(diags.iter().all(|d| !d.is_error()), "{diags:?}");
        plan.unwrap_or_else(|| panic!("no plan"))
    }

    const PLAN: &str = "[signatory]\nname = \"X\"\nkind = \"municipality\"\nsigned = 2020-01-01\narticles = [1]\n\
        [[action_plans]]\nadopted = 2021-01-01\nstart = 2021-01-01\nend = 2024-12-31\n\
        [[action_plans]]\nadopted = 2030-01-01\n\
        [[reports]]\ndate = 2022-01-01\n[[reports]]\ndate = 2023-01-01\nurl = \"https://x.se/r.pdf\"\n\
        [[reports]]\ndate = 2031-01-01\n\
        [[goals]]\nid = \"g\"\ntitle = \"G\"\narticles = [1]\ndue = 2025-12-31\n\
        [goals.indicator]\nkind = \"level\"\nbaseline = 0\ntarget = 100\n\
        [[goals.indicator.measurements]]\ndate = 2023-06-30\nvalue = 40\n\
        [[goals.indicator.measurements]]\ndate = 2022-06-30\nvalue = 20\n\
        [[goals.indicator.measurements]]\ndate = 2030-06-30\nvalue = 90\n";

    #[test]
    fn a_page_shows_what_was_true_on_its_day() {
        let today = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
        let extra = SignatoryExtra::build(&plan(PLAN), today);
        let adopted: Vec<Option<String>> =
            extra.action_plans.iter().map(|p| p.adopted.map(|d| d.to_string())).collect();
        assert_eq!(adopted, [Some("2021-01-01".into()), None], "a plan adopted later is not adopted yet");
        let reports: Vec<String> = extra.reports.iter().map(|r| r.date.to_string()).collect();
        assert_eq!(reports, ["2023-01-01", "2022-01-01"], "newest first, none from the future");
        let goal = &extra.goals[0];
        let dates: Vec<String> = goal.points.iter().map(|p| p.date.to_string()).collect();
        assert_eq!(dates, ["2022-06-30", "2023-06-30"], "oldest first, none from the future");
        let path = goal.path.unwrap_or_else(|| panic!("a level goal with a due day has a path"));
        assert_eq!(
            (path.from.to_string(), path.start, path.to.to_string(), path.target),
            ("2022-06-30".into(), 20.0, "2025-12-31".into(), 100.0)
        );
    }
}

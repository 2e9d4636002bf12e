//! The summary report, built directly from plans (the CLI tests cover the quarter's edges).

use super::*;
use crate::deadline::testkit::{d, signed, unsigned};

fn q(s: &str) -> Quarter {
    s.parse().unwrap()
}

/// The summary's parts (the report borrows its text from them).
fn parts(plans: &[Plan], quarter: &str, as_of: &str) -> Vec<SummaryPart> {
    let refs: Vec<&Plan> = plans.iter().collect();
    SummaryPart::all(&refs, &RepoConfig::default().rules, q(quarter), d(as_of), DEFAULT_QUARTERS)
}

fn build<'p>(parts: &'p [SummaryPart], quarter: &str, as_of: &str) -> SummaryReport<'p> {
    SummaryReport::from_parts(parts, &RepoConfig::default(), q(quarter), d(as_of), DEFAULT_QUARTERS)
}

const BALANCE: &str = "[[goals]]\nid = \"kf\"\ntitle = \"KF\"\narticles = [2]\n\
    [goals.indicator]\nkind = \"balance\"\n\
    [[goals.indicator.measurements]]\ndate = 2026-05-01\nwomen = 1\nmen = 9\n\
    [[goals.indicator.measurements]]\ndate = 2026-08-01\nwomen = 5\nmen = 5\n\
    [[goals.indicator.measurements]]\ndate = 2026-11-01\nwomen = 2\nmen = 8\n";

#[test]
fn a_goal_reached_inside_the_quarter_counts_once_and_later_losses_are_left_out() {
    let input = parts(&[signed("2020-01-01", BALANCE)], "2026Q3", "2026-09-30");
    let r = build(&input, "2026Q3", "2026-09-30");
    assert_eq!(r.happened.goals_achieved.len(), 1);
    assert_eq!(r.happened.goals_achieved.first().map(|g| g.date), Some(Day(d("2026-08-01"))));
    assert_eq!(r.totals.goals_achieved, Change { now: 1, before: 0, change: 1 });
    assert_eq!(r.happened.measurements.len(), 1, "only the measurement inside the quarter");
    let latest = r.balance.first().unwrap();
    assert_eq!((latest.date, latest.women_share, latest.balanced), (Day(d("2026-08-01")), 50.0, true));
    // A quarter later the target is lost again: nothing achieved in Q4, one fewer achieved.
    let input = parts(&[signed("2020-01-01", BALANCE)], "2026Q4", "2026-12-31");
    let r = build(&input, "2026Q4", "2026-12-31");
    assert!(r.happened.goals_achieved.is_empty());
    assert_eq!(r.totals.goals_achieved.change, -1);
    assert_eq!(r.signatories.first().and_then(|s| s.goal_progress), Some(50.0), "20 % of a 40 % minimum");
}

#[test]
fn an_explicit_date_before_the_quarter_is_not_an_event_in_it() {
    let goal = "[[goals]]\nid = \"g\"\ntitle = \"G\"\narticles = [1]\nachieved = 2026-06-30\n";
    let input = parts(&[signed("2020-01-01", goal)], "2026Q3", "2026-09-30");
    let r = build(&input, "2026Q3", "2026-09-30");
    assert!(r.happened.goals_achieved.is_empty());
    assert_eq!(r.totals.goals_achieved, Change { now: 1, before: 1, change: 0 });
    assert!(r.happened.is_empty(), "{:?}", r.happened);
}

#[test]
fn the_first_plan_adopted_after_its_due_date_is_late() {
    let plans = "[[action_plans]]\nadopted = 2026-08-01\n[[action_plans]]\nadopted = 2026-09-01\n";
    let input = parts(&[signed("2024-02-29", plans)], "2026Q3", "2026-09-30");
    let r = build(&input, "2026Q3", "2026-09-30");
    let adopted: Vec<(bool, bool)> = r.happened.plans_adopted.iter().map(|p| (p.first, p.late)).collect();
    assert_eq!(adopted, [(true, true), (false, false)], "due 2026-02-28");
    assert_eq!(r.signatories.first().map(|s| s.action_plan.status), Some(deadline::ActionPlanStatus::AdoptedLate));
    assert_eq!(r.totals.overdue, Change { now: 0, before: 1, change: -1 });
    assert_eq!(r.signatories.first().map(|s| s.events), Some(2));
}

#[test]
fn month_columns_run_from_three_months_before_to_the_end_of_the_next_quarter() {
    let activity = "[[activities]]\nid = \"a\"\ntitle = \"A\"\ndue = 2026-08-15\nstatus = \"planned\"\n\
                    [[activities]]\nid = \"b\"\ntitle = \"B\"\ndue = 2026-12-01\nstatus = \"planned\"\n";
    let input = parts(&[signed("2020-01-01", activity)], "2026Q3", "2026-09-30");
    let r = build(&input, "2026Q3", "2026-09-30");
    let months: Vec<&str> = r.deadlines_by_month.iter().map(|m| m.month.as_str()).collect();
    assert_eq!(
        months,
        ["earlier", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]
    );
    let count = |month: &str| r.deadlines_by_month.iter().find(|m| m.month == month).map(|m| (m.open, m.overdue));
    assert_eq!(count("2026-08"), Some((0, 1)));
    assert_eq!(count("2026-12"), Some((1, 0)));
    assert_eq!(count("earlier"), Some((0, 1)), "the action plan, due 2022-01-01");
    // A quarter at the end of the calendar: no overflow, at most a year of columns after
    // "earlier", which holds both deadlines, overdue.
    let input = parts(&[signed("2020-01-01", activity)], "9998Q4", "9998-12-31");
    let r = build(&input, "9998Q4", "9998-12-31");
    assert!(r.deadlines_by_month.len() <= 13);
    assert_eq!(r.deadlines_by_month.first().map(|m| (m.month.as_str(), m.open, m.overdue)), Some(("earlier", 0, 3)));
}

#[test]
fn serialized_shape() {
    let input = parts(&[signed("2020-01-01", BALANCE)], "2026Q3", "2026-09-30");
    let r = build(&input, "2026Q3", "2026-09-30");
    let v = serde_json::to_value(&r).unwrap();
    for key in [
        "repository",
        "quarter",
        "start",
        "end",
        "as_of",
        "complete",
        "before",
        "next_quarter",
        "report_months",
        "totals",
        "happened",
        "became_overdue",
        "overdue_at_end",
        "due_next_quarter",
        "groups",
        "signatories",
        "balance",
        "deadlines_by_month",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["quarter"], "2026Q3");
    assert_eq!(v["totals"]["goals_achieved"], serde_json::json!({"now": 1, "before": 0, "change": 1}));
    assert_eq!(v["signatories"][0]["action_plan"]["status"], "overdue");
}

#[test]
fn still_overdue_from_earlier_is_overdue_at_end_less_what_became_overdue() {
    // Due before the quarter (overdue from earlier), on the day before it (became overdue on
    // its first day), inside it, and after it (not overdue).
    use std::fmt::Write as _;
    let mut activities = String::new();
    for (i, due) in ["2026-03-15", "2026-06-30", "2026-08-15", "2026-11-01"].iter().enumerate() {
        let _ = write!(activities, "[[activities]]\nid = \"a{i}\"\ntitle = \"A\"\ndue = {due}\nstatus = \"planned\"\n");
    }
    let input = parts(&[signed("2020-01-01", &activities)], "2026Q3", "2026-09-30");
    let r = build(&input, "2026Q3", "2026-09-30");
    let ids = |lines: &[DeadlineLine]| lines.iter().filter_map(DeadlineLine::id).collect::<Vec<_>>().join(" ");
    assert_eq!(ids(&r.overdue_at_end), "a0 a1 a2");
    assert_eq!(ids(&r.became_overdue), "a1 a2");
    assert_eq!(ids(r.still_overdue_from_earlier()), "a0");
    let mut both = r.still_overdue_from_earlier().to_vec();
    both.extend(r.became_overdue.iter().copied());
    assert_eq!(both, r.overdue_at_end);
}

#[test]
fn deadline_lines_are_ordered_by_due_date_then_signatory_then_kind_and_id() {
    let with_id = |id: &str, rest: &str| {
        let mut plan = signed("2020-01-01", rest);
        plan.id = id.to_owned();
        plan
    };
    let activity = |id: &str, due: &str| {
        format!("[[activities]]\nid = \"{id}\"\ntitle = \"T\"\ndue = {due}\nstatus = \"planned\"\n")
    };
    let goal = "[[goals]]\nid = \"g\"\ntitle = \"G\"\narticles = [2]\ndue = 2026-03-01\n";
    // Given out of id order, and each plan's own items out of order.
    let b = with_id("b", &[activity("z", "2026-03-01"), activity("y", "2026-03-01"), goal.to_owned()].concat());
    let a = with_id("a", &[activity("m", "2026-03-01"), activity("n", "2026-02-01")].concat());
    let input = parts(&[b, a], "2026Q3", "2026-09-30");
    let r = build(&input, "2026Q3", "2026-09-30");
    let shown: Vec<String> =
        r.overdue_at_end.iter().map(|l| format!("{} {} {}", l.due(), l.signatory(), l.id().unwrap_or("-"))).collect();
    let action_plans = ["2022-01-01 a -", "2022-01-01 b -"];
    let items = ["2026-02-01 a n", "2026-03-01 a m", "2026-03-01 b g", "2026-03-01 b y", "2026-03-01 b z"];
    assert_eq!(shown, [action_plans.as_slice(), &items].concat());
    for line in &r.overdue_at_end {
        let signatory = r.signatories.get(line.signatory_place()).unwrap();
        assert_eq!((signatory.id.as_str(), signatory.name.as_str()), (line.signatory(), line.name()));
    }
    let line = serde_json::to_value(r.overdue_at_end.get(2).unwrap()).unwrap();
    assert_eq!(
        line,
        serde_json::json!({
            "due": "2026-02-01", "signatory": "a", "name": "X", "kind": "activity", "id": "n",
            "title": "T", "owner": null, "days_overdue": 241
        })
    );
}

#[test]
fn deadlines_spread_over_centuries_keep_the_same_order() {
    // Far more days between the first and the last due date than deadlines: still ordered by
    // due date, then signatory, then item.
    let activities = |items: &[(&str, &str)]| {
        let text = items.iter().map(|(id, due)| {
            format!("[[activities]]\nid = \"{id}\"\ntitle = \"T\"\ndue = {due}\nstatus = \"planned\"\n")
        });
        text.collect::<String>()
    };
    let mut b = signed("2020-01-01", &activities(&[("a", "2026-03-01"), ("b", "0100-01-01"), ("c", "9000-01-01")]));
    b.id = "b".to_owned();
    let mut a = signed("2020-01-01", &activities(&[("d", "2026-03-01"), ("e", "0100-01-01")]));
    a.id = "a".to_owned();
    let input = parts(&[b, a], "2026Q3", "2026-09-30");
    let r = build(&input, "2026Q3", "2026-09-30");
    let shown: Vec<String> =
        r.overdue_at_end.iter().map(|l| format!("{} {} {}", l.due(), l.signatory(), l.id().unwrap_or("-"))).collect();
    let expected =
        ["0100-01-01 a e", "0100-01-01 b b", "2022-01-01 a -", "2022-01-01 b -", "2026-03-01 a d", "2026-03-01 b a"];
    assert_eq!(shown, expected);
    assert!(r.due_next_quarter.is_empty(), "9000-01-01 is not due next quarter");
}

#[test]
fn a_plan_history_sums_to_the_summary_history() {
    let plans = [
        signed("2020-01-01", BALANCE),
        signed(
            "2025-02-01",
            "[[action_plans]]\nadopted = 2025-09-01\nstart = 2025-09-01\nend = 2027-12-31\n\
             [[reports]]\ndate = 2026-02-01\n\
             [[activities]]\nid = \"a\"\ntitle = \"A\"\ndue = 2026-03-31\nstatus = \"done\"\nfinished = 2026-05-01\n\
             [[activities]]\nid = \"b\"\ntitle = \"B\"\ndue = 2025-12-31\nstatus = \"ongoing\"\n",
        ),
        unsigned(""),
    ];
    let rules = RepoConfig::default().rules;
    for as_of in ["2025-01-15", "2025-12-31", "2026-05-20", "2026-11-30"] {
        let quarter = Quarter::containing(d(as_of));
        let input = parts(&plans, &quarter.to_string(), as_of);
        let summary = build(&input, &quarter.to_string(), as_of).history;
        let days = history_days(quarter, d(as_of), DEFAULT_QUARTERS);
        let each: Vec<PlanHistory> = plans.iter().map(|p| PlanHistory::of(p, &rules, &days)).collect();
        assert_eq!(PlanHistory::sum(&days, &each), summary, "as of {as_of}");
        assert!(summary.iter().any(|p| p.signed > 0 && p.overdue > 0), "the plans count for something");
    }
}

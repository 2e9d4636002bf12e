//! Goal state: achieved from above and below, progress, balance both ways, stale, trend.

use std::fmt::Write as _;

use super::*;
use crate::deadline::testkit::{d, rules, unsigned};
use crate::model::Goal;

fn goal(text: &str) -> Goal {
    let plan = unsigned(&format!("[[goals]]\nid = \"g\"\ntitle = \"G\"\narticles = [1]\n{text}\n"));
    plan.goals.into_iter().next().unwrap()
}

fn level(baseline: f64, target: f64, due: Option<&str>, points: &[(&str, f64)]) -> Goal {
    let mut text = String::new();
    if let Some(due) = due {
        let _ = writeln!(text, "due = {due}");
    }
    let _ = write!(text, "[goals.indicator]\nkind = \"level\"\nbaseline = {baseline:?}\ntarget = {target:?}\n");
    for (date, value) in points {
        let _ = write!(text, "[[goals.indicator.measurements]]\ndate = {date}\nvalue = {value:?}\n");
    }
    goal(&text)
}

fn balance(min_share: Option<u32>, points: &[(&str, u64, u64)]) -> Goal {
    let mut text = "[goals.indicator]\nkind = \"balance\"\n".to_owned();
    if let Some(share) = min_share {
        let _ = writeln!(text, "min_share = {share}");
    }
    for (date, women, men) in points {
        let _ = write!(text, "[[goals.indicator.measurements]]\ndate = {date}\nwomen = {women}\nmen = {men}\n");
    }
    goal(&text)
}

fn state<'a>(goal: &'a Goal, today: &str) -> GoalState<'a> {
    goal_state(goal, &rules(), d(today))
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn level_reached_from_below() {
    let g = level(0.0, 151.0, Some("2016-12-31"), &[("2013-06-30", 80.0), ("2016-10-01", 151.0)]);
    let before = state(&g, "2016-09-30");
    assert!(!before.achieved);
    assert!(close(before.progress, 100.0 * 80.0 / 151.0));
    let after = state(&g, "2016-10-01");
    assert!(after.achieved);
    assert_eq!(after.achieved_on, Some(d("2016-10-01")));
    assert_eq!(after.progress, Some(100.0));
    assert_eq!(after.trend, Trend::Achieved);
}

#[test]
fn level_reached_from_above_for_a_decreasing_target() {
    let g = level(20.0, 10.0, Some("2026-12-31"), &[("2024-01-01", 15.0), ("2025-01-01", 10.0)]);
    let s = state(&g, "2024-06-01");
    assert!(!s.achieved);
    assert!(close(s.progress, 50.0));
    assert!(state(&g, "2025-01-01").achieved, "value ≤ target when target < baseline");
    let worse = level(20.0, 10.0, None, &[("2024-01-01", 25.0)]);
    assert!(close(state(&worse, "2025-01-01").progress, 0.0), "clamped at 0");
    let beyond = level(0.0, 10.0, None, &[("2024-01-01", 30.0)]);
    assert_eq!(state(&beyond, "2025-01-01").progress, Some(100.0));
}

#[test]
fn a_lost_target_is_no_longer_achieved() {
    let g = level(0.0, 10.0, Some("2030-01-01"), &[("2020-01-01", 4.0), ("2021-01-01", 10.0), ("2022-01-01", 8.0)]);
    assert!(state(&g, "2021-06-01").achieved);
    let s = state(&g, "2022-06-01");
    assert!(!s.achieved);
    assert!(close(s.progress, 80.0));
    assert_eq!(s.achieved_on, None);
}

#[test]
fn achieved_since_the_first_of_the_latest_run() {
    let g = level(
        0.0,
        10.0,
        None,
        &[("2020-01-01", 11.0), ("2021-01-01", 9.0), ("2022-01-01", 10.0), ("2023-01-01", 12.0)],
    );
    assert_eq!(state(&g, "2024-01-01").achieved_on, Some(d("2022-01-01")));
}

#[test]
fn balance_in_both_directions() {
    let women_over = balance(None, &[("2024-01-01", 70, 30)]);
    let men_over = balance(None, &[("2024-01-01", 30, 70)]);
    for g in [&women_over, &men_over] {
        let s = state(g, "2024-06-01");
        assert!(!s.achieved);
        assert!(close(s.progress, 75.0), "100 × 30 ÷ 40");
    }
    let even = balance(None, &[("2024-01-01", 40, 60)]);
    assert!(state(&even, "2024-06-01").achieved, "exactly 40 % reaches 40/60");
    let strict = balance(Some(45), &[("2024-01-01", 40, 60)]);
    let s = state(&strict, "2024-06-01");
    assert!(!s.achieved);
    assert!(close(s.progress, 100.0 * 40.0 / 45.0));
    let all_men = balance(None, &[("2024-01-01", 0, 12)]);
    assert!(close(state(&all_men, "2024-06-01").progress, 0.0));
}

#[test]
fn no_measurement_means_unknown_never_zero() {
    let g = level(0.0, 10.0, Some("2030-01-01"), &[]);
    let s = state(&g, "2024-01-01");
    assert_eq!(s.progress, None);
    assert_eq!(s.trend, Trend::Unknown);
    assert!(s.stale);
    assert!(s.latest.is_none());
    let empty = balance(None, &[("2024-01-01", 0, 0)]);
    assert_eq!(state(&empty, "2024-06-01").progress, None, "0 women and 0 men tell nothing");
    let plain = goal("due = 2030-01-01");
    let s = state(&plain, "2024-01-01");
    assert_eq!(s.progress, None);
    assert!(!s.stale, "no indicator, nothing to measure");
}

#[test]
fn events_after_today_are_left_out() {
    let g = level(0.0, 10.0, None, &[("2024-01-01", 5.0), ("2025-01-01", 10.0)]);
    let s = state(&g, "2024-12-31");
    assert!(!s.achieved);
    assert_eq!(s.latest.map(|m| m.date.value), Some(d("2024-01-01")));
    let explicit = goal("achieved = 2024-05-01");
    assert!(!state(&explicit, "2024-04-30").achieved);
    assert!(state(&explicit, "2024-05-01").achieved);
    assert_eq!(state(&explicit, "2024-05-01").progress, Some(100.0));
    assert_eq!(state(&g, "2023-12-31").progress, None);
}

#[test]
fn overdue_from_the_day_after_due() {
    let g = goal("due = 2024-02-29");
    assert!(!state(&g, "2024-02-29").overdue);
    let s = state(&g, "2024-03-01");
    assert!(s.overdue);
    assert_eq!(s.days_overdue, 1);
    let done = goal("due = 2024-02-29\nachieved = 2024-06-01");
    assert!(!state(&done, "2024-07-01").overdue, "achieved late is not overdue");
}

#[test]
fn stale_after_stale_months_without_measurement() {
    let g = level(0.0, 10.0, None, &[("2025-03-01", 5.0)]);
    assert!(!state(&g, "2026-03-01").stale, "exactly 12 months ago is recent enough");
    assert!(state(&g, "2026-03-02").stale);
    assert!(state(&g, "2025-02-28").stale, "a measurement after today does not count");
}

fn trend(points: &[(&str, f64)], today: &str) -> Trend {
    let g = level(0.0, 100.0, Some("2030-01-01"), points);
    state(&g, today).trend
}

#[test]
fn trend_categories() {
    // Path from (2020-01-01, 0) to (2030-01-01, 100); 2025-01-01 is 1827 of 3653 days.
    let path = 100.0 * 1827.0 / 3653.0;
    let at = |r: f64| trend(&[("2020-01-01", 0.0), ("2025-01-01", r * path)], "2025-06-01");
    assert_eq!(at(1.0), Trend::OnTrack);
    assert_eq!(at(0.951), Trend::OnTrack);
    assert_eq!(at(0.949), Trend::NeedsAcceleration);
    assert_eq!(at(0.601), Trend::NeedsAcceleration);
    assert_eq!(at(0.599), Trend::Limited);
    assert_eq!(at(0.0), Trend::Limited);
    assert_eq!(at(-0.1), Trend::Deteriorating);
}

#[test]
fn trend_for_a_decreasing_target() {
    let g = level(50.0, 10.0, Some("2026-01-01"), &[("2024-01-01", 50.0), ("2025-01-01", 30.0)]);
    assert_eq!(state(&g, "2025-06-01").trend, Trend::OnTrack);
    let worse = level(50.0, 10.0, Some("2026-01-01"), &[("2024-01-01", 50.0), ("2025-01-01", 55.0)]);
    assert_eq!(state(&worse, "2025-06-01").trend, Trend::Deteriorating);
}

#[test]
fn trend_unknown_when_it_cannot_be_told() {
    assert_eq!(trend(&[("2020-01-01", 0.0)], "2025-01-01"), Trend::Unknown, "one measurement");
    assert_eq!(
        trend(&[("2020-01-01", 10.0), ("2025-01-01", 20.0)], "2024-01-01"),
        Trend::Unknown,
        "second is after today"
    );
    let no_due = level(0.0, 100.0, None, &[("2020-01-01", 0.0), ("2021-01-01", 5.0)]);
    assert_eq!(state(&no_due, "2022-01-01").trend, Trend::Unknown);
    let due_at_start = level(0.0, 100.0, Some("2020-01-01"), &[("2020-01-01", 0.0), ("2021-01-01", 5.0)]);
    assert_eq!(state(&due_at_start, "2022-01-01").trend, Trend::Unknown, "no path when due is not after t0");
    let bal = balance(None, &[("2020-01-01", 10, 90), ("2021-01-01", 20, 80)]);
    assert_eq!(state(&bal, "2022-01-01").trend, Trend::Unknown, "balance goals have no trend");
}

#[test]
fn trend_after_due_compares_with_the_target() {
    // Past due, the path stays at the target: R = (60 − 0) ÷ (100 − 0).
    assert_eq!(trend(&[("2020-01-01", 0.0), ("2031-01-01", 60.0)], "2031-06-01"), Trend::NeedsAcceleration);
}

#[test]
fn trend_lost_after_reaching_at_first() {
    let g = level(0.0, 10.0, Some("2030-01-01"), &[("2020-01-01", 12.0), ("2021-01-01", 8.0)]);
    assert_eq!(state(&g, "2022-01-01").trend, Trend::Deteriorating);
}

#[test]
fn non_finite_values_never_panic() {
    let mut g = level(0.0, 10.0, Some("2030-01-01"), &[("2020-01-01", 1.0), ("2021-01-01", 2.0)]);
    if let Some(Indicator::Level { measurements, .. }) = g.indicator.as_mut() {
        measurements[0].value = Some(f64::INFINITY);
        measurements[1].value = Some(f64::NAN);
    }
    let s = state(&g, "2022-01-01");
    assert_eq!(s.progress, None);
    assert_eq!(s.trend, Trend::Unknown);
    let far = level(0.0, 10.0, Some("9999-12-31"), &[("0001-01-01", 1.0), ("9999-12-30", 2.0)]);
    let _ = state(&far, "9999-12-31");
    let _ = goal_state(&far, &rules(), chrono::NaiveDate::MAX);
    let _ = goal_state(&far, &rules(), chrono::NaiveDate::MIN);
}

#[test]
fn achieved_as_of_says_what_the_whole_state_says() {
    let goals = [
        level(10.0, 20.0, Some("2026-01-01"), &[("2024-01-01", 12.0), ("2025-01-01", 21.0), ("2025-06-01", 19.0)]),
        level(20.0, 10.0, None, &[("2024-01-01", 9.0), ("2024-01-01", 15.0), ("2025-01-01", 8.0)]),
        balance(None, &[("2024-03-01", 1, 9), ("2025-03-01", 5, 5), ("2025-03-01", 0, 0)]),
        balance(Some(45), &[("2024-03-01", 4, 6), ("2025-03-01", 6, 4)]),
        goal("achieved = 2025-02-01"),
        goal(""),
    ];
    for g in &goals {
        for day in ["2023-12-31", "2024-01-01", "2024-06-30", "2025-01-01", "2025-03-01", "2025-12-31"] {
            assert_eq!(achieved_as_of(g, d(day)), state(g, day).achieved, "{} on {day}", g.title);
        }
    }
}

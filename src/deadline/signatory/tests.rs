//! Action plan status and every kind of deadline, at their boundaries.

use super::*;
use crate::deadline::testkit::{d, rules, signed, unsigned};

fn kinds(plan: &Plan, today: &str) -> Vec<(DeadlineKind, Option<String>, NaiveDate)> {
    deadlines(plan, &rules(), d(today)).into_iter().map(|x| (x.kind, x.id.map(str::to_owned), x.due)).collect()
}

fn status(plan: &Plan, today: &str) -> ActionPlanStatus {
    action_plan_state(plan, &rules(), d(today)).status
}

#[test]
fn leap_day_signing_is_due_on_the_last_of_february() {
    let p = signed("2024-02-29", "");
    let state = action_plan_state(&p, &rules(), d("2026-02-28"));
    assert_eq!(state.due, Some(d("2026-02-28")));
    assert_eq!(state.status, ActionPlanStatus::Due, "due today is not overdue");
    assert_eq!(status(&p, "2026-03-01"), ActionPlanStatus::Overdue);
    let open = deadlines(&p, &rules(), d("2026-03-01"));
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].kind, DeadlineKind::ActionPlan);
    assert_eq!(open[0].days_overdue(d("2026-03-01")), 1);
}

#[test]
fn not_signed_until_the_signing_date() {
    let p = signed("2024-05-01", "");
    assert_eq!(status(&p, "2024-04-30"), ActionPlanStatus::NotSigned);
    assert_eq!(signed_as_of(&p, d("2024-04-30")), None);
    assert!(kinds(&p, "2024-04-30").is_empty());
    assert_eq!(status(&p, "2024-05-01"), ActionPlanStatus::Due);
    let never = unsigned("");
    assert_eq!(status(&never, "2030-01-01"), ActionPlanStatus::NotSigned);
    assert!(kinds(&never, "2030-01-01").is_empty());
}

#[test]
fn adopted_on_time_late_and_not_yet() {
    let on_time = signed("2013-03-08", "[[action_plans]]\nadopted = 2015-03-08\n");
    assert_eq!(status(&on_time, "2020-01-01"), ActionPlanStatus::Adopted, "adopted on the due date");
    let late = signed("2013-03-08", "[[action_plans]]\nadopted = 2016-01-01\n");
    assert_eq!(status(&late, "2020-01-01"), ActionPlanStatus::AdoptedLate);
    let state = action_plan_state(&late, &rules(), d("2020-01-01"));
    assert_eq!((state.due, state.adopted), (Some(d("2015-03-08")), Some(d("2016-01-01"))));
    assert_eq!(status(&late, "2015-12-31"), ActionPlanStatus::Overdue, "adoption after today is left out");
    assert_eq!(kinds(&late, "2015-12-31"), vec![(DeadlineKind::ActionPlan, None, d("2015-03-08"))]);
    let draft = signed("2013-03-08", "[[action_plans]]\nstart = 2014-01-01\n");
    assert_eq!(status(&draft, "2014-01-01"), ActionPlanStatus::Due, "a draft is not adopted");
}

#[test]
fn next_plan_follows_the_latest_adopted_plan() {
    let p = signed(
        "2013-03-08",
        "[[action_plans]]\nadopted = 2014-02-24\nstart = 2014-01-01\nend = 2016-12-31\n\
         [[action_plans]]\nadopted = 2017-02-27\nstart = 2017-01-01\nend = 2020-12-31\n",
    );
    let next = |today| kinds(&p, today).into_iter().find(|k| k.0 == DeadlineKind::NextPlan).map(|k| k.2);
    assert_eq!(next("2015-01-01"), Some(d("2016-12-31")));
    assert_eq!(next("2017-01-15"), Some(d("2016-12-31")), "between the end and the next adoption");
    assert_eq!(next("2017-02-27"), Some(d("2020-12-31")));
    let open_ended = signed(
        "2013-03-08",
        "[[action_plans]]\nadopted = 2014-02-24\nend = 2016-12-31\n[[action_plans]]\nadopted = 2017-02-27\n",
    );
    assert!(kinds(&open_ended, "2018-01-01").iter().all(|k| k.0 != DeadlineKind::NextPlan));
}

#[test]
fn report_chain() {
    let p = signed(
        "2013-03-08",
        "[[action_plans]]\nadopted = 2014-02-24\n[[reports]]\ndate = 2015-03-02\n[[reports]]\ndate = 2016-02-15\n",
    );
    let report =
        |today| deadlines(&p, &rules(), d(today)).into_iter().find(|k| k.kind == DeadlineKind::Report).map(|k| k.due);
    assert_eq!(report("2014-01-01"), None, "no plan adopted yet");
    assert_eq!(report("2014-02-24"), Some(d("2015-02-24")), "from the first adoption");
    assert_eq!(report("2015-03-01"), Some(d("2015-02-24")), "a report after today is left out");
    let overdue = deadlines(&p, &rules(), d("2015-03-01"));
    assert_eq!(
        overdue.iter().find(|k| k.kind == DeadlineKind::Report).map(|k| k.days_overdue(d("2015-03-01"))),
        Some(5)
    );
    assert_eq!(report("2015-03-02"), Some(d("2016-03-02")));
    assert_eq!(report("2020-01-01"), Some(d("2017-02-15")));
}

#[test]
fn a_plan_without_signing_still_has_report_and_next_plan() {
    let p = unsigned("[[action_plans]]\nadopted = 2010-09-01\nend = 2014-12-31\n");
    let state = action_plan_state(&p, &rules(), d("2012-01-01"));
    assert_eq!((state.status, state.adopted), (ActionPlanStatus::NotSigned, Some(d("2010-09-01"))));
    assert_eq!(
        kinds(&p, "2012-01-01"),
        vec![(DeadlineKind::Report, None, d("2011-09-01")), (DeadlineKind::NextPlan, None, d("2014-12-31"))]
    );
}

#[test]
fn goals_and_activities() {
    let p = signed(
        "2013-03-08",
        "[[action_plans]]\nadopted = 2014-02-24\n\
         [[goals]]\nid = \"open\"\ntitle = \"O\"\narticles = [1]\ndue = 2020-01-01\n\
         [[goals]]\nid = \"done\"\ntitle = \"D\"\narticles = [1]\ndue = 2020-01-01\nachieved = 2021-01-01\n\
         [[goals]]\nid = \"undated\"\ntitle = \"U\"\narticles = [1]\n\
         [[activities]]\nid = \"today\"\ntitle = \"T\"\ngoals = [\"open\"]\ndue = 2022-06-15\nstatus = \"ongoing\"\n\
         [[activities]]\nid = \"yesterday\"\ntitle = \"Y\"\ngoals = [\"open\"]\ndue = 2022-06-14\nstatus = \"planned\"\n\
         [[activities]]\nid = \"finished\"\ntitle = \"F\"\ngoals = [\"open\"]\ndue = 2022-01-01\nstatus = \"done\"\nfinished = 2022-06-16\n",
    );
    let today = d("2022-06-15");
    let open = deadlines(&p, &rules(), today);
    let by_id = |id: &str| open.iter().find(|x| x.id == Some(id));
    assert!(by_id("done").is_none(), "achieved late satisfies the goal");
    assert!(by_id("undated").is_none());
    assert_eq!(
        by_id("open").map(|x| x.days_overdue(today)),
        Some(d("2022-06-15").signed_duration_since(d("2020-01-01")).num_days())
    );
    assert_eq!(by_id("today").map(|x| (x.is_overdue(today), x.days_overdue(today))), Some((false, 0)));
    assert_eq!(by_id("yesterday").map(|x| (x.is_overdue(today), x.days_overdue(today))), Some((true, 1)));
    assert!(by_id("finished").is_some(), "finished after today is still open");
    assert!(deadlines(&p, &rules(), d("2022-06-16")).iter().all(|x| x.id != Some("finished")));
    let next = next_deadline(&open, today).map(|x| x.id);
    assert_eq!(next, Some(Some("today")));
    // Sorted by due date.
    assert!(open.windows(2).all(|w| w[0].key() <= w[1].key()));
    let achieved_as_of_2020 = deadlines(&p, &rules(), d("2020-12-31"));
    assert!(achieved_as_of_2020.iter().any(|x| x.id == Some("done")), "achieved after today is not achieved");
}

#[test]
fn next_deadline_breaks_ties_by_kind_then_id() {
    let p = signed(
        "2020-01-01",
        "[[action_plans]]\nadopted = 2020-06-01\n\
         [[activities]]\nid = \"b\"\ntitle = \"B\"\ndue = 2021-06-01\nstatus = \"planned\"\n\
         [[activities]]\nid = \"a\"\ntitle = \"A\"\ndue = 2021-06-01\nstatus = \"planned\"\n",
    );
    let today = d("2021-01-01");
    let open = deadlines(&p, &rules(), today);
    let next = next_deadline(&open, today);
    assert_eq!(next.map(|x| (x.kind, x.id)), Some((DeadlineKind::Report, None)), "report sorts before activity");
    let later = d("2021-06-02");
    let q = signed(
        "2020-01-01",
        "[[activities]]\nid = \"b\"\ntitle = \"B\"\ndue = 2021-06-01\nstatus = \"planned\"\n\
         [[activities]]\nid = \"a\"\ntitle = \"A\"\ndue = 2021-06-01\nstatus = \"planned\"\n",
    );
    let open = deadlines(&q, &rules(), today);
    assert_eq!(next_deadline(&open, today).map(|x| x.id), Some(Some("a")), "then by id");
    assert!(next_deadline(&deadlines(&p, &rules(), later), later).is_none_or(|x| x.due >= later));
}

#[test]
fn dates_at_the_ends_of_the_calendar_never_panic() {
    let p = signed(
        "9999-12-31",
        "[[action_plans]]\nadopted = 9999-12-31\nend = 9999-12-31\n[[reports]]\ndate = 9999-12-31\n\
         [[goals]]\nid = \"g\"\ntitle = \"G\"\narticles = [1]\ndue = 9999-12-31\n",
    );
    for today in [NaiveDate::MAX, NaiveDate::MIN, d("9999-12-31"), d("0001-01-01")] {
        let open = deadlines(&p, &rules(), today);
        for x in &open {
            let _ = (x.days_overdue(today), x.is_due_soon(today, u32::MAX));
        }
        let _ = next_deadline(&open, today);
    }
    let early = signed("0001-01-01", "");
    let state = action_plan_state(&early, &rules(), NaiveDate::MAX);
    assert_eq!(state.due, Some(d("0003-01-01")));
    let huge = Rules { action_plan_months: u32::MAX, report_months: u32::MAX, ..rules() };
    assert_eq!(action_plan_state(&p, &huge, NaiveDate::MAX).due, Some(NaiveDate::MAX));
    let _ = deadlines(&p, &huge, NaiveDate::MAX);
}

#[test]
fn given_goal_states_give_the_same_deadlines_and_overdue_count() {
    let p = signed(
        "2020-01-01",
        "[[action_plans]]\nadopted = 2021-01-01\nend = 2024-12-31\n\
         [[goals]]\nid = \"kf\"\ntitle = \"KF\"\narticles = [2]\ndue = 2025-06-30\n\
         [goals.indicator]\nkind = \"balance\"\n\
         [[goals.indicator.measurements]]\ndate = 2025-09-01\nwomen = 5\nmen = 5\n\
         [[goals]]\nid = \"g\"\ntitle = \"G\"\narticles = [2]\ndue = 2023-01-01\n\
         [[activities]]\nid = \"a\"\ntitle = \"A\"\ndue = 2022-05-01\nstatus = \"planned\"\n\
         [[activities]]\nid = \"b\"\ntitle = \"B\"\ndue = 2022-05-01\nstatus = \"done\"\nfinished = 2023-02-01\n",
    );
    for today in ["2019-12-31", "2021-06-01", "2022-05-02", "2023-01-15", "2025-07-01", "2025-09-01", "2030-01-01"] {
        let today = d(today);
        let goals: Vec<GoalState> = p.goals.iter().map(|g| goal_state(g, &rules(), today)).collect();
        let listed = deadlines(&p, &rules(), today);
        assert_eq!(deadlines_given(&p, &rules(), today, &goals), listed, "{today}");
        let overdue = listed.iter().filter(|x| x.is_overdue(today)).count();
        assert_eq!(overdue_count_given(&p, &rules(), today, &goals), overdue, "{today}");
    }
    // On 2025-07-01 the balance goal is overdue; measured balanced on 2025-09-01, it is not.
    let open_goals = |today| kinds(&p, today).into_iter().filter(|k| k.0 == DeadlineKind::Goal).count();
    assert_eq!((open_goals("2025-07-01"), open_goals("2025-09-01")), (2, 1));
}

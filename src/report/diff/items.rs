//! The changes inside one signatory's plan, item by item, in a fixed order.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::Serialize;

use super::ItemKind;
use super::due::{Ctx, State};
use crate::model::{ActionPlan, Activity, ActivityStatus, At, Indicator, Measurement, Plan, SignatoryKind};
use crate::report::Day;

/// One change in plan terms. The JSON form has `"kind"` and the fields shown (docs/guide.md, "What changed: `cemr diff`").
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    SignatoryAdded {
        name: String,
        signatory_kind: SignatoryKind,
    },
    SignatoryRemoved {
        name: String,
    },
    NameChanged {
        from: String,
        to: String,
    },
    GroupsChanged {
        from: Vec<String>,
        to: Vec<String>,
    },
    /// `decided` or `signed` set (`from` null), changed, or removed (`to` null).
    DateChanged {
        field: DateField,
        from: Option<Day>,
        to: Option<Day>,
    },
    ArticleChosen {
        article: u32,
    },
    ArticleDropped {
        article: u32,
    },
    ActionPlanAdded {
        adopted: Option<Day>,
        start: Option<Day>,
        end: Option<Day>,
    },
    ActionPlanRemoved {
        adopted: Option<Day>,
        start: Option<Day>,
        end: Option<Day>,
    },
    ReportAdded {
        date: Day,
        url: Option<String>,
    },
    ReportRemoved {
        date: Day,
    },
    GoalAdded {
        id: String,
        title: String,
    },
    GoalRemoved {
        id: String,
        title: String,
    },
    GoalRetitled {
        id: String,
        from: String,
        to: String,
    },
    /// Achieved as of today, or no longer.
    GoalAchieved {
        id: String,
        title: String,
        /// Since when, when known.
        date: Option<Day>,
    },
    GoalNoLongerAchieved {
        id: String,
        title: String,
    },
    ActivityAdded {
        id: String,
        title: String,
        status: ActivityStatus,
    },
    ActivityRemoved {
        id: String,
        title: String,
    },
    ActivityRetitled {
        id: String,
        from: String,
        to: String,
    },
    ActivityStatusChanged {
        id: String,
        title: String,
        from: ActivityStatus,
        to: ActivityStatus,
        finished: Option<Day>,
    },
    DueChanged {
        item: ItemKind,
        id: String,
        from: Option<Day>,
        to: Option<Day>,
    },
    MeasurementAdded {
        goal: String,
        date: Day,
        value: Option<f64>,
        women: Option<u64>,
        men: Option<u64>,
        /// Women's share of women + men, percent, one decimal.
        women_share: Option<f64>,
    },
    MeasurementRemoved {
        goal: String,
        date: Day,
    },
    MeasurementChanged {
        goal: String,
        date: Day,
        value: Option<f64>,
        women: Option<u64>,
        men: Option<u64>,
    },
    /// Not overdue before the change (or not there), overdue after it, as of today.
    BecameOverdue {
        item: ItemKind,
        id: String,
        title: String,
        due: Day,
    },
    /// Open before the change, met after it: done or cancelled (activity), achieved (goal).
    DeadlineMet {
        item: ItemKind,
        id: String,
        title: String,
        due: Day,
        late: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateField {
    Decided,
    Signed,
}

/// A new file: the signatory, then everything it starts with, as changes from a blank plan.
pub(super) fn added(plan: &Plan, ctx: &Ctx<'_>, out: &mut Vec<Change>) {
    let s = &plan.signatory;
    out.push(Change::SignatoryAdded { name: s.name.clone(), signatory_kind: s.kind });
    let mut blank = plan.clone();
    blank.signatory.decided = None;
    blank.signatory.signed = None;
    blank.signatory.articles = Vec::new();
    blank.action_plans = Vec::new();
    blank.reports = Vec::new();
    blank.goals = Vec::new();
    blank.activities = Vec::new();
    compare(&blank, plan, ctx, out);
}

/// Every change from `old` to `new`, in the order of [`Change`]'s variants, each kind sorted.
pub(super) fn compare(old: &Plan, new: &Plan, ctx: &Ctx<'_>, out: &mut Vec<Change>) {
    let (s, t) = (&old.signatory, &new.signatory);
    if s.name != t.name {
        out.push(Change::NameChanged { from: s.name.clone(), to: t.name.clone() });
    }
    if old.groups != new.groups {
        out.push(Change::GroupsChanged { from: old.groups.clone(), to: new.groups.clone() });
    }
    for (field, from, to) in [(DateField::Decided, &s.decided, &t.decided), (DateField::Signed, &s.signed, &t.signed)] {
        let (from, to) = (day(from.as_ref()), day(to.as_ref()));
        if from != to {
            out.push(Change::DateChanged { field, from, to });
        }
    }
    let articles = |p: &Plan| -> BTreeSet<u32> { p.signatory.articles.iter().map(At::get).collect() };
    let (a, b) = (articles(old), articles(new));
    out.extend(b.difference(&a).map(|&article| Change::ArticleChosen { article }));
    out.extend(a.difference(&b).map(|&article| Change::ArticleDropped { article }));
    action_plans(old, new, out);
    reports(old, new, out);
    goals(old, new, ctx, out);
    activities(old, new, out);
    due_dates(old, new, out);
    measurements(old, new, out);
    deadlines(old, new, ctx, out);
}

type PlanKey = (Option<Day>, Option<Day>, Option<Day>);

/// A date as the report carries it.
fn day(date: Option<&At<NaiveDate>>) -> Option<Day> {
    date.map(|d| Day(d.value))
}

fn action_plans(old: &Plan, new: &Plan, out: &mut Vec<Change>) {
    let key = |p: &ActionPlan| -> PlanKey { (day(p.adopted.as_ref()), day(p.start.as_ref()), day(p.end.as_ref())) };
    let keys = |plan: &Plan| -> BTreeSet<PlanKey> { plan.action_plans.iter().map(key).collect() };
    let (a, b) = (keys(old), keys(new));
    out.extend(b.difference(&a).map(|&(adopted, start, end)| Change::ActionPlanAdded { adopted, start, end }));
    out.extend(a.difference(&b).map(|&(adopted, start, end)| Change::ActionPlanRemoved { adopted, start, end }));
}

fn reports(old: &Plan, new: &Plan, out: &mut Vec<Change>) {
    let dates = |p: &Plan| -> BTreeMap<Day, Option<String>> {
        p.reports.iter().map(|r| (Day(r.date.value), r.url.clone())).collect()
    };
    let (a, b) = (dates(old), dates(new));
    for (date, url) in b.iter().filter(|(d, _)| !a.contains_key(d)) {
        out.push(Change::ReportAdded { date: *date, url: url.clone() });
    }
    out.extend(a.keys().filter(|d| !b.contains_key(d)).map(|&date| Change::ReportRemoved { date }));
}

fn by_id<T>(items: &[T], id: impl Fn(&T) -> &str) -> BTreeMap<&str, &T> {
    let mut map = BTreeMap::new();
    for item in items {
        map.entry(id(item)).or_insert(item);
    }
    map
}

fn goals(old: &Plan, new: &Plan, ctx: &Ctx<'_>, out: &mut Vec<Change>) {
    let (a, b) = (by_id(&old.goals, |g| &g.id.value), by_id(&new.goals, |g| &g.id.value));
    for (id, g) in b.iter().filter(|(id, _)| !a.contains_key(*id)) {
        out.push(Change::GoalAdded { id: (*id).to_owned(), title: g.title.clone() });
    }
    for (id, g) in a.iter().filter(|(id, _)| !b.contains_key(*id)) {
        out.push(Change::GoalRemoved { id: (*id).to_owned(), title: g.title.clone() });
    }
    for (id, before, after) in both(&a, &b) {
        if before.title != after.title {
            out.push(Change::GoalRetitled { id: id.to_owned(), from: before.title.clone(), to: after.title.clone() });
        }
    }
    for (id, g) in &b {
        let was = a.get(id).is_some_and(|g| ctx.achieved(g).0);
        match (was, ctx.achieved(g)) {
            (false, (true, since)) => {
                out.push(Change::GoalAchieved { id: (*id).to_owned(), title: g.title.clone(), date: since.map(Day) });
            }
            (true, (false, _)) => {
                out.push(Change::GoalNoLongerAchieved { id: (*id).to_owned(), title: g.title.clone() });
            }
            _ => {}
        }
    }
}

fn activities(old: &Plan, new: &Plan, out: &mut Vec<Change>) {
    let (a, b) = (by_id(&old.activities, |x| &x.id.value), by_id(&new.activities, |x| &x.id.value));
    for (id, x) in b.iter().filter(|(id, _)| !a.contains_key(*id)) {
        out.push(Change::ActivityAdded { id: (*id).to_owned(), title: x.title.clone(), status: x.status.value });
    }
    for (id, x) in a.iter().filter(|(id, _)| !b.contains_key(*id)) {
        out.push(Change::ActivityRemoved { id: (*id).to_owned(), title: x.title.clone() });
    }
    for (id, before, after) in both(&a, &b) {
        if before.title != after.title {
            out.push(Change::ActivityRetitled {
                id: id.to_owned(),
                from: before.title.clone(),
                to: after.title.clone(),
            });
        }
    }
    for (id, before, after) in both(&a, &b) {
        if before.status.value != after.status.value {
            out.push(Change::ActivityStatusChanged {
                id: id.to_owned(),
                title: after.title.clone(),
                from: before.status.value,
                to: after.status.value,
                finished: day(after.finished.as_ref()),
            });
        }
    }
}

/// Due dates set, moved or removed, goals first.
fn due_dates(old: &Plan, new: &Plan, out: &mut Vec<Change>) {
    let due = day;
    let (ga, gb) = (by_id(&old.goals, |g| &g.id.value), by_id(&new.goals, |g| &g.id.value));
    for (id, before, after) in both(&ga, &gb) {
        let (from, to) = (due(before.due.as_ref()), due(after.due.as_ref()));
        if from != to {
            out.push(Change::DueChanged { item: ItemKind::Goal, id: id.to_owned(), from, to });
        }
    }
    let (a, b) = (by_id(&old.activities, |x| &x.id.value), by_id(&new.activities, |x| &x.id.value));
    for (id, before, after) in both(&a, &b) {
        let (from, to) = (due(before.due.as_ref()), due(after.due.as_ref()));
        if from != to {
            out.push(Change::DueChanged { item: ItemKind::Activity, id: id.to_owned(), from, to });
        }
    }
}

/// Items present on both sides, by id.
fn both<'a, T>(a: &BTreeMap<&'a str, &'a T>, b: &BTreeMap<&'a str, &'a T>) -> Vec<(&'a str, &'a T, &'a T)> {
    a.iter().filter_map(|(id, x)| b.get(id).map(|y| (*id, *x, *y))).collect()
}

fn measurements(old: &Plan, new: &Plan, out: &mut Vec<Change>) {
    let all = |p: &Plan| -> BTreeMap<(String, Day), Measurement> {
        let mut map = BTreeMap::new();
        for g in &p.goals {
            for m in g.indicator.iter().flat_map(Indicator::measurements) {
                map.entry((g.id.value.clone(), Day(m.date.value))).or_insert_with(|| m.clone());
            }
        }
        map
    };
    let (a, b) = (all(old), all(new));
    let same = |x: &Measurement, y: &Measurement| x.value == y.value && x.women == y.women && x.men == y.men;
    for ((goal, date), m) in &b {
        let (goal, date, value, women, men) = (goal.clone(), *date, m.value, m.women, m.men);
        match a.get(&(goal.clone(), date)) {
            None => {
                let women_share = m.women_share().map(crate::report::round1);
                out.push(Change::MeasurementAdded { goal, date, value, women, men, women_share });
            }
            Some(before) if !same(before, m) => out.push(Change::MeasurementChanged { goal, date, value, women, men }),
            Some(_) => {}
        }
    }
    for (goal, date) in a.keys().filter(|k| !b.contains_key(*k)) {
        out.push(Change::MeasurementRemoved { goal: goal.clone(), date: *date });
    }
}

/// Deadlines of goals and activities that became overdue, or were met, by the change. An item
/// whose id is new but whose title belonged to a removed item is compared with that item (an id
/// renamed, which the diff warns about), so a rename alone does not make it "now overdue".
fn deadlines(old: &Plan, new: &Plan, ctx: &Ctx<'_>, out: &mut Vec<Change>) {
    type States = BTreeMap<String, (String, State)>;
    let goal_states = |p: &Plan| -> States {
        p.goals.iter().filter_map(|g| Some((g.id.value.clone(), (g.title.clone(), ctx.goal(g)?)))).collect()
    };
    let activity_states = |p: &Plan| -> States {
        let state = |a: &Activity| ctx.activity(a);
        p.activities.iter().filter_map(|a| Some((a.id.value.clone(), (a.title.clone(), state(a)?)))).collect()
    };
    for (item, before, after) in [
        (ItemKind::Goal, goal_states(old), goal_states(new)),
        (ItemKind::Activity, activity_states(old), activity_states(new)),
    ] {
        let removed_by_title: BTreeMap<&str, State> = before
            .iter()
            .filter(|(id, _)| !after.contains_key(*id))
            .map(|(_, (title, state))| (title.trim(), *state))
            .collect();
        for (id, (title, state)) in &after {
            let was = before.get(id).map(|(_, s)| *s).or_else(|| removed_by_title.get(title.trim()).copied());
            let (id, title) = (id.clone(), title.clone());
            match (was, *state) {
                (Some(State::Overdue { .. }), State::Overdue { .. }) => {}
                (_, State::Overdue { due }) => out.push(Change::BecameOverdue { item, id, title, due: Day(due) }),
                (Some(State::Open | State::Overdue { .. }), State::Met { due, late }) => {
                    out.push(Change::DeadlineMet { item, id, title, due: Day(due), late });
                }
                _ => {}
            }
        }
    }
}

//! Rules inside one plan: articles, ids and references, finished dates, date order, future dates.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::Context;
use crate::deadline::add_months;
use crate::diag::{Code, Diagnostic, Span};
use crate::message::{Message, msg};
use crate::model::id::is_valid_id;
use crate::model::{ActionPlan, At, Plan};

fn push(out: &mut Vec<Diagnostic>, plan: &Plan, code: Code, span: Span, message: Message) {
    out.push(Diagnostic::new(code, &plan.file, Some(span), message));
}

/// Chosen articles exist in the charter text and are not repeated.
pub(super) fn articles(plan: &Plan, _: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let version = plan.signatory.charter_version();
    let max = version.max_article();
    let mut seen = BTreeSet::new();
    let mut repeated = BTreeSet::new();
    for article in &plan.signatory.articles {
        if article.value == 0 || article.value > max {
            push(out, plan, Code::ArticleOutOfRange, article.span, out_of_range(article.value, max, version.as_str()));
        } else if !seen.insert(article.value) && repeated.insert(article.value) {
            // Each repeated article is reported once, at its first repeat.
            push(out, plan, Code::DuplicateArticle, article.span, msg::diag_duplicate_article(article.value));
        }
    }
}

fn out_of_range(n: u32, max: u32, version: &str) -> Message {
    msg::diag_article_out_of_range(version, max, n)
}

/// A goal's articles are among the chosen ones; a goal without articles is a warning. (Only
/// whether they exist is checked in a partial plan: the chosen ones may be unread.)
pub(super) fn goal_articles(plan: &Plan, _: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let version = plan.signatory.charter_version();
    let max = version.max_article();
    let chosen: BTreeSet<u32> = plan.signatory.articles.iter().map(At::get).collect();
    for goal in &plan.goals {
        let named = !goal.id.value.is_empty();
        if goal.articles.is_empty() && !plan.partial && named {
            push(out, plan, Code::GoalWithoutArticles, goal.id.span, msg::diag_goal_without_articles(&goal.id.value));
        }
        for article in &goal.articles {
            if article.value == 0 || article.value > max {
                push(
                    out,
                    plan,
                    Code::ArticleOutOfRange,
                    article.span,
                    out_of_range(article.value, max, version.as_str()),
                );
            } else if !chosen.contains(&article.value) && !plan.partial && named {
                out.push(
                    Diagnostic::new(
                        Code::ArticleNotChosen,
                        &plan.file,
                        Some(article.span),
                        msg::diag_article_not_chosen(&goal.id.value, article.value),
                    )
                    .with_help(msg::diag_article_not_chosen_help(article.value)),
                );
            }
        }
    }
}

/// Goal and activity ids are well-formed and unique within the file.
pub(super) fn ids(plan: &Plan, _: &Context<'_>, out: &mut Vec<Diagnostic>) {
    type Says = fn(&str) -> Message;
    let goal_ids = plan.named_goals().map(|g| &g.id);
    let activity_ids = plan.named_activities().map(|a| &a.id);
    let goal: (Says, Says) = (|id| msg::diag_invalid_goal_id(id), |id| msg::diag_duplicate_goal_id(id));
    let activity: (Says, Says) = (|id| msg::diag_invalid_activity_id(id), |id| msg::diag_duplicate_activity_id(id));
    for (ids, duplicate, (invalid, twice)) in [
        (goal_ids.collect::<Vec<_>>(), Code::DuplicateGoalId, goal),
        (activity_ids.collect::<Vec<_>>(), Code::DuplicateActivityId, activity),
    ] {
        let mut seen = BTreeSet::new();
        for id in ids {
            if !is_valid_id(&id.value) {
                out.push(
                    Diagnostic::new(Code::InvalidId, &plan.file, Some(id.span), invalid(&id.value))
                        .with_help(msg::diag_invalid_id_help(crate::model::id::suggest_id(&id.value))),
                );
            } else if !seen.insert(id.value.as_str()) {
                push(out, plan, duplicate, id.span, twice(&id.value));
            }
        }
    }
}

/// An activity's goals name goals of the file; an activity without goals is a warning.
pub(super) fn activity_goals(plan: &Plan, _: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let goal_ids: BTreeSet<&str> = plan.named_goals().map(|g| g.id.value.as_str()).collect();
    let unnamed_goal = plan.goals.iter().any(|g| g.id.value.is_empty());
    for activity in plan.named_activities() {
        if activity.goals.is_empty() {
            push(
                out,
                plan,
                Code::ActivityWithoutGoals,
                activity.id.span,
                msg::diag_activity_without_goals(&activity.id.value),
            );
        }
        for goal in &activity.goals {
            // A goal whose id could not be read may be the one named: not said to be unknown.
            if goal_ids.contains(goal.value.as_str()) || unnamed_goal {
                continue;
            }
            let mut d = Diagnostic::new(
                Code::UnknownGoal,
                &plan.file,
                Some(goal.span),
                msg::diag_unknown_goal(&activity.id.value, &goal.value),
            );
            if let Some(near) = crate::model::closest(&goal.value, goal_ids.iter().copied()) {
                d = d.with_help(msg::diag_did_you_mean(near));
            }
            out.push(d);
        }
    }
}

/// A goal that no activity names is a warning.
pub(super) fn goals_have_activities(plan: &Plan, _: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let named: BTreeSet<&str> = plan.activities.iter().flat_map(|a| a.goals.iter().map(|g| g.value.as_str())).collect();
    for goal in plan.named_goals().filter(|g| !named.contains(g.id.value.as_str())) {
        push(out, plan, Code::GoalWithoutActivities, goal.id.span, msg::diag_goal_without_activities(&goal.id.value));
    }
}

/// Events that have happened cannot be dated after the real current date.
pub(super) fn dates_in_future(plan: &Plan, context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let s = &plan.signatory;
    let mut events: Vec<(&str, &At<NaiveDate>)> = Vec::new();
    events.extend(s.decided.as_ref().map(|d| ("decided", d)));
    events.extend(s.signed.as_ref().map(|d| ("signed", d)));
    events.extend(plan.action_plans.iter().filter_map(|p| p.adopted.as_ref().map(|d| ("adopted", d))));
    events.extend(plan.reports.iter().map(|r| ("report", &r.date)));
    for goal in &plan.goals {
        events.extend(goal.achieved.as_ref().map(|d| ("achieved", d)));
        if let Some(indicator) = &goal.indicator {
            events.extend(indicator.measurements().iter().map(|m| ("measurement", &m.date)));
        }
        events.extend(goal.loose_measurements.iter().map(|m| ("measurement", &m.date)));
    }
    events.extend(plan.activities.iter().filter_map(|a| a.finished.as_ref().map(|d| ("finished", d))));
    for (what, date) in events.into_iter().filter(|(_, d)| d.value > context.now) {
        out.push(
            Diagnostic::new(
                Code::DateInFuture,
                &plan.file,
                Some(date.span),
                msg::diag_date_in_future(date.value, what),
            )
            .with_help(msg::diag_date_in_future_help()),
        );
    }
}

/// `decided` ≤ `signed`; a plan's `start` ≤ `end`; an activity's `start` ≤ `due`.
pub(super) fn date_order(plan: &Plan, _: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let s = &plan.signatory;
    if let (Some(decided), Some(signed)) = (&s.decided, &s.signed)
        && decided.value > signed.value
    {
        push(
            out,
            plan,
            Code::DecidedAfterSigned,
            decided.span,
            msg::diag_decided_after_signed(decided.value, signed.value),
        );
    }
    for p in &plan.action_plans {
        if let (Some(start), Some(end)) = (&p.start, &p.end)
            && start.value > end.value
        {
            push(out, plan, Code::StartAfterEnd, start.span, msg::diag_plan_starts_after_end(end.value, start.value));
        }
    }
    for a in plan.named_activities() {
        if let (Some(start), Some(due)) = (&a.start, &a.due)
            && start.value > due.value
        {
            push(
                out,
                plan,
                Code::StartAfterEnd,
                start.span,
                msg::diag_activity_starts_after_due(&a.id.value, due.value, start.value),
            );
        }
    }
}

/// Signed so long ago that the action plan was due, yet no articles chosen.
pub(super) fn no_articles(plan: &Plan, context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let s = &plan.signatory;
    let Some(signed) = &s.signed else { return };
    if !s.articles.is_empty() || signed.value > context.today {
        return;
    }
    let due = add_months(signed.value, context.config.rules.action_plan_months);
    if due < context.today {
        push(out, plan, Code::NoArticles, signed.span, msg::diag_no_articles(signed.value));
    }
}

/// Two measurements of one indicator on the same date.
pub(super) fn measurements(plan: &Plan, _: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for goal in plan.named_goals() {
        let Some(indicator) = &goal.indicator else { continue };
        let mut seen = BTreeSet::new();
        for m in indicator.measurements() {
            if !seen.insert(m.date.value) {
                push(
                    out,
                    plan,
                    Code::DuplicateMeasurement,
                    m.date.span,
                    msg::diag_duplicate_measurement(m.date.value, &goal.id.value),
                );
            }
        }
    }
}

/// Action plans are listed oldest first; the model sorts them, but the file should read in order.
pub(super) fn action_plan_order(plan: &Plan, _: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut in_file: Vec<&ActionPlan> = plan.action_plans.iter().collect();
    in_file.sort_by_key(|p| p.span.start);
    let mut latest: Option<NaiveDate> = None;
    for p in in_file {
        let Some(date) = p.sort_date() else { continue };
        match latest {
            Some(before) if date < before => out.push(
                Diagnostic::new(
                    Code::ActionPlansOutOfOrder,
                    &plan.file,
                    Some(p.span),
                    msg::diag_action_plans_out_of_order(before, date),
                )
                .with_help(msg::diag_action_plans_out_of_order_help()),
            ),
            _ => latest = Some(date),
        }
    }
}

//! The sentence for each kind of change, from the catalogue (`locales/*/diff.ftl`), with a
//! one-character marker (`+` added, `-` removed, `~` changed, `!` became overdue, `*` deadline
//! met).

use super::Style;
use crate::message::{Arg, Message, msg};
use crate::model::articles;
use crate::render::terms;
use crate::render::text::Text;
use crate::report::Day;
use crate::report::diff::{Change, DateField, ItemKind};

/// "goal" or "activity", the words of every other output.
pub(super) fn item(kind: ItemKind) -> Message {
    match kind {
        ItemKind::Goal => msg::deadline_goal(),
        ItemKind::Activity => msg::deadline_activity(),
    }
}

fn date(d: Option<Day>) -> Arg {
    d.map_or_else(|| msg::diff_no_date().into(), |d| d.0.into())
}

/// "adopted 2014-02-24, 2014-01-01 – 2016-12-31".
fn period(text: &Text, adopted: Option<Day>, start: Option<Day>, end: Option<Day>) -> String {
    let mut parts = vec![text.get(&adopted.map_or_else(msg::diff_plan_draft, |d| msg::plan_adopted(d.0)))];
    let span = match (start, end) {
        (Some(s), Some(e)) => Some(msg::diff_plan_period(e.0, s.0)),
        (Some(s), None) => Some(msg::diff_plan_from(s.0)),
        (None, Some(e)) => Some(msg::diff_plan_until(e.0)),
        (None, None) => None,
    };
    parts.extend(span.map(|m| text.get(&m)));
    parts.join(", ")
}

/// A measurement's figures: its value, and women and men with women's share.
fn figures(text: &Text, value: Option<f64>, women: Option<u64>, men: Option<u64>, share: Option<f64>) -> String {
    let numbers = text.numbers();
    let mut parts = Vec::new();
    if let Some(v) = value {
        parts.push(numbers.decimal(v));
    }
    if let (Some(w), Some(m)) = (women, men) {
        parts.push(text.get(&match share {
            Some(s) => msg::diff_women_men_share(numbers.count(m), numbers.share(s), numbers.count(w)),
            None => msg::diff_women_men(numbers.count(m), numbers.count(w)),
        }));
    }
    parts.join("; ")
}

/// The title of article `number` in the output language (Swedish titles in Swedish, English in
/// every other language), if it exists.
fn article_title(text: &Text, number: u32) -> Option<&'static str> {
    let article = articles::article(number)?;
    Some(if text.lang().catalogue_id() == "sv" { article.title_sv } else { article.title_en })
}

/// The marker and the sentence of one change.
#[allow(clippy::too_many_lines)]
pub(super) fn change(c: &Change, text: &Text, style: &Style) -> (char, String) {
    let (quote, code) = (style.text, style.code);
    let (marker, message) = match c {
        Change::SignatoryAdded { name, signatory_kind } => {
            ('+', msg::diff_signatory_added(terms::signatory_kind(*signatory_kind), quote(name)))
        }
        Change::SignatoryRemoved { name } => ('-', msg::diff_signatory_removed(quote(name))),
        Change::NameChanged { from, to } => ('~', msg::diff_name_changed(quote(from), quote(to))),
        Change::GroupsChanged { from, to } => {
            let list = |g: &[String]| {
                if g.is_empty() {
                    text.get(&msg::diff_no_groups())
                } else {
                    g.iter().map(|x| code(x)).collect::<Vec<_>>().join(", ")
                }
            };
            ('~', msg::diff_groups_changed(list(from), list(to)))
        }
        Change::DateChanged { field, from, to } => {
            let marker = match (from, to) {
                (None, _) => '+',
                (_, None) => '-',
                _ => '~',
            };
            let (from, to) = (date(*from), date(*to));
            let message = match field {
                DateField::Decided => msg::diff_decided_changed(from, to),
                DateField::Signed => msg::diff_signed_changed(from, to),
            };
            (marker, message)
        }
        Change::ArticleChosen { article } | Change::ArticleDropped { article } => {
            let named = match article_title(text, *article) {
                Some(title) => msg::diff_article_titled(*article, title),
                None => msg::diff_article(*article),
            };
            match c {
                Change::ArticleChosen { .. } => ('+', msg::diff_article_chosen(named)),
                _ => ('-', msg::diff_article_dropped(named)),
            }
        }
        Change::ActionPlanAdded { adopted, start, end } => {
            ('+', msg::diff_action_plan_added(period(text, *adopted, *start, *end)))
        }
        Change::ActionPlanRemoved { adopted, start, end } => {
            ('-', msg::diff_action_plan_removed(period(text, *adopted, *start, *end)))
        }
        Change::ReportAdded { date, .. } => ('+', msg::diff_report_added(date.0)),
        Change::ReportRemoved { date } => ('-', msg::diff_report_removed(date.0)),
        Change::GoalAdded { id, title } => ('+', msg::diff_goal_added(code(id), quote(title))),
        Change::GoalRemoved { id, title } => ('-', msg::diff_goal_removed(code(id), quote(title))),
        Change::GoalRetitled { id, from, to } | Change::ActivityRetitled { id, from, to } => {
            let what = if matches!(c, Change::GoalRetitled { .. }) { ItemKind::Goal } else { ItemKind::Activity };
            ('~', msg::diff_retitled(quote(from), code(id), item(what), quote(to)))
        }
        Change::GoalAchieved { id, title, date } => (
            '+',
            match date {
                Some(d) => msg::diff_goal_achieved_on(d.0, code(id), quote(title)),
                None => msg::diff_goal_achieved(code(id), quote(title)),
            },
        ),
        Change::GoalNoLongerAchieved { id, title } => ('~', msg::diff_goal_no_longer_achieved(code(id), quote(title))),
        Change::ActivityAdded { id, title, status } => {
            ('+', msg::diff_activity_added(code(id), terms::activity_status(*status), quote(title)))
        }
        Change::ActivityRemoved { id, title } => ('-', msg::diff_activity_removed(code(id), quote(title))),
        Change::ActivityStatusChanged { id, title, from, to, finished } => (
            '~',
            msg::diff_activity_status(
                terms::activity_status(*from),
                code(id),
                quote(title),
                terms::activity_status_on(*to, *finished),
            ),
        ),
        Change::DueChanged { item: what, id, from, to } => {
            ('~', msg::diff_due_changed(date(*from), code(id), item(*what), date(*to)))
        }
        Change::MeasurementAdded { goal, date, value, women, men, women_share } => {
            ('+', msg::diff_measurement_added(date.0, figures(text, *value, *women, *men, *women_share), code(goal)))
        }
        Change::MeasurementChanged { goal, date, value, women, men } => {
            ('~', msg::diff_measurement_corrected(date.0, figures(text, *value, *women, *men, None), code(goal)))
        }
        Change::MeasurementRemoved { goal, date } => ('-', msg::diff_measurement_removed(date.0, code(goal))),
        Change::BecameOverdue { item: what, id, title, due } => {
            ('!', msg::diff_became_overdue(due.0, code(id), item(*what), quote(title)))
        }
        Change::DeadlineMet { item: what, id, title, due, late } => {
            let (due, id, what, title) = (due.0, code(id), item(*what), quote(title));
            let message = if *late {
                msg::diff_deadline_met_late(due, id, what, title)
            } else {
                msg::diff_deadline_met(due, id, what, title)
            };
            ('*', message)
        }
    };
    (marker, text.get(&message))
}

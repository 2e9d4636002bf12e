//! Each edit on a `toml_edit` document, in the file format's terms (an activity's status, a
//! goal's measurements, action plans, reports, the signing). Returns what changed, as a message.

use crate::message::{Failure, Message, OrFail as _, msg};
use chrono::{Datelike, NaiveDate};
use toml_edit::{DocumentMut, Item, Table, Value};

use super::entry::{Entry, append, entries};
use super::{Edit, Reading};
use crate::model::ActivityStatus;
use crate::model::shape;

/// Applies `edit`; the caller has checked the ids against the plan as read.
pub(super) fn apply(doc: &mut DocumentMut, edit: &Edit) -> anyhow::Result<Message> {
    match edit {
        Edit::Activity { activity, status, date } => activity_status(doc, activity, *status, *date),
        Edit::Measure { goal, date, reading } => measure(doc, goal, *date, *reading),
        Edit::Adopt { date, period, url } => adopt(doc, *date, *period, url.as_deref()),
        Edit::Report { date, url } => {
            let mut fields = vec![("date", date_value(*date)?)];
            fields.extend(url.as_deref().map(|u| ("url", Value::from(u))));
            let end = end_position(doc);
            append(Entry::Table(doc.as_table_mut()), "reports", fields, Some(end))?;
            Ok(msg::edit_report_recorded(*date))
        }
        Edit::Sign { date } => {
            let mut signatory = doc.get_mut("signatory").and_then(Entry::of).or_fail(msg::edit_no_signatory_table)?;
            signatory.set(&shape::SIGNATORY, "signed", date_value(*date)?);
            Ok(msg::edit_signed(*date))
        }
    }
}

fn activity_status(
    doc: &mut DocumentMut,
    id: &str,
    status: ActivityStatus,
    date: NaiveDate,
) -> anyhow::Result<Message> {
    let mut entry = doc
        .get_mut("activities")
        .map(entries)
        .unwrap_or_default()
        .into_iter()
        .find(|e| e.text("id") == Some(id))
        .or_fail(|| msg::edit_activity_not_in_file(id))?;
    let before = entry.text("status").unwrap_or("planned").to_owned();
    let finished_before = entry.date("finished");
    entry.set(&shape::ACTIVITY, "status", Value::from(status.as_str()));
    let name = status.as_str();
    if status.is_finished() {
        entry.set(&shape::ACTIVITY, "finished", date_value(date)?);
        let summary = msg::edit_activity_finished(id, date, name);
        return Ok(match finished_before {
            _ if before != name => msg::edit_was(status_word(&before), summary),
            Some(old) => msg::edit_was_finished(old, name, summary),
            None => summary,
        });
    }
    entry.remove("finished");
    let start = if let Some(start) = entry.date("start") {
        start
    } else {
        entry.set(&shape::ACTIVITY, "start", date_value(date)?);
        date.to_string()
    };
    let summary = msg::edit_activity_ongoing(id, start);
    Ok(if before == name { summary } else { msg::edit_was(status_word(&before), summary) })
}

/// An activity status as written in the file, in words ("planned" → "planerad").
fn status_word(status: &str) -> Message {
    match ActivityStatus::from_name(status) {
        Some(ActivityStatus::Planned) => msg::activity_status_planned(),
        Some(ActivityStatus::Ongoing) => msg::activity_status_ongoing(),
        Some(ActivityStatus::Done) => msg::activity_status_done(),
        Some(ActivityStatus::Cancelled) => msg::activity_status_cancelled(),
        None => msg::io_other(status),
    }
}

fn measure(doc: &mut DocumentMut, goal: &str, date: NaiveDate, reading: Reading) -> anyhow::Result<Message> {
    let mut entry = doc
        .get_mut("goals")
        .map(entries)
        .unwrap_or_default()
        .into_iter()
        .find(|e| e.text("id") == Some(goal))
        .or_fail(|| msg::edit_goal_not_in_file(goal))?;
    let indicator = entry.child("indicator").or_fail(|| msg::edit_goal_without_indicator(goal))?;
    let mut fields = vec![("date", date_value(date)?)];
    let summary = match reading {
        Reading::Level(v) => {
            fields.push(("value", number_value(v)));
            // As written in the file (a TOML number), not in the language's number format.
            msg::edit_measured_level(date, goal, number_value(v).to_string().trim())
        }
        Reading::Balance { women, men } => {
            fields.push(("women", count_value(women)?));
            fields.push(("men", count_value(men)?));
            msg::edit_measured_balance(date, goal, men, women)
        }
        // `decide` refuses these before any text is touched.
        Reading::Incomplete { .. } => return Err(Failure::new(msg::edit_give_a_reading()).into()),
    };
    append(indicator, "measurements", fields, None)?;
    Ok(summary)
}

fn adopt(
    doc: &mut DocumentMut,
    date: NaiveDate,
    period: Option<(NaiveDate, NaiveDate)>,
    url: Option<&str>,
) -> anyhow::Result<Message> {
    let end = end_position(doc);
    if let Some(summary) = adopt_draft(doc, date, period, url)? {
        return Ok(summary);
    }
    let mut fields = vec![("adopted", date_value(date)?)];
    if let Some((s, e)) = period {
        fields.push(("start", date_value(s)?));
        fields.push(("end", date_value(e)?));
    }
    fields.extend(url.map(|u| ("url", Value::from(u))));
    append(Entry::Table(doc.as_table_mut()), "action_plans", fields, Some(end))?;
    Ok(match period {
        Some((start, end)) => msg::edit_plan_adopted_period(date, end, start),
        None => msg::edit_plan_adopted(date),
    })
}

/// Adopts a draft (an entry without `adopted`) of the same period, or the only draft when no
/// period is given: that is the plan that was adopted.
fn adopt_draft(
    doc: &mut DocumentMut,
    date: NaiveDate,
    period: Option<(NaiveDate, NaiveDate)>,
    url: Option<&str>,
) -> anyhow::Result<Option<Message>> {
    let mut drafts: Vec<Entry<'_>> = doc
        .get_mut("action_plans")
        .map(entries)
        .unwrap_or_default()
        .into_iter()
        .filter(|e| e.get("adopted").is_none())
        .collect();
    if let Some((s, e)) = period {
        drafts.retain(|d| d.date("start") == Some(s.to_string()) && d.date("end") == Some(e.to_string()));
    }
    let [draft] = drafts.as_mut_slice() else { return Ok(None) };
    draft.set(&shape::ACTION_PLAN, "adopted", date_value(date)?);
    if let Some(url) = url.filter(|_| draft.get("url").is_none()) {
        draft.set(&shape::ACTION_PLAN, "url", Value::from(url));
    }
    Ok(Some(match (draft.date("start"), draft.date("end")) {
        (Some(start), Some(end)) => msg::edit_draft_adopted_period(date, end, start),
        _ => msg::edit_draft_adopted(date),
    }))
}

/// Just past the last table of the document, for a new top-level array.
fn end_position(doc: &DocumentMut) -> isize {
    fn last(t: &Table) -> isize {
        let own = t.position().unwrap_or(0);
        t.iter()
            .map(|(_, item)| match item {
                Item::Table(t) => last(t),
                Item::ArrayOfTables(a) => a.iter().map(last).max().unwrap_or(0),
                _ => 0,
            })
            .fold(own, isize::max)
    }
    last(doc.as_table()).saturating_add(1)
}

fn date_value(date: NaiveDate) -> anyhow::Result<Value> {
    let out_of_range = || Failure::new(msg::edit_year_out_of_range(date));
    let year = u16::try_from(date.year()).map_err(|_| out_of_range())?;
    let (month, day) = (u8::try_from(date.month()), u8::try_from(date.day()));
    let (Ok(month), Ok(day)) = (month, day) else { return Err(Failure::new(msg::edit_not_a_date(date)).into()) };
    if year > 9999 {
        return Err(out_of_range().into());
    }
    Ok(Value::from(toml_edit::Datetime { date: Some(toml_edit::Date { year, month, day }), time: None, offset: None }))
}

/// A whole number as an integer (`80`, not `80.0`), anything else as a float.
fn number_value(v: f64) -> Value {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: every integer up to here is exact
    if v.fract() == 0.0 && v.abs() < EXACT {
        #[allow(clippy::cast_possible_truncation)] // whole and within ±2^53, checked above
        return Value::from(v as i64);
    }
    Value::from(v)
}

fn count_value(n: u64) -> anyhow::Result<Value> {
    Ok(Value::from(i64::try_from(n).map_err(|_| Failure::new(msg::edit_count_too_large(n)))?))
}

//! The quarterly summary as sheets, one per section of the Markdown and HTML forms and in their
//! order: key figures, what happened, what became overdue, what is still overdue, what falls
//! due next quarter, per group, per signatory, and the key figures' history.

use super::sheet::{Cell, Sheet, joined};
use super::words;
use crate::message::{Message, msg};
use crate::model::ActivityStatus;
use crate::render::text::Text;
use crate::report::summary::{Change, DeadlineLine, Figures, Happened, HistoryPoint, SummaryReport};
use crate::report::{Day, activities_counted};

/// The summary workbook's sheets.
pub(super) fn sheets<'a>(r: &'a SummaryReport<'_>, t: &Text) -> Vec<Sheet<'a>> {
    vec![
        key_figures(r, t),
        happened(&r.happened, t),
        deadlines(&msg::xlsx_sheet_became_overdue(), &r.became_overdue, true, t),
        deadlines(&msg::xlsx_sheet_still_overdue(), r.still_overdue_from_earlier(), true, t),
        deadlines(&msg::xlsx_sheet_due_next_quarter(), &r.due_next_quarter, false, t),
        groups(r, t),
        signatories(r, t),
        history(&r.history, r.report_months, t),
    ]
}

fn key_figures<'a>(r: &SummaryReport<'_>, t: &Text) -> Sheet<'a> {
    let mut sheet = Sheet::new(
        t,
        &msg::xlsx_sheet_key_figures(),
        &[
            msg::xlsx_col_key_figure(),
            msg::xlsx_col_as_of(r.as_of.0),
            msg::xlsx_col_as_of(r.before.0),
            msg::xlsx_col_change(),
            msg::xlsx_col_out_of(),
        ],
    );
    let f = &r.totals;
    let rows = [
        // The summary's own words for its key figures; the activities say what they are out of.
        (msg::summary_have_signed(), f.signed, Some(f.signatories)),
        (msg::summary_have_adopted(), f.action_plan_adopted, Some(f.signatories)),
        (msg::summary_have_reported(r.report_months), f.recent_report, Some(f.signatories)),
        (msg::summary_goals_achieved(), f.goals_achieved, Some(f.goals)),
        (
            msg::xlsx_figure_activities_done(),
            f.activities_done,
            Some(activities_counted(f.activities, f.activities_cancelled)),
        ),
        (msg::summary_overdue(), f.overdue, None),
    ];
    for (label, change, whole) in rows {
        sheet.push(vec![
            Cell::text(t.get(&label)),
            Cell::count(change.now),
            Cell::count(change.before),
            Cell::Change(change.change),
            whole.map_or(Cell::Empty, Cell::count),
        ]);
    }
    sheet
}

fn happened<'a>(h: &'a Happened, t: &Text) -> Sheet<'a> {
    let mut sheet = Sheet::new(
        t,
        &msg::xlsx_sheet_happened(),
        &[
            msg::xlsx_col_date(),
            msg::xlsx_col_event(),
            msg::xlsx_col_signatory_id(),
            msg::column_signatory(),
            msg::xlsx_col_item_id(),
            msg::column_title(),
            msg::xlsx_col_value(),
            msg::xlsx_col_unit(),
            msg::xlsx_col_target(),
            msg::column_women(),
            msg::column_men(),
            msg::column_women_share(),
            msg::xlsx_col_balanced(),
            msg::xlsx_col_late(),
            msg::xlsx_col_period_start(),
            msg::xlsx_col_period_end(),
            msg::xlsx_col_link(),
        ],
    );
    let mut push = |date: Day, what: Message, signatory: &'a str, name: &'a str, e: Event<'a>| {
        sheet.push(vec![
            Cell::Date(date),
            Cell::text(t.get(&what)),
            Cell::text(signatory),
            Cell::text(name),
            e.item,
            e.title,
            e.value,
            e.unit,
            e.target,
            e.women,
            e.men,
            e.women_share,
            e.balanced,
            e.late,
            e.start,
            e.end,
            e.link,
        ]);
    };
    for e in &h.signed {
        push(e.date, msg::xlsx_event_signed(), &e.signatory, &e.name, Event::default());
    }
    for e in &h.plans_adopted {
        let what = if e.first { msg::xlsx_event_first_plan_adopted() } else { msg::xlsx_event_plan_adopted() };
        let event = Event {
            late: Cell::Bool(e.late),
            start: Cell::date(e.start),
            end: Cell::date(e.end),
            link: Cell::text_or_empty(e.url.as_deref()),
            ..Event::default()
        };
        push(e.date, what, &e.signatory, &e.name, event);
    }
    for e in &h.reports {
        let event = Event { link: Cell::text_or_empty(e.url.as_deref()), ..Event::default() };
        push(e.date, msg::xlsx_event_report(), &e.signatory, &e.name, event);
    }
    for e in &h.activities_finished {
        let what = match e.status {
            ActivityStatus::Cancelled => msg::xlsx_event_activity_cancelled(),
            _ => msg::xlsx_event_activity_done(),
        };
        let event = Event {
            item: Cell::text(e.id.as_str()),
            title: Cell::text(e.title.as_str()),
            late: Cell::Bool(e.late),
            ..Event::default()
        };
        push(e.date, what, &e.signatory, &e.name, event);
    }
    for e in &h.goals_achieved {
        let what = if e.how == "date" {
            msg::xlsx_event_goal_achieved_date()
        } else {
            msg::xlsx_event_goal_achieved_measurement()
        };
        let event = Event { item: Cell::text(e.id.as_str()), title: Cell::text(e.title.as_str()), ..Event::default() };
        push(e.date, what, &e.signatory, &e.name, event);
    }
    for m in &h.measurements {
        let count = |n: Option<u64>| n.map_or(Cell::Empty, |n| Cell::Count(i64::try_from(n).unwrap_or(i64::MAX)));
        let event = Event {
            item: Cell::text(m.goal.as_str()),
            title: Cell::text(m.title.as_str()),
            value: Cell::number(m.value),
            unit: Cell::text_or_empty(m.unit.as_deref()),
            target: Cell::number(m.target),
            women: count(m.women),
            men: count(m.men),
            women_share: Cell::share(m.women_share),
            balanced: m.balanced.map_or(Cell::Empty, Cell::Bool),
            ..Event::default()
        };
        push(m.date, msg::xlsx_event_measurement(), &m.signatory, &m.name, event);
    }
    sheet
}

/// The columns of an event that only some kinds fill (the others are empty).
#[derive(Default)]
struct Event<'a> {
    item: Cell<'a>,
    title: Cell<'a>,
    value: Cell<'a>,
    unit: Cell<'a>,
    target: Cell<'a>,
    women: Cell<'a>,
    men: Cell<'a>,
    women_share: Cell<'a>,
    balanced: Cell<'a>,
    late: Cell<'a>,
    start: Cell<'a>,
    end: Cell<'a>,
    link: Cell<'a>,
}

fn deadlines<'a>(name: &Message, lines: &[DeadlineLine<'a>], overdue: bool, t: &Text) -> Sheet<'a> {
    let mut headers = vec![
        msg::column_due(),
        msg::xlsx_col_signatory_id(),
        msg::column_signatory(),
        msg::column_deadline(),
        msg::xlsx_col_item_id(),
        msg::column_title(),
        msg::column_owner(),
    ];
    if overdue {
        headers.push(msg::xlsx_col_days_overdue());
    }
    let mut sheet = Sheet::new(t, name, &headers);
    for line in lines {
        let mut row = vec![
            Cell::Date(line.due()),
            Cell::text(line.signatory()),
            Cell::text(line.name()),
            Cell::text(words::deadline_kind(t, line.kind())),
            Cell::text_or_empty(line.id()),
            Cell::text_or_empty(line.title()),
            Cell::text_or_empty(line.owner()),
        ];
        if overdue {
            row.push(Cell::Count(line.days_overdue()));
        }
        sheet.push(row);
    }
    sheet
}

fn groups<'a>(r: &'a SummaryReport<'_>, t: &Text) -> Sheet<'a> {
    let change_of = |m: Message| msg::xlsx_col_change_of(m);
    let recent = || msg::xlsx_col_recent_report(r.report_months);
    let mut sheet = Sheet::new(
        t,
        &msg::xlsx_sheet_per_group(),
        &[
            msg::xlsx_col_group_id(),
            msg::xlsx_col_group(),
            msg::column_signatories(),
            msg::xlsx_col_signed_count(),
            change_of(msg::xlsx_col_signed_count()),
            msg::xlsx_col_adopted_count(),
            change_of(msg::xlsx_col_adopted_count()),
            recent(),
            change_of(recent()),
            msg::column_goals(),
            msg::column_goals_achieved(),
            change_of(msg::column_goals_achieved()),
            msg::column_activities_counted(),
            msg::xlsx_col_activities_cancelled(),
            msg::column_activities_done(),
            change_of(msg::column_activities_done()),
            msg::column_overdue(),
            change_of(msg::column_overdue()),
        ],
    );
    // As the Markdown table: each group, then all of them.
    for g in &r.groups {
        sheet.push(figures_row(Cell::text(g.id.as_str()), Cell::text(g.name.as_str()), &g.figures));
    }
    sheet.push(figures_row(Cell::Empty, Cell::text(t.get(&msg::grand_total())), &r.totals));
    sheet
}

fn figures_row<'a>(id: Cell<'a>, name: Cell<'a>, f: &Figures) -> Vec<Cell<'a>> {
    let both = |c: Change| [Cell::count(c.now), Cell::Change(c.change)];
    let mut row = vec![id, name, Cell::count(f.signatories)];
    row.extend(both(f.signed));
    row.extend(both(f.action_plan_adopted));
    row.extend(both(f.recent_report));
    row.push(Cell::count(f.goals));
    row.extend(both(f.goals_achieved));
    // Of those not cancelled (the goals' whole comes first too), the cancelled, those done.
    row.push(Cell::count(activities_counted(f.activities, f.activities_cancelled)));
    row.push(Cell::count(f.activities_cancelled));
    row.extend(both(f.activities_done));
    row.extend(both(f.overdue));
    row
}

fn signatories<'a>(r: &'a SummaryReport<'_>, t: &Text) -> Sheet<'a> {
    let mut sheet = Sheet::new(
        t,
        &msg::xlsx_sheet_per_signatory(),
        &[
            msg::column_id(),
            msg::column_signatory(),
            msg::xlsx_col_groups(),
            msg::column_signed(),
            msg::column_action_plan(),
            msg::xlsx_col_action_plan_due(),
            msg::xlsx_col_adopted(),
            msg::column_goals(),
            msg::column_goals_achieved(),
            msg::xlsx_col_goals_with_progress(),
            msg::column_goal_progress(),
            msg::column_activities_done(),
            msg::column_activities_counted(),
            msg::xlsx_col_activities_cancelled(),
            msg::column_overdue(),
            msg::xlsx_col_events(),
        ],
    );
    for s in &r.signatories {
        sheet.push(vec![
            Cell::text(s.id.as_str()),
            Cell::text(s.name.as_str()),
            Cell::text(joined(&s.groups)),
            Cell::date(s.signed),
            Cell::text(words::action_plan_status(t, s.action_plan.status, s.action_plan.adopted)),
            Cell::date(s.action_plan.due),
            Cell::date(s.action_plan.adopted),
            Cell::count(s.goals),
            Cell::count(s.goals_achieved),
            Cell::count(s.goals_with_progress),
            Cell::percent(s.goal_progress),
            Cell::count(s.activities_done),
            Cell::count(activities_counted(s.activities, s.activities_cancelled)),
            Cell::count(s.activities_cancelled),
            Cell::count(s.overdue),
            Cell::count(s.events),
        ]);
    }
    sheet
}

/// The history sheet: one row per quarter, oldest first, as the summary's `history` lists them.
fn history<'a>(points: &[HistoryPoint], report_months: u32, t: &Text) -> Sheet<'a> {
    let mut sheet = Sheet::new(
        t,
        &msg::xlsx_sheet_history(),
        &[
            msg::xlsx_col_quarter(),
            msg::xlsx_col_quarter_end(),
            msg::xlsx_col_signed_count(),
            msg::xlsx_col_adopted_count(),
            msg::xlsx_col_recent_report(report_months),
            msg::column_goals_achieved(),
            msg::column_activities_done(),
            msg::column_overdue(),
        ],
    );
    for h in points {
        sheet.push(vec![
            Cell::text(t.get(&msg::quarter_short(u32::from(h.quarter.number()), h.quarter.year().to_string()))),
            Cell::Date(h.end),
            Cell::count(h.signed),
            Cell::count(h.action_plan_adopted),
            Cell::count(h.recent_report),
            Cell::count(h.goals_achieved),
            Cell::count(h.activities_done),
            Cell::count(h.overdue),
        ]);
    }
    sheet
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::message::Lang;
    use crate::report::quarter::Quarter;

    #[test]
    fn the_history_sheet_has_a_row_per_quarter_oldest_first() {
        let t = Text::new(Lang::from_id("sv").unwrap_or_default());
        let quarter = |s: &str| s.parse::<Quarter>().unwrap();
        let row = |q: &str, n: usize| HistoryPoint {
            quarter: quarter(q),
            end: Day(quarter(q).end()),
            signed: n,
            action_plan_adopted: n,
            recent_report: 1,
            goals_achieved: 2,
            activities_done: 3,
            overdue: 4,
        };
        let sheet = history(&[row("2026Q1", 5), row("2026Q2", 6)], 12, &t);
        assert_eq!(sheet.name, "Historik");
        assert_eq!(sheet.headers[..3], ["Kvartal", "Läget per", "Har undertecknat"]);
        assert_eq!(sheet.headers[4], "Uppföljning de senaste 12 månaderna");
        assert_eq!(sheet.rows.len(), 2);
        assert_eq!(sheet.rows[0][0], Cell::text("kv. 1 2026"));
        assert_eq!(sheet.rows[1][1], Cell::Date(Day(quarter("2026Q2").end())));
        assert_eq!(sheet.rows[1][2], Cell::Count(6));
        assert!(sheet.rows.iter().all(|r| r.len() == sheet.headers.len()));
    }
}

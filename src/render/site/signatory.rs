//! A signatory's page: its commitment (kind, groups, decision, signing, Charter text, articles
//! chosen), its action plans, progress reports and sources with their links, its open
//! deadlines (with a calendar feed), each goal with its chart and table, and its activities.

use std::fmt::Write as _;

use crate::message::msg;
use crate::model::articles::articles_of;
use crate::render::fixed::push_date;
use crate::render::site_path;
use crate::render::terms;
use crate::render::text::Text;
use crate::report::deadlines::DeadlineRow;
use crate::report::site::SignatoryExtra;
use crate::report::status::SignatoryStatus;

use super::html::{self, Column, Table};
use super::page::{Frame, Nav};
use super::{goal, group_page};

/// The page's HTML; `deadlines` are the signatory's open ones, soonest first.
#[must_use]
pub(super) fn page(
    frame: &Frame<'_>,
    s: &SignatoryStatus,
    extra: &SignatoryExtra,
    deadlines: &[&DeadlineRow],
    group_names: &dyn Fn(&str) -> String,
) -> String {
    let t = frame.text;
    let say = |m| html::text(&t.get(&m));
    let mut out = String::with_capacity(8192);
    let _ = writeln!(out, "<p class=\"lead\">{}</p>", say(msg::site_state_on(frame.today.0)));
    commitment(&mut out, s, t, group_names);
    plans_and_reports(&mut out, extra, t);
    open_deadlines(&mut out, s, deadlines, frame);
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", say(msg::site_goals()));
    match (&s.goal_details, extra.goals.is_empty()) {
        (Some(goals), false) => {
            for (detail, series) in goals.iter().zip(&extra.goals) {
                goal::section(&mut out, detail, series, frame);
            }
        }
        _ => html::paragraph(&mut out, &say(msg::site_no_goals())),
    }
    out.push_str("</section>\n");
    activities(&mut out, s, frame);
    frame.page(1, Nav::Other, &html::text(&s.name), &out)
}

fn commitment(out: &mut String, s: &SignatoryStatus, t: &Text, group_names: &dyn Fn(&str) -> String) {
    let say = |m| html::text(&t.get(&m));
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", say(msg::site_commitment()));
    let not_yet = say(msg::site_not_yet());
    let mut facts = vec![(say(msg::site_kind()), say(terms::signatory_kind(s.kind)))];
    if !s.groups.is_empty() {
        let links: Vec<String> =
            s.groups.iter().map(|g| format!("<a href=\"../{}\">{}</a>", group_page(g), group_names(g))).collect();
        facts.push((say(msg::site_groups_of()), links.join(", ")));
    }
    facts.push((say(msg::site_decided()), s.decided.map_or_else(|| not_yet.clone(), |d| d.to_string())));
    facts.push((say(msg::site_signed()), s.signed.map_or_else(|| not_yet.clone(), |d| d.to_string())));
    facts.push((say(msg::site_charter()), s.charter.as_str().to_owned()));
    if let Some(plan) = terms::action_plan(s.action_plan.status, s.action_plan.adopted, s.action_plan.due) {
        facts.push((say(msg::column_action_plan()), say(plan)));
    }
    html::facts(out, &facts);
    let _ = writeln!(out, "<h3>{}</h3>", say(msg::site_articles_chosen()));
    if s.articles.is_empty() {
        html::paragraph(out, &say(msg::site_no_articles()));
    } else {
        let swedish = t.lang().catalogue_id() == "sv";
        out.push_str("<ul class=\"articles\">\n");
        for number in &s.articles {
            let title = articles_of(s.charter)
                .iter()
                .find(|a| a.number == *number)
                .map(|a| if swedish { a.title_sv } else { a.title_en })
                .unwrap_or_default();
            let _ = writeln!(out, "<li><span class=\"number\">{number}</span> {}</li>", html::text(title));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn plans_and_reports(out: &mut String, extra: &SignatoryExtra, t: &Text) {
    let say = |m| html::text(&t.get(&m));
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", say(msg::site_plans_and_reports()));
    let open = say(msg::site_link());
    let document = |url: Option<&str>| {
        url.map(|u| {
            let link = html::external_link(&open, Some(u));
            if link == open { html::text(u) } else { link }
        })
        .unwrap_or_default()
    };
    let (adopted, period, doc) = (say(msg::site_adopted()), say(msg::site_period()), say(msg::site_document()));
    if extra.action_plans.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>", say(msg::site_action_plans()));
        html::paragraph(out, &say(msg::site_no_action_plans()));
    } else {
        let rows: Vec<Vec<String>> = extra
            .action_plans
            .iter()
            .map(|p| {
                let when = p.adopted.map_or_else(|| say(msg::site_not_adopted()), |d| d.to_string());
                let span = match (p.start, p.end) {
                    (None, None) => String::new(),
                    (start, end) => format!(
                        "{} – {}",
                        start.map(|d| d.to_string()).unwrap_or_default(),
                        end.map(|d| d.to_string()).unwrap_or_default()
                    ),
                };
                vec![when, span, document(p.url.as_deref())]
            })
            .collect();
        let mut columns = vec![Column::text(&adopted), Column::text(&period), Column::text(&doc)];
        if extra.action_plans.iter().all(|p| p.url.is_none()) {
            columns.pop();
        }
        let _ = writeln!(out, "<h3>{}</h3>", say(msg::site_action_plans()));
        html::table(out, &say(msg::site_action_plans()), "plans", &columns, &rows);
    }
    if extra.reports.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>", say(msg::site_reports()));
        html::paragraph(out, &say(msg::site_no_reports()));
    } else {
        let rows: Vec<Vec<String>> =
            extra.reports.iter().map(|r| vec![r.date.to_string(), document(r.url.as_deref())]).collect();
        let date = say(msg::site_date());
        let mut columns = vec![Column::text(&date), Column::text(&doc)];
        if extra.reports.iter().all(|r| r.url.is_none()) {
            columns.pop();
        }
        let _ = writeln!(out, "<h3>{}</h3>", say(msg::site_reports()));
        html::table(out, &say(msg::site_reports()), "reports", &columns, &rows);
    }
    if !extra.sources.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>\n<ul class=\"sources\">", say(msg::site_sources()));
        for source in &extra.sources {
            let _ = writeln!(out, "<li>{}</li>", html::address(source));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn open_deadlines(out: &mut String, s: &SignatoryStatus, deadlines: &[&DeadlineRow], frame: &Frame<'_>) {
    let t = frame.text;
    let say = |m| html::text(&t.get(&m));
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", say(msg::site_deadlines()));
    if deadlines.is_empty() {
        html::paragraph(out, &say(msg::site_no_deadlines()));
    } else {
        let (due, what, state) = (say(msg::column_due()), say(msg::column_deadline()), say(msg::column_state()));
        let columns = [Column::text(&due), Column::text(&what), Column::text(&state)];
        let due_soon = say(msg::due_soon());
        let mut table = Table::start(out, &say(msg::site_deadlines()), "deadline-list", &columns);
        for d in deadlines {
            table.row();
            table.cell_with(|out| push_date(out, d.due.0));
            table.cell_with(|out| {
                let what = terms::deadline_owned(d.kind, d.title.as_deref(), d.owner.as_deref());
                html::text_into(out, &t.get(&what));
            });
            table.cell_with(|out| {
                if d.overdue {
                    out.push_str("<strong class=\"bad\">");
                    frame.push_overdue_by(out, d.days_overdue);
                    out.push_str("</strong>");
                } else if d.due_soon {
                    out.push_str(&due_soon);
                }
            });
        }
        table.end();
        let feed = site_path::signatory_feed(&s.id);
        let file = feed.rsplit('/').next().unwrap_or(&feed);
        let _ = writeln!(out, "<p class=\"feed\"><a href=\"{file}\">{}</a></p>", say(msg::site_calendar()));
    }
    out.push_str("</section>\n");
}

fn activities(out: &mut String, s: &SignatoryStatus, frame: &Frame<'_>) {
    let t = frame.text;
    let say = |m| html::text(&t.get(&m));
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", say(msg::site_activities()));
    match &s.activity_details {
        Some(list) if !list.is_empty() => {
            let headers = [
                say(msg::column_activity()),
                say(msg::column_owner()),
                say(msg::column_due()),
                say(msg::column_status()),
            ];
            let columns = [
                Column::text(&headers[0]),
                Column::text(&headers[1]),
                Column::text(&headers[2]),
                Column::text(&headers[3]),
            ];
            let mut table = Table::start(out, &say(msg::site_activities()), "activities", &columns);
            for a in list {
                table.row();
                table.cell_with(|out| html::text_into(out, &a.title));
                table.cell_with(|out| html::text_into(out, a.owner.as_deref().unwrap_or_default()));
                table.cell_with(|out| {
                    if let Some(due) = a.due {
                        push_date(out, due.0);
                    }
                });
                table.cell_with(|out| {
                    html::text_into(out, &t.get(&terms::activity_status_on(a.status, a.finished)));
                    if a.overdue {
                        out.push_str(", <strong class=\"bad\">");
                        frame.push_overdue_by(out, a.days_overdue);
                        out.push_str("</strong>");
                    }
                });
            }
            table.end();
        }
        _ => html::paragraph(out, &say(msg::site_no_activities())),
    }
    out.push_str("</section>\n");
}

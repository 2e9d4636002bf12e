//! A signatory's page: its commitment (kind, groups, decision, signing, Charter text, articles
//! chosen), its action plans, progress reports and sources with their links, its open
//! deadlines (with a calendar feed), each goal with its chart and table, and its activities.

use std::fmt::Write as _;

use crate::message::msg;
use crate::model::SignatoryKind;
use crate::model::articles::articles_of;
use crate::render::fixed::push_date;
use crate::render::site_path;
use crate::render::terms;
use crate::render::text::Text;
use crate::report::Day;
use crate::report::deadlines::DeadlineRow;
use crate::report::site::SignatoryExtra;
use crate::report::status::SignatoryStatus;

use super::html::{self, Column, Table};
use super::page::{Frame, Nav};
use super::{goal, group_page};

/// The words of a signatory's page that are the same on every one (headings, column names,
/// "not yet", the lead line), put into words (and escaped) once for the site rather than once
/// per page; the goal sections' are [`goal::Words`].
pub(super) struct Words {
    /// The whole lead line: "Status as of <today>".
    lead: String,
    commitment: String,
    kind: String,
    /// Each kind of signatory, in the order of [`Words::kind_of`].
    kinds: [String; 3],
    groups_of: String,
    decided: String,
    signed: String,
    not_yet: String,
    charter: String,
    action_plan: String,
    articles_chosen: String,
    no_articles: String,
    plans_and_reports: String,
    link: String,
    adopted: String,
    not_adopted: String,
    period: String,
    document: String,
    action_plans: String,
    no_action_plans: String,
    reports: String,
    no_reports: String,
    date: String,
    sources: String,
    deadlines: String,
    no_deadlines: String,
    due: String,
    deadline: String,
    state: String,
    due_soon: String,
    calendar: String,
    goals: String,
    no_goals: String,
    activities: String,
    activity: String,
    owner: String,
    status: String,
    no_activities: String,
}

impl Words {
    pub(super) fn new(t: &Text, today: Day) -> Self {
        let say = |m| html::text(&t.get(&m));
        Self {
            lead: format!("<p class=\"lead\">{}</p>\n", say(msg::site_state_on(today.0))),
            commitment: say(msg::site_commitment()),
            kind: say(msg::site_kind()),
            kinds: [
                say(terms::signatory_kind(SignatoryKind::Municipality)),
                say(terms::signatory_kind(SignatoryKind::Region)),
                say(terms::signatory_kind(SignatoryKind::Other)),
            ],
            groups_of: say(msg::site_groups_of()),
            decided: say(msg::site_decided()),
            signed: say(msg::site_signed()),
            not_yet: say(msg::site_not_yet()),
            charter: say(msg::site_charter()),
            action_plan: say(msg::column_action_plan()),
            articles_chosen: say(msg::site_articles_chosen()),
            no_articles: say(msg::site_no_articles()),
            plans_and_reports: say(msg::site_plans_and_reports()),
            link: say(msg::site_link()),
            adopted: say(msg::site_adopted()),
            not_adopted: say(msg::site_not_adopted()),
            period: say(msg::site_period()),
            document: say(msg::site_document()),
            action_plans: say(msg::site_action_plans()),
            no_action_plans: say(msg::site_no_action_plans()),
            reports: say(msg::site_reports()),
            no_reports: say(msg::site_no_reports()),
            date: say(msg::site_date()),
            sources: say(msg::site_sources()),
            deadlines: say(msg::site_deadlines()),
            no_deadlines: say(msg::site_no_deadlines()),
            due: say(msg::column_due()),
            deadline: say(msg::column_deadline()),
            state: say(msg::column_state()),
            due_soon: say(msg::due_soon()),
            calendar: say(msg::site_calendar()),
            goals: say(msg::site_goals()),
            no_goals: say(msg::site_no_goals()),
            activities: say(msg::site_activities()),
            activity: say(msg::column_activity()),
            owner: say(msg::column_owner()),
            status: say(msg::column_status()),
            no_activities: say(msg::site_no_activities()),
        }
    }

    /// The kind of signatory in words.
    fn kind_of(&self, kind: SignatoryKind) -> &str {
        let [municipality, region, other] = &self.kinds;
        match kind {
            SignatoryKind::Municipality => municipality,
            SignatoryKind::Region => region,
            SignatoryKind::Other => other,
        }
    }
}

/// Appends the whole page; `deadlines` are the signatory's open ones, soonest first.
pub(super) fn page(
    out: &mut String,
    frame: &Frame<'_>,
    s: &SignatoryStatus,
    extra: &SignatoryExtra,
    deadlines: &[DeadlineRow],
    group_names: &dyn Fn(&str) -> String,
) {
    let words = &frame.signatory_words;
    frame.head(out, 1, Nav::Other, &html::text(&s.name));
    out.push_str(&words.lead);
    commitment(out, s, frame, group_names);
    plans_and_reports(out, extra, words);
    open_deadlines(out, s, deadlines, frame);
    heading(out, &words.goals);
    match (&s.goal_details, extra.goals.is_empty()) {
        (Some(goals), false) => {
            for (detail, series) in goals.iter().zip(&extra.goals) {
                goal::section(out, detail, series, frame);
            }
        }
        _ => html::paragraph(out, &words.no_goals),
    }
    out.push_str("</section>\n");
    activities(out, s, frame);
    frame.end(out);
}

/// Opens a `<section>` with its `<h2>` (HTML).
fn heading(out: &mut String, h2: &str) {
    let _ = writeln!(out, "<section>\n<h2>{h2}</h2>");
}

/// A day, or "not yet".
fn day_or_not_yet(out: &mut String, day: Option<Day>, words: &Words) {
    match day {
        Some(day) => push_date(out, day.0),
        None => out.push_str(&words.not_yet),
    }
}

fn commitment(out: &mut String, s: &SignatoryStatus, frame: &Frame<'_>, group_names: &dyn Fn(&str) -> String) {
    let (t, words) = (frame.text, &frame.signatory_words);
    heading(out, &words.commitment);
    out.push_str("<dl class=\"facts\">\n");
    html::fact(out, &words.kind, |out| out.push_str(words.kind_of(s.kind)));
    if !s.groups.is_empty() {
        html::fact(out, &words.groups_of, |out| {
            for (i, g) in s.groups.iter().enumerate() {
                let separator = if i == 0 { "" } else { ", " };
                let _ = write!(out, "{separator}<a href=\"../{}\">{}</a>", group_page(g), group_names(g));
            }
        });
    }
    html::fact(out, &words.decided, |out| day_or_not_yet(out, s.decided, words));
    html::fact(out, &words.signed, |out| day_or_not_yet(out, s.signed, words));
    html::fact(out, &words.charter, |out| out.push_str(s.charter.as_str()));
    if let Some(plan) = terms::action_plan(s.action_plan.status, s.action_plan.adopted, s.action_plan.due) {
        html::fact(out, &words.action_plan, |out| html::text_into(out, &t.get(&plan)));
    }
    out.push_str("</dl>\n");
    let _ = writeln!(out, "<h3>{}</h3>", words.articles_chosen);
    if s.articles.is_empty() {
        html::paragraph(out, &words.no_articles);
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

fn plans_and_reports(out: &mut String, extra: &SignatoryExtra, words: &Words) {
    heading(out, &words.plans_and_reports);
    let _ = writeln!(out, "<h3>{}</h3>", words.action_plans);
    if extra.action_plans.is_empty() {
        html::paragraph(out, &words.no_action_plans);
    } else {
        let all = [Column::text(&words.adopted), Column::text(&words.period), Column::text(&words.document)];
        let linked = extra.action_plans.iter().any(|p| p.url.is_some());
        let columns = if linked { &all[..] } else { &all[..2] };
        let mut table = Table::start(out, &words.action_plans, "plans", columns);
        for p in &extra.action_plans {
            table.row();
            table.cell_with(|out| match p.adopted {
                Some(day) => push_date(out, day.0),
                None => out.push_str(&words.not_adopted),
            });
            table.cell_with(|out| {
                if p.start.is_some() || p.end.is_some() {
                    p.start.into_iter().for_each(|d| push_date(out, d.0));
                    out.push_str(" – ");
                    p.end.into_iter().for_each(|d| push_date(out, d.0));
                }
            });
            table.cell_with(|out| document(out, p.url.as_deref(), words));
        }
        table.end();
    }
    let _ = writeln!(out, "<h3>{}</h3>", words.reports);
    if extra.reports.is_empty() {
        html::paragraph(out, &words.no_reports);
    } else {
        let all = [Column::text(&words.date), Column::text(&words.document)];
        let linked = extra.reports.iter().any(|r| r.url.is_some());
        let columns = if linked { &all[..] } else { &all[..1] };
        let mut table = Table::start(out, &words.reports, "reports", columns);
        for r in &extra.reports {
            table.row();
            table.cell_with(|out| push_date(out, r.date.0));
            table.cell_with(|out| document(out, r.url.as_deref(), words));
        }
        table.end();
    }
    if !extra.sources.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>\n<ul class=\"sources\">", words.sources);
        for source in &extra.sources {
            let _ = writeln!(out, "<li>{}</li>", html::address(source));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// A plan's or report's document: a link labelled "open" when its address is a plain
/// `http(s)` one, else the address as text; nothing without an address.
fn document(out: &mut String, url: Option<&str>, words: &Words) {
    if let Some(url) = url {
        let link = html::external_link(&words.link, Some(url));
        if link == words.link {
            html::text_into(out, url);
        } else {
            out.push_str(&link);
        }
    }
}

fn open_deadlines(out: &mut String, s: &SignatoryStatus, deadlines: &[DeadlineRow], frame: &Frame<'_>) {
    let words = &frame.signatory_words;
    heading(out, &words.deadlines);
    if deadlines.is_empty() {
        html::paragraph(out, &words.no_deadlines);
    } else {
        let columns = [Column::text(&words.due), Column::text(&words.deadline), Column::text(&words.state)];
        let due_soon = &words.due_soon;
        let mut table = Table::start(out, &words.deadlines, "deadline-list", &columns);
        for d in deadlines {
            table.row();
            table.cell_with(|out| push_date(out, d.due.0));
            table.cell_with(|out| {
                let (title, owner) = (d.title.as_deref(), d.owner.as_deref());
                frame.terms.push_deadline_owned(out, d.kind, title, owner, html::text_into);
            });
            table.cell_with(|out| {
                if d.overdue {
                    out.push_str("<strong class=\"bad\">");
                    frame.push_overdue_by(out, d.days_overdue);
                    out.push_str("</strong>");
                } else if d.due_soon {
                    out.push_str(due_soon);
                }
            });
        }
        table.end();
        let feed = site_path::signatory_feed(&s.id);
        let file = feed.rsplit('/').next().unwrap_or(&feed);
        let _ = writeln!(out, "<p class=\"feed\"><a href=\"{file}\">{}</a></p>", words.calendar);
    }
    out.push_str("</section>\n");
}

fn activities(out: &mut String, s: &SignatoryStatus, frame: &Frame<'_>) {
    let words = &frame.signatory_words;
    heading(out, &words.activities);
    match &s.activity_details {
        Some(list) if !list.is_empty() => {
            let columns = [
                Column::text(&words.activity),
                Column::text(&words.owner),
                Column::text(&words.due),
                Column::text(&words.status),
            ];
            let mut table = Table::start(out, &words.activities, "activities", &columns);
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
                    frame.terms.push_activity_status_on(out, a.status, a.finished, html::text_into);
                    if a.overdue {
                        out.push_str(", <strong class=\"bad\">");
                        frame.push_overdue_by(out, a.days_overdue);
                        out.push_str("</strong>");
                    }
                });
            }
            table.end();
        }
        _ => html::paragraph(out, &words.no_activities),
    }
    out.push_str("</section>\n");
}

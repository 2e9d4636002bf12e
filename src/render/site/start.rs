//! The start page (the site's name, the day it shows, the key figures, the groups and every
//! signatory), the group pages (the same for one group), and the articles page.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::message::{Arg, msg};
use crate::render::measures::{self, Mean};
use crate::render::site_path;
use crate::render::terms;
use crate::render::text::Text;
use crate::report::articles::ArticlesReport;
use crate::report::site::SiteReport;
use crate::report::status::SignatoryStatus;
use crate::report::{GroupTotals, Totals};

use super::group_page;
use super::html::{self, Column};
use super::page::{Frame, Nav};

/// The start page.
#[must_use]
pub(super) fn page(frame: &Frame<'_>, r: &SiteReport) -> String {
    let t = frame.text;
    let say = |m| html::text(&t.get(&m));
    let mut out = String::with_capacity(16384);
    let _ = writeln!(out, "<p class=\"lead\">{}</p>", say(msg::site_state_on(frame.today.0)));
    html::paragraph(&mut out, &say(msg::site_intro()));
    key_figures(&mut out, &r.status.totals, t);
    super::history::section(&mut out, r, t);
    if !r.status.groups.is_empty() {
        let _ = writeln!(out, "<section>\n<h2>{}</h2>", say(msg::site_groups()));
        let mut groups: Vec<&GroupTotals> = r.status.groups.iter().collect();
        t.sort_by_name(&mut groups, |g| g.name.as_str());
        let rows: Vec<Vec<String>> = groups
            .iter()
            .map(|g| {
                let link = format!("<a href=\"{}\">{}</a>", group_page(&g.id), html::text(&g.name));
                let figures = figure_cells(&g.totals, t);
                std::iter::once(link).chain(figures).collect()
            })
            .collect();
        let headers = group_headers(t);
        let columns: Vec<Column<'_>> =
            headers.iter().enumerate().map(|(i, h)| if i == 0 { Column::text(h) } else { Column::number(h) }).collect();
        html::table(&mut out, &say(msg::site_groups()), "group-list", &columns, &rows);
        out.push_str("</section>\n");
    }
    let all: Vec<&SignatoryStatus> = r.status.signatories.iter().collect();
    signatory_table(&mut out, &all, t, "");
    let _ = writeln!(
        out,
        "<p class=\"feed\"><a href=\"{}\">{}</a></p>",
        site_path::REPOSITORY_FEED,
        say(msg::site_calendar())
    );
    frame.page(0, Nav::Start, &frame.name, &out)
}

/// A group's page: its key figures and its signatories.
#[must_use]
pub(super) fn group(frame: &Frame<'_>, r: &SiteReport, g: &GroupTotals) -> String {
    let t = frame.text;
    let say = |m| html::text(&t.get(&m));
    let mut out = String::with_capacity(8192);
    let _ = writeln!(out, "<p class=\"lead\">{}</p>", say(msg::site_state_on(frame.today.0)));
    key_figures(&mut out, &g.totals, t);
    let members: Vec<&SignatoryStatus> = r.members(g).collect();
    signatory_table(&mut out, &members, t, "../");
    frame.page(1, Nav::Other, &html::text(&g.name), &out)
}

/// The articles page: every article of the Charter text most signatories use, who chose it.
#[must_use]
pub(super) fn articles(frame: &Frame<'_>, r: &SiteReport, names: &dyn Fn(&str) -> Option<String>) -> String {
    let t = frame.text;
    let say = |m| html::text(&t.get(&m));
    let a = &r.articles;
    let mut out = String::with_capacity(16384);
    html::paragraph(&mut out, &say(msg::site_articles_intro(a.charter.as_str())));
    let swedish = t.lang().catalogue_id() == "sv";
    let by_id = chooser_links(a, t, names);
    let rows: Vec<Vec<String>> = a
        .articles
        .iter()
        .map(|row| {
            let title = if swedish { row.title_sv } else { row.title_en };
            let mut chosen: Vec<&(usize, String)> =
                row.chosen_by.iter().filter_map(|id| by_id.get(id.as_str())).collect();
            chosen.sort_by_key(|(rank, _)| *rank);
            let links: Vec<&str> = chosen.into_iter().map(|(_, link)| link.as_str()).collect();
            vec![row.number.to_string(), html::text(title), t.numbers().count(row.count as u64), links.join(", ")]
        })
        .collect();
    let headers = [
        say(msg::column_article_number()),
        say(msg::column_title()),
        say(msg::site_chosen_by_count()),
        say(msg::column_chosen_by()),
    ];
    let columns = [
        Column::number(&headers[0]),
        Column::text(&headers[1]),
        Column::number(&headers[2]),
        Column::text(&headers[3]),
    ];
    html::table(&mut out, &say(msg::site_articles_heading()), "article-list", &columns, &rows);
    frame.page(0, Nav::Articles, &say(msg::site_articles_heading()), &out)
}

/// Each signatory that chose an article, by id: its name's place in alphabetical order and
/// its link (HTML). Made once: a signatory is listed under dozens of articles, and the page
/// lists some 100,000 of them in a 2,000-signatory repository.
fn chooser_links<'r>(
    a: &'r ArticlesReport,
    t: &Text,
    names: &dyn Fn(&str) -> Option<String>,
) -> HashMap<&'r str, (usize, String)> {
    let mut name_of: HashMap<&str, String> = HashMap::new();
    for id in a.articles.iter().flat_map(|row| &row.chosen_by) {
        name_of.entry(id.as_str()).or_insert_with(|| names(id).unwrap_or_else(|| id.clone()));
    }
    let ranks = t.ranks(name_of.values().map(String::as_str));
    name_of
        .iter()
        .map(|(id, name)| {
            let rank = ranks.get(name.as_str()).copied().unwrap_or_default();
            let link = format!("<a href=\"{}\">{}</a>", site_path::signatory_page(id), html::text(name));
            (*id, (rank, link))
        })
        .collect()
}

/// A signatory's mean goal progress with its basis.
fn mean(s: &SignatoryStatus) -> Mean {
    Mean { progress: s.goals.progress, measured: s.goals.with_progress, goals: s.goals.total }
}

/// The key figures as cards: a number and what it counts.
fn key_figures(out: &mut String, totals: &Totals, t: &Text) {
    let say = |m| html::text(&t.get(&m));
    let n = t.numbers();
    let part = |part: usize, whole: usize| say(msg::site_part_of(Arg::count(part), Arg::count(whole)));
    let counted = crate::report::activities_counted(totals.activities, totals.activities_cancelled);
    let mut cards = vec![
        (part(totals.signed, totals.signatories), say(msg::site_have_signed())),
        (part(totals.action_plans_adopted, totals.signatories), say(msg::site_have_adopted())),
        (part(totals.goals_achieved, totals.goals), say(msg::site_goals_achieved())),
    ];
    let mean = Mean { progress: totals.goal_progress, measured: totals.goals_with_progress, goals: totals.goals };
    if totals.goals > 0 {
        cards.push((
            html::text(&mean.percent(t)),
            say(msg::site_mean_progress(Arg::count(totals.goals), Arg::count(totals.goals_with_progress))),
        ));
    }
    cards.push((
        part(totals.activities_done, counted),
        say(msg::site_activities_done(Arg::count(totals.activities_cancelled))),
    ));
    cards.push((n.count(totals.overdue as u64), say(msg::site_overdue())));
    let _ = writeln!(out, "<section>\n<h2>{}</h2>\n<ul class=\"cards\">", say(msg::site_key_figures()));
    for (number, label) in cards {
        let _ = writeln!(out, "<li><span class=\"num\">{number}</span> <span class=\"label\">{label}</span></li>");
    }
    out.push_str("</ul>\n</section>\n");
}

fn group_headers(t: &Text) -> Vec<String> {
    [
        msg::site_groups(),
        msg::column_signatories(),
        msg::column_signed(),
        msg::column_action_plan(),
        msg::column_goals_achieved(),
        msg::column_goal_progress(),
        msg::column_overdue(),
    ]
    .into_iter()
    .map(|m| html::text(&t.get(&m)))
    .collect()
}

/// A group's figures, in the order of [`group_headers`] after the name.
fn figure_cells(g: &Totals, t: &Text) -> Vec<String> {
    let n = t.numbers();
    let unknown = "–".to_owned();
    vec![
        n.count(g.signatories as u64),
        n.count(g.signed as u64),
        n.count(g.action_plans_adopted as u64),
        format!("{}/{}", n.count(g.goals_achieved as u64), n.count(g.goals as u64)),
        html::text(
            &Mean { progress: g.goal_progress, measured: g.goals_with_progress, goals: g.goals }
                .short(t)
                .unwrap_or(unknown),
        ),
        n.count(g.overdue as u64),
    ]
}

/// Every signatory in `rows`, in the language's alphabetical order, each linking to its page
/// (`root` leads from the page to the site's root).
fn signatory_table(out: &mut String, rows: &[&SignatoryStatus], t: &Text, root: &str) {
    let say = |m| html::text(&t.get(&m));
    let n = t.numbers();
    let mut rows = rows.to_vec();
    t.sort_by_name(&mut rows, |s| s.name.as_str());
    let unknown = "–".to_owned();
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|s| {
            let plan = terms::action_plan(s.action_plan.status, s.action_plan.adopted, s.action_plan.due)
                .map(&say)
                .unwrap_or_default();
            vec![
                format!("<a href=\"{root}{}\">{}</a>", site_path::signatory_page(&s.id), html::text(&s.name)),
                say(terms::signatory_kind(s.kind)),
                s.signed.map(|d| d.to_string()).unwrap_or_default(),
                plan,
                format!("{}/{}", n.count(s.goals.achieved as u64), n.count(s.goals.total as u64)),
                html::text(&mean(s).short(t).unwrap_or_else(|| unknown.clone())),
                html::text(&measures::activities_short(
                    t,
                    s.activities.done,
                    s.activities.total,
                    s.activities.cancelled,
                )),
                n.count(s.overdue.len() as u64),
            ]
        })
        .collect();
    let headers = [
        say(msg::column_signatory()),
        say(msg::site_kind()),
        say(msg::column_signed()),
        say(msg::column_action_plan()),
        say(msg::column_goals_achieved()),
        say(msg::column_goal_progress()),
        say(msg::column_activities_done()),
        say(msg::column_overdue()),
    ];
    let columns: Vec<Column<'_>> =
        headers.iter().enumerate().map(|(i, h)| if i < 4 { Column::text(h) } else { Column::number(h) }).collect();
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", say(msg::site_signatories()));
    html::table(out, &say(msg::site_signatories()), "signatories", &columns, &cells);
    if rows.iter().any(|s| s.goals.total > 0) {
        html::paragraph(out, &html::text(&measures::mean_note(t)));
    }
    out.push_str("</section>\n");
}

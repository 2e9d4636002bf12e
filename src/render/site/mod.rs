//! The public site (`cemr site`, SPEC §10) as files: a start page, a page per group and per
//! signatory, the articles page, the accessibility statement, one stylesheet and the calendar
//! feeds. Plain HTML and CSS: no scripts, no external assets, links relative to each page.
//! Every piece of plan text goes through `html::text`; only plain `http(s)` addresses from
//! plan files become links.

mod chart;
mod goal;
mod history;
pub mod html;
mod page;
mod signatory;
mod start;
mod statement;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::message::msg;
use crate::render::ics;
use crate::render::site_path;
use crate::render::text::Text;
use crate::report::deadlines::DeadlineRow;
use crate::report::site::SiteReport;

pub use page::{ARTICLES, START, STATEMENT, STYLESHEET};

const CSS: &str = concat!(include_str!("../summary.css"), include_str!("site.css"));

/// One file of the site: its path from the site's root (`/`-separated) and its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteFile {
    pub path: String,
    pub content: String,
}

/// A group's page: `groups/<id>.html`. A group id is a folder name or any text in a plan file,
/// so one that is not a plain id (`[a-z0-9-]+`) is named by its UTF-8 bytes in hex after an
/// `_` (which no plain id has): the same group always has the same page.
#[must_use]
pub fn group_page(id: &str) -> String {
    if crate::model::id::is_valid_id(id) {
        format!("groups/{id}.html")
    } else {
        let mut name = String::from("groups/_");
        for byte in id.bytes() {
            let _ = write!(name, "{byte:02x}");
        }
        name.push_str(".html");
        name
    }
}

/// Every file of the site, sorted by path. `feed_key` names the repository in the calendar
/// feeds' UIDs (as `cemr deadlines --format ics` does).
#[must_use]
pub fn render(r: &SiteReport, text: Text, feed_key: &str) -> Vec<SiteFile> {
    let frame = page::Frame::new(&text, r.repository.as_deref(), r.today);
    let mut files = vec![
        SiteFile { path: STYLESHEET.to_owned(), content: CSS.to_owned() },
        SiteFile { path: START.to_owned(), content: start::page(&frame, r) },
        SiteFile { path: STATEMENT.to_owned(), content: statement::page(&frame, &r.site) },
    ];
    let names: BTreeMap<&str, &str> = r.status.signatories.iter().map(|s| (s.id.as_str(), s.name.as_str())).collect();
    files.push(SiteFile {
        path: ARTICLES.to_owned(),
        content: start::articles(&frame, r, &|id| names.get(id).map(|n| (*n).to_owned())),
    });
    for g in &r.status.groups {
        files.push(SiteFile { path: group_page(&g.id), content: start::group(&frame, r, g) });
    }
    let group_names: BTreeMap<&str, &str> = r.status.groups.iter().map(|g| (g.id.as_str(), g.name.as_str())).collect();
    let group_name = |id: &str| html::text(group_names.get(id).copied().unwrap_or(id));
    // Each signatory's deadlines, as places in the report's list (for its page and its feed).
    let mut deadlines: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, row) in r.deadlines.rows.iter().enumerate() {
        deadlines.entry(row.signatory.as_str()).or_default().push(i);
    }
    let rows_of = |id: &str| -> Vec<&DeadlineRow> {
        deadlines.get(id).map_or_else(Vec::new, |own| own.iter().filter_map(|&i| r.deadlines.rows.get(i)).collect())
    };
    let pages: Vec<_> = r.pages().collect();
    let signatory_pages = crate::parallel::map(&pages, |(s, extra)| SiteFile {
        path: site_path::signatory_page(&s.id),
        content: signatory::page(&frame, s, extra, &rows_of(&s.id), &group_name),
    });
    files.extend(signatory_pages);
    files.extend(feeds(r, text, feed_key, &deadlines));
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

/// The calendar feeds: the whole repository's, and each signatory's with open deadlines. Each
/// event is made once: a signatory's feed holds the same events as the repository's.
fn feeds(r: &SiteReport, text: Text, feed_key: &str, deadlines: &BTreeMap<&str, Vec<usize>>) -> Vec<SiteFile> {
    let site_name = r.repository.clone().unwrap_or_else(|| text.get(&msg::site_default_name()));
    let whole = ics::words::calendar_name(&text, &site_name, None);
    let feed = ics::Feed {
        name: &whole,
        repository: feed_key,
        site: r.site.url.as_ref(),
        today: r.today.0,
        remind: &[],
        text,
    };
    let rows: Vec<&DeadlineRow> = r.deadlines.rows.iter().collect();
    let events = ics::events(&rows, &feed);
    let mut files = vec![SiteFile {
        path: site_path::REPOSITORY_FEED.to_owned(),
        content: ics::calendar(&feed, events.iter().map(String::as_str)),
    }];
    for s in &r.status.signatories {
        let Some(own) = deadlines.get(s.id.as_str()) else { continue };
        let name = ics::words::calendar_name(&text, &site_name, Some(&s.name));
        let content = ics::calendar(
            &ics::Feed { name: &name, ..feed },
            own.iter().filter_map(|&i| events.get(i)).map(String::as_str),
        );
        files.push(SiteFile { path: site_path::signatory_feed(&s.id), content });
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_pages_have_safe_stable_names() {
        assert_eq!(group_page("norrbotten"), "groups/norrbotten.html");
        assert_eq!(group_page("Ö/../x"), "groups/_c3962f2e2e2f78.html");
    }
}

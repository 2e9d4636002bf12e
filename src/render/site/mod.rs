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

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::sync::{Arc, Mutex, PoisonError};

use chrono::NaiveDate;

use crate::message::msg;
use crate::model::config::RepoConfig;
use crate::render::ics;
use crate::render::site_path;
use crate::render::text::Text;
use crate::report::Day;
use crate::report::deadlines::DeadlineRow;
use crate::report::site::{SitePart, SiteReport};
use crate::report::status::SignatoryStatus;

pub use page::{ARTICLES, START, STATEMENT, STYLESHEET};

const CSS: &str = concat!(include_str!("../summary.css"), include_str!("site.css"));

/// Where the site's files go: `write(path, pieces)`, the path from the site's root
/// (`/`-separated) and the file's content in pieces, one after another. Called from several
/// threads at once.
pub type Write<'w> = dyn Fn(&str, &[&[u8]]) -> std::io::Result<()> + Sync + 'w;

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

thread_local! {
    /// The signatory page being written on this thread: one buffer from page to page, so that
    /// 2,000 pages of ~64 KB do not each grow (and fault in) memory of their own.
    static PAGE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The site as it is written: what every page shares (its frame: the repository's name, the
/// day, the words said once), made before the plans are read. Each signatory's page is written
/// from its [`SitePart`] on the core that read its plan ([`Site::signatory_page`]), so that no
/// page's content is held longer than it takes to write it; the rest once every plan is read
/// ([`Site::render`]).
pub struct Site<'a> {
    frame: page::Frame<'a>,
    config: &'a RepoConfig,
    /// Each signatory page's plan file so far, by signatory id: two files with one id (an
    /// error `validate` reports) have one page, and it is the first file's (by path) whichever
    /// is read first, so that the same files always give the same site.
    pages: Mutex<HashMap<String, Arc<Mutex<Option<String>>>>>,
}

impl<'a> Site<'a> {
    #[must_use]
    pub fn new(text: &'a Text, config: &'a RepoConfig, today: NaiveDate) -> Self {
        let repository = config.name.as_deref().filter(|n| !n.trim().is_empty());
        Self { frame: page::Frame::new(text, repository, Day(today)), config, pages: Mutex::default() }
    }

    /// Writes a signatory's page through `write`.
    ///
    /// # Errors
    /// The error of `write`.
    pub fn signatory_page(&self, part: &SitePart, write: &Write<'_>) -> std::io::Result<()> {
        let s = part.status();
        let page_of = self.page_of(&s.id);
        let mut page_of = page_of.lock().unwrap_or_else(PoisonError::into_inner);
        if page_of.as_deref().is_some_and(|file| file <= s.file.as_str()) {
            return Ok(());
        }
        let group_name = |id: &str| html::text(self.config.group_name(id));
        PAGE.with_borrow_mut(|page| {
            page.clear();
            signatory::page(page, &self.frame, s, part.extra(), part.deadlines(), &group_name);
            write(&site_path::signatory_page(&s.id), &[page.as_bytes()])
        })?;
        *page_of = Some(s.file.clone());
        Ok(())
    }

    /// The plan file signatory `id`'s page was written from so far, held while a page of
    /// that id is written.
    fn page_of(&self, id: &str) -> Arc<Mutex<Option<String>>> {
        let mut pages = self.pages.lock().unwrap_or_else(PoisonError::into_inner);
        Arc::clone(pages.entry(id.to_owned()).or_default())
    }

    /// Writes every other file of the site through `write`: the stylesheet, the start,
    /// statement, articles and group pages, each signatory's feed and the repository's.
    /// `feed_key` names the repository in the feeds' UIDs (as `cemr deadlines --format ics`
    /// does).
    ///
    /// # Errors
    /// The first error of `write`.
    pub fn render(&self, r: &SiteReport, feed_key: &str, write: &Write<'_>) -> std::io::Result<()> {
        let frame = &self.frame;
        // The site's own pages are made on a thread of their own while the feeds are made:
        // they would otherwise keep one core waiting.
        let (own, feeds) = crate::parallel::join(|| own_pages(frame, r, write), || feeds(frame, r, feed_key, write));
        own.and(feeds)
    }
}

/// The stylesheet, the start page, the statement, the articles page and the groups' pages.
fn own_pages(frame: &page::Frame<'_>, r: &SiteReport, write: &Write<'_>) -> std::io::Result<()> {
    write(STYLESHEET, &[CSS.as_bytes()])?;
    write(START, &[start::page(frame, r).as_bytes()])?;
    write(STATEMENT, &[statement::page(frame, &r.site).as_bytes()])?;
    let names: BTreeMap<&str, &str> = r.status.signatories.iter().map(|s| (s.id.as_str(), s.name.as_str())).collect();
    write(ARTICLES, &[start::articles(frame, r, &|id| names.get(id).map(|n| (*n).to_owned())).as_bytes()])?;
    for g in &r.status.groups {
        write(&group_page(&g.id), &[start::group(frame, r, g).as_bytes()])?;
    }
    Ok(())
}

/// Each signatory's feed and the repository's. Signatories that share an id (two files with
/// one id, an error `validate` reports) share one feed, named after the first.
fn feeds(frame: &page::Frame<'_>, r: &SiteReport, feed_key: &str, write: &Write<'_>) -> std::io::Result<()> {
    let signatories = &r.status.signatories;
    // Which feed each signatory's deadlines go to, and each feed's deadlines in the listing's
    // order.
    let mut feed_by_id: BTreeMap<&str, usize> = BTreeMap::new();
    let mut jobs: Vec<(&SignatoryStatus, Vec<&DeadlineRow>)> = Vec::new();
    let feed_of: Vec<usize> = signatories
        .iter()
        .map(|s| {
            *feed_by_id.entry(s.id.as_str()).or_insert_with(|| {
                jobs.push((s, Vec::new()));
                jobs.len() - 1
            })
        })
        .collect();
    for &(s, i) in &r.deadlines.order {
        let row = r.deadlines.by_signatory.get(s).and_then(|rows| rows.get(i));
        let job = feed_of.get(s).and_then(|&feed| jobs.get_mut(feed));
        if let (Some(row), Some((_, rows))) = (row, job) {
            rows.push(row);
        }
    }
    let feeds = Feeds::new(r, *frame.text, feed_key);
    // Each feed's events, kept for the repository's feed.
    let events = crate::parallel::map(&jobs, |(s, rows)| -> std::io::Result<Events> {
        let events = feeds.events(rows);
        if !rows.is_empty() {
            write(&site_path::signatory_feed(&s.id), &feeds.signatory(&s.name, &[&events.text]).pieces())?;
        }
        Ok(events)
    });
    let events = events.into_iter().collect::<std::io::Result<Vec<Events>>>()?;
    // The repository's feed: every event in the listing's order (each feed's are in that order).
    let mut each: Vec<_> = events.iter().map(Events::each).collect();
    let whole: Vec<&str> = r
        .deadlines
        .order
        .iter()
        .filter_map(|&(s, _)| feed_of.get(s).and_then(|&feed| each.get_mut(feed)).and_then(Iterator::next))
        .collect();
    write(site_path::REPOSITORY_FEED, &feeds.repository(&whole).pieces())
}

/// A signatory's events one after another in one text, and where each ends: 60,000 events of
/// about 500 bytes would otherwise each keep a string of their own (twice as large) until the
/// repository's feed is written.
struct Events {
    text: String,
    ends: Vec<usize>,
}

impl Events {
    /// The events in one text of just their size: the text is kept until the repository's
    /// feed is written, and one grown by doubling would keep up to twice that (fresh memory is
    /// dear: each page of it faults in).
    fn of(events: impl Iterator<Item = String>) -> Self {
        let events: Vec<String> = events.collect();
        let mut text = String::with_capacity(events.iter().map(String::len).sum());
        let mut ends = Vec::with_capacity(events.len());
        for event in &events {
            text.push_str(event);
            ends.push(text.len());
        }
        Self { text, ends }
    }

    /// Each event's text, in order.
    fn each(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts.zip(&self.ends).map(|(start, &end)| self.text.get(start..end).unwrap_or_default())
    }
}

/// The calendar feeds: the whole repository's, and each signatory's with open deadlines. Each
/// event is made once: a signatory's feed holds the same events as the repository's.
struct Feeds<'a> {
    feed: ics::Feed<'a>,
    events: ics::Events<'a>,
    site_name: String,
}

impl<'a> Feeds<'a> {
    fn new(r: &'a SiteReport, text: Text, feed_key: &'a str) -> Self {
        let site_name = r.repository.clone().unwrap_or_else(|| text.get(&msg::site_default_name()));
        let feed = ics::Feed {
            name: "",
            repository: feed_key,
            site: r.site.url.as_ref(),
            today: r.today.0,
            remind: &[],
            text,
        };
        Self { feed, events: ics::Events::new(feed), site_name }
    }

    /// One feed's events, from its rows in the listing's order. Their UIDs are unique in the
    /// repository's feed too: a UID starts with the signatory's id, so only rows of one feed
    /// can repeat one, and they are numbered in the same order.
    fn events(&self, rows: &[&DeadlineRow]) -> Events {
        let uids = ics::uids(rows, &self.feed);
        Events::of(rows.iter().zip(uids).map(|(row, uid)| self.events.event(row, uid.as_deref())))
    }

    fn repository<'e>(&self, events: &'e [&'e str]) -> Calendar<'e> {
        let name = ics::words::calendar_name(&self.feed.text, &self.site_name, None);
        Calendar { head: ics::calendar_head(&ics::Feed { name: &name, ..self.feed }), events }
    }

    fn signatory<'e>(&self, signatory: &str, events: &'e [&'e str]) -> Calendar<'e> {
        let name = ics::words::calendar_name(&self.feed.text, &self.site_name, Some(signatory));
        Calendar { head: ics::calendar_head(&ics::Feed { name: &name, ..self.feed }), events }
    }
}

/// A feed as its pieces: its own lines, its events and its last line (never joined: the
/// repository's feed is 30 MB in a 2,000-signatory repository).
struct Calendar<'e> {
    head: String,
    events: &'e [&'e str],
}

impl Calendar<'_> {
    fn pieces(&self) -> Vec<&[u8]> {
        let events = self.events.iter().map(|e| e.as_bytes());
        std::iter::once(self.head.as_bytes()).chain(events).chain([ics::CALENDAR_END.as_bytes()]).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_kept_in_one_text_come_back_one_by_one() {
        let events = Events::of(["A\r\n", "", "BC\r\n"].into_iter().map(String::from));
        assert_eq!(events.text, "A\r\nBC\r\n");
        assert_eq!(events.each().collect::<Vec<_>>(), ["A\r\n", "", "BC\r\n"]);
        assert_eq!(Events::of(std::iter::empty()).each().count(), 0);
    }

    #[test]
    fn group_pages_have_safe_stable_names() {
        assert_eq!(group_page("norrbotten"), "groups/norrbotten.html");
        assert_eq!(group_page("Ö/../x"), "groups/_c3962f2e2e2f78.html");
    }
}

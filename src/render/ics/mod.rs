//! Deadlines as an iCalendar feed (RFC 5545): one all-day event per open deadline, for the
//! calendars people already use (`cemr deadlines --format ics`, and the site's feeds).
//!
//! Written with the `icalendar` crate, which orders the properties and escapes TEXT values
//! (`\`, `;`, `,`, line breaks). Where the crate (0.17.17) falls short of RFC 5545, it is
//! handled here, each at its own level:
//! - **control characters**: its TEXT escaping passes CR and other controls through, which
//!   TEXT does not allow; plan text is made safe first ([`plain`]): CRLF and CR become line
//!   breaks, other controls visible `\u{…}` as in every other output;
//! - **folding**: it can leave 76-octet lines; [`fold`] folds every line again;
//! - **`NAME`**: not escaped by the crate (it does not know RFC 7986), so it is not written;
//!   `X-WR-CALNAME`, which every calendar program reads, is;
//! - **all-day events**: its `all_day` sets `DTEND` equal to `DTSTART`, an empty event; here
//!   `DTEND` is the next day (`DTEND` is exclusive);
//! - **time and randomness**: it stamps every component with the clock and a random UID
//!   unless given both; every event and alarm here gets `DTSTAMP` = `--today` and a UID.

mod fold;
mod uid;
pub mod words;

use chrono::{Datelike, NaiveDate, NaiveTime, TimeZone, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Property, Trigger};

use crate::model::site::SiteUrl;
use crate::render::escape;
use crate::render::site_path;
use crate::render::text::Text;
use crate::report::deadlines::{DeadlineRow, DeadlinesReport};

pub use fold::LINE_OCTETS;
pub use uid::repository_key;

/// Everything a feed needs besides the deadlines.
#[derive(Clone, Copy, Debug)]
pub struct Feed<'a> {
    /// The calendar's name as people see it ([`words::calendar_name`]).
    pub name: &'a str,
    /// The repository's name, for the events' UIDs ([`repository_key`]): the same in every
    /// feed of one repository.
    pub repository: &'a str,
    /// `[site] url`: each event links to its signatory's page.
    pub site: Option<&'a SiteUrl>,
    /// The as-of date: each event's `DTSTAMP`, and the day "overdue" is counted to.
    pub today: NaiveDate,
    /// Days before each deadline to remind (`--remind`), sorted and without repeats.
    pub remind: &'a [u32],
    /// The output language.
    pub text: Text,
}

/// The feed of the report's deadlines that `keep` accepts, in the report's order: the whole
/// repository (`|_| true`) or one signatory (`|row| row.signatory == "lulea"`).
#[must_use]
pub fn feed(report: &DeadlinesReport, feed: &Feed<'_>, keep: &dyn Fn(&DeadlineRow) -> bool) -> String {
    let rows: Vec<&DeadlineRow> = report.rows.iter().filter(|row| keep(row)).collect();
    let events = events(&rows, feed);
    calendar(feed, events.iter().map(String::as_str))
}

/// Each row's event as folded content lines, in the rows' order, with UIDs unique among them;
/// an empty text for a deadline after the year 9999 (an iCalendar date has four digits). Made
/// on all cores. A feed is [`calendar`] around some of them: the site makes each event once
/// for the repository's feed and its signatory's (a UID starts with the signatory's id, so
/// its repeats are numbered the same in both).
#[must_use]
pub fn events(rows: &[&DeadlineRow], feed: &Feed<'_>) -> Vec<String> {
    let rows: Vec<(&DeadlineRow, Option<String>)> = rows.iter().copied().zip(uids(rows, feed)).collect();
    crate::parallel::map(&rows, |(row, uid)| event(row, uid.as_deref(), feed))
}

/// Each row's UID, unique among them (repeats numbered in the rows' order); `None` for a
/// deadline after the year 9999 (an iCalendar date has four digits).
#[must_use]
pub fn uids(rows: &[&DeadlineRow], feed: &Feed<'_>) -> Vec<Option<String>> {
    let repository = repository_key(feed.repository);
    let mut unique = uid::Unique::default();
    rows.iter().map(|row| (row.due.0.year() <= 9999).then(|| unique.take(uid::uid(&repository, row)))).collect()
}

/// One row's event as folded content lines, with its UID from [`uids`]; an empty text
/// without one.
#[must_use]
pub fn event(row: &DeadlineRow, uid: Option<&str>, feed: &Feed<'_>) -> String {
    let stamp = Utc.from_utc_datetime(&feed.today.and_time(NaiveTime::MIN));
    uid.map_or_else(String::new, |uid| fold::refold(&Component::to_string(&event_of(row, uid, stamp, feed))))
}

/// A feed: the calendar's own lines, then `events` (from [`events`]).
#[must_use]
pub fn calendar<'e>(feed: &Feed<'_>, events: impl IntoIterator<Item = &'e str>) -> String {
    let mut out = calendar_head(feed);
    for event in events {
        out.push_str(event);
    }
    out.push_str(CALENDAR_END);
    out
}

/// A feed's last line, after its events.
pub const CALENDAR_END: &str = "END:VCALENDAR\r\n";

/// A feed's first lines, before its events: [`calendar`] is these, the events and
/// [`CALENDAR_END`].
#[must_use]
pub fn calendar_head(feed: &Feed<'_>) -> String {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property(Property::new("PRODID", concat!("-//cemr//cemr ", env!("CARGO_PKG_VERSION"), "//EN")))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"))
        .append_property(Property::new("X-WR-CALNAME", plain(feed.name)))
        .append_property(Property::new("X-WR-CALDESC", plain(&words::calendar_description(&feed.text, feed.today))))
        // Ask subscribers' calendars to fetch the feed daily: "overdue" is counted in days.
        .append_property(Property::new("REFRESH-INTERVAL", "P1D").append_parameter(("VALUE", "DURATION")).done())
        .append_property(("X-PUBLISHED-TTL", "P1D"));
    // The crate writes an empty calendar's last line after its properties: the events go
    // before it.
    let mut out = fold::refold(&calendar.done().to_string());
    if out.ends_with(CALENDAR_END) {
        out.truncate(out.len() - CALENDAR_END.len());
    }
    out
}

/// One all-day event, with its alarms.
fn event_of(row: &DeadlineRow, uid: &str, stamp: chrono::DateTime<Utc>, feed: &Feed<'_>) -> Event {
    let text = &feed.text;
    let summary = plain(&words::summary(text, row));
    let page = feed.site.map(|site| site.join(&site_path::signatory_page(&row.signatory)));
    let mut event = Event::new();
    event
        .uid(uid)
        .timestamp(stamp)
        .starts(row.due.0)
        .summary(&summary)
        .description(&plain(&words::description(text, row, feed.today, page.as_deref())))
        .categories([plain(&words::kind(text, row.kind))])
        // A deadline does not make anyone busy.
        .add_property("TRANSP", "TRANSPARENT");
    if let Some(next) = row.due.0.succ_opt().filter(|d| d.year() <= 9999) {
        event.ends(next);
    }
    if let Some(page) = &page {
        event.url(page);
    }
    for &days in feed.remind {
        event.alarm(alarm(days, &summary, uid, stamp));
    }
    event.done()
}

/// A reminder `days` before the deadline (midnight of the deadline's day, less `days` days).
fn alarm(days: u32, summary: &str, uid: &str, stamp: chrono::DateTime<Utc>) -> Alarm {
    let mut alarm = Alarm::display(summary, Trigger::before_start(chrono::Duration::days(days.into())));
    alarm
        .uid(&format!("{uid}/alarm/{days}"))
        .timestamp(stamp)
        // The crate writes the trigger as seconds (`-PT604800S`); days read better.
        .append_property(Property::new("TRIGGER", format!("-P{days}D")));
    alarm.done()
}

/// Text as a TEXT value may hold it: CRLF and CR become line breaks (which the crate writes as
/// `\n`); tabs become spaces and other control characters and bidirectional controls visible
/// `\u{…}` escapes, as in the terminal.
fn plain(text: &str) -> String {
    let text = if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text.to_owned() };
    escape::terminal_multiline(&text).into_owned()
}

#[cfg(test)]
mod tests;

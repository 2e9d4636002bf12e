//! Deadlines as an iCalendar feed (RFC 5545): one all-day event per open deadline, for the
//! calendars people already use (`cemr deadlines --format ics`, and the site's feeds).
//!
//! The calendar's own lines are written with the `icalendar` crate; the events, tens of
//! thousands in a large repository, are written here line by line (the crate builds a map of
//! properties per event and folds every line twice, which was most of the feed's cost), in the
//! crate's order and with its TEXT escaping (`\`, `;`, `,`, line breaks; [`escape_text`]).
//! Where the crate (0.17.17) falls short of RFC 5545, it is handled here, each at its own
//! level:
//! - **control characters**: its TEXT escaping passes CR and other controls through, which
//!   TEXT does not allow; plan text is made safe first ([`plain`]): CRLF and CR become line
//!   breaks, other controls visible `\u{…}` as in every other output;
//! - **folding**: it can leave 76-octet lines; [`fold`] folds every line again;
//! - **`NAME`**: not escaped by the crate (it does not know RFC 7986), so it is not written;
//!   `X-WR-CALNAME`, which every calendar program reads, is;
//! - **all-day events**: `DTEND` is the day after the deadline (`DTEND` is exclusive);
//! - **time and randomness**: every event and alarm gets `DTSTAMP` = `--today` and a UID made
//!   from what it is, never the clock or chance.

mod fold;
mod uid;
pub mod words;

use chrono::{Datelike, NaiveDate};
use icalendar::{Calendar, Property};

use std::borrow::Cow;
use std::fmt::Write as _;

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
    let events = Events::new(*feed);
    crate::parallel::map(&rows, |(row, uid)| events.event(row, uid.as_deref()))
}

/// Each row's UID, unique among them (repeats numbered in the rows' order); `None` for a
/// deadline after the year 9999 (an iCalendar date has four digits).
#[must_use]
pub fn uids(rows: &[&DeadlineRow], feed: &Feed<'_>) -> Vec<Option<String>> {
    let repository = repository_key(feed.repository);
    let mut uids: Vec<Option<String>> =
        rows.iter().map(|row| (row.due.0.year() <= 9999).then(|| uid::uid(&repository, row))).collect();
    uid::number_repeats(&mut uids);
    uids
}

/// The events of one feed, with the words that are the same in many put into words once.
#[derive(Debug)]
pub struct Events<'a> {
    feed: Feed<'a>,
    words: words::FeedWords,
    /// Each event's and alarm's `DTSTAMP` value.
    stamp: String,
}

impl<'a> Events<'a> {
    #[must_use]
    pub fn new(feed: Feed<'a>) -> Self {
        let mut stamp = String::with_capacity(16);
        push_date(&mut stamp, feed.today);
        stamp.push_str("T000000Z");
        Self { words: words::FeedWords::new(&feed.text, feed.today), stamp, feed }
    }

    /// One row's event as folded content lines, with its UID from [`uids`]; an empty text
    /// without one.
    #[must_use]
    pub fn event(&self, row: &DeadlineRow, uid: Option<&str>) -> String {
        let Some(uid) = uid else { return String::new() };
        let (feed, text, words) = (&self.feed, &self.feed.text, &self.words);
        let summary = words::summary(words, row);
        let page = feed.site.map(|site| site.join(&site_path::signatory_page(&row.signatory)));
        let mut out = String::with_capacity(1024);
        let mut line = String::with_capacity(512);
        let mut put = |line: &mut String| {
            fold::fold_into(&mut out, line);
            line.clear();
        };
        // The properties in the crate's order (by name), then the categories and the alarms.
        line.push_str("BEGIN:VEVENT");
        put(&mut line);
        let mut description = String::with_capacity(512);
        words::description(&mut description, text, words, row, page.as_deref());
        line.push_str("DESCRIPTION:");
        push_text(&mut line, &description);
        put(&mut line);
        if let Some(next) = row.due.0.succ_opt().filter(|d| d.year() <= 9999) {
            line.push_str("DTEND;VALUE=DATE:");
            push_date(&mut line, next);
            put(&mut line);
        }
        line.push_str("DTSTAMP:");
        line.push_str(&self.stamp);
        put(&mut line);
        line.push_str("DTSTART;VALUE=DATE:");
        push_date(&mut line, row.due.0);
        put(&mut line);
        line.push_str("SUMMARY:");
        push_text(&mut line, &summary);
        put(&mut line);
        // A deadline does not make anyone busy.
        line.push_str("TRANSP:TRANSPARENT");
        put(&mut line);
        line.push_str("UID:");
        escape_text(&mut line, uid);
        put(&mut line);
        if let Some(page) = &page {
            line.push_str("URL:");
            line.push_str(page);
            put(&mut line);
        }
        line.push_str("CATEGORIES:");
        push_text(&mut line, words.kind(row.kind));
        put(&mut line);
        // A reminder `days` before the deadline (midnight of the deadline's day, less `days` days).
        for &days in feed.remind {
            line.push_str("BEGIN:VALARM");
            put(&mut line);
            line.push_str("ACTION:DISPLAY");
            put(&mut line);
            line.push_str("DESCRIPTION:");
            push_text(&mut line, &summary);
            put(&mut line);
            line.push_str("DTSTAMP:");
            line.push_str(&self.stamp);
            put(&mut line);
            let _ = write!(line, "TRIGGER:-P{days}D");
            put(&mut line);
            line.push_str("UID:");
            escape_text(&mut line, &format!("{uid}/alarm/{days}"));
            put(&mut line);
            line.push_str("END:VALARM");
            put(&mut line);
        }
        line.push_str("END:VEVENT");
        put(&mut line);
        out
    }
}

/// A date as an iCalendar DATE: `YYYYMMDD`, written as chrono's `%Y%m%d` writes it (which is
/// several times slower: it reads its format string each time).
fn push_date(out: &mut String, date: NaiveDate) {
    if let Some(year) = u32::try_from(date.year()).ok().filter(|y| *y <= 9999) {
        // Digit by digit: `write!` with widths costs more than the rest of the line.
        let (month, day) = (date.month(), date.day());
        for n in [year / 1000, year / 100, year / 10, year, month / 10, month, day / 10, day] {
            out.push(char::from_digit(n % 10, 10).unwrap_or('0'));
        }
    } else {
        let _ = write!(out, "{}", date.format("%Y%m%d"));
    }
}

/// Text as a TEXT value: made [`plain`], then escaped ([`escape_text`]), in one pass that
/// copies the text between the characters it replaces whole.
fn push_text(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    // `text[..written]` is in `out`; `text[written..at]` is to be copied as it is.
    let (mut written, mut at) = (0, 0);
    while let Some(&byte) = bytes.get(at) {
        // Plain ASCII; or a byte of a character that is neither a control nor a bidirectional
        // mark: those of `escape::terminal` all start with 0xC2 (U+0080-U+009F) or 0xE2
        // (U+200E-U+2069), and other characters' bytes are never either.
        if (matches!(byte, b' '..=b'~') && !matches!(byte, b'\\' | b';' | b','))
            || (byte >= 0x80 && byte != 0xC2 && byte != 0xE2)
        {
            at += 1;
            continue;
        }
        // `at` is a character boundary: a byte stepped over is ASCII or belongs to a character
        // whose first byte was stepped over (0xC2 and 0xE2 are never a character's later bytes).
        let rest = text.get(at..).unwrap_or_default();
        let Some(c) = rest.chars().next() else { break };
        let one = rest.get(..c.len_utf8()).unwrap_or_default();
        let mut next = at + one.len();
        if c > '\x7f' && matches!(escape::terminal_multiline(one), Cow::Borrowed(_)) {
            at = next;
            continue;
        }
        out.push_str(text.get(written..at).unwrap_or_default());
        if c == '\r' {
            // CRLF and CR alike are one line break.
            if bytes.get(next) == Some(&b'\n') {
                next += 1;
            }
            out.push_str("\\n");
        } else {
            escape_text(out, &escape::terminal_multiline(one));
        }
        (written, at) = (next, next);
    }
    out.push_str(text.get(written..).unwrap_or_default());
}

/// A TEXT value escaped as RFC 5545 §3.3.11 (and the crate) write it: `\`, `;` and `,` after
/// a backslash, a line break as `\n`.
fn escape_text(out: &mut String, text: &str) {
    let mut rest = text;
    // All four are ASCII: a position found among the bytes is a character boundary.
    while let Some(at) = rest.bytes().position(|b| matches!(b, b'\\' | b';' | b',' | b'\n')) {
        let (before, after) = rest.split_at(at);
        out.push_str(before);
        let mut chars = after.chars();
        out.push('\\');
        out.push(match chars.next() {
            Some('\n') => 'n',
            Some(c) => c,
            None => break,
        });
        rest = chars.as_str();
    }
    out.push_str(rest);
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

/// Text as a TEXT value may hold it: CRLF and CR become line breaks (which [`escape_text`]
/// writes as `\n`); tabs become spaces and other control characters and bidirectional controls visible
/// `\u{…}` escapes, as in the terminal.
fn plain(text: &str) -> Cow<'_, str> {
    if text.contains('\r') {
        Cow::Owned(escape::terminal_multiline(&text.replace("\r\n", "\n").replace('\r', "\n")).into_owned())
    } else {
        escape::terminal_multiline(text)
    }
}

#[cfg(test)]
mod tests;

//! The feed's lines as written: escaping, dates at the calendar's edge, alarms, identity.

use chrono::NaiveDate;

use proptest::prelude::*;

use super::{Feed, escape_text, feed, plain, push_date, push_text};
use crate::deadline::DeadlineKind;
use crate::message::Lang;
use crate::model::site::SiteUrl;
use crate::render::text::Text;
use crate::report::Day;
use crate::report::deadlines::{DeadlineRow, DeadlinesReport};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap_or_default()
}

fn row(kind: DeadlineKind, id: Option<&str>, title: Option<&str>, due: NaiveDate) -> DeadlineRow {
    DeadlineRow {
        signatory: "lulea".into(),
        kind,
        id: id.map(Into::into),
        due: Day(due),
        overdue: false,
        days_overdue: 0,
        due_soon: false,
        name: "Luleå kommun".into(),
        title: title.map(Into::into),
        owner: Some("HR, avdelningen; chefer".into()),
        file: "plans/norrbotten/lulea.toml".into(),
    }
}

fn render(rows: Vec<DeadlineRow>, remind: &[u32], site: Option<&SiteUrl>) -> String {
    let report = DeadlinesReport { rows };
    let settings = Feed {
        name: "Planer: sista dagar",
        repository: "Planer",
        site,
        today: day("2026-11-22"),
        remind,
        text: Text::new(Lang::from_id("sv").unwrap_or_default()),
    };
    feed(&report, &settings, &|_| true)
}

/// The content lines, unfolded.
fn lines(feed: &str) -> Vec<String> {
    feed.replace("\r\n ", "").split("\r\n").filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

fn line<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
    lines.iter().filter(|l| l.starts_with(name)).map(String::as_str).collect()
}

#[test]
fn text_values_are_escaped_once() {
    let title = "Mål; delmål, och \\ snedstreck\npå två rader";
    let feed = render(vec![row(DeadlineKind::Activity, Some("a"), Some(title), day("2026-12-31"))], &[], None);
    let lines = lines(&feed);
    assert_eq!(
        line(&lines, "SUMMARY:"),
        ["SUMMARY:Luleå kommun: Aktivitet – Mål\\; delmål\\, och \\\\ snedstreck\\npå två rader"]
    );
    assert_eq!(line(&lines, "CATEGORIES:"), ["CATEGORIES:Aktivitet"]);
    let description = line(&lines, "DESCRIPTION:");
    assert!(description.iter().any(|d| d.contains("\\nAnsvarig: HR\\, avdelningen\\; chefer\\n")), "{description:?}");
}

#[test]
fn control_characters_never_reach_the_feed() {
    assert_eq!(plain("a\r\nb\rc\u{7}d\te\u{202e}f"), "a\nb\nc\\u{7}d e\\u{202e}f");
    let title = "Rad ett\r\nrad två\u{1b}[31m";
    let feed = render(vec![row(DeadlineKind::Goal, Some("g"), Some(title), day("2026-12-31"))], &[], None);
    assert!(!feed.replace("\r\n", "").contains(['\r', '\n', '\u{1b}']));
}

/// The escaping as first written: plain text, then one character at a time.
fn escaped_slowly(text: &str) -> String {
    let mut out = String::new();
    for c in plain(text).chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

proptest! {
    /// [`push_text`] copies the text between the characters that need care whole: it writes
    /// what making the text plain and then escaping it a character at a time writes.
    #[test]
    fn text_values_are_written_in_one_pass(
        text in "[a-zåÖ€𝄞 ;,\\\\\r\n\t\u{0}-\u{1f}\u{7f}-\u{a0}\u{200d}-\u{2030}\u{2066}-\u{2069}]{0,40}"
    ) {
        let mut one_pass = String::new();
        push_text(&mut one_pass, &text);
        prop_assert_eq!(&one_pass, &escaped_slowly(&text));
        let mut escaped = String::new();
        escape_text(&mut escaped, &plain(&text));
        prop_assert_eq!(&one_pass, &escaped);
    }

    #[test]
    fn any_text_is_written_in_one_pass(text in any::<String>()) {
        let mut one_pass = String::new();
        push_text(&mut one_pass, &text);
        prop_assert_eq!(one_pass, escaped_slowly(&text));
    }
}

#[test]
fn an_all_day_event_ends_the_next_day() {
    let feed = render(vec![row(DeadlineKind::Report, None, None, day("2026-12-31"))], &[], None);
    let lines = lines(&feed);
    assert_eq!(line(&lines, "DTSTART"), ["DTSTART;VALUE=DATE:20261231"]);
    assert_eq!(line(&lines, "DTEND"), ["DTEND;VALUE=DATE:20270101"]);
    assert_eq!(line(&lines, "DTSTAMP"), ["DTSTAMP:20261122T000000Z"]);
    assert_eq!(line(&lines, "UID"), ["UID:lulea/report@planer"]);
    assert_eq!(line(&lines, "SUMMARY"), ["SUMMARY:Luleå kommun: Uppföljning"]);
}

#[test]
fn dates_are_written_as_chrono_writes_them() {
    for (year, month, day) in [(2026, 11, 30), (0, 1, 1), (999, 12, 31), (9999, 12, 31), (-5, 3, 4), (10000, 1, 1)] {
        let Some(date) = NaiveDate::from_ymd_opt(year, month, day) else { continue };
        let mut written = String::new();
        push_date(&mut written, date);
        assert_eq!(written, date.format("%Y%m%d").to_string());
    }
}

#[test]
fn dates_at_the_end_of_the_calendar() {
    let last = day("9999-12-31");
    let beyond = last.succ_opt().unwrap_or(last);
    let feed = render(
        vec![
            row(DeadlineKind::Goal, Some("sist"), Some("Sist"), last),
            row(DeadlineKind::Goal, Some("bortom"), None, beyond),
        ],
        &[],
        None,
    );
    let lines = lines(&feed);
    assert_eq!(line(&lines, "DTSTART"), ["DTSTART;VALUE=DATE:99991231"]);
    assert!(line(&lines, "DTEND").is_empty(), "no day after 9999-12-31 to end on");
}

#[test]
fn reminders_and_links() {
    let site = SiteUrl::parse("https://kommun.example.se/cemr").ok();
    let feed = render(vec![row(DeadlineKind::ActionPlan, None, None, day("2027-01-15"))], &[0, 14], site.as_ref());
    let lines = lines(&feed);
    assert_eq!(line(&lines, "TRIGGER"), ["TRIGGER:-P0D", "TRIGGER:-P14D"]);
    assert_eq!(
        line(&lines, "UID"),
        [
            "UID:lulea/action_plan@planer",
            "UID:lulea/action_plan@planer/alarm/0",
            "UID:lulea/action_plan@planer/alarm/14"
        ]
    );
    assert_eq!(line(&lines, "DTSTAMP").len(), 3, "the event and both alarms, all stamped --today");
    assert_eq!(line(&lines, "URL"), ["URL:https://kommun.example.se/cemr/signatories/lulea.html"]);
    assert!(
        line(&lines, "DESCRIPTION")
            .iter()
            .any(|d| d.ends_with("Läs mer: https://kommun.example.se/cemr/signatories/lulea.html"))
    );
}

#[test]
fn a_repeated_identity_stays_unique() {
    let twice = vec![
        row(DeadlineKind::Goal, Some("g"), Some("Ett"), day("2026-12-31")),
        row(DeadlineKind::Goal, Some("g"), Some("Två"), day("2027-12-31")),
    ];
    let lines = lines(&render(twice, &[], None));
    assert_eq!(line(&lines, "UID"), ["UID:lulea/goal/g@planer", "UID:lulea/goal/g@planer/2"]);
}

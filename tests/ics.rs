//! `cemr deadlines --format ics`: the feed read back with the `icalendar` crate's parser and
//! compared with `--format json`; RFC 5545 lines (CRLF, 75 octets, whole characters);
//! escaping of hostile text; UIDs stable across runs, file orders and moved due dates.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use chrono::NaiveDate;
use common::{Run, run_in};
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime, Event, EventLike};
use serde_json::Value;

fn feed(dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["deadlines", "--format", "ics"];
    all.extend_from_slice(args);
    let Run { code, stdout, stderr } = run_in(dir, &all);
    assert_eq!(code, 0, "{stderr}");
    stdout
}

fn deadlines_json(dir: &Path, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["deadlines", "--format", "json"];
    all.extend_from_slice(args);
    let Run { code, stdout, stderr } = run_in(dir, &all);
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str::<Value>(&stdout).unwrap().as_array().unwrap().clone()
}

/// Every physical line ends in CRLF, holds at most 75 octets, and is whole UTF-8 on its own
/// (a fold never splits a character); continuation lines start with one space.
#[track_caller]
fn assert_rfc5545_lines(feed: &str) {
    let bytes = feed.as_bytes();
    assert!(feed.ends_with("\r\n"), "the last line ends in CRLF");
    let body = &bytes[..bytes.len() - 1];
    for (i, line) in body.split(|b| *b == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or_else(|| panic!("line {} ends in a bare LF", i + 1));
        assert!(!line.contains(&b'\r'), "line {} holds a bare CR", i + 1);
        assert!(line.len() <= 75, "line {} has {} octets: {:?}", i + 1, line.len(), String::from_utf8_lossy(line));
        assert!(std::str::from_utf8(line).is_ok(), "line {} splits a character", i + 1);
    }
    assert!(feed.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
}

/// Plan text as a calendar shows it (docs/calendar.md): CRLF and CR become line breaks, a tab
/// a space, other control characters and bidirectional controls visible `\u{…}` escapes.
fn shown(text: &str) -> String {
    let mut out = String::new();
    for c in text.replace("\r\n", "\n").replace('\r', "\n").chars() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            c if c.is_control()
                || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') =>
            {
                write!(out, "\\u{{{:x}}}", u32::from(c)).unwrap();
            }
            c => out.push(c),
        }
    }
    out
}

fn parse(feed: &str) -> Calendar {
    feed.parse::<Calendar>().unwrap_or_else(|e| panic!("not a calendar ({e}):\n{feed}"))
}

fn events(calendar: &Calendar) -> Vec<&Event> {
    calendar.components.iter().filter_map(CalendarComponent::as_event).collect()
}

fn start(event: &Event) -> NaiveDate {
    match event.get_start() {
        Some(DatePerhapsTime::Date(date)) => date,
        other => panic!("DTSTART is not an all-day date: {other:?}"),
    }
}

fn uids(feed: &str) -> Vec<String> {
    events(&parse(feed)).iter().map(|e| e.get_uid().unwrap().to_owned()).collect()
}

fn example_repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Each signatory's plan file, from `cemr status --format json`.
fn plan_files(dir: &Path) -> BTreeMap<String, String> {
    let Run { code, stdout, stderr } = run_in(dir, &["status", "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let status: Value = serde_json::from_str(&stdout).unwrap();
    let signatories = status["signatories"].as_array().unwrap();
    signatories.iter().map(|s| (s["id"].as_str().unwrap().into(), s["file"].as_str().unwrap().into())).collect()
}

/// The events, in order, are the JSON rows: the same dates, signatories and titles, and the
/// plan file named in the description.
#[track_caller]
fn assert_events_are_rows(feed: &str, rows: &[Value], files: &BTreeMap<String, String>) {
    assert_rfc5545_lines(feed);
    let calendar = parse(feed);
    let events = events(&calendar);
    assert_eq!(events.len(), rows.len(), "one event per open deadline");
    let mut seen = BTreeSet::new();
    for (event, row) in events.iter().zip(rows) {
        let due: NaiveDate = row["due"].as_str().unwrap().parse().unwrap();
        assert_eq!(start(event), due, "{row}");
        assert_eq!(event.get_end(), due.succ_opt().map(DatePerhapsTime::Date), "{row}");
        let summary = event.get_summary().unwrap();
        assert!(summary.starts_with(&format!("{}: ", row["name"].as_str().unwrap())), "{summary} / {row}");
        if let Some(title) = row["title"].as_str() {
            assert!(summary.ends_with(&format!(" – {}", shown(title))), "{summary} / {row}");
        }
        let description = event.get_description().unwrap();
        let file = &files[row["signatory"].as_str().unwrap()];
        assert!(description.lines().any(|line| line.ends_with(&format!(": {file}"))), "{file}: {description}");
        if let Some(id) = row["id"].as_str() {
            assert!(description.contains(id), "{description}");
        }
        assert_eq!(event.get_categories().map(|c| c.len()), Some(1));
        assert!(seen.insert(event.get_uid().unwrap().to_owned()), "repeated UID {:?}", event.get_uid());
        assert_eq!(event.get_timestamp().map(|t| t.to_rfc3339()), Some("2026-11-24T00:00:00+00:00".to_owned()));
    }
}

#[test]
fn the_example_feed_has_one_event_per_open_deadline_in_both_languages() {
    let rows = deadlines_json(example_repository(), &[]);
    assert!(rows.len() > 50, "the example data has many open deadlines");
    let files = plan_files(example_repository());
    for lang in ["en", "sv"] {
        let feed = feed(example_repository(), &["--lang", lang]);
        assert_events_are_rows(&feed, &rows, &files);
    }
    let sv = feed(example_repository(), &["--lang", "sv", "lulea"]);
    let calendar = parse(&sv);
    let summaries: Vec<&str> = events(&calendar).iter().filter_map(|e| e.get_summary()).collect();
    assert!(summaries.contains(&"Luleå kommun: Mål – Minska andelen kvinnor som arbetar deltid"), "{summaries:?}");
    assert!(sv.contains("X-WR-CALNAME:Exempeldata: CEMR-deklarationen i Norrbotten\\, Umeåregionen o"));
}

#[test]
fn the_usual_filters_select_the_same_deadlines_as_json() {
    let cases: [&[&str]; 5] = [
        &["--group", "norrbotten"],
        &["lulea", "pitea"],
        &["--within", "90"],
        &["--overdue"],
        &["--group", "umearegionen", "--within", "400"],
    ];
    let files = plan_files(example_repository());
    for args in cases {
        let rows = deadlines_json(example_repository(), args);
        assert_events_are_rows(&feed(example_repository(), args), &rows, &files);
    }
}

#[test]
fn the_output_file_extension_chooses_the_format() {
    let fx = common::standard();
    let out = fx.path().join("sista-dagar.ics");
    let Run { code, stdout, stderr } = run_in(fx.path(), &["deadlines", "-o", out.to_str().unwrap()]);
    assert_eq!((code, stdout.as_str()), (0, ""), "{stderr}");
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written, feed(fx.path(), &[]));
    assert_eq!(events(&parse(&written)).len(), deadlines_json(fx.path(), &[]).len());
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let fx = common::standard();
    let first = feed(fx.path(), &["--remind", "7"]);
    assert_eq!(first, feed(fx.path(), &["--remind", "7"]));
    assert!(first.contains("DTSTAMP:20261124T000000Z\r\n"));
    let stamps: BTreeSet<&str> = first.lines().filter(|l| l.starts_with("DTSTAMP:")).collect();
    assert_eq!(stamps.len(), 1, "every DTSTAMP is --today: {stamps:?}");
}

#[test]
fn uids_are_stable_across_file_orders_and_moved_due_dates() {
    let before = common::standard();
    let uids_before = uids(&feed(before.path(), &[]));
    assert_eq!(uids_before.iter().collect::<BTreeSet<_>>().len(), uids_before.len(), "unique: {uids_before:?}");

    // The same plans in other folders, found in another order.
    let moved = common::Fixture::new()
        .file("cemr.toml", common::CONFIG)
        .file("plans/z-sist/leap.toml", common::LEAP)
        .file("plans/a-forst/late.toml", common::LATE)
        .file("plans/plain.toml", common::PLAIN);
    let uids_moved = uids(&feed(moved.path(), &[]));
    assert_eq!(uids_moved, uids_before);

    // An activity's due date moves: its event keeps its UID and moves with it.
    let later = common::Fixture::new()
        .file("cemr.toml", common::CONFIG)
        .file("plans/north/leap.toml", common::LEAP)
        .file("plans/north/late.toml", &common::LATE.replace("due = 2026-03-01", "due = 2027-05-17"))
        .file("plans/south/plain.toml", common::PLAIN);
    let feed_later = feed(later.path(), &[]);
    assert_eq!(uids(&feed_later).into_iter().collect::<BTreeSet<_>>(), uids_before.into_iter().collect());
    let calendar = parse(&feed_later);
    let moved_event = events(&calendar).into_iter().find(|e| e.get_uid() == Some("late/activity/today@test")).unwrap();
    assert_eq!(start(moved_event), NaiveDate::from_ymd_opt(2027, 5, 17).unwrap());
}

#[test]
fn the_repository_name_names_the_calendar_and_else_its_folder() {
    let fx = common::standard();
    assert!(feed(fx.path(), &[]).contains("\r\nX-WR-CALNAME:Test: deadlines\r\n"));
    let unnamed = tempfile::tempdir().unwrap();
    let root = unnamed.path().join("jamstalldhet");
    std::fs::create_dir_all(root.join("plans")).unwrap();
    std::fs::write(root.join("plans/leap.toml"), common::LEAP).unwrap();
    let text = feed(&root, &["--lang", "sv"]);
    assert!(text.contains("\r\nX-WR-CALNAME:jamstalldhet: sista dagar\r\n"), "{text}");
    assert!(text.contains("\r\nUID:leap/action_plan@jamstalldhet\r\n"), "{text}");
}

#[test]
fn reminders_are_alarms_that_many_days_before() {
    let fx = common::standard();
    let text = feed(fx.path(), &["--remind", "14", "--remind", "1", "--remind", "14"]);
    let events = events(&parse(&text)).len();
    assert_eq!(text.matches("BEGIN:VALARM\r\n").count(), 2 * events);
    assert_eq!(text.matches("TRIGGER:-P1D\r\n").count(), events);
    assert_eq!(text.matches("TRIGGER:-P14D\r\n").count(), events);
    assert_eq!(text.matches("ACTION:DISPLAY\r\n").count(), 2 * events);
    let Run { code, stderr, .. } = run_in(fx.path(), &["deadlines", "--remind", "7"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("--format ics"), "{stderr}");
    let Run { code, stderr, .. } = run_in(fx.path(), &["deadlines", "--format", "ics", "--remind", "366"]);
    assert_eq!(code, 2, "{stderr}");
}

/// Hostile text: `;`, `,`, `\`, line breaks, 300 characters of Swedish, 4-byte characters,
/// control characters; the feed stays RFC 5545 and the text reads back as written.
#[test]
fn hostile_text_is_folded_and_escaped() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics/hostile");
    let rows = deadlines_json(&dir, &[]);
    let text = feed(&dir, &["--remind", "2"]);
    assert_events_are_rows(&text, &rows, &plan_files(&dir));
    let calendar = parse(&text);
    let summaries: BTreeSet<&str> = events(&calendar).iter().filter_map(|e| e.get_summary()).collect();
    let signatory = "Kommun: \"A\"; B, C \\ D";
    for title in [
        "Semikolon; komma, snedstreck \\ och citat \"x\"",
        "Rad ett\nrad två\nrad tre",
        "Kolon: \\n är inte en ny rad; \\, inte heller",
        "🎯 Mål med 𝄞 och € – fyra, tre och två oktetter",
        "Klocka \\u{7} och \\u{1b}[31mröd\\u{1b}[0m text, \\u{202e}omvänd",
    ] {
        let summary = format!("{signatory}: Goal – {title}");
        assert!(summaries.contains(summary.as_str()), "{summary:?} not among {summaries:#?}");
    }
    let long = rows.iter().find(|r| r["id"] == "lang").unwrap()["title"].as_str().unwrap();
    assert_eq!(long.chars().count(), 300);
    assert!(summaries.contains(format!("{signatory}: Goal – {long}").as_str()));
    let owner = events(&calendar).iter().find_map(|e| e.get_description().filter(|d| d.contains("Owner"))).unwrap();
    assert!(owner.contains("\nOwner: HR; Ekonomi, Stab \\ X\nKommunledning\n"), "{owner}");
    assert!(text.contains("\r\nX-WR-CALNAME:Planer\\; med\\, komma \\\\ snedstreck och\\nny rad: deadlines\r\n"));
    let url = events(&calendar)[0].get_url().unwrap();
    assert_eq!(url, "https://kommun.example.se/j%C3%A4mst%C3%A4lldhet/signatories/hostile.html");
}

#[test]
fn without_a_site_address_there_is_no_link() {
    let text = feed(common::standard().path(), &[]);
    assert!(!text.contains("\r\nURL:"));
    assert!(!text.contains("Read more"));
}

#!/usr/bin/env python3
"""Reads cemr's calendar feeds with Python's icalendar package, an RFC 5545 parser that
shares no code with cemr, and compares them with `cemr deadlines --format json`.

  check_feed.py events FEED.ics DEADLINES.json STATUS.json TODAY [REMIND_DAYS...]
      one all-day event per row of `deadlines --format json`, in order, with its date, title,
      UID, alarms, and the plan file `status --format json` gives for its signatory
  check_feed.py same-events A.ics B.ics
      the same UIDs on the same dates (another run, or the plan files in other folders)
  check_feed.py moved A.ics B.ics UID DATE
      B is A with the event UID moved to DATE and nothing else moved

Exits 1 with the reasons when a check fails (run by tests/ics/check.sh, from .ci/run).
"""

import datetime
import json
import sys

import icalendar

FAILURES = []


def fail(message):
    FAILURES.append(message)


def read_lines(path):
    """The feed's bytes, checked line by line: CRLF ends, at most 75 octets, whole UTF-8."""
    data = open(path, "rb").read()
    if not data.endswith(b"\r\n"):
        fail(f"{path}: the last line does not end in CRLF")
    for number, line in enumerate(data[:-1].split(b"\n"), start=1):
        if not line.endswith(b"\r"):
            fail(f"{path}:{number}: a line ends in a bare LF")
            continue
        line = line[:-1]
        if b"\r" in line:
            fail(f"{path}:{number}: a bare CR inside a line")
        if len(line) > 75:
            fail(f"{path}:{number}: {len(line)} octets (at most 75)")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            fail(f"{path}:{number}: a fold splits a UTF-8 character")
    return data


def parse(path):
    calendar = icalendar.Calendar.from_ical(read_lines(path))
    for component in calendar.walk():
        for name, error in getattr(component, "errors", []):
            fail(f"{path}: {component.name} {name}: {error}")
    if str(calendar.get("VERSION")) != "2.0" or not calendar.get("PRODID"):
        fail(f"{path}: no VERSION:2.0 or PRODID")
    if not str(calendar.get("X-WR-CALNAME", "")):
        fail(f"{path}: no calendar name")
    return calendar


def shown(text):
    """Plan text as the feed shows it (docs/calendar.md): CRLF and CR become line breaks, a
    tab a space, other control characters and bidirectional controls visible \\u{...}."""
    out = []
    for c in text.replace("\r\n", "\n").replace("\r", "\n"):
        code = ord(c)
        if c == "\n":
            out.append(c)
        elif c == "\t":
            out.append(" ")
        elif code < 0x20 or 0x7F <= code <= 0x9F or c in "\u200e\u200f" or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
            out.append("\\u{%x}" % code)
        else:
            out.append(c)
    return "".join(out)


def date_of(event, name):
    value = event.get(name)
    if value is None:
        return None
    value = value.dt
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        fail(f"{event.get('UID')}: {name} is not an all-day date: {value!r}")
    return value


def events(feed, rows, status, today, remind):
    calendar = parse(feed)
    rows = json.load(open(rows, encoding="utf-8"))
    files = {s["id"]: s["file"] for s in json.load(open(status, encoding="utf-8"))["signatories"]}
    found = calendar.walk("VEVENT")
    if len(found) != len(rows):
        fail(f"{feed}: {len(found)} events for {len(rows)} open deadlines")
    stamp = datetime.datetime.fromisoformat(today).replace(tzinfo=datetime.timezone.utc)
    uids = set()
    for event, row in zip(found, rows):
        uid = str(event.get("UID"))
        where = f"{feed}: {uid}"
        if uid in uids:
            fail(f"{where}: the UID is repeated")
        uids.add(uid)
        due = datetime.date.fromisoformat(row["due"])
        if date_of(event, "DTSTART") != due:
            fail(f"{where}: DTSTART {date_of(event, 'DTSTART')} is not the due date {due}")
        if due < datetime.date(9999, 12, 31) and date_of(event, "DTEND") != due + datetime.timedelta(days=1):
            fail(f"{where}: DTEND {date_of(event, 'DTEND')} is not the day after {due}")
        if event.get("DTSTAMP").dt != stamp:
            fail(f"{where}: DTSTAMP {event.get('DTSTAMP').dt} is not {stamp}")
        summary = str(event.get("SUMMARY"))
        if not summary.startswith(shown(row["name"]) + ": "):
            fail(f"{where}: SUMMARY {summary!r} does not start with the signatory {row['name']!r}")
        if row["title"] is not None and not summary.endswith(" – " + shown(row["title"])):
            fail(f"{where}: SUMMARY {summary!r} does not end with the title {row['title']!r}")
        description = str(event.get("DESCRIPTION"))
        for part in [": " + files[row["signatory"]], row["id"], row["due"], shown(row["owner"] or "")]:
            if part and part not in description:
                fail(f"{where}: DESCRIPTION {description!r} lacks {part!r}")
        categories = event.get("CATEGORIES")
        if categories is None or len(categories.cats) != 1:
            fail(f"{where}: not one category: {categories!r}")
        triggers = sorted(-alarm.get("TRIGGER").dt.days for alarm in event.walk("VALARM"))
        if triggers != sorted(remind):
            fail(f"{where}: alarms {triggers} days before, not {sorted(remind)}")
    print(f"{feed}: {len(found)} events, as in {len(rows)} JSON rows")


def dates_by_uid(feed):
    return {str(e.get("UID")): date_of(e, "DTSTART") for e in parse(feed).walk("VEVENT")}


def same_events(first, second):
    a, b = dates_by_uid(first), dates_by_uid(second)
    if a != b:
        fail(f"{first} and {second} differ: {sorted(set(a.items()) ^ set(b.items()))}")
    print(f"{second}: the same {len(b)} UIDs on the same dates as {first}")


def moved(first, second, uid, date):
    a, b = dates_by_uid(first), dates_by_uid(second)
    if set(a) != set(b):
        fail(f"{first} and {second} have different UIDs: {sorted(set(a) ^ set(b))}")
    if b.get(uid) != datetime.date.fromisoformat(date) or a.get(uid) == b.get(uid):
        fail(f"{uid}: {a.get(uid)} in {first}, {b.get(uid)} in {second}; expected a move to {date}")
    others = {k for k in a if k != uid and a[k] != b.get(k)}
    if others:
        fail(f"events that should not have moved: {sorted(others)}")
    print(f"{second}: {uid} moved to {date}, its UID kept, {len(b) - 1} others unchanged")


def main(args):
    command, rest = args[0], args[1:]
    if command == "events":
        events(rest[0], rest[1], rest[2], rest[3], [int(n) for n in rest[4:]])
    elif command == "same-events":
        same_events(rest[0], rest[1])
    elif command == "moved":
        moved(*rest)
    else:
        raise SystemExit(__doc__)
    for failure in FAILURES:
        print("FAIL", failure, file=sys.stderr)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

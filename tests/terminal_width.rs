//! Tables that fit the terminal (issue 18, SPEC §9): `status`, `status ID`, `deadlines` and
//! `articles`, run in a real pseudo-terminal of 80 and 120 columns (util-linux `script`, the
//! size set with `stty`, no `COLUMNS`: the binary asks the terminal), in Swedish and English.
//! Every line fits, no date or word is split across lines, and piped or `-o` output stays whole.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use unicode_width::UnicodeWidthStr;

const TODAY: &str = "2026-11-24";

fn example() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// What `cemr ARGS` shows in a terminal `columns` wide (carriage returns removed).
fn in_terminal(columns: u16, args: &[&str]) -> String {
    in_terminal_with(columns, None, args)
}

/// [`in_terminal`], with `COLUMNS` set to `env` if given.
fn in_terminal_with(columns: u16, env: Option<&str>, args: &[&str]) -> String {
    let cemr = assert_cmd::cargo::cargo_bin!("cemr");
    let env = env.map_or_else(String::new, |c| format!("COLUMNS={c} "));
    let command = format!(
        "stty cols {columns} rows 300 && {env}exec {} -C {} --today {TODAY} {}",
        cemr.display(),
        example().display(),
        args.join(" ")
    );
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env_remove("COLUMNS")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .output()
        .expect("util-linux `script` runs (it gives cemr a pseudo-terminal)");
    let text = String::from_utf8(out.stdout).unwrap().replace('\r', "");
    assert!(out.status.code().is_some_and(|c| c <= 1), "cemr {args:?} in a terminal: {text}");
    text
}

/// What `cemr ARGS` prints into a pipe.
fn piped(args: &[&str]) -> String {
    let out = common::cemr().arg("-C").arg(example()).args(["--today", TODAY]).args(args).output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

/// The words of a table's text: what is between spaces and the table's borders.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || "│┆╭╮╰╯─┬┴┼╞╪╡═├┤".contains(c)).filter(|w| !w.is_empty()).collect()
}

/// Whether `line` holds the start of a date without the rest of it ("2013-05-" or "2013-").
fn splits_a_date(line: &str) -> bool {
    let b = line.as_bytes();
    (0..b.len()).any(|i| {
        let year = b.get(i..i + 5).is_some_and(|y| y[..4].iter().all(u8::is_ascii_digit) && y[4] == b'-');
        let before_ok = i == 0 || !b[i - 1].is_ascii_digit();
        let whole = b.get(i..i + 10).is_some_and(|d| {
            d[5..7].iter().all(u8::is_ascii_digit) && d[7] == b'-' && d[8..10].iter().all(u8::is_ascii_digit)
        });
        year && before_ok && !whole
    })
}

const COMMANDS: [&[&str]; 4] = [&["status"], &["status", "lulea"], &["deadlines"], &["articles"]];

#[test]
fn tables_fit_80_and_120_columns_without_splitting_dates_or_words() {
    for lang in ["sv", "en"] {
        for args in COMMANDS {
            let mut all = vec!["--lang", lang];
            all.extend_from_slice(args);
            let whole = piped(&all);
            let known: BTreeSet<&str> = words(&whole).into_iter().collect();
            for columns in [80, 120] {
                let shown = in_terminal(columns, &all);
                assert!(shown.lines().count() > 3, "{all:?}: {shown}");
                for line in shown.lines() {
                    assert!(line.width() <= usize::from(columns), "{all:?} at {columns}: too wide:\n{line}\n\n{shown}");
                    assert!(!splits_a_date(line), "{all:?} at {columns}: a date split:\n{line}\n\n{shown}");
                }
                for word in words(&shown) {
                    assert!(
                        word.ends_with('…') || known.contains(word),
                        "{all:?} at {columns}: {word:?} is not a word of the table (split?):\n{shown}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_wider_terminal_shows_more_and_the_first_columns_to_go_are_the_least_needed() {
    let narrow = in_terminal(80, &["--lang", "sv", "status"]);
    let wide = in_terminal(120, &["--lang", "sv", "status"]);
    // Every signatory's name, on one line at 120 columns.
    for name in ["Arvidsjaurs kommun", "Övertorneå kommun", "Umeåregionen", "Region Norrbotten"] {
        assert!(wide.contains(name), "{name}:\n{wide}");
    }
    // The bar gives way before the numbers; the next deadline's title before its date.
    for shown in [&narrow, &wide] {
        assert!(!shown.contains('█') && !shown.contains('░'), "{shown}");
        assert!(shown.contains("87\u{a0}% (42/61)") && shown.contains("37/68,"), "{shown}");
    }
    // A date with nothing of its title is shown alone: a date before `…` reads as a cut date.
    assert!(wide.contains("Närmaste") && wide.contains("2026-12-31"), "{wide}");
    for shown in [&narrow, &wide] {
        assert!(!dated_ellipsis(shown), "a date followed by …:\n{shown}");
    }
    assert!(!narrow.contains("Närmaste"), "{narrow}");
    let widest = |s: &str| s.lines().map(UnicodeWidthStr::width).max().unwrap_or(0);
    assert!(widest(&wide) > 100 && widest(&narrow) <= 80, "{wide}\n{narrow}");
}

/// Whether a date is directly followed by `…` ("2026-12-31…").
fn dated_ellipsis(text: &str) -> bool {
    text.match_indices('…').any(|(i, _)| {
        text.get(i.saturating_sub(10)..i).is_some_and(|d| d.len() == 10 && !splits_a_date(d) && d.as_bytes()[4] == b'-')
    })
}

#[test]
fn a_goal_keeps_its_title_and_progress_at_80_columns() {
    for (lang, progress, title) in [("sv", "Måluppfyllelse", "Mål för"), ("en", "Progress", "Goals of")] {
        let shown = in_terminal(80, &["--lang", lang, "status", "lulea"]);
        let goals = &shown[shown.find(title).unwrap()..];
        let goals = &goals[..goals.find("╰").unwrap()];
        // The progress as a figure (the bar gone), the titles readable, the latest
        // measurement's free text the first to go.
        assert!(goals.contains(progress), "{lang}:\n{goals}");
        assert!(goals.contains("79\u{a0}%") || goals.contains("79%"), "{lang}:\n{goals}");
        assert!(goals.contains("Jämn könsfördelning bland chefer"), "{lang}:\n{goals}");
        assert!(!goals.contains("15 procent av"), "{lang}:\n{goals}");
        assert!(!dated_ellipsis(&shown), "{lang}:\n{shown}");
        // A title is cut inside a word rather than leave half its column empty.
        let activities = &shown[shown.find(title).unwrap()..];
        assert!(!activities.contains("Utbildning i…"), "{lang}:\n{activities}");
    }
}

#[test]
fn columns_overrides_the_terminals_width_unless_it_is_zero() {
    let widest = |s: &str| s.lines().map(UnicodeWidthStr::width).max().unwrap_or(0);
    let set = in_terminal_with(200, Some("80"), &["status"]);
    assert!(widest(&set) <= 80 && widest(&set) > 60, "{set}");
    let zero = in_terminal_with(120, Some("0"), &["status"]);
    assert!(widest(&zero) <= 120 && widest(&zero) > 100, "{zero}");
}

#[test]
fn piped_and_written_output_stays_whole() {
    let whole = piped(&["--lang", "sv", "status"]);
    let widest = whole.lines().map(UnicodeWidthStr::width).max().unwrap_or(0);
    assert!(widest > 200, "piped, the table is not fitted: {widest} columns");
    for full in ["2026-12-31 ny handlingsplan", "█████░░░░░  54\u{a0}%", "Närmaste sista dag", "region-norrbotten"]
    {
        assert!(whole.contains(full), "{full}");
    }
    assert!(!whole.contains('…'));
    // `-o` from a terminal: the file is whole too.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("status.txt");
    let shown = in_terminal(80, &["--lang", "sv", "status", "-o", file.to_str().unwrap()]);
    assert!(!shown.contains("Undertecknare"), "nothing on the terminal: {shown}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), whole);
}

//! Every word cemr writes for people comes from the catalogue, and machine formats are the
//! same in every language.
//!
//! With `--lang x-pseudo` every message is wrapped in ⟦…⟧; each case of [`CASES`] runs a command
//! that way and fails if a word of its human output lies outside the markers and is not the
//! repository's own text (names, titles, ids, paths, codes) or the Charter's article titles.
//! Dates, numbers and punctuation are not words. To cover a new output, add a [`Case`]: its
//! arguments, the repository it runs in, the exit code it should have, how its output is marked
//! up, and any files it writes. A machine format goes in [`MACHINE`] instead.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;
#[path = "catalogue/scrub.rs"]
mod scrub;

use std::fmt::Write as _;

use common::Fixture;
use scrub::{Markup, OPEN};

/// The repository a case runs in.
#[derive(Clone, Copy, Debug)]
enum Repo {
    /// The example data (`plans/`) in git, with uncommitted changes for `cemr diff`.
    Example,
    /// `tests/fixtures/many`: a repository whose plans have errors of many kinds.
    Errors,
    /// An empty folder (for `cemr init`).
    Empty,
}

/// One command whose human output must come from the catalogue.
struct Case {
    args: &'static [&'static str],
    repo: Repo,
    code: i32,
    markup: Markup,
    /// Files the command writes (relative to the repository), read like its output.
    writes: &'static [&'static str],
}

const fn case(args: &'static [&'static str], repo: Repo, code: i32) -> Case {
    Case { args, repo, code, markup: Markup::Text, writes: &[] }
}

impl Case {
    const fn markup(mut self, markup: Markup) -> Self {
        self.markup = markup;
        self
    }

    const fn writes(mut self, files: &'static [&'static str]) -> Self {
        self.writes = files;
        self
    }
}

const CASES: &[Case] = &[
    case(&["status"], Repo::Example, 0),
    case(&["status", "lulea"], Repo::Example, 0),
    case(&["status", "--format", "markdown"], Repo::Example, 0),
    case(&["status", "boden", "--format", "markdown"], Repo::Example, 0),
    case(&["deadlines"], Repo::Example, 0),
    case(&["deadlines", "--format", "markdown"], Repo::Example, 0),
    case(&["deadlines", "lulea", "--format", "ics", "--remind", "7"], Repo::Example, 0).markup(Markup::Ics),
    case(&["deadlines", "--remind", "7"], Repo::Example, 2),
    case(&["articles"], Repo::Example, 0),
    case(&["articles", "--format", "markdown"], Repo::Example, 0),
    case(&["summary", "--quarter", "2026Q3"], Repo::Example, 0),
    case(&["summary", "--quarter", "2026Q4"], Repo::Example, 0),
    case(&["summary", "--quarter", "2026Q3", "--format", "html"], Repo::Example, 0).markup(Markup::Html),
    case(&["status", "lulea", "-o", "status.xlsx"], Repo::Example, 0).writes(&["status.xlsx"]),
    case(&["deadlines", "-o", "deadlines.xlsx"], Repo::Example, 0).writes(&["deadlines.xlsx"]),
    case(&["articles", "-o", "articles.xlsx"], Repo::Example, 0).writes(&["articles.xlsx"]),
    case(&["summary", "--quarter", "2026Q3", "-o", "summary.xlsx"], Repo::Example, 0).writes(&["summary.xlsx"]),
    case(&["diff"], Repo::Example, 0),
    case(&["diff", "--format", "markdown"], Repo::Example, 0),
    case(&["validate"], Repo::Example, 0),
    case(&["explain"], Repo::Example, 0),
    case(&["explain", "unknown-key"], Repo::Example, 0),
    case(&["explain", "no-such-code"], Repo::Example, 2),
    case(&["done", "lulea", "upphandlingspolicy", "--date", "2026-11-01"], Repo::Example, 0),
    case(&["start", "lulea", "upphandlingspolicy"], Repo::Example, 0),
    case(&["cancel", "lulea", "vald-utbildning"], Repo::Example, 0),
    case(&["done", "lulea", "no-such-activity"], Repo::Example, 2),
    case(&["measure", "lulea", "chefer", "--date", "2026-10-01", "--women", "150", "--men", "130"], Repo::Example, 0),
    case(&["measure", "lulea", "heltid", "--date", "2026-10-01", "--value", "12.5"], Repo::Example, 0),
    case(&["adopt", "arjeplog", "--date", "2026-10-01"], Repo::Example, 0),
    case(&["report", "lulea", "--date", "2026-10-01"], Repo::Example, 0),
    case(&["sign", "umearegionen", "--date", "2026-10-01"], Repo::Example, 0),
    case(&["new", "ny-kommun", "--name", "Nya kommunen"], Repo::Example, 0).writes(&["plans/ny-kommun.toml"]),
    case(&["new", "lulea", "--name", "Luleå kommun"], Repo::Example, 2),
    case(&["init", "arkiv"], Repo::Empty, 0).writes(&["arkiv/cemr.toml", "arkiv/plans/README.md"]),
    case(&["validate"], Repo::Errors, 1).markup(Markup::Diagnostics),
    case(&["validate", "--format", "github"], Repo::Errors, 1).markup(Markup::Github),
    case(&["status"], Repo::Errors, 1).markup(Markup::Diagnostics),
    case(&["deadlines"], Repo::Errors, 1).markup(Markup::Diagnostics),
];

#[test]
fn every_human_output_comes_from_the_catalogue() {
    let mut data = codes();
    data.extend(article_titles());
    let mut failures = Vec::new();
    for case in CASES {
        let (fixture, outputs) = run(case, "x-pseudo");
        let mut exempt = scrub::own_text(fixture.path());
        exempt.extend(data.iter().cloned());
        exempt.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        let name = case.args.join(" ");
        if !outputs.iter().any(|(_, text)| text.contains(OPEN)) {
            failures.push(format!("cemr {name}: no message of the catalogue at all"));
        }
        for (place, text) in outputs {
            for word in scrub::words_outside(&text, case.markup, &exempt) {
                failures.push(format!("cemr {name} ({place}): {word}"));
            }
        }
    }
    assert!(failures.is_empty(), "text outside the catalogue:\n{}", failures.join("\n"));
}

/// Every case in Swedish, as a snapshot: what a Swedish reader gets from each command.
#[test]
fn swedish_snapshots() {
    for case in CASES {
        let (_, outputs) = run(case, "sv");
        let mut text = format!("$ cemr --lang sv {}\n", case.args.join(" "));
        for (place, output) in outputs.iter().filter(|(_, output)| !output.is_empty()) {
            let _ = write!(text, "--- {place}\n{output}");
            if !output.ends_with('\n') {
                text.push('\n');
            }
        }
        let repo = match case.repo {
            Repo::Example => "",
            Repo::Errors => "_errors",
            Repo::Empty => "_empty",
        };
        let words: Vec<&str> = case.args.iter().map(|a| a.trim_start_matches('-')).collect();
        let name: String =
            words.join("_").chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_')).collect();
        insta::assert_snapshot!(format!("sv_{name}{repo}"), text);
    }
}

/// Runs `case` in `lang` in a fresh repository, checks its exit code, and gives its outputs:
/// stdout, stderr and the files it writes.
fn run(case: &Case, lang: &str) -> (Fixture, Vec<(&'static str, String)>) {
    let fixture = repository(case.repo);
    let mut args = vec!["--lang", lang];
    args.extend_from_slice(case.args);
    let run = fixture.cemr(&args);
    let name = case.args.join(" ");
    assert_eq!(run.code, case.code, "cemr {name} in {lang}: exit code\n{}{}", run.stdout, run.stderr);
    let mut outputs = vec![("stdout", run.stdout), ("stderr", run.stderr)];
    for file in case.writes {
        let path = fixture.join(file);
        let text = if path.extension().is_some_and(|e| e == "xlsx") {
            workbook_text(&path)
        } else {
            std::fs::read_to_string(path).unwrap()
        };
        outputs.push((*file, text));
    }
    (fixture, outputs)
}

/// A workbook as text: each sheet's name, then its rows, cells between `|`. Dates and numbers
/// as JSON writes them; a yes/no cell as 1/0 (Excel shows those words in its own language).
fn workbook_text(path: &std::path::Path) -> String {
    use calamine::{Data, DataType as _, Reader as _};
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
    let mut text = String::new();
    for sheet in book.sheet_names() {
        let _ = writeln!(text, "## {sheet}");
        for row in book.worksheet_range(&sheet).unwrap().rows() {
            let cells: Vec<String> = row
                .iter()
                .map(|cell| match cell {
                    Data::DateTime(_) => cell.as_date().unwrap().to_string(),
                    Data::Bool(b) => u8::from(*b).to_string(),
                    other => other.to_string(),
                })
                .collect();
            let _ = writeln!(text, "| {} |", cells.join(" | "));
        }
    }
    text
}

/// The check is not blind: a message taken out of the catalogue in real output is found, and so
/// is every English word when the output is not in the pseudo-locale at all.
#[test]
fn a_word_outside_the_catalogue_is_found() {
    let fixture = repository(Repo::Example);
    let exempt = scrub::own_text(fixture.path());
    let pseudo = fixture.cemr(&["--lang", "x-pseudo", "status"]).stdout;
    assert!(scrub::words_outside(&pseudo, Markup::Text, &exempt).is_empty(), "{pseudo}");
    let broken = pseudo.replacen("⟦Signatory⟧", "Signatory", 1);
    assert_ne!(broken, pseudo);
    let found = scrub::words_outside(&broken, Markup::Text, &exempt);
    assert!(found.len() == 1 && found[0].starts_with("\"Signatory\""), "{found:?}");
    let english = fixture.cemr(&["--lang", "en", "deadlines"]).stdout;
    let found = scrub::words_outside(&english, Markup::Text, &exempt);
    for word in ["Due", "Signatory", "overdue", "days", "Open", "deadlines"] {
        assert!(found.iter().any(|f| f.starts_with(&format!("{word:?}"))), "{word} not found in {found:?}");
    }
}

/// Machine formats: the same bytes in every language, but for the human text of a diagnostic
/// (`message` and `help` in JSON, the text after a GitHub annotation's properties).
const MACHINE: &[(&[&str], Repo)] = &[
    (&["status", "--format", "json"], Repo::Example),
    (&["status", "lulea", "--format", "json"], Repo::Example),
    (&["status", "--format", "csv"], Repo::Example),
    (&["status", "lulea", "--format", "csv"], Repo::Example),
    (&["deadlines", "--format", "json"], Repo::Example),
    (&["deadlines", "--format", "csv"], Repo::Example),
    (&["articles", "--format", "json"], Repo::Example),
    (&["articles", "--format", "csv"], Repo::Example),
    (&["summary", "--quarter", "2026Q3", "--format", "json"], Repo::Example),
    (&["diff", "--format", "json"], Repo::Example),
    (&["validate", "--format", "json"], Repo::Example),
    (&["validate", "--format", "json"], Repo::Errors),
    (&["validate", "--format", "github"], Repo::Errors),
    (&["status", "--format", "json"], Repo::Errors),
];

#[test]
fn machine_formats_are_the_same_in_every_language() {
    for (args, repo) in MACHINE {
        let fixture = repository(*repo);
        let name = args.join(" ");
        let run = |lang: &str| {
            let mut all = vec!["--lang", lang];
            all.extend_from_slice(args);
            let run = fixture.cemr(&all);
            assert!(run.code <= 1, "cemr {name}: {}", run.stderr);
            run.stdout
        };
        let english = run("en");
        assert!(!english.is_empty(), "cemr {name}: no output");
        for lang in ["sv", "x-pseudo"] {
            let other = run(lang);
            assert_eq!(english.lines().count(), other.lines().count(), "cemr {name} in {lang}");
            for (a, b) in english.lines().zip(other.lines()) {
                assert!(
                    a == b || human_text(a).is_some_and(|h| human_text(b) == Some(h)),
                    "cemr {name} in {lang}:\n{a}\n{b}"
                );
            }
        }
    }
}

/// A line of machine output with its human text left out: a JSON diagnostic's `message` or
/// `help`, or a GitHub annotation's message. `None` for any other line.
fn human_text(line: &str) -> Option<&str> {
    let key = line.trim_start();
    if key.starts_with("\"message\": ") || key.starts_with("\"help\": ") {
        return key.split(':').next();
    }
    line.strip_prefix("::").and_then(|rest| rest.split_once("::")).map(|(properties, _)| properties)
}

/// The diagnostic codes, as `cemr explain` lists them: ids, not words.
fn codes() -> Vec<String> {
    let list = Fixture::new().cemr(&["--lang", "en", "explain"]).stdout;
    let codes: Vec<String> = list.lines().filter_map(|l| l.split_whitespace().next()).map(str::to_owned).collect();
    assert!(
        codes.len() > 20
            && codes.iter().all(|c| c.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
    );
    codes
}

/// The Charter's article titles in Swedish and English: data that `cemr articles` and `diff`
/// show as they are, not words of the interface.
fn article_titles() -> Vec<String> {
    let json = example().cemr(&["articles", "--format", "json"]).json();
    let titles: Vec<String> = json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| [a["title_sv"].as_str().unwrap().to_owned(), a["title_en"].as_str().unwrap().to_owned()])
        .collect();
    assert_eq!(titles.len(), 60);
    titles
}

fn repository(repo: Repo) -> Fixture {
    match repo {
        Repo::Example => example(),
        Repo::Errors => {
            let f = Fixture::new();
            copy(&root().join("tests/fixtures/many"), f.path());
            f
        }
        Repo::Empty => Fixture::new(),
    }
}

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The example data committed, then changed the way a pull request would: an activity done, a
/// measurement, a plan adopted, a goal retitled, an article chosen, a new signatory.
fn example() -> Fixture {
    let f = Fixture::git_repo();
    copy(&root().join("plans"), &f.join("plans"));
    std::fs::copy(root().join("cemr.toml"), f.join("cemr.toml")).unwrap();
    f.commit("example data");
    for args in [
        &["done", "lulea", "heltid-som-norm", "--date", "2026-11-01"][..],
        &["measure", "lulea", "chefer", "--date", "2026-10-01", "--women", "150", "--men", "130"],
        &["adopt", "arjeplog", "--date", "2026-10-01", "--start", "2027-01-01", "--end", "2030-12-31"],
        &["new", "nykommun", "--name", "Nykommuns kommun"],
    ] {
        let mut all = vec!["--lang", "en"];
        all.extend_from_slice(args);
        f.cemr(&all).code(0);
    }
    let lulea = f.read("plans/norrbotten/lulea.toml");
    let lulea = common::edit(
        &lulea,
        "title = \"Jämn könsfördelning bland chefer\"",
        "title = \"Jämn könsfördelning bland alla chefer\"",
    );
    f.write("plans/norrbotten/lulea.toml", &lulea);
    f
}

fn copy(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

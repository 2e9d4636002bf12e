#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]
//! The editing commands on a copy of a realistic, commented plan file: each result must be the
//! original with exactly the expected lines changed (comments, blank lines, line ends and BOM
//! byte for byte), must validate, and must leave no temporary file. Refusals leave the bytes as
//! they were. Also: completions for every shell and the man page.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use assert_cmd::assert::Assert;
use clap::CommandFactory as _;
use common::Fixture;

const LULEA: &str = include_str!("fixtures/edit/plans/norrbotten/lulea.toml");
const PLAN: &str = "plans/norrbotten/lulea.toml";
const OTHER: &str = "plans/kiruna.toml";
const OTHER_TEXT: &str = "[signatory]\nname = \"Kiruna kommun\"\nkind = \"municipality\"\n";
/// "Today" for this fixture, whose plan dates lie around mid-2025.
const TODAY: &str = "2025-06-30";

/// A plan repository in a temporary folder: lulea.toml (as given) and an untouched kiruna.toml.
struct Repo {
    fixture: Fixture,
}

impl Repo {
    fn with(plan: &[u8]) -> Self {
        let fixture = Fixture::new();
        fixture.write("cemr.toml", "[repository]\nname = \"Test\"\n");
        fixture.write(PLAN, plan);
        fixture.write(OTHER, OTHER_TEXT);
        Self { fixture }
    }

    fn lulea() -> Self {
        Self::with(LULEA.as_bytes())
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.fixture.join(rel)
    }

    fn bytes(&self) -> Vec<u8> {
        std::fs::read(self.path(PLAN)).unwrap()
    }

    fn text(&self) -> String {
        String::from_utf8(self.bytes()).unwrap()
    }

    fn cemr(&self, args: &[&str]) -> Assert {
        self.fixture.command(TODAY, args).assert()
    }

    /// The files of the repository (folders left out).
    fn files(&self) -> Vec<String> {
        self.fixture.tree().into_iter().filter(|p| !p.ends_with('/')).collect()
    }

    /// The plan validates, the other plan is untouched, and no temporary file is left.
    fn assert_sound(&self) {
        self.cemr(&["validate"]).code(0);
        assert_eq!(std::fs::read_to_string(self.path(OTHER)).unwrap(), OTHER_TEXT);
        assert_eq!(self.files(), ["cemr.toml", OTHER, PLAN], "only the repository's own files");
    }
}

/// `original` with each `old` (found exactly once) replaced by `new`.
fn replaced(original: &str, replacements: &[(&str, &str)]) -> String {
    let mut text = original.to_owned();
    for (old, new) in replacements {
        assert_eq!(text.matches(old).count(), 1, "`{old}` must occur once in the fixture");
        text = text.replacen(old, new, 1);
    }
    text
}

/// Lines only in `before` and lines only in `after` (as multisets), line ends included.
fn changed_lines(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    let count = |text: &str| {
        let mut counts: BTreeMap<String, i64> = BTreeMap::new();
        for line in text.split_inclusive('\n') {
            *counts.entry(line.to_owned()).or_default() += 1;
        }
        counts
    };
    let (b, a) = (count(before), count(after));
    let only = |x: &BTreeMap<String, i64>, y: &BTreeMap<String, i64>| {
        x.iter()
            .flat_map(|(line, n)| {
                let extra = n - y.get(line).copied().unwrap_or(0);
                std::iter::repeat_n(line.clone(), usize::try_from(extra.max(0)).unwrap())
            })
            .collect::<Vec<_>>()
    };
    (only(&b, &a), only(&a, &b))
}

/// Runs an edit that must succeed and checks the whole file against the expected text, then
/// that only the expected lines changed and every comment and blank line is still there.
#[track_caller]
fn expect_edit(repo: &Repo, args: &[&str], expected: &str, removed: &[&str], added: &[&str]) -> String {
    let before = repo.text();
    let out = repo.cemr(args).code(0);
    let after = repo.text();
    let (gone, new) = changed_lines(&before, &after);
    assert_eq!(after, expected, "unexpected result; removed lines {gone:?}, added lines {new:?}");
    let mut want_gone: Vec<String> = removed.iter().map(|s| (*s).to_owned()).collect();
    let mut want_new: Vec<String> = added.iter().map(|s| (*s).to_owned()).collect();
    want_gone.sort();
    want_new.sort();
    assert_eq!((gone, new), (want_gone, want_new), "the line diff");
    let lines = |text: &str, line: &str| text.split_inclusive('\n').filter(|l| *l == line).count();
    for line in before.split_inclusive('\n').filter(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
        assert!(lines(&after, line) >= lines(&before, line), "comment or blank line lost: {line:?}");
    }
    repo.assert_sound();
    String::from_utf8(out.get_output().stderr.clone()).unwrap()
}

#[track_caller]
fn expect_refusal(repo: &Repo, args: &[&str], code: i32, stderr_has: &str) {
    let before = repo.bytes();
    let out = repo.cemr(args).code(code);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains(stderr_has), "stderr should contain {stderr_has:?}:\n{stderr}");
    assert_eq!(repo.bytes(), before, "a refused edit leaves the file as it was");
    let files = repo.files();
    assert_eq!(files.len(), 3, "no temporary file left: {files:?}");
}

const UTB_STATUS: &str = "status = \"ongoing\"           # started in spring\n";
const LON_DONE: &str = "status = \"done\"\nfinished = 2014-11-15        # illustrative\n";

#[test]
fn done_sets_status_and_finished_and_keeps_the_comment_in_its_column() {
    let repo = Repo::lulea();
    let new = "status = \"done\"              # started in spring\nfinished = 2025-01-10\n";
    let stderr = expect_edit(
        &repo,
        &["done", "lulea", "utbildning-chefer", "--date", "2025-01-10"],
        &replaced(LULEA, &[(UTB_STATUS, new)]),
        &[UTB_STATUS],
        &["status = \"done\"              # started in spring\n", "finished = 2025-01-10\n"],
    );
    assert_eq!(stderr, format!("{PLAN}: activity utbildning-chefer done 2025-01-10 (was ongoing)\n"));
}

#[test]
fn done_without_a_date_uses_today() {
    let repo = Repo::lulea();
    let old = "status = \"planned\"\n";
    let new = "status = \"done\"\nfinished = 2025-06-30\n";
    expect_edit(
        &repo,
        &["done", "lulea", "statistik"],
        &replaced(LULEA, &[(old, new)]),
        &[old],
        &["status = \"done\"\n", "finished = 2025-06-30\n"],
    );
}

#[test]
fn done_again_changes_nothing() {
    let repo = Repo::lulea();
    let out = repo.cemr(&["done", "lulea", "lonekartlaggning", "--date", "2014-11-15"]).code(0);
    assert!(String::from_utf8_lossy(&out.get_output().stderr).contains("nothing changed"));
    assert_eq!(repo.text(), LULEA);
}

#[test]
fn cancel_with_force_replaces_status_and_finished_date() {
    let repo = Repo::lulea();
    let new = "status = \"cancelled\"\nfinished = 2015-01-01        # illustrative\n";
    let stderr = expect_edit(
        &repo,
        &["--force", "cancel", "lulea", "lonekartlaggning", "--date", "2015-01-01"],
        &replaced(LULEA, &[(LON_DONE, new)]),
        &["status = \"done\"\n", "finished = 2014-11-15        # illustrative\n"],
        &["status = \"cancelled\"\n", "finished = 2015-01-01        # illustrative\n"],
    );
    assert!(stderr.contains("activity lonekartlaggning cancelled 2015-01-01 (was done)"), "{stderr}");
}

#[test]
fn start_with_force_reopens_a_done_activity_keeping_its_start() {
    let repo = Repo::lulea();
    expect_edit(
        &repo,
        &["--force", "start", "lulea", "lonekartlaggning", "--date", "2025-02-01"],
        &replaced(LULEA, &[(LON_DONE, "status = \"ongoing\"\n")]),
        &["status = \"done\"\n", "finished = 2014-11-15        # illustrative\n"],
        &["status = \"ongoing\"\n"],
    );
}

#[test]
fn start_sets_start_where_the_format_lists_it() {
    let repo = Repo::lulea();
    let old = "goals = [\"chefer\"]\nstatus = \"planned\"\n";
    let new = "goals = [\"chefer\"]\nstart = 2025-03-01\nstatus = \"ongoing\"\n";
    let stderr = expect_edit(
        &repo,
        &["start", "lulea", "statistik", "--date", "2025-03-01"],
        &replaced(LULEA, &[(old, new)]),
        &["status = \"planned\"\n"],
        &["start = 2025-03-01\n", "status = \"ongoing\"\n"],
    );
    assert!(stderr.contains("activity statistik ongoing since 2025-03-01 (was planned)"), "{stderr}");
}

#[test]
fn measure_balance_appends_after_the_last_measurement() {
    let repo = Repo::lulea();
    let anchor = "  men = 30\n";
    let new = "  men = 30\n\n  [[goals.indicator.measurements]]\n  date = 2024-06-30\n  women = 45\n  men = 55\n";
    let stderr = expect_edit(
        &repo,
        &["measure", "lulea", "chefer", "--date", "2024-06-30", "--women", "45", "--men", "55"],
        &replaced(LULEA, &[(anchor, new)]),
        &[],
        &["\n", "  [[goals.indicator.measurements]]\n", "  date = 2024-06-30\n", "  women = 45\n", "  men = 55\n"],
    );
    assert_eq!(stderr, format!("{PLAN}: goal chefer measured 2024-06-30: 45 women, 55 men\n"));
}

#[test]
fn measure_level_creates_the_first_measurement_indented_like_the_indicator() {
    let repo = Repo::lulea();
    let anchor = "  target = 151\n";
    let new = "  target = 151\n\n  [[goals.indicator.measurements]]\n  date = 2015-06-30\n  value = 151\n";
    expect_edit(
        &repo,
        &["measure", "lulea", "utbildade", "--date", "2015-06-30", "--value", "151"],
        &replaced(LULEA, &[(anchor, new)]),
        &[],
        &["\n", "  [[goals.indicator.measurements]]\n", "  date = 2015-06-30\n", "  value = 151\n"],
    );
    // A second one follows the first; a fraction stays a fraction.
    let then = repo.text();
    let anchor = "  value = 151\n";
    let new = "  value = 151\n\n  [[goals.indicator.measurements]]\n  date = 2016-06-30\n  value = 12.5\n";
    expect_edit(
        &repo,
        &["measure", "lulea", "utbildade", "--date", "2016-06-30", "--value", "12.5"],
        &replaced(&then, &[(anchor, new)]),
        &[],
        &["\n", "  [[goals.indicator.measurements]]\n", "  date = 2016-06-30\n", "  value = 12.5\n"],
    );
}

#[test]
fn measure_needs_the_reading_the_indicator_takes() {
    let repo = Repo::lulea();
    expect_refusal(&repo, &["measure", "lulea", "chefer", "--date", "2024-06-30", "--value", "3"], 2, "--women");
    expect_refusal(
        &repo,
        &["measure", "lulea", "utbildade", "--date", "2024-06-30", "--women", "1", "--men", "2"],
        2,
        "--value",
    );
    expect_refusal(&repo, &["measure", "lulea", "utbildade", "--date", "2024-06-30", "--value", "nan"], 2, "finite");
}

/// `cemr measure` with numbers as people type them, and flags that do not fit the goal: each
/// says what to type instead (issue 16).
#[test]
fn measure_says_what_to_type_instead() {
    let repo = Repo::lulea();
    let args = |goal: &'static str, flags: &[&'static str]| -> Vec<&'static str> {
        let mut all = vec!["measure", "lulea", goal, "--date", "2024-06-30"];
        all.extend(flags);
        all
    };
    let refused = |goal, flags: &[&'static str], says: &str| expect_refusal(&repo, &args(goal, flags), 2, says);
    refused(
        "utbildade",
        &["--value", "48,5"],
        "--value 48,5: cemr reads decimals with a point, not a comma: write --value 48.5",
    );
    refused("utbildade", &["--value", "71 %"], "give the number alone, without a percent sign or unit: --value 71");
    refused(
        "chefer",
        &["--women", "48,5", "--men", "52"],
        "--women is a number of people, a whole number, e.g. --women 48",
    );
    refused("chefer", &["--women", "48 %", "--men", "52 %"], "not a share");
    refused("chefer", &["--women", "48"], "goal chefer has a balance indicator: --women needs --men too");
    refused("chefer", &["--men", "52"], "--men needs --women too");
    refused("chefer", &["--value", "48"], "give --women and --men, not --value");
    refused("chefer", &[], "give the number of women with --women and of men with --men");
    refused("utbildade", &["--women", "48"], "give the measured level with --value");
    refused("utbildade", &["--value", "3", "--women", "1", "--men", "2"], "with --value alone");
    let sv = ["--lang", "sv", "measure", "lulea", "utbildade", "--date", "2024-06-30", "--value", "48,5"];
    expect_refusal(&repo, &sv, 2, "cemr läser decimaler med punkt, inte komma: skriv --value 48.5");
}

#[test]
fn measure_a_goal_without_indicator_asks_for_one() {
    let repo = Repo::lulea();
    expect_refusal(
        &repo,
        &["measure", "lulea", "lika-lon", "--date", "2024-06-30", "--value", "3"],
        1,
        "add a [goals.indicator] table",
    );
}

#[test]
fn measure_on_a_date_already_measured() {
    let repo = Repo::lulea();
    let same = ["measure", "lulea", "chefer", "--date", "2013-06-30", "--women", "50", "--men", "30"];
    let out = repo.cemr(&same).code(0);
    assert!(String::from_utf8_lossy(&out.get_output().stderr).contains("nothing changed"));
    assert_eq!(repo.text(), LULEA);
    let other = ["measure", "lulea", "chefer", "--date", "2013-06-30", "--women", "51", "--men", "30"];
    expect_refusal(&repo, &other, 1, "already has a different measurement dated 2013-06-30");
}

#[test]
fn adopt_of_a_drafted_period_adopts_the_draft() {
    let repo = Repo::lulea();
    let old = "[[action_plans]]\nstart = 2017-01-01\n";
    let new = "[[action_plans]]\nadopted = 2017-02-01\nstart = 2017-01-01\n";
    let stderr = expect_edit(
        &repo,
        &["adopt", "lulea", "--date", "2017-02-01", "--start", "2017-01-01", "--end", "2019-12-31"],
        &replaced(LULEA, &[(old, new)]),
        &[],
        &["adopted = 2017-02-01\n"],
    );
    assert!(stderr.contains("draft action plan for 2017-01-01 to 2019-12-31 adopted 2017-02-01"), "{stderr}");
}

#[test]
fn adopt_of_a_new_period_appends_after_the_last_plan() {
    let repo = Repo::lulea();
    let anchor = "start = 2017-01-01\nend = 2019-12-31\n";
    let new = "start = 2017-01-01\nend = 2019-12-31\n\n[[action_plans]]\nadopted = 2020-03-01\nstart = 2020-01-01\nend = 2023-12-31\nurl = \"https://example.se/plan\"\n";
    expect_edit(
        &repo,
        &[
            "adopt",
            "lulea",
            "--date",
            "2020-03-01",
            "--start",
            "2020-01-01",
            "--end",
            "2023-12-31",
            "--url",
            "https://example.se/plan",
        ],
        &replaced(LULEA, &[(anchor, new)]),
        &[],
        &[
            "\n",
            "[[action_plans]]\n",
            "adopted = 2020-03-01\n",
            "start = 2020-01-01\n",
            "end = 2023-12-31\n",
            "url = \"https://example.se/plan\"\n",
        ],
    );
}

#[test]
fn report_appends_after_the_last_report() {
    let repo = Repo::lulea();
    let anchor = "url = \"https://example.se/rapport-2015\"\n";
    let new = "url = \"https://example.se/rapport-2015\"\n\n[[reports]]\ndate = 2016-03-01\n";
    let stderr = expect_edit(
        &repo,
        &["report", "lulea", "--date", "2016-03-01"],
        &replaced(LULEA, &[(anchor, new)]),
        &[],
        &["\n", "[[reports]]\n", "date = 2016-03-01\n"],
    );
    assert_eq!(stderr, format!("{PLAN}: report 2016-03-01 recorded\n"));
}

#[test]
fn the_first_report_goes_at_the_end_of_the_file() {
    let block = "[[reports]]\ndate = 2015-03-01\nurl = \"https://example.se/rapport-2015\"\n\n";
    let without = replaced(LULEA, &[(block, "")]);
    let repo = Repo::with(without.as_bytes());
    let anchor = "status = \"planned\"\n";
    let new = "status = \"planned\"\n\n[[reports]]\ndate = 2016-03-01\nurl = \"https://example.se/r\"\n";
    expect_edit(
        &repo,
        &["report", "lulea", "--date", "2016-03-01", "--url", "https://example.se/r"],
        &replaced(&without, &[(anchor, new)]),
        &[],
        &["\n", "[[reports]]\n", "date = 2016-03-01\n", "url = \"https://example.se/r\"\n"],
    );
}

#[test]
fn sign_sets_signed_after_decided() {
    let repo = Repo::lulea();
    let anchor = "decided = 2012-11-26         # kommunfullmäktige\n";
    let new = "decided = 2012-11-26         # kommunfullmäktige\nsigned = 2013-03-08\n";
    expect_edit(
        &repo,
        &["sign", "lulea", "--date", "2013-03-08"],
        &replaced(LULEA, &[(anchor, new)]),
        &[],
        &["signed = 2013-03-08\n"],
    );
    let signed = repo.bytes();
    let out = repo.cemr(&["sign", "lulea", "--date", "2013-03-08"]).code(0);
    assert!(String::from_utf8_lossy(&out.get_output().stderr).contains("nothing changed: already signed 2013-03-08"));
    assert_eq!(repo.bytes(), signed);
    expect_refusal(&repo, &["sign", "lulea", "--date", "2013-04-01"], 1, "already records signing on 2013-03-08");
}

/// LF → CRLF, and a BOM in front.
fn windows(text: &str) -> String {
    format!("\u{feff}{}", text.replace('\n', "\r\n"))
}

#[test]
fn crlf_line_ends_and_the_bom_are_kept() {
    let repo = Repo::with(windows(LULEA).as_bytes());
    let done = "status = \"done\"              # started in spring\nfinished = 2025-01-10\n";
    let measured = "  men = 30\n\n  [[goals.indicator.measurements]]\n  date = 2024-06-30\n  women = 45\n  men = 55\n";
    let expected = windows(&replaced(LULEA, &[(UTB_STATUS, done), ("  men = 30\n", measured)]));
    repo.cemr(&["done", "lulea", "utbildning-chefer", "--date", "2025-01-10"]).code(0);
    repo.cemr(&["measure", "lulea", "chefer", "--date", "2024-06-30", "--women", "45", "--men", "55"]).code(0);
    let after = repo.text();
    assert_eq!(after, expected);
    assert!(after.starts_with('\u{feff}'));
    assert!(!after.replace("\r\n", "").contains('\n'), "every line still ends in CRLF");
    repo.assert_sound();
}

#[test]
fn a_file_without_a_final_line_end() {
    let text = LULEA.strip_suffix("\n\n# end of file\n").unwrap();
    // Edits inside the file keep the missing line end missing.
    let repo = Repo::with(text.as_bytes());
    let anchor = "url = \"https://example.se/rapport-2015\"\n";
    let report = "url = \"https://example.se/rapport-2015\"\n\n[[reports]]\ndate = 2016-03-01\n";
    repo.cemr(&["report", "lulea", "--date", "2016-03-01"]).code(0);
    repo.cemr(&["done", "lulea", "statistik", "--date", "2025-01-01"]).code(0);
    let done = (r#"status = "planned""#, "status = \"done\"\nfinished = 2025-01-01");
    assert_eq!(repo.text(), replaced(text, &[(anchor, report), done]));
    repo.assert_sound();
    // A table appended at the end: a line end after what was the last line, none after the new.
    let block = "[[reports]]\ndate = 2015-03-01\nurl = \"https://example.se/rapport-2015\"\n\n";
    let text = replaced(text, &[(block, "")]);
    let repo = Repo::with(text.as_bytes());
    repo.cemr(&["report", "lulea", "--date", "2016-03-01"]).code(0);
    assert_eq!(repo.text(), format!("{text}\n\n[[reports]]\ndate = 2016-03-01"));
    repo.assert_sound();
}

#[test]
fn a_file_with_errors_is_not_edited() {
    let broken = replaced(LULEA, &[("articles = [1, 2, 4, 11, 12, 22]", "articles = [1, 2, 4, 11, 12, 22, 99]")]);
    let repo = Repo::with(broken.as_bytes());
    expect_refusal(&repo, &["done", "lulea", "statistik", "--date", "2025-01-01"], 1, "article-out-of-range");
    expect_refusal(&repo, &["report", "lulea", "--date", "2016-03-01"], 1, "has errors; fix them first");
    let unparsable = format!("{LULEA}\n[signatory\n");
    let repo = Repo::with(unparsable.as_bytes());
    expect_refusal(&repo, &["sign", "lulea", "--date", "2013-03-08"], 1, "toml-syntax");
}

#[test]
fn two_files_with_the_same_id_are_not_edited() {
    let repo = Repo::lulea();
    std::fs::write(repo.path("plans/lulea.toml"), "[signatory\n").unwrap();
    let before = repo.bytes();
    let out = repo.cemr(&["report", "lulea", "--date", "2016-03-01"]).code(1);
    assert!(String::from_utf8_lossy(&out.get_output().stderr).contains("used by more than one file"));
    assert_eq!(repo.bytes(), before);
}

#[test]
fn a_date_in_the_future_is_refused() {
    let repo = Repo::lulea();
    expect_refusal(&repo, &["report", "lulea", "--date", "2999-01-01"], 1, "date-in-future");
    expect_refusal(&repo, &["done", "lulea", "statistik", "--date", "2999-01-01"], 1, "date-in-future");
    expect_refusal(
        &repo,
        &["measure", "lulea", "utbildade", "--date", "2999-01-01", "--value", "1"],
        1,
        "would have errors",
    );
    expect_refusal(&repo, &["sign", "lulea", "--date", "2999-01-01"], 1, "date-in-future");
    expect_refusal(&repo, &["adopt", "lulea", "--date", "2999-01-01"], 1, "date-in-future");
}

#[test]
fn unknown_ids_exit_2_with_a_suggestion() {
    let repo = Repo::lulea();
    expect_refusal(&repo, &["done", "lulae", "statistik"], 2, "did you mean `lulea`?");
    expect_refusal(&repo, &["sign", "stockholm", "--date", "2013-03-08"], 2, "no signatory `stockholm`");
    expect_refusal(
        &repo,
        &["done", "lulea", "statistk"],
        2,
        "no activity `statistk` in plans/norrbotten/lulea.toml; did you mean `statistik`?",
    );
    expect_refusal(
        &repo,
        &["start", "lulea", "x"],
        2,
        "its activity ids: utbildning-chefer, lonekartlaggning, statistik",
    );
    expect_refusal(
        &repo,
        &["measure", "lulea", "chefr", "--date", "2024-01-01", "--value", "1"],
        2,
        "did you mean `chefer`?",
    );
}

#[test]
fn quiet_prints_nothing_on_success() {
    let repo = Repo::lulea();
    let out = repo.cemr(&["-q", "report", "lulea", "--date", "2016-03-01"]).code(0);
    assert!(out.get_output().stderr.is_empty());
    assert!(out.get_output().stdout.is_empty());
    assert_ne!(repo.text(), LULEA);
}

#[test]
fn inline_tables_are_edited_where_they_are() {
    let text = "activities = [\n  { id = \"a\", title = \"A\", goals = [\"g\"], status = \"planned\" },\n]\n\n[signatory]\nname = \"X\"\nkind = \"other\"\narticles = [1]\n\n[[goals]]\nid = \"g\"\ntitle = \"G\"\narticles = [1]\nindicator = { kind = \"level\", baseline = 0, target = 10 }\n";
    let repo = Repo::with(text.as_bytes());
    repo.cemr(&["done", "lulea", "a", "--date", "2025-01-01"]).code(0);
    repo.cemr(&["measure", "lulea", "g", "--date", "2025-01-01", "--value", "4"]).code(0);
    let expected = text
        .replace("status = \"planned\" }", "status = \"done\", finished = 2025-01-01 }")
        .replace("target = 10 }", "target = 10, measurements = [{ date = 2025-01-01, value = 4 }] }");
    assert_eq!(repo.text(), expected);
    repo.assert_sound();
}

#[cfg(unix)]
#[test]
fn a_linked_plan_file_stays_a_link() {
    let repo = Repo::lulea();
    let real = repo.path("lulea-real.toml");
    std::fs::rename(repo.path(PLAN), &real).unwrap();
    std::os::unix::fs::symlink(&real, repo.path(PLAN)).unwrap();
    repo.cemr(&["report", "lulea", "--date", "2016-03-01"]).code(0);
    assert!(std::fs::symlink_metadata(repo.path(PLAN)).unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(&real).unwrap().contains("date = 2016-03-01"));
}

#[cfg(unix)]
#[test]
fn the_file_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt as _;
    let repo = Repo::lulea();
    std::fs::set_permissions(repo.path(PLAN), std::fs::Permissions::from_mode(0o640)).unwrap();
    repo.cemr(&["report", "lulea", "--date", "2016-03-01"]).code(0);
    assert_eq!(std::fs::metadata(repo.path(PLAN)).unwrap().permissions().mode() & 0o777, 0o640);
}

#[test]
fn completions_for_every_shell() {
    let repo = Repo::lulea();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = repo.cemr(&["completions", shell]).code(0);
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert!(text.len() > 500 && text.contains("cemr"), "{shell}: {text}");
        assert!(text.contains("measure"), "{shell} completes the subcommands");
    }
}

#[test]
fn the_man_page_mentions_every_subcommand() {
    let repo = Repo::lulea();
    let out = repo.cemr(&["man"]).code(0);
    let page = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(page.starts_with(".ie") || page.contains(".TH"), "roff: {page}");
    let command = cemr::cli::Cli::command();
    let names: Vec<&str> =
        command.get_subcommands().filter(|c| !c.is_hide_set()).map(clap::Command::get_name).collect();
    assert!(names.len() >= 18, "{names:?}");
    for name in names {
        assert!(page.contains(&format!("cemr\\-{name}")) || page.contains(name), "man page lacks {name}");
    }
}

/// What the editing commands say, in Swedish: a change, nothing to do, a refusal, an unknown id.
#[test]
fn the_editing_commands_speak_swedish() {
    let repo = Repo::lulea();
    let stderr = |out: Assert| String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let done =
        stderr(repo.cemr(&["--lang", "sv", "done", "lulea", "utbildning-chefer", "--date", "2025-01-10"]).code(0));
    let again =
        stderr(repo.cemr(&["--lang", "sv", "done", "lulea", "utbildning-chefer", "--date", "2025-01-10"]).code(0));
    let started = stderr(repo.cemr(&["--lang", "sv", "start", "lulea", "statistik", "--date", "2025-02-01"]).code(0));
    let measured = stderr(
        repo.cemr(&[
            "--lang",
            "sv",
            "measure",
            "lulea",
            "chefer",
            "--date",
            "2024-06-30",
            "--women",
            "45",
            "--men",
            "55",
        ])
        .code(0),
    );
    let other = ["measure", "lulea", "chefer", "--date", "2013-06-30", "--women", "51", "--men", "30"];
    let refused = stderr(repo.cemr(&[&["--lang", "sv"][..], &other[..]].concat()).code(1));
    let unknown = stderr(repo.cemr(&["--lang", "sv", "done", "lulea", "statistk"]).code(2));
    let all = [done, again, started, measured, refused, unknown].join("");
    insta::assert_snapshot!("edit_messages_sv", all);
}

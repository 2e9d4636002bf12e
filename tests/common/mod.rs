//! Helpers shared by the integration tests: run the real binary, build small plan repositories.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// A plan repository written into a temporary folder.
pub(crate) struct Fixture {
    pub(crate) dir: tempfile::TempDir,
}

impl Fixture {
    pub(crate) fn new() -> Self {
        Self { dir: tempfile::tempdir().unwrap() }
    }

    /// Writes a file (creating folders), relative to the repository root.
    pub(crate) fn file(self, path: &str, text: &str) -> Self {
        let full = self.dir.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
        self
    }

    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `cemr -C <dir> --today <today> --color never ARGS…`, with a clean environment.
    pub(crate) fn cemr(&self, today: &str, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("cemr").unwrap();
        cmd.env_remove("CEMR_TODAY")
            .env_remove("NO_COLOR")
            .env_remove("COLUMNS")
            .env("LANG", "C")
            .arg("-C")
            .arg(self.path())
            .args(["--today", today, "--color", "never"])
            .args(args);
        cmd
    }

    /// Runs and returns (exit code, stdout, stderr).
    pub(crate) fn run(&self, today: &str, args: &[&str]) -> (i32, String, String) {
        let out = self.cemr(today, args).output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }

    /// Runs, expects `code`, and parses stdout as JSON.
    pub(crate) fn json(&self, today: &str, args: &[&str], code: i32) -> serde_json::Value {
        let mut all = vec!["--format", "json"];
        all.extend_from_slice(args);
        let (got, stdout, stderr) = self.run(today, &all);
        assert_eq!(got, code, "stderr: {stderr}\nstdout: {stdout}");
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
    }
}

pub(crate) const CONFIG: &str = "[repository]\nname = \"Test\"\n\n[groups.north]\nname = \"North\"\n";

/// Signed on a leap day, no plan: the action plan is due 2026-02-28.
pub(crate) const LEAP: &str = r#"[signatory]
name = "Leap kommun"
kind = "municipality"
signed = 2024-02-29
articles = [1, 2]
"#;

/// A plan adopted late, an overdue report, goals reached from below and from above, one
/// goal overdue, activities due today and yesterday.
pub(crate) const LATE: &str = r#"[signatory]
name = "Late kommun"
kind = "municipality"
decided = 2012-11-26
signed = 2013-03-08
articles = [1, 2, 11]

[[action_plans]]
adopted = 2016-01-01
start = 2016-01-01
end = 2026-12-31

[[reports]]
date = 2017-01-10

[[goals]]
id = "up"
title = "Reached from below"
articles = [11]
due = 2018-12-31

  [goals.indicator]
  kind = "level"
  baseline = 0
  target = 100

  [[goals.indicator.measurements]]
  date = 2015-06-30
  value = 40

  [[goals.indicator.measurements]]
  date = 2016-06-01
  value = 100

[[goals]]
id = "down"
title = "Reached from above"
articles = [2]

  [goals.indicator]
  kind = "level"
  baseline = 50
  target = 20

  [[goals.indicator.measurements]]
  date = 2020-01-01
  value = 45

  [[goals.indicator.measurements]]
  date = 2021-01-01
  value = 20

[[goals]]
id = "open"
title = "Half way"
articles = [1]
due = 2026-02-28

  [goals.indicator]
  kind = "balance"

  [[goals.indicator.measurements]]
  date = 2025-12-31
  women = 16
  men = 84

[[activities]]
id = "today"
title = "Due today"
goals = ["open"]
owner = "HR"
due = 2026-03-01
status = "ongoing"

[[activities]]
id = "yesterday"
title = "Due yesterday"
goals = ["open"]
due = 2026-02-28
status = "planned"

[[activities]]
id = "finished"
title = "Finished"
goals = ["up"]
due = 2016-12-31
status = "done"
finished = 2016-11-15
"#;

/// Not signed, no plan.
pub(crate) const PLAIN: &str = r#"[signatory]
name = "Plain förening"
kind = "other"
articles = []
"#;

/// The three plans above: north/{leap,late}, south/plain.
pub(crate) fn standard() -> Fixture {
    Fixture::new()
        .file("cemr.toml", CONFIG)
        .file("plans/north/leap.toml", LEAP)
        .file("plans/north/late.toml", LATE)
        .file("plans/south/plain.toml", PLAIN)
}

/// Every test runs "as of" this date.
pub(crate) const TODAY: &str = "2026-11-24";

/// A plan with no findings, using most of the format.
pub(crate) const VALID_PLAN: &str = r#"#:schema ../../schema/plan.schema.json

[signatory]
name = "Luleå kommun"
kind = "municipality"
groups = ["kust"]
decided = 2012-11-26
signed = 2013-03-08
contact = "jamstalldhet@example.se"
sources = ["https://example.se/plan.pdf"]
articles = [1, 2, 4, 11]

[[action_plans]]
adopted = 2014-02-24
start = 2014-01-01
end = 2016-12-31
url = "https://example.se/plan"

[[reports]]
date = 2015-03-01
url = "https://example.se/rapport"

[[goals]]
id = "chefer"
title = "Jämn könsfördelning bland chefer"
articles = [11]
focus = "Makt och inflytande"
due = 2016-12-31

  [goals.indicator]
  kind = "balance"
  min_share = 40

  [[goals.indicator.measurements]]
  date = 2013-06-30
  women = 50
  men = 30

[[goals]]
id = "utbildade"
title = "151 politiker och chefer utbildade"
articles = [1]
achieved = 2016-10-01

  [goals.indicator]
  kind = "level"
  unit = "personer"
  baseline = 0
  target = 151

  [[goals.indicator.measurements]]
  date = 2015-06-30
  value = 80.5

[[activities]]
id = "utbildning-chefer"
title = "Utbildning i jämställdhetsintegrering för chefer"
goals = ["chefer", "utbildade"]
owner = "HR-avdelningen"
start = 2014-03-01
due = 2014-12-31
status = "done"
finished = 2014-11-15
"#;

/// The `cemr` binary with a clean environment: no colour, no CI variables, no date override.
pub(crate) fn cemr() -> assert_cmd::Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("cemr");
    for var in ["CEMR_TODAY", "GITHUB_STEP_SUMMARY", "LANG", "LC_ALL", "LC_MESSAGES", "COLUMNS"] {
        cmd.env_remove(var);
    }
    cmd.env("NO_COLOR", "1");
    cmd
}

/// What a run left behind.
#[derive(Debug)]
pub(crate) struct Run {
    pub(crate) code: i32,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl Run {
    /// Stdout as the one JSON document it must be (any trailing text fails).
    #[track_caller]
    pub(crate) fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!("stdout is not one JSON document ({e}):\n{}\nstderr: {}", self.stdout, self.stderr)
        })
    }
}

/// `cemr -C dir --today TODAY ARGS…`.
pub(crate) fn run_in(dir: &Path, args: &[&str]) -> Run {
    let mut cmd = cemr();
    cmd.arg("-C").arg(dir).args(["--today", TODAY]).args(args);
    finish(&mut cmd)
}

/// Runs a prepared command and collects its exit code and output.
pub(crate) fn finish(cmd: &mut assert_cmd::Command) -> Run {
    let out = cmd.output().expect("cemr runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "cemr panicked: {stderr}");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr,
    }
}

/// `cemr -C dir validate --format json ARGS…`, with the parsed document.
pub(crate) fn validate_json(dir: &Path, args: &[&str]) -> (Run, Value) {
    let mut all = vec!["validate", "--format", "json"];
    all.extend_from_slice(args);
    let run = run_in(dir, &all);
    let json = run.json();
    (run, json)
}

/// One diagnostic of a JSON document, for assertions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) file: String,
    pub(crate) line: u64,
    pub(crate) column: u64,
    pub(crate) severity: String,
    pub(crate) code: String,
    pub(crate) message: String,
}

/// The diagnostics of a `validate --format json` document.
pub(crate) fn diagnostics(doc: &Value) -> Vec<Found> {
    doc["diagnostics"]
        .as_array()
        .expect("a diagnostics array")
        .iter()
        .map(|d| Found {
            file: d["file"].as_str().expect("file").to_owned(),
            line: d["line"].as_u64().expect("line"),
            column: d["column"].as_u64().expect("column"),
            severity: d["severity"].as_str().expect("severity").to_owned(),
            code: d["code"].as_str().expect("code").to_owned(),
            message: d["message"].as_str().expect("message").to_owned(),
        })
        .collect()
}

/// `(file, line, column, code)` of every diagnostic, in output order.
pub(crate) fn positions(doc: &Value) -> Vec<(String, u64, u64, String)> {
    diagnostics(doc).into_iter().map(|d| (d.file, d.line, d.column, d.code)).collect()
}

/// A checked-in fixture folder under `tests/fixtures/`.
pub(crate) fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures").join(name)
}

/// A plan repository in `repo/` of a temporary folder, removed when dropped. The folder
/// around it is outside the repository.
pub(crate) struct TempRepo {
    dir: tempfile::TempDir,
    root: PathBuf,
}

impl TempRepo {
    pub(crate) fn new() -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let root = dir.path().join("repo");
        std::fs::create_dir(&root).expect("create the repository folder");
        Self { dir, root }
    }

    /// The repository root.
    pub(crate) fn path(&self) -> &Path {
        &self.root
    }

    /// A path next to the repository, outside it.
    pub(crate) fn outside(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file (folders created as needed) and returns its path.
    pub(crate) fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.root.join(rel);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("create folders");
        std::fs::write(&path, contents).expect("write a file");
        path
    }
}

//! Helpers shared by the integration tests: run the real binary, build small plan repositories.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::path::{Path, PathBuf};

use serde_json::Value;

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

//! The one set of helpers every integration test uses: run the real binary with a clean
//! environment as of a fixed date, build plan repositories in temporary folders, read JSON.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// Every test runs "as of" this date unless it says otherwise (never the real clock).
pub(crate) const TODAY: &str = "2026-11-24";

/// The `cemr` binary with a clean environment: no colour, no CI variables, no date override,
/// no locale (so English unless the test says otherwise).
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
    /// Asserts the exit code, showing both streams when it differs.
    #[track_caller]
    pub(crate) fn code(&self, expected: i32) -> &Self {
        assert_eq!(self.code, expected, "exit code\nstdout:\n{}\nstderr:\n{}", self.stdout, self.stderr);
        self
    }

    /// Stdout as the one JSON document it must be (any trailing text fails).
    #[track_caller]
    pub(crate) fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!("stdout is not one JSON document ({e}):\n{}\nstderr: {}", self.stdout, self.stderr)
        })
    }
}

/// Runs a prepared command and collects its exit code and output; a panic fails the test.
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

/// `cemr -C dir --today TODAY ARGS…`.
pub(crate) fn run_in(dir: &Path, args: &[&str]) -> Run {
    let mut cmd = cemr();
    cmd.arg("-C").arg(dir).args(["--today", TODAY]).args(args);
    finish(&mut cmd)
}

/// `cemr -C dir validate --format json ARGS…`, with the parsed document.
pub(crate) fn validate_json(dir: &Path, args: &[&str]) -> (Run, Value) {
    let mut all = vec!["validate", "--format", "json"];
    all.extend_from_slice(args);
    let run = run_in(dir, &all);
    let json = run.json();
    (run, json)
}

/// A checked-in fixture folder under `tests/fixtures/`.
pub(crate) fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures").join(name)
}

/// A plan repository in `repo/` of a temporary folder, removed when dropped. The folder around
/// it is outside the repository.
pub(crate) struct Fixture {
    dir: tempfile::TempDir,
    root: PathBuf,
}

impl Fixture {
    /// An empty repository folder.
    pub(crate) fn new() -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let root = dir.path().join("repo");
        std::fs::create_dir(&root).expect("create the repository folder");
        Self { dir, root }
    }

    /// A git repository with a committer configured and nothing committed.
    pub(crate) fn git_repo() -> Self {
        let f = Self::new();
        f.git(&["init", "-q", "-b", "main"]);
        f.git(&["config", "user.name", "Test"]);
        f.git(&["config", "user.email", "test@example.se"]);
        f.git(&["config", "commit.gpgsign", "false"]);
        f
    }

    /// The repository root.
    pub(crate) fn path(&self) -> &Path {
        &self.root
    }

    /// A path inside the repository.
    pub(crate) fn join(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// A path next to the repository, outside it.
    pub(crate) fn outside(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file (folders created as needed) and returns its path.
    pub(crate) fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.join(rel);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("create folders");
        std::fs::write(&path, contents).expect("write a file");
        path
    }

    /// [`Fixture::write`] for building a repository in one expression.
    pub(crate) fn file(self, rel: &str, text: &str) -> Self {
        self.write(rel, text);
        self
    }

    pub(crate) fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.join(rel)).unwrap()
    }

    pub(crate) fn remove(&self, rel: &str) {
        std::fs::remove_file(self.join(rel)).unwrap();
    }

    /// Runs git in the repository; panics with its stderr on failure.
    pub(crate) fn git(&self, args: &[&str]) -> String {
        let out = Command::new("git")
            .args(args)
            .current_dir(self.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_DATE", "2026-01-01T12:00:00Z")
            .env("GIT_COMMITTER_DATE", "2026-01-01T12:00:00Z")
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }

    /// Stages everything and commits.
    pub(crate) fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    /// cemr started in the repository folder (no `-C`), as of [`TODAY`].
    pub(crate) fn cemr(&self, args: &[&str]) -> Run {
        let mut cmd = cemr();
        cmd.current_dir(self.path()).args(["--today", TODAY]).args(args);
        finish(&mut cmd)
    }

    /// `cemr -C <repository> --today <today> ARGS…`, prepared but not run.
    pub(crate) fn command(&self, today: &str, args: &[&str]) -> assert_cmd::Command {
        let mut cmd = cemr();
        cmd.arg("-C").arg(self.path()).args(["--today", today]).args(args);
        cmd
    }

    /// Runs as of `today` and returns (exit code, stdout, stderr).
    pub(crate) fn run(&self, today: &str, args: &[&str]) -> (i32, String, String) {
        let run = finish(&mut self.command(today, args));
        (run.code, run.stdout, run.stderr)
    }

    /// Runs as of `today` with `--format json`, expects `code`, and parses stdout.
    #[track_caller]
    pub(crate) fn json(&self, today: &str, args: &[&str], code: i32) -> Value {
        let mut all = vec!["--format", "json"];
        all.extend_from_slice(args);
        let run = finish(&mut self.command(today, &all));
        run.code(code);
        run.json()
    }

    /// Every path under the repository (files and folders, `.git` left out), sorted; folders
    /// end in `/`.
    pub(crate) fn tree(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![self.path().to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                let rel = path.strip_prefix(self.path()).unwrap().to_string_lossy().replace('\\', "/");
                if rel == ".git" {
                    continue;
                }
                if path.is_dir() && !path.is_symlink() {
                    stack.push(path.clone());
                    out.push(format!("{rel}/"));
                } else {
                    out.push(rel);
                }
            }
        }
        out.sort();
        out
    }
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

/// A valid plan: two goals, two activities, one adopted action plan, as of [`TODAY`] one
/// activity overdue (`lonekartlaggning`, due 2026-06-30).
pub(crate) const LULEA: &str = r#"[signatory]
name = "Luleå kommun"
kind = "municipality"
signed = 2013-03-08
articles = [1, 2, 11]

[[action_plans]]
adopted = 2014-02-24
start = 2014-01-01
end = 2016-12-31

[[goals]]
id = "chefer"
title = "Jämn könsfördelning bland chefer"
articles = [11]
due = 2030-12-31

  [goals.indicator]
  kind = "balance"

  [[goals.indicator.measurements]]
  date = 2013-06-30
  women = 30
  men = 70

[[goals]]
id = "politiker"
title = "Fler kvinnor i nämnderna"
articles = [2]

[[activities]]
id = "utbildning-chefer"
title = "Utbildning för chefer"
goals = ["chefer"]
due = 2026-12-31
status = "ongoing"

[[activities]]
id = "lonekartlaggning"
title = "Lönekartläggning"
goals = ["chefer", "politiker"]
due = 2026-06-30
status = "planned"
"#;

/// `text` with `from` replaced by `to`; panics if `from` is not there.
#[track_caller]
pub(crate) fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} not in the text");
    text.replacen(from, to, 1)
}

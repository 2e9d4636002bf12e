//! Test helpers: a plan repository in a temporary folder, and the binary run on it.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use assert_cmd::Command;

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

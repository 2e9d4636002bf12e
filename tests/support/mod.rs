//! Test fixtures: a temporary folder, optionally a git repository, and the cemr binary run in it.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub(crate) const TODAY: &str = "2026-11-22";

pub(crate) struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    /// An empty folder.
    pub(crate) fn new() -> Self {
        Self { dir: tempfile::tempdir().unwrap() }
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

    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }

    pub(crate) fn join(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub(crate) fn write(&self, rel: &str, text: &str) {
        let path = self.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    pub(crate) fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.join(rel)).unwrap()
    }

    pub(crate) fn remove(&self, rel: &str) {
        std::fs::remove_file(self.join(rel)).unwrap();
    }

    /// Runs git in the folder; panics with its stderr on failure.
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

    /// cemr in the folder, as of [`TODAY`], in English, without colour.
    pub(crate) fn cemr(&self, args: &[&str]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_cemr"))
            .arg("--today")
            .arg(TODAY)
            .args(args)
            .current_dir(self.path())
            .env_remove("CEMR_TODAY")
            .env_remove("GITHUB_STEP_SUMMARY")
            .env("LANG", "C")
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }

    /// Every path under the folder (files and folders, `.git` left out), sorted.
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

pub(crate) struct Run {
    pub(crate) code: i32,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl Run {
    #[track_caller]
    pub(crate) fn code(&self, expected: i32) -> &Self {
        assert_eq!(self.code, expected, "exit code\nstdout:\n{}\nstderr:\n{}", self.stdout, self.stderr);
        self
    }

    pub(crate) fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap()
    }
}

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

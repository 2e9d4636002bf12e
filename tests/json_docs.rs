//! `docs/json.md`'s examples are the binary's real output: every ```json block follows a ```sh
//! block holding the one `cemr …` command that prints it, run in the repository root on the
//! example data (or, for `cemr diff`, in the small git repository [`diff_scenario`] builds), and
//! the two must be the same JSON document.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{Fixture, LULEA, edit, finish};
use serde_json::Value;

/// The `(command, JSON)` pairs of a Markdown text; a JSON block without its command fails.
fn examples(markdown: &str) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    let mut command: Option<String> = None;
    let mut lines = markdown.lines();
    while let Some(line) = lines.next() {
        let Some(lang) = line.strip_prefix("```").filter(|l| !l.is_empty()) else { continue };
        let block: Vec<&str> = lines.by_ref().take_while(|l| !l.starts_with("```")).collect();
        match lang {
            "sh" => {
                command = match block.as_slice() {
                    [one] if one.starts_with("cemr ") => Some((*one).to_owned()),
                    _ => None,
                }
            }
            "json" => {
                let Some(cmd) = command.take() else {
                    panic!("a JSON example without the command that prints it:\n{}", block.join("\n"))
                };
                pairs.push((cmd, block.join("\n")));
            }
            _ => command = None,
        }
    }
    pairs
}

/// A git repository whose last commit holds Luleå's plan; in the working tree an activity is
/// done and article 22 chosen.
fn diff_scenario() -> Fixture {
    let f = Fixture::git_repo();
    f.write("cemr.toml", "[repository]\nname = \"Exempel\"\n");
    f.write("plans/lulea.toml", LULEA);
    f.commit("Luleå");
    let text = edit(LULEA, "status = \"ongoing\"", "status = \"done\"\nfinished = 2026-10-01");
    f.write("plans/lulea.toml", edit(&text, "articles = [1, 2, 11]", "articles = [1, 2, 11, 22]"));
    f
}

#[test]
fn every_json_example_is_what_the_binary_prints() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(root.join("docs/json.md")).unwrap();
    let examples = examples(&doc);
    let scenario = diff_scenario();
    let mut commands = BTreeSet::new();
    for (line, expected) in &examples {
        assert!(line.contains(" --today "), "an example runs as of a fixed day, never the real clock: {line}");
        assert!(!line.contains(['"', '\'', '|', '>']), "keep example commands to plain words: {line}");
        let args: Vec<&str> = line.split_whitespace().skip(1).collect();
        let subcommand = args.iter().find(|a| a.chars().all(|c| c.is_ascii_lowercase())).copied().unwrap_or_default();
        commands.insert(subcommand.to_owned());
        let dir = if subcommand == "diff" { scenario.path() } else { root };
        let run = finish(common::cemr().current_dir(dir).args(&args));
        let expected: Value =
            serde_json::from_str(expected).unwrap_or_else(|e| panic!("the example after `{line}` is not JSON: {e}"));
        let actual = run.json();
        assert!(
            actual == expected,
            "docs/json.md: `{line}` prints (exit {}):\n{}",
            run.code,
            serde_json::to_string_pretty(&actual).unwrap()
        );
    }
    let wanted = ["articles", "deadlines", "diff", "status", "summary", "validate"];
    assert_eq!(commands, wanted.iter().map(|c| (*c).to_owned()).collect(), "one example per JSON-writing command");
}

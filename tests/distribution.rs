//! The project's home and version are written once, in Cargo.toml: the files that cannot read it
//! (install.sh, install.ps1, action.yml, the docs) must agree with it, and the binstall metadata
//! must name the archives scripts/dist.sh makes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");
const VERSION: &str = env!("CARGO_PKG_VERSION");

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn owner_and_name() -> &'static str {
    REPOSITORY.strip_prefix("https://github.com/").expect("repository is a GitHub address")
}

#[test]
fn the_installers_and_the_action_name_the_repository_and_version_of_cargo_toml() {
    let sh = read("install.sh");
    assert!(sh.contains(&format!("\nrepository=\"{REPOSITORY}\"\n")), "install.sh: repository");
    assert!(sh.contains(&format!("\nreleased_version=\"{VERSION}\"\n")), "install.sh: released_version");
    let ps1 = read("install.ps1");
    assert!(ps1.contains(&format!("\n    $Repository = '{REPOSITORY}'\n")), "install.ps1: $Repository");
    assert!(ps1.contains(&format!("\n    $ReleasedVersion = '{VERSION}'\n")), "install.ps1: $ReleasedVersion");
    let action = read("action.yml");
    let input = action.split("\n  version:\n").nth(1).expect("action.yml has the input version");
    let default = input.lines().find_map(|l| l.trim().strip_prefix("default: ")).expect("a default version");
    assert_eq!(default, format!("\"{VERSION}\""), "action.yml: the default of the input version");
}

/// Every address of a repository named cemr, and every `uses:` of an action named cemr, in the
/// files people read or run, is the repository of Cargo.toml.
#[test]
fn every_address_of_cemr_is_the_repository_of_cargo_toml() {
    let mut files = Vec::new();
    collect(Path::new(ROOT), &mut files);
    assert!(files.iter().any(|f| f.ends_with("README.md")) && files.iter().any(|f| f.ends_with("install.sh")));
    let mut wrong = Vec::new();
    let mut seen = 0;
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else { continue };
        for (at, _) in text.match_indices("github.com/") {
            let path = &text[at + "github.com/".len()..];
            let mut parts = path.splitn(3, |c: char| c == '/' || !is_name_char(c));
            let (owner, name) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            if name.trim_end_matches(".git").eq_ignore_ascii_case("cemr") {
                seen += 1;
                if format!("{owner}/{}", name.trim_end_matches(".git")) != owner_and_name() {
                    wrong.push(format!("{}: github.com/{owner}/{name}", file.display()));
                }
            }
        }
        for (at, _) in text.match_indices("uses: ") {
            let used = text[at + "uses: ".len()..].split(['@', '\n', ' ']).next().unwrap_or("");
            if used.rsplit('/').next() == Some("cemr") && used != owner_and_name() {
                wrong.push(format!("{}: uses: {used}", file.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "addresses that are not {REPOSITORY}:\n{}", wrong.join("\n"));
    assert!(seen >= 4, "only {seen} addresses of the repository found: is the scan looking at the right files?");
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-_.".contains(c)
}

/// The text files of the repository, without build output and git's own files.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            if !matches!(name.as_str(), "target" | ".git" | "node_modules" | "corpus" | "artifacts") {
                collect(&path, out);
            }
        } else if [".md", ".sh", ".ps1", ".yml", ".yaml", ".toml", ".rs"].iter().any(|ext| name.ends_with(ext))
            && name != "Cargo.lock"
        {
            out.push(path);
        }
    }
}

/// What `cargo binstall` downloads for each target, by the templates in Cargo.toml, is the
/// archive scripts/dist.sh names for it (and the folder and binary inside it).
#[test]
fn the_binstall_metadata_names_the_release_archives() {
    let manifest: toml::Table = toml::from_str(&read("Cargo.toml")).unwrap();
    let binstall = manifest["package"]["metadata"]["binstall"].as_table().unwrap();
    for (target, os, arch) in [
        ("x86_64-unknown-linux-gnu", "linux", "x86_64"),
        ("x86_64-unknown-linux-musl", "linux", "x86_64"),
        ("aarch64-unknown-linux-gnu", "linux", "aarch64"),
        ("aarch64-unknown-linux-musl", "linux", "aarch64"),
        ("x86_64-apple-darwin", "macos", "x86_64"),
        ("aarch64-apple-darwin", "macos", "aarch64"),
        ("x86_64-pc-windows-msvc", "windows", "x86_64"),
        ("aarch64-pc-windows-msvc", "windows", "aarch64"),
    ] {
        let over = binstall.get("overrides").and_then(|o| o.get(target)).and_then(toml::Value::as_table);
        let field = |key: &str| {
            over.and_then(|o| o.get(key)).or_else(|| binstall.get(key)).and_then(toml::Value::as_str).unwrap()
        };
        let windows = os == "windows";
        let expand = |template: &str| {
            template
                .replace("{ repo }", REPOSITORY)
                .replace("{ name }", "cemr")
                .replace("{ version }", VERSION)
                .replace("{ target-arch }", target.split('-').next().unwrap())
                .replace("{ bin }", "cemr")
                .replace("{ binary-ext }", if windows { ".exe" } else { "" })
        };
        let folder = format!("cemr-{VERSION}-{os}-{arch}");
        let archive = format!("{folder}.{}", if windows { "zip" } else { "tar.gz" });
        assert_eq!(
            expand(field("pkg-url")),
            format!("{REPOSITORY}/releases/download/v{VERSION}/{archive}"),
            "{target}"
        );
        assert_eq!(expand(field("bin-dir")), format!("{folder}/cemr{}", if windows { ".exe" } else { "" }), "{target}");
        assert_eq!(field("pkg-fmt"), if windows { "zip" } else { "tgz" }, "{target}");
    }
}

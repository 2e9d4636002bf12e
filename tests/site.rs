//! `cemr site`: the real binary on the example data and on a repository of hostile text. The
//! same files and `--today` give the same bytes; every internal link leads to a file of the
//! site; plan text stays text; only plain web addresses become links; a folder cemr did not
//! write is left alone without `--force`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::Fixture;

const TODAY: &str = "2026-11-24";

/// Every file of a written site, by its path inside the folder.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let key = path.strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
                out.insert(key, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

/// `cemr -C repo --today TODAY [ARGS] site -o out` → (exit code, stderr).
fn site(repo: &Path, out: &Path, args: &[&str]) -> (i32, String) {
    let output = assert_cmd::Command::cargo_bin("cemr")
        .unwrap()
        .env_remove("CEMR_TODAY")
        .env("LANG", "C")
        .arg("-C")
        .arg(repo)
        .args(["--today", TODAY])
        .args(args)
        .arg("site")
        .arg("-o")
        .arg(out)
        .output()
        .unwrap();
    (output.status.code().unwrap_or(-1), String::from_utf8(output.stderr).unwrap())
}

fn is_page(path: &str) -> bool {
    Path::new(path).extension().is_some_and(|e| e == "html")
}

fn example() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The values of `attribute="…"` in a page.
fn attributes<'a>(page: &'a str, attribute: &str) -> Vec<&'a str> {
    let needle = format!(" {attribute}=\"");
    page.match_indices(&needle)
        .map(|(i, _)| {
            let rest = &page[i + needle.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

/// Every page's links: internal ones lead to a file of the site, the rest are http(s) or mail.
fn check_links(site: &BTreeMap<String, Vec<u8>>) {
    for (path, bytes) in site.iter().filter(|(p, _)| is_page(p)) {
        let page = std::str::from_utf8(bytes).unwrap();
        let folder = Path::new(path).parent().unwrap();
        for link in attributes(page, "href") {
            if link.starts_with("https://") || link.starts_with("http://") || link.starts_with("mailto:") {
                continue;
            }
            assert!(!link.contains(':'), "{path}: a link with a scheme that is not http(s): {link}");
            let target = link.split('#').next().unwrap();
            if target.is_empty() {
                let id = &link[1..];
                assert!(page.contains(&format!("id=\"{id}\"")), "{path}: no #{id}");
                continue;
            }
            let mut resolved = folder.to_path_buf();
            for part in target.split('/') {
                match part {
                    ".." => assert!(resolved.pop(), "{path}: {link} leaves the site"),
                    _ => resolved.push(part),
                }
            }
            let key = resolved.to_string_lossy().replace('\\', "/");
            assert!(site.contains_key(&key), "{path}: {link} leads to no file ({key})");
        }
    }
}

/// What every page is: one h1, lang on html, a skip link, one stylesheet, no script.
fn check_pages(site: &BTreeMap<String, Vec<u8>>, lang: &str) {
    let pages: Vec<_> = site.iter().filter(|(p, _)| is_page(p)).collect();
    assert!(!pages.is_empty());
    for (path, bytes) in pages {
        let page = std::str::from_utf8(bytes).unwrap();
        assert_eq!(page.matches("<h1>").count(), 1, "{path}: one h1");
        assert!(page.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{lang}\">")), "{path}");
        assert!(page.contains("<a class=\"skip\" href=\"#main\">"), "{path}: skip link");
        assert!(!page.to_lowercase().contains("<script"), "{path}: a script");
        assert!(!page.contains(" style=") && !page.contains("<style"), "{path}: styles only in style.css");
        assert_eq!(page.matches("rel=\"stylesheet\"").count(), 1, "{path}");
        check_tags(path, page);
    }
}

/// The elements the site writes; plan text that became markup would add others.
const TAGS: &[&str] = &[
    "!DOCTYPE",
    "html",
    "head",
    "meta",
    "title",
    "link",
    "body",
    "a",
    "header",
    "div",
    "p",
    "nav",
    "ul",
    "li",
    "main",
    "h1",
    "h2",
    "h3",
    "section",
    "dl",
    "dt",
    "dd",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "span",
    "strong",
    "figure",
    "figcaption",
    "br",
    "svg",
    "g",
    "path",
    "line",
    "text",
    "rect",
    "circle",
    "polyline",
    "footer",
];

/// Every tag is one the site writes, with no event handler, no `src` and no `javascript:`.
fn check_tags(path: &str, page: &str) {
    for (i, _) in page.match_indices('<') {
        let tag = &page[i + 1..i + page[i..].find('>').unwrap()];
        let name = tag.trim_start_matches('/').split([' ', '\n']).next().unwrap();
        assert!(TAGS.contains(&name), "{path}: an element the site does not write: <{tag}>");
        // The tag without its attributes' values (which hold escaped text).
        let lower: String = tag.split('"').step_by(2).collect::<String>().to_ascii_lowercase();
        assert!(!lower.contains(" src=") && !lower.contains("javascript:"), "{path}: <{tag}>");
        assert!(!lower.split_whitespace().any(|word| word.starts_with("on") && word.contains('=')), "{path}: <{tag}>");
    }
}

#[test]
fn the_example_site_is_complete_deterministic_and_its_links_resolve() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    assert_eq!(
        site(&example(), &a, &["--lang", "sv"]),
        (0, format!("Webbplatsen finns i {}: 28 sidor.\n", a.display()))
    );
    assert_eq!(site(&example(), &b, &["--lang", "sv", "--quiet"]), (0, String::new()));
    let (first, second) = (files(&a), files(&b));
    assert_eq!(first, second, "the same files and --today give the same bytes");
    for page in [
        "index.html",
        "articles.html",
        "accessibility.html",
        "style.css",
        "groups/norrbotten.html",
        "signatories/lulea.html",
        "signatories/lulea.ics",
        "deadlines.ics",
        ".cemr-site",
    ] {
        assert!(first.contains_key(page), "{page} is missing");
    }
    check_pages(&first, "sv");
    check_links(&first);
    let lulea = String::from_utf8(first["signatories/lulea.html"].clone()).unwrap();
    assert!(lulea.contains("<h1>Luleå kommun</h1>"));
    assert!(lulea.contains("<svg") && lulea.contains("Diagrammets siffror"), "a goal's chart and its table");
    assert!(lulea.contains("<th scope=\"row\">2014-10-20</th><td class=\"n\">28</td><td class=\"n\">33</td><td class=\"n\">45,9\u{a0}%</td><td>ja</td>"));
    let start = String::from_utf8(first["index.html"].clone()).unwrap();
    let alvsbyn = start.find("Älvsbyns kommun").unwrap();
    assert!(
        start.find("Vännäs kommun").unwrap() < alvsbyn && alvsbyn < start.find("Överkalix kommun").unwrap(),
        "Swedish order"
    );
    let statement = String::from_utf8(first["accessibility.html"].clone()).unwrap();
    assert!(
        statement.contains("<h1>Tillgänglighetsredogörelse</h1>")
            && statement.contains("https://www.digg.se/tdosanmalan")
    );
}

#[test]
fn hostile_plan_text_stays_text_and_only_web_addresses_become_links() {
    let hostile = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";
    let name = hostile;
    let plan = format!(
        "[signatory]\nname = {name:?}\nkind = \"municipality\"\nsigned = 2020-01-01\narticles = [1]\n\
         groups = [{name:?}]\nsources = [\"javascript:alert(3)\", \"https://example.se/källa\", \"https://x.se/\\\"onmouseover=alert(4)\"]\n\
         [[action_plans]]\nadopted = 2021-01-01\nurl = \"javascript:alert(5)\"\n\
         [[reports]]\ndate = 2022-01-01\nurl = \"https://example.se/report.pdf\"\n\
         [[goals]]\nid = \"g\"\ntitle = {name:?}\narticles = [1]\ndue = 2999-12-31\n\
         [goals.indicator]\nkind = \"level\"\nbaseline = 0\ntarget = 100\nunit = {name:?}\n\
         [[goals.indicator.measurements]]\ndate = 2023-06-30\nvalue = 40\n\
         [[activities]]\nid = \"a\"\ntitle = {name:?}\nowner = {name:?}\nstatus = \"planned\"\ndue = 2999-01-01\n"
    );
    let repo = Fixture::new()
        .file("cemr.toml", &format!("[repository]\nname = {hostile:?}\n[site]\ncontact = \"https://example.se/kontakt\"\nstatement_date = 2026-01-01\n"))
        .file("plans/evil.toml", &plan);
    let out = repo.path().join("public");
    let (code, stderr) = site(repo.path(), &out, &[]);
    assert!(code == 0 || code == 1, "{stderr}");
    let site = files(&out);
    check_pages(&site, "en");
    check_links(&site);
    for (path, bytes) in site.iter().filter(|(p, _)| is_page(p)) {
        let page = std::str::from_utf8(bytes).unwrap();
        assert!(!page.contains("<img"), "{path}: plan text became markup");
        for href in attributes(page, "href") {
            assert!(!href.contains("javascript") && !href.contains("alert"), "{path}: {href}");
        }
    }
    let page = String::from_utf8(site["signatories/evil.html"].clone()).unwrap();
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img"), "the text is shown, escaped");
    assert!(page.contains("<a href=\"https://example.se/report.pdf\">"), "a plain address is a link");
    assert!(page.contains("<li>javascript:alert(3)</li>"), "any other address is text");
    let statement = String::from_utf8(site["accessibility.html"].clone()).unwrap();
    assert!(statement.contains("<a href=\"https://example.se/kontakt\">") && statement.contains("2026-01-01"));
}

#[test]
fn a_folder_cemr_did_not_write_is_left_alone_unless_forced() {
    let repo = Fixture::new().file("plans/a.toml", "[signatory]\nname = \"A\"\nkind = \"municipality\"\n");
    let out = repo.path().join("docs");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("mine.txt"), "keep me").unwrap();
    let (code, stderr) = site(repo.path(), &out, &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("did not write") && stderr.contains("--force"), "{stderr}");
    assert_eq!(std::fs::read_to_string(out.join("mine.txt")).unwrap(), "keep me");
    assert_eq!(files(&out).len(), 1, "nothing was added");

    assert_eq!(site(repo.path(), &out, &["--force"]).0, 0);
    assert!(!out.join("mine.txt").exists() && out.join("index.html").is_file());
    // A folder cemr site wrote is replaced whole without --force: nothing stale stays.
    std::fs::write(out.join("signatories/old.html"), "stale").unwrap();
    assert_eq!(site(repo.path(), &out, &[]).0, 0);
    assert!(!out.join("signatories/old.html").exists());
    // Links in the old site are removed with it, never followed (its files are removed on
    // several threads before the folders).
    #[cfg(unix)]
    {
        let outside = repo.path().join("outside");
        std::fs::create_dir_all(outside.join("deep")).unwrap();
        std::fs::write(outside.join("deep/keep.txt"), "keep me").unwrap();
        std::os::unix::fs::symlink(&outside, out.join("signatories/link")).unwrap();
        std::os::unix::fs::symlink(outside.join("deep/keep.txt"), out.join("groups-link.txt")).unwrap();
        assert_eq!(site(repo.path(), &out, &[]).0, 0);
        assert!(!out.join("signatories/link").exists() && !out.join("groups-link.txt").exists());
        assert_eq!(std::fs::read_to_string(outside.join("deep/keep.txt")).unwrap(), "keep me");
    }
    let beside: Vec<_> = std::fs::read_dir(repo.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(beside.iter().all(|n| !n.to_string_lossy().contains(".cemr-")), "no temporary folder is left: {beside:?}");
    // A file where the folder should be is refused even so.
    let file = repo.path().join("file");
    std::fs::write(&file, "x").unwrap();
    assert_eq!(site(repo.path(), &file, &["--force"]).0, 2);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "x");
}

#[test]
fn without_a_contact_the_statement_says_what_is_missing() {
    let repo = Fixture::new().file("plans/a.toml", "[signatory]\nname = \"A\"\nkind = \"municipality\"\n");
    let out = repo.path().join("site");
    assert_eq!(site(repo.path(), &out, &[]).0, 0);
    let statement = std::fs::read_to_string(out.join("accessibility.html")).unwrap();
    assert!(
        statement.contains("Contact details are missing")
            && statement.contains("The date of this statement is missing")
    );
    // The default folder is site/ in the repository.
    let output = assert_cmd::Command::cargo_bin("cemr")
        .unwrap()
        .arg("-C")
        .arg(repo.path())
        .args(["--today", TODAY, "-q", "site", "--force"])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(out.join("index.html").is_file());
}

/// Two files with one id (an error `validate` reports) still give a site: the signatory's feed
/// holds both files' deadlines, every UID of the repository's feed is unique, and the same
/// files give the same bytes.
#[test]
fn two_files_with_one_id_share_one_feed_with_unique_uids() {
    let plan = |name: &str, activity: &str, due: &str| {
        format!(
            "[signatory]\nname = \"{name}\"\nkind = \"municipality\"\nsigned = 2020-01-01\n\n\
             [[activities]]\nid = \"{activity}\"\ntitle = \"Utbildning\"\nstart = 2021-01-01\ndue = {due}\n\
             status = \"ongoing\"\n\n[[activities]]\nid = \"samma\"\ntitle = \"Samma id i båda\"\n\
             start = 2021-01-01\ndue = 2022-03-01\nstatus = \"ongoing\"\n"
        )
    };
    let repo = Fixture::new()
        .file("plans/norr/x.toml", &plan("X norr", "kurs-norr", "2022-05-01"))
        .file("plans/syd/x.toml", &plan("X syd", "kurs-syd", "2022-01-15"));
    let (first, second) = (repo.path().join("site-1"), repo.path().join("site-2"));
    let (code, stderr) = site(repo.path(), &first, &[]);
    assert_eq!(code, 1, "the shared id is an error: {stderr}");
    assert_eq!(site(repo.path(), &second, &[]).0, 1);
    assert_eq!(files(&first), files(&second), "the same files give the same bytes");

    let feed = std::fs::read_to_string(first.join("signatories/x.ics")).unwrap();
    let whole = std::fs::read_to_string(first.join("deadlines.ics")).unwrap();
    let uids = |feed: &str| -> Vec<String> {
        feed.lines().filter_map(|l| l.strip_prefix("UID:")).map(str::to_owned).collect()
    };
    let activities =
        |feed: &str| -> Vec<String> { uids(feed).into_iter().filter(|uid| uid.contains("/activity/")).collect() };
    // Both files' activities, soonest first; the repeated item numbered in that order.
    let expected = ["x/activity/kurs-syd@", "x/activity/samma@", "x/activity/samma@", "x/activity/kurs-norr@"];
    let found = activities(&feed);
    assert_eq!(found.len(), expected.len(), "{found:?}");
    for (uid, start) in found.iter().zip(expected) {
        assert!(uid.starts_with(start), "{found:?}");
    }
    assert_eq!(activities(&whole), found, "the repository's feed lists the same events");
    let mut unique = uids(&whole);
    let count = unique.len();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), count, "every UID of the repository's feed is unique");
    assert!(found[2].ends_with("/2"), "{found:?}");
    // The page and the feed are the first file's (by path).
    let page = std::fs::read_to_string(first.join("signatories/x.html")).unwrap();
    assert!(page.contains("<h1>X norr</h1>"), "{page}");
    assert!(feed.contains("X-WR-CALNAME:X norr"), "{feed}");
}

//! Issue 17, item by item: nothing lost (concurrent edits, recorded facts, file modes, `-o`
//! onto special files), nothing written outside the repository, no near-hangs, no silent passes,
//! git and calendar edge cases. Each test drives the real binary and is named after its item.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Fixture, Run, cemr, finish};

const PLAN: &str = "plans/norrbotten/lulea.toml";
const LULEA: &str = include_str!("fixtures/edit/plans/norrbotten/lulea.toml");
const TODAY: &str = "2025-06-30";

/// A repository with the editing fixture (lulea, with goals `chefer` and `utbildade` and
/// activities `utbildning-chefer`, `lonekartlaggning` (done 2014-11-15) and `statistik`).
fn lulea() -> Fixture {
    let repo = Fixture::new();
    repo.write("cemr.toml", "[repository]\nname = \"Test\"\n");
    repo.write(PLAN, LULEA);
    repo
}

/// `cemr -C repo --today TODAY ARGS…`.
fn run(dir: &Path, args: &[&str]) -> Run {
    let mut cmd = cemr();
    cmd.arg("-C").arg(dir).args(["--today", TODAY]).args(args);
    finish(&mut cmd)
}

/// The same, not yet started (for many at once).
fn spawn(dir: &Path, args: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_cemr"))
        .arg("-C")
        .arg(dir)
        .args(["--today", TODAY, "--color", "never"])
        .args(args)
        .env_remove("CEMR_TODAY")
        .env("LANG", "C")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits for every child; returns each one's exit code and stderr.
fn wait_all(children: Vec<std::process::Child>) -> Vec<(i32, String)> {
    children
        .into_iter()
        .map(|child| {
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
            assert!(!stderr.contains("panicked"), "{stderr}");
            (out.status.code().unwrap_or(-1), stderr)
        })
        .collect()
}

/// Runs `cmd` (stdout captured, stderr dropped) and returns its exit status and stdout, or
/// kills it and returns `None` when it runs longer than `limit`: a hang fails the test.
fn within(limit: Duration, cmd: &mut Command) -> Option<(std::process::ExitStatus, String)> {
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut text).unwrap();
        text
    });
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return Some((status, reader.join().unwrap()));
        }
        if start.elapsed() > limit {
            child.kill().unwrap();
            child.wait().unwrap();
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Reads a FIFO on another thread; [`Fifo::received`] waits at most 30 s for what was written.
#[cfg(unix)]
struct Fifo(std::sync::mpsc::Receiver<String>);

#[cfg(unix)]
impl Fifo {
    fn open(path: &Path) -> Self {
        let (send, receive) = std::sync::mpsc::channel();
        let path = path.to_path_buf();
        std::thread::spawn(move || send.send(std::fs::read_to_string(path).unwrap_or_default()));
        Self(receive)
    }

    #[track_caller]
    fn received(&self) -> String {
        self.0.recv_timeout(Duration::from_secs(30)).expect("nothing was written into the FIFO")
    }
}

fn read(repo: &Fixture, rel: &str) -> String {
    std::fs::read_to_string(repo.path().join(rel)).unwrap()
}

/// Every file under `dir`, relative and sorted (hidden ones too).
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() && !path.is_symlink() {
                stack.push(path);
            } else {
                out.push(path.strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

#[track_caller]
fn assert_valid(repo: &Fixture) {
    let check = run(repo.path(), &["validate"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
}

// --- 1. Concurrent edits -------------------------------------------------------------------

#[test]
fn item_01_many_parallel_measures_keep_every_measurement() {
    let repo = lulea();
    let dates: Vec<String> =
        (0..40).map(|i| format!("20{:02}-0{}-{:02}", 15 + i / 28 % 8, 1 + i % 9, 1 + i % 28)).collect();
    let children: Vec<_> = dates
        .iter()
        .enumerate()
        .map(|(i, date)| {
            spawn(repo.path(), &["measure", "lulea", "utbildade", "--date", date, "--value", &i.to_string()])
        })
        .collect();
    for (code, stderr) in wait_all(children) {
        assert_eq!(code, 0, "{stderr}");
    }
    let text = read(&repo, PLAN);
    for date in &dates {
        assert!(text.contains(&format!("date = {date}")), "measurement {date} lost:\n{text}");
    }
    assert_eq!(text.matches("[[goals.indicator.measurements]]").count(), 41, "{text}");
    assert_valid(&repo);
    assert_eq!(files(repo.path()), ["cemr.toml", PLAN], "no lock or temporary file is left");
}

#[test]
fn item_01_different_edits_at_once_all_land() {
    let repo = lulea();
    let mut children = Vec::new();
    for i in 0..12 {
        let date = format!("2016-0{}-1{}", 1 + i % 9, i % 10);
        children.push(spawn(
            repo.path(),
            &["measure", "lulea", "chefer", "--date", &date, "--women", "5", "--men", &i.to_string()],
        ));
    }
    children.push(spawn(repo.path(), &["done", "lulea", "utbildning-chefer", "--date", "2015-01-02"]));
    children.push(spawn(repo.path(), &["start", "lulea", "statistik", "--date", "2015-02-03"]));
    children.push(spawn(repo.path(), &["report", "lulea", "--date", "2016-03-01"]));
    children.push(spawn(repo.path(), &["sign", "lulea", "--date", "2013-03-08"]));
    for (code, stderr) in wait_all(children) {
        assert_eq!(code, 0, "{stderr}");
    }
    let text = read(&repo, PLAN);
    assert_eq!(text.matches("[[goals.indicator.measurements]]").count(), 13, "{text}");
    assert!(text.contains("finished = 2015-01-02"), "{text}");
    assert!(text.contains("start = 2015-02-03"), "{text}");
    assert!(text.contains("date = 2016-03-01"), "{text}");
    assert!(text.contains("signed = 2013-03-08"), "{text}");
    assert_valid(&repo);
}

/// A hand edit saved after cemr read the file and before it renames its new version into place
/// is not overwritten: cemr sees the change, reads the file again and applies its edit to it.
/// (The pause is a debug-build test hook, `CEMR_DEBUG_PAUSE_BEFORE_REPLACE`.)
#[cfg(debug_assertions)]
#[test]
fn item_01_a_hand_edit_saved_during_an_edit_is_kept() {
    let repo = lulea();
    let signals = tempfile::tempdir().unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_cemr"))
        .arg("-C")
        .arg(repo.path())
        .args(["--today", TODAY, "measure", "lulea", "utbildade", "--date", "2015-06-30", "--value", "80"])
        .env("CEMR_DEBUG_PAUSE_BEFORE_REPLACE", signals.path())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let paused = signals.path().join("paused");
    let start = Instant::now();
    while !paused.exists() {
        assert!(start.elapsed() < Duration::from_mins(1), "cemr never reached the write");
        std::thread::sleep(Duration::from_millis(10));
    }
    // An editor saves the file: a new version renamed into place.
    let hand = read(&repo, PLAN).replace("# end of file", "# end of file (edited by hand)");
    std::fs::write(repo.path().join("plans/norrbotten/.lulea.toml.editor"), &hand).unwrap();
    std::fs::rename(repo.path().join("plans/norrbotten/.lulea.toml.editor"), repo.path().join(PLAN)).unwrap();
    std::fs::write(signals.path().join("resume"), "").unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let text = read(&repo, PLAN);
    assert!(text.contains("(edited by hand)"), "the hand edit was lost:\n{text}");
    assert!(text.contains("date = 2015-06-30\n  value = 80"), "the measurement was lost:\n{text}");
    assert_valid(&repo);
}

#[test]
fn item_01_parallel_new_with_one_id_creates_one_file() {
    let repo = Fixture::new();
    repo.write("cemr.toml", "[repository]\nname = \"Test\"\n");
    let children: Vec<_> = (0..20)
        .map(|i| spawn(repo.path(), &["new", "same", "--name", "Samma kommun", "--group", &format!("g{i}")]))
        .collect();
    let codes: Vec<i32> = wait_all(children).into_iter().map(|(code, _)| code).collect();
    assert_eq!(codes.iter().filter(|&&c| c == 0).count(), 1, "{codes:?}");
    assert_eq!(codes.iter().filter(|&&c| c == 2).count(), 19, "{codes:?}");
    let plans: Vec<String> = files(repo.path()).into_iter().filter(|f| f.ends_with("same.toml")).collect();
    assert_eq!(plans.len(), 1, "{plans:?}");
    assert_eq!(files(repo.path()).len(), 2, "no lock or temporary file is left: {:?}", files(repo.path()));
}

// --- 2. Recorded facts ---------------------------------------------------------------------

#[test]
fn item_02_a_finished_activity_keeps_its_outcome_unless_forced() {
    let repo = lulea();
    for args in [
        &["cancel", "lulea", "lonekartlaggning"][..],
        &["start", "lulea", "lonekartlaggning"],
        &["done", "lulea", "lonekartlaggning", "--date", "2015-01-01"],
    ] {
        let out = run(repo.path(), args);
        assert_eq!(out.code, 1, "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains("done") && out.stderr.contains("2014-11-15"), "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains("--force"), "{}", out.stderr);
        assert_eq!(read(&repo, PLAN), LULEA, "{args:?} changed the file");
    }
    let forced = run(repo.path(), &["--force", "cancel", "lulea", "lonekartlaggning", "--date", "2015-01-01"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert!(read(&repo, PLAN).contains("status = \"cancelled\"\nfinished = 2015-01-01"));
    // Cancelled is finished too.
    let again = run(repo.path(), &["done", "lulea", "lonekartlaggning"]);
    assert_eq!(again.code, 1, "{}", again.stderr);
    assert!(again.stderr.contains("cancelled") && again.stderr.contains("2015-01-01"), "{}", again.stderr);
}

// --- 3. File modes -------------------------------------------------------------------------

#[cfg(unix)]
#[test]
fn item_03_a_read_only_plan_is_not_rewritten() {
    use std::os::unix::fs::PermissionsExt as _;
    let repo = lulea();
    let path = repo.path().join(PLAN);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let out = run(repo.path(), &["measure", "lulea", "utbildade", "--date", "2015-06-30", "--value", "80"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("read-only"), "{}", out.stderr);
    assert_eq!(read(&repo, PLAN), LULEA);
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o444);
}

#[cfg(unix)]
#[test]
fn item_03_the_new_version_keeps_mode_owner_and_group() {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    let repo = lulea();
    let path = repo.path().join(PLAN);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    // Another group: as root any, else one of the user's other groups (if any).
    let before = std::fs::metadata(&path).unwrap();
    let other_group = if before.uid() == 0 { Some(65534) } else { other_group_of_user(before.gid()) };
    if let Some(gid) = other_group {
        std::os::unix::fs::chown(&path, None, Some(gid)).unwrap();
    }
    let before = std::fs::metadata(&path).unwrap();
    let out = run(repo.path(), &["measure", "lulea", "utbildade", "--date", "2015-06-30", "--value", "80"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let after = std::fs::metadata(&path).unwrap();
    assert_ne!(after.ino(), before.ino(), "the file was replaced, not written in place");
    assert_eq!(after.permissions().mode() & 0o7777, 0o640);
    assert_eq!((after.uid(), after.gid()), (before.uid(), before.gid()));
}

#[cfg(unix)]
fn other_group_of_user(primary: u32) -> Option<u32> {
    let out = Command::new("id").arg("-G").output().ok()?;
    String::from_utf8_lossy(&out.stdout).split_whitespace().filter_map(|g| g.parse().ok()).find(|&g| g != primary)
}

// --- 4. -o onto what is not a regular file -------------------------------------------------

#[cfg(unix)]
#[test]
fn item_04_output_into_a_fifo_writes_through() {
    let repo = lulea();
    let fifo = repo.outside("fifo");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let reader = Fifo::open(&fifo);
    let out = run(repo.path(), &["status", "--format", "json", "-o", fifo.to_str().unwrap(), "--force"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(), "the FIFO was replaced");
    assert!(reader.received().starts_with("{\n  \"today\""));
    // Without --force too: writing into a FIFO overwrites nothing.
    let reader = Fifo::open(&fifo);
    let out = run(repo.path(), &["status", "--format", "json", "-o", fifo.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(reader.received().starts_with("{\n  \"today\""));
}

#[cfg(unix)]
use std::os::unix::fs::FileTypeExt as _;

#[cfg(unix)]
#[test]
fn item_04_output_through_a_link_keeps_the_link() {
    let repo = lulea();
    let target = repo.outside("report.json");
    std::fs::write(&target, "old").unwrap();
    let link = repo.outside("link.json");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let refused = run(repo.path(), &["status", "-o", link.to_str().unwrap()]);
    assert_eq!(refused.code, 2, "an existing file needs --force: {}", refused.stderr);
    let out = run(repo.path(), &["status", "-o", link.to_str().unwrap(), "--force"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link was replaced");
    assert!(std::fs::read_to_string(&target).unwrap().starts_with("{\n  \"today\""));
}

#[cfg(unix)]
#[test]
fn item_04_output_onto_dev_null_keeps_the_device() {
    let repo = lulea();
    let out = run(repo.path(), &["status", "--format", "json", "-o", "/dev/null", "--force"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(std::fs::metadata("/dev/null").unwrap().file_type().is_char_device());
}

// --- 5. Writes stay inside the repository --------------------------------------------------

#[cfg(unix)]
#[test]
fn item_05_new_into_a_group_folder_linked_outside_is_refused() {
    let repo = Fixture::new();
    repo.write("cemr.toml", "");
    let outside = repo.outside("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::create_dir_all(repo.path().join("plans")).unwrap();
    std::os::unix::fs::symlink(&outside, repo.path().join("plans/evil")).unwrap();
    let out = run(repo.path(), &["new", "foo", "--name", "F", "--group", "evil"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("outside the repository"), "{}", out.stderr);
    assert!(std::fs::read_dir(&outside).unwrap().next().is_none(), "wrote outside the repository");
}

#[cfg(unix)]
#[test]
fn item_05_new_when_plans_links_outside_is_refused() {
    let repo = Fixture::new();
    repo.write("cemr.toml", "");
    let outside = repo.outside("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::os::unix::fs::symlink(&outside, repo.path().join("plans")).unwrap();
    for args in [&["new", "foo", "--name", "F"][..], &["new", "foo", "--name", "F", "--group", "g"]] {
        let out = run(repo.path(), args);
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert!(out.stderr.contains("outside the repository"), "{}", out.stderr);
    }
    assert!(std::fs::read_dir(&outside).unwrap().next().is_none(), "wrote outside the repository");
}

#[cfg(unix)]
#[test]
fn item_05_init_does_not_write_through_a_link_outside() {
    let dir = Fixture::new();
    let outside = dir.outside("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::os::unix::fs::symlink(&outside, dir.path().join("plans")).unwrap();
    let out = finish(cemr().arg("init").arg(dir.path()));
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(std::fs::read_dir(&outside).unwrap().next().is_none(), "wrote outside the repository");
    assert!(!dir.path().join("cemr.toml").exists(), "all or nothing");
}

#[cfg(unix)]
#[test]
fn item_05_an_edit_through_a_link_inside_the_repository_keeps_the_link() {
    let repo = lulea();
    std::fs::create_dir_all(repo.path().join("shared")).unwrap();
    std::fs::rename(repo.path().join(PLAN), repo.path().join("shared/lulea.toml")).unwrap();
    std::os::unix::fs::symlink("../../shared/lulea.toml", repo.path().join(PLAN)).unwrap();
    let out = run(repo.path(), &["measure", "lulea", "utbildade", "--date", "2015-06-30", "--value", "80"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(std::fs::symlink_metadata(repo.path().join(PLAN)).unwrap().file_type().is_symlink());
    assert!(read(&repo, "shared/lulea.toml").contains("value = 80"));
}

// --- 6. Long cells -------------------------------------------------------------------------

/// A plan whose name and goal title are each `len` bytes long.
fn long_cells(len: usize) -> Fixture {
    let repo = Fixture::new();
    let (name, title) = ("N".repeat(len), "T".repeat(len));
    repo.write(
        "plans/big.toml",
        format!(
            "[signatory]\nname = \"{name}\"\nkind = \"municipality\"\nsigned = 2013-01-01\narticles = [1]\n\n\
             [[goals]]\nid = \"g\"\ntitle = \"{title}\"\narticles = [1]\ndue = 2014-01-01\n"
        ),
    );
    repo
}

#[test]
fn item_06_long_cells_are_cut_in_every_table() {
    let repo = long_cells(100_000);
    for args in [&["status"][..], &["status", "big"], &["deadlines"], &["articles"]] {
        let out = run(repo.path(), args);
        assert!(out.code <= 1, "{args:?}: {}", out.stderr);
        assert!(out.stdout.len() < 20_000, "{args:?}: {} bytes", out.stdout.len());
        if args != ["articles"] {
            assert!(out.stdout.contains("NNN…"), "{args:?}: {}", out.stdout);
        }
    }
    // Machine formats keep the whole text.
    let json = run(repo.path(), &["status", "--format", "json"]);
    assert!(json.stdout.contains(&"N".repeat(100_000)));
}

/// In a terminal the table is laid out to its width: with a megabyte cell that took minutes.
/// Run in a pseudo-terminal (`script`) under a generous timeout, so that a return of the slow
/// layout fails here instead of hanging CI.
#[cfg(unix)]
#[test]
fn item_06_megabyte_cells_in_a_terminal_do_not_hang() {
    let repo = long_cells(1 << 20);
    let dir = repo.path().to_str().unwrap();
    for command in ["deadlines --fail-on-overdue", "status", "status big"] {
        let line =
            format!("COLUMNS=80 '{}' -C '{dir}' --today {TODAY} --color never {command}", env!("CARGO_BIN_EXE_cemr"));
        let mut script = Command::new("script");
        script.args(["-qec", &line, "/dev/null"]).stdin(Stdio::null());
        let (status, text) = within(Duration::from_mins(1), &mut script)
            .unwrap_or_else(|| panic!("`cemr {command}` in a terminal took over a minute"));
        assert!(status.code().is_some_and(|c| c <= 1), "{command}: {status:?}\n{text}");
        assert!(text.contains('…'), "{command}: {text}");
        assert!(text.len() < 100_000, "{command}: {} bytes for a few cells", text.len());
    }
}

// --- 7. Huge arrays ------------------------------------------------------------------------

/// A 10 MB file with an array of five million entries is one finding, and reading it stays
/// within a memory budget: its peak resident memory, sampled from /proc while it runs, was
/// 1.1 GB (the entries kept, and the parser's events in full); the bound is 700 MB.
#[cfg(target_os = "linux")]
#[test]
fn item_07_a_huge_array_is_one_finding_within_bounded_memory() {
    let repo = Fixture::new();
    let entries = vec!["1"; 4_999_980].join(",");
    repo.write(
        "plans/big.toml",
        format!("[signatory]\nname = \"X\"\nkind = \"municipality\"\narticles = [{entries}]\n"),
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_cemr"))
        .arg("-C")
        .arg(repo.path())
        .args(["--today", TODAY, "--lang", "en", "validate", "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut text).unwrap();
        text
    });
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0_u64;
    let status = loop {
        if let Some(kb) = std::fs::read_to_string(&status_file).ok().and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        }) {
            peak_kb = peak_kb.max(kb);
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    assert_eq!(status.code(), Some(1));
    assert!(peak_kb > 0, "no memory figure read from {status_file}");
    assert!(peak_kb < 700_000, "peak resident memory {peak_kb} kB");
    let doc: serde_json::Value = serde_json::from_str(&reader.join().unwrap()).unwrap();
    let found = common::diagnostics(&doc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].code, "too-many-entries");
    assert_eq!((found[0].line, found[0].column), (4, 12));
    assert!(found[0].message.contains("4999980") && found[0].message.contains("10000"), "{}", found[0].message);
}

// --- 8. A folder that is no repository ----------------------------------------------------

#[test]
fn item_08_a_folder_without_cemr_toml_or_plans_is_not_a_repository() {
    let dir = Fixture::new();
    for args in [&["deadlines", "--fail-on-overdue"][..], &["status"], &["summary"], &["validate"]] {
        let out = run(dir.path(), args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains("cemr.toml") && out.stderr.contains("plans"), "{}", out.stderr);
    }
    // A missing folder too.
    let out = run(&dir.outside("nowhere"), &["status"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
}

// --- 9. CEMR_TODAY that is not UTF-8 ------------------------------------------------------

#[cfg(unix)]
#[test]
fn item_09_cemr_today_with_invalid_bytes_is_refused() {
    use std::os::unix::ffi::OsStrExt as _;
    let repo = lulea();
    let mut cmd = cemr();
    cmd.env("CEMR_TODAY", std::ffi::OsStr::from_bytes(b"\xff")).arg("-C").arg(repo.path()).arg("status");
    let out = finish(&mut cmd);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("CEMR_TODAY"), "{}", out.stderr);
}

// --- 10. A plans folder that is not a folder -----------------------------------------------

fn validate_codes(dir: &Path) -> (i32, Vec<(String, String)>) {
    let out = run(dir, &["validate", "--format", "json"]);
    let found = common::diagnostics(&out.json()).into_iter().map(|d| (d.file, d.code)).collect();
    (out.code, found)
}

#[test]
fn item_10_plans_that_is_a_file_is_an_error() {
    let repo = Fixture::new();
    repo.write("cemr.toml", "");
    repo.write("plans", "not a folder");
    assert_eq!(validate_codes(repo.path()), (1, vec![("plans".to_owned(), "unreadable-file".to_owned())]));
}

#[cfg(unix)]
#[test]
fn item_10_plans_that_is_a_fifo_or_a_looping_link_is_an_error() {
    let repo = Fixture::new();
    repo.write("cemr.toml", "");
    assert!(Command::new("mkfifo").arg(repo.path().join("plans")).status().unwrap().success());
    assert_eq!(validate_codes(repo.path()), (1, vec![("plans".to_owned(), "unreadable-file".to_owned())]));
    std::fs::remove_file(repo.path().join("plans")).unwrap();
    std::os::unix::fs::symlink("plans", repo.path().join("plans")).unwrap();
    assert_eq!(validate_codes(repo.path()), (1, vec![("plans".to_owned(), "symlink-loop".to_owned())]));
}

#[cfg(unix)]
#[test]
fn item_10_a_link_up_to_the_root_is_a_loop_at_the_first_level() {
    let repo = lulea();
    std::os::unix::fs::symlink("..", repo.path().join("plans/up")).unwrap();
    std::os::unix::fs::symlink("../..", repo.path().join("plans/norrbotten/top")).unwrap();
    let (code, found) = validate_codes(repo.path());
    assert_eq!(code, 1);
    assert_eq!(
        found,
        [
            ("plans/norrbotten/top".to_owned(), "symlink-loop".to_owned()),
            ("plans/up".to_owned(), "symlink-loop".to_owned())
        ]
    );
}

// --- 11. Hostile Markdown -----------------------------------------------------------------

/// Lulea with an activity owner `@owner`, an indicator unit `@evil` (with a measurement, so
/// that it is shown), a team `@org/team` in a title, and U+2028 / U+2029 in the title of an
/// overdue activity.
fn hostile() -> Fixture {
    let repo = lulea();
    let text = LULEA
        .replace("owner = \"HR-avdelningen\"", "owner = \"@owner\"")
        .replace("unit = \"personer\"", "unit = \"@evil\"")
        .replace(
            "  target = 151\n",
            "  target = 151\n\n  [[goals.indicator.measurements]]\n  date = 2014-06-30\n  value = 20\n",
        )
        .replace("title = \"Lönekartläggning\"", "title = \"Lönekartläggning (@org/team)\"")
        .replace(" för chefer\"\ngoals", "\u{2028}för chefer\u{2029}\"\ngoals");
    repo.write(PLAN, text);
    repo
}

/// Where GitHub would see a mention: `@` and a name character, at the start or after a
/// character that is not ASCII alphanumeric or `_` (as GitHub's mention filter reads text).
fn mentions(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        let after_word = i > 0 && (chars[i - 1].is_ascii_alphanumeric() || chars[i - 1] == '_');
        if *c == '@' && !after_word && chars.get(i + 1).is_some_and(char::is_ascii_alphanumeric) {
            found.push(chars[i.saturating_sub(10)..(i + 10).min(chars.len())].iter().collect());
        }
    }
    found
}

/// In every Markdown output, plan text with `@name` mentions no one: a word joiner (U+2060)
/// after the `@` keeps GitHub from linking (and notifying) the account, and the text still
/// reads `@owner`. An e-mail address (`a@b.se`) is left as it is.
#[test]
fn item_11_markdown_mentions_no_one() {
    let repo = hostile();
    let outputs = [
        &["status", "lulea", "--format", "markdown"][..],
        &["deadlines", "--format", "markdown"],
        &["summary", "--quarter", "2015Q1", "--format", "markdown"],
    ];
    for args in outputs {
        let out = run(repo.path(), args);
        assert!(out.code <= 1, "{args:?}: {}", out.stderr);
        assert!(mentions(&out.stdout).is_empty(), "{args:?}: {:?}\n{}", mentions(&out.stdout), out.stdout);
        assert!(out.stdout.contains("@\u{2060}owner"), "{args:?}: {}", out.stdout);
    }
    let status = run(repo.path(), &["status", "lulea", "--format", "markdown"]).stdout;
    assert!(status.contains("@\u{2060}evil") && status.contains("(@\u{2060}org/team)"), "{status}");
    // A diff's Markdown (a pull-request comment), with a new activity owned by `@owner`.
    let repo = Fixture::git_repo();
    repo.write("cemr.toml", "[repository]\nname = \"Test\"\n");
    repo.write(PLAN, LULEA);
    repo.commit("first");
    repo.write(PLAN, hostile().read(PLAN));
    let diff = run(repo.path(), &["diff", "--format", "markdown"]);
    assert!(diff.code <= 1, "{}", diff.stderr);
    assert!(mentions(&diff.stdout).is_empty(), "{:?}\n{}", mentions(&diff.stdout), diff.stdout);
    // Findings in the GitHub step summary (Markdown) quote plan text too.
    repo.write(PLAN, LULEA.replace("[[goals]]\nid = \"chefer\"", "[[goals]]\nid = \"chefer\"\n\"@hacker\" = 1"));
    let summary_file = repo.outside("step-summary.md");
    let mut cmd = cemr();
    cmd.arg("-C").arg(repo.path()).env("GITHUB_STEP_SUMMARY", &summary_file).args(["validate", "--format", "github"]);
    assert_eq!(finish(&mut cmd).code, 1);
    let summary = std::fs::read_to_string(&summary_file).unwrap();
    assert!(summary.contains("@\u{2060}hacker"), "{summary}");
    assert!(mentions(&summary).is_empty(), "{:?}\n{summary}", mentions(&summary));
}

/// U+2028 and U+2029 (line and paragraph separators) are line breaks: in text outputs they are
/// shown as escapes like the other line breaks, and JSON writes them as `\u2028` / `\u2029`
/// (the same string once parsed, and safe inside a script).
#[test]
fn item_11_line_and_paragraph_separators_are_escaped() {
    let repo = hostile();
    let outputs = [
        (&["status", "lulea"][..], &["table", "json", "csv", "markdown"][..]),
        (&["deadlines"], &["table", "json", "csv", "markdown", "ics"]),
        (&["summary", "--quarter", "2015Q1"], &["human", "json", "markdown", "html"]),
    ];
    for (args, formats) in outputs {
        for &format in formats {
            let out = run(repo.path(), &[args, &["--format", format]].concat());
            assert!(out.code <= 1, "{args:?} {format}: {}", out.stderr);
            assert!(!out.stdout.contains(['\u{2028}', '\u{2029}']), "{args:?} {format}: {}", out.stdout);
            assert!(out.stdout.contains("jämställdhetsintegrering"), "{args:?} {format}: {}", out.stdout);
        }
    }
    let json = run(repo.path(), &["status", "lulea", "--format", "json"]).stdout;
    assert!(json.contains("jämställdhetsintegrering\\u2028för chefer\\u2029"), "{json}");
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(parsed.to_string().contains("jämställdhetsintegrering\u{2028}för chefer\u{2029}"), "data kept: {parsed}");
}

// --- 12. Git edge cases ---------------------------------------------------------------------

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(["-c", "protocol.file.allow=always"])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.se")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.se")
        .env("GIT_AUTHOR_DATE", "2025-01-01T12:00:00Z")
        .env("GIT_COMMITTER_DATE", "2025-01-01T12:00:00Z")
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// The lulea repository in git with two commits.
fn lulea_in_git() -> Fixture {
    let repo = lulea();
    git(repo.path(), &["init", "-q", "-b", "main"]);
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["commit", "-q", "-m", "first"]);
    repo.write(PLAN, LULEA.replace("# end of file", "# end"));
    git(repo.path(), &["commit", "-q", "-am", "second"]);
    repo
}

#[test]
fn item_12_an_unborn_branch_says_there_is_no_commit_yet() {
    let repo = lulea();
    git(repo.path(), &["init", "-q", "-b", "main"]);
    let out = run(repo.path(), &["diff"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("no commit yet"), "{}", out.stderr);
    assert!(!out.stderr.contains("malformed"), "{}", out.stderr);
}

#[test]
fn item_12_a_shallow_clone_says_how_to_fetch_the_history() {
    let origin = lulea_in_git();
    let clone = Fixture::new();
    let url = format!("file://{}", origin.path().display());
    git(clone.path(), &["clone", "-q", "--depth", "1", &url, "."]);
    let out = run(clone.path(), &["diff", "HEAD~1"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("shallow") && out.stderr.contains("fetch-depth: 0"), "{}", out.stderr);
    assert!(!out.stderr.contains("delegate"), "{}", out.stderr);
}

#[test]
fn item_12_a_tree_is_not_a_revision_to_compare() {
    let repo = lulea_in_git();
    let out = run(repo.path(), &["diff", "HEAD:plans"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("not a commit"), "{}", out.stderr);
    let out = run(repo.path(), &["validate", "--format", "github", "--base", "HEAD:plans"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
}

#[test]
fn item_12_a_submodule_under_plans_is_not_a_new_signatory() {
    let sub = Fixture::new();
    sub.write("kiruna.toml", "[signatory]\nname = \"Kiruna kommun\"\nkind = \"municipality\"\n");
    git(sub.path(), &["init", "-q", "-b", "main"]);
    git(sub.path(), &["add", "-A"]);
    git(sub.path(), &["commit", "-q", "-m", "sub"]);
    let repo = lulea_in_git();
    let url = format!("file://{}", sub.path().display());
    git(repo.path(), &["submodule", "add", "-q", &url, "plans/extern"]);
    git(repo.path(), &["commit", "-q", "-m", "submodule"]);
    let out = run(repo.path(), &["diff", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stdout.contains("kiruna"), "{}", out.stdout);
}

// --- 13. Dates at the ends of the calendar -------------------------------------------------

/// `cemr -C dir ARGS…` without a `--today` of its own.
fn run_bare(dir: &Path, args: &[&str]) -> Run {
    let mut cmd = cemr();
    cmd.arg("-C").arg(dir).args(args);
    finish(&mut cmd)
}

#[test]
fn item_13_dates_outside_years_0001_to_9998_are_refused() {
    let repo = lulea();
    for args in [
        &["--today", "0000-01-01", "summary"][..],
        &["--today", "9999-01-01", "status"],
        &["summary", "--quarter", "9999Q4"],
        &["summary", "--quarter", "0000Q1"],
        &["measure", "lulea", "utbildade", "--date", "0000-06-30", "--value", "1"],
    ] {
        let out = run_bare(repo.path(), args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stdout);
        assert!(out.stderr.contains("0001") && out.stderr.contains("9998"), "{args:?}: {}", out.stderr);
    }
    let mut cmd = cemr();
    cmd.env("CEMR_TODAY", "0000-12-31").arg("-C").arg(repo.path()).arg("status");
    assert_eq!(finish(&mut cmd).code, 2);
}

#[test]
fn item_13_years_are_printed_with_four_digits() {
    let repo = lulea();
    let first = run_bare(repo.path(), &["--today", "0001-05-01", "summary", "--format", "json"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert_eq!(first.json()["quarter"], "0001Q1", "{}", first.stdout);
    let early = run(repo.path(), &["summary", "--quarter", "0001Q1"]);
    assert_eq!(early.code, 0, "{}", early.stderr);
    assert!(early.stdout.contains("0001"), "{}", early.stdout);
    let last = run_bare(repo.path(), &["--today", "9998-12-31", "summary", "--quarter", "9998Q4", "--format", "json"]);
    assert_eq!(last.code, 0, "{}", last.stderr);
    assert!(last.stdout.contains("\"9999Q1\""), "{}", last.stdout);
}

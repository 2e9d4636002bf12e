//! Hostile input: ~200 plan files mutated from a valid one (seeded, so every run is the same),
//! plus a few extreme ones. `cemr validate` must never panic or hang, must exit 0 or 1, and must
//! print one JSON document whose every position is inside its file.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{Fixture, VALID_PLAN, diagnostics, run_in};

/// xorshift64*: small, seeded, good enough to pick bytes and places.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n.max(1) as u64)).unwrap()
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const INSERTS: &[&[u8]] = &[
    b"\0",
    b"\"",
    b"'",
    b"[",
    b"]",
    b"[[",
    b"{",
    b"}",
    b"=",
    b"#",
    b"\\",
    b"\n",
    b"\r",
    b"\r\n",
    b",",
    b".",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xc3",
    b"\xed\xa0\x80",
    b"\x1b[31m",
    b"\x7f",
    b"\xc2\x85",
    b"\xe2\x80\xae",
    b"\"\"\"",
    b"'''",
    b"a.b.c = 1\n",
    b"[signatory]\n",
    b"[[goals]]\n",
    b"\t",
];

const NUMBERS: &[&str] = &[
    "1e309",
    "-1e309",
    "inf",
    "-inf",
    "+inf",
    "nan",
    "-nan",
    "-0",
    "-0.0",
    "0x7fffffffffffffff",
    "9223372036854775808",
    "-9223372036854775809",
    "99999999999999999999",
    "1_000_000",
    "0b1",
    "0o7",
    "1e-400",
    "4294967296",
    "-1",
    "0",
];

const DATES: &[&str] = &[
    "9999-12-31",
    "0001-01-01",
    "0000-01-01",
    "2024-02-30",
    "2023-02-29",
    "1979-05-27T07:32:00Z",
    "07:32:00",
    "2024-13-01",
    "2024-00-10",
    "\"2024-01-01\"",
    "2999-01-01",
];

/// One mutation of `base`.
fn mutate(base: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut out = base.to_vec();
    match rng.below(9) {
        0 => {
            for _ in 0..=rng.below(5) {
                let at = rng.below(out.len());
                out[at] ^= u8::try_from(rng.below(255) + 1).unwrap();
            }
        }
        1 => out.truncate(rng.below(out.len())),
        2 => {
            for _ in 0..=rng.below(3) {
                let at = rng.below(out.len() + 1);
                let insert = rng.pick(INSERTS);
                out.splice(at..at, insert.iter().copied());
            }
        }
        3 => {
            let start = rng.below(out.len());
            let end = (start + rng.below(80)).min(out.len());
            out.drain(start..end);
        }
        4 => replace_all_matching(&mut out, rng, is_number_start, NUMBERS),
        5 => replace_all_matching(&mut out, rng, is_date_start, DATES),
        6 => {
            // Swap two lines.
            let mut lines: Vec<Vec<u8>> = out.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
            let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
            lines.swap(a, b);
            out = lines.join(&b'\n');
        }
        7 => {
            // Duplicate a line (duplicate keys, repeated tables).
            let lines: Vec<&[u8]> = out.split(|&b| b == b'\n').collect();
            let line = lines[rng.below(lines.len())].to_vec();
            let at = rng.below(out.len() + 1);
            out.splice(at..at, line.into_iter().chain([b'\n']));
        }
        _ => {
            // CRLF and a BOM, then one more mutation.
            let mut crlf = b"\xef\xbb\xbf".to_vec();
            for &b in &out {
                if b == b'\n' {
                    crlf.push(b'\r');
                }
                crlf.push(b);
            }
            out = mutate(&crlf, rng);
        }
    }
    out
}

fn is_number_start(text: &[u8], at: usize) -> bool {
    text[at].is_ascii_digit()
        && at > 0
        && text[at - 1] == b' '
        && !text[at..].iter().take_while(|b| !b.is_ascii_whitespace()).any(|&b| b == b'-')
}

fn is_date_start(text: &[u8], at: usize) -> bool {
    text.len() >= at + 10 && text[at..at + 4].iter().all(u8::is_ascii_digit) && text[at + 4] == b'-'
}

/// Replaces the values where `is_start` holds (numbers or dates) with picks from `values`.
fn replace_all_matching(out: &mut Vec<u8>, rng: &mut Rng, is_start: fn(&[u8], usize) -> bool, values: &[&str]) {
    let mut at = 0;
    while at < out.len() {
        if is_start(out, at) {
            let end =
                at + out[at..].iter().take_while(|b| !b.is_ascii_whitespace() && **b != b',' && **b != b']').count();
            let value = rng.pick(values).as_bytes();
            out.splice(at..end, value.iter().copied());
            at += value.len();
        } else {
            at += 1;
        }
    }
}

/// The extreme files: deep nesting, huge arrays and strings, edge dates, odd encodings.
fn extremes() -> Vec<Vec<u8>> {
    let head = "[signatory]\nname = \"x\"\nkind = \"other\"\n";
    let mut files = vec![
        format!("{head}sources = {}{}\n", "[".repeat(10_000), "]".repeat(10_000)),
        format!("a = {}1{}\n", "[".repeat(10_000), "]".repeat(10_000)),
        format!("{head}x = {}1{}\n", "{a = ".repeat(10_000), "}".repeat(10_000)),
        format!("{head}{}b = 1\n", "a.".repeat(10_000)),
        format!("[{}b]\n", "a.".repeat(10_000)),
        format!("{head}sources = [{}]\n", vec!["\"s\""; 100_000].join(",")),
        format!("{head}articles = [{}]\n", vec!["1"; 10_000].join(", ")),
        format!("[signatory]\nname = \"{}\"\nkind = \"other\"\n", "x".repeat(5 * 1024 * 1024)),
        format!("[signatory]\nname = \"{}\"\nkind = 1\n", "å\\u0007".repeat(200_000)),
        format!("{head}contact = \"{}\"\n", "\\u202e\\u001b[2J".repeat(1000)),
        format!("{head}{}", "\n".repeat(200_000)),
        format!("{head}signed = 0001-01-01\ndecided = 9999-12-31\narticles = [1]\n"),
        format!(
            "{head}signed = 9999-12-31\n[[action_plans]]\nadopted = 0001-01-01\nstart = 9999-12-31\nend = 0001-01-01\n"
        ),
        format!(
            "{head}[[goals]]\nid = \"g\"\ntitle = \"t\"\n[goals.indicator]\nkind = \"level\"\nbaseline = 1e308\ntarget = -1e308\n"
        ),
        format!(
            "{head}[[goals]]\nid = \"g\"\ntitle = \"t\"\n[goals.indicator]\nkind = \"balance\"\n[[goals.indicator.measurements]]\ndate = 2020-01-01\nwomen = 18446744073709551615\nmen = 9223372036854775807\n"
        ),
        "\u{feff}".to_owned(),
        "\u{feff}\r\n\r\n".to_owned(),
        head.replace('\n', "\r"),
        "[signatory]\r\nname = \"x\"\r\nkind = \"other\"\r\n\"\" = 1\r\n".to_owned(),
    ];
    files.extend(["[signatory", "=", "[[", "\"", "[signatory]\nname = '''", "a = \"\"\"\n"].map(str::to_owned));
    let mut bytes: Vec<Vec<u8>> = files.into_iter().map(String::into_bytes).collect();
    bytes.push(b"\xff\xfe[\0s\0i\0g\0".to_vec());
    bytes.push([b"[signatory]\nname = \"x\"\n".as_slice(), &[0u8; 1000], b"\n"].concat());
    bytes
}

/// Writes `files` into one repository, validates it, and checks every promise about the result.
fn check_batch(files: &[Vec<u8>]) {
    let repo = Fixture::new();
    for (i, text) in files.iter().enumerate() {
        repo.write(&format!("plans/m{i:03}.toml"), text);
    }
    let run = run_in(repo.path(), &["validate", "--format", "json"]);
    assert!(run.code == 0 || run.code == 1, "exit {}: {}", run.code, run.stderr);
    let doc = run.json();
    assert_eq!(doc["files"].as_u64(), Some(files.len() as u64));
    for d in diagnostics(&doc) {
        assert!(d.line >= 1 && d.column >= 1, "{d:?}");
        let index: usize = d.file.trim_start_matches("plans/m").trim_end_matches(".toml").parse().unwrap();
        let text = files[index].strip_prefix(b"\xef\xbb\xbf").unwrap_or(&files[index]);
        let lines: Vec<&[u8]> = text.split(|&b| b == b'\n').collect();
        let line = usize::try_from(d.line).unwrap();
        assert!(line <= lines.len(), "{d:?} is past the last line ({})", lines.len());
        let column = usize::try_from(d.column).unwrap();
        assert!(column <= lines[line - 1].len() + 1, "{d:?} is past the end of its line");
    }
    let human = run_in(repo.path(), &["validate", "--color", "never"]);
    assert_eq!(human.code, run.code, "{}", human.stderr);
    let plural = |n: u64, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let closing = format!(
        "checked {}: {}, {}\n",
        plural(files.len() as u64, "plan file"),
        plural(doc["errors"].as_u64().unwrap(), "error"),
        plural(doc["warnings"].as_u64().unwrap(), "warning")
    );
    assert!(human.stdout.ends_with(&closing), "{closing}");
    let github = run_in(repo.path(), &["validate", "--format", "github"]);
    assert_eq!(github.code, run.code, "{}", github.stderr);
    assert!(github.stdout.lines().all(|l| l.starts_with("::")), "{}", github.stdout);
}

#[test]
fn mutated_plans_never_break_the_validator() {
    let mut rng = Rng(0x00c0_ffee_2026_1124);
    let base = VALID_PLAN.as_bytes();
    let files: Vec<Vec<u8>> = (0..200).map(|_| mutate(base, &mut rng)).collect();
    for batch in files.chunks(40) {
        check_batch(batch);
    }
}

#[test]
fn extreme_plans_never_break_the_validator() {
    check_batch(&extremes());
}

#[test]
fn the_same_files_give_the_same_output() {
    let mut rng = Rng(7);
    let files: Vec<Vec<u8>> = (0..20).map(|_| mutate(VALID_PLAN.as_bytes(), &mut rng)).collect();
    let repo = Fixture::new();
    for (i, text) in files.iter().enumerate() {
        repo.write(&format!("plans/m{i:03}.toml"), text);
    }
    let first = run_in(repo.path(), &["validate", "--format", "json"]);
    let second = run_in(repo.path(), &["validate", "--format", "json"]);
    assert_eq!(first.stdout, second.stdout);
    assert!(first.json()["errors"].as_u64().unwrap() > 0, "the mutations found nothing");
}

//! The builder against the `toml` crate, and what it keeps of files with errors.

use super::*;

/// Documents that exercise TOML's rules on tables, keys and values, valid and not.
const CASES: &[&str] = &[
    "",
    "a = 1 # comment\n\n# another\n",
    "a.b.c = 1\na.b.d = 2\n",
    "[a.b]\nx = 1\n[a]\ny = 2\n",
    "[a]\nb.c = 1\n[a.b]\nd = 1\n",
    "[[x]]\n[x.y]\nz = 1\n[[x]]\n[x.y]\nz = 2\n",
    "x = [1, 2]\n[[x]]\n",
    "a = { b = 1 }\n[a.c]\n",
    "a = { b.c = 1, b.d = 2 }\n",
    "a = { b = { c = 1 }, b.d = 2 }\n",
    "a = { b = 1, b = 2 }\n",
    "[a]\n[a]\n",
    "a = 1\na = 2\n",
    "a = 1\na.b = 2\n",
    "'quoted key' = 1\n\"esc\\u00e5\" = 'x'\n",
    "s = \"\"\"\nmulti\nline\"\"\"\nl = '''lit'''\n",
    "n = 0x1F\no = 0o17\nb = 0b101\nf = 1_000.5\ni = +inf\nj = nan\nk = -0.0\nl = 1e309\n",
    "d = 1979-05-27T07:32:00Z\nt = 07:32:00\nl = 1979-05-27T07:32:00\nday = 2024-02-29\n",
    "d = 2023-02-30\n",
    "[a]\nx.y = 1\n[a.x]\n",
    "[[a.b]]\n[a]\nc = 1\n",
    "[a]\n[[a.b]]\n[[a.b]]\n",
    "a.b = 1\n[a]\n",
    "[a.b.c]\n[a.b]\n[a]\n",
    "x = [ { a = 1 }, { b = 2 } ]\n",
    "x = [\n  1, # one\n  2,\n]\n",
    "a = {}\n",
    "[ a . b ]\nc = 1\n",
    "[a]\nb = 1\n[[a]]\n",
    "[[a]]\n[a]\n",
    "key = \"\\x\"\n",
    "a = \"\u{1}\"\n",
    "# \u{1}\n",
    "a = \n",
    "= 1\n",
    "[a\nb = 1\n",
    "a = [1, 2\n",
    "a = { b = 1\n",
    "a = 1 b = 2\n",
    "[signatory]\nname = \"Luleå\"\n[[goals]]\nid = \"g\"\n[goals.indicator]\nkind = \"balance\"\n\
     [[goals.indicator.measurements]]\ndate = 2024-01-01\nwomen = 1\n[[goals]]\nid = \"h\"\n",
];

#[test]
fn agrees_with_the_toml_crate_on_tricky_documents() {
    for case in CASES {
        assert_eq!(check_against_toml(case), Ok(()), "{case:?}");
        // Small documents: the builder accepts exactly what the crate accepts.
        let accepted = toml::de::DeTable::parse_recoverable(case).1.is_empty();
        assert_eq!(document(case).is_valid(), accepted, "{case:?}");
    }
}

#[test]
fn builds_valid_documents_and_finds_faults_in_invalid_ones() {
    assert!(document("a.b = 1\n[c]\nd = [1, { e = 2 }]\n").is_valid());
    for invalid in ["a = 1\na = 2\n", "[a]\n[a]\n", "d = 2023-02-30\n", "a = [1, 2\n", "a.b = 1\n[a]\n"] {
        assert!(!document(invalid).is_valid(), "{invalid:?}");
    }
    // A table too wide for linear lookups is indexed, and read the same.
    let wide: String = (0..=200).map(|i| format!("k{i} = {i}")).collect::<Vec<_>>().join("\n");
    assert!(document(&wide).is_valid());
    assert_eq!(check_against_toml(&wide), Ok(()));
    let twice = format!("{wide}\nk7 = 0\n");
    assert!(matches!(document(&twice).faults[..], [Fault { kind: FaultKind::DuplicateKey { .. }, .. }]));
}

/// Every TOML file of the test fixtures and the example data: the same tree as the `toml`
/// crate, and the example plans all take the fast way.
#[test]
fn agrees_with_the_toml_crate_on_every_fixture_and_example() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for folder in ["tests", "plans"] {
        for entry in walkdir::WalkDir::new(root.join(folder)).into_iter().filter_map(Result::ok) {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "toml") {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(path) else { continue };
            assert_eq!(check_against_toml(&text), Ok(()), "{}", path.display());
            if folder == "plans" {
                assert!(document(&text).is_valid(), "{} has faults", path.display());
            }
            checked += 1;
        }
    }
    assert!(checked >= 60, "only {checked} files found");
}

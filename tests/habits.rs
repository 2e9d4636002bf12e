//! Plans as people write them in office software (issue 16): each habit is reported at its
//! line and column with the text to write instead, and a file with a syntax error and several
//! other mistakes has every finding reported in one run.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{Fixture, Found, VALID_PLAN, diagnostics, fixture, validate_json};

/// One habit: the line of the valid plan it replaces, the line as typed, and the finding:
/// its code, its column, and what its help says to write.
struct Habit {
    replaces: &'static str,
    typed: &'static str,
    code: &'static str,
    column: u64,
    help: &'static str,
}

const fn habit(
    replaces: &'static str,
    typed: &'static str,
    code: &'static str,
    column: u64,
    help: &'static str,
) -> Habit {
    Habit { replaces, typed, code, column, help }
}

const TITLE: &str = "title = \"Jämn könsfördelning bland chefer\"";
const WRITE_TITLE: &str = "write `title = \"Jämn könsfördelning bland chefer\"`";
const SIGNED: &str = "signed = 2013-03-08";
const WRITE_SIGNED: &str = "write `signed = 2013-03-08`";

const HABITS: &[Habit] = &[
    habit("  value = 80.5", "  value = 80,5", "decimal-comma", 11, "write `value = 80.5`"),
    habit("  value = 80.5", "  value = 1 080,5", "decimal-comma", 11, "write `value = 1080.5`"),
    habit("  target = 151", "  target = \"48,5\"", "decimal-comma", 12, "write `target = 48.5`"),
    habit("  women = 50", "  women = 50,5", "decimal-comma", 11, "a count is a whole number: write e.g. `women = 50`"),
    habit(TITLE, "title = “Jämn könsfördelning bland chefer”", "typographic-quotes", 9, WRITE_TITLE),
    habit(TITLE, "title = ”Jämn könsfördelning bland chefer”", "typographic-quotes", 9, WRITE_TITLE),
    habit(TITLE, "title = «Jämn könsfördelning bland chefer»", "typographic-quotes", 9, WRITE_TITLE),
    habit(TITLE, "title = „Jämn könsfördelning bland chefer“", "typographic-quotes", 9, WRITE_TITLE),
    habit(TITLE, "title = ‘Jämn könsfördelning bland chefer’", "typographic-quotes", 9, WRITE_TITLE),
    habit("id = \"chefer\"", "id\u{a0}= \"chefer\"", "invisible-character", 3, "write the key as `id`"),
    habit("id = \"chefer\"", "id\u{200b} = \"chefer\"", "invisible-character", 3, "write the key as `id`"),
    habit("id = \"chefer\"", "id =\u{a0}\"chefer\"", "invisible-character", 5, "write `id = \"chefer\"`"),
    habit("  target = 151", "  target\u{2003}= 151", "invisible-character", 9, "write the key as `target`"),
    habit("  target = 151", "  target = 1\u{a0}151", "invisible-character", 13, "write `target = 1151`"),
    habit(SIGNED, "signed = 2013\u{2013}03\u{2013}08", "invisible-character", 14, WRITE_SIGNED),
    habit(
        "contact = \"jamstalldhet@example.se\"",
        "\u{feff}contact = \"jamstalldhet@example.se\"",
        "invisible-character",
        1,
        "write the key as `contact`",
    ),
    habit(SIGNED, "signed = 2013/03/08", "date-format", 10, WRITE_SIGNED),
    habit(SIGNED, "signed = 2013-3-8", "date-format", 10, WRITE_SIGNED),
    habit(SIGNED, "signed = 2013.03.08", "date-format", 10, WRITE_SIGNED),
    habit(SIGNED, "signed = 8.3.2013", "date-format", 10, WRITE_SIGNED),
    habit(SIGNED, "signed = 8 mars 2013", "date-format", 10, WRITE_SIGNED),
    habit(SIGNED, "signed = \"2013-03-08\"", "date-format", 10, WRITE_SIGNED),
    habit(SIGNED, "signed = \"8.3.2013\"", "date-format", 10, WRITE_SIGNED),
    habit(SIGNED, "signed = 41341", "date-format", 10, WRITE_SIGNED),
    habit(SIGNED, "signed = 23/03/2013", "date-format", 10, "write `signed = 2013-03-23`"),
    habit(SIGNED, "signed = 08/03/2013", "date-format", 10, "`signed = 2013-03-08` or `signed = 2013-08-03`"),
    habit("  target = 151", "  target = \"71 %\"", "number-with-unit", 12, "write `target = 71`"),
    habit("  target = 151", "  target = 71%", "number-with-unit", 12, "write `target = 71`"),
    habit("  target = 151", "  target = 71 %", "number-with-unit", 12, "write `target = 71`"),
    habit("  men = 30", "  men = \"30 personer\"", "number-with-unit", 9, "write `men = 30`"),
    habit("status = \"done\"", "status = \"genomförd\"", "swedish-value", 10, "write `status = \"done\"`"),
    habit("status = \"done\"", "status = \"klar\"", "swedish-value", 10, "write `status = \"done\"`"),
    habit("status = \"done\"", "status = \"pågår\"", "swedish-value", 10, "write `status = \"ongoing\"`"),
    habit("status = \"done\"", "status = \"pågående\"", "swedish-value", 10, "write `status = \"ongoing\"`"),
    habit("status = \"done\"", "status = \"planerad\"", "swedish-value", 10, "write `status = \"planned\"`"),
    habit("status = \"done\"", "status = \"avbruten\"", "swedish-value", 10, "write `status = \"cancelled\"`"),
    habit("status = \"done\"", "status = \"inställd\"", "swedish-value", 10, "write `status = \"cancelled\"`"),
    habit("kind = \"municipality\"", "kind = \"Kommun\"", "swedish-value", 8, "write `kind = \"municipality\"`"),
    habit("  kind = \"level\"", "  kind = \"nivå\"", "swedish-value", 10, "write `kind = \"level\"`"),
    habit("  kind = \"balance\"", "  kind = \"könsfördelning\"", "swedish-value", 10, "write `kind = \"balance\"`"),
    // Close to the English word: the did-you-mean of typos.
    habit("  kind = \"balance\"", "  kind = \"balans\"", "invalid-value", 10, "did you mean \"balance\"?"),
    habit("  kind = \"balance\"", "  kind = balance", "toml-syntax", 10, "write `kind = \"balance\"`"),
];

/// `validate --format json`'s findings, each with its help, for a plan file's bytes.
fn findings(plan: &[u8]) -> Vec<(Found, String)> {
    let repo = Fixture::new();
    repo.write("plans/lulea.toml", plan);
    let (_, doc) = validate_json(repo.path(), &[]);
    let helps = doc["diagnostics"].as_array().unwrap().iter().map(|d| d["help"].as_str().unwrap_or("").to_owned());
    diagnostics(&doc).into_iter().zip(helps).collect()
}

#[test]
fn each_habit_is_reported_where_it_is_with_what_to_write() {
    let mut wrong = Vec::new();
    for h in HABITS {
        assert!(VALID_PLAN.contains(h.replaces), "the valid plan has no line `{}`", h.replaces);
        let plan = VALID_PLAN.replacen(h.replaces, h.typed, 1);
        let line = plan.lines().position(|l| l == h.typed).unwrap() + 1;
        let found = findings(plan.as_bytes());
        // The habit is the file's only finding: nothing else is said about the line, or about
        // what the value it spoils was needed for.
        let [(d, help)] = &found[..] else {
            wrong.push(format!("{:?}: expected one {}, found {found:#?}", h.typed, h.code));
            continue;
        };
        let at = (d.code.as_str(), d.line, d.column);
        if at != (h.code, line as u64, h.column) || !help.contains(h.help) {
            wrong.push(format!(
                "{:?}: expected {} at {line}:{} saying {:?}, found {d:?} {help:?}",
                h.typed, h.code, h.column, h.help
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn files_saved_in_other_encodings_are_named_and_read() {
    let little_endian: Vec<u8> = VALID_PLAN.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let big_endian: Vec<u8> = VALID_PLAN.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let with_bom = [&[0xFE, 0xFF][..], &big_endian].concat();
    // Windows-1252 / Latin-1: å, ä, ö are one byte each.
    let latin1: Vec<u8> = VALID_PLAN.chars().map(|c| u8::try_from(u32::from(c)).unwrap()).collect();
    for (name, bytes, code) in [
        ("UTF-16 LE without a byte-order mark", little_endian, "utf16-file"),
        ("UTF-16 BE with a byte-order mark", with_bom, "utf16-file"),
        ("Latin-1", latin1, "windows-1252-file"),
    ] {
        let found = findings(&bytes);
        let [(d, help)] = &found[..] else { panic!("{name}: expected one {code}, found {found:#?}") };
        assert_eq!((d.code.as_str(), d.line, d.column), (code, 4, 13), "{name}");
        assert!(d.message.contains("line 4 is: name = \"Luleå kommun\""), "{name}: {}", d.message);
        assert!(help.contains("save it as UTF-8"), "{name}: {help}");
    }
    // The rest of the file is read as decoded, and checked.
    let comma = VALID_PLAN.replacen("value = 80.5", "value = 80,5", 1);
    let utf16: Vec<u8> = comma.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let codes: Vec<String> = findings(&[&[0xFF, 0xFE][..], &utf16].concat()).into_iter().map(|(d, _)| d.code).collect();
    assert_eq!(codes, ["utf16-file", "decimal-comma"]);
}

/// One TOML syntax error and six other mistakes in one file (the example among them:
/// `kind = "nivå"`, `value = "71 %"` and a date in the future), all found in one run.
#[test]
fn a_syntax_error_hides_nothing_else_in_its_file() {
    let (run, doc) = validate_json(&fixture("habits").join("one-run"), &[]);
    assert_eq!(run.code, 1);
    let found: Vec<(String, u64, u64)> = diagnostics(&doc).into_iter().map(|d| (d.code, d.line, d.column)).collect();
    let expected = [
        ("unknown-key", 4, 1),
        ("toml-syntax", 5, 12),
        ("article-out-of-range", 10, 17),
        ("swedish-value", 13, 10),
        ("date-in-future", 19, 10),
        ("number-with-unit", 20, 11),
        ("finished-missing", 26, 10),
    ];
    let expected: Vec<(String, u64, u64)> = expected.iter().map(|(c, l, col)| ((*c).to_owned(), *l, *col)).collect();
    assert_eq!(found, expected);
}

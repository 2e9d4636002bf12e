//! Habits from office software, recognised in text TOML cannot read or a key will not take:
//! the decimal comma, typographic quotes, invisible characters, dates in other shapes, units
//! in numbers. Each is recognised from the text as written and says what to write instead.

use chrono::NaiveDate;

/// What the writer most likely did, with the text to write instead where that is unambiguous.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Habit {
    /// `48,5` for `48.5`; `corrected` is the number TOML reads.
    DecimalComma { corrected: String },
    /// `“Jämn fördelning”` for `"Jämn fördelning"`; `corrected` is the quoted text.
    TypographicQuotes { corrected: String },
    /// A character no one sees (or one that only looks like `-` or a space), at byte `at` of
    /// the text; `corrected` is the text without it (or with the plain character).
    Unusual { character: char, at: usize, corrected: String },
    /// A date not written as TOML's `YYYY-MM-DD` (or in quotes), and the day it means.
    DateShape(DateMeant),
    /// `71 %`, `12 personer`: the number, and the unit or sign after it as written.
    NumberWithUnit { number: String, unit: String },
    /// A word without quotes (`nivå`, `level`): text must be quoted.
    Unquoted { word: String },
}

/// The day a date written some other way means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateMeant {
    Day(NaiveDate),
    /// `08/03/2012`: the 8th of March as Sweden writes it (first), the 3rd of August as the US does.
    Either(NaiveDate, NaiveDate),
    /// A date, but not of a day there is (`2012/02/30`), or with a year of two digits.
    Unknown,
}

/// Typographic quotation marks (and look-alikes) that word processors put in place of `"`
/// and `'`.
pub(crate) const TYPOGRAPHIC_QUOTES: &[char] = &[
    '\u{201C}', '\u{201D}', '\u{201E}', '\u{201F}', '\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}', '\u{00AB}',
    '\u{00BB}', '\u{2039}', '\u{203A}', '\u{2033}', '\u{FF02}',
];

/// Whether `c` is invisible, or looks like a space or a hyphen without being one: where TOML
/// expects syntax the parser rejects it, and the writer cannot see why.
pub(crate) fn is_unusual(c: char) -> bool {
    matches!(c,
        '\u{00A0}' | '\u{00AD}' | '\u{1680}' | '\u{2000}'..='\u{200F}' | '\u{2010}'..='\u{2015}'
        | '\u{2028}'..='\u{202F}' | '\u{205F}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{2212}'
        | '\u{3000}' | '\u{FEFF}')
}

/// What stands in for an unusual character in the corrected text: a hyphen for dashes and the
/// minus sign, nothing for the rest (spaces inside numbers, invisible marks).
fn plain(c: char) -> Option<char> {
    matches!(c, '\u{2010}'..='\u{2015}' | '\u{2212}').then_some('-')
}

/// Recognises the habit behind a value TOML cannot read, from the text as written.
pub(crate) fn of_value(raw: &str) -> Option<Habit> {
    // Only the blanks TOML knows are trimmed: `str::trim` would take a no-break space with them.
    let raw = raw.trim_matches([' ', '\t', '\r', '\n']);
    typographic_quotes(raw)
        .or_else(|| unusual(raw))
        .or_else(|| decimal_comma(raw))
        .or_else(|| number_with_unit(raw))
        .or_else(|| date_shape(raw).map(Habit::DateShape))
        .or_else(|| unquoted(raw))
}

/// Recognises the habit behind a key the decoder rejects.
pub(crate) fn of_key(raw: &str) -> Option<Habit> {
    typographic_quotes(raw).or_else(|| unusual(raw))
}

/// The key a writer meant, when the decoder rejects it only for an unusual character or
/// typographic quotes around it: `None` unless that leaves a plain key.
pub(crate) fn meant_key(raw: &str) -> Option<String> {
    let seen: String = raw.chars().filter(|c| !is_unusual(*c)).collect();
    let meant = strip_quotes(&seen).unwrap_or(&seen).to_owned();
    let plain = !meant.is_empty() && meant.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    (plain && meant != raw).then_some(meant)
}

/// Whether a line of the file starts a key (`key =`, `"key" =`) or a table (`[table]`): where
/// the writer went on after a bracket left open.
pub(crate) fn starts_expression(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t']);
    let code = line.split('#').next().unwrap_or_default().trim_end();
    if let Some(inner) = code.strip_prefix('[') {
        let inner = inner.trim_start_matches('[').trim_end_matches(']');
        return code.ends_with(']')
            && !inner.trim().is_empty()
            && inner.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ' ' | '"' | '\''));
    }
    let Some((key, _)) = code.split_once('=') else { return false };
    let key = key.trim_end();
    let quoted = |q: char| key.len() >= 2 && key.starts_with(q) && key.ends_with(q);
    let bare = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ' '));
    quoted('"') || quoted('\'') || bare
}

/// The text inside a pair of quotes of which at least one is typographic.
fn strip_quotes(raw: &str) -> Option<&str> {
    let first = raw.chars().next()?;
    let typographic_first = TYPOGRAPHIC_QUOTES.contains(&first);
    if !typographic_first && first != '"' && first != '\'' {
        return None;
    }
    let inner = raw.get(first.len_utf8()..)?;
    // The text ends at the last quote (a comment may follow an unclosed string).
    let close =
        inner.rfind(|c: char| TYPOGRAPHIC_QUOTES.contains(&c) || (typographic_first && matches!(c, '"' | '\'')));
    match close {
        Some(end) => {
            let closing = inner.get(end..)?.chars().next()?;
            (typographic_first || TYPOGRAPHIC_QUOTES.contains(&closing)).then(|| inner.get(..end)).flatten()
        }
        None => typographic_first.then_some(inner),
    }
}

fn typographic_quotes(raw: &str) -> Option<Habit> {
    let inner = strip_quotes(raw)?;
    Some(Habit::TypographicQuotes { corrected: crate::model::toml_text::basic_string(inner) })
}

fn unusual(raw: &str) -> Option<Habit> {
    let (at, character) = raw.char_indices().find(|(_, c)| is_unusual(*c))?;
    let corrected = raw.chars().filter_map(|c| if is_unusual(c) { plain(c) } else { Some(c) }).collect();
    Some(Habit::Unusual { character, at, corrected })
}

/// `48,5`, `-0,25`, `1 234,5` (a space between thousands, as spreadsheets write them).
fn decimal_comma(raw: &str) -> Option<Habit> {
    let (whole, fraction) = raw.split_once(',')?;
    let whole = without_thousands(whole)?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let unsigned = whole.strip_prefix(['-', '+']).unwrap_or(&whole);
    (digits(unsigned) && digits(fraction)).then(|| Habit::DecimalComma { corrected: format!("{whole}.{fraction}") })
}

/// The digits of a whole number written with spaces between groups of three, or `None`.
fn without_thousands(whole: &str) -> Option<String> {
    let mut groups = whole.split(' ');
    let first = groups.next()?;
    let mut out = first.to_owned();
    for group in groups {
        if group.len() != 3 || !group.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        out.push_str(group);
    }
    Some(out)
}

/// `71 %`, `71%`, `"71 procent"`, `12 personer`: a number and then a sign or a word.
fn number_with_unit(raw: &str) -> Option<Habit> {
    let end = raw.find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+' | ' ')))?;
    let (number, unit) = raw.split_at(end);
    let number = number.trim_end();
    let unit = unit.trim();
    let is_number = number.bytes().any(|b| b.is_ascii_digit());
    let is_unit = unit == "%" || (unit.chars().count() <= 20 && unit.chars().all(|c| c.is_alphabetic() || c == '.'));
    if !is_number || !is_unit {
        return None;
    }
    let number = match decimal_comma(number) {
        Some(Habit::DecimalComma { corrected }) => corrected,
        _ => without_thousands(number)?,
    };
    number.parse::<f64>().ok()?;
    Some(Habit::NumberWithUnit { number, unit: unit.to_owned() })
}

/// Month names as a Swedish or English writer spells them, by number.
const MONTHS: &[(&str, u32)] = &[
    ("januari", 1),
    ("january", 1),
    ("jan", 1),
    ("februari", 2),
    ("february", 2),
    ("feb", 2),
    ("mars", 3),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("maj", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("jun", 6),
    ("juli", 7),
    ("july", 7),
    ("jul", 7),
    ("augusti", 8),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("oktober", 10),
    ("october", 10),
    ("okt", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Whether `raw` is a date written some other way than TOML's, and the day it means; `None`
/// when it is not a date at all.
pub(crate) fn date_shape(raw: &str) -> Option<DateMeant> {
    let raw = raw.trim().trim_end_matches('.');
    if let Some(meant) = named_month(raw) {
        return Some(meant);
    }
    let separator = raw.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = raw.split(separator).collect();
    let [a, b, c] = parts[..] else { return None };
    if ![a, b, c].iter().all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let number = |s: &str| s.parse::<u32>().ok();
    let (a_n, b_n, c_n) = (number(a)?, number(b)?, number(c)?);
    let day = |y: u32, m: u32, d: u32| NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d);
    let known = |date: Option<NaiveDate>| date.map_or(DateMeant::Unknown, DateMeant::Day);
    let meant = if a.len() == 4 {
        // Year first: always year, month, day.
        known(day(a_n, b_n, c_n))
    } else if c.len() == 4 && separator == '.' {
        // 8.3.2012: day first, the Swedish and European way with dots.
        known(day(c_n, b_n, a_n))
    } else if c.len() == 4 {
        // 08/03/2012 is the 8th of March in Sweden, the 3rd of August in the US.
        match (day(c_n, b_n, a_n), day(c_n, a_n, b_n)) {
            (Some(first), Some(second)) if first != second => DateMeant::Either(first, second),
            (first, second) => known(first.or(second)),
        }
    } else {
        DateMeant::Unknown
    };
    Some(meant)
}

/// `8 mars 2012`, `8. mars 2012`, `March 8, 2012`, `8 mar 2012`.
fn named_month(raw: &str) -> Option<DateMeant> {
    let lower = raw.to_lowercase();
    let words: Vec<&str> = lower.split([' ', ',']).filter(|w| !w.is_empty()).map(|w| w.trim_end_matches('.')).collect();
    let [first, second, third] = words[..] else { return None };
    let month_of = |w: &str| MONTHS.iter().find(|(name, _)| *name == w).map(|(_, m)| *m);
    let number = |w: &str| w.parse::<u32>().ok();
    let (day, month, year) = match (month_of(first), month_of(second)) {
        (None, Some(month)) => (number(first)?, month, number(third)?),
        (Some(month), None) => (number(second)?, month, number(third)?),
        _ => return None,
    };
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day).filter(|_| year >= 1000);
    Some(date.map_or(DateMeant::Unknown, DateMeant::Day))
}

/// Letters, digits, spaces and hyphens without quotes: a word meant as text.
fn unquoted(raw: &str) -> Option<Habit> {
    let is_word = raw.chars().next().is_some_and(char::is_alphabetic)
        && raw.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.'));
    is_word.then(|| Habit::Unquoted { word: raw.to_owned() })
}

/// The day an Excel serial number stands for (Excel counts days from 1899-12-30 for every
/// date after February 1900), for serials between 1950 and 2100; `20120308` is read as
/// YYYYMMDD.
pub(crate) fn date_of_number(n: i64) -> Option<NaiveDate> {
    if (10_000_000..=99_999_999).contains(&n) {
        let n = u32::try_from(n).ok()?;
        return NaiveDate::from_ymd_opt(i32::try_from(n / 10_000).ok()?, n / 100 % 100, n % 100);
    }
    if !(18_264..=73_415).contains(&n) {
        return None;
    }
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(chrono::Days::new(u64::try_from(n).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    fn day(y: i32, m: u32, d: u32) -> DateMeant {
        date(y, m, d).map_or(DateMeant::Unknown, DateMeant::Day)
    }

    #[test]
    fn decimal_commas_become_points() {
        for (raw, corrected) in [("48,5", "48.5"), ("-0,25", "-0.25"), ("1 234,5", "1234.5")] {
            assert_eq!(of_value(raw), Some(Habit::DecimalComma { corrected: corrected.into() }), "{raw}");
        }
        assert_eq!(decimal_comma("1,2,3"), None);
        assert_eq!(decimal_comma("a,5"), None);
    }

    #[test]
    fn typographic_quotes_become_straight_ones() {
        for raw in [
            "“Jämn fördelning”",
            "”Jämn fördelning”",
            "„Jämn fördelning“",
            "«Jämn fördelning»",
            "\"Jämn fördelning”",
            "‘Jämn fördelning’",
        ] {
            let corrected = "\"Jämn fördelning\"".to_owned();
            assert_eq!(of_value(raw), Some(Habit::TypographicQuotes { corrected }), "{raw}");
        }
        let corrected = "\"säg \\\"hej\\\"\"".to_owned();
        assert_eq!(of_value("“säg \"hej\"”"), Some(Habit::TypographicQuotes { corrected }));
        assert_eq!(of_value("“utan slut"), Some(Habit::TypographicQuotes { corrected: "\"utan slut\"".into() }));
    }

    #[test]
    fn unusual_characters_are_named_where_they_are() {
        let found = of_value("1\u{a0}500");
        assert_eq!(found, Some(Habit::Unusual { character: '\u{a0}', at: 1, corrected: "1500".into() }));
        let found = of_value("2012\u{2013}03\u{2013}08");
        assert_eq!(found, Some(Habit::Unusual { character: '\u{2013}', at: 4, corrected: "2012-03-08".into() }));
        assert_eq!(meant_key("id\u{a0}").as_deref(), Some("id"));
        assert_eq!(meant_key("\u{feff}name").as_deref(), Some("name"));
        assert_eq!(meant_key("“name”").as_deref(), Some("name"));
        assert_eq!(meant_key("na me"), None);
        assert_eq!(meant_key("name"), None);
    }

    #[test]
    fn dates_in_other_shapes() {
        let either = |a: NaiveDate, b: NaiveDate| DateMeant::Either(a, b);
        let (march, august) = (date(2012, 3, 8).unwrap(), date(2012, 8, 3).unwrap());
        for (raw, expected) in [
            ("2012/03/08", day(2012, 3, 8)),
            ("2012-3-8", day(2012, 3, 8)),
            ("2012.03.08", day(2012, 3, 8)),
            ("8.3.2012", day(2012, 3, 8)),
            ("23/03/2012", day(2012, 3, 23)),
            ("03/23/2012", day(2012, 3, 23)),
            ("08/03/2012", either(march, august)),
            ("08/08/2012", day(2012, 8, 8)),
            ("8 mars 2012", day(2012, 3, 8)),
            ("8. mars 2012", day(2012, 3, 8)),
            ("March 8, 2012", day(2012, 3, 8)),
            ("2012/02/30", DateMeant::Unknown),
        ] {
            assert_eq!(date_shape(raw), Some(expected), "{raw}");
        }
        assert_eq!(date_shape("48,5"), None);
        assert_eq!(date_shape("1.2"), None);
        assert_eq!(date_shape("nivå"), None);
    }

    #[test]
    fn numbers_with_a_sign_or_unit() {
        let unit = |number: &str, unit: &str| Some(Habit::NumberWithUnit { number: number.into(), unit: unit.into() });
        assert_eq!(of_value("71 %"), unit("71", "%"));
        assert_eq!(of_value("71%"), unit("71", "%"));
        assert_eq!(of_value("48,5 %"), unit("48.5", "%"));
        assert_eq!(of_value("12 personer"), unit("12", "personer"));
        assert_eq!(of_value("1 500 kr"), unit("1500", "kr"));
        assert_eq!(number_with_unit("%"), None);
        assert_eq!(number_with_unit("71 % av 80"), None);
    }

    #[test]
    fn words_without_quotes() {
        assert_eq!(of_value("nivå"), Some(Habit::Unquoted { word: "nivå".into() }));
        assert_eq!(of_value("Luleå kommun"), Some(Habit::Unquoted { word: "Luleå kommun".into() }));
        assert_eq!(of_value("{"), None);
    }

    #[test]
    fn lines_that_start_a_key_or_a_table() {
        for line in ["kind = \"x\"", "  name=1", "[signatory]", "[[goals]] # c", "[goals.indicator]", "a.b = 1"] {
            assert!(starts_expression(line), "{line}");
        }
        for line in ["  \"a\",", "2, 3]", "{ a = 1 },", "", "# [x]", "[1, 2]", "\"a = b\","] {
            assert!(!starts_expression(line), "{line}");
        }
    }

    #[test]
    fn numbers_that_are_dates() {
        assert_eq!(date_of_number(41_341), date(2013, 3, 8));
        assert_eq!(date_of_number(20_120_308), date(2012, 3, 8));
        assert_eq!(date_of_number(2013), None);
        assert_eq!(date_of_number(20_121_308), None);
    }
}

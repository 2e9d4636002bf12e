//! Findings for what the TOML reader could not take, in the writer's terms: each fault with
//! the habit behind it (`model::habits`) and the text to write instead where that is clear.
//! A value is reported by the reader of its key, which knows what the key takes; the rest
//! when the file is done.

use super::fault::{Fault, FaultKind};
use super::habits::{self, DateMeant, Habit};
use super::shape::Ty;
use super::sink::Sink;
use super::suggest::{Suggestion, suggest_value};
use super::toml_text::basic_string;
use crate::diag::{Code, Span};
use crate::message::{Message, msg};

/// What the key a value is written under takes.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Expect {
    Text,
    Choice(&'static [&'static str]),
    Date,
    Count,
    Number,
    Table,
    /// Nothing known: an unknown key, or a value no reader asked for.
    Any,
}

impl Expect {
    /// What a key of this type takes; for a list, what each item takes.
    pub(crate) fn of(ty: Ty) -> Self {
        match ty {
            Ty::Text | Ty::TextList | Ty::IdList => Self::Text,
            Ty::Enum(names) => Self::Choice(names),
            Ty::Date => Self::Date,
            Ty::Count => Self::Count,
            Ty::Number | Ty::ArticleList => Self::Number,
            Ty::Table(_) | Ty::Tables(_) | Ty::Map(_) => Self::Table,
        }
    }
}

/// Reports the unreadable value at `span`, written under `key` (as an item of its list when
/// `item`), knowing what the key takes.
pub(crate) fn claim(sink: &mut Sink<'_>, span: Span, key: &str, item: bool, expect: Expect) {
    let description = match sink.invalid.remove(&span) {
        Some(Fault { kind: FaultKind::Value { description, .. }, .. }) => description.into_owned(),
        _ => String::new(),
    };
    let written = Written::new(sink, span, Some(key), item);
    value_finding(sink, &written, &description, expect);
}

/// Reports every fault no reader has: the unreadable values of keys no reader asked for, and
/// every fault of the file's structure.
pub(crate) fn report_rest(sink: &mut Sink<'_>, structural: Vec<Fault>) {
    let values: Vec<Fault> = std::mem::take(&mut sink.invalid).into_values().collect();
    for fault in values.into_iter().chain(structural) {
        match fault.kind {
            FaultKind::Value { description, key, item } => {
                let written = Written::new(sink, fault.span, key.as_deref(), item);
                value_finding(sink, &written, &description, Expect::Any);
            }
            kind => structural_finding(sink, fault.span, kind),
        }
    }
}

/// A value as the findings about it quote it: where, under which key, as written.
pub(crate) struct Written<'k> {
    pub span: Span,
    key: Option<&'k str>,
    /// An item of a list: the hint gives the item, not `key = …`.
    item: bool,
    pub text: String,
}

impl<'k> Written<'k> {
    pub(crate) fn new(sink: &Sink<'_>, span: Span, key: Option<&'k str>, item: bool) -> Self {
        Self { span, key, item, text: sink.written(span).trim_end().to_owned() }
    }

    /// The key, for messages ("…" where no key could be read).
    fn key(&self) -> &str {
        self.key.unwrap_or("…")
    }

    /// `key = value`, or the value alone for an item of a list, as the writer should write it.
    fn write(&self, value: &str) -> Message {
        match self.key.filter(|_| !self.item) {
            Some(key) => msg::syntax_write(key, value),
            None => msg::syntax_write_value(value),
        }
    }
}

fn value_finding(sink: &mut Sink<'_>, value: &Written<'_>, description: &str, expect: Expect) {
    let (key, written, span) = (value.key(), value.text.as_str(), value.span);
    if written.is_empty() {
        return sink.say(Code::TomlSyntax, span, msg::syntax_missing_value(key), None);
    }
    if is_impossible_iso_date(written) {
        let message = if value.item {
            msg::diag_impossible_date_anywhere(written)
        } else {
            msg::diag_impossible_date(key, written)
        };
        return sink.say(Code::ImpossibleDate, span, message, None);
    }
    if description == "invalid basic string" && written.starts_with('"') && !written.ends_with('"') {
        let help = value.write(&format!("{written}\""));
        return sink.say(Code::TomlSyntax, span, msg::syntax_unclosed_string(key, written), Some(help));
    }
    let Some(habit) = habits::of_value(written) else {
        let message = if description == "unexpected key or value" {
            msg::syntax_after_value(key, written)
        } else if value.item || value.key.is_none() {
            msg::syntax_unreadable_item(written)
        } else {
            msg::syntax_unreadable_value(key, written)
        };
        return sink.say(Code::TomlSyntax, span, message, None);
    };
    habit_finding(sink, value, habit, expect);
}

/// Whether `written` has the shape of a TOML date (`2023-02-30`) but names no day.
fn is_impossible_iso_date(written: &str) -> bool {
    let shape = written.len() == 10
        && written.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    shape && written.parse::<chrono::NaiveDate>().is_err()
}

pub(crate) fn habit_finding(sink: &mut Sink<'_>, value: &Written<'_>, habit: Habit, expect: Expect) {
    let (key, written, span) = (value.key(), value.text.as_str(), value.span);
    match habit {
        Habit::TypographicQuotes { corrected } => {
            let quote = written.chars().next().map(String::from).unwrap_or_default();
            let message = msg::syntax_typographic_quotes(key, quote, written);
            sink.say(Code::TypographicQuotes, span, message, Some(value.write(&corrected)));
        }
        Habit::Unusual { character, at, corrected } => {
            let at = Span::new(span.start + at, span.start + at + character.len_utf8());
            sink.say(Code::InvisibleCharacter, at, unusual(character), Some(value.write(&corrected)));
        }
        Habit::DecimalComma { corrected } => {
            if matches!(expect, Expect::Count) {
                let whole = corrected.split('.').next().unwrap_or_default();
                let help = msg::syntax_write_whole(key, whole);
                sink.say(Code::DecimalComma, span, msg::syntax_decimal_comma_count(key, written), Some(help));
            } else {
                let message = msg::syntax_decimal_comma(key, written);
                sink.say(Code::DecimalComma, span, message, Some(value.write(&corrected)));
            }
        }
        Habit::NumberWithUnit { number, unit } => number_with_unit(sink, value, &number, &unit),
        Habit::DateShape(meant) => date_shape(sink, value, meant),
        Habit::Unquoted { word } => unquoted(sink, value, &word, expect),
    }
}

/// The finding for an unusual character, naming it.
pub(crate) fn unusual(character: char) -> Message {
    let code = u32::from(character);
    msg::syntax_unusual_character(format!("U+{code:04X}"), msg::char_name(format!("u{code:04X}")))
}

pub(crate) fn number_with_unit(sink: &mut Sink<'_>, value: &Written<'_>, number: &str, unit: &str) {
    let (key, written) = (value.key(), value.text.as_str());
    let message = if unit == "%" {
        msg::syntax_number_with_percent(key, written)
    } else {
        msg::syntax_number_with_unit(key, unit, written)
    };
    let help = if unit != "%" && matches!(key, "value" | "baseline" | "target") {
        msg::syntax_unit_goes_in_unit(key, number)
    } else {
        value.write(number)
    };
    sink.say(Code::NumberWithUnit, value.span, message, Some(help));
}

pub(crate) fn date_shape(sink: &mut Sink<'_>, value: &Written<'_>, meant: DateMeant) {
    let (key, written) = (value.key(), value.text.as_str());
    let (message, help) = match meant {
        DateMeant::Day(date) => (msg::syntax_date_shape(key, written), value.write(&date.to_string())),
        DateMeant::Either(first, second) => {
            (msg::syntax_date_ambiguous(key, written), msg::syntax_write_either_date(first, key, second))
        }
        DateMeant::Unknown => (msg::syntax_date_shape(key, written), msg::syntax_write_date_example(key)),
    };
    sink.say(Code::DateFormat, value.span, message, Some(help));
}

/// A word without quotes: in the language of the key's values, in quotes.
fn unquoted(sink: &mut Sink<'_>, value: &Written<'_>, word: &str, expect: Expect) {
    let (key, written, span) = (value.key(), value.text.as_str(), value.span);
    match expect {
        Expect::Choice(names) => {
            let meant = match suggest_value(word, names) {
                Some(Suggestion::Swedish(english)) => {
                    let message = msg::syntax_swedish_value(allowed(names), key, written);
                    return sink.say(Code::SwedishValue, span, message, Some(value.write(&basic_string(english))));
                }
                Some(Suggestion::Typo(near)) => near,
                None => word,
            };
            let help = msg::syntax_quote_text(key, basic_string(meant));
            sink.say(Code::TomlSyntax, span, msg::syntax_not_quoted(key, written), Some(help));
        }
        Expect::Date => {
            let help = msg::syntax_write_date_example(key);
            sink.say(Code::TomlSyntax, span, msg::syntax_not_a_date(key, written), Some(help));
        }
        Expect::Count | Expect::Number => {
            sink.say(Code::TomlSyntax, span, msg::syntax_not_a_number(key, written), None);
        }
        Expect::Text | Expect::Table | Expect::Any => {
            let help = value.write(&basic_string(word));
            sink.say(Code::TomlSyntax, span, msg::syntax_not_quoted(key, written), Some(help));
        }
    }
}

/// The allowed values, quoted and listed: `"level", "balance"`.
pub(crate) fn allowed(names: &[&str]) -> String {
    names.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", ")
}

fn structural_finding(sink: &mut Sink<'_>, span: Span, kind: FaultKind) {
    match kind {
        FaultKind::Value { .. } => {}
        FaultKind::Key(description) => key_finding(sink, span, &description),
        FaultKind::Syntax(description) => syntax_finding(sink, span, &description),
        FaultKind::DuplicateKey { key, first } => {
            let line = line_of(sink.text, first.start);
            sink.say(Code::TomlSyntax, span, msg::syntax_duplicate_key(key, line), None);
        }
        FaultKind::DuplicateTable { key, first } => {
            let line = line_of(sink.text, first.start);
            let help = msg::syntax_duplicate_table_help(key.as_str());
            sink.say(Code::TomlSyntax, span, msg::syntax_duplicate_table(key, line), Some(help));
        }
        FaultKind::TableIsList { key, first } => {
            let line = line_of(sink.text, first.start);
            let help = msg::syntax_table_is_list_help(key.as_str());
            sink.say(Code::TomlSyntax, span, msg::syntax_table_is_list(key, line), Some(help));
        }
        FaultKind::NotATable { key } => sink.say(Code::TomlSyntax, span, msg::syntax_not_a_table(key), None),
        FaultKind::TooDeep => sink.say(Code::TomlSyntax, span, msg::syntax_too_deep(), None),
    }
}

fn key_finding(sink: &mut Sink<'_>, span: Span, description: &str) {
    let written = sink.written(span).to_owned();
    let meant = habits::meant_key(&written);
    match habits::of_key(&written) {
        Some(Habit::TypographicQuotes { .. }) => {
            let quote = written.chars().next().map(String::from).unwrap_or_default();
            let help = meant.map(msg::syntax_write_key);
            let message = msg::syntax_typographic_quotes_key(quote, written.as_str());
            sink.say(Code::TypographicQuotes, span, message, help);
        }
        Some(Habit::Unusual { character, at, corrected }) => {
            let at = Span::new(span.start + at, span.start + at + character.len_utf8());
            let help = msg::syntax_write_key(meant.unwrap_or(corrected));
            sink.say(Code::InvisibleCharacter, at, unusual(character), Some(help));
        }
        _ if written.is_empty() => sink.say(Code::TomlSyntax, span, msg::syntax_empty_key(), None),
        _ if description.contains("unquoted key") => {
            sink.say(Code::TomlSyntax, span, msg::syntax_bad_key(written), None);
        }
        _ => sink.say(Code::TomlSyntax, span, msg::syntax_other(description), None),
    }
}

/// A parser error: an unusual character at its place first (the writer cannot see it), else
/// the parser's description in the writer's terms.
fn syntax_finding(sink: &mut Sink<'_>, span: Span, description: &str) {
    let rest = sink.text.get(span.start..).unwrap_or_default();
    let token = rest.split(['\n', ' ', '\t']).next().unwrap_or_default();
    if let Some((at, character)) = token.char_indices().find(|(_, c)| habits::is_unusual(*c)) {
        let at = Span::new(span.start + at, span.start + at + character.len_utf8());
        return sink.say(Code::InvisibleCharacter, at, unusual(character), None);
    }
    let message = match description {
        "unclosed table" => msg::syntax_unclosed_table(),
        "unclosed array table" => msg::syntax_unclosed_array_table(),
        "unclosed array" => msg::syntax_unclosed_array(),
        "unclosed inline table" => msg::syntax_unclosed_inline_table(),
        "key with no value" | "missing value for key" | "missing assignment between key-value pairs" => {
            msg::syntax_key_without_value()
        }
        "missing comma between array elements" | "missing comma between key-value pairs" => msg::syntax_missing_comma(),
        "extra comma in array" | "extra comma in inline table" => msg::syntax_extra_comma(),
        "invalid key-value pair" | "missing table open" | "unexpected key or value" | "unexpected content" => {
            msg::syntax_stray_text()
        }
        other => msg::syntax_other(other),
    };
    sink.say(Code::TomlSyntax, span, message, None);
}

/// A quoted key that is a key of `shape` but for an unusual character in it
/// (`"id\u{a0}" = …`): reported as that character, which is the writer's mistake. Returns
/// whether it was.
pub(crate) fn unusual_in_key(sink: &mut Sink<'_>, name: &str, span: Span, shape: &super::shape::Shape) -> bool {
    let meant: String = name.chars().filter(|c| !habits::is_unusual(*c)).collect();
    if meant == name || shape.field(&meant).is_none() {
        return false;
    }
    let written = sink.written(span);
    let Some((at, character)) = written.char_indices().find(|(_, c)| habits::is_unusual(*c)) else { return false };
    let at = Span::new(span.start + at, span.start + at + character.len_utf8());
    sink.say(Code::InvisibleCharacter, at, unusual(character), Some(msg::syntax_write_key(meant)));
    true
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).map_or(1, |before| before.bytes().filter(|&b| b == b'\n').count() + 1)
}

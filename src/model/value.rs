//! Typed reads from a spanned TOML table, each wrong or missing value turned into a diagnostic.

use chrono::NaiveDate;

use super::At;
pub(crate) use super::place::Place;
use super::shape::{Field, Shape, Ty};
pub(crate) use super::sink::Sink;
use super::suggest::unknown_key;
use super::syntax::{Expect, claim};
use super::tree::{Entry, Item, MAX_ARRAY_ENTRIES, Table, Value};
use crate::diag::{Code, Span};
use crate::message::{Message, msg};

/// A table being read by its shape. Creating it reports the keys the shape does not know.
pub(crate) struct TableView<'t, 'i> {
    table: &'t Table<'i>,
    pub span: Span,
    shape: &'static Shape,
    /// Where the table stands, for messages.
    pub at: Place,
}

impl<'t, 'i> TableView<'t, 'i> {
    pub(crate) fn new(
        sink: &mut Sink<'_>,
        table: &'t Table<'i>,
        span: Span,
        shape: &'static Shape,
        at: Place,
        siblings: &[&'static Shape],
    ) -> Self {
        for entry in &table.entries {
            if shape.field(&entry.key).is_none() {
                unknown_key(sink, &entry.key, entry.key_span, shape, at, siblings);
            }
        }
        Self { table, span, shape, at }
    }

    fn field(&self, key: &str) -> &'static Field {
        // The parser only asks for keys its shape declares; a miss is a bug caught by tests.
        self.shape.field(key).unwrap_or(&MISSING_FIELD)
    }

    /// The value of `key`. A required key that is missing is a finding, unless a line of the
    /// table could not be read (it may be there); a value that cannot be read is one, in the
    /// terms of what the key takes.
    fn lookup(&self, sink: &mut Sink<'_>, key: &str) -> Option<&'t Item<'i>> {
        let value = self.table.get(key);
        if value.is_none() && self.field(key).required && !self.table.incomplete {
            sink.push(Code::MissingKey, self.span, msg::diag_missing_key(key, self.where_()));
        }
        match value {
            Some(item) if matches!(item.value, Value::Invalid) => {
                claim(sink, item.span, key, false, Expect::of(self.field(key).ty));
                None
            }
            other => other,
        }
    }

    /// Reports an item of the list `key` that cannot be read; returns whether it was one.
    fn invalid_item(&self, sink: &mut Sink<'_>, key: &str, item: &Item<'_>) -> bool {
        let invalid = matches!(item.value, Value::Invalid);
        if invalid {
            claim(sink, item.span, key, true, Expect::of(self.field(key).ty));
        }
        invalid
    }

    /// "the file", "[signatory]", … for messages.
    pub(crate) fn where_(&self) -> Message {
        if self.at.is_root() { msg::place_file() } else { msg::place_table(self.at.to_string()) }
    }

    pub(crate) fn has(&self, key: &str) -> bool {
        self.table.get(key).is_some()
    }

    pub(crate) fn key_span(&self, key: &str) -> Option<Span> {
        self.table.entry(key).map(|e| e.key_span)
    }

    fn wrong_type(&self, sink: &mut Sink<'_>, key: &str, value: &Item<'_>) {
        let field = self.field(key);
        sink.push(
            Code::WrongType,
            value.span,
            msg::diag_wrong_type(field.ty.describe(), value.value.describe(), key, self.where_()),
        );
    }

    pub(crate) fn text(&self, sink: &mut Sink<'_>, key: &str) -> Option<At<String>> {
        let value = self.lookup(sink, key)?;
        let Some(s) = value.value.as_str() else {
            self.wrong_type(sink, key, value);
            return None;
        };
        let span = value.span;
        check_control_characters(sink, s, span);
        if s.trim().is_empty() && self.field(key).required {
            sink.push(Code::InvalidValue, span, msg::diag_empty_text(key, self.where_()));
        }
        Some(At::new(s.to_owned(), span))
    }

    pub(crate) fn date(&self, sink: &mut Sink<'_>, key: &str) -> Option<At<NaiveDate>> {
        let value = self.lookup(sink, key)?;
        let span = value.span;
        match &value.value {
            Value::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(d), None, None) => {
                    let date = NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day));
                    if date.is_none() {
                        sink.push(Code::ImpossibleDate, span, msg::diag_impossible_date(key, dt.to_string()));
                    }
                    date.map(|d| At::new(d, span))
                }
                (Some(d), _, _) => {
                    sink.push_help(
                        Code::NotADate,
                        span,
                        msg::diag_date_not_date_time(key, self.where_()),
                        msg::diag_date_write(d.to_string(), key),
                    );
                    None
                }
                (None, _, _) => {
                    sink.push(Code::NotADate, span, msg::diag_date_not_time(key, self.where_()));
                    None
                }
            },
            _ if super::hint::date(sink, key, value) => None,
            Value::String(s) => {
                let help = if s.parse::<NaiveDate>().is_ok() {
                    msg::diag_date_remove_quotes(s.as_ref(), key)
                } else {
                    msg::diag_date_without_quotes(key)
                };
                sink.push_help(Code::NotADate, span, msg::diag_date_not_string(key, self.where_()), help);
                None
            }
            other => {
                sink.push(Code::NotADate, span, msg::diag_date_not_other(other.describe(), key, self.where_()));
                None
            }
        }
    }

    pub(crate) fn count(&self, sink: &mut Sink<'_>, key: &str) -> Option<At<u64>> {
        let value = self.lookup(sink, key)?;
        let span = value.span;
        let Value::Integer(digits, radix) = &value.value else {
            if !super::hint::number(sink, key, value, true) {
                self.wrong_type(sink, key, value);
            }
            return None;
        };
        match i64::from_str_radix(digits, *radix) {
            Ok(n) if n >= 0 => u64::try_from(n).ok().map(|n| At::new(n, span)),
            Ok(n) => {
                sink.push(Code::InvalidNumber, span, msg::diag_count_negative(key, n));
                None
            }
            Err(_) => {
                sink.push(Code::InvalidNumber, span, msg::diag_count_too_large(key));
                None
            }
        }
    }

    pub(crate) fn number(&self, sink: &mut Sink<'_>, key: &str) -> Option<At<f64>> {
        let value = self.lookup(sink, key)?;
        let span = value.span;
        let parsed = match &value.value {
            Value::Integer(digits, radix) => i64::from_str_radix(digits, *radix).ok().map(i64_to_f64),
            Value::Float(f) => f.parse::<f64>().ok(),
            _ => {
                if !super::hint::number(sink, key, value, false) {
                    self.wrong_type(sink, key, value);
                }
                return None;
            }
        };
        match parsed {
            Some(n) if n.is_finite() => Some(At::new(n, span)),
            _ => {
                sink.push(Code::InvalidNumber, span, msg::diag_number_not_finite(key));
                None
            }
        }
    }

    /// A string that must be one of `names`; returns the matching name.
    pub(crate) fn choice(&self, sink: &mut Sink<'_>, key: &str) -> Option<At<&'static str>> {
        let Ty::Enum(names) = self.field(key).ty else { return None };
        let value = self.lookup(sink, key)?;
        let Some(s) = value.value.as_str() else {
            self.wrong_type(sink, key, value);
            return None;
        };
        let span = value.span;
        if let Some(name) = names.iter().find(|n| **n == s) {
            return Some(At::new(*name, span));
        }
        let list = names.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", ");
        let message = msg::diag_value_not_allowed(list, key, s);
        match super::suggest::suggest_value(s, names) {
            Some(super::suggest::Suggestion::Typo(near)) => {
                sink.push_help(Code::InvalidValue, span, message, msg::diag_did_you_mean_value(near));
            }
            Some(super::suggest::Suggestion::Swedish(english)) => {
                super::hint::swedish(sink, key, value, names, english);
            }
            None => sink.push(Code::InvalidValue, span, message),
        }
        None
    }

    /// The entries of an array; an array too long to keep is one finding, and read as absent.
    fn array(&self, sink: &mut Sink<'_>, key: &str) -> Option<(&'t [Item<'i>], Span)> {
        let value = self.lookup(sink, key)?;
        let Value::Array(array) = &value.value else {
            self.wrong_type(sink, key, value);
            return None;
        };
        if array.dropped > 0 {
            let message = msg::diag_too_many_entries(array.len(), key, MAX_ARRAY_ENTRIES, self.where_());
            sink.push(Code::TooManyEntries, value.span, message);
            return None;
        }
        Some((&array.items, value.span))
    }

    pub(crate) fn text_list(&self, sink: &mut Sink<'_>, key: &str) -> Vec<At<String>> {
        let Some((array, _)) = self.array(sink, key) else { return Vec::new() };
        let mut out = Vec::with_capacity(array.len());
        for item in array {
            let span = item.span;
            if self.invalid_item(sink, key, item) {
                continue;
            }
            if let Some(s) = item.value.as_str() {
                check_control_characters(sink, s, span);
                out.push(At::new(s.to_owned(), span));
            } else {
                sink.push(Code::WrongType, span, msg::diag_list_item_not_string(item.value.describe(), key));
            }
        }
        out
    }

    pub(crate) fn integer_list(&self, sink: &mut Sink<'_>, key: &str) -> Vec<At<u32>> {
        let Some((array, _)) = self.array(sink, key) else { return Vec::new() };
        let mut out = Vec::with_capacity(array.len());
        for item in array {
            let span = item.span;
            match &item.value {
                _ if self.invalid_item(sink, key, item) => {}
                Value::Integer(digits, radix) => match i64::from_str_radix(digits, *radix) {
                    Ok(n) => match u32::try_from(n) {
                        Ok(article) => out.push(At::new(article, span)),
                        Err(_) => sink.push(Code::ArticleOutOfRange, span, msg::diag_article_below_one(n)),
                    },
                    Err(_) => {
                        sink.push(Code::InvalidNumber, span, msg::diag_article_unusable(digits.as_ref(), key));
                    }
                },
                other => sink.push(Code::WrongType, span, msg::diag_list_item_not_integer(other.describe(), key)),
            }
        }
        out
    }

    pub(crate) fn table(
        &self,
        sink: &mut Sink<'_>,
        key: &str,
        siblings: &[&'static Shape],
    ) -> Option<TableView<'t, 'i>> {
        let Ty::Table(shape) = self.field(key).ty else { return None };
        let value = self.lookup(sink, key)?;
        let Some(table) = value.value.as_table() else {
            self.wrong_type(sink, key, value);
            return None;
        };
        let at = self.at.child(self.field(key).key, None);
        Some(TableView::new(sink, table, value.span, shape, at, siblings))
    }

    pub(crate) fn tables(&self, sink: &mut Sink<'_>, key: &str, siblings: &[&'static Shape]) -> Vec<TableView<'t, 'i>> {
        let Ty::Tables(shape) = self.field(key).ty else { return Vec::new() };
        let Some((array, _)) = self.array(sink, key) else { return Vec::new() };
        let mut out = Vec::with_capacity(array.len());
        for (index, item) in array.iter().enumerate() {
            if self.invalid_item(sink, key, item) {
                continue;
            }
            if let Some(table) = item.value.as_table() {
                let at = self.at.child(self.field(key).key, Some(index));
                out.push(TableView::new(sink, table, item.span, shape, at, siblings));
            } else {
                sink.push(Code::WrongType, item.span, msg::diag_list_item_not_table(item.value.describe(), key));
            }
        }
        out
    }

    /// The entries of a `Ty::Map` table: free names, each a table of the map's shape.
    pub(crate) fn map(&self, sink: &mut Sink<'_>, key: &str) -> Vec<(At<String>, TableView<'t, 'i>)> {
        let Ty::Map(shape) = self.field(key).ty else { return Vec::new() };
        let Some(value) = self.lookup(sink, key) else { return Vec::new() };
        let Some(table) = value.value.as_table() else {
            self.wrong_type(sink, key, value);
            return Vec::new();
        };
        let mut out = Vec::new();
        for Entry { key: name, key_span, item: entry } in table.sorted() {
            if matches!(entry.value, Value::Invalid) {
                claim(sink, entry.span, name, false, Expect::Table);
                continue;
            }
            if let Some(inner) = entry.value.as_table() {
                let at = self.at.child(self.field(key).key, None);
                let view = TableView::new(sink, inner, entry.span, shape, at, &[]);
                out.push((At::new(name.to_string(), *key_span), view));
            } else {
                sink.push(Code::WrongType, entry.span, msg::diag_map_entry_not_table(key, name.as_ref()));
            }
        }
        out
    }
}

static MISSING_FIELD: Field = Field { key: "", ty: Ty::Text, required: false, doc: "" };

#[allow(clippy::cast_precision_loss)]
fn i64_to_f64(n: i64) -> f64 {
    n as f64
}

fn check_control_characters(sink: &mut Sink<'_>, s: &str, span: Span) {
    if let Some(c) = s.chars().find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')) {
        sink.push(Code::ControlCharacter, span, msg::diag_control_character(format!("U+{:04X}", u32::from(c))));
    }
}

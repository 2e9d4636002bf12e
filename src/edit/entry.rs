//! Tables and inline tables of a `toml_edit` document, edited in the file's own layout: a
//! replaced value keeps what is around it (a comment after it stays in its column); a new key
//! goes where the file format lists it, indented like its neighbour; a new entry of an array
//! follows its last sibling, laid out like it.

use crate::message::{Failure, msg};
use toml_edit::{Array, ArrayOfTables, InlineTable, Item, RawString, Table, Value};

use crate::model::shape::Shape;

/// A table or an inline table of the document.
pub(super) enum Entry<'a> {
    Table(&'a mut Table),
    Inline(&'a mut InlineTable),
}

impl Entry<'_> {
    pub(super) fn of(item: &mut Item) -> Option<Entry<'_>> {
        match item {
            Item::Table(t) => Some(Entry::Table(t)),
            Item::Value(Value::InlineTable(t)) => Some(Entry::Inline(t)),
            _ => None,
        }
    }

    pub(super) fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Entry::Table(t) => t.get(key).and_then(Item::as_value),
            Entry::Inline(t) => t.get(key),
        }
    }

    pub(super) fn text(&self, key: &str) -> Option<&str> {
        self.get(key).and_then(Value::as_str)
    }

    pub(super) fn date(&self, key: &str) -> Option<String> {
        self.get(key).and_then(Value::as_datetime).map(ToString::to_string)
    }

    pub(super) fn child(&mut self, key: &str) -> Option<Entry<'_>> {
        match self {
            Entry::Table(t) => t.get_mut(key).and_then(Entry::of),
            Entry::Inline(t) => t.get_mut(key).and_then(Value::as_inline_table_mut).map(Entry::Inline),
        }
    }

    /// Sets `key`: in place if it is there (keeping what is around the value, a comment after it
    /// in its column), else as a new line after the keys that `shape` lists before it.
    pub(super) fn set(&mut self, shape: &Shape, key: &str, value: Value) {
        let old = match self {
            Entry::Table(t) => t.get_mut(key).and_then(Item::as_value_mut),
            Entry::Inline(t) => t.get_mut(key),
        };
        if let Some(old) = old {
            let (decor, width) = (old.decor().clone(), bare_width(old));
            *old = value;
            let suffix = decor.suffix().and_then(RawString::as_str).map(|s| realign(s, width, bare_width(old)));
            *old.decor_mut() = decor;
            if let Some(suffix) = suffix {
                old.decor_mut().set_suffix(suffix);
            }
            return;
        }
        match self {
            Entry::Table(t) => insert_in_order(t, shape, key, value),
            Entry::Inline(t) => inline_insert(t, key, value),
        }
    }

    pub(super) fn remove(&mut self, key: &str) {
        match self {
            Entry::Table(t) => drop(t.remove(key)),
            Entry::Inline(t) => drop(t.remove(key)),
        }
    }
}

/// How many characters a value takes, without what is around it.
fn bare_width(value: &Value) -> usize {
    let mut bare = value.clone();
    bare.decor_mut().clear();
    bare.to_string().chars().count()
}

/// Keeps a comment after a value in its column when the value changes width (at least one
/// space stays between them).
fn realign(suffix: &str, old_width: usize, new_width: usize) -> String {
    let spaces = suffix.len() - suffix.trim_start_matches(' ').len();
    match suffix.get(spaces..) {
        Some(rest) if rest.starts_with('#') => {
            let wanted = (spaces + old_width).saturating_sub(new_width).max(1);
            format!("{}{rest}", " ".repeat(wanted))
        }
        _ => suffix.to_owned(),
    }
}

/// The entries of an array of tables, or of an array of inline tables.
pub(super) fn entries(item: &mut Item) -> Vec<Entry<'_>> {
    match item {
        Item::ArrayOfTables(a) => a.iter_mut().map(Entry::Table).collect(),
        Item::Value(Value::Array(a)) => {
            a.iter_mut().filter_map(Value::as_inline_table_mut).map(Entry::Inline).collect()
        }
        _ => Vec::new(),
    }
}

/// Inserts a new key after the last value whose key `shape` lists before it, indented like its
/// neighbour; the keys after it are moved back unchanged.
fn insert_in_order(t: &mut Table, shape: &Shape, key: &str, value: Value) {
    let rank = |k: &str| shape.fields.iter().position(|f| f.key == k).unwrap_or(usize::MAX);
    let keys: Vec<String> = t.iter().map(|(k, _)| k.to_owned()).collect();
    let values: Vec<&String> = keys.iter().filter(|k| t.get(k).is_some_and(Item::is_value)).collect();
    let after = values.iter().rposition(|k| rank(k) < rank(key));
    let neighbour = after.and_then(|i| values.get(i)).or_else(|| values.first());
    let indent = neighbour.and_then(|k| t.key(k)).map(|k| indentation(k.leaf_decor().prefix())).unwrap_or_default();
    let at = match after.and_then(|i| values.get(i)) {
        Some(k) => keys.iter().position(|x| x == *k).map_or(keys.len(), |i| i + 1),
        None => values.first().and_then(|k| keys.iter().position(|x| x == *k)).unwrap_or(keys.len()),
    };
    let moved: Vec<_> = keys.iter().skip(at).filter_map(|k| t.remove_entry(k)).collect();
    t.insert(key, Item::Value(value));
    if let Some(mut k) = t.key_mut(key) {
        k.leaf_decor_mut().set_prefix(indent);
    }
    for (k, item) in moved {
        t.insert_formatted(&k, item);
    }
}

/// Appends an entry to the array of tables `key` of `parent`, creating it if need be (a new
/// top-level array goes at `end`, the end of the file).
pub(super) fn append(
    parent: Entry<'_>,
    key: &str,
    fields: Vec<(&'static str, Value)>,
    end: Option<isize>,
) -> anyhow::Result<()> {
    match parent {
        Entry::Table(t) => {
            let (dotted, first) = (t.is_dotted(), Layout::child(t));
            match t.get_mut(key) {
                Some(Item::ArrayOfTables(a)) => {
                    let new = new_table(fields, &a.iter().last().map_or_else(Layout::default, Layout::sibling));
                    a.push(new);
                }
                Some(Item::Value(Value::Array(a))) => push_inline(a, fields),
                Some(_) => return Err(Failure::new(msg::edit_not_array_of_tables(key)).into()),
                None if dotted => {
                    let mut a = Array::new();
                    push_inline(&mut a, fields);
                    t.insert(key, Item::Value(Value::Array(a)));
                }
                None => {
                    let mut new = new_table(fields, &first);
                    new.set_position(end);
                    let mut a = ArrayOfTables::new();
                    a.push(new);
                    t.insert(key, Item::ArrayOfTables(a));
                }
            }
        }
        Entry::Inline(t) => match t.get_mut(key) {
            Some(Value::Array(a)) => push_inline(a, fields),
            Some(_) => return Err(Failure::new(msg::edit_not_array(key)).into()),
            None => {
                let mut a = Array::new();
                push_inline(&mut a, fields);
                inline_insert(t, key, Value::Array(a));
            }
        },
    }
    Ok(())
}

/// How a new table is laid out: a blank line before it or not, its indentation and its keys'.
#[derive(Default)]
struct Layout {
    blank_line: bool,
    indent: String,
    key_indent: String,
}

impl Layout {
    /// Like an existing entry of the same array.
    fn sibling(t: &Table) -> Self {
        let prefix = t.decor().prefix().and_then(RawString::as_str).unwrap_or("");
        Self {
            blank_line: prefix.contains('\n') || prefix.contains('#'),
            indent: indentation(t.decor().prefix()),
            key_indent: first_key_indent(t),
        }
    }

    /// The first entry of a new array inside `parent`: indented like the parent and its keys.
    fn child(parent: &Table) -> Self {
        Self { blank_line: true, indent: indentation(parent.decor().prefix()), key_indent: first_key_indent(parent) }
    }
}

fn new_table(fields: Vec<(&'static str, Value)>, layout: &Layout) -> Table {
    let mut t = Table::new();
    let blank = if layout.blank_line { "\n" } else { "" };
    t.decor_mut().set_prefix(format!("{blank}{}", layout.indent));
    for (key, value) in fields {
        t.insert(key, Item::Value(value));
        if let Some(mut k) = t.key_mut(key) {
            k.leaf_decor_mut().set_prefix(layout.key_indent.clone());
        }
    }
    t
}

fn push_inline(a: &mut Array, fields: Vec<(&'static str, Value)>) {
    let mut t = InlineTable::new();
    for (key, value) in fields {
        t.insert(key, value);
    }
    let mut value = Value::InlineTable(t);
    if let Some(last) = a.iter_mut().last() {
        // One element a line: the new one on its own line too.
        let prefix = last.decor().prefix().and_then(RawString::as_str).filter(|p| p.contains('\n'));
        if let Some(prefix) = prefix.map(str::to_owned) {
            value.decor_mut().set_prefix(prefix);
        }
        move_trailing_space(last, &mut value);
    }
    a.push_formatted(value);
}

/// Adds a key at the end of an inline table, the space before `}` moved after it.
fn inline_insert(t: &mut InlineTable, key: &str, mut value: Value) {
    let last = t.iter().last().map(|(k, _)| k.to_owned());
    if let Some(last) = last.and_then(|k| t.get_mut(&k)) {
        move_trailing_space(last, &mut value);
    }
    t.insert(key, value);
}

/// The blank space after what was the last value (before `]` or `}`) goes after the new last.
fn move_trailing_space(last: &mut Value, new: &mut Value) {
    let suffix = last.decor().suffix().and_then(RawString::as_str).map(str::to_owned);
    if let Some(suffix) = suffix.filter(|s| s.trim().is_empty()) {
        last.decor_mut().set_suffix("");
        new.decor_mut().set_suffix(suffix);
    }
}

/// The spaces and tabs that start the last line of a decor prefix.
fn indentation(prefix: Option<&RawString>) -> String {
    let text = prefix.and_then(RawString::as_str).unwrap_or("");
    let last = text.rsplit('\n').next().unwrap_or("");
    if last.chars().all(|c| c == ' ' || c == '\t') { last.to_owned() } else { String::new() }
}

fn first_key_indent(t: &Table) -> String {
    t.iter()
        .find(|(_, item)| item.is_value())
        .and_then(|(k, _)| t.key(k))
        .map(|k| indentation(k.leaf_decor().prefix()))
        .unwrap_or_default()
}

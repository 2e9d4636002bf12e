//! A spanned TOML document as the reader walks it: tables are short vectors in file order.
//! `model::build` makes one from `toml_parser`'s events, keeping what it can of a file with
//! errors; `Table::from_toml` converts the `toml` crate's tree, for comparing the two.

use std::borrow::Cow;
use std::collections::HashMap;

use toml::Spanned;
use toml::de::{DeTable, DeValue};
use toml::value::Datetime;

use crate::diag::Span;

/// A TOML value; strings borrow from the file's text unless they hold escapes.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value<'i> {
    String(Cow<'i, str>),
    /// The digits without prefix or underscores, and the radix (10, 16, 8 or 2).
    Integer(Cow<'i, str>, u32),
    /// As written, without underscores (`inf` and `nan` included).
    Float(Cow<'i, str>),
    Boolean(bool),
    Datetime(Datetime),
    Array(Array<'i>),
    Table(Table<'i>),
    /// A value written where TOML wants one but that cannot be read (`48,5`, `“text”`,
    /// `2023-02-30`): the key is there, its value unknown. The builder recorded why.
    Invalid,
}

/// A value and where it is written.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Item<'i> {
    pub value: Value<'i>,
    pub span: Span,
}

/// An array; `of_tables` when it was made by `[[name]]` headers.
#[derive(Clone, Debug, Default)]
pub(crate) struct Array<'i> {
    pub items: Vec<Item<'i>>,
    pub of_tables: bool,
    /// Entries past [`MAX_ARRAY_ENTRIES`] that were read and not kept (0 in any real plan).
    pub dropped: usize,
}

/// The most entries an array keeps. No plan needs more (39 articles, a few hundred measurements);
/// a longer array is one finding (`too-many-entries`), and the reader keeps only its first
/// entries and its last (the one later headers add to), so that a file of millions of entries
/// takes memory in proportion to what is reported, not to its length.
pub(crate) const MAX_ARRAY_ENTRIES: usize = 10_000;

impl<'i> Array<'i> {
    /// Adds an entry; past the limit it takes the last entry's place and is counted as dropped.
    pub(crate) fn push(&mut self, item: Item<'i>) {
        if self.items.len() < MAX_ARRAY_ENTRIES {
            self.items.push(item);
        } else if let Some(last) = self.items.last_mut() {
            *last = item;
            self.dropped += 1;
        }
    }

    /// How many entries the array has, kept or not.
    pub(crate) fn len(&self) -> usize {
        self.items.len() + self.dropped
    }
}

/// One key of a table, where the key is written, and its value.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Entry<'i> {
    pub key: Cow<'i, str>,
    pub key_span: Span,
    pub item: Item<'i>,
}

/// A table. The flags say how it was made, for TOML's rules on defining a table twice:
/// `implicit` (only named on the way to another, as `a` in `[a.b]`), `dotted` (by dotted keys)
/// and `inline` (`{ … }`, closed once written).
#[derive(Clone, Debug, Default)]
#[allow(clippy::struct_excessive_bools)] // TOML's three flags, and whether every line was read
pub(crate) struct Table<'i> {
    pub entries: Vec<Entry<'i>>,
    pub implicit: bool,
    pub dotted: bool,
    pub inline: bool,
    /// A line of the table could not be read: a key may be missing from it only in appearance.
    pub incomplete: bool,
    /// Positions by key, once the table is too wide for a linear search (hostile files). Boxed:
    /// every other table is a pointer wider, not a map.
    #[allow(clippy::box_collection)]
    index: Option<Box<HashMap<Cow<'i, str>, usize>>>,
}

/// Keys per table up to which lookups are a linear search. A plan's tables have about a dozen
/// keys; wider tables (only in hostile or broken files) are indexed.
const LINEAR_KEYS: usize = 64;

impl<'i> Value<'i> {
    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Self::String(s) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn as_table(&self) -> Option<&Table<'i>> {
        match self {
            Self::Table(t) => Some(t),
            _ => None,
        }
    }

    /// How the value is named in messages ("a string", "a date-time", …).
    pub(crate) fn describe(&self) -> crate::message::Message {
        use crate::message::msg;
        match self {
            Self::String(_) => msg::found_string(),
            Self::Integer(..) => msg::found_integer(),
            Self::Float(_) => msg::found_float(),
            Self::Boolean(_) => msg::found_boolean(),
            Self::Datetime(dt) if dt.time.is_some() => msg::found_date_time(),
            Self::Datetime(_) => msg::found_date(),
            Self::Array(_) => msg::found_array(),
            Self::Table(_) => msg::found_table(),
            Self::Invalid => msg::found_unreadable(),
        }
    }
}

impl<'i> Table<'i> {
    /// An empty table made the way the flags say.
    pub(crate) fn made(implicit: bool, dotted: bool, inline: bool) -> Self {
        Self { implicit, dotted, inline, ..Self::default() }
    }

    pub(crate) fn get(&self, key: &str) -> Option<&Item<'i>> {
        self.entry(key).map(|e| &e.item)
    }

    pub(crate) fn entry(&self, key: &str) -> Option<&Entry<'i>> {
        self.position(key).and_then(|i| self.entries.get(i))
    }

    pub(crate) fn position(&self, key: &str) -> Option<usize> {
        match &self.index {
            Some(index) => index.get(key).copied(),
            None => self.entries.iter().position(|e| e.key == key),
        }
    }

    /// Adds an entry whose key the table does not have yet.
    pub(crate) fn push(&mut self, entry: Entry<'i>) {
        let position = self.entries.len();
        if let Some(index) = &mut self.index {
            index.insert(entry.key.clone(), position);
        } else if position == LINEAR_KEYS {
            let mut index: HashMap<Cow<'i, str>, usize> =
                self.entries.iter().enumerate().map(|(i, e)| (e.key.clone(), i)).collect();
            index.insert(entry.key.clone(), position);
            self.index = Some(Box::new(index));
        }
        self.entries.push(entry);
    }

    /// The entries sorted by key (the order TOML tables have no say in).
    pub(crate) fn sorted(&self) -> Vec<&Entry<'i>> {
        let mut entries: Vec<&Entry<'i>> = self.entries.iter().collect();
        entries.sort_by(|a, b| a.key.cmp(&b.key));
        entries
    }

    /// The `toml` crate's tree of a document, as a tree of this module's types.
    pub(crate) fn from_toml(table: &'i DeTable<'_>) -> Self {
        let entries = table.iter().map(|(key, value)| Entry {
            key: Cow::Borrowed(key.get_ref().as_ref()),
            key_span: Span::from(key.span()),
            item: Item::from_toml(value),
        });
        let mut converted = Self::default();
        for entry in entries {
            converted.push(entry);
        }
        converted
    }
}

impl<'i> Item<'i> {
    fn from_toml(value: &'i Spanned<DeValue<'_>>) -> Self {
        let converted = match value.get_ref() {
            DeValue::String(s) => Value::String(Cow::Borrowed(s.as_ref())),
            DeValue::Integer(i) => Value::Integer(Cow::Borrowed(i.as_str()), i.radix()),
            DeValue::Float(f) => Value::Float(Cow::Borrowed(f.as_str())),
            DeValue::Boolean(b) => Value::Boolean(*b),
            DeValue::Datetime(dt) => Value::Datetime(*dt),
            DeValue::Array(a) => {
                let mut array = Array::default();
                a.iter().for_each(|item| array.push(Item::from_toml(item)));
                Value::Array(array)
            }
            DeValue::Table(t) => Value::Table(Table::from_toml(t)),
        };
        Self { value: converted, span: Span::from(value.span()) }
    }
}

/// Arrays are equal by their items, tables by their entries in any order: the flags only
/// matter while a document is built.
impl PartialEq for Array<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.items == other.items && self.dropped == other.dropped
    }
}

impl PartialEq for Table<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.sorted() == other.sorted()
    }
}

//! A document tree straight from `toml_parser`'s events, and what of the file is not TOML.
//!
//! The builder follows TOML 1.1's rules (headers, dotted keys, inline tables, arrays of tables)
//! into short vectors, and never gives up: a value it cannot read stays in the tree as
//! `Value::Invalid` (the key is there, its value unknown), a line it cannot read marks its table
//! `incomplete` (a key may be missing from it only in appearance), and each problem becomes a
//! [`Fault`]. Where an unclosed `[` or `{` would swallow the rest of the file, the rest is parsed
//! again from the next line that starts a key or a table.

mod events;
mod table;
#[cfg(test)]
mod tests;

use std::borrow::Cow;

use toml_parser::Source;

use self::events::{Cursor, parse_segment, resync_point};
use self::table::{Conflict, descend, find_or_insert, insert};
use super::fault::{Fault, FaultKind};
use super::tree::{Array, Item, Table, Value};
use crate::diag::Span;

/// A file's tree and what in it is not TOML, in file order.
pub(crate) struct Document<'i> {
    pub root: Table<'i>,
    pub faults: Vec<Fault>,
}

impl Document<'_> {
    /// Whether anything of the file is not TOML.
    pub(crate) fn is_valid(&self) -> bool {
        self.faults.is_empty()
    }
}

/// The nesting the `toml` crate accepts (its own limit), for dotted keys as for values.
const MAX_DEPTH: u32 = 80;

/// How often the rest of a file is parsed again after an unclosed `[` or `{`; past that, the
/// parser's own recovery stands (the rest of the file is inside the bracket).
const MAX_RESYNCS: usize = 16;

/// Faults kept per file. Past this many the file is hostile or not a plan at all; the finding
/// list is cut well before (`diag::MAX_PER_FILE`), and memory stays bounded.
const MAX_FAULTS: usize = 1000;

/// The document's tree and its faults. A file without faults is exactly what the `toml` crate
/// reads (`check_against_toml`).
pub(crate) fn document(text: &str) -> Document<'_> {
    let mut state = State::new(text);
    let mut start = 0;
    for round in 0..=MAX_RESYNCS {
        let rest = text.get(start..).unwrap_or_default();
        let (events, errors) = parse_segment(rest, start);
        let cut = if errors.is_empty() || round == MAX_RESYNCS { None } else { resync_point(text, start, &errors) };
        let Some(cut) = cut else {
            Cursor::new(&events, errors).feed(&mut state);
            break;
        };
        let (events, errors) = parse_segment(text.get(start..cut).unwrap_or_default(), start);
        Cursor::new(&events, errors).feed(&mut state);
        start = cut;
    }
    state.finish()
}

/// A key as written and where.
#[derive(Clone, Debug)]
struct Key<'i> {
    name: Cow<'i, str>,
    span: Span,
}

/// A `[table]` or `[[array]]` header: the path to its parent, its own key, its span.
struct Header<'i> {
    path: Vec<Key<'i>>,
    key: Key<'i>,
    span: Span,
    is_array: bool,
    /// A `[table]` that continues one named before: it goes back in its place when finished.
    reopened: bool,
}

/// Whose keys are being read.
enum Current<'i> {
    /// The root's own, before the first header.
    Root,
    Header(Header<'i>),
    /// A table with no place in the document (an unreadable or conflicting header): its keys
    /// are read for their own faults and then dropped.
    Detached,
}

/// What persists from one parsed segment to the next.
struct State<'i> {
    source: Source<'i>,
    root: Table<'i>,
    /// The table whose keys are being read.
    table: Table<'i>,
    current: Current<'i>,
    faults: Vec<Fault>,
    /// Spans of values made `Value::Invalid` on the line being read: parser errors inside them
    /// are theirs, not findings of their own.
    invalid_on_line: Vec<Span>,
}

impl<'i> State<'i> {
    fn new(text: &'i str) -> Self {
        Self {
            source: Source::new(text),
            root: Table::default(),
            table: Table::default(),
            current: Current::Root,
            faults: Vec::new(),
            invalid_on_line: Vec::new(),
        }
    }

    fn fault(&mut self, span: Span, kind: FaultKind) {
        if self.faults.len() < MAX_FAULTS {
            self.faults.push(Fault::new(span, kind));
        }
    }

    fn conflict(&mut self, conflict: Conflict) {
        match conflict {
            Conflict::Duplicate { key, span, first } => self.fault(span, FaultKind::DuplicateKey { key, first }),
            Conflict::NotATable { key, span } => self.fault(span, FaultKind::NotATable { key }),
        }
    }

    /// A line of the current table could not be read.
    fn lost_line(&mut self) {
        match self.current {
            Current::Detached => self.root.incomplete = true,
            _ => self.table.incomplete = true,
        }
    }

    fn finish(mut self) -> Document<'i> {
        self.finish_table();
        self.faults.sort_by_key(|f| f.span.start);
        Document { root: self.root, faults: self.faults }
    }

    /// Puts the table just read where its header says.
    fn finish_table(&mut self) {
        let table = std::mem::take(&mut self.table);
        let header = match std::mem::replace(&mut self.current, Current::Detached) {
            Current::Root => {
                self.root = table;
                return;
            }
            Current::Detached => return,
            Current::Header(header) => header,
        };
        let item = Item { value: Value::Table(table), span: header.span };
        let parent = match descend(&mut self.root, &header.path, false) {
            Ok(parent) => parent,
            Err(conflict) => return self.conflict(conflict),
        };
        if header.reopened
            && let Some(entry) = parent.position(&header.key.name).and_then(|i| parent.entries.get_mut(i))
        {
            entry.key_span = header.key.span;
            entry.item = item;
            return;
        }
        if !header.is_array {
            if let Err(conflict) = insert(parent, header.key, item) {
                self.conflict(conflict);
            }
            return;
        }
        let array = Item { value: Value::Array(Array { of_tables: true, ..Array::default() }), span: header.span };
        let found = find_or_insert(parent, &header.key, array).map(|index| parent.entries.get_mut(index));
        match found {
            Ok(Some(entry)) => match &mut entry.item.value {
                Value::Array(array) if array.of_tables => array.push(item),
                _ => {
                    let first = entry.key_span;
                    let key = header.key.name.into_owned();
                    self.fault(header.key.span, FaultKind::DuplicateTable { key, first });
                }
            },
            Ok(None) => {}
            Err(conflict) => self.conflict(conflict),
        }
    }

    /// Begins the table a header names: a `[table]` named before only on the way to another
    /// continues in its place; one defined before is a fault, and its keys are added to it.
    fn start_table(&mut self, mut header: Header<'i>) {
        self.finish_table();
        if !header.is_array {
            let parent = match descend(&mut self.root, &header.path, false) {
                Ok(parent) => parent,
                Err(conflict) => {
                    self.conflict(conflict);
                    return self.detach();
                }
            };
            if let Some(entry) = parent.position(&header.key.name).and_then(|i| parent.entries.get_mut(i)) {
                let first = entry.key_span;
                match &mut entry.item.value {
                    Value::Table(table) if !table.inline => {
                        let defined = !table.implicit || table.dotted;
                        self.table = std::mem::take(table);
                        header.reopened = true;
                        if defined {
                            let key = header.key.name.to_string();
                            self.fault(header.key.span, FaultKind::DuplicateTable { key, first });
                        }
                    }
                    Value::Array(array) if array.of_tables => {
                        let key = header.key.name.to_string();
                        self.fault(header.key.span, FaultKind::TableIsList { key, first });
                        return self.detach();
                    }
                    _ => {
                        let key = header.key.name.to_string();
                        self.fault(header.key.span, FaultKind::DuplicateTable { key, first });
                        return self.detach();
                    }
                }
            }
        }
        self.table.implicit = false;
        self.table.dotted = false;
        self.current = Current::Header(header);
    }

    /// Keys from here to the next header go nowhere, and any table may be the poorer for it.
    fn detach(&mut self) {
        self.finish_table();
        self.current = Current::Detached;
        self.root.incomplete = true;
    }

    /// `key = value` in the current table.
    fn key_value(&mut self, path: &[Key<'i>], key: Key<'i>, value: Item<'i>) {
        let dotted = !path.is_empty();
        let placed = descend(&mut self.table, path, dotted).and_then(|parent| {
            // Dotted keys may not add to a table defined by a header.
            if dotted && !parent.implicit {
                let last = path.last().map_or_else(|| key.clone(), Key::clone);
                return Err(Conflict::NotATable { key: last.name.into_owned(), span: last.span });
            }
            insert(parent, key, value)
        });
        if let Err(conflict) = placed {
            self.conflict(conflict);
        }
    }
}

/// Whether the builder agrees with the `toml` crate on `text`: a document it finds no fault in
/// the crate accepts, into the same tree with the same spans, and one it finds faults in the
/// crate rejects. For the fuzz target and tests.
///
/// # Errors
/// What differs, for the failure message.
pub(crate) fn check_against_toml(text: &str) -> Result<(), String> {
    let built = document(text);
    let (parsed, errors) = toml::de::DeTable::parse_recoverable(text);
    match (built.is_valid(), errors.is_empty()) {
        (true, false) => return Err(format!("accepted a document the toml crate rejects: {errors:?}")),
        (false, true) => return Err(format!("found faults in a document the toml crate accepts: {:?}", built.faults)),
        (false, false) => return Ok(()),
        (true, true) => {}
    }
    let slow = Table::from_toml(parsed.get_ref());
    if slow != built.root {
        return Err(format!("the trees differ:\nbuilt:  {:?}\ntoml:   {slow:?}", built.root));
    }
    Ok(())
}

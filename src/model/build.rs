//! A document tree straight from `toml_parser`'s events, for files without TOML errors.
//!
//! The `toml` crate builds its tree in B-tree maps, which is most of what reading a plan costs.
//! This builder follows the same rules (TOML 1.1: headers, dotted keys, inline tables, arrays of
//! tables) into short vectors, and gives up at the first thing it does not accept: any syntax
//! error, a key defined twice, a table with more keys than a linear search suits. The caller
//! then parses the file with the `toml` crate, whose messages and recovery are the contract.

use std::borrow::Cow;

use toml_parser::decoder::ScalarKind;
use toml_parser::parser::{Event, EventKind, RecursionGuard, ValidateWhitespace};
use toml_parser::{ParseError, Source};

use super::tree::{Array, Entry, Item, Table, Value};
use crate::diag::Span;

/// The document's root table, or `None` when the file must go through the `toml` crate.
pub(crate) fn document(text: &str) -> Option<Table<'_>> {
    let source = Source::new(text);
    // Room for the most tokens the text can hold (each is at least a byte), so the vector never
    // grows: growing holds the old and the new buffer at once (`into_vec` guesses 2 in 7 bytes,
    // and a file of `1,1,1,…` has a token per byte). Pages never written take no memory.
    let mut tokens = Vec::with_capacity(text.len() + 1);
    tokens.extend(source.lex());
    // Only the events the builder reads: whitespace, comments, line ends and commas between
    // values say nothing once the parser has found no error (about half of all events; a file
    // of `[1,1,1,…]` is half commas).
    let mut events: Vec<Event> = Vec::with_capacity(tokens.len() / 2);
    let mut keep = |event: Event| {
        if !matches!(
            event.kind(),
            EventKind::Whitespace | EventKind::Comment | EventKind::Newline | EventKind::ValueSep
        ) {
            events.push(event);
        }
    };
    let mut failed = false;
    {
        let mut whitespace = ValidateWhitespace::new(&mut keep, source);
        let mut guard = RecursionGuard::new(&mut whitespace, MAX_DEPTH);
        toml_parser::parser::parse_document(&tokens, &mut guard, &mut |_: ParseError| failed = true);
    }
    if failed {
        return None;
    }
    drop(tokens);
    let mut builder = Builder { source, events: &events, next: 0, state: State::default() };
    builder.document().ok()
}

/// The nesting the `toml` crate accepts (its own limit).
const MAX_DEPTH: u32 = 80;

/// Keys per table up to which lookups are a linear search; larger tables go to the `toml` crate.
/// A plan's tables have about a dozen keys; the bound keeps a hostile file of many wide tables
/// at 64 comparisons per key at most.
const MAX_KEYS: usize = 64;

/// Why the builder stopped: the file goes through the `toml` crate.
struct GiveUp;

type Built<T> = Result<T, GiveUp>;

/// A key as written and where.
#[derive(Clone)]
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
}

#[derive(Default)]
struct State<'i> {
    root: Table<'i>,
    /// The table whose keys are being read (the root's own keys before the first header).
    current: Table<'i>,
    header: Option<Header<'i>>,
}

struct Builder<'e, 'i> {
    source: Source<'i>,
    events: &'e [Event],
    next: usize,
    state: State<'i>,
}

fn span_of(event: &Event) -> Span {
    Span::new(event.span().start(), event.span().end())
}

impl<'i> Builder<'_, 'i> {
    fn document(&mut self) -> Built<Table<'i>> {
        while let Some(event) = self.take() {
            match event.kind() {
                EventKind::Whitespace | EventKind::Comment | EventKind::Newline => {}
                EventKind::StdTableOpen | EventKind::ArrayTableOpen => {
                    self.finish_table()?;
                    let header = self.header(&event)?;
                    self.start_table(header)?;
                }
                EventKind::SimpleKey => {
                    let (path, key) = self.key(&event)?;
                    self.expect_key_val_sep()?;
                    let value = self.value()?;
                    self.key_value(&path, key, value)?;
                }
                _ => return Err(GiveUp),
            }
        }
        self.finish_table()?;
        Ok(std::mem::take(&mut self.state.root))
    }

    fn take(&mut self) -> Option<Event> {
        let event = self.events.get(self.next).copied();
        self.next += 1;
        event
    }

    fn peek(&self, ahead: usize) -> Option<EventKind> {
        self.events.get(self.next + ahead).map(Event::kind)
    }

    fn skip_whitespace(&mut self) {
        if self.peek(0) == Some(EventKind::Whitespace) {
            self.next += 1;
        }
    }

    fn expect(&mut self, kind: EventKind) -> Built<Event> {
        self.take().filter(|e| e.kind() == kind).ok_or(GiveUp)
    }

    fn expect_key_val_sep(&mut self) -> Built<()> {
        self.skip_whitespace();
        self.expect(EventKind::KeyValSep)?;
        self.skip_whitespace();
        Ok(())
    }

    /// `[a.b]` or `[[a.b]]` after its opening bracket.
    fn header(&mut self, open: &Event) -> Built<Header<'i>> {
        let is_array = open.kind() == EventKind::ArrayTableOpen;
        let close = if is_array { EventKind::ArrayTableClose } else { EventKind::StdTableClose };
        self.skip_whitespace();
        let first = self.expect(EventKind::SimpleKey)?;
        let (path, key) = self.key(&first)?;
        self.skip_whitespace();
        let end = self.expect(close)?;
        Ok(Header { path, key, span: Span::new(open.span().start(), end.span().end()), is_array })
    }

    /// A key, dotted or not, from its first part: the path to its table and its last part.
    fn key(&mut self, first: &Event) -> Built<(Vec<Key<'i>>, Key<'i>)> {
        let mut path = Vec::new();
        let mut last = self.simple_key(first)?;
        loop {
            let dot_next = self.peek(0) == Some(EventKind::KeySep)
                || (self.peek(0) == Some(EventKind::Whitespace) && self.peek(1) == Some(EventKind::KeySep));
            if !dot_next {
                break;
            }
            self.skip_whitespace();
            self.expect(EventKind::KeySep)?;
            self.skip_whitespace();
            let part = self.expect(EventKind::SimpleKey)?;
            path.push(std::mem::replace(&mut last, self.simple_key(&part)?));
            if path.len() >= MAX_DEPTH as usize {
                return Err(GiveUp);
            }
        }
        Ok((path, last))
    }

    fn simple_key(&self, event: &Event) -> Built<Key<'i>> {
        let raw = self.source.get(event).ok_or(GiveUp)?;
        let mut name = Cow::Borrowed("");
        let mut failed = false;
        raw.decode_key(&mut name, &mut |_: ParseError| failed = true);
        if failed {
            return Err(GiveUp);
        }
        Ok(Key { name, span: span_of(event) })
    }

    fn value(&mut self) -> Built<Item<'i>> {
        let event = self.take().ok_or(GiveUp)?;
        match event.kind() {
            EventKind::Scalar => self.scalar(&event),
            EventKind::ArrayOpen => self.array(&event),
            EventKind::InlineTableOpen => self.inline_table(&event),
            _ => Err(GiveUp),
        }
    }

    fn scalar(&self, event: &Event) -> Built<Item<'i>> {
        let raw = self.source.get(event).ok_or(GiveUp)?;
        let mut decoded = Cow::Borrowed("");
        let mut failed = false;
        let kind = raw.decode_scalar(&mut decoded, &mut |_: ParseError| failed = true);
        if failed {
            return Err(GiveUp);
        }
        let value = match kind {
            ScalarKind::String => Value::String(decoded),
            ScalarKind::Boolean(b) => Value::Boolean(b),
            // Impossible dates (2023-02-30) fail here; the `toml` crate's path reports them.
            ScalarKind::DateTime => Value::Datetime(decoded.parse().map_err(|_| GiveUp)?),
            ScalarKind::Float => Value::Float(decoded),
            ScalarKind::Integer(radix) => Value::Integer(decoded, radix.value()),
        };
        Ok(Item { value, span: span_of(event) })
    }

    fn array(&mut self, open: &Event) -> Built<Item<'i>> {
        let mut array = Array::default();
        loop {
            let event = self.take().ok_or(GiveUp)?;
            match event.kind() {
                EventKind::Whitespace | EventKind::Comment | EventKind::Newline | EventKind::ValueSep => {}
                EventKind::Scalar => array.push(self.scalar(&event)?),
                EventKind::ArrayOpen => array.push(self.array(&event)?),
                EventKind::InlineTableOpen => array.push(self.inline_table(&event)?),
                EventKind::ArrayClose => {
                    let span = Span::new(open.span().start(), event.span().end());
                    return Ok(Item { value: Value::Array(array), span });
                }
                _ => return Err(GiveUp),
            }
        }
    }

    fn inline_table(&mut self, open: &Event) -> Built<Item<'i>> {
        let mut table = Table { inline: true, ..Table::default() };
        loop {
            let event = self.take().ok_or(GiveUp)?;
            match event.kind() {
                EventKind::Whitespace | EventKind::Comment | EventKind::Newline | EventKind::ValueSep => {}
                EventKind::SimpleKey => {
                    let (path, key) = self.key(&event)?;
                    self.expect_key_val_sep()?;
                    let value = self.value()?;
                    let parent = descend_inline(&mut table, &path)?;
                    if parent.dotted == path.is_empty() {
                        return Err(GiveUp);
                    }
                    insert(parent, key, value)?;
                }
                EventKind::InlineTableClose => {
                    let span = Span::new(open.span().start(), event.span().end());
                    return Ok(Item { value: Value::Table(table), span });
                }
                _ => return Err(GiveUp),
            }
        }
    }

    fn key_value(&mut self, path: &[Key<'i>], key: Key<'i>, value: Item<'i>) -> Built<()> {
        let dotted = !path.is_empty();
        let parent = descend(&mut self.state.current, path, dotted)?;
        // Dotted keys may not add to a table defined by a header.
        if dotted && !parent.implicit {
            return Err(GiveUp);
        }
        insert(parent, key, value)
    }

    /// Puts the table just read where its header says.
    fn finish_table(&mut self) -> Built<()> {
        let table = std::mem::take(&mut self.state.current);
        let Some(header) = self.state.header.take() else {
            self.state.root = table;
            return Ok(());
        };
        let item = Item { value: Value::Table(table), span: header.span };
        let parent = descend(&mut self.state.root, &header.path, false)?;
        if !header.is_array {
            return insert(parent, header.key, item);
        }
        let array = Array { of_tables: true, ..Array::default() };
        let index = find_or_insert(parent, &header.key, Item { value: Value::Array(array), span: header.span })?;
        match parent.entries.get_mut(index).map(|e| &mut e.item.value) {
            Some(Value::Array(array)) if array.of_tables => {
                array.push(item);
                Ok(())
            }
            _ => Err(GiveUp),
        }
    }

    /// Begins a table: a `[table]` that only a longer header named so far continues it.
    fn start_table(&mut self, header: Header<'i>) -> Built<()> {
        if !header.is_array {
            let parent = descend(&mut self.state.root, &header.path, false)?;
            if let Some(index) = parent.position(&header.key.name) {
                match parent.entries.remove(index).item.value {
                    Value::Table(t) if t.implicit && !t.dotted => self.state.current = t,
                    _ => return Err(GiveUp),
                }
            }
        }
        self.state.current.implicit = false;
        self.state.current.dotted = false;
        self.state.header = Some(header);
        Ok(())
    }
}

/// Adds `key` to `table`; a key already there gives up.
fn insert<'i>(table: &mut Table<'i>, key: Key<'i>, item: Item<'i>) -> Built<()> {
    if table.entries.len() >= MAX_KEYS || table.position(&key.name).is_some() {
        return Err(GiveUp);
    }
    table.entries.push(Entry { key: key.name, key_span: key.span, item });
    Ok(())
}

/// Where `key` is in `table`, after adding it with `new` if it is not there yet.
fn find_or_insert<'i>(table: &mut Table<'i>, key: &Key<'i>, new: Item<'i>) -> Built<usize> {
    if let Some(index) = table.position(&key.name) {
        return Ok(index);
    }
    insert(table, key.clone(), new)?;
    Ok(table.entries.len() - 1)
}

/// The table at `path` under `table` in the document, creating implicit tables on the way; the
/// last table of an array of tables stands for the array.
fn descend<'t, 'i>(mut table: &'t mut Table<'i>, path: &[Key<'i>], dotted: bool) -> Built<&'t mut Table<'i>> {
    for key in path {
        let new = Table { implicit: true, dotted, ..Table::default() };
        let index = find_or_insert(table, key, Item { value: Value::Table(new), span: key.span })?;
        let value = table.entries.get_mut(index).map(|e| &mut e.item.value).ok_or(GiveUp)?;
        table = match value {
            Value::Array(array) if array.of_tables => match array.items.last_mut().map(|i| &mut i.value) {
                Some(Value::Table(last)) => last,
                _ => return Err(GiveUp),
            },
            Value::Table(child) if !child.inline => {
                if dotted && !child.implicit {
                    return Err(GiveUp);
                }
                if dotted {
                    child.dotted = true;
                }
                child
            }
            _ => return Err(GiveUp),
        };
    }
    Ok(table)
}

/// The table at `path` inside an inline table, creating dotted tables on the way.
fn descend_inline<'t, 'i>(mut table: &'t mut Table<'i>, path: &[Key<'i>]) -> Built<&'t mut Table<'i>> {
    for key in path {
        let new = Table { implicit: true, dotted: true, inline: true, ..Table::default() };
        let index = find_or_insert(table, key, Item { value: Value::Table(new), span: key.span })?;
        table = match table.entries.get_mut(index).map(|e| &mut e.item.value) {
            Some(Value::Table(child)) if child.implicit => child,
            _ => return Err(GiveUp),
        };
    }
    Ok(table)
}

/// Whether the builder agrees with the `toml` crate on `text`: it accepts only documents the
/// crate accepts, into the same tree with the same spans. For the fuzz target and tests.
///
/// # Errors
/// What differs, for the failure message.
pub(crate) fn check_against_toml(text: &str) -> Result<(), String> {
    let Some(fast) = document(text) else { return Ok(()) };
    let (parsed, errors) = toml::de::DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        return Err(format!("accepted a document the toml crate rejects: {errors:?}"));
    }
    let slow = Table::from_toml(parsed.get_ref());
    if slow != fast {
        return Err(format!("the trees differ:\nbuilt:  {fast:?}\ntoml:   {slow:?}"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
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
            assert_eq!(document(case).is_some(), accepted, "{case:?}");
        }
    }

    #[test]
    fn builds_valid_documents_and_gives_up_on_invalid_ones() {
        assert!(document("a.b = 1\n[c]\nd = [1, { e = 2 }]\n").is_some());
        for invalid in ["a = 1\na = 2\n", "[a]\n[a]\n", "d = 2023-02-30\n", "a = [1, 2\n", "a.b = 1\n[a]\n"] {
            assert!(document(invalid).is_none(), "{invalid:?}");
        }
        // A table too large for linear lookups goes to the `toml` crate.
        let wide: String = (0..=MAX_KEYS).map(|i| format!("k{i} = {i}")).collect::<Vec<_>>().join("\n");
        assert!(document(&wide).is_none());
        assert_eq!(check_against_toml(&wide), Ok(()));
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
                    assert!(document(&text).is_some(), "{} did not take the fast way", path.display());
                }
                checked += 1;
            }
        }
        assert!(checked >= 60, "only {checked} files found");
    }
}

//! Walking one parsed segment's events into the tree, line by line, each parser error either a
//! bad value's own or a fault of its line.

use std::borrow::Cow;

use toml_parser::decoder::ScalarKind;
use toml_parser::parser::{Event, EventKind, RecursionGuard, ValidateWhitespace};
use toml_parser::{ErrorSink, ParseError, Source};

use super::table::{Conflict, descend_inline, insert};
use super::{Header, Key, MAX_DEPTH, MAX_FAULTS, State};
use crate::diag::Span;
use crate::model::fault::FaultKind;
use crate::model::habits;
use crate::model::tree::{Array, Item, Table, Value};

/// A parser error: where its finding points, and the parser's words.
pub(super) struct SyntaxError {
    at: Span,
    description: Cow<'static, str>,
}

/// What the parser says of a bracket it reached the end of the text inside.
const UNCLOSED: [&str; 2] = ["unclosed array", "unclosed inline table"];

/// Keeps the parser's errors, at most `MAX_FAULTS` of them (a hostile file may have one per
/// byte), except that every unclosed bracket is kept: it decides where to parse again.
struct Errors {
    kept: Vec<SyntaxError>,
    offset: usize,
}

impl ErrorSink for Errors {
    fn report_error(&mut self, error: ParseError) {
        let unclosed = UNCLOSED.contains(&error.description());
        if self.kept.len() >= MAX_FAULTS && !unclosed {
            return;
        }
        // An unclosed bracket points at its opening, everything else where it went wrong.
        let span =
            if unclosed { error.context().or(error.unexpected()) } else { error.unexpected().or(error.context()) };
        let at = span
            .map_or(Span::new(self.offset, self.offset), |s| Span::new(s.start() + self.offset, s.end() + self.offset));
        let description = Cow::Owned(error.description().to_owned());
        self.kept.push(SyntaxError { at, description });
    }
}

/// Lexes and parses `segment`, which starts at byte `offset` of the file: its events and errors
/// with spans in the file's terms.
pub(super) fn parse_segment(segment: &str, offset: usize) -> (Vec<Event>, Vec<SyntaxError>) {
    let source = Source::new(segment);
    // Room for the most tokens the text can hold (each is at least a byte), so the vector never
    // grows: growing holds the old and the new buffer at once (`into_vec` guesses 2 in 7 bytes,
    // and a file of `1,1,1,…` has a token per byte). Pages never written take no memory.
    let mut tokens = Vec::with_capacity(segment.len() + 1);
    tokens.extend(source.lex());
    // Only the events the builder reads: comments say nothing, and neither do the commas
    // between the items of a list or an inline table (half of `[1,1,1,…]`); a comma outside
    // brackets is kept, it is something the line should not hold.
    let mut events: Vec<Event> = Vec::with_capacity(tokens.len() / 2);
    let mut depth = 0_u32;
    let mut keep = |event: Event| {
        match event.kind() {
            EventKind::ArrayOpen | EventKind::InlineTableOpen => depth += 1,
            EventKind::ArrayClose | EventKind::InlineTableClose => depth = depth.saturating_sub(1),
            EventKind::Comment => return,
            EventKind::ValueSep if depth > 0 => return,
            _ => {}
        }
        events.push(event);
    };
    let mut errors = Errors { kept: Vec::new(), offset };
    {
        let mut whitespace = ValidateWhitespace::new(&mut keep, source);
        let mut guard = RecursionGuard::new(&mut whitespace, MAX_DEPTH);
        toml_parser::parser::parse_document(&tokens, &mut guard, &mut errors);
    }
    drop(tokens);
    if offset > 0 {
        for event in &mut events {
            *event = Event::new_unchecked(event.kind(), event.encoding(), event.span() + offset);
        }
    }
    errors.kept.sort_by_key(|e| e.at.start);
    (events, errors.kept)
}

/// Where to parse again when a bracket is never closed: the first line after the one it opens
/// on that starts a key (`key =`) or a table (`[table]`). Inside a list such a line cannot be;
/// it is where the writer went on, having forgotten the `]`.
pub(super) fn resync_point(text: &str, start: usize, errors: &[SyntaxError]) -> Option<usize> {
    let open = errors.iter().filter(|e| UNCLOSED.contains(&e.description.as_ref())).map(|e| e.at.start).min()?;
    let after_open = text.get(open..)?;
    let mut at = open + after_open.find('\n')? + 1;
    while let Some(rest) = text.get(at..).filter(|r| !r.is_empty()) {
        let line = rest.split('\n').next().unwrap_or_default();
        if habits::starts_expression(line) {
            return (at > start).then_some(at);
        }
        at += line.len() + 1;
    }
    None
}

/// One segment's events being read into the state.
pub(super) struct Cursor<'e> {
    events: &'e [Event],
    next: usize,
    errors: std::vec::IntoIter<SyntaxError>,
    pending: Option<SyntaxError>,
}

/// What a line of the file was, for whom its unclaimed parser errors count.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Line {
    Header,
    KeyValue,
    Other,
}

impl<'e> Cursor<'e> {
    pub(super) fn new(events: &'e [Event], errors: Vec<SyntaxError>) -> Self {
        let mut errors = errors.into_iter();
        let pending = errors.next();
        Self { events, next: 0, errors, pending }
    }

    /// Reads every line of the segment into `state`.
    pub(super) fn feed(mut self, state: &mut State<'_>) {
        while let Some(event) = self.peek() {
            let line = match event.kind() {
                EventKind::Whitespace | EventKind::Comment | EventKind::Newline => {
                    self.next += 1;
                    continue;
                }
                EventKind::StdTableOpen | EventKind::ArrayTableOpen => {
                    self.next += 1;
                    self.header(state, &event);
                    Line::Header
                }
                EventKind::SimpleKey => {
                    self.next += 1;
                    self.key_value(state, &event);
                    Line::KeyValue
                }
                _ => Line::Other,
            };
            let end = self.skip_line();
            self.settle(state, end, line);
        }
        self.settle(state, usize::MAX, Line::Other);
    }

    fn peek(&self) -> Option<Event> {
        self.events.get(self.next).copied()
    }

    fn peek_kind(&self) -> Option<EventKind> {
        self.events.get(self.next).map(Event::kind)
    }

    fn take(&mut self) -> Option<Event> {
        let event = self.peek();
        self.next += 1;
        event
    }

    fn skip_whitespace(&mut self) {
        if self.peek_kind() == Some(EventKind::Whitespace) {
            self.next += 1;
        }
    }

    /// Skips what is left of the line, its line end included; returns where the line ends.
    fn skip_line(&mut self) -> usize {
        while let Some(event) = self.take() {
            if event.kind() == EventKind::Newline {
                return event.span().end();
            }
        }
        usize::MAX
    }

    /// The parser's errors up to `end`: those inside a value made invalid on this line are
    /// that value's; each other is a fault, and a line of keys with one is a line lost.
    fn settle(&mut self, state: &mut State<'_>, end: usize, line: Line) {
        while let Some(error) = self.pending.take_if(|e| e.at.start < end) {
            self.pending = self.errors.next();
            let claimed = state.invalid_on_line.iter().any(|s| s.start <= error.at.start && error.at.start <= s.end);
            if claimed {
                continue;
            }
            state.fault(error.at, FaultKind::Syntax(error.description));
            if line != Line::Header {
                state.lost_line();
            }
        }
        state.invalid_on_line.clear();
    }

    /// `[a.b]` or `[[a.b]]` after its opening bracket. A header whose key is readable names its
    /// table even without its closing bracket (the parser reports that).
    fn header(&mut self, state: &mut State<'_>, open: &Event) {
        let is_array = open.kind() == EventKind::ArrayTableOpen;
        let close = if is_array { EventKind::ArrayTableClose } else { EventKind::StdTableClose };
        self.skip_whitespace();
        let key = match self.peek() {
            Some(first) if first.kind() == EventKind::SimpleKey => {
                self.next += 1;
                self.key(state, &first)
            }
            _ => None,
        };
        self.skip_whitespace();
        let mut end = key.as_ref().map_or(open.span().end(), |(_, k)| k.span.end);
        if self.peek_kind() == Some(close)
            && let Some(event) = self.take()
        {
            end = event.span().end();
        }
        match key {
            Some((path, key)) => {
                let span = Span::new(open.span().start(), end);
                state.start_table(Header { path, key, span, is_array, reopened: false });
            }
            None => state.detach(),
        }
    }

    /// A key, dotted or not, from its first part: the path to its table and its last part;
    /// `None` when a part cannot be read (a fault says why).
    fn key<'i>(&mut self, state: &mut State<'i>, first: &Event) -> Option<(Vec<Key<'i>>, Key<'i>)> {
        let mut path = Vec::new();
        let mut last = simple_key(state, first);
        loop {
            let dot_next = self.peek_kind() == Some(EventKind::KeySep)
                || (self.peek_kind() == Some(EventKind::Whitespace)
                    && self.events.get(self.next + 1).map(Event::kind) == Some(EventKind::KeySep));
            if !dot_next {
                break;
            }
            self.skip_whitespace();
            self.next += 1;
            self.skip_whitespace();
            let part = match self.peek() {
                Some(event) if event.kind() == EventKind::SimpleKey => {
                    self.next += 1;
                    simple_key(state, &event)
                }
                _ => None,
            };
            path.push(std::mem::replace(&mut last, part));
            if path.len() >= MAX_DEPTH as usize {
                state.fault(Span::new(first.span().start(), first.span().end()), FaultKind::TooDeep);
                return None;
            }
        }
        let path: Option<Vec<Key<'i>>> = path.into_iter().collect();
        Some((path?, last?))
    }

    /// `key = value` at the top of a table; the value is read even when the key cannot be, so
    /// that its own faults are found.
    fn key_value(&mut self, state: &mut State<'_>, first: &Event) {
        let key = self.key(state, first);
        self.skip_whitespace();
        if self.peek_kind() != Some(EventKind::KeyValSep) {
            // The parser reports the key with no value; the line says nothing usable.
            state.lost_line();
            return;
        }
        self.next += 1;
        self.skip_whitespace();
        let name = key.as_ref().map(|(_, k)| k.name.as_ref());
        let mut value = self.value(state, name);
        if let Some(end) = self.garbage_after_value() {
            let was_invalid = matches!(value.value, Value::Invalid);
            let span = Span::new(value.span.start, end);
            if was_invalid {
                if let Some(fault) = state.faults.iter_mut().rev().find(|f| f.span == value.span) {
                    fault.span = span;
                }
            } else {
                let key = name.map(str::to_owned);
                let description = Cow::Borrowed("unexpected key or value");
                state.fault(span, FaultKind::Value { description, key, item: false });
            }
            state.invalid_on_line.push(span);
            value = Item { value: Value::Invalid, span };
        }
        match key {
            Some((path, key)) => state.key_value(&path, key, value),
            None => state.lost_line(),
        }
    }

    /// Where what the parser could not take after a value ends (`48,5`: the `,5`), if the line
    /// holds any. Stops before the line end or a comment.
    fn garbage_after_value(&mut self) -> Option<usize> {
        let mut end = None;
        while let Some(event) = self.peek() {
            match event.kind() {
                EventKind::Whitespace => {}
                EventKind::Error => end = Some(event.span().end()),
                _ => break,
            }
            self.next += 1;
        }
        end
    }

    fn value<'i>(&mut self, state: &mut State<'i>, key: Option<&str>) -> Item<'i> {
        match self.peek() {
            Some(event) if event.kind() == EventKind::Scalar => {
                self.next += 1;
                scalar(state, &event, key, false)
            }
            Some(event) if event.kind() == EventKind::ArrayOpen => {
                self.next += 1;
                self.array(state, &event, key)
            }
            Some(event) if event.kind() == EventKind::InlineTableOpen => {
                self.next += 1;
                self.inline_table(state, &event)
            }
            other => {
                let previous = self.events.get(self.next.wrapping_sub(1)).map_or(0, |e| e.span().end());
                let at = other.map_or(previous, |e| e.span().start());
                let span = Span::new(at, at);
                let key = key.map(str::to_owned);
                state.fault(span, FaultKind::Value { description: Cow::Borrowed("missing value"), key, item: false });
                state.invalid_on_line.push(span);
                Item { value: Value::Invalid, span }
            }
        }
    }

    /// A list written under `key`.
    fn array<'i>(&mut self, state: &mut State<'i>, open: &Event, key: Option<&str>) -> Item<'i> {
        let mut array = Array::default();
        let mut end = open.span().end();
        while let Some(event) = self.take() {
            end = event.span().end();
            match event.kind() {
                EventKind::Scalar => array.push(scalar(state, &event, key, true)),
                EventKind::ArrayOpen => array.push(self.array(state, &event, key)),
                EventKind::InlineTableOpen => array.push(self.inline_table(state, &event)),
                EventKind::ArrayClose => break,
                _ => {}
            }
        }
        let span = Span::new(open.span().start(), end);
        Item { value: Value::Array(array), span }
    }

    fn inline_table<'i>(&mut self, state: &mut State<'i>, open: &Event) -> Item<'i> {
        let mut table = Table::made(false, false, true);
        let mut end = open.span().end();
        while let Some(event) = self.take() {
            end = event.span().end();
            match event.kind() {
                EventKind::SimpleKey => {
                    let key = self.key(state, &event);
                    self.skip_whitespace();
                    let has_value = self.peek_kind() == Some(EventKind::KeyValSep);
                    if has_value {
                        self.next += 1;
                        self.skip_whitespace();
                    }
                    let name = key.as_ref().map(|(_, k)| k.name.as_ref());
                    let value = self.value(state, name);
                    match key.filter(|_| has_value) {
                        Some((path, key)) => {
                            if let Err(conflict) = place_inline(&mut table, &path, key, value) {
                                state.conflict(conflict);
                            }
                        }
                        None => table.incomplete = true,
                    }
                }
                EventKind::InlineTableClose => break,
                _ => {}
            }
        }
        let span = Span::new(open.span().start(), end);
        Item { value: Value::Table(table), span }
    }
}

/// `key = value` inside an inline table.
fn place_inline<'i>(table: &mut Table<'i>, path: &[Key<'i>], key: Key<'i>, value: Item<'i>) -> Result<(), Conflict> {
    let parent = descend_inline(table, path)?;
    if parent.dotted == path.is_empty() {
        return Err(Conflict::NotATable { key: key.name.into_owned(), span: key.span });
    }
    insert(parent, key, value)
}

/// One part of a key. A key the decoder rejects only for an invisible character or for
/// typographic quotes around it is taken as the writer meant it, after a fault.
fn simple_key<'i>(state: &mut State<'i>, event: &Event) -> Option<Key<'i>> {
    let span = Span::new(event.span().start(), event.span().end());
    // A key the parser stood in for (`= 1`, `[a.]`) is empty: the decoder says so.
    let raw = state.source.get(event)?;
    let mut name = Cow::Borrowed("");
    let mut error: Option<ParseError> = None;
    raw.decode_key(&mut name, &mut error);
    let Some(error) = error else { return Some(Key { name, span }) };
    state.fault(span, FaultKind::Key(Cow::Owned(error.description().to_owned())));
    habits::meant_key(raw.as_str()).map(|name| Key { name: Cow::Owned(name), span })
}

/// A scalar written under `key` (as an item of its list when `item`).
fn scalar<'i>(state: &mut State<'i>, event: &Event, key: Option<&str>, item: bool) -> Item<'i> {
    let span = Span::new(event.span().start(), event.span().end());
    let mut decoded = Cow::Borrowed("");
    let mut error: Option<ParseError> = None;
    let kind = match state.source.get(event) {
        Some(raw) => raw.decode_scalar(&mut decoded, &mut error),
        None => ScalarKind::String,
    };
    let value = match (error, kind) {
        (Some(error), _) => Err(Cow::Owned(error.description().to_owned())),
        (None, ScalarKind::String) => Ok(Value::String(decoded)),
        (None, ScalarKind::Boolean(b)) => Ok(Value::Boolean(b)),
        // Dates that are no day (2023-02-30) or not TOML's shape (2012-3-8) fail here.
        (None, ScalarKind::DateTime) => decoded.parse().map(Value::Datetime).map_err(|_| Cow::Borrowed("invalid date")),
        (None, ScalarKind::Float) => Ok(Value::Float(decoded)),
        (None, ScalarKind::Integer(radix)) => Ok(Value::Integer(decoded, radix.value())),
    };
    match value {
        Ok(value) => Item { value, span },
        Err(description) => {
            state.fault(span, FaultKind::Value { description, key: key.map(str::to_owned), item });
            state.invalid_on_line.push(span);
            Item { value: Value::Invalid, span }
        }
    }
}

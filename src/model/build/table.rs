//! TOML's rules for placing a key: no key twice, dotted keys and headers only through tables.

use super::Key;
use crate::diag::Span;
use crate::model::tree::{Entry, Item, Table, Value};

/// Why a key cannot be placed.
#[derive(Debug)]
pub(super) enum Conflict {
    /// The table has the key already (given first at `first`).
    Duplicate { key: String, span: Span, first: Span },
    /// The key would go inside something that is not a table open to it.
    NotATable { key: String, span: Span },
}

impl Conflict {
    fn duplicate(key: &Key<'_>, first: Span) -> Self {
        Self::Duplicate { key: key.name.to_string(), span: key.span, first }
    }

    fn not_a_table(key: &Key<'_>) -> Self {
        Self::NotATable { key: key.name.to_string(), span: key.span }
    }
}

/// Adds `key` to `table`, unless it has it already.
pub(super) fn insert<'i>(table: &mut Table<'i>, key: Key<'i>, item: Item<'i>) -> Result<(), Conflict> {
    if let Some(existing) = table.entry(&key.name) {
        return Err(Conflict::duplicate(&key, existing.key_span));
    }
    table.push(Entry { key: key.name, key_span: key.span, item });
    Ok(())
}

/// Where `key` is in `table`, after adding it with `new` if it is not there yet.
pub(super) fn find_or_insert<'i>(table: &mut Table<'i>, key: &Key<'i>, new: Item<'i>) -> Result<usize, Conflict> {
    if let Some(index) = table.position(&key.name) {
        return Ok(index);
    }
    insert(table, key.clone(), new)?;
    Ok(table.entries.len() - 1)
}

/// The table at `path` under `table` in the document, creating implicit tables on the way; the
/// last table of an array of tables stands for the array.
pub(super) fn descend<'t, 'i>(
    mut table: &'t mut Table<'i>,
    path: &[Key<'i>],
    dotted: bool,
) -> Result<&'t mut Table<'i>, Conflict> {
    for key in path {
        let new = Table::made(true, dotted, false);
        let index = find_or_insert(table, key, Item { value: Value::Table(new), span: key.span })?;
        let value = table.entries.get_mut(index).map(|e| &mut e.item.value);
        table = match value {
            Some(Value::Array(array)) if array.of_tables => match array.items.last_mut().map(|i| &mut i.value) {
                Some(Value::Table(last)) => last,
                _ => return Err(Conflict::not_a_table(key)),
            },
            Some(Value::Table(child)) if !child.inline => {
                if dotted && !child.implicit {
                    return Err(Conflict::not_a_table(key));
                }
                if dotted {
                    child.dotted = true;
                }
                child
            }
            _ => return Err(Conflict::not_a_table(key)),
        };
    }
    Ok(table)
}

/// The table at `path` inside an inline table, creating dotted tables on the way.
pub(super) fn descend_inline<'t, 'i>(
    mut table: &'t mut Table<'i>,
    path: &[Key<'i>],
) -> Result<&'t mut Table<'i>, Conflict> {
    for key in path {
        let new = Table::made(true, true, true);
        let index = find_or_insert(table, key, Item { value: Value::Table(new), span: key.span })?;
        table = match table.entries.get_mut(index).map(|e| &mut e.item.value) {
            Some(Value::Table(child)) if child.implicit => child,
            _ => return Err(Conflict::not_a_table(key)),
        };
    }
    Ok(table)
}

//! "Did you mean": the nearest known word to a misspelt one, and the unknown-key finding built on it.

use super::shape::Shape;
use super::sink::Sink;
use super::value::Place;
use crate::diag::{Code, Span};
use crate::message::msg;

pub(super) fn unknown_key(
    sink: &mut Sink<'_>,
    name: &str,
    span: Span,
    shape: &'static Shape,
    at: Place,
    siblings: &[&'static Shape],
) {
    let message =
        if at.is_root() { msg::diag_unknown_key_top(name) } else { msg::diag_unknown_key_in(name, at.to_string()) };
    if let Some(near) = closest(name, shape.fields.iter().map(|f| f.key)) {
        sink.push_help(Code::UnknownKey, span, message, msg::diag_did_you_mean(near));
    } else if let Some(other) = siblings.iter().find(|s| s.field(name).is_some()) {
        sink.push_help(Code::UnknownKey, span, message, msg::diag_belongs_in(name, other.path));
    } else {
        let keys = shape.fields.iter().map(|f| f.key).collect::<Vec<_>>().join(", ");
        sink.push_help(Code::UnknownKey, span, message, msg::diag_keys_here(keys));
    }
}

/// The candidate nearest to `word`, if it is near enough to be a likely typo.
pub(crate) fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let lower = word.to_lowercase();
    candidates
        .map(|c| (strsim::damerau_levenshtein(&lower, c), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3) && *d < c.len().max(2))
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn did_you_mean() {
        let keys = ["signed", "decided", "sources", "name"];
        assert_eq!(closest("sigend", keys.iter().copied()), Some("signed"));
        assert_eq!(closest("Name", keys.iter().copied()), Some("name"));
        assert_eq!(closest("xyzzy", keys.iter().copied()), None);
    }
}

//! Cutting long text to a sane display length before a terminal table is laid out: the
//! layout's cost grows faster than a cell's width (a megabyte cell took minutes), and no one
//! reads more than a few lines in a cell. Machine formats and documents keep the whole text.

use std::borrow::Cow;

/// The most characters a terminal table cell (or title) shows; longer text ends in `…`.
pub const MAX_CELL_CHARS: usize = 200;

/// `text`, or its first `max - 1` characters and `…` when it is longer than `max` characters.
#[must_use]
pub fn cut(text: &str, max: usize) -> Cow<'_, str> {
    let Some((end, _)) = text.char_indices().nth(max) else { return Cow::Borrowed(text) };
    let keep = text.get(..end).unwrap_or(text).char_indices().nth(max.saturating_sub(1)).map_or(end, |(i, _)| i);
    Cow::Owned(format!("{}…", text.get(..keep).unwrap_or_default()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_with_an_ellipsis() {
        assert_eq!(cut("abc", 3), "abc");
        assert_eq!(cut("abcd", 3), "ab…");
        assert_eq!(cut("åäöåä", 4), "åäö…");
        assert_eq!(cut("", 3), "");
        assert_eq!(cut(&"x".repeat(1 << 20), MAX_CELL_CHARS).chars().count(), MAX_CELL_CHARS);
    }
}

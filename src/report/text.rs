//! Many short texts kept in one string, each found again by a small span: a report that holds
//! tens of thousands of ids and titles makes one allocation per signatory instead of one per text.

/// Where a piece of text is in its buffer. Half the size of a `Range<usize>`: a buffer holds
/// text from one plan file, and plan files are at most 10 MiB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TextSpan {
    start: u32,
    end: u32,
}

impl TextSpan {
    /// Appends `piece` to `buffer` and tells where it is; `None` if the buffer grew past 4 GiB.
    pub(crate) fn push(buffer: &mut String, piece: &str) -> Option<Self> {
        let start = u32::try_from(buffer.len()).ok()?;
        buffer.push_str(piece);
        Some(Self { start, end: u32::try_from(buffer.len()).ok()? })
    }

    /// The text in `buffer` (the one it was pushed to).
    pub(crate) fn of(self, buffer: &str) -> &str {
        let range = usize::try_from(self.start).unwrap_or(usize::MAX)..usize::try_from(self.end).unwrap_or(0);
        buffer.get(range).unwrap_or_default()
    }
}

/// The room `pieces` take, for reserving a buffer once.
pub(crate) fn room<'a>(pieces: impl IntoIterator<Item = Option<&'a str>>) -> usize {
    pieces.into_iter().flatten().map(str::len).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_are_found_again() {
        let mut buffer = String::with_capacity(room([Some("lön"), None, Some("Åtgärd 1")]));
        let a = TextSpan::push(&mut buffer, "lön").unwrap();
        let empty = TextSpan::push(&mut buffer, "").unwrap();
        let b = TextSpan::push(&mut buffer, "Åtgärd 1").unwrap();
        assert_eq!((a.of(&buffer), empty.of(&buffer), b.of(&buffer)), ("lön", "", "Åtgärd 1"));
        assert_eq!(buffer.capacity(), buffer.len());
        assert_eq!(b.of("short"), "", "a span outside the buffer reads as empty, not a panic");
    }
}

//! A rendered document kept as pieces of text: a long table written on several cores stays in
//! the pieces it was written in, and the pieces are written out one after another, never copied
//! into one string.

use std::fmt;

/// Text appended piece by piece; reads as the pieces joined in order.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// Finished pieces, in order.
    pieces: Vec<String>,
    /// The piece being written, after the finished ones.
    current: String,
}

impl Document {
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push_str(&mut self, s: &str) {
        self.current.push_str(s);
    }

    pub fn push(&mut self, c: char) {
        self.current.push(c);
    }

    /// Appends pieces written elsewhere (on other cores) without copying them.
    pub fn append_pieces(&mut self, pieces: impl IntoIterator<Item = String>) {
        if !self.current.is_empty() {
            self.pieces.push(std::mem::take(&mut self.current));
        }
        self.pieces.extend(pieces.into_iter().filter(|p| !p.is_empty()));
    }

    /// The pieces in order (none of them empty).
    pub fn pieces(&self) -> impl Iterator<Item = &str> {
        let current = Some(self.current.as_str()).filter(|c| !c.is_empty());
        self.pieces.iter().map(String::as_str).chain(current)
    }
}

impl From<String> for Document {
    fn from(text: String) -> Self {
        Self { pieces: Vec::new(), current: text }
    }
}

impl fmt::Write for Document {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push_str(s);
        Ok(())
    }
}

impl fmt::Display for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.pieces().try_for_each(|piece| f.write_str(piece))
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use super::Document;

    #[test]
    fn reads_as_its_pieces_joined_in_order() {
        let mut doc = Document::new();
        doc.push_str("head ");
        doc.append_pieces(["a".to_owned(), String::new(), "b".to_owned()]);
        let _ = write!(doc, " {}", 1);
        doc.push('\n');
        doc.append_pieces(["c".to_owned()]);
        assert_eq!(doc.pieces().collect::<Vec<_>>(), ["head ", "a", "b", " 1\n", "c"]);
        assert_eq!(doc.to_string(), "head ab 1\nc");
        assert_eq!(Document::from("x".to_owned()).pieces().collect::<Vec<_>>(), ["x"]);
    }
}

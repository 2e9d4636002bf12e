//! A long document kept as the pieces it was made in and written one after another
//! (`output::write_pieces`): a table tens of thousands of rows long joins it as the chunks its
//! cores made, never copied into one text (each fresh page of memory costs a fault).

/// The pieces made so far, and the one being written.
#[derive(Debug, Default)]
pub struct Pieces {
    made: Vec<String>,
    open: String,
}

impl Pieces {
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// The piece being written: short text (headings, small tables) goes here.
    pub fn text(&mut self) -> &mut String {
        &mut self.open
    }

    /// Appends the text `write` makes of `items`, made on every core 1,024 items at a time;
    /// each chunk stays a piece of its own, in the items' order.
    pub fn chunks<T: Sync>(&mut self, items: &[T], write: impl Fn(&mut String, &[T]) + Sync) {
        const CHUNK: usize = 1024;
        let chunks: Vec<&[T]> = items.chunks(CHUNK).collect();
        let texts = crate::parallel::map(&chunks, |items| {
            let mut text = String::new();
            write(&mut text, items);
            text
        });
        self.made.push(std::mem::take(&mut self.open));
        self.made.extend(texts);
    }

    /// Every piece, in order.
    #[must_use]
    pub fn into_vec(mut self) -> Vec<String> {
        self.made.push(self.open);
        self.made.retain(|piece| !piece.is_empty());
        self.made
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    #[test]
    fn chunks_join_the_text_in_order() {
        let items: Vec<u32> = (0..5000).collect();
        let mut doc = super::Pieces::new();
        doc.text().push_str("head\n");
        doc.chunks(&items, |text, chunk| {
            assert!(chunk.len() <= 1024, "chunks of at most 1024 items");
            for n in chunk {
                let _ = writeln!(text, "{n}");
            }
        });
        doc.text().push_str("foot\n");
        let pieces = doc.into_vec();
        assert_eq!(pieces.len(), 1 + 5 + 1, "head, five chunks, foot");
        let whole = pieces.concat();
        let expected: Vec<String> = std::iter::once("head".to_owned())
            .chain(items.iter().map(u32::to_string))
            .chain(["foot".to_owned()])
            .collect();
        assert_eq!(whole.lines().collect::<Vec<_>>(), expected);
    }

    #[test]
    fn an_empty_document_has_no_pieces() {
        assert!(super::Pieces::new().into_vec().is_empty());
    }
}

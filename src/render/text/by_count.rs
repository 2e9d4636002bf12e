//! Words that depend only on a count ("overdue by 12 days"), put into words once per count and
//! shared by the threads that write them: a plural message is the dearest to put into words,
//! and thousands of rows share a few thousand counts.
//!
//! The words are kept in a table indexed by the count, filled once per count and only read
//! after that: the threads never wait for each other (a `Mutex<HashMap>` here, hashed and
//! locked on every row, cost 4 % of the site's CPU).

use std::sync::OnceLock;

/// Counts below `CHUNK * CHUNKS` (65,536: "overdue by 179 years") are kept; a larger count is
/// put into words each time it is said.
const CHUNK: usize = 1024;
const CHUNKS: usize = 64;

/// The words said so far, by count: the table's chunks are made when a count in them is first
/// said.
#[derive(Debug)]
pub struct ByCount {
    chunks: [OnceLock<Box<[OnceLock<String>]>>; CHUNKS],
}

impl Default for ByCount {
    fn default() -> Self {
        Self { chunks: std::array::from_fn(|_| OnceLock::new()) }
    }
}

impl ByCount {
    /// Appends the words for `count` to `out`, made by `say` the first time.
    pub fn push(&self, out: &mut String, count: i64, say: impl FnOnce() -> String) {
        match self.slot(count) {
            Some(slot) => out.push_str(slot.get_or_init(say)),
            None => out.push_str(&say()),
        }
    }

    /// Where the words for `count` are kept, if it is one that is kept.
    fn slot(&self, count: i64) -> Option<&OnceLock<String>> {
        let count = usize::try_from(count).ok()?;
        let chunk = self.chunks.get(count / CHUNK)?;
        let chunk = chunk.get_or_init(|| (0..CHUNK).map(|_| OnceLock::new()).collect());
        chunk.get(count % CHUNK)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn says_each_count_once() {
        let words = super::ByCount::default();
        let (mut out, mut made) = (String::new(), 0);
        for n in [3, 4, 3, 70_000, 70_000, -2, -2, 1023, 1024, 1023] {
            words.push(&mut out, n, || {
                made += 1;
                format!("<{n}>")
            });
        }
        // Counts beyond the table (and below zero) are put into words each time.
        assert_eq!(out, "<3><4><3><70000><70000><-2><-2><1023><1024><1023>");
        assert_eq!(made, 8);
    }
}

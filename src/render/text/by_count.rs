//! Words that depend only on a count ("overdue by 12 days"), put into words once per count and
//! shared by the threads that write them: a plural message is the dearest to put into words,
//! and thousands of rows share a few thousand counts.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

/// The words said so far, by count.
#[derive(Debug, Default)]
pub struct ByCount(Mutex<HashMap<i64, String>>);

impl ByCount {
    /// Appends the words for `count` to `out`, made by `say` the first time.
    pub fn push(&self, out: &mut String, count: i64, say: impl FnOnce() -> String) {
        let mut said = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        out.push_str(said.entry(count).or_insert_with(say));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn says_each_count_once() {
        let words = super::ByCount::default();
        let (mut out, mut made) = (String::new(), 0);
        for n in [3, 4, 3] {
            words.push(&mut out, n, || {
                made += 1;
                format!("<{n}>")
            });
        }
        assert_eq!((out.as_str(), made), ("<3><4><3>", 2));
    }
}

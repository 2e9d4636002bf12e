//! Where a table stands in a plan file (`goals[2].indicator`), for messages.

/// Where a table stands (`goals[2].indicator`), kept as parts and formatted only when a
/// message needs it: reading a clean file allocates no path strings.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Place {
    parts: [(&'static str, Option<usize>); 3],
    len: usize,
}

impl Place {
    /// This place with one more part; deeper than the format goes, the last part is replaced.
    pub(super) fn child(mut self, key: &'static str, index: Option<usize>) -> Self {
        let slot = self.len.min(self.parts.len() - 1);
        if let Some(part) = self.parts.get_mut(slot) {
            *part = (key, index);
        }
        self.len = slot + 1;
        self
    }

    pub(super) fn is_root(&self) -> bool {
        self.len == 0
    }
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, (key, index)) in self.parts.iter().take(self.len).enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            f.write_str(key)?;
            if let Some(index) = index {
                write!(f, "[{}]", index + 1)?;
            }
        }
        Ok(())
    }
}

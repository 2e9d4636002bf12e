//! A plan file's text with its repository path, and the one place where byte offsets become line and column.

use crate::diag::{Diagnostic, Span};

/// The text of one file, BOM removed; offsets in diagnostics refer to this text.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Path relative to the repository root, with `/` separators (what diagnostics print).
    pub path: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// Wraps decoded text, dropping a UTF-8 byte-order mark. CRLF is left to the TOML parser,
    /// which accepts it; a `\r` before `\n` is not counted as a column.
    #[must_use]
    pub fn new(path: String, text: String) -> Self {
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        };
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Self { path, text, line_starts }
    }

    /// 1-based line and column (in characters) of a byte offset, clamped to the text.
    #[must_use]
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            // Inside a character: the character's own column.
            offset -= 1;
        }
        let line_index = self.line_starts.partition_point(|&s| s <= offset).saturating_sub(1);
        let line_start = self.line_starts.get(line_index).copied().unwrap_or(0);
        let column = self.text.get(line_start..offset).map_or(0, |s| s.chars().count());
        (line_index + 1, column + 1)
    }

    /// The byte offset where a 1-based line starts.
    #[must_use]
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.line_starts.get(line.wrapping_sub(1)).copied()
    }

    /// The text of a 1-based line without its line end.
    #[must_use]
    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self.line_starts.get(line).map_or(self.text.len(), |&e| e);
        self.text.get(start..end).unwrap_or("").trim_end_matches(['\n', '\r'])
    }

    /// The text a span covers (empty if the span does not fit the text).
    #[must_use]
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// Fills in line and column of diagnostics that point into this file.
    pub fn resolve(&self, diagnostics: &mut [Diagnostic]) {
        for d in diagnostics.iter_mut().filter(|d| d.file == self.path) {
            if let Some(span) = d.span {
                (d.line, d.column) = self.position(span.start);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_and_skip_the_bom() {
        let s = SourceFile::new("a.toml".into(), "\u{feff}a = 1\r\nnamn = \"Å\" x\n".into());
        assert_eq!(s.position(0), (1, 1));
        assert_eq!(s.position(7), (2, 1));
        let x = s.text.find('x').unwrap_or_default();
        assert_eq!(s.position(x), (2, 12));
        assert_eq!(s.line_text(1), "a = 1");
        assert_eq!(s.line_text(2), "namn = \"Å\" x");
        assert_eq!(s.line_text(9), "");
    }

    #[test]
    fn an_offset_inside_a_character_is_that_characters_column() {
        let s = SourceFile::new("a.toml".into(), "x\nååx".into());
        assert_eq!(s.position(3), (2, 1));
        assert_eq!(s.position(5), (2, 2));
        assert_eq!(s.position(6), (2, 3));
    }

    #[test]
    fn offsets_past_the_end_clamp() {
        let s = SourceFile::new("a.toml".into(), "ab".into());
        assert_eq!(s.position(99), (1, 3));
    }
}

//! A plan file's text with its repository path, and the one place where byte offsets become line and column.

use crate::diag::{Diagnostic, Span};

/// The text of one file, BOM removed; offsets in diagnostics refer to this text.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Path relative to the repository root, with `/` separators (what diagnostics print).
    pub path: String,
    pub text: String,
    /// Computed on first use: only files with findings are ever shown line by line.
    line_starts: std::sync::OnceLock<Vec<usize>>,
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
        Self { path, text, line_starts: std::sync::OnceLock::new() }
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts
            .get_or_init(|| std::iter::once(0).chain(self.text.match_indices('\n').map(|(i, _)| i + 1)).collect())
    }

    /// 1-based line and column (in characters) of a byte offset, clamped to the text.
    #[must_use]
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            // Inside a character: the character's own column.
            offset -= 1;
        }
        let line_index = self.line_starts().partition_point(|&s| s <= offset).saturating_sub(1);
        let line_start = self.line_starts().get(line_index).copied().unwrap_or(0);
        let column = self.text.get(line_start..offset).map_or(0, |s| s.chars().count());
        (line_index + 1, column + 1)
    }

    /// The byte offset where a 1-based line starts.
    #[must_use]
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.line_starts().get(line.wrapping_sub(1)).copied()
    }

    /// The text of a 1-based line without its line end.
    #[must_use]
    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts().get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self.line_starts().get(line).map_or(self.text.len(), |&e| e);
        self.text.get(start..end).unwrap_or("").trim_end_matches(['\n', '\r'])
    }

    /// The text a span covers (empty if the span does not fit the text).
    #[must_use]
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// Fills in line and column of diagnostics that point into this file, in one forward pass
    /// over the text (linear however many findings a long line has).
    pub fn resolve(&self, diagnostics: &mut [Diagnostic]) {
        let mut order: Vec<(usize, usize)> = diagnostics
            .iter()
            .enumerate()
            .filter(|(_, d)| d.file == self.path)
            .filter_map(|(i, d)| d.span.map(|s| (s.start.min(self.text.len()), i)))
            .collect();
        order.sort_unstable();
        let (mut at, mut line, mut column) = (0usize, 1usize, 1usize);
        for (offset, index) in order {
            if let Some(between) = self.text.get(at..offset) {
                for c in between.chars() {
                    if c == '\n' {
                        line += 1;
                        column = 1;
                    } else {
                        column += 1;
                    }
                }
                at = offset;
            } else {
                (line, column) = self.position(offset);
                at = self.text.floor_char_boundary(offset);
            }
            if let Some(d) = diagnostics.get_mut(index) {
                (d.line, d.column) = (line, column);
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
    fn resolve_agrees_with_position() {
        use crate::diag::{Code, Span};
        let s = SourceFile::new("a.toml".into(), "a = [1,\n å, 3]\r\nb = 2\n".into());
        let offsets = [12, 0, 9, 5, 16, 99];
        let mut found: Vec<Diagnostic> = offsets
            .iter()
            .map(|&o| {
                Diagnostic::new(
                    Code::WrongType,
                    "a.toml",
                    Some(Span::new(o, o + 1)),
                    crate::message::msg::diag_empty_file(),
                )
            })
            .collect();
        s.resolve(&mut found);
        for (d, &o) in found.iter().zip(&offsets) {
            assert_eq!((d.line, d.column), s.position(o), "offset {o}");
        }
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

//! The site's small HTML pieces: plan text made safe, links from plan files, tables and
//! definition lists. Every piece of plan text that reaches a page passes [`text`].

use std::fmt::Write as _;

use crate::render::escape;
use crate::render::summary_phrase::safe_url;

/// Plan text for a page: control characters and bidirectional overrides made visible (as in
/// every other output), then HTML-escaped, so that it can stand in text and in attributes
/// (`escape::html` does both).
#[must_use]
pub fn text(s: &str) -> String {
    if is_plain(s) { s.to_owned() } else { escape::html(s) }
}

/// [`text`], appended to `out`.
pub fn text_into(out: &mut String, s: &str) {
    if is_plain(s) {
        out.push_str(s);
    } else {
        escape::html_into(out, s);
    }
}

/// Whether [`text`] leaves `s` as it is, told from its bytes: printable ASCII other than
/// markup, and no character that escaping makes visible (the C1 controls, bidirectional marks
/// and line separators all start with the byte 0xC2 or 0xE2 in UTF-8). Most plan text is
/// plain, and testing its bytes is several times cheaper than escaping it character by
/// character (the site escapes a few hundred thousand pieces).
fn is_plain(s: &str) -> bool {
    s.bytes().all(|b| {
        matches!(b, b' '..=b'~' | 0x80..=0xff) && !matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'' | 0xc2 | 0xe2)
    })
}

/// `label` (already HTML) as a link to `url` when `url` is a plain `http(s)` address; anything
/// else (`javascript:`, a quote, a space, a relative path) stays text.
#[must_use]
pub fn external_link(label: &str, url: Option<&str>) -> String {
    match url.and_then(safe_url) {
        Some(url) => format!("<a href=\"{}\">{label}</a>", escape::html(url)),
        None => label.to_owned(),
    }
}

/// A plan's address shown as itself: a link when it is a plain `http(s)` address, else text.
#[must_use]
pub fn address(url: &str) -> String {
    external_link(&text(url), Some(url))
}

/// One table column: its header (HTML) and whether it holds numbers (right-aligned).
pub struct Column<'a> {
    pub header: &'a str,
    pub numeric: bool,
}

impl<'a> Column<'a> {
    #[must_use]
    pub fn text(header: &'a str) -> Self {
        Self { header, numeric: false }
    }

    #[must_use]
    pub fn number(header: &'a str) -> Self {
        Self { header, numeric: true }
    }
}

/// A table with a caption (for screen readers and print), column headers, and a row header
/// in the first cell of each row. Cells are HTML already. Long words wrap rather than make the
/// table scroll (a scrolling box would need a keyboard stop of its own).
pub fn table(out: &mut String, caption: &str, class: &str, columns: &[Column<'_>], rows: &[Vec<String>]) {
    let mut table = Table::start(out, caption, class, columns);
    for row in rows {
        table.row();
        for cell in row {
            table.cell(cell);
        }
    }
    table.end();
}

/// A [`table`] written row by row and cell by cell straight into the page, without holding its
/// cells: [`Table::row`] starts a row, each [`Table::cell`] fills the next column (cells beyond
/// the columns are left out), [`Table::end`] closes the table.
pub struct Table<'a, 'o> {
    out: &'o mut String,
    columns: &'a [Column<'a>],
    /// The next cell's column in the open row; `None` before the first row.
    next: Option<usize>,
}

impl<'a, 'o> Table<'a, 'o> {
    /// Writes the table's caption and headers.
    pub fn start(out: &'o mut String, caption: &str, class: &str, columns: &'a [Column<'a>]) -> Self {
        let _ = write!(out, "<table class=\"{class}\">\n<caption>{caption}</caption>\n<thead><tr>");
        for column in columns {
            out.push_str(if column.numeric { "<th scope=\"col\" class=\"n\">" } else { "<th scope=\"col\">" });
            out.push_str(column.header);
            out.push_str("</th>");
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        Self { out, columns, next: None }
    }

    /// Starts a new row (and ends the one before).
    pub fn row(&mut self) {
        if self.next.is_some() {
            self.out.push_str("</tr>\n");
        }
        self.out.push_str("<tr>");
        self.next = Some(0);
    }

    /// The next cell, HTML already.
    pub fn cell(&mut self, html: &str) {
        self.cell_with(|out| out.push_str(html));
    }

    /// The next cell, its HTML written by `write`.
    pub fn cell_with(&mut self, write: impl FnOnce(&mut String)) {
        let Some(at) = self.next else { return };
        let Some(column) = self.columns.get(at) else { return };
        self.next = Some(at + 1);
        let (open, close) = match (at, column.numeric) {
            (0, false) => ("<th scope=\"row\">", "</th>"),
            (0, true) => ("<th scope=\"row\" class=\"n\">", "</th>"),
            (_, false) => ("<td>", "</td>"),
            (_, true) => ("<td class=\"n\">", "</td>"),
        };
        self.out.push_str(open);
        write(self.out);
        self.out.push_str(close);
    }

    /// Ends the last row and the table.
    pub fn end(self) {
        if self.next.is_some() {
            self.out.push_str("</tr>\n");
        }
        self.out.push_str("</tbody>\n</table>\n");
    }
}

/// A definition list of (term, description) pairs, both HTML already.
pub fn facts(out: &mut String, pairs: &[(String, String)]) {
    out.push_str("<dl class=\"facts\">\n");
    for (term, description) in pairs {
        fact(out, term, |out| out.push_str(description));
    }
    out.push_str("</dl>\n");
}

/// One (term, description) pair of a definition list, the description written by `write`;
/// between `<dl class="facts">` and `</dl>`.
pub fn fact(out: &mut String, term: &str, write: impl FnOnce(&mut String)) {
    out.push_str("<div><dt>");
    out.push_str(term);
    out.push_str("</dt><dd>");
    write(out);
    out.push_str("</dd></div>\n");
}

/// A paragraph (HTML already).
pub fn paragraph(out: &mut String, html: &str) {
    let _ = writeln!(out, "<p>{html}</p>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_text_is_inert() {
        assert_eq!(text("<script>\"'&"), "&lt;script&gt;&quot;&#39;&amp;");
        assert_eq!(text("a\u{202e}b"), "a\\u{202e}b");
    }

    #[test]
    fn text_told_plain_by_its_bytes_is_left_as_it_is() {
        let mut plain = 0;
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            let s = format!("a{c}b");
            if is_plain(&s) {
                plain += 1;
                assert_eq!(escape::html(&s), s, "U+{:04X}", u32::from(c));
            }
        }
        assert!(plain > 1_000_000);
        assert!(is_plain("Luleå kommun 2026-11-30 (x) 50 %"));
        assert!(!is_plain("a\tb") && !is_plain("a\u{202e}b") && !is_plain("\u{85}") && !is_plain("&"));
    }

    #[test]
    fn only_plain_web_addresses_become_links() {
        assert_eq!(address("https://x.se/a.pdf"), "<a href=\"https://x.se/a.pdf\">https://x.se/a.pdf</a>");
        assert_eq!(address("javascript:alert(1)"), "javascript:alert(1)");
        assert_eq!(address("https://x.se/\"onmouseover=x"), "https://x.se/&quot;onmouseover=x");
    }
}

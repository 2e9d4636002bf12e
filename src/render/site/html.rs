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
    escape::html(s)
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
    let _ = write!(out, "<table class=\"{class}\">\n<caption>{caption}</caption>\n<thead><tr>");
    for column in columns {
        let numeric = if column.numeric { " class=\"n\"" } else { "" };
        let _ = write!(out, "<th scope=\"col\"{numeric}>{}</th>", column.header);
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        out.push_str("<tr>");
        for (i, (cell, column)) in row.iter().zip(columns).enumerate() {
            let numeric = if column.numeric { " class=\"n\"" } else { "" };
            if i == 0 {
                let _ = write!(out, "<th scope=\"row\"{numeric}>{cell}</th>");
            } else {
                let _ = write!(out, "<td{numeric}>{cell}</td>");
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// A definition list of (term, description) pairs, both HTML already.
pub fn facts(out: &mut String, pairs: &[(String, String)]) {
    out.push_str("<dl class=\"facts\">\n");
    for (term, description) in pairs {
        let _ = writeln!(out, "<div><dt>{term}</dt><dd>{description}</dd></div>");
    }
    out.push_str("</dl>\n");
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
    fn only_plain_web_addresses_become_links() {
        assert_eq!(address("https://x.se/a.pdf"), "<a href=\"https://x.se/a.pdf\">https://x.se/a.pdf</a>");
        assert_eq!(address("javascript:alert(1)"), "javascript:alert(1)");
        assert_eq!(address("https://x.se/\"onmouseover=x"), "https://x.se/&quot;onmouseover=x");
    }
}

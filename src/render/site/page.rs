//! The frame every page of the site shares: `<head>` with the one stylesheet, the skip link,
//! the site's name and navigation, `<main>` and the footer. Links are relative to the page
//! (`depth` folders below the site's root), so the site works from `file://` and any sub-path.

use std::fmt::Write as _;

use crate::message::{Lang, msg};
use crate::render::terms::RowTerms;
use crate::render::text::{ByCount, Text};
use crate::report::Day;

use super::{goal, html, signatory};

/// The stylesheet's path from the site's root.
pub const STYLESHEET: &str = "style.css";
/// The start page, the articles page and the accessibility statement.
pub const START: &str = "index.html";
pub const ARTICLES: &str = "articles.html";
pub const STATEMENT: &str = "accessibility.html";

/// Which entry of the navigation a page is (marked `aria-current="page"`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Nav {
    Start,
    Articles,
    Statement,
    /// A group's or a signatory's page.
    Other,
}

/// What every page needs to know: the words, the site's name and the day it shows.
pub(super) struct Frame<'a> {
    pub(super) text: &'a Text,
    /// The repository's name (or the default), escaped.
    pub(super) name: String,
    pub(super) today: Day,
    /// The goal sections' fixed words, put into words once for the site.
    pub(super) goal_words: goal::Words,
    /// The rest of a signatory's page's fixed words, put into words once for the site.
    pub(super) signatory_words: signatory::Words,
    /// The frame's own fixed words.
    words: Words,
    /// "Overdue by N days" (HTML) for each N said so far: thousands of rows share a few hundred
    /// counts, and the plural rules are the dearest part of putting a message into words.
    overdue: ByCount,
    /// The deadline and activity rows' terms, put into words once for the site.
    pub(super) terms: RowTerms,
}

/// The words of the frame that are the same on every page, put into words once for the site
/// (2,000 signatory pages would otherwise each ask the catalogue for them).
struct Words {
    skip: String,
    nav_label: String,
    /// The navigation's entries, in the order of [`NAV`].
    nav: [String; 3],
    /// Everything after `<main>`'s content: the footer and the page's end.
    end: String,
}

/// The navigation's entries: which page each is and its path from the site's root.
const NAV: [(Nav, &str); 3] = [(Nav::Start, START), (Nav::Articles, ARTICLES), (Nav::Statement, STATEMENT)];

impl Words {
    fn new(t: &Text, today: Day) -> Self {
        Self {
            skip: t.get(&msg::site_skip_link()),
            nav_label: t.get(&msg::site_nav_label()),
            nav: [t.get(&msg::site_nav_start()), t.get(&msg::site_nav_articles()), t.get(&msg::site_nav_statement())],
            end: format!(
                "</main>\n<footer class=\"site\"><p>{}</p></footer>\n</body>\n</html>\n",
                t.get(&msg::site_footer(today.0))
            ),
        }
    }
}

impl<'a> Frame<'a> {
    #[must_use]
    pub(super) fn new(text: &'a Text, repository: Option<&str>, today: Day) -> Self {
        let name = repository.map_or_else(|| text.get(&msg::site_default_name()), html::text);
        Self {
            text,
            name,
            today,
            goal_words: goal::Words::new(text),
            signatory_words: signatory::Words::new(text, today),
            words: Words::new(text, today),
            overdue: ByCount::default(),
            terms: RowTerms::new(text),
        }
    }

    /// Appends "overdue by `days` days" (HTML), put into words once per count of days.
    pub(super) fn push_overdue_by(&self, out: &mut String, days: i64) {
        self.overdue.push(out, days, || html::text(&self.text.get(&msg::overdue_by(days))));
    }

    /// The `lang` of `<html>`: the language's tag (English for the test pseudo-locale).
    fn lang(&self) -> &'static str {
        let lang: Lang = self.text.lang();
        lang.catalogue_id()
    }

    /// A whole page: `heading` (HTML) is its `<h1>` and, with the site's name, its `<title>`;
    /// `body` (HTML) follows the heading inside `<main>`.
    #[must_use]
    pub(super) fn page(&self, depth: usize, nav: Nav, heading: &str, body: &str) -> String {
        let mut out = String::with_capacity(body.len() + 2048);
        self.head(&mut out, depth, nav, heading);
        out.push_str(body);
        self.end(&mut out);
        out
    }

    /// Appends a page's start, up to and with its `<h1>`: `heading` (HTML) is the `<h1>` and,
    /// with the site's name, the `<title>`. The page's content follows, then [`Frame::end`].
    pub(super) fn head(&self, out: &mut String, depth: usize, nav: Nav, heading: &str) {
        let root = "../".repeat(depth);
        let title = if nav == Nav::Start {
            self.name.clone()
        } else {
            self.text.get(&msg::site_page_title(heading, self.name.as_str()))
        };
        let words = &self.words;
        let _ = write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{title}</title>\n<link rel=\"stylesheet\" href=\"{root}{STYLESHEET}\">\n</head>\n<body>\n\
             <a class=\"skip\" href=\"#main\">{skip}</a>\n<header class=\"site\">\n<div class=\"bar\">\n\
             <p class=\"site-name\"><a href=\"{root}{START}\">{name}</a></p>\n<nav aria-label=\"{nav_label}\">\n<ul>\n",
            lang = self.lang(),
            title = strip_tags(&title),
            skip = words.skip,
            name = self.name,
            nav_label = words.nav_label,
        );
        for ((entry, path), label) in NAV.iter().zip(&words.nav) {
            let current = if *entry == nav { " aria-current=\"page\"" } else { "" };
            let _ = writeln!(out, "<li><a href=\"{root}{path}\"{current}>{label}</a></li>");
        }
        let _ =
            write!(out, "</ul>\n</nav>\n</div>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n<h1>{heading}</h1>\n");
    }

    /// Appends a page's end: the end of `<main>`, the footer, the end of the page.
    pub(super) fn end(&self, out: &mut String) {
        out.push_str(&self.words.end);
    }
}

/// `<title>` holds text only: the heading without its markup (its entities stay escaped).
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut inside = false;
    for c in html.chars() {
        match c {
            '<' => inside = true,
            '>' if inside => inside = false,
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_has_one_h1_a_skip_link_and_relative_links() {
        let text = Text::new(Lang::default());
        let today = Day(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default());
        let frame = Frame::new(&text, Some("<Län>"), today);
        let page = frame.page(1, Nav::Other, "Luleå <span>x</span>", "<p>body</p>\n");
        assert_eq!(page.matches("<h1>").count(), 1);
        assert!(page.contains("<html lang=\"en\">"));
        assert!(page.contains("href=\"#main\"") && page.contains("<main id=\"main\""));
        assert!(page.contains("href=\"../style.css\"") && page.contains("href=\"../index.html\""));
        assert!(page.contains("<title>Luleå x – &lt;Län&gt;</title>"), "{page}");
        assert!(!page.contains("aria-current"));
    }
}

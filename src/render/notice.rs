//! The notice at the top of a report made from plans with errors: how many errors, in which
//! files, and what the figures do with those files — in words from `locales/*/notice.ftl`,
//! for the terminal, Markdown and HTML, each escaped for where it goes.

use std::fmt::Write as _;

use super::escape;
use super::text::Text;
use super::wrap::wrap;
use crate::message::{Arg, msg};
use crate::report::errors::{DataErrors, FileErrors};

/// The most files a notice names in each of its lists; the rest are counted.
const MAX_FILES: usize = 10;

/// The notice in words: its label ("Note") and its sentences, plain text (not yet escaped).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub label: String,
    pub sentences: Vec<String>,
}

impl Notice {
    /// The notice of `errors`, none when there are none.
    #[must_use]
    pub fn of(errors: &DataErrors, text: &Text) -> Option<Self> {
        if errors.is_empty() {
            return None;
        }
        let mut sentences =
            vec![text.get(&msg::notice_errors(Arg::count(errors.errors), Arg::count(errors.files.len())))];
        let left_out: Vec<&FileErrors> = errors.left_out().collect();
        if !left_out.is_empty() {
            sentences.push(text.get(&msg::notice_left_out(Arg::count(left_out.len()), list(&left_out, text))));
        }
        let counted: Vec<&FileErrors> = errors.counted().collect();
        if !counted.is_empty() {
            sentences.push(text.get(&msg::notice_counted(list(&counted, text))));
        }
        if let Some(settings) = errors.settings() {
            sentences.push(text.get(&msg::notice_settings(list(&[settings], text))));
        }
        Some(Self { label: text.get(&msg::notice_label()), sentences })
    }

    /// For a terminal: the label and each sentence on its own lines, wrapped at `width`
    /// between words (unwrapped when `None`); the label yellow and bold when `color`.
    #[must_use]
    pub fn terminal(&self, width: Option<u16>, color: bool) -> String {
        let mut out = String::new();
        for (i, sentence) in self.sentences.iter().enumerate() {
            let line = if i == 0 { format!("{}: {sentence}", self.label) } else { sentence.clone() };
            let line = escape::terminal(&line);
            let lines = width.map_or_else(|| vec![line.to_string()], |w| wrap(&line, usize::from(w)));
            for (j, l) in lines.iter().enumerate() {
                match l.strip_prefix(&format!("{}:", self.label)).filter(|_| color && i == 0 && j == 0) {
                    Some(rest) => {
                        let _ = writeln!(out, "\u{1b}[1;33m{}:\u{1b}[0m{rest}", self.label);
                    }
                    None => {
                        let _ = writeln!(out, "{l}");
                    }
                }
            }
        }
        out.push('\n');
        out
    }

    /// For Markdown: a block quote, the label bold, then a blank line.
    #[must_use]
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        for (i, sentence) in self.sentences.iter().enumerate() {
            if i == 0 {
                let _ = writeln!(out, "> **{}:** {}", escape::markdown(&self.label), escape::markdown(sentence));
            } else {
                let _ = writeln!(out, ">\n> {}", escape::markdown(sentence));
            }
        }
        out.push('\n');
        out
    }

    /// For HTML: a note with a paragraph per sentence, the label strong.
    #[must_use]
    pub fn html(&self) -> String {
        let mut out = String::from("<div class=\"errors-notice\" role=\"note\">\n");
        for (i, sentence) in self.sentences.iter().enumerate() {
            if i == 0 {
                let _ =
                    writeln!(out, "<p><strong>{}:</strong> {}</p>", escape::html(&self.label), escape::html(sentence));
            } else {
                let _ = writeln!(out, "<p>{}</p>", escape::html(sentence));
            }
        }
        out.push_str("</div>\n");
        out
    }
}

/// Up to [`MAX_FILES`] files with their counts, comma-separated, then how many more.
fn list(files: &[&FileErrors], text: &Text) -> String {
    let mut items: Vec<String> =
        files.iter().take(MAX_FILES).map(|f| text.get(&msg::notice_file(f.errors, f.file.as_str()))).collect();
    if files.len() > MAX_FILES {
        items.push(text.get(&msg::notice_more_files(Arg::count(files.len() - MAX_FILES))));
    }
    items.join(", ")
}

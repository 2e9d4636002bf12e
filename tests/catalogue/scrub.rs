//! What the pseudo-locale check looks at: the words of an output that lie outside every ⟦…⟧
//! and are not the repository's own text (names, titles, ids, paths, codes).

/// The markers the pseudo-locale puts around every message.
pub(crate) const OPEN: char = '⟦';
pub(crate) const CLOSE: char = '⟧';

/// How an output is written, for what is not words to a reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Markup {
    /// Terminal text, tables and Markdown: every letter is read.
    Text,
    /// Human diagnostics: the quoted source lines (`7 | sigend = …`) are the plan's own text.
    Diagnostics,
    /// GitHub workflow commands: `::error file=…,title=…::` is for GitHub, the rest is read.
    Github,
    /// HTML: tags, the style sheet and attributes are not read, except `aria-label` and `title`.
    Html,
    /// An iCalendar feed: the values of the properties a calendar shows (title, description,
    /// category, the calendar's name and description), unfolded and unescaped; the rest
    /// (`BEGIN:VEVENT`, dates, `UID`, `URL`) is for the calendar program.
    Ics,
}

/// The text a reader sees, one line per line: markup removed, HTML entities decoded.
fn readable(output: &str, markup: Markup) -> String {
    match markup {
        Markup::Text => output.to_owned(),
        Markup::Diagnostics => output
            .lines()
            .map(|line| {
                // `12 | text` and `   | ^^^`: the gutter and what stands right of it.
                let gutter = line.trim_start().trim_start_matches(|c: char| c.is_ascii_digit()).trim_start();
                if gutter.starts_with('|') { "" } else { line }
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Markup::Github => output
            .lines()
            .map(|line| match line.strip_prefix("::").and_then(|rest| rest.split_once("::")) {
                Some((_, message)) => message,
                None => line,
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Markup::Html => html_text(output),
        Markup::Ics => calendar_text(output),
    }
}

/// The text values of a feed that a calendar shows, one line per line break in them.
fn calendar_text(feed: &str) -> String {
    const SHOWN: [&str; 5] = ["SUMMARY:", "DESCRIPTION:", "CATEGORIES:", "X-WR-CALNAME:", "X-WR-CALDESC:"];
    let unfolded = feed.replace("\r\n ", "");
    let mut out = String::new();
    for line in unfolded.split("\r\n") {
        if let Some(value) = SHOWN.iter().find_map(|name| line.strip_prefix(name)) {
            let value = value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
            out.push_str(&value);
            out.push('\n');
        }
    }
    out
}

/// The text nodes of a page, with the `aria-label` and `title` attributes people hear or see.
fn html_text(page: &str) -> String {
    let mut page = page.to_owned();
    while let (Some(start), Some(end)) = (page.find("<style"), page.find("</style>")) {
        if end < start {
            break;
        }
        page.replace_range(start..end + "</style>".len(), "\n");
    }
    let mut out = String::new();
    let mut rest = page.as_str();
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else { break };
        let tag = &rest[open..open + close];
        for attribute in ["aria-label=\"", "title=\""] {
            if let Some(at) = tag.find(attribute) {
                let value = &tag[at + attribute.len()..];
                out.push('\n');
                out.push_str(value.split('"').next().unwrap_or_default());
            }
        }
        out.push('\n');
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    for (entity, text) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
        out = out.replace(entity, text);
    }
    out
}

/// Every piece of `output` (as `markup` shows it to a reader) outside the markers that holds a
/// letter and is not one of `exempt` (the repository's own text, ids, paths and codes), with
/// its line. Markers that do not pair up are reported too.
pub(crate) fn words_outside(output: &str, markup: Markup, exempt: &[String]) -> Vec<String> {
    let text = readable(output, markup);
    let mut found = Vec::new();
    let mut depth = 0_usize;
    for line in text.lines() {
        let mut outside = String::new();
        for c in line.chars() {
            match c {
                OPEN => {
                    depth += 1;
                    outside.push('\u{0}');
                }
                CLOSE if depth == 0 => found.push(format!("a {CLOSE} without its {OPEN}: {line}")),
                CLOSE => depth -= 1,
                _ if depth == 0 => outside.push(c),
                _ => {}
            }
        }
        let outside = without(&outside, exempt);
        for word in outside.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().any(char::is_alphabetic)) {
            found.push(format!("{word:?} in: {line}"));
        }
    }
    if depth > 0 {
        found.push(format!("{depth} {OPEN} without their {CLOSE}"));
    }
    found
}

/// `text` with every whole-word occurrence of the `exempt` phrases blanked out, the longest first.
fn without(text: &str, exempt: &[String]) -> String {
    let mut text = text.to_owned();
    // A label cut to fit a chart ends in "…": the start of a phrase counts as the phrase.
    let mut from = 0;
    while let Some(at) = text[from..].find('…').map(|i| i + from) {
        let before = &text[..at];
        let starts = before
            .char_indices()
            .map(|(i, _)| i)
            .filter(|&i| before[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric()) && i < before.len());
        let cut = starts.into_iter().find(|&i| exempt.iter().any(|p| p.starts_with(&before[i..])));
        match cut {
            Some(start) => {
                text.replace_range(start..at + '…'.len_utf8(), "\u{0}");
                from = start + 1;
            }
            None => from = at + '…'.len_utf8(),
        }
    }
    for phrase in exempt {
        let mut from = 0;
        while let Some(at) = text[from..].find(phrase.as_str()).map(|i| i + from) {
            let end = at + phrase.len();
            let before = text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after = text[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            if before && after {
                text.replace_range(at..end, "\u{0}");
                from = at + 1;
            } else {
                from = end;
            }
        }
    }
    text
}

/// The repository's own text: every quoted string of its TOML files (but not the values of
/// `status` and `kind`, which cemr puts into words), every file's path and name, and every
/// folder name under `plans/`. Sorted longest first.
pub(crate) fn own_text(root: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            if rel.starts_with(".git") {
                continue;
            }
            out.push(rel.clone());
            if let Some(name) = path.file_name() {
                out.push(name.to_string_lossy().into_owned());
            }
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml")) {
                if let Some(stem) = path.file_stem() {
                    out.push(stem.to_string_lossy().into_owned());
                }
                out.extend(quoted_strings(&std::fs::read_to_string(&path).unwrap_or_default()));
            }
        }
    }
    out.retain(|s| !s.trim().is_empty());
    out.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    out.dedup();
    out
}

/// The strings of a TOML text, except the values of `status` and `kind`. A file that is not
/// valid TOML (the repository with errors) gives what stands between quotes on each line.
fn quoted_strings(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    match toml::from_str::<toml::Table>(text) {
        Ok(table) => strings_of(&toml::Value::Table(table), "", &mut out),
        Err(_) => {
            for line in text.lines() {
                let key = line.split('=').next().unwrap_or_default().trim();
                if line.trim_start().starts_with('#') || key == "status" || key == "kind" {
                    continue;
                }
                out.extend(line.split('"').skip(1).step_by(2).map(str::to_owned));
            }
        }
    }
    out
}

fn strings_of(value: &toml::Value, key: &str, out: &mut Vec<String>) {
    match value {
        toml::Value::String(s) if key != "status" && key != "kind" => out.push(s.clone()),
        toml::Value::Array(items) => items.iter().for_each(|v| strings_of(v, key, out)),
        toml::Value::Table(table) => {
            for (k, v) in table {
                out.push(k.clone());
                strings_of(v, k, out);
            }
        }
        _ => {}
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_and_exemptions() {
        let exempt = vec!["Luleå kommun".to_owned(), "lulea".to_owned()];
        assert!(words_outside("⟦Signatory⟧: Luleå kommun (lulea) 2026-01-01 50 %", Markup::Text, &exempt).is_empty());
        assert_eq!(words_outside("Signatory: ⟦x⟧", Markup::Text, &exempt).len(), 1);
        assert_eq!(words_outside("⟦a ⟦b⟧ c⟧ d", Markup::Text, &exempt).len(), 1);
        assert_eq!(words_outside("⟦a", Markup::Text, &exempt).len(), 1, "an unclosed marker");
        assert_eq!(words_outside("Luleå kommuner", Markup::Text, &exempt).len(), 2, "only whole phrases");
        assert!(words_outside(" 7 | sigend = 1\n   |  ^^^", Markup::Diagnostics, &exempt).is_empty());
        assert!(words_outside("::error file=a,title=b::⟦x⟧", Markup::Github, &exempt).is_empty());
        assert!(words_outside("Luleå komm…", Markup::Text, &exempt).is_empty(), "a label cut short");
        assert_eq!(words_outside("Luleå stad…", Markup::Text, &exempt).len(), 2, "not the start of a phrase");
        let page = "<html lang=\"en\"><style>p { color: red }</style><p title=\"Hello\">⟦x⟧ &amp; y</p>";
        assert_eq!(words_outside(page, Markup::Html, &exempt).len(), 2, "the title and y");
    }
}

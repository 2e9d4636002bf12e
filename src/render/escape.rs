//! One escaping function per destination: terminal, GitHub workflow commands, Markdown, HTML, CSV.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Text for a terminal: control characters (ESC, BEL, NUL, DEL, C1, …), the line and paragraph
/// separators U+2028/U+2029 and bidirectional overrides become visible `\u{..}` escapes; tab
/// becomes a space, and line breaks are kept only if `keep_newlines`.
#[must_use]
pub fn terminal(s: &str) -> Cow<'_, str> {
    terminal_with(s, false)
}

/// Like [`terminal`], keeping `\n` (for multi-line text printed as is).
#[must_use]
pub fn terminal_multiline(s: &str) -> Cow<'_, str> {
    terminal_with(s, true)
}

fn is_dangerous(c: char, keep_newlines: bool) -> bool {
    match c {
        '\n' => !keep_newlines,
        // The control characters (`char::is_control`: C0, DEL and C1), the line and paragraph
        // separators (line breaks to browsers, editors and JavaScript), and the bidirectional
        // marks, embeddings, overrides and isolates.
        '\0'..='\x1f'
        | '\x7f'..='\u{9f}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' => true,
        _ => false,
    }
}

fn terminal_with(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    if !s.chars().any(|c| is_dangerous(c, keep_newlines)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c == '\t' {
            out.push(' ');
        } else if is_dangerous(c, keep_newlines) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Appends `s` to `out` as [`terminal`] shows it, each character then replaced by `replace`,
/// which also sees the character before it (the text between replaced characters is copied as
/// it is).
fn escape_into(out: &mut String, s: &str, replace: impl Fn(Option<char>, char) -> Option<&'static str>) {
    let s = terminal(s);
    let mut copied = 0;
    let mut before = None;
    for (i, c) in s.char_indices() {
        let replaced = replace(before, c);
        before = Some(c);
        if let Some(with) = replaced {
            out.push_str(s.get(copied..i).unwrap_or_default());
            out.push_str(with);
            copied = i + c.len_utf8();
        }
    }
    out.push_str(s.get(copied..).unwrap_or_default());
}

/// The message part of a GitHub workflow command: `%`, CR and LF escaped.
#[must_use]
pub fn github_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// A property value of a GitHub workflow command: as data, plus `:` and `,`.
#[must_use]
pub fn github_property(s: &str) -> String {
    github_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Inline Markdown text (a table cell or a list item): HTML and Markdown syntax neutralised,
/// `|` escaped, line breaks and other control characters shown as escapes, and `@name`
/// mentions no one on GitHub (see [`MENTION_BREAK`]).
#[must_use]
pub fn markdown(s: &str) -> String {
    let mut out = String::new();
    markdown_into(&mut out, s);
    out
}

/// [`markdown`], appended to `out`.
pub fn markdown_into(out: &mut String, s: &str) {
    escape_into(out, s, markdown_char);
}

/// What Markdown shows after an `@` that GitHub would read as the start of a mention (of a
/// person, `@name`, or a team, `@org/team`, which notifies them in a pull-request comment): the
/// `@` and a word joiner (U+2060, invisible, no line break). GitHub then finds no name after the
/// `@`; a backslash would not do, as it is gone before GitHub looks for mentions.
pub const MENTION_BREAK: &str = "@\u{2060}";

/// Whether GitHub would read an `@` after `before` as a mention: at the start, or after a
/// character that is not an ASCII letter, digit or `_` (so `jamstalldhet@lulea.se` stays an
/// e-mail address).
fn may_mention(before: Option<char>) -> bool {
    !before.is_some_and(|b| b.is_ascii_alphanumeric() || b == '_')
}

/// What Markdown shows in place of a character that is syntax (`None`: the character itself).
fn markdown_char(before: Option<char>, c: char) -> Option<&'static str> {
    Some(match c {
        '@' if may_mention(before) => MENTION_BREAK,
        '|' => "\\|",
        '\\' => "\\\\",
        '`' => "\\`",
        '*' => "\\*",
        '_' => "\\_",
        '~' => "\\~",
        '[' => "\\[",
        ']' => "\\]",
        '<' => "\\<",
        '>' => "\\>",
        '#' => "\\#",
        '!' => "\\!",
        '&' => "&amp;",
        _ => return None,
    })
}

/// HTML text or attribute value.
#[must_use]
pub fn html(s: &str) -> String {
    let mut out = String::new();
    html_into(&mut out, s);
    out
}

/// [`html`], appended to `out`.
pub fn html_into(out: &mut String, s: &str) {
    escape_into(out, s, html_char);
}

/// What HTML shows in place of a character that is markup (`None`: the character itself).
fn html_char(_before: Option<char>, c: char) -> Option<&'static str> {
    Some(match c {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => return None,
    })
}

/// One CSV field (RFC 4180): quoted when it holds the separator, a quote or a line break;
/// a leading `=`, `+`, `-`, `@`, tab or CR gets a `'` so spreadsheets do not run it as a formula.
#[must_use]
pub fn csv(s: &str, separator: char) -> String {
    let s = terminal_multiline(s);
    let guarded: Cow<'_, str> = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_plain_number(&s) {
        Cow::Owned(format!("'{s}"))
    } else {
        s
    };
    if guarded.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded.into_owned()
    }
}

/// Negative numbers are data, not formulas.
fn is_plain_number(s: &str) -> bool {
    s.parse::<f64>().is_ok_and(f64::is_finite)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_escapes_control_characters() {
        assert_eq!(terminal("Luleå"), "Luleå");
        assert_eq!(terminal("a\u{1b}[31mb\u{7}"), "a\\u{1b}[31mb\\u{7}");
        assert_eq!(terminal("a\nb"), "a\\u{a}b");
        assert_eq!(terminal_multiline("a\nb"), "a\nb");
        assert_eq!(terminal("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(terminal("\u{9b}"), "\\u{9b}");
    }

    #[test]
    fn dangerous_characters_are_the_control_characters_separators_and_bidi_controls() {
        let bidi = |c: char| matches!(c, '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        assert_eq!(terminal("Kommun nr 12 – Jämställdhetsplan, Luleå"), "Kommun nr 12 – Jämställdhetsplan, Luleå");
        for c in (0..=0x3000).filter_map(char::from_u32) {
            let expected = (c.is_control() && c != '\n') || bidi(c);
            assert_eq!(is_dangerous(c, true), expected, "{c:?}");
            assert_eq!(is_dangerous(c, false), c.is_control() || bidi(c), "{c:?}");
        }
    }

    #[test]
    fn github_escapes() {
        assert_eq!(github_data("50% a\r\nb"), "50%25 a%0D%0Ab");
        assert_eq!(github_property("a:b,c%"), "a%3Ab%2Cc%25");
    }

    #[test]
    fn markdown_escapes_pipes_and_markup() {
        assert_eq!(markdown("a|b"), "a\\|b");
        assert_eq!(markdown("~~x~~"), "\\~\\~x\\~\\~");
        assert_eq!(markdown("<script>"), "\\<script\\>");
        assert_eq!(markdown("x\ny"), "x\\\\u{a}y");
        assert_eq!(markdown("[l](http://x)"), "\\[l\\](http://x)");
        assert_eq!(markdown("a\u{2028}b\u{2029}"), "a\\\\u{2028}b\\\\u{2029}");
    }

    #[test]
    fn markdown_mentions_no_one() {
        assert_eq!(markdown("@owner"), "@\u{2060}owner");
        assert_eq!(markdown("HR (@org/team), @x"), "HR (@\u{2060}org/team), @\u{2060}x");
        assert_eq!(markdown("å@x"), "å@\u{2060}x");
        assert_eq!(markdown("jamstalldhet@lulea.se"), "jamstalldhet@lulea.se");
        assert_eq!(markdown("a_@x"), "a\\_@x");
        assert_eq!(html("@owner"), "@owner");
    }

    /// Markdown read back: a backslash shows the next character, `&amp;` is `&`, and the word
    /// joiner that the escaper puts after an `@` is not there.
    fn markdown_shown(escaped: &str) -> String {
        let (mut out, mut chars) = (String::new(), escaped.chars().peekable());
        while let Some(c) = chars.next() {
            match c {
                '\\' => out.extend(chars.next()),
                '@' => {
                    // The escaper adds the joiner only where GitHub would see a mention; one
                    // that was in the text already (as in `o@\u{2060}`) is shown.
                    if may_mention(out.chars().next_back()) {
                        chars.next_if_eq(&'\u{2060}');
                    }
                    out.push('@');
                }
                '&' => {
                    assert_eq!(chars.by_ref().take(4).collect::<String>(), "amp;", "a bare & in {escaped:?}");
                    out.push('&');
                }
                c => out.push(c),
            }
        }
        out
    }

    /// HTML read back: the five entities the escaper writes, and no other markup.
    fn html_shown(escaped: &str) -> String {
        assert!(!escaped.contains(['<', '>', '"', '\'']), "markup left in {escaped:?}");
        let (mut out, mut rest) = (String::new(), escaped);
        while let Some(at) = rest.find('&') {
            out.push_str(&rest[..at]);
            let entity = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].into_iter().find(|e| rest[at..].starts_with(e));
            let entity = entity.unwrap_or_else(|| panic!("a bare & in {escaped:?}"));
            out.push(match entity {
                "&amp;" => '&',
                "&lt;" => '<',
                "&gt;" => '>',
                "&quot;" => '"',
                _ => '\'',
            });
            rest = &rest[at + entity.len()..];
        }
        out.push_str(rest);
        out
    }

    /// What each escaper must give: text that reads back as the terminal form, with no markup
    /// left and nothing dangerous.
    fn assert_escaped(s: &str) {
        let md = markdown(s);
        assert_eq!(markdown_shown(&md), terminal(s), "markdown of {s:?}");
        let chars: Vec<char> = md.chars().collect();
        for (i, pair) in chars.windows(2).enumerate() {
            let before = i.checked_sub(1).and_then(|b| chars.get(b)).copied();
            let linked = pair[0] == '@' && pair[1] != '\u{2060}' && may_mention(before);
            assert!(!linked, "a mention in {md:?}");
        }
        assert!(!md.chars().any(|c| is_dangerous(c, false)), "{md:?}");
        for (i, c) in md.char_indices().filter(|(_, c)| "|`*_~[]<>#!".contains(*c)) {
            let backslashes = md[..i].chars().rev().take_while(|b| *b == '\\').count();
            assert!(backslashes % 2 == 1, "unescaped {c:?} in {md:?}");
        }
        let h = html(s);
        assert_eq!(html_shown(&h), terminal(s), "html of {s:?}");
        assert!(!h.chars().any(|c| is_dangerous(c, false)), "{h:?}");
    }

    #[test]
    fn escaping_reads_back_as_the_terminal_form() {
        let mut samples: Vec<String> = (0..=0x3000).filter_map(char::from_u32).map(|c| format!("a{c}b")).collect();
        samples.extend(
            ["", "\t", "–\u{202e}|x\u{85}\n", "Kommun nr 12 – Jämställdhetsplan", "\u{1b}[31m<b>&", "\\|", "&amp;"]
                .map(str::to_owned),
        );
        samples.push((0..=0x3000).filter_map(char::from_u32).collect());
        // A word joiner already after an `@` that is no mention (found by the property test).
        samples.extend(["o@\u{2060}\u{99}", "@\u{2060}\u{99}", "\\\u{202e}o@\u{2060}"].map(str::to_owned));
        for s in &samples {
            assert_escaped(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn escaping_reads_back_on_any_text(s in "\\PC*|[\t\n\u{80}-\u{9f}\u{2000}-\u{206f}|<&@_\\\\a-z]*") {
            assert_escaped(&s);
        }
    }

    #[test]
    fn html_escapes() {
        assert_eq!(html("<script>alert('x')</script>&"), "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;");
    }

    #[test]
    fn csv_quotes_and_guards_formulas() {
        assert_eq!(csv("plain", ','), "plain");
        assert_eq!(csv("a,b", ','), "\"a,b\"");
        assert_eq!(csv("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
        assert_eq!(csv("=SUM(A1)", ','), "'=SUM(A1)");
        assert_eq!(csv("@cmd", ';'), "'@cmd");
        assert_eq!(csv("-12", ','), "-12");
        assert_eq!(csv("a;b", ';'), "\"a;b\"");
        assert_eq!(csv("a\nb", ','), "\"a\nb\"");
    }
}

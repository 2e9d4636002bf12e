//! One escaping function per destination: terminal, GitHub workflow commands, Markdown, HTML, CSV.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Text for a terminal: control characters (ESC, BEL, NUL, DEL, C1, …) and bidirectional
/// overrides become visible `\u{..}` escapes; tab becomes a space, and line breaks are kept
/// only if `keep_newlines`.
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
        // The control characters (`char::is_control`: C0, DEL and C1), and the bidirectional
        // marks, embeddings, overrides and isolates.
        '\0'..='\x1f'
        | '\x7f'..='\u{9f}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' => true,
        _ => false,
    }
}

/// Whether a byte may start a dangerous character: a C0 control, DEL, or the first byte of a
/// C1 control (`0xC2`) or of a bidirectional control (`0xE2`).
const fn may_start_dangerous(b: u8) -> bool {
    b < 0x20 || b == 0x7f || b == 0xc2 || b == 0xe2
}

/// Whether `s` may hold a dangerous character, from its bytes alone: a C0 control or DEL, a
/// C1 control (`0xC2 0x80..=0x9F`) or a bidirectional control (`0xE2 0x80`/`0x81` …). Most
/// text has none, and a byte scan is much cheaper than decoding every character; an en dash
/// (`0xE2 0x80 0x93`) only costs a look at the next byte.
fn may_be_dangerous(s: &str) -> bool {
    let bytes = s.as_bytes();
    // First a pass without early exit, which the compiler turns into vector instructions:
    // are there any bytes that could start a dangerous character at all?
    if !bytes.iter().fold(false, |found, &b| found | may_start_dangerous(b)) {
        return false;
    }
    bytes.iter().enumerate().any(|(i, &b)| match b {
        0x00..=0x1f | 0x7f => true,
        0xc2 => bytes.get(i + 1).is_some_and(|next| *next <= 0x9f),
        0xe2 => matches!(bytes.get(i + 1..i + 3), Some([0x80, 0x8e | 0x8f | 0xaa..=0xae] | [0x81, 0xa6..=0xa9])),
        _ => false,
    })
}

fn terminal_with(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    if !may_be_dangerous(s) || !s.chars().any(|c| is_dangerous(c, keep_newlines)) {
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

/// What an escaper does with a byte of plan text.
#[derive(Clone, Copy)]
enum Byte {
    /// Copied as it is.
    Keep,
    /// Looked at: a control character, or the first byte of a character that may be a C1
    /// control or a bidirectional mark (or a harmless one, such as an en dash).
    Look,
    /// An ASCII byte the destination replaces.
    Replace(&'static str),
}

/// A destination's table of what to do with each byte: control and bidirectional characters
/// are shown as [`terminal`] shows them, and `replacements` replace ASCII bytes.
#[allow(clippy::indexing_slicing, clippy::cast_lossless)] // evaluated at compile time, bytes index 256 entries
const fn byte_table(replacements: &[(u8, &'static str)]) -> [Byte; 256] {
    let mut table = [Byte::Keep; 256];
    let mut b: u8 = 0;
    loop {
        if may_start_dangerous(b) {
            table[b as usize] = Byte::Look;
        }
        if b == u8::MAX {
            break;
        }
        b += 1;
    }
    let mut r = 0;
    while r < replacements.len() {
        let (byte, with) = replacements[r];
        if matches!(table[byte as usize], Byte::Keep) {
            table[byte as usize] = Byte::Replace(with);
        }
        r += 1;
    }
    table
}

fn byte(table: &[Byte; 256], b: u8) -> Byte {
    table.get(usize::from(b)).copied().unwrap_or(Byte::Keep)
}

/// Which bytes a table keeps as they are, one flag per byte (for the fast scan over text).
#[allow(clippy::indexing_slicing)] // evaluated at compile time, over 256 entries
const fn kept(table: &[Byte; 256]) -> [bool; 256] {
    let mut kept = [false; 256];
    let mut b = 0;
    while b < 256 {
        kept[b] = matches!(table[b], Byte::Keep);
        b += 1;
    }
    kept
}

/// A destination's escaping: what to do with each byte, and which bytes are kept.
struct Escaper {
    bytes: [Byte; 256],
    kept: [bool; 256],
}

impl Escaper {
    const fn new(replacements: &[(u8, &'static str)]) -> Self {
        let bytes = byte_table(replacements);
        Self { kept: kept(&bytes), bytes }
    }

    fn keeps(&self, b: u8) -> bool {
        self.kept.get(usize::from(b)).copied().unwrap_or(true)
    }
}

/// Appends `s` to `out` as [`terminal`] shows it, then with the table's ASCII replacements, in
/// one pass: the runs of bytes kept as they are are found first and copied in slices.
fn escape_into(out: &mut String, s: &str, escaper: &Escaper) {
    let (bytes, table) = (s.as_bytes(), &escaper.bytes);
    let (mut copied, mut i) = (0, 0);
    while let Some(run) = bytes.get(i..).and_then(|rest| rest.iter().position(|&b| !escaper.keeps(b))) {
        i += run;
        let Some(&b) = bytes.get(i) else { break };
        if let Byte::Replace(with) = byte(table, b) {
            // `b` is ASCII, so `i` is a character boundary.
            out.push_str(s.get(copied..i).unwrap_or_default());
            out.push_str(with);
            i += 1;
            copied = i;
            continue;
        }
        // Looked at: only ASCII and lead bytes are, so `i` is a character boundary.
        let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else { break };
        if c == '\t' || is_dangerous(c, false) {
            out.push_str(s.get(copied..i).unwrap_or_default());
            let shown = if c == '\t' { " ".to_owned() } else { format!("\\u{{{:x}}}", u32::from(c)) };
            for b in shown.bytes() {
                match byte(table, b) {
                    Byte::Replace(with) => out.push_str(with),
                    _ => out.push(char::from(b)),
                }
            }
            copied = i + c.len_utf8();
        }
        i += c.len_utf8();
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
/// `|` escaped, line breaks and other control characters shown as escapes.
#[must_use]
pub fn markdown(s: &str) -> String {
    let mut out = String::new();
    markdown_into(&mut out, s);
    out
}

/// [`markdown`], appended to `out` (for long tables, without a string per cell).
pub fn markdown_into(out: &mut String, s: &str) {
    escape_into(out, s, &MARKDOWN);
}

const MARKDOWN: Escaper = Escaper::new(&[
    (b'|', "\\|"),
    (b'\\', "\\\\"),
    (b'`', "\\`"),
    (b'*', "\\*"),
    (b'_', "\\_"),
    (b'~', "\\~"),
    (b'[', "\\["),
    (b']', "\\]"),
    (b'<', "\\<"),
    (b'>', "\\>"),
    (b'#', "\\#"),
    (b'!', "\\!"),
    (b'&', "&amp;"),
]);

/// HTML text or attribute value.
#[must_use]
pub fn html(s: &str) -> String {
    let mut out = String::new();
    html_into(&mut out, s);
    out
}

/// [`html`], appended to `out`.
pub fn html_into(out: &mut String, s: &str) {
    escape_into(out, s, &HTML);
}

const HTML: Escaper =
    Escaper::new(&[(b'&', "&amp;"), (b'<', "&lt;"), (b'>', "&gt;"), (b'"', "&quot;"), (b'\'', "&#39;")]);

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
    fn dangerous_characters_are_the_control_characters_and_bidi_controls() {
        let bidi = |c: char| matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        assert!(!may_be_dangerous("Kommun nr 12 – Jämställdhetsplan, Luleå"), "an en dash and å are harmless");
        for c in (0..=0x3000).filter_map(char::from_u32) {
            let expected = (c.is_control() && c != '\n') || bidi(c);
            assert_eq!(is_dangerous(c, true), expected, "{c:?}");
            assert_eq!(is_dangerous(c, false), c.is_control() || bidi(c), "{c:?}");
            if is_dangerous(c, false) {
                assert!(may_be_dangerous(c.encode_utf8(&mut [0; 4])), "{c:?}");
            }
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
    }

    /// What the one-pass escapers must give: the terminal form, then ASCII replacements.
    fn terminal_then_replaced(s: &str, replace: impl Fn(char) -> Option<&'static str>) -> String {
        terminal(s).chars().fold(String::new(), |mut out, c| {
            match replace(c) {
                Some(with) => out.push_str(with),
                None => out.push(c),
            }
            out
        })
    }

    fn markdown_reference(s: &str) -> String {
        terminal_then_replaced(s, |c| match c {
            '|' => Some("\\|"),
            '\\' => Some("\\\\"),
            '`' => Some("\\`"),
            '*' => Some("\\*"),
            '_' => Some("\\_"),
            '~' => Some("\\~"),
            '[' => Some("\\["),
            ']' => Some("\\]"),
            '<' => Some("\\<"),
            '>' => Some("\\>"),
            '#' => Some("\\#"),
            '!' => Some("\\!"),
            '&' => Some("&amp;"),
            _ => None,
        })
    }

    fn html_reference(s: &str) -> String {
        terminal_then_replaced(s, |c| match c {
            '&' => Some("&amp;"),
            '<' => Some("&lt;"),
            '>' => Some("&gt;"),
            '"' => Some("&quot;"),
            '\'' => Some("&#39;"),
            _ => None,
        })
    }

    #[test]
    fn one_pass_escaping_is_terminal_escaping_then_replacement() {
        let mut samples: Vec<String> = (0..=0x3000).filter_map(char::from_u32).map(|c| format!("a{c}b")).collect();
        samples.extend(
            ["", "\t", "–\u{202e}|x\u{85}\n", "Kommun nr 12 – Jämställdhetsplan", "\u{1b}[31m<b>&"].map(str::to_owned),
        );
        samples.push((0..=0x3000).filter_map(char::from_u32).collect());
        for s in &samples {
            assert_eq!(markdown(s), markdown_reference(s), "{s:?}");
            assert_eq!(html(s), html_reference(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn one_pass_escaping_matches_on_any_text(s in "\\PC*|[\t\n\u{80}-\u{9f}\u{2000}-\u{206f}|<&a-z]*") {
            proptest::prop_assert_eq!(markdown(&s), markdown_reference(&s));
            proptest::prop_assert_eq!(html(&s), html_reference(&s));
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

//! Text measured in display columns (what a terminal shows: `å` is one, a wide character two):
//! words wrapped to a width, never split, and text shortened to a width with `…`.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar as _, UnicodeWidthStr as _};

/// How many columns `s` takes on a terminal.
#[must_use]
pub fn width(s: &str) -> usize {
    s.width()
}

/// `s` in lines of at most `max` columns, broken between words; a word wider than `max` gets a
/// line of its own and is never split.
#[must_use]
pub fn wrap(s: &str, max: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in s.split(' ').filter(|w| !w.is_empty()) {
        if !line.is_empty() && width(&line) + 1 + width(word) > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// `s`, or as much of it as fits in `max` columns with `…` at the end. A cut made inside a word
/// goes back to the end of the word before it, when that keeps at least half of the room.
#[must_use]
pub fn shorten(s: &str, max: usize) -> Cow<'_, str> {
    if width(s) <= max {
        return Cow::Borrowed(s);
    }
    let room = max.saturating_sub(1);
    let mut used = 0;
    let mut end = 0;
    for (i, c) in s.char_indices() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        end = i + c.len_utf8();
    }
    let mut kept = s.get(..end).unwrap_or_default();
    let inside_word = s.get(end..).is_some_and(|rest| !rest.starts_with(' ')) && !kept.ends_with(' ');
    if inside_word && let Some(space) = kept.rfind(' ').filter(|&i| width(s.get(..i).unwrap_or_default()) * 2 >= room) {
        kept = s.get(..space).unwrap_or_default();
    }
    Cow::Owned(format!("{}…", kept.trim_end_matches([' ', ',', ':', ';'])))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_display_columns() {
        assert_eq!(width("Älvsbyn"), 7);
        assert_eq!(width("日本"), 4);
        assert_eq!(width(""), 0);
    }

    #[test]
    fn words_wrap_and_are_never_split() {
        assert_eq!(wrap("ett två tre fyra", 7), ["ett två", "tre", "fyra"]);
        assert_eq!(wrap("plans/norrbotten/alvsbyn.toml (1 fel)", 10), ["plans/norrbotten/alvsbyn.toml", "(1 fel)"]);
        assert_eq!(wrap("", 10), [""]);
        assert!(wrap("åäö åäö åäö", 7).iter().all(|l| width(l) <= 7));
    }

    #[test]
    fn text_is_shortened_to_a_width_with_an_ellipsis() {
        assert_eq!(shorten("Kiruna", 10), "Kiruna");
        assert_eq!(shorten("Fler kvinnor på heltid", 12), "Fler kvinno…");
        assert_eq!(shorten("Fler kvinnor på heltid", 14), "Fler kvinnor…");
        assert_eq!(shorten("2026-12-31 mål: Fler", 12), "2026-12-31…");
        assert_eq!(shorten("Fler kvinnor på heltid", 16), "Fler kvinnor på…");
        assert_eq!(shorten("Heltidsarbete", 6), "Helti…");
        assert_eq!(shorten("日本日本", 5), "日本…");
        for max in 1..30 {
            assert!(width(&shorten("Åtgärdsplan för jämställdhet i Övertorneå", max)) <= max.max(1));
        }
    }
}

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
/// goes back to the end of the word before it when that gives up little of the room (a quarter
/// at most); else the word is cut, so that a narrow column is not left half empty. Text that
/// starts with a date ("2026-12-31 mål: Minska …") keeps at least the date; when nothing of what
/// follows it fits, the date stands alone, without `…` (a date before `…` reads as a cut date).
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
    if inside_word
        && let Some(space) =
            kept.rfind(' ').filter(|&i| room - width(s.get(..i).unwrap_or_default()) <= (room / 4).max(2))
    {
        kept = s.get(..space).unwrap_or_default();
    }
    let kept = kept.trim_end_matches([' ', ',', ':', ';']);
    if let Some(date) = leading_date(s).filter(|d| d.len() <= max) {
        // What is kept after the date: nothing, or only a label ("mål" of "mål: …").
        let after = kept.get(date.len()..).unwrap_or_default().trim_start();
        let label_only = !after.contains(' ') && s.get(kept.len()..).is_some_and(|rest| rest.starts_with(':'));
        if kept.len() <= date.len() || label_only {
            return Cow::Borrowed(date);
        }
    }
    Cow::Owned(format!("{kept}…"))
}

/// The ISO date `s` starts with, followed by a space ("2026-12-31 …").
fn leading_date(s: &str) -> Option<&str> {
    let date = s.get(..10)?;
    let b = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    (digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
        && s.get(10..)?.starts_with(' '))
    .then_some(date)
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
        // A date keeps its place and stands alone when nothing of what follows fits.
        assert_eq!(shorten("2026-12-31 mål: Fler", 12), "2026-12-31");
        assert_eq!(shorten("2026-12-31 mål: Minska andelen deltid", 18), "2026-12-31");
        assert_eq!(shorten("2026-12-31 mål: Minska andelen deltid", 26), "2026-12-31 mål: Minska…");
        assert_eq!(shorten("2026-12-31 handlingsplan för jämställdhet", 16), "2026-12-31 hand…");
        // A cut goes back to a word's end only when little room is given up.
        assert_eq!(shorten("Utbildning i jämställdhetsintegrering för chefer", 24), "Utbildning i jämställdh…");
        assert_eq!(shorten("Utbildning i jämställdhet för chefer", 28), "Utbildning i jämställdhet…");
        assert_eq!(shorten("Fler kvinnor på heltid", 16), "Fler kvinnor på…");
        assert_eq!(shorten("Heltidsarbete", 6), "Helti…");
        assert_eq!(shorten("日本日本", 5), "日本…");
        for max in 1..30 {
            assert!(width(&shorten("Åtgärdsplan för jämställdhet i Övertorneå", max)) <= max.max(1));
        }
    }
}

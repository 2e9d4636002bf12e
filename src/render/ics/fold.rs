//! RFC 5545 §3.1 content lines: each line ends in CRLF, and a line longer than 75 octets is
//! folded (CRLF and one space) without splitting a UTF-8 character.
//!
//! The `icalendar` crate folds as it writes, but not always within the limit: its last piece
//! of a folded line can be 76 octets (0.17.17 folds only while *more* than 75 octets remain,
//! then puts the continuation's space before up to 75 of them). So its output is unfolded
//! here and every content line folded again. The unfolding is exact because no value the feed
//! writes holds a line break of its own: text reaches the crate with its line breaks as
//! `\n`, which TEXT escaping writes as the two characters `\` `n` (see `mod.rs`).

/// The longest a physical line may be, in octets, not counting its CRLF.
pub const LINE_OCTETS: usize = 75;

/// The crate's folded output, unfolded and folded again within [`LINE_OCTETS`].
#[must_use]
pub(super) fn refold(written: &str) -> String {
    let mut out = String::with_capacity(written.len() + written.len() / 32);
    for line in unfold(written).split("\r\n").filter(|l| !l.is_empty()) {
        fold_into(&mut out, line);
    }
    out
}

/// Joins the crate's folded lines: it folds with CRLF and one space, which are removed
/// (RFC 5545 §3.1).
fn unfold(text: &str) -> String {
    text.replace("\r\n ", "")
}

/// Appends one content line, folded: the first piece holds at most 75 octets, each following
/// piece a space and at most 74, and every piece ends on a character boundary.
pub(super) fn fold_into(out: &mut String, line: &str) {
    let mut rest = line;
    let mut room = LINE_OCTETS;
    while rest.len() > room {
        // A character has at most 4 octets, so a boundary is found before 0.
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let (piece, tail) = rest.split_at(cut);
        out.push_str(piece);
        out.push_str("\r\n ");
        rest = tail;
        room = LINE_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn lines(folded: &str) -> Vec<&str> {
        folded.strip_suffix("\r\n").unwrap_or(folded).split("\r\n").collect()
    }

    #[test]
    fn a_line_that_fits_is_left_alone() {
        let line = "SUMMARY:".to_owned() + &"a".repeat(67);
        assert_eq!(refold(&format!("{line}\r\n")), format!("{line}\r\n"));
    }

    /// The crate's own folding of a 150-octet line leaves a last line of 76 octets.
    #[test]
    fn the_last_piece_stays_within_the_limit() {
        let line = "SUMMARY:".to_owned() + &"a".repeat(142);
        let folded = refold(&line);
        assert_eq!(lines(&folded).iter().map(|l| l.len()).collect::<Vec<_>>(), [75, 75, 2]);
    }

    #[test]
    fn a_character_is_never_split() {
        // "ä" is two octets; the 75th octet falls inside one.
        let line = "SUMMARY:".to_owned() + &"a".repeat(66) + &"ä".repeat(40);
        let folded = refold(&line);
        for piece in lines(&folded) {
            assert!(piece.len() <= LINE_OCTETS, "{piece:?}");
        }
        assert_eq!(lines(&folded).first().map(|l| l.len()), Some(74));
        assert_eq!(unfold(&folded), format!("{line}\r\n"));
    }

    proptest! {
        #[test]
        fn folding_keeps_the_text_and_the_limit(text in "[a-zåäöÅÄÖ€𝄞 ;,\\\\]{0,400}") {
            let line = format!("DESCRIPTION:{text}");
            let folded = refold(&format!("{line}\r\n"));
            prop_assert!(folded.ends_with("\r\n"));
            for piece in lines(&folded) {
                prop_assert!(piece.len() <= LINE_OCTETS);
                prop_assert!(!piece.contains('\r') && !piece.contains('\n'));
            }
            prop_assert_eq!(unfold(&folded), format!("{line}\r\n"));
        }
    }
}

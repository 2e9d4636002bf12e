//! Plan files saved in another encoding than UTF-8 — what Notepad calls "Unicode" (UTF-16) and
//! "ANSI" (Windows-1252): recognised, decoded so that the rest of the file is still checked,
//! and reported with a line as it reads decoded.

use crate::diag::{Code, Diagnostic, Span};
use crate::message::{Message, msg};

/// An encoding a plan file was saved in by mistake.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Encoding {
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl Encoding {
    fn code(self) -> Code {
        match self {
            Self::Utf16Le | Self::Utf16Be => Code::Utf16File,
            Self::Windows1252 => Code::Windows1252File,
        }
    }
}

/// How many bytes at the start of a file are looked at for the zero bytes of UTF-16 (ASCII
/// text in UTF-16 is every other byte zero, which is valid UTF-8 too).
const SNIFF: usize = 64;

/// Whether UTF-8 `bytes` may be UTF-16 without a byte-order mark: a zero byte near the start.
/// Constant work, so that every file can be asked.
pub(crate) fn may_be_utf16(bytes: &[u8]) -> bool {
    bytes.get(..SNIFF.min(bytes.len())).is_some_and(|start| start.contains(&0))
}

/// The text of a file saved as UTF-16 (with or without a byte-order mark), or, when `bytes`
/// are not UTF-8, as Windows-1252 with letters such as å, ä and ö where UTF-8 failed.
pub(crate) fn decode(bytes: &[u8]) -> Option<(Encoding, String)> {
    let utf16 = match bytes {
        [0xFF, 0xFE, ..] => Some(Encoding::Utf16Le),
        [0xFE, 0xFF, ..] => Some(Encoding::Utf16Be),
        _ => utf16_without_bom(bytes),
    };
    if let Some(encoding) = utf16 {
        let decoder = if encoding == Encoding::Utf16Le { encoding_rs::UTF_16LE } else { encoding_rs::UTF_16BE };
        let (text, _) = decoder.decode_with_bom_removal(bytes);
        return Some((encoding, text.into_owned()));
    }
    windows_1252(bytes).map(|text| (Encoding::Windows1252, text))
}

/// UTF-16 without a byte-order mark: in the first bytes, the zero halves of ASCII characters
/// all on one side (odd places: little-endian, even: big-endian), and most characters ASCII.
fn utf16_without_bom(bytes: &[u8]) -> Option<Encoding> {
    let start = bytes.get(..SNIFF.min(bytes.len() & !1))?;
    let pairs = start.len() / 2;
    let zeros_at = |parity: usize| start.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (zeros_at(0), zeros_at(1));
    match (even, odd) {
        (0, odd) if pairs > 0 && odd * 2 >= pairs => Some(Encoding::Utf16Le),
        (even, 0) if pairs > 0 && even * 2 >= pairs => Some(Encoding::Utf16Be),
        _ => None,
    }
}

/// Windows-1252 text: not UTF-8 anywhere it is not ASCII (a file of mixed encodings is not
/// guessed at), and decoded, its other characters letters or punctuation, no control
/// characters.
fn windows_1252(bytes: &[u8]) -> Option<String> {
    let mixed = bytes.utf8_chunks().any(|chunk| !chunk.valid().is_ascii());
    if mixed {
        return None;
    }
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    let mut letters = false;
    for c in text.chars().filter(|c| !c.is_ascii()) {
        if c.is_control() {
            return None;
        }
        letters |= c.is_alphabetic();
    }
    letters.then(|| text.into_owned())
}

/// Characters of a line the finding quotes; a longer line is cut.
const QUOTED_CHARS: usize = 80;

/// The finding for a file decoded from `encoding`: at its first character that is not ASCII
/// (else at its start), quoting that line as it reads decoded. `text` is the decoded text
/// without its byte-order mark.
pub(crate) fn finding(encoding: Encoding, file: &str, text: &str) -> Diagnostic {
    let at = text.find(|c: char| !c.is_ascii()).unwrap_or(0);
    let line_start = text.get(..at).and_then(|before| before.rfind('\n')).map_or(0, |i| i + 1);
    let line = text.get(line_start..).unwrap_or_default().lines().next().unwrap_or_default();
    let mut quoted: String = line.chars().take(QUOTED_CHARS).collect();
    if line.chars().count() > QUOTED_CHARS {
        quoted.push('…');
    }
    let number = text.get(..line_start).map_or(0, |before| before.matches('\n').count()) + 1;
    let message: Message = match encoding {
        Encoding::Utf16Le | Encoding::Utf16Be => msg::diag_utf16_file(number, quoted),
        Encoding::Windows1252 => msg::diag_windows_1252_file(number, quoted),
    };
    let code = encoding.code();
    let span = Span::new(at, at + text.get(at..).and_then(|r| r.chars().next()).map_or(0, char::len_utf8));
    Diagnostic::new(code, file, Some(span), message).with_help(msg::diag_save_as_utf8(code.name()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend(if big_endian { [0xFE, 0xFF] } else { [0xFF, 0xFE] });
        }
        for unit in text.encode_utf16() {
            out.extend(if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
        }
        out
    }

    const PLAN: &str = "[signatory]\nname = \"Luleå kommun\"\n";

    #[test]
    fn utf16_with_and_without_a_byte_order_mark() {
        for (big_endian, expected) in [(false, Encoding::Utf16Le), (true, Encoding::Utf16Be)] {
            for bom in [true, false] {
                let bytes = utf16(PLAN, big_endian, bom);
                assert_eq!(decode(&bytes), Some((expected, PLAN.to_owned())), "bom {bom}");
                assert!(bom || may_be_utf16(&bytes));
            }
        }
        assert!(!may_be_utf16(PLAN.as_bytes()));
    }

    #[test]
    fn windows_1252_with_swedish_letters() {
        let bytes = b"[signatory]\nname = \"Lule\xe5 kommun\"\n";
        assert_eq!(decode(bytes), Some((Encoding::Windows1252, PLAN.to_owned())));
        // Not text: control characters, or UTF-8 elsewhere in the same file.
        assert_eq!(decode(b"a = \"\x81\x8d\"\n"), None);
        assert_eq!(
            decode("å = \"\u{e5}\"\n\u{ff}".as_bytes().iter().copied().chain([0xe5]).collect::<Vec<_>>().as_slice()),
            None
        );
    }

    #[test]
    fn the_finding_quotes_the_first_line_with_a_letter_beyond_ascii() {
        let found = finding(Encoding::Windows1252, "plans/lulea.toml", PLAN);
        assert_eq!(found.code, Code::Windows1252File);
        assert_eq!(found.message, msg::diag_windows_1252_file(2, "name = \"Luleå kommun\""));
        let at = found.span.unwrap_or_default();
        assert_eq!(PLAN.get(at.start..at.end), Some("å"));
    }
}

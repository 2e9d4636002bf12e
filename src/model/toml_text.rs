//! Values written as TOML text, for files cemr writes from templates (`cemr new`).

use std::fmt::Write as _;

/// `s` as a TOML basic string, quotes included: `"`, `\` and every control character are
/// escaped, so the text reads back exactly and cannot end the string early.
#[must_use]
pub fn basic_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(s: &str) -> String {
        let doc: toml::Table = toml::from_str(&format!("v = {}\n", basic_string(s))).unwrap();
        doc["v"].as_str().unwrap().to_owned()
    }

    #[test]
    fn reads_back_exactly() {
        for s in [
            "Luleå kommun",
            "Åre, Älvsbyn & Överkalix",
            "say \"hi\"",
            "back\\slash \\\" mix",
            "two\nlines\r\n",
            "tab\there",
            "esc \u{1b}[31m bell \u{7} del \u{7f} c1 \u{9b}",
            "\"\"\" ''' \\u0041",
            "",
        ] {
            assert_eq!(round_trip(s), s, "{s:?}");
        }
    }

    #[test]
    fn cannot_inject_keys() {
        let name = "x\"\nkind = \"region";
        let doc: toml::Table = toml::from_str(&format!("name = {}\n", basic_string(name))).unwrap();
        assert_eq!(doc.len(), 1);
        assert_eq!(basic_string("a\"b"), r#""a\"b""#);
    }
}

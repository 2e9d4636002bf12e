//! The id rule shared by signatories (file stems), goals and activities: `[a-z0-9-]+`.

/// Whether `s` is a valid id: non-empty, lowercase ASCII letters, digits and `-`.
#[must_use]
pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A valid id close to `s`, for "did you mean" help: lowercased, Swedish letters
/// without their marks, anything else turned into `-`.
#[must_use]
pub fn suggest_id(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let mapped = match c {
            'å' | 'ä' | 'á' | 'à' | 'â' => 'a',
            'ö' | 'ø' | 'ó' | 'ô' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' => 'u',
            'a'..='z' | '0'..='9' | '-' => c,
            _ => '-',
        };
        if !(mapped == '-' && out.ends_with('-')) {
            out.push(mapped);
        }
    }
    let trimmed = out.trim_matches('-');
    if trimmed.is_empty() { "plan".to_owned() } else { trimmed.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_rule() {
        assert!(is_valid_id("alvsbyn"));
        assert!(is_valid_id("region-norrbotten-2"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("Alvsbyn"));
        assert!(!is_valid_id("älvsbyn"));
        assert!(!is_valid_id("a_b"));
        assert!(!is_valid_id("a b"));
    }

    #[test]
    fn suggestions_drop_swedish_marks() {
        assert_eq!(suggest_id("Älvsbyn"), "alvsbyn");
        assert_eq!(suggest_id("Chefer 2024"), "chefer-2024");
        assert_eq!(suggest_id("Övertorneå kommun"), "overtornea-kommun");
        assert_eq!(suggest_id("!!!"), "plan");
    }
}

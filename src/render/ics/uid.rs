//! Event identities: a `UID` made of the repository, the signatory, the kind and the item, so
//! that a feed made again updates the subscriber's events instead of adding new ones, and a
//! moved due date moves the event. Nothing in it depends on dates, file paths or order.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::report::deadlines::DeadlineRow;

/// The repository's part of every UID: its name in lowercase ASCII letters, digits and `-`
/// (å and ä become a, ö becomes o, é becomes e, ü becomes u; anything else a `-`).
#[must_use]
pub fn repository_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        let ascii = match c {
            'a'..='z' | '0'..='9' => c,
            'å' | 'ä' | 'à' | 'á' | 'â' | 'æ' => 'a',
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' | 'ù' | 'û' => 'u',
            _ => '-',
        };
        if ascii != '-' || !key.is_empty() && !key.ends_with('-') {
            key.push(ascii);
        }
    }
    let key = key.trim_end_matches('-');
    if key.is_empty() { "cemr".to_owned() } else { key.to_owned() }
}

/// `<signatory>/<kind>/<id>@<repository>`, or `<signatory>/<kind>@<repository>` for the kinds
/// without an id. Ids hold only `[a-z0-9-]`, so the `/` and `@` keep the parts apart.
#[must_use]
pub(super) fn uid(repository: &str, row: &DeadlineRow) -> String {
    let kind = row.kind.as_str();
    let id = row.id.as_deref();
    let mut uid =
        String::with_capacity(row.signatory.len() + kind.len() + id.map_or(0, str::len) + repository.len() + 3);
    uid.push_str(&row.signatory);
    uid.push('/');
    uid.push_str(kind);
    if let Some(id) = id {
        uid.push('/');
        uid.push_str(id);
    }
    uid.push('@');
    uid.push_str(repository);
    uid
}

/// Keeps UIDs unique within one feed: a repeat (only possible when plans have errors, such as
/// two files with one id) gets `/2`, `/3`, … in the order the UIDs come.
pub(super) fn number_repeats(uids: &mut [Option<String>]) {
    let mut seen: HashMap<&str, u32> = HashMap::with_capacity(uids.len());
    let counts: Vec<u32> = uids
        .iter()
        .map(|uid| {
            uid.as_deref().map_or(0, |uid| {
                let count = seen.entry(uid).or_insert(0);
                *count += 1;
                *count
            })
        })
        .collect();
    for (uid, count) in uids.iter_mut().zip(counts) {
        if let Some(uid) = uid.as_mut().filter(|_| count > 1) {
            let _ = write!(uid, "/{count}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repository_names_become_keys() {
        assert_eq!(repository_key("Jämställdhetsplaner i Norrbotten"), "jamstalldhetsplaner-i-norrbotten");
        assert_eq!(repository_key("  Umeåregionen: CEMR!  "), "umearegionen-cemr");
        assert_eq!(repository_key("Ölands kommuner (2026)"), "olands-kommuner-2026");
        assert_eq!(repository_key("日本"), "cemr");
        assert_eq!(repository_key(""), "cemr");
    }

    #[test]
    fn repeats_are_numbered() {
        let mut uids = ["a", "b", "a", "a"].map(|uid| Some(uid.to_owned())).to_vec();
        uids.insert(1, None);
        number_repeats(&mut uids);
        assert_eq!(uids, [Some("a"), None, Some("b"), Some("a/2"), Some("a/3")].map(|uid| uid.map(str::to_owned)));
    }
}

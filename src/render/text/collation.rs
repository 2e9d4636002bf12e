//! Alphabetical order in one language, by ICU4X's collator and its compiled data (Swedish puts
//! Å, Ä, Ö after Z, in that order). Only human output sorts by name; machine formats keep ids.

use std::cmp::Ordering;
use std::sync::OnceLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::Locale;

use crate::message::LANGUAGE_IDS;

/// The collator of every language of the catalogue, made on first use. A language ICU4X does
/// not know gets the root order (Unicode's default), never an error.
fn collators() -> &'static [(&'static str, Option<CollatorBorrowed<'static>>)] {
    static ALL: OnceLock<Vec<(&'static str, Option<CollatorBorrowed<'static>>)>> = OnceLock::new();
    ALL.get_or_init(|| LANGUAGE_IDS.iter().map(|id| (*id, make(id))).collect())
}

fn make(id: &str) -> Option<CollatorBorrowed<'static>> {
    let locale: Locale = id.parse().unwrap_or(Locale::UNKNOWN);
    Collator::try_new(locale.into(), CollatorOptions::default()).ok()
}

/// The order of one language (`catalogue_id`: `sv`, `en`, …).
pub(super) fn compare(catalogue_id: &str, a: &str, b: &str) -> Ordering {
    let collator = collators().iter().find(|(id, _)| *id == catalogue_id).and_then(|(_, c)| c.as_ref());
    match collator {
        Some(collator) => collator.compare(a, b).then_with(|| a.cmp(b)),
        None => a.cmp(b),
    }
}

#[cfg(test)]
mod tests {
    use std::cmp::Ordering;

    use super::compare;

    fn sorted<'a>(lang: &str, names: &[&'a str]) -> Vec<&'a str> {
        let mut names = names.to_vec();
        names.sort_by(|a, b| compare(lang, a, b));
        names
    }

    #[test]
    fn swedish_puts_a_ring_a_umlaut_o_umlaut_after_z() {
        let names = ["Överkalix kommun", "Älvsbyns kommun", "Åre kommun", "Zinkgruvan", "Arjeplogs kommun", "Pajala"];
        assert_eq!(
            sorted("sv", &names),
            ["Arjeplogs kommun", "Pajala", "Zinkgruvan", "Åre kommun", "Älvsbyns kommun", "Överkalix kommun"]
        );
    }

    #[test]
    fn english_reads_the_marks_as_accents() {
        let names = ["Överkalix kommun", "Älvsbyns kommun", "Arjeplogs kommun", "Pajala"];
        assert_eq!(sorted("en", &names), ["Älvsbyns kommun", "Arjeplogs kommun", "Överkalix kommun", "Pajala"]);
    }

    #[test]
    fn case_and_numbers_as_people_expect_and_ties_broken_by_bytes() {
        assert_eq!(sorted("sv", &["b", "A", "a", "B"]), ["a", "A", "b", "B"]);
        assert_eq!(compare("sv", "x", "x"), Ordering::Equal);
        assert_ne!(compare("sv", "e\u{301}", "\u{e9}"), Ordering::Equal, "equal to the collator, not in bytes");
    }
}

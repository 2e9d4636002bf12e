//! The language of human output: one of the catalogue's locale folders, or the hidden
//! pseudo-locale used by tests.

use super::{FALLBACK, LANGUAGE_IDS};

/// A language the catalogue has (`locales/<id>/`), or the pseudo-locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Lang(&'static str);

/// The pseudo-locale: English with every message wrapped in markers, so that a test can find
/// text that does not come from the catalogue. Not listed anywhere a user would see it.
const PSEUDO: &str = "x-pseudo";

impl Default for Lang {
    fn default() -> Self {
        Self(FALLBACK)
    }
}

impl Lang {
    /// The language with this id (`en`, `sv`, …), if the catalogue has it.
    #[must_use]
    pub fn from_id(id: &str) -> Option<Self> {
        if id == PSEUDO {
            return Some(Self(PSEUDO));
        }
        LANGUAGE_IDS.iter().find(|known| **known == id).map(|known| Self(known))
    }

    /// The language of a locale setting such as `LANG=sv_SE.UTF-8`, if the catalogue has it.
    #[must_use]
    pub fn from_locale(value: &str) -> Option<Self> {
        let language = value.split(['_', '.', '@', '-']).next().unwrap_or_default().to_ascii_lowercase();
        LANGUAGE_IDS.iter().find(|known| **known == language).map(|known| Self(known))
    }

    /// Every language of the catalogue, by id (the pseudo-locale is not among them).
    pub fn available() -> impl Iterator<Item = Self> {
        LANGUAGE_IDS.iter().map(|id| Self(id))
    }

    /// The ids `--lang` and `[repository] language` accept, as users see them.
    #[must_use]
    pub fn ids() -> &'static [&'static str] {
        LANGUAGE_IDS
    }

    /// The hidden id that selects the pseudo-locale.
    #[must_use]
    pub fn pseudo_id() -> &'static str {
        PSEUDO
    }

    #[must_use]
    pub fn id(self) -> &'static str {
        self.0
    }

    #[must_use]
    pub fn is_pseudo(self) -> bool {
        self.0 == PSEUDO
    }

    /// The locale whose messages, plural rules and numbers are used (English for the
    /// pseudo-locale).
    #[must_use]
    pub fn catalogue_id(self) -> &'static str {
        if self.is_pseudo() { FALLBACK } else { self.0 }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn locale_settings() {
        assert_eq!(Lang::from_locale("sv_SE.UTF-8").map(Lang::id), Some("sv"));
        assert_eq!(Lang::from_locale("en_GB").map(Lang::id), Some("en"));
        assert_eq!(Lang::from_locale("C.UTF-8"), None);
        assert_eq!(Lang::from_id("x-pseudo").map(Lang::is_pseudo), Some(true));
        assert!(Lang::available().all(|l| !l.is_pseudo()));
    }
}

//! How each report is laid out as tables (columns defined once per report), in the words of the
//! catalogue (`locales/*/tables.ftl`) and for whoever reads them ([`Audience`]).

mod articles;
mod deadlines;
mod status;

pub use articles::articles;
pub use deadlines::deadlines;
pub use status::status;

use super::Format;
use super::text::Text;
use crate::deadline::DeadlineKind;
use crate::message::{Lang, Message};

/// What a deadline is for, in CSV: its JSON name with spaces ("action plan", "goal"), the same
/// whatever the catalogue's words.
fn machine_kind(kind: DeadlineKind) -> String {
    kind.as_str().replace('_', " ")
}

/// Who reads the tables: people, in their language with names in its alphabetical order; or a
/// program (CSV), in English with rows in id order, the same whatever the language.
#[derive(Clone, Copy, Debug)]
pub struct Audience {
    text: Text,
    people: bool,
}

impl Audience {
    /// The audience of `format` in `lang`: CSV is for programs, every other format for people.
    #[must_use]
    pub fn of(lang: Lang, format: Format) -> Self {
        if format == Format::Csv { Self::programs() } else { Self { text: Text::new(lang), people: true } }
    }

    /// A program reading CSV.
    #[must_use]
    pub fn programs() -> Self {
        Self { text: Text::new(Lang::default()), people: false }
    }

    /// The catalogue in the audience's language.
    #[must_use]
    pub fn text(&self) -> &Text {
        &self.text
    }

    /// Whether people read the tables (sorted by name) rather than a program (sorted by id).
    #[must_use]
    pub fn people(&self) -> bool {
        self.people
    }

    fn get(&self, message: &Message) -> String {
        self.text.get(message)
    }

    /// `items` by name for people; as they come (by id) for a program.
    fn order<'a, T>(&self, items: impl IntoIterator<Item = &'a T>, name: impl Fn(&T) -> &str) -> Vec<&'a T> {
        let mut items: Vec<&T> = items.into_iter().collect();
        if self.people {
            self.text.sort_by_name(&mut items, |t| name(t));
        }
        items
    }
}

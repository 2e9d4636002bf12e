//! Messages put into words: the Fluent catalogue (`locales/<lang>/*.ftl`) in one language,
//! with English standing in, message by message, for what a language lacks.
//!
//! The words come out plain; each renderer escapes them for where they go. The language also
//! decides how numbers are written ([`Numbers`]) and the alphabetical order of names.

mod by_count;
mod catalogue;
mod collation;
mod numbers;
mod template;

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::HashMap;

use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentValue};

pub use by_count::ByCount;
pub use numbers::Numbers;
pub use template::Template;

use crate::message::{Arg, Lang, Message};
use crate::render::fixed::push_date;

/// Markers around every message in the pseudo-locale.
pub const PSEUDO_OPEN: char = '⟦';
pub const PSEUDO_CLOSE: char = '⟧';

/// The catalogue in one language: what every human renderer asks for its words.
#[derive(Clone, Copy, Debug)]
pub struct Text {
    lang: Lang,
    numbers: Numbers,
}

impl Text {
    #[must_use]
    pub fn new(lang: Lang) -> Self {
        Self { lang, numbers: Numbers::new(lang) }
    }

    #[must_use]
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The language's way of writing numbers and percentages.
    #[must_use]
    pub fn numbers(&self) -> Numbers {
        self.numbers
    }

    /// The alphabetical order of two names in this language (Swedish: Å, Ä, Ö after Z).
    #[must_use]
    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        collation::compare(self.lang.catalogue_id(), a, b)
    }

    /// `items` in the alphabetical order of their names; equal names keep their order.
    pub fn sort_by_name<T>(&self, items: &mut [T], name: impl Fn(&T) -> &str) {
        items.sort_by(|a, b| self.compare(name(a), name(b)));
    }

    /// Each distinct name's place in alphabetical order, for sorting many rows by a few names
    /// (the deadlines of thousands of signatories) without comparing the names again each time.
    #[must_use]
    pub fn ranks<'a>(&self, names: impl IntoIterator<Item = &'a str>) -> HashMap<&'a str, usize> {
        let mut distinct: Vec<&str> = names.into_iter().collect();
        distinct.sort_unstable();
        distinct.dedup();
        self.sort_by_name(&mut distinct, |n| n);
        distinct.into_iter().enumerate().map(|(rank, name)| (name, rank)).collect()
    }

    /// The message in words with its first letter made upper case, for the start of a line or a
    /// cell ("Mål: …" from "mål").
    #[must_use]
    pub fn capitalized(&self, message: &Message) -> String {
        capitalized(&self.get(message))
    }

    /// The message in words. A message the language lacks is taken from English; one that no
    /// language has (a bug the catalogue tests catch) shows as its id.
    #[must_use]
    pub fn get(&self, message: &Message) -> String {
        let words = self.words(message);
        if self.lang.is_pseudo() { format!("{PSEUDO_OPEN}{words}{PSEUDO_CLOSE}") } else { words }
    }

    fn words(&self, message: &Message) -> String {
        let Some((bundle, pattern)) = catalogue::find(self.lang.catalogue_id(), message.id()) else {
            return message.id().to_owned();
        };
        let mut args = FluentArgs::with_capacity(message.args().len());
        for (name, value) in message.args() {
            args.set(*name, self.value(value));
        }
        let mut errors = Vec::new();
        let words = numbers::writing_counts(self.numbers, || bundle.format_pattern(pattern, Some(&args), &mut errors));
        debug_assert!(errors.is_empty(), "message {}: {errors:?}", message.id());
        words.into_owned()
    }

    /// An argument as Fluent takes it: text is lent, not copied.
    fn value<'m>(&self, arg: &'m Arg) -> FluentValue<'m> {
        match arg {
            Arg::Text(s) => FluentValue::String(Cow::Borrowed(s)),
            #[allow(clippy::cast_precision_loss)]
            Arg::Int(n) => FluentValue::Number(FluentNumber::new(
                *n as f64,
                FluentNumberOptions { use_grouping: false, ..FluentNumberOptions::default() },
            )),
            #[allow(clippy::cast_precision_loss)]
            Arg::Count(n) => FluentValue::from(*n as f64),
            Arg::Number(x) => FluentValue::String(Cow::Owned(self.numbers.decimal(*x))),
            Arg::Date(d) => {
                let mut day = String::with_capacity(10);
                push_date(&mut day, *d);
                FluentValue::String(Cow::Owned(day))
            }
            Arg::Message(m) => FluentValue::String(Cow::Owned(self.get(m))),
        }
    }
}

/// `s` with its first letter upper case (after the pseudo-locale's markers).
#[must_use]
pub fn capitalized(s: &str) -> String {
    let Some(at) = s.find(|c: char| c != PSEUDO_OPEN) else { return s.to_owned() };
    let (markers, rest) = s.split_at(at);
    let mut chars = rest.chars();
    chars.next().map_or_else(|| s.to_owned(), |first| format!("{markers}{}{}", first.to_uppercase(), chars.as_str()))
}

#[cfg(test)]
mod tests;

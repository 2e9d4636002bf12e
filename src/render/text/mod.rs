//! Messages put into words: the Fluent catalogue (`locales/<lang>/*.ftl`) in one language,
//! with English standing in, message by message, for what a language lacks.
//!
//! The words come out plain; each renderer escapes them for where they go.

mod catalogue;
mod numbers;

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentValue};

pub use numbers::Numbers;

use crate::message::{Arg, Lang, Message};

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
        let words = bundle.format_pattern(pattern, Some(&args), &mut errors);
        debug_assert!(errors.is_empty(), "message {}: {errors:?}", message.id());
        words.into_owned()
    }

    fn value(&self, arg: &Arg) -> FluentValue<'static> {
        match arg {
            Arg::Text(s) => FluentValue::String(Cow::Owned(s.clone())),
            #[allow(clippy::cast_precision_loss)]
            Arg::Int(n) => FluentValue::from(*n as f64),
            Arg::Number(x) => FluentValue::String(Cow::Owned(self.numbers.decimal(*x))),
            Arg::Date(d) => FluentValue::String(Cow::Owned(d.format("%Y-%m-%d").to_string())),
            Arg::Message(m) => FluentValue::String(Cow::Owned(self.get(m))),
        }
    }
}

#[cfg(test)]
mod tests;

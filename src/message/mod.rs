//! Text as data: a message id of the catalogue (`locales/*/*.ftl`) and its arguments.
//!
//! Lower layers say *what* to tell the user (`msg::diag_unknown_key(…)`); only `render` turns a
//! [`Message`] into words, in the output language, escaped for where they go. This module
//! knows no language's words; it holds the embedded catalogue files and the list of languages.

mod arg;
mod failure;
mod lang;
#[cfg(test)]
pub(crate) mod variables;

pub use arg::Arg;
pub use failure::{Cause, Failure, OrFail};
pub use lang::Lang;

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// A message of the catalogue with its arguments, not yet put into words.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// Built by the constructors in [`msg`], which the catalogue generates.
    fn from_parts(id: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        Self { id, args }
    }

    /// The message with this id, without arguments, if the catalogue has it (for ids made at
    /// run time, such as `code-unknown-key`).
    #[must_use]
    pub fn named(id: &str) -> Option<Self> {
        MESSAGES.iter().find(|(known, _)| *known == id).map(|(id, _)| Self { id, args: Vec::new() })
    }

    /// The catalogue id.
    #[must_use]
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The arguments, by variable name.
    #[must_use]
    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }

    /// The message with one more argument (for a variable only some callers fill).
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The message with every argument named `name`, its own and those of the messages among
    /// its arguments, set to `value` (the holes of a template the renderers fill row by row).
    #[must_use]
    pub fn replaced(mut self, name: &str, value: &Arg) -> Self {
        self.replace(name, value);
        self
    }

    fn replace(&mut self, name: &str, value: &Arg) {
        for (known, arg) in &mut self.args {
            if *known == name {
                arg.clone_from(value);
            } else if let Arg::Message(inner) = arg {
                inner.replace(name, value);
            }
        }
    }
}

/// The variables of every English message, by id.
#[must_use]
pub fn variables_of(id: &str) -> Option<&'static [&'static str]> {
    MESSAGES.iter().find(|(known, _)| *known == id).map(|(_, vars)| *vars)
}

/// Every message id of the English catalogue.
pub fn ids() -> impl Iterator<Item = &'static str> {
    MESSAGES.iter().map(|(id, _)| *id)
}

/// The `.ftl` files of one language: (file name, text).
#[must_use]
pub fn files_of(lang: &str) -> &'static [(&'static str, &'static str)] {
    LOCALES.iter().find(|(id, _)| *id == lang).map_or(&[], |(_, files)| files)
}

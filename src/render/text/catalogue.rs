//! The Fluent bundles, one per language, built once on first use from the embedded files.

use std::sync::OnceLock;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_syntax::ast::Pattern;
use unic_langid::LanguageIdentifier;

use crate::message::{FALLBACK, LOCALES};

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [(&'static str, Bundle)] {
    static BUNDLES: OnceLock<Vec<(&'static str, Bundle)>> = OnceLock::new();
    BUNDLES.get_or_init(|| LOCALES.iter().map(|(id, files)| (*id, bundle(id, files))).collect())
}

fn bundle(id: &str, files: &[(&str, &str)]) -> Bundle {
    // The folder name is the language tag; plural rules come from it.
    let tag: LanguageIdentifier = id.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![tag]);
    // No Unicode isolation marks (FSI/PDI) around arguments: terminals show them as junk.
    bundle.set_use_isolating(false);
    // A count ([`crate::message::Arg::Count`]) written the output language's way.
    bundle.set_formatter(Some(super::numbers::count_in_message));
    for (_, text) in files {
        // A file with errors still yields its good entries; the catalogue tests fail on any error.
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// The bundle and pattern of message `id` in language `lang`, else in English.
pub(super) fn find(lang: &str, id: &str) -> Option<(&'static Bundle, &'static Pattern<&'static str>)> {
    let all = bundles();
    let in_lang = |wanted: &str| {
        let (_, bundle) = all.iter().find(|(l, _)| *l == wanted)?;
        let pattern = bundle.get_message(id)?.value()?;
        Some((bundle, pattern))
    };
    in_lang(lang).or_else(|| in_lang(FALLBACK))
}

/// Whether the language itself (not its fallback) has message `id`.
#[cfg(test)]
pub(super) fn has(lang: &str, id: &str) -> bool {
    bundles().iter().any(|(l, b)| *l == lang && b.get_message(id).is_some_and(|m| m.value().is_some()))
}

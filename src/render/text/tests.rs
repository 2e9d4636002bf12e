//! The catalogue's own checks: every locale complete, the same variables everywhere, plurals,
//! fallback and the pseudo-locale.

use super::{PSEUDO_CLOSE, PSEUDO_OPEN, Text, catalogue};
use crate::diag::Code;
use crate::message::{self, LOCALES, Lang, Message, msg, variables};

fn text(id: &str) -> Text {
    Text::new(Lang::from_id(id).unwrap_or_default())
}

#[test]
fn every_locale_parses_and_has_every_message_with_the_same_variables() {
    let english = variables::messages(message::files_of(message::FALLBACK)).unwrap_or_else(|e| panic!("en: {e}"));
    for (lang, files) in LOCALES {
        let found = variables::messages(files).unwrap_or_else(|e| panic!("{lang}: {e}"));
        for (id, en) in &english {
            let Some(here) = found.get(id) else { panic!("locales/{lang}/ has no message `{id}`") };
            assert_eq!(here.variables, en.variables, "locales/{lang}/{}: variables of `{id}`", here.file);
            assert_eq!(here.file, en.file, "locales/{lang}/: `{id}` is in another file than in English");
        }
        for id in found.keys() {
            assert!(english.contains_key(id), "locales/{lang}/ has `{id}`, which English does not");
        }
        // The bundle reads every file without errors (the linter in .ci/run checks the style).
        for (name, text) in *files {
            let parsed = fluent_bundle::FluentResource::try_new((*text).to_owned());
            assert!(parsed.is_ok(), "locales/{lang}/{name}: {:?}", parsed.err().map(|(_, e)| e));
        }
    }
}

#[test]
fn the_generated_constructors_match_the_catalogue() {
    for id in message::ids() {
        assert!(catalogue::has(message::FALLBACK, id), "{id}");
        assert!(Message::named(id).is_some());
    }
    assert_eq!(message::variables_of("validate-closing"), Some(&["errors", "files", "warnings"][..]));
}

#[test]
fn every_code_has_a_summary_and_an_explanation() {
    for code in Code::ALL {
        for id in [format!("code-{}", code.name()), format!("code-{}-explain", code.name())] {
            assert!(Message::named(&id).is_some(), "the catalogue has no `{id}`");
        }
    }
}

#[test]
fn plurals_follow_each_language() {
    assert_eq!(text("en").get(&msg::validate_closing(0, 1, 1)), "checked 1 plan file: 0 errors, 1 warning");
    assert_eq!(text("en").get(&msg::validate_closing(1, 2, 2)), "checked 2 plan files: 1 error, 2 warnings");
    assert_eq!(text("sv").get(&msg::validate_closing(1, 1, 1)), "kontrollerade 1 planfil: 1 fel, 1 varning");
    assert_eq!(text("sv").get(&msg::validate_closing(2, 22, 2)), "kontrollerade 22 planfiler: 2 fel, 2 varningar");
}

#[test]
fn no_isolation_marks_around_arguments() {
    let words = text("sv").get(&msg::finding_with_help("b", "a"));
    assert_eq!(words, "a (b)");
}

#[test]
fn the_pseudo_locale_wraps_every_message() {
    let words = text("x-pseudo").get(&msg::finding_with_help("b", msg::severity_error()));
    assert_eq!(words, format!("{PSEUDO_OPEN}{PSEUDO_OPEN}error{PSEUDO_CLOSE} (b){PSEUDO_CLOSE}"));
}

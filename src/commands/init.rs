//! `cemr init [DIR]`: scaffolds a plan repository, all files or none, never overwriting.

use std::path::PathBuf;

use crate::Outcome;
use crate::cli::InitArgs;
use crate::message::msg;
use crate::render::text::Text;
use crate::settings::Settings;

const WORKFLOW: &str = include_str!("../templates/workflow.yml");
const PRE_COMMIT: &str = include_str!("../templates/pre-commit-config.yaml");

pub(crate) fn run(args: &InitArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    let dir = args.dir.clone().unwrap_or_else(|| settings.start.clone());
    // The new repository has no cemr.toml yet: --lang, else the locale settings.
    let lang = settings.lang(None);
    let words = Text::new(lang);
    // `--lang ID` is remembered in cemr.toml (not the tests' pseudo-locale, which it does not accept).
    let language_line = match settings.lang_flag.filter(|l| !l.is_pseudo()) {
        Some(chosen) => msg::template_language_set(chosen.id()),
        None => msg::template_language_unset(),
    };
    let file = |message| {
        let mut text = words.get(&message);
        text.push('\n');
        text
    };
    let files: Vec<(PathBuf, Vec<u8>)> = [
        ("cemr.toml", file(msg::template_cemr_toml(language_line))),
        ("plans/README.md", file(msg::template_plans_readme())),
        ("schema/plan.schema.json", crate::render::schema::plan_schema()),
        (".github/workflows/cemr.yml", workflow()),
        (".pre-commit-config.yaml", PRE_COMMIT.to_owned()),
    ]
    .into_iter()
    .map(|(rel, text)| (dir.join(rel), text.into_bytes()))
    .collect();
    crate::output::write_new_files(&dir, &files)?;
    if !settings.quiet {
        let list: Vec<String> = files.iter().map(|(p, _)| format!("  {}", p.display())).collect();
        let text = words.get(&msg::init_created(list.join("\n")));
        crate::output::message(&crate::render::escape::terminal_multiline(&text));
    }
    Ok(Outcome::Clean)
}

/// The workflow, with the step that installs cemr using this release's GitHub Action.
fn workflow() -> String {
    WORKFLOW.replace("@CEMR_ACTION@", &action_reference())
}

/// `owner/name@ref` of the action that installs this release (both from build.rs): pinned by
/// the release's commit, with the version as a comment, when the build knows that commit;
/// otherwise by the release tag.
fn action_reference() -> String {
    let (action, reference) = (env!("CEMR_ACTION"), env!("CEMR_ACTION_REF"));
    if reference.starts_with('v') {
        format!("{action}@{reference}")
    } else {
        format!("{action}@{reference} # v{}", env!("CARGO_PKG_VERSION"))
    }
}

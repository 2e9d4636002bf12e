//! `cemr new ID --name NAME`: a new plan file from the commented template; never overwrites.

use crate::Outcome;
use crate::cli::{KindArg, NewArgs};
use crate::message::{Failure, Message, OrFail as _, msg};
use crate::model::id::{is_valid_id, suggest_id};
use crate::model::toml_text::basic_string;
use crate::render::escape::terminal;
use crate::render::text::Text;
use crate::repo;
use crate::repo::path::id_of;
use crate::settings::Settings;

pub(crate) fn run(args: &NewArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    check_id(&args.id, |id, suggestion| msg::new_bad_id(id, suggestion))?;
    if let Some(group) = &args.group {
        check_id(group, |id, suggestion| msg::new_bad_group(id, suggestion))?;
    }
    let name = args.name.trim();
    if name.is_empty() {
        return Err(Failure::new(msg::new_name_empty()).into());
    }
    if name.chars().any(char::is_control) {
        return Err(Failure::new(msg::new_name_control()).into());
    }
    let root = settings.repo_root()?;
    // Held from the check that the id is free until the file is in place: of many `cemr new`
    // with one id at once, exactly one writes its file.
    let _lock = crate::output::RepoLock::acquire(&root)?;
    let loaded = repo::load(&root, &settings.checks())?;
    let words = Text::new(settings.lang(loaded.config.language));
    let plans = loaded.config.plans.trim_end_matches('/').to_owned();
    if let Some(other) = loaded.files.iter().find(|f| id_of(f) == args.id) {
        return Err(Failure::new(msg::new_id_taken(other, args.id.as_str())).into());
    }
    let mut rel = plans.clone();
    if let Some(group) = &args.group {
        rel = format!("{rel}/{group}");
    }
    let rel = format!("{rel}/{}.toml", args.id);
    let path = crate::output::inside(&root, &root.join(&rel))?;
    if path.symlink_metadata().is_ok() {
        return Err(Failure::new(msg::new_exists(rel)).into());
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).or_fail(|| msg::new_cannot_create(dir.display().to_string()))?;
    }
    let text = render(name, args.kind, rel.matches('/').count(), &words);
    crate::output::write_file(&path, text.as_bytes(), crate::output::Existing::Refuse)?;
    if !settings.quiet {
        crate::output::message(&terminal(&words.get(&msg::new_wrote(rel))));
    }
    Ok(Outcome::Clean)
}

fn check_id(id: &str, says: fn(&str, String) -> Message) -> Result<(), Failure> {
    if is_valid_id(id) { Ok(()) } else { Err(Failure::new(says(id, suggest_id(id)))) }
}

/// The template (`template-plan`) filled in, in the output language, ending in a line end.
/// `depth` is how many folders the file sits below the root, for the relative `#:schema` path.
fn render(name: &str, kind: KindArg, depth: usize, words: &Text) -> String {
    let kind = match kind {
        KindArg::Municipality => "municipality",
        KindArg::Region => "region",
        KindArg::Other => "other",
    };
    let schema = format!("{}schema/plan.schema.json", "../".repeat(depth));
    let mut text = words.get(&msg::template_plan(kind, basic_string(name), schema));
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_path_follows_the_depth() {
        let words = Text::new(crate::message::Lang::default());
        assert!(render("X", KindArg::Region, 1, &words).starts_with("#:schema ../schema/plan.schema.json\n"));
        assert!(render("X", KindArg::Region, 2, &words).starts_with("#:schema ../../schema/plan.schema.json\n"));
        let braces = render("{ $kind }", KindArg::Region, 1, &words);
        assert!(braces.contains("name = \"{ $kind }\"\nkind = \"region\""), "{braces}");
    }
}

//! `cemr new ID --name NAME`: a new plan file from the commented template; never overwrites.

use anyhow::bail;

use crate::Outcome;
use crate::cli::{KindArg, NewArgs};
use crate::model::id::{is_valid_id, suggest_id};
use crate::model::toml_text::basic_string;
use crate::repo;
use crate::repo::path::id_of;
use crate::settings::Settings;

const TEMPLATE: &str = include_str!("../templates/plan.toml");

pub(crate) fn run(args: &NewArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    check_id(&args.id, "the id")?;
    if let Some(group) = &args.group {
        check_id(group, "the group")?;
    }
    let name = args.name.trim();
    if name.is_empty() {
        bail!("--name is empty: give the signatory's name as written, e.g. --name \"Kiruna kommun\"");
    }
    if name.chars().any(char::is_control) {
        bail!("--name has a line break or control character; a name is one line of text");
    }
    let root = settings.repo_root()?;
    let loaded = repo::load(&root, &settings.checks())?;
    let plans = loaded.config.plans.trim_end_matches('/').to_owned();
    if let Some(other) = loaded.files.iter().find(|f| id_of(f) == args.id) {
        bail!("the id `{}` is already used by {other}; ids are unique across the repository", args.id);
    }
    let mut rel = plans.clone();
    if let Some(group) = &args.group {
        rel = format!("{rel}/{group}");
    }
    let rel = format!("{rel}/{}.toml", args.id);
    let path = root.join(&rel);
    if path.symlink_metadata().is_ok() {
        bail!("{rel} already exists; cemr new never overwrites a file");
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| anyhow::anyhow!("cannot create {}: {e}", dir.display()))?;
    }
    let text = render(name, args.kind, rel.matches('/').count());
    crate::output::write_file(&path, text.as_bytes(), false)?;
    if !settings.quiet {
        crate::output::message(&format!("wrote {rel}: fill it in, then run `cemr validate`"));
    }
    Ok(Outcome::Clean)
}

fn check_id(id: &str, what: &str) -> anyhow::Result<()> {
    if !is_valid_id(id) {
        bail!(
            "{what} `{}` is not valid: use lowercase ASCII letters, digits and - (e.g. `{}`)",
            crate::render::escape::terminal(id),
            suggest_id(id)
        );
    }
    Ok(())
}

/// The template filled in. `depth` is how many folders the file sits below the root, for the
/// relative `#:schema` path. The name goes in last, so text in it is never taken for a
/// placeholder.
fn render(name: &str, kind: KindArg, depth: usize) -> String {
    let kind = match kind {
        KindArg::Municipality => "municipality",
        KindArg::Region => "region",
        KindArg::Other => "other",
    };
    let schema = format!("{}schema/plan.schema.json", "../".repeat(depth));
    TEMPLATE.replace("{{schema}}", &schema).replace("{{kind}}", kind).replace("{{name}}", &basic_string(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_path_follows_the_depth() {
        assert!(render("X", KindArg::Region, 1).starts_with("#:schema ../schema/plan.schema.json\n"));
        assert!(render("X", KindArg::Region, 2).starts_with("#:schema ../../schema/plan.schema.json\n"));
        assert!(render("{{kind}}", KindArg::Region, 1).contains("name = \"{{kind}}\"\nkind = \"region\""));
    }
}

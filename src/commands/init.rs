//! `cemr init [DIR]`: scaffolds a plan repository, all files or none, never overwriting.

use std::path::PathBuf;

use crate::Outcome;
use crate::cli::InitArgs;
use crate::settings::Settings;

const CEMR_TOML: &str = include_str!("../templates/cemr.toml");
const PLANS_README: &str = include_str!("../templates/plans-README.md");
const WORKFLOW: &str = include_str!("../templates/workflow.yml");
const PRE_COMMIT: &str = include_str!("../templates/pre-commit-config.yaml");

pub(crate) fn run(args: &InitArgs, settings: &Settings) -> anyhow::Result<Outcome> {
    let dir = args.dir.clone().unwrap_or_else(|| settings.start.clone());
    let files: Vec<(PathBuf, Vec<u8>)> = [
        ("cemr.toml", CEMR_TOML.to_owned()),
        ("plans/README.md", PLANS_README.to_owned()),
        ("schema/plan.schema.json", crate::render::schema::plan_schema()),
        (".github/workflows/cemr.yml", WORKFLOW.to_owned()),
        (".pre-commit-config.yaml", PRE_COMMIT.to_owned()),
    ]
    .into_iter()
    .map(|(rel, text)| (dir.join(rel), text.into_bytes()))
    .collect();
    crate::output::write_new_files(&files)?;
    if !settings.quiet {
        let list: Vec<String> = files.iter().map(|(p, _)| format!("  {}", p.display())).collect();
        crate::output::message(&format!(
            "created a plan repository:\n{}\nnext: `cemr new ID --name NAME` for each signatory, then commit and push",
            list.join("\n")
        ));
    }
    Ok(Outcome::Clean)
}

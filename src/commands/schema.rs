//! `cemr schema`: print the plan file's JSON Schema.

use crate::Outcome;
use crate::render::{Format, schema};
use crate::settings::Settings;

pub(crate) fn run(settings: &Settings) -> anyhow::Result<Outcome> {
    settings.format_for("schema", &[Format::Json])?;
    crate::output::write(&schema::plan_schema(), settings.output.as_deref(), settings.force)?;
    Ok(Outcome::Clean)
}

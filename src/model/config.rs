//! `cemr.toml` → [`RepoConfig`], with the SPEC's defaults for everything left out.

use std::collections::BTreeMap;

use super::shape;
use super::value::{Place, Sink, TableView};
use crate::diag::{Code, Diagnostic, Span};
use crate::message::{Lang, msg};

/// The deadline rules of `[rules]` (SPEC §1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rules {
    pub action_plan_months: u32,
    pub report_months: u32,
    pub stale_months: u32,
    pub due_soon_days: u32,
}

impl Default for Rules {
    fn default() -> Self {
        Self { action_plan_months: 24, report_months: 12, stale_months: 12, due_soon_days: 90 }
    }
}

/// The repository's settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RepoConfig {
    pub name: Option<String>,
    /// The plans folder, relative to the root.
    pub plans: String,
    pub language: Option<Lang>,
    pub rules: Rules,
    /// Display names by group id.
    pub groups: BTreeMap<String, String>,
}

impl Default for RepoConfig {
    fn default() -> Self {
        Self { name: None, plans: "plans".to_owned(), language: None, rules: Rules::default(), groups: BTreeMap::new() }
    }
}

impl RepoConfig {
    /// A group's display name, or its id.
    #[must_use]
    pub fn group_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.groups.get(id).map_or(id, String::as_str)
    }
}

/// The largest month count a rule may take (a century).
const MAX_MONTHS: u64 = 1200;
const MAX_DAYS: u64 = 36_500;

/// Reads `cemr.toml`. `Err` holds the syntax errors: the repository cannot be used then.
/// Unknown keys and bad values are diagnostics, and their defaults are used.
///
/// # Errors
/// When the text is not valid TOML.
pub fn parse_config(text: &str, file: &str) -> Result<(RepoConfig, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut sink = Sink::new(file);
    let shapes = [&shape::CONFIG_REPOSITORY, &shape::CONFIG_RULES, &shape::CONFIG_GROUP];
    let config = super::parse::with_toml(text, &mut sink, |root, sink| {
        let view = TableView::new(sink, root, Span::new(0, 0), &shape::CONFIG, Place::default(), &shapes);
        read_config(sink, &view, &shapes)
    });
    match config {
        Some(config) => Ok((config, sink.diagnostics)),
        None => Err(sink.diagnostics),
    }
}

fn read_config(sink: &mut Sink<'_>, view: &TableView<'_, '_>, shapes: &[&'static shape::Shape]) -> RepoConfig {
    let mut config = RepoConfig::default();
    if let Some(repo) = view.table(sink, "repository", shapes) {
        config.name = repo.text(sink, "name").map(|t| t.value);
        if let Some(plans) = repo.text(sink, "plans") {
            match plans_folder(&plans.value) {
                Some(folder) => config.plans = folder,
                None => sink.push(Code::InvalidValue, plans.span, msg::diag_plans_folder()),
            }
        }
        config.language = repo.choice(sink, "language").and_then(|l| Lang::from_id(l.value));
    }
    if let Some(rules) = view.table(sink, "rules", shapes) {
        let mut read = |key: &str, max: u64, slot: &mut u32| {
            if let Some(n) = rules.count(sink, key) {
                match u32::try_from(n.value) {
                    Ok(v) if n.value <= max && v > 0 => *slot = v,
                    _ => sink.push(Code::InvalidValue, n.span, msg::diag_rule_out_of_range(*slot, key, max)),
                }
            }
        };
        read("action_plan_months", MAX_MONTHS, &mut config.rules.action_plan_months);
        read("report_months", MAX_MONTHS, &mut config.rules.report_months);
        read("stale_months", MAX_MONTHS, &mut config.rules.stale_months);
        read("due_soon_days", MAX_DAYS, &mut config.rules.due_soon_days);
    }
    for (id, group) in view.map(sink, "groups") {
        if let Some(name) = group.text(sink, "name") {
            config.groups.insert(id.value, name.value);
        }
    }
    config
}

/// The plans folder as every path is printed (`./plans/` → `plans`), if it is a folder inside
/// the repository.
fn plans_folder(folder: &str) -> Option<String> {
    use std::path::Component;
    let mut parts = Vec::new();
    for component in std::path::Path::new(folder).components() {
        match component {
            Component::Normal(part) => parts.push(part.to_str()?),
            Component::CurDir => {}
            _ => return None,
        }
    }
    (!parts.is_empty() && parts.iter().all(|p| !p.trim().is_empty())).then(|| parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_overrides() {
        let text =
            "[repository]\nname = \"N\"\n[rules]\nreport_months = 6\n[groups.norrbotten]\nname = \"Norrbottens län\"\n";
        let (config, diags) = parse_config(text, "cemr.toml").unwrap_or_default();
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(config.rules.report_months, 6);
        assert_eq!(config.rules.action_plan_months, 24);
        assert_eq!(config.group_name("norrbotten"), "Norrbottens län");
        assert_eq!(config.plans, "plans");
    }

    #[test]
    fn plans_outside_the_repository_are_refused() {
        let (config, diags) = parse_config("[repository]\nplans = \"../x\"\n", "cemr.toml").unwrap_or_default();
        assert_eq!(config.plans, "plans");
        assert_eq!(diags.len(), 1);
    }

    #[test]
    fn the_plans_folder_is_written_one_way() {
        for (written, read) in [("./plans", "plans"), ("plans/", "plans"), ("data/./planer/", "data/planer")] {
            let text = format!("[repository]\nplans = \"{written}\"\n");
            let (config, diags) = parse_config(&text, "cemr.toml").unwrap_or_default();
            assert!(diags.is_empty(), "{written}: {diags:?}");
            assert_eq!(config.plans, read);
        }
        for bad in [".", "", "/etc", "a/../../b", " "] {
            let (config, diags) =
                parse_config(&format!("[repository]\nplans = \"{bad}\"\n"), "cemr.toml").unwrap_or_default();
            assert_eq!((config.plans.as_str(), diags.len()), ("plans", 1), "{bad:?}");
        }
    }

    #[test]
    fn syntax_errors_are_fatal() {
        assert!(parse_config("[rules\n", "cemr.toml").is_err());
    }
}

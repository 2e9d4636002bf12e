//! `cemr.toml` → [`RepoConfig`], with the SPEC's defaults for everything left out.

use std::collections::BTreeMap;

use super::shape;
use super::site::{Contact, SiteConfig, SiteUrl, UrlProblem};
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
    /// `[site]`: the public site's address and accessibility statement.
    pub site: SiteConfig,
}

impl Default for RepoConfig {
    fn default() -> Self {
        Self {
            name: None,
            plans: "plans".to_owned(),
            language: None,
            rules: Rules::default(),
            groups: BTreeMap::new(),
            site: SiteConfig::default(),
        }
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
    let mut sink = Sink::new(file, text);
    let shapes = [&shape::CONFIG_REPOSITORY, &shape::CONFIG_RULES, &shape::CONFIG_GROUP, &shape::CONFIG_SITE];
    let (config, readable) = super::parse::with_toml(text, &mut sink, |root, sink| {
        let view = TableView::new(sink, root, Span::new(0, 0), &shape::CONFIG, Place::default(), &shapes);
        read_config(sink, &view, &shapes)
    });
    if readable == super::parse::Readable::Whole { Ok((config, sink.diagnostics)) } else { Err(sink.diagnostics) }
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
    if let Some(site) = view.table(sink, "site", shapes) {
        config.site = read_site(sink, &site);
    }
    config
}

/// `[site]`: each value checked by its rule in `site.rs`; a broken one is left out.
fn read_site(sink: &mut Sink<'_>, site: &TableView<'_, '_>) -> SiteConfig {
    let url = site.text(sink, "url").and_then(|url| match SiteUrl::parse(&url.value) {
        Ok(parsed) => Some(parsed),
        Err(problem) => {
            let message = match problem {
                UrlProblem::Scheme => msg::diag_address_scheme("url"),
                UrlProblem::Host => msg::diag_address_host("url"),
                UrlProblem::Character => msg::diag_site_url_character(),
            };
            sink.push_help(Code::InvalidValue, url.span, message, msg::diag_site_url_help());
            None
        }
    });
    let contact = site.text(sink, "contact").and_then(|contact| {
        let parsed = Contact::parse(&contact.value).ok();
        if parsed.is_none() {
            sink.push_help(Code::InvalidValue, contact.span, msg::diag_site_contact(), msg::diag_site_contact_help());
        }
        parsed
    });
    let statement_date = site.date(sink, "statement_date");
    SiteConfig { url, contact, statement_date }
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
    use crate::model::site::{Contact, SiteUrl};

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
    fn the_site_table_is_read_typed() {
        let text = "[site]\nurl = \"https://Kommun.example.se/jamstalldhet\"\n\
                    contact = \"tillganglighet@kommun.example.se\"\nstatement_date = 2026-09-01\n";
        let (config, diags) = parse_config(text, "cemr.toml").unwrap_or_default();
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(config.site.url.as_ref().map(SiteUrl::as_str), Some("https://kommun.example.se/jamstalldhet/"));
        assert_eq!(config.site.contact, Some(Contact::Email("tillganglighet@kommun.example.se".into())));
        assert_eq!(config.site.statement_date.map(|d| d.value.to_string()), Some("2026-09-01".into()));
        let (config, diags) = parse_config("[site]\n", "cemr.toml").unwrap_or_default();
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(config.site, SiteConfig::default());
    }

    #[test]
    fn broken_site_values_are_findings_and_left_out() {
        let cases = [
            ("url = \"kommun.example.se\"", Code::InvalidValue, "diag-address-scheme"),
            ("url = \"https://kommun example.se\"", Code::InvalidValue, "diag-site-url-character"),
            ("url = \"https://kommun.example.se/?a=1\"", Code::InvalidValue, "diag-site-url-character"),
            ("url = \"https://luleå.se\"", Code::InvalidValue, "diag-address-host"),
            ("url = 12", Code::WrongType, "diag-wrong-type"),
            ("contact = \"ring växeln\"", Code::InvalidValue, "diag-site-contact"),
            ("contact = [\"a@b.se\"]", Code::WrongType, "diag-wrong-type"),
            ("statement_date = \"2026-09-01\"", Code::DateFormat, "syntax-date-quoted"),
            ("statement_date = 2026-09-01T10:00:00", Code::NotADate, "diag-date-not-date-time"),
            ("adress = \"https://kommun.example.se\"", Code::UnknownKey, "diag-unknown-key-in"),
        ];
        for (line, code, id) in cases {
            let (config, diags) = parse_config(&format!("[site]\n{line}\n"), "cemr.toml").unwrap_or_default();
            assert_eq!(config.site, SiteConfig::default(), "{line}");
            let found: Vec<(Code, &str)> = diags.iter().map(|d| (d.code, d.message.id())).collect();
            assert_eq!(found, [(code, id)], "{line}");
        }
    }

    #[test]
    fn syntax_errors_are_fatal() {
        assert!(parse_config("[rules\n", "cemr.toml").is_err());
    }
}

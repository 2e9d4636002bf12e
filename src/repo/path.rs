//! What a repository path (`plans/norrbotten/lulea.toml`) says: the signatory's id and groups.

/// The file stem of a repository path: `plans/norrbotten/lulea.toml` → `lulea`.
#[must_use]
pub fn id_of(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_suffix(".toml").unwrap_or(name)
}

/// The folder names between the plans folder and the file: its folder groups.
#[must_use]
pub fn groups_of(path: &str, plans: &str) -> Vec<String> {
    let rest = path.strip_prefix(plans.trim_end_matches('/')).and_then(|r| r.strip_prefix('/')).unwrap_or(path);
    let mut parts: Vec<String> = rest.split('/').map(str::to_owned).collect();
    parts.pop();
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_groups_from_paths() {
        assert_eq!(id_of("plans/norrbotten/lulea.toml"), "lulea");
        assert_eq!(id_of("lerum.toml"), "lerum");
        assert_eq!(groups_of("plans/norrbotten/lulea.toml", "plans"), ["norrbotten"]);
        assert_eq!(groups_of("plans/a/b/c.toml", "plans/"), ["a", "b"]);
        assert!(groups_of("plans/lerum.toml", "plans").is_empty());
    }
}

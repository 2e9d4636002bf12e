//! `--group` and signatory-id filters shared by the listing commands.
//!
//! A verbatim copy of `select` from the `deadline` branch's `src/report/mod.rs`, so that the
//! summary can be built before that branch is merged. When merging, keep the `deadline`
//! version and delete this file: the API is the same.

use std::collections::BTreeSet;
use std::fmt;

use crate::model::Plan;
use crate::model::config::RepoConfig;

/// Which signatories a listing shows: positional ids and `--group`, both optional. Given
/// both, a signatory must be named and be in one of the groups.
#[derive(Clone, Copy, Debug, Default)]
pub struct Filter<'a> {
    pub ids: &'a [String],
    pub groups: &'a [String],
}

/// A filter names something that does not exist (exit 2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FilterError {
    UnknownId { id: String, nearest: Vec<String> },
    UnknownGroup { group: String, nearest: Vec<String> },
}

impl fmt::Display for FilterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (what, name, nearest) = match self {
            Self::UnknownId { id, nearest } => ("signatory", id, nearest),
            Self::UnknownGroup { group, nearest } => ("group", group, nearest),
        };
        write!(f, "there is no {what} `{name}`")?;
        if nearest.is_empty() {
            write!(f, " (the repository has none)")
        } else {
            write!(f, "; the nearest: {}", nearest.join(", "))
        }
    }
}

impl std::error::Error for FilterError {}

/// The plans a filter selects, sorted by id (then file, should two files share an id).
/// `files` are every plan file found, so that the id of a file that could not be read is
/// known (it then selects nothing rather than being an error).
///
/// # Errors
/// When an id or a group is not in the repository; the error names the nearest ones.
pub fn select<'p>(
    plans: &'p [Plan],
    files: &[String],
    config: &RepoConfig,
    filter: Filter<'_>,
) -> Result<Vec<&'p Plan>, FilterError> {
    let known_ids: BTreeSet<&str> = plans.iter().map(|p| p.id.as_str()).chain(files.iter().map(|f| stem(f))).collect();
    for id in filter.ids {
        if !known_ids.contains(id.as_str()) {
            return Err(FilterError::UnknownId { id: id.clone(), nearest: nearest(id, &known_ids) });
        }
    }
    let known_groups: BTreeSet<&str> = plans
        .iter()
        .flat_map(|p| p.groups.iter().map(String::as_str))
        .chain(config.groups.keys().map(String::as_str))
        .collect();
    for group in filter.groups {
        if !known_groups.contains(group.as_str()) {
            return Err(FilterError::UnknownGroup { group: group.clone(), nearest: nearest(group, &known_groups) });
        }
    }
    let mut selected: Vec<&Plan> = plans
        .iter()
        .filter(|p| filter.ids.is_empty() || filter.ids.contains(&p.id))
        .filter(|p| filter.groups.is_empty() || p.groups.iter().any(|g| filter.groups.contains(g)))
        .collect();
    selected.sort_by(|a, b| (&a.id, &a.file).cmp(&(&b.id, &b.file)));
    Ok(selected)
}

/// The file stem of a repository path: `plans/norrbotten/lulea.toml` → `lulea`.
fn stem(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_suffix(".toml").unwrap_or(name)
}

/// Up to three names closest to `word` (edit distance, then name).
fn nearest(word: &str, names: &BTreeSet<&str>) -> Vec<String> {
    let mut scored: Vec<(usize, &str)> = names.iter().map(|n| (strsim::damerau_levenshtein(word, n), *n)).collect();
    scored.sort_unstable();
    scored.into_iter().take(3).map(|(_, n)| n.to_owned()).collect()
}

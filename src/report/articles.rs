//! `cemr articles`: the Charter's articles, how many signatories chose each, per group.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::model::articles::articles_of;
use crate::model::config::RepoConfig;
use crate::model::{CharterVersion, Plan};

/// The coverage matrix: articles × groups.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ArticlesReport {
    /// The text whose articles are listed: "2022" (39 articles) if any signatory shown
    /// committed to it, else "2006" (30).
    pub charter: CharterVersion,
    /// Signatories shown.
    pub signatories: usize,
    /// The groups of the signatories shown, by id: the matrix's columns.
    pub groups: Vec<GroupColumn>,
    pub articles: Vec<ArticleRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GroupColumn {
    pub id: String,
    pub name: String,
    /// Signatories shown in this group.
    pub signatories: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ArticleRow {
    pub number: u32,
    pub section: &'static str,
    pub title_sv: &'static str,
    pub title_en: &'static str,
    /// Whether both titles were confirmed in a source (else descriptive).
    pub confirmed: bool,
    /// Signatories that chose it.
    pub count: usize,
    /// Their ids, sorted.
    pub chosen_by: Vec<String>,
    /// Count per group id (every column present, 0 included).
    pub groups: BTreeMap<String, usize>,
}

impl ArticlesReport {
    #[must_use]
    pub fn build(plans: &[&Plan], config: &RepoConfig) -> Self {
        let charter = if plans.iter().any(|p| p.signatory.charter_version() == CharterVersion::V2022) {
            CharterVersion::V2022
        } else {
            CharterVersion::V2006
        };
        let group_ids: BTreeSet<&str> = plans.iter().flat_map(|p| p.groups.iter().map(String::as_str)).collect();
        let groups = group_ids
            .iter()
            .map(|g| GroupColumn {
                id: (*g).to_owned(),
                name: config.group_name(g).to_owned(),
                signatories: plans.iter().filter(|p| p.groups.iter().any(|x| x == g)).count(),
            })
            .collect();
        let articles = articles_of(charter)
            .iter()
            .map(|a| {
                let choosers: Vec<&&Plan> =
                    plans.iter().filter(|p| p.signatory.articles.iter().any(|x| x.value == a.number)).collect();
                let mut chosen_by: Vec<String> = choosers.iter().map(|p| p.id.clone()).collect();
                chosen_by.sort();
                chosen_by.dedup();
                let groups = group_ids
                    .iter()
                    .map(|g| ((*g).to_owned(), choosers.iter().filter(|p| p.groups.iter().any(|x| x == g)).count()))
                    .collect();
                ArticleRow {
                    number: a.number,
                    section: a.section,
                    title_sv: a.title_sv,
                    title_en: a.title_en,
                    confirmed: a.confirmed,
                    count: choosers.len(),
                    chosen_by,
                    groups,
                }
            })
            .collect();
        Self { charter, signatories: plans.len(), groups, articles }
    }
}

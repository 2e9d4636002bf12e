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

/// What the matrix needs of one signatory: its id, groups, Charter text and articles chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleChoice {
    pub id: String,
    pub groups: Vec<String>,
    pub charter: CharterVersion,
    pub articles: Vec<u32>,
}

impl ArticleChoice {
    #[must_use]
    pub fn of(plan: &Plan) -> Self {
        Self {
            id: plan.id.clone(),
            groups: plan.groups.clone(),
            charter: plan.signatory.charter_version(),
            articles: plan.signatory.articles.iter().map(|a| a.value).collect(),
        }
    }
}

impl ArticlesReport {
    #[must_use]
    pub fn build(plans: &[&Plan], config: &RepoConfig) -> Self {
        let choices: Vec<ArticleChoice> = plans.iter().map(|p| ArticleChoice::of(p)).collect();
        Self::from_choices(&choices, config)
    }

    /// The matrix of the signatories' choices (one per signatory shown).
    #[must_use]
    pub fn from_choices(choices: &[ArticleChoice], config: &RepoConfig) -> Self {
        let charter = if choices.iter().any(|c| c.charter == CharterVersion::V2022) {
            CharterVersion::V2022
        } else {
            CharterVersion::V2006
        };
        let group_ids: BTreeSet<&str> = choices.iter().flat_map(|c| c.groups.iter().map(String::as_str)).collect();
        let groups = group_ids
            .iter()
            .map(|g| GroupColumn {
                id: (*g).to_owned(),
                name: config.group_name(g).to_owned(),
                signatories: choices.iter().filter(|c| c.groups.iter().any(|x| x == g)).count(),
            })
            .collect();
        let articles = articles_of(charter)
            .iter()
            .map(|a| {
                let choosers: Vec<&ArticleChoice> = choices.iter().filter(|c| c.articles.contains(&a.number)).collect();
                let mut chosen_by: Vec<String> = choosers.iter().map(|c| c.id.clone()).collect();
                chosen_by.sort();
                chosen_by.dedup();
                let groups = group_ids
                    .iter()
                    .map(|g| ((*g).to_owned(), choosers.iter().filter(|c| c.groups.iter().any(|x| x == g)).count()))
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
        Self { charter, signatories: choices.len(), groups, articles }
    }
}

//! `PlanDiff`: what changed in the plans between two snapshots, in plan terms. Built from only
//! the files that differ (`repo::git::changed_plan_files`); knows nothing of output.

mod due;
mod items;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::Serialize;

use super::Day;
use crate::message::{Message, msg};
use crate::model::Plan;
use crate::model::config::RepoConfig;
use crate::model::parse::{PlanLocation, parse_plan};
use crate::repo::SourceFile;
use crate::repo::git::{ChangedFile, FileText};
use crate::repo::path::{groups_of, id_of};

pub use items::{Change, DateField};

/// The whole diff: one entry per signatory file that changed, sorted by id, then file.
#[derive(Clone, Debug, Serialize)]
pub struct PlanDiff {
    /// The revision compared from, as given.
    pub base: String,
    /// The revision compared to, as given, or `null` for the working tree.
    pub head: Option<String>,
    /// The as-of date for deadlines (`--today`).
    pub today: Day,
    pub signatories: Vec<SignatoryDiff>,
    /// Changes that may lose information, such as an id renamed.
    pub warnings: Vec<Warning>,
}

/// How a signatory's file changed as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileChange {
    Added,
    Removed,
    Modified,
    /// The same id in another file (another folder, hence other groups).
    Moved,
}

/// One signatory's changes.
#[derive(Clone, Debug, Serialize)]
pub struct SignatoryDiff {
    pub id: String,
    /// The file now (for a removed file: where it was).
    pub file: String,
    /// Where the file was before, when it moved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_file: Option<String>,
    /// The signatory's name (now, else before; `null` if neither side could be read).
    pub name: Option<String>,
    pub change: FileChange,
    /// A side that could not be read or parsed: its changes are not listed.
    pub unreadable: Vec<Unreadable>,
    pub changes: Vec<Change>,
}

/// Which side of the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Base,
    Head,
}

/// A side of a file that could not be compared, and why.
#[derive(Clone, Debug, Serialize)]
pub struct Unreadable {
    pub side: Side,
    /// Why, not yet in words: the renderers put it into the output language.
    #[serde(skip)]
    pub reason: Message,
    /// The reason in words, filled in by the JSON renderer (`render::json::diff`).
    #[serde(rename = "reason")]
    pub reason_words: String,
}

/// A goal or an activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Goal,
    Activity,
}

/// A change that may lose information.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// An id disappeared and another with the same title appeared: activities, measurements and
    /// reports that refer to the old id no longer find it, and its history is detached.
    IdRenamed { signatory: String, file: String, item: ItemKind, from: String, to: String, title: String },
}

impl PlanDiff {
    /// Compares the two sides of each changed file. `plans` is the plans folder (for groups).
    #[must_use]
    pub fn build(
        files: &[ChangedFile],
        config: &RepoConfig,
        revisions: (&str, Option<&str>),
        today: NaiveDate,
    ) -> Self {
        let (base, head) = revisions;
        let plans = config.plans.as_str();
        let ctx = due::Ctx { today, rules: &config.rules };
        let mut sides: BTreeMap<String, (Vec<Snapshot>, Vec<Snapshot>)> = BTreeMap::new();
        for file in files {
            let entry = sides.entry(id_of(&file.path).to_owned()).or_default();
            if let Some(text) = &file.base {
                entry.0.push(Snapshot::read(&file.path, text, plans));
            }
            if let Some(text) = &file.head {
                entry.1.push(Snapshot::read(&file.path, text, plans));
            }
        }
        let mut signatories = Vec::new();
        let mut warnings = Vec::new();
        for (id, (before, after)) in sides {
            for pair in pair_up(before, after) {
                signatories.push(compare(&id, pair, &ctx, &mut warnings));
            }
        }
        signatories.sort_by(|a, b| (&a.id, &a.file).cmp(&(&b.id, &b.file)));
        warnings.sort();
        Self { base: base.to_owned(), head: head.map(str::to_owned), today: Day(today), signatories, warnings }
    }

    /// Whether the head side has a file that could not be read or parsed.
    #[must_use]
    pub fn head_unreadable(&self) -> bool {
        self.signatories.iter().any(|s| s.unreadable.iter().any(|u| u.side == Side::Head))
    }
}

/// One side of one file: its path and the plan read from it, or why there is none.
struct Snapshot {
    path: String,
    plan: Result<Plan, Message>,
}

impl Snapshot {
    fn read(path: &str, text: &FileText, plans: &str) -> Self {
        let plan = match text {
            FileText::Unreadable(reason) => Err(reason.clone()),
            FileText::Text(text) => {
                let source = SourceFile::new(path.to_owned(), text.clone());
                let id = id_of(path);
                let groups = groups_of(path, plans);
                let location = PlanLocation { id, file: path, folder_groups: &groups };
                let (plan, mut diagnostics) = parse_plan(&source.text, &location);
                source.resolve(&mut diagnostics);
                plan.ok_or_else(|| {
                    diagnostics.iter().find(|d| d.is_error()).map_or_else(msg::config_not_toml, |d| {
                        msg::config_error_at(d.column, d.line, d.message.clone())
                    })
                })
            }
        };
        Self { path: path.to_owned(), plan }
    }
}

type Pair = (Option<Snapshot>, Option<Snapshot>);

/// Matches the files of one id: the same path first; then one removed and one added file are
/// taken as a move; anything else stays added or removed.
fn pair_up(before: Vec<Snapshot>, after: Vec<Snapshot>) -> Vec<Pair> {
    let mut after: Vec<Option<Snapshot>> = after.into_iter().map(Some).collect();
    let mut pairs = Vec::new();
    let mut unmatched = Vec::new();
    for b in before {
        match after.iter_mut().find(|a| a.as_ref().is_some_and(|a| a.path == b.path)) {
            Some(slot) => pairs.push((Some(b), slot.take())),
            None => unmatched.push(b),
        }
    }
    let mut rest: Vec<Snapshot> = after.into_iter().flatten().collect();
    if unmatched.len() == 1 && rest.len() == 1 {
        pairs.push((unmatched.pop(), rest.pop()));
    }
    pairs.extend(unmatched.into_iter().map(|b| (Some(b), None)));
    pairs.extend(rest.into_iter().map(|a| (None, Some(a))));
    pairs
}

fn compare(id: &str, (before, after): Pair, ctx: &due::Ctx<'_>, warnings: &mut Vec<Warning>) -> SignatoryDiff {
    let change = match (&before, &after) {
        (None, _) => FileChange::Added,
        (_, None) => FileChange::Removed,
        (Some(b), Some(a)) if b.path != a.path => FileChange::Moved,
        _ => FileChange::Modified,
    };
    let file = after.as_ref().or(before.as_ref()).map(|s| s.path.clone()).unwrap_or_default();
    let previous_file = (change == FileChange::Moved).then(|| before.as_ref().map(|b| b.path.clone())).flatten();
    let mut unreadable = Vec::new();
    let mut plan_of = |side: Side, snapshot: Option<Snapshot>| -> Option<Option<Plan>> {
        match snapshot?.plan {
            Ok(plan) => Some(Some(plan)),
            Err(reason) => {
                unreadable.push(Unreadable { side, reason, reason_words: String::new() });
                Some(None)
            }
        }
    };
    let (old, new) = (plan_of(Side::Base, before), plan_of(Side::Head, after));
    let name = new.iter().chain(old.iter()).flatten().map(|p| p.signatory.name.clone()).next();
    let mut changes = Vec::new();
    match (old, new) {
        (None, Some(Some(plan))) => items::added(&plan, ctx, &mut changes),
        (Some(Some(plan)), None) => changes.push(Change::SignatoryRemoved { name: plan.signatory.name.clone() }),
        (Some(Some(old)), Some(Some(new))) => {
            items::compare(&old, &new, ctx, &mut changes);
            renames(&new, &old, warnings);
        }
        _ => {}
    }
    SignatoryDiff { id: id.to_owned(), file, previous_file, name, change, unreadable, changes }
}

/// Goals and activities whose id disappeared while one with the same title appeared.
fn renames(new: &Plan, old: &Plan, warnings: &mut Vec<Warning>) {
    let goals = |p: &Plan| -> Vec<(String, String)> {
        p.goals.iter().map(|g| (g.id.value.clone(), g.title.trim().to_owned())).collect()
    };
    let activities = |p: &Plan| -> Vec<(String, String)> {
        p.activities.iter().map(|a| (a.id.value.clone(), a.title.trim().to_owned())).collect()
    };
    for (item, old_items, new_items) in
        [(ItemKind::Goal, goals(old), goals(new)), (ItemKind::Activity, activities(old), activities(new))]
    {
        let old_ids: BTreeSet<&str> = old_items.iter().map(|(id, _)| id.as_str()).collect();
        let new_ids: BTreeSet<&str> = new_items.iter().map(|(id, _)| id.as_str()).collect();
        let mut found = BTreeSet::new();
        for (from, title) in old_items.iter().filter(|(id, _)| !new_ids.contains(id.as_str())) {
            for (to, _) in new_items.iter().filter(|(id, t)| !old_ids.contains(id.as_str()) && t == title) {
                if !title.is_empty() {
                    found.insert((from.clone(), to.clone(), title.clone()));
                }
            }
        }
        warnings.extend(found.into_iter().map(|(from, to, title)| Warning::IdRenamed {
            signatory: new.id.clone(),
            file: new.file.clone(),
            item,
            from,
            to,
            title,
        }));
    }
}

//! The plan model: plain data read from plan files, with spans kept where checks point.

pub mod articles;
pub(crate) mod build;
pub mod config;
mod fault;
pub(crate) mod habits;
mod hint;
pub mod id;
pub mod parse;
mod place;
pub mod shape;
mod sink;
pub mod site;
mod suggest;
mod syntax;
pub mod toml_text;
mod tree;
mod value;

pub(crate) use suggest::closest;

use chrono::NaiveDate;
use serde::Serialize;

use crate::diag::Span;

/// A value together with where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct At<T> {
    pub value: T,
    pub span: Span,
}

impl<T> At<T> {
    pub fn new(value: T, span: Span) -> Self {
        Self { value, span }
    }
}

impl<T: Copy> At<T> {
    /// The value, without its span.
    pub fn get(&self) -> T {
        self.value
    }
}

/// One signatory's plan file, as read.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// The file stem: the signatory's id.
    pub id: String,
    /// Path relative to the repository root, `/`-separated.
    pub file: String,
    /// Folder groups (between `plans/` and the file), then the file's own, without repeats.
    pub groups: Vec<String>,
    pub signatory: Signatory,
    /// Sorted oldest first (by start, else adopted; undated drafts last) whatever the order in the file.
    pub action_plans: Vec<ActionPlan>,
    /// Sorted by date.
    pub reports: Vec<Report>,
    pub goals: Vec<Goal>,
    pub activities: Vec<Activity>,
    /// TOML syntax errors left lines of the file unread: the plan holds what could be read, the
    /// checks that look for something missing stay silent (it may be in what was not read), and
    /// reports leave the plan out.
    pub partial: bool,
}

impl Plan {
    /// The goals that have an id: an id that is missing or cannot be read is reported, and its
    /// goal is checked only where the check does not name it.
    pub fn named_goals(&self) -> impl Iterator<Item = &Goal> {
        self.goals.iter().filter(|g| !g.id.value.is_empty())
    }

    /// The activities that have an id (see [`Plan::named_goals`]).
    pub fn named_activities(&self) -> impl Iterator<Item = &Activity> {
        self.activities.iter().filter(|a| !a.id.value.is_empty())
    }

    /// The plan as reports take it: goals and activities with an id, and no measurements of
    /// indicators that could not be read.
    #[must_use]
    pub fn for_reports(mut self) -> Self {
        self.goals.retain(|g| !g.id.value.is_empty());
        self.activities.retain(|a| !a.id.value.is_empty());
        for goal in &mut self.goals {
            goal.loose_measurements = Vec::new();
        }
        self
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SignatoryKind {
    Municipality,
    Region,
    Other,
}

impl SignatoryKind {
    pub const NAMES: &'static [&'static str] = &["municipality", "region", "other"];

    #[must_use]
    pub fn from_name(s: &str) -> Option<Self> {
        match s {
            "municipality" => Some(Self::Municipality),
            "region" => Some(Self::Region),
            "other" => Some(Self::Other),
            _ => None,
        }
    }

    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Municipality => "municipality",
            Self::Region => "region",
            Self::Other => "other",
        }
    }
}

/// The Charter text a signatory committed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum CharterVersion {
    #[serde(rename = "2006")]
    V2006,
    #[serde(rename = "2022")]
    V2022,
}

impl CharterVersion {
    pub const NAMES: &'static [&'static str] = &["2006", "2022"];

    #[must_use]
    pub fn from_name(s: &str) -> Option<Self> {
        match s {
            "2006" => Some(Self::V2006),
            "2022" => Some(Self::V2022),
            _ => None,
        }
    }

    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::V2006 => "2006",
            Self::V2022 => "2022",
        }
    }

    /// The highest article number of this text.
    #[must_use]
    pub fn max_article(self) -> u32 {
        match self {
            Self::V2006 => 30,
            Self::V2022 => 39,
        }
    }

    /// SPEC §1: "2022" when signed on or after 2023-01-01, else "2006".
    #[must_use]
    pub fn default_for(signed: Option<NaiveDate>) -> Self {
        match signed {
            Some(d) if d >= NaiveDate::from_ymd_opt(2023, 1, 1).unwrap_or(NaiveDate::MIN) => Self::V2022,
            _ => Self::V2006,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Signatory {
    pub name: String,
    pub kind: SignatoryKind,
    pub groups: Vec<At<String>>,
    pub decided: Option<At<NaiveDate>>,
    pub signed: Option<At<NaiveDate>>,
    pub contact: Option<String>,
    pub sources: Vec<String>,
    pub articles: Vec<At<u32>>,
    /// As written; `None` means the default of [`CharterVersion::default_for`].
    pub charter: Option<At<CharterVersion>>,
    /// Span of the `[signatory]` table (or of the whole file when it is missing).
    pub span: Span,
}

impl Signatory {
    /// The charter text in force: as written, else the SPEC default.
    #[must_use]
    pub fn charter_version(&self) -> CharterVersion {
        self.charter.as_ref().map_or_else(|| CharterVersion::default_for(self.signed.as_ref().map(At::get)), At::get)
    }

    #[must_use]
    pub fn signed_date(&self) -> Option<NaiveDate> {
        self.signed.as_ref().map(At::get)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ActionPlan {
    pub adopted: Option<At<NaiveDate>>,
    pub start: Option<At<NaiveDate>>,
    pub end: Option<At<NaiveDate>>,
    pub url: Option<String>,
    pub span: Span,
}

impl ActionPlan {
    #[must_use]
    pub fn adopted_date(&self) -> Option<NaiveDate> {
        self.adopted.as_ref().map(At::get)
    }

    /// The date that places the plan in history: its start, else its adoption.
    #[must_use]
    pub fn sort_date(&self) -> Option<NaiveDate> {
        self.start.as_ref().or(self.adopted.as_ref()).map(At::get)
    }

    /// Oldest first; a plan with neither start nor adoption (a draft) comes last.
    #[must_use]
    pub fn order_key(&self) -> (bool, Option<NaiveDate>, Option<NaiveDate>) {
        (self.sort_date().is_none(), self.sort_date(), self.adopted_date())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub date: At<NaiveDate>,
    pub url: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Goal {
    /// Empty when the id is missing or cannot be read (reported): such a goal is still checked
    /// where a check need not name it, and left out of reports.
    pub id: At<String>,
    pub title: String,
    pub articles: Vec<At<u32>>,
    pub focus: Option<String>,
    pub due: Option<At<NaiveDate>>,
    pub achieved: Option<At<NaiveDate>>,
    pub indicator: Option<Indicator>,
    /// Measurements of an indicator that could not be read (its kind, baseline or target
    /// missing or unreadable): kept only for the checks of their own dates.
    pub loose_measurements: Vec<Measurement>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum IndicatorKind {
    Level,
    Balance,
}

impl IndicatorKind {
    pub const NAMES: &'static [&'static str] = &["level", "balance"];

    #[must_use]
    pub fn from_name(s: &str) -> Option<Self> {
        match s {
            "level" => Some(Self::Level),
            "balance" => Some(Self::Balance),
            _ => None,
        }
    }
}

/// What makes a goal measurable.
#[derive(Clone, Debug, PartialEq)]
pub enum Indicator {
    Level {
        unit: Option<String>,
        baseline: f64,
        target: f64,
        measurements: Vec<Measurement>,
    },
    Balance {
        /// Percent, default 40 (the 40/60 rule).
        min_share: f64,
        measurements: Vec<Measurement>,
    },
}

impl Indicator {
    /// Measurements sorted by date.
    #[must_use]
    pub fn measurements(&self) -> &[Measurement] {
        match self {
            Self::Level { measurements, .. } | Self::Balance { measurements, .. } => measurements,
        }
    }

    #[must_use]
    pub fn kind(&self) -> IndicatorKind {
        match self {
            Self::Level { .. } => IndicatorKind::Level,
            Self::Balance { .. } => IndicatorKind::Balance,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Measurement {
    pub date: At<NaiveDate>,
    pub value: Option<f64>,
    pub women: Option<u64>,
    pub men: Option<u64>,
}

impl Measurement {
    /// Women's share of women + men in percent, if both are known and not both zero.
    #[must_use]
    pub fn women_share(&self) -> Option<f64> {
        let (w, m) = (self.women?, self.men?);
        let total = w.checked_add(m)?;
        #[allow(clippy::cast_precision_loss)]
        (total > 0).then(|| 100.0 * w as f64 / total as f64)
    }
}

/// The 40/60 rule, symmetric: both women and men are at least `min_share` percent.
#[must_use]
pub fn is_balanced(women_share: f64, min_share: f64) -> bool {
    women_share >= min_share && 100.0 - women_share >= min_share
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActivityStatus {
    Planned,
    Ongoing,
    Done,
    Cancelled,
}

impl ActivityStatus {
    pub const NAMES: &'static [&'static str] = &["planned", "ongoing", "done", "cancelled"];

    #[must_use]
    pub fn from_name(s: &str) -> Option<Self> {
        match s {
            "planned" => Some(Self::Planned),
            "ongoing" => Some(Self::Ongoing),
            "done" => Some(Self::Done),
            "cancelled" => Some(Self::Cancelled),
            _ => None,
        }
    }

    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::Ongoing => "ongoing",
            Self::Done => "done",
            Self::Cancelled => "cancelled",
        }
    }

    /// Done and cancelled activities are finished and carry a `finished` date.
    #[must_use]
    pub fn is_finished(self) -> bool {
        matches!(self, Self::Done | Self::Cancelled)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Activity {
    /// Empty when missing or unreadable, as a goal's (see [`Goal::id`]).
    pub id: At<String>,
    pub title: String,
    pub goals: Vec<At<String>>,
    pub owner: Option<String>,
    pub start: Option<At<NaiveDate>>,
    pub due: Option<At<NaiveDate>>,
    pub status: At<ActivityStatus>,
    pub finished: Option<At<NaiveDate>>,
    pub span: Span,
}

impl Activity {
    /// The day it was finished, if it is done or cancelled and says when.
    #[must_use]
    pub fn finished_date(&self) -> Option<NaiveDate> {
        self.finished.as_ref().map(At::get)
    }
}

//! The file format as data: every table, key, type and doc string. The parser reads by it
//! (unknown and missing keys) and `cemr schema` is generated from it, so the two cannot drift.

use crate::message::{Message, msg};

/// The type a key takes.
#[derive(Clone, Copy, Debug)]
pub enum Ty {
    Text,
    /// A TOML local date (not a string, not a date-time).
    Date,
    /// A whole number of at least 0 (women, men).
    Count,
    /// An integer or a float, finite.
    Number,
    /// One of the listed strings.
    Enum(&'static [&'static str]),
    TextList,
    /// A list of ids (`[a-z0-9-]+`).
    IdList,
    /// A list of Part III article numbers.
    ArticleList,
    /// A sub-table with this shape.
    Table(&'static Shape),
    /// An array of tables with this shape.
    Tables(&'static Shape),
    /// A table whose keys are free names and whose values have this shape.
    Map(&'static Shape),
}

impl Ty {
    /// How the type is named in messages.
    #[must_use]
    pub fn describe(self) -> Message {
        match self {
            Ty::Text | Ty::Enum(_) => msg::type_text(),
            Ty::Date => msg::type_date(),
            Ty::Count => msg::type_count(),
            Ty::Number => msg::type_number(),
            Ty::TextList => msg::type_text_list(),
            Ty::IdList => msg::type_id_list(),
            Ty::ArticleList => msg::type_article_list(),
            Ty::Table(_) | Ty::Map(_) => msg::type_table(),
            Ty::Tables(_) => msg::type_tables(),
        }
    }
}

/// One key of a table.
#[derive(Debug)]
pub struct Field {
    pub key: &'static str,
    pub ty: Ty,
    pub required: bool,
    pub doc: &'static str,
}

/// One table of the format.
#[derive(Debug)]
pub struct Shape {
    /// Where the table stands, as written in messages (`signatory`, `goals.indicator`).
    pub path: &'static str,
    pub doc: &'static str,
    pub fields: &'static [Field],
}

impl Shape {
    #[must_use]
    pub fn field(&self, key: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.key == key)
    }
}

const fn req(key: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field { key, ty, required: true, doc }
}

const fn opt(key: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field { key, ty, required: false, doc }
}

pub const KINDS: &[&str] = super::SignatoryKind::NAMES;
pub const STATUSES: &[&str] = super::ActivityStatus::NAMES;
pub const INDICATOR_KINDS: &[&str] = super::IndicatorKind::NAMES;
pub const CHARTERS: &[&str] = super::CharterVersion::NAMES;

pub static PLAN: Shape = Shape {
    path: "",
    doc: "A signatory's plan under the European Charter for Equality of Women and Men in Local Life (CEMR). The file stem is the signatory's id.",
    fields: &[
        req("signatory", Ty::Table(&SIGNATORY), "Who signed, when, and which articles they chose."),
        opt("action_plans", Ty::Tables(&ACTION_PLAN), "Equality action plans, oldest first."),
        opt("reports", Ty::Tables(&REPORT), "Public progress reports (Article 4)."),
        opt("goals", Ty::Tables(&GOAL), "Measurable goals (mätbara mål)."),
        opt("activities", Ty::Tables(&ACTIVITY), "Activities (åtgärder) towards the goals."),
    ],
};

pub static SIGNATORY: Shape = Shape {
    path: "signatory",
    doc: "The signatory: a municipality, a region or another body.",
    fields: &[
        req("name", Ty::Text, "Name as written, e.g. \"Luleå kommun\"."),
        req("kind", Ty::Enum(KINDS), "municipality | region | other."),
        opt("groups", Ty::TextList, "Extra groups besides the folders the file is in."),
        opt("decided", Ty::Date, "Date of the decision to sign."),
        opt("signed", Ty::Date, "Date of signing; absent means not (yet) signed."),
        opt("contact", Ty::Text, "Contact address."),
        opt("sources", Ty::TextList, "Where the facts come from."),
        opt("articles", Ty::ArticleList, "Chosen Part III articles, no repeats."),
        opt(
            "charter",
            Ty::Enum(CHARTERS),
            "The Charter text committed to: \"2006\" (articles 1–30) or \"2022\" (1–39). Default: \"2022\" when signed on or after 2023-01-01, else \"2006\".",
        ),
    ],
};

pub static ACTION_PLAN: Shape = Shape {
    path: "action_plans",
    doc: "An equality action plan (handlingsplan för jämställdhet).",
    fields: &[
        opt("adopted", Ty::Date, "Date of adoption; absent means a draft."),
        opt("start", Ty::Date, "First day of the period the plan covers."),
        opt("end", Ty::Date, "Last day of the period the plan covers; a new plan is due then."),
        opt("url", Ty::Text, "Where the plan is published."),
    ],
};

pub static REPORT: Shape = Shape {
    path: "reports",
    doc: "A public progress report (uppföljning).",
    fields: &[req("date", Ty::Date, "Date of publication."), opt("url", Ty::Text, "Where the report is published.")],
};

pub static GOAL: Shape = Shape {
    path: "goals",
    doc: "A measurable goal (mätbart mål).",
    fields: &[
        req("id", Ty::Text, "Unique within the file: lowercase letters, digits and -."),
        req("title", Ty::Text, "What the goal is."),
        opt("articles", Ty::ArticleList, "Articles the goal serves; each among the signatory's articles."),
        opt("focus", Ty::Text, "Focus area (fokusområde)."),
        opt("due", Ty::Date, "Target date."),
        opt("achieved", Ty::Date, "The date the goal was reached."),
        opt("indicator", Ty::Table(&INDICATOR), "Makes the goal measurable."),
    ],
};

pub static INDICATOR: Shape = Shape {
    path: "goals.indicator",
    doc: "How a goal is measured: a level to reach, or a balance between women and men.",
    fields: &[
        req("kind", Ty::Enum(INDICATOR_KINDS), "level | balance."),
        opt("unit", Ty::Text, "Level only: the unit, free text."),
        opt("baseline", Ty::Number, "Level only (required): the starting value."),
        opt("target", Ty::Number, "Level only (required): the value to reach; may be below the baseline."),
        opt(
            "min_share",
            Ty::Number,
            "Balance only: the least share of each sex in percent (default 40, the 40/60 rule).",
        ),
        opt("measurements", Ty::Tables(&MEASUREMENT), "Measured values, any order."),
    ],
};

pub static MEASUREMENT: Shape = Shape {
    path: "goals.indicator.measurements",
    doc: "One measurement of an indicator.",
    fields: &[
        req("date", Ty::Date, "Date of the measurement."),
        opt("value", Ty::Number, "Level: the measured value (required)."),
        opt("women", Ty::Count, "Number of women (required for balance)."),
        opt("men", Ty::Count, "Number of men (required for balance)."),
    ],
};

pub static ACTIVITY: Shape = Shape {
    path: "activities",
    doc: "An activity (åtgärd) towards one or more goals.",
    fields: &[
        req("id", Ty::Text, "Unique within the file: lowercase letters, digits and -."),
        req("title", Ty::Text, "What is done."),
        opt("goals", Ty::IdList, "Goal ids of this file that the activity serves."),
        opt("owner", Ty::Text, "Who is responsible."),
        opt("start", Ty::Date, "Start date."),
        opt("due", Ty::Date, "Due date."),
        req("status", Ty::Enum(STATUSES), "planned | ongoing | done | cancelled."),
        opt("finished", Ty::Date, "Required for done and cancelled; forbidden otherwise."),
    ],
};

pub static CONFIG: Shape = Shape {
    path: "",
    doc: "cemr.toml: repository settings.",
    fields: &[
        opt("repository", Ty::Table(&CONFIG_REPOSITORY), "The repository."),
        opt("rules", Ty::Table(&CONFIG_RULES), "Deadline rules."),
        opt("groups", Ty::Map(&CONFIG_GROUP), "Display names of groups."),
        opt("site", Ty::Table(&CONFIG_SITE), "The public site (`cemr site`) and its calendar feeds."),
    ],
};

pub static CONFIG_REPOSITORY: Shape = Shape {
    path: "repository",
    doc: "The repository.",
    fields: &[
        opt("name", Ty::Text, "Shown in report titles."),
        opt("plans", Ty::Text, "Folder with plan files (default \"plans\")."),
        opt(
            "language",
            Ty::Enum(crate::message::LANGUAGE_IDS),
            "Language of human output: a folder of locales/ (en, sv, …).",
        ),
    ],
};

pub static CONFIG_RULES: Shape = Shape {
    path: "rules",
    doc: "Deadline rules.",
    fields: &[
        opt("action_plan_months", Ty::Count, "First action plan due this long after signing (default 24)."),
        opt("report_months", Ty::Count, "A progress report is due this often (default 12)."),
        opt("stale_months", Ty::Count, "An indicator with no measurement this recent is stale (default 12)."),
        opt("due_soon_days", Ty::Count, "Horizon for \"due soon\" (default 90)."),
    ],
};

pub static CONFIG_SITE: Shape = Shape {
    path: "site",
    doc: "The public site (`cemr site`) and its calendar feeds.",
    fields: &[
        opt(
            "url",
            Ty::Text,
            "The site's public address, e.g. \"https://kommun.example.se/jamstalldhet\": feeds link to it.",
        ),
        opt("contact", Ty::Text, "Where to report accessibility problems: an e-mail address or a web address."),
        opt("statement_date", Ty::Date, "When the accessibility statement was made or last reviewed."),
    ],
};

pub static CONFIG_GROUP: Shape = Shape {
    path: "groups",
    doc: "A group's display name.",
    fields: &[opt("name", Ty::Text, "Display name, e.g. \"Norrbottens län\".")],
};

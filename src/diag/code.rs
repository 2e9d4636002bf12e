//! Every diagnostic code: its stable kebab-case name, default severity, summary and `explain` text.

use serde::{Serialize, Serializer};

/// How bad a finding is. Warnings fail a run only under `--strict`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
        }
    }
}

macro_rules! codes {
    ($( $variant:ident = $name:literal, $severity:ident, $summary:literal, $explain:literal; )*) => {
        /// A stable diagnostic code. The names are a contract (SPEC §3): change them only with the SPEC.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $( $variant, )* }

        impl Code {
            /// Every code, in declaration order.
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )* ];

            /// The kebab-case name printed in every output.
            #[must_use]
            pub fn name(self) -> &'static str {
                match self { $( Code::$variant => $name, )* }
            }

            /// The severity a finding of this code has unless `--strict` raises it.
            #[must_use]
            pub fn severity(self) -> Severity {
                match self { $( Code::$variant => Severity::$severity, )* }
            }

            /// One line saying what the code means.
            #[must_use]
            pub fn summary(self) -> &'static str {
                match self { $( Code::$variant => $summary, )* }
            }

            /// The long text of `cemr explain CODE`: what it means, an example, how to fix it.
            #[must_use]
            pub fn explanation(self) -> &'static str {
                match self { $( Code::$variant => $explain, )* }
            }
        }
    };
}

codes! {
    UnreadableFile = "unreadable-file", Error,
        "a plan file could not be read",
        "The file exists but could not be opened or read (permissions, a broken link, a folder where a file was expected).\n\nExample: plans/kiruna.toml with mode 000.\n\nFix: make the file readable by the user that runs cemr (e.g. `chmod 644`), or remove it.";
    InvalidUtf8 = "invalid-utf8", Error,
        "a plan file is not valid UTF-8",
        "Plan files must be UTF-8. A file saved as Latin-1 or Windows-1252 turns å, ä and ö into bytes that are not UTF-8.\n\nExample: `name = \"Lule\\xe5 kommun\"` saved as Latin-1.\n\nFix: re-save the file as UTF-8 (a UTF-8 byte-order mark is accepted).";
    EmptyFile = "empty-file", Error,
        "a plan file is empty",
        "A plan file must at least have a [signatory] table with name and kind.\n\nExample: an empty plans/pajala.toml.\n\nFix: fill it in (`cemr new ID --name NAME` writes a template), or delete it.";
    FileTooLarge = "file-too-large", Error,
        "a plan file is larger than 10 MiB",
        "Plan files over 10 MiB are not read: no real plan is that large, and reading untrusted input must stay bounded.\n\nFix: split or shorten the file; check that nothing was pasted into it by mistake.";
    SymlinkLoop = "symlink-loop", Error,
        "a symbolic link in plans/ leads back into itself",
        "A link that points to a folder containing it would make the walk endless; cemr stops there.\n\nExample: plans/a -> ../plans.\n\nFix: replace the link with the file itself.";
    LinkOutsideRepository = "link-outside-repository", Error,
        "a symbolic link in plans/ points outside the repository",
        "cemr reads only the repository's own files; a link that leads out of it is not followed.\n\nExample: plans/x.toml -> /etc/passwd.\n\nFix: copy the file into the repository instead of linking to it.";
    TomlSyntax = "toml-syntax", Error,
        "the file is not valid TOML",
        "The TOML parser stopped at this position. Common causes: a missing quote or bracket, a key written twice, a table header written twice, a comma missing in an array.\n\nExample: `name = \"Luleå kommun` (closing quote missing).\n\nFix: correct the syntax at the position shown.";
    InvalidFileName = "invalid-file-name", Error,
        "the file name is not a valid signatory id",
        "A plan file's stem is the signatory's id: lowercase ASCII letters, digits and `-`. Swedish letters are written without their marks.\n\nExample: plans/Älvsbyn.toml.\n\nFix: rename it, e.g. to plans/alvsbyn.toml (the name inside the file keeps the å, ä, ö).";
    DuplicateId = "duplicate-id", Error,
        "two plan files have the same id",
        "Ids come from file names and must be unique across the repository, whatever folder the files are in.\n\nExample: plans/norrbotten/boden.toml and plans/boden.toml.\n\nFix: remove one of the files or rename it.";
    NoPlanFiles = "no-plan-files", Warning,
        "the repository has no plan files",
        "No `.toml` file was found under the plans folder, so nothing was checked. A wrong `-C` path or `[repository] plans` setting is the usual cause.\n\nFix: add plan files (`cemr new`), or point cemr at the right repository. Under --strict this is an error.";
    UnknownKey = "unknown-key", Error,
        "a key that the file format does not have",
        "Every key of a plan file is known; a misspelt key would otherwise be silently ignored.\n\nExample: `sigend = 2013-03-08` in [signatory].\n\nFix: correct the spelling (the message suggests the nearest key) or remove the key.";
    WrongType = "wrong-type", Error,
        "a value of the wrong type",
        "Each key takes one type of value: text in quotes, a whole number, a number, a list, or a table.\n\nExample: `articles = \"1, 2\"` (a string) instead of `articles = [1, 2]`.\n\nFix: write the value in the type the message names.";
    NotADate = "not-a-date", Error,
        "a date is required here",
        "Dates are TOML local dates written without quotes and without a time: `signed = 2013-03-08`. A string (`\"2013-03-08\"`) or a date-time (`2013-03-08T10:00:00`) is not accepted.\n\nFix: write the bare date YYYY-MM-DD.";
    ImpossibleDate = "impossible-date", Error,
        "a date that does not exist in the calendar",
        "The date is written as a date but no such day exists.\n\nExample: `due = 2023-02-30`.\n\nFix: correct the day or month.";
    InvalidNumber = "invalid-number", Error,
        "a number that cannot be used",
        "Numbers must be finite and within range: `nan`, `inf`, integers beyond 64 bits and negative counts of women or men are rejected.\n\nExample: `women = -3`.\n\nFix: write the measured number.";
    MissingKey = "missing-key", Error,
        "a required key is missing",
        "Required: signatory.name and signatory.kind; a goal's id and title; an indicator's kind, and for a level indicator baseline and target; a measurement's date, and value (level) or women and men (balance); an activity's id, title and status; a report's date.\n\nFix: add the key the message names.";
    InvalidValue = "invalid-value", Error,
        "a value outside the allowed set",
        "Some keys take one of a few words, or a number in a range: kind (municipality | region | other), status (planned | ongoing | done | cancelled), indicator kind (level | balance), charter (\"2006\" | \"2022\"), min_share (above 0, at most 50), a level indicator's target (different from its baseline), and text that must not be empty.\n\nExample: `status = \"finished\"`.\n\nFix: use one of the values the message lists.";
    IrrelevantKey = "irrelevant-key", Warning,
        "a key that has no effect for this indicator kind",
        "unit, baseline and target belong to level indicators; min_share to balance indicators; a measurement's value to level indicators. The key is ignored.\n\nExample: `min_share = 40` on a level indicator.\n\nFix: remove the key, or change the indicator's kind.";
    ArticleOutOfRange = "article-out-of-range", Error,
        "an article number that the chosen charter text does not have",
        "The 2006 Charter has articles 1–30; the 2022 text has 1–39. A signatory committed before 2023 uses the 2006 text unless `charter = \"2022\"` says otherwise.\n\nExample: `articles = [31]` with charter 2006.\n\nFix: correct the number, or set `charter` to the text the signatory committed to.";
    DuplicateArticle = "duplicate-article", Error,
        "an article listed twice",
        "Each chosen article is listed once.\n\nExample: `articles = [1, 2, 2]`.\n\nFix: remove the repeat.";
    ArticleNotChosen = "article-not-chosen", Error,
        "a goal names an article the signatory has not chosen",
        "A goal's articles must be among the signatory's chosen articles (`[signatory] articles`).\n\nExample: a goal with `articles = [11]` while the signatory chose [1, 2, 4].\n\nFix: add the article to the signatory's articles, or correct the goal.";
    InvalidId = "invalid-id", Error,
        "a goal or activity id is malformed",
        "Goal and activity ids are lowercase ASCII letters, digits and `-`, and are used by commands such as `cemr done ID ACTIVITY`.\n\nExample: `id = \"Chefer 2024\"`.\n\nFix: write e.g. `id = \"chefer-2024\"`.";
    DuplicateGoalId = "duplicate-goal-id", Error,
        "two goals in one file have the same id",
        "Goal ids are unique within their file.\n\nFix: rename one of them (activities refer to goals by id).";
    DuplicateActivityId = "duplicate-activity-id", Error,
        "two activities in one file have the same id",
        "Activity ids are unique within their file.\n\nFix: rename one of them.";
    UnknownGoal = "unknown-goal", Error,
        "an activity names a goal that the file does not have",
        "An activity's `goals` refer to goal ids of the same file.\n\nExample: `goals = [\"chfer\"]` where the goal is `chefer`.\n\nFix: correct the id (the message suggests the nearest one).";
    FinishedMissing = "finished-missing", Error,
        "a done or cancelled activity has no finished date",
        "Deadlines are met on the day an activity was finished; for done and cancelled activities that day is required.\n\nExample: `status = \"done\"` without `finished`.\n\nFix: add `finished = YYYY-MM-DD` (`cemr done ID ACTIVITY --date D` does both).";
    FinishedNotAllowed = "finished-not-allowed", Error,
        "a planned or ongoing activity has a finished date",
        "Only done and cancelled activities are finished.\n\nExample: `status = \"ongoing\"` with `finished = 2024-05-01`.\n\nFix: remove `finished`, or set the status to done or cancelled.";
    DateInFuture = "date-in-future", Error,
        "an event is dated after today",
        "decided, signed, adopted, finished, achieved and the dates of reports and measurements record things that have happened, so they cannot be later than today's real date (the system clock, not --today).\n\nExample: `signed = 2999-01-01`.\n\nFix: correct the date; record the event when it has happened.";
    DecidedAfterSigned = "decided-after-signed", Error,
        "the decision to sign is dated after the signing",
        "A signatory decides to sign (`decided`) before, or on the day, it signs (`signed`).\n\nFix: correct one of the two dates.";
    StartAfterEnd = "start-after-end", Error,
        "a period starts after it ends",
        "An action plan's `start` must not be later than its `end`, nor an activity's `start` later than its `due`.\n\nFix: correct the dates.";
    ControlCharacter = "control-character", Warning,
        "text contains a control character",
        "Control characters (such as ESC, BEL or NUL) in text are invisible and can disturb terminals and reports; cemr escapes them in every output.\n\nFix: remove the character.";
    NoArticles = "no-articles", Warning,
        "signed long ago but no articles chosen",
        "The Charter asks signatories to choose the Part III articles they will work on, in the action plan due within two years of signing.\n\nFix: list the chosen articles in `[signatory] articles`.";
    GoalWithoutArticles = "goal-without-articles", Warning,
        "a goal names no article",
        "Each goal should say which of the chosen articles it serves, so that coverage can be reported.\n\nFix: add `articles = [N]` to the goal.";
    GoalWithoutActivities = "goal-without-activities", Warning,
        "no activity works towards this goal",
        "A goal that no activity names has no measures behind it.\n\nFix: add an activity with `goals = [\"ID\"]`, or name the goal in an existing one.";
    ActivityWithoutGoals = "activity-without-goals", Warning,
        "an activity names no goal",
        "Each activity should say which goals it serves.\n\nFix: add `goals = [\"ID\"]` to the activity.";
    DuplicateMeasurement = "duplicate-measurement", Warning,
        "two measurements of one indicator on the same date",
        "Only one of them can be the latest; the other is ignored.\n\nFix: remove or correct one of the two.";
    ActionPlansOutOfOrder = "action-plans-out-of-order", Warning,
        "action plans are not listed oldest first",
        "The format lists action plans oldest first so that a reader sees the history in order; cemr sorts them itself.\n\nFix: reorder the [[action_plans]] entries by start or adoption date.";
}

impl Code {
    /// The code with this kebab-case name.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.name() == name)
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

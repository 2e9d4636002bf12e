//! Every diagnostic code: its stable kebab-case name and default severity. Its summary and
//! `explain` text are in the catalogue (`locales/*/explain.ftl`: `code-NAME`, `code-NAME-explain`).

use serde::{Serialize, Serializer};

use crate::message::{Message, msg};

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

    /// The word for it in human output ("error" / "fel").
    #[must_use]
    pub fn message(self) -> Message {
        match self {
            Self::Error => msg::severity_error(),
            Self::Warning => msg::severity_warning(),
        }
    }
}

macro_rules! codes {
    ($( $variant:ident = $name:literal, $severity:ident; )*) => {
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

            /// One line saying what the code means (`code-NAME`), not yet in words.
            #[must_use]
            pub fn summary(self) -> Message {
                Message::named(&format!("code-{}", self.name())).unwrap_or_else(|| msg::code_unknown(self.name()))
            }

            /// The long text of `cemr explain CODE` (`code-NAME-explain`): what it means, an
            /// example, how to fix it.
            #[must_use]
            pub fn explanation(self) -> Message {
                Message::named(&format!("code-{}-explain", self.name())).unwrap_or_else(|| msg::code_unknown(self.name()))
            }
        }
    };
}

codes! {
    UnreadableFile = "unreadable-file", Error;
    InvalidUtf8 = "invalid-utf8", Error;
    Utf16File = "utf16-file", Error;
    Windows1252File = "windows-1252-file", Error;
    EmptyFile = "empty-file", Error;
    FileTooLarge = "file-too-large", Error;
    SymlinkLoop = "symlink-loop", Error;
    LinkOutsideRepository = "link-outside-repository", Error;
    TomlSyntax = "toml-syntax", Error;
    DecimalComma = "decimal-comma", Error;
    TypographicQuotes = "typographic-quotes", Error;
    InvisibleCharacter = "invisible-character", Error;
    DateFormat = "date-format", Error;
    NumberWithUnit = "number-with-unit", Error;
    InvalidFileName = "invalid-file-name", Error;
    DuplicateId = "duplicate-id", Error;
    NoPlanFiles = "no-plan-files", Warning;
    UnknownKey = "unknown-key", Error;
    WrongType = "wrong-type", Error;
    TooManyEntries = "too-many-entries", Error;
    NotADate = "not-a-date", Error;
    ImpossibleDate = "impossible-date", Error;
    InvalidNumber = "invalid-number", Error;
    MissingKey = "missing-key", Error;
    InvalidValue = "invalid-value", Error;
    SwedishValue = "swedish-value", Error;
    IrrelevantKey = "irrelevant-key", Warning;
    ArticleOutOfRange = "article-out-of-range", Error;
    DuplicateArticle = "duplicate-article", Error;
    ArticleNotChosen = "article-not-chosen", Error;
    InvalidId = "invalid-id", Error;
    DuplicateGoalId = "duplicate-goal-id", Error;
    DuplicateActivityId = "duplicate-activity-id", Error;
    UnknownGoal = "unknown-goal", Error;
    FinishedMissing = "finished-missing", Error;
    FinishedNotAllowed = "finished-not-allowed", Error;
    DateInFuture = "date-in-future", Error;
    DecidedAfterSigned = "decided-after-signed", Error;
    StartAfterEnd = "start-after-end", Error;
    ControlCharacter = "control-character", Warning;
    NoArticles = "no-articles", Warning;
    GoalWithoutArticles = "goal-without-articles", Warning;
    GoalWithoutActivities = "goal-without-activities", Warning;
    ActivityWithoutGoals = "activity-without-goals", Warning;
    DuplicateMeasurement = "duplicate-measurement", Warning;
    ActionPlansOutOfOrder = "action-plans-out-of-order", Warning;
    TooManyFindings = "too-many-findings", Warning;
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

//! The value of one message variable: text, a number, a date, or another message.

use std::cmp::Ordering;

use chrono::NaiveDate;

use super::Message;

/// A message argument. Numbers stay numbers so that the catalogue can choose plural forms and
/// the renderer can write them the language's way (decimal comma in Swedish).
#[derive(Clone, Debug)]
pub enum Arg {
    /// Text shown as it is (escaped for the output by the renderer): names, keys, ids.
    Text(String),
    /// A whole number quoted as it is written (article numbers, line numbers, a list's length
    /// in a diagnostic): "10000".
    Int(i64),
    /// A count people read beside the tables' counts, written as they are, in groups of three
    /// from five digits ("10 000"; issue 18). A selector's number key (`[0]`) matches a count,
    /// not an [`Arg::Int`].
    Count(u64),
    /// A number with decimals.
    Number(f64),
    /// A date, always written YYYY-MM-DD.
    Date(NaiveDate),
    /// Another message, put into words in the same language first.
    Message(Box<Message>),
}

impl Arg {
    /// A count written as the tables write counts: [`Arg::Count`].
    #[must_use]
    pub fn count(n: usize) -> Self {
        Self::Count(u64::try_from(n).unwrap_or(u64::MAX))
    }

    fn rank(&self) -> u8 {
        match self {
            Self::Text(_) => 0,
            Self::Int(_) => 1,
            Self::Number(_) => 2,
            Self::Date(_) => 3,
            Self::Message(_) => 4,
            Self::Count(_) => 5,
        }
    }
}

impl PartialEq for Arg {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Arg {}

impl PartialOrd for Arg {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Arg {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Self::Text(a), Self::Text(b)) => a.cmp(b),
            (Self::Int(a), Self::Int(b)) => a.cmp(b),
            (Self::Count(a), Self::Count(b)) => a.cmp(b),
            (Self::Number(a), Self::Number(b)) => a.total_cmp(b),
            (Self::Date(a), Self::Date(b)) => a.cmp(b),
            (Self::Message(a), Self::Message(b)) => a.cmp(b),
            _ => self.rank().cmp(&other.rank()),
        }
    }
}

impl std::hash::Hash for Arg {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.rank().hash(state);
        match self {
            Self::Text(s) => s.hash(state),
            Self::Int(n) => n.hash(state),
            Self::Count(n) => n.hash(state),
            Self::Number(x) => x.to_bits().hash(state),
            Self::Date(d) => d.hash(state),
            Self::Message(m) => m.hash(state),
        }
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Self::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Self::Text(s.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Self::Text(s.clone())
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Self::Message(Box::new(m))
    }
}

impl From<NaiveDate> for Arg {
    fn from(d: NaiveDate) -> Self {
        Self::Date(d)
    }
}

impl From<f64> for Arg {
    fn from(x: f64) -> Self {
        Self::Number(x)
    }
}

macro_rules! from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Self::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}

from_int!(i32, i64, u32, u64, usize);

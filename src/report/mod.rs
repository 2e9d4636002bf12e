//! Reports: one value per command, computed from plans, rules and today; rendered elsewhere.

pub mod diff;

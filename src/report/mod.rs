//! Reports: one pure value per command, built from plans, rules and today; the filters they
//! share. Reports compute; they never format text.

mod day;
mod filter;
pub mod quarter;
pub mod summary;

pub use day::{Day, round1};
pub use filter::{Filter, FilterError, select};

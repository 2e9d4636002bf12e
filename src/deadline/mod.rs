//! Everything computed as of a date: deadlines, goal state, action plan status (SPEC §1–2).

mod months;

pub use months::{add_months, sub_months};

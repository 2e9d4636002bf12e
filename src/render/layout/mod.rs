//! How each report is laid out as tables (columns defined once per report), and the words
//! people read in them — all in [`words`], so that another language is one more constant.

mod articles;
mod deadlines;
mod status;
pub mod words;
mod words_sv;

pub use articles::articles;
pub use deadlines::deadlines;
pub use status::status;
pub use words::Words;

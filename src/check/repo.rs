//! Rules across files: the same signatory id in two files.

use std::collections::BTreeMap;

use crate::diag::{Code, Diagnostic};
use crate::message::msg;

/// Ids come from file stems and must be unique across folders. `plans` are (id, file) pairs.
pub(super) fn duplicate_ids(plans: &[(&str, &str)], out: &mut Vec<Diagnostic>) {
    let mut by_id: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (id, file) in plans {
        by_id.entry(id).or_default().push(file);
    }
    for (id, files) in by_id.into_iter().filter(|(_, f)| f.len() > 1) {
        for file in &files {
            let others: Vec<&str> = files.iter().copied().filter(|f| f != file).collect();
            out.push(
                Diagnostic::new(Code::DuplicateId, file, None, msg::diag_duplicate_id(id, others.join(", ")))
                    .with_help(msg::diag_duplicate_id_help()),
            );
        }
    }
}

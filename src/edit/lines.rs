//! Putting the original bytes back after an edit: `toml_edit` writes LF line ends and no BOM,
//! so every line the edit left alone is copied from the file as read (its line end included),
//! and only new or changed lines are written, with the file's own line end (and, at the end,
//! none if the file had none).

/// Above this many cells the middle of a diff is not aligned line by line (its lines are then
/// written as new, with the same content): edits touch a few lines, files are rarely this big.
const MAX_ALIGN_CELLS: usize = 4_000_000;

/// The edited text laid over the original: unchanged lines byte for byte from `original`, the
/// BOM kept, new lines ending like most of the original's lines.
#[must_use]
pub(super) fn restore(original: &str, edited: &str) -> String {
    let (bom, body) = match original.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", original),
    };
    let old: Vec<&str> = body.split_inclusive('\n').collect();
    let new: Vec<&str> = edited.split_inclusive('\n').collect();
    let eol = line_end(&old);
    // A file that ends without a line end still does.
    let ends_with_line_end = body.is_empty() || body.ends_with('\n');
    let matches = align(&old, &new);
    let mut out = String::with_capacity(original.len() + edited.len().saturating_sub(body.len()) + 16);
    out.push_str(bom);
    let last = new.len().saturating_sub(1);
    for (j, line) in new.iter().enumerate() {
        if let Some(kept) = matches.get(j).copied().flatten().and_then(|i| old.get(i)) {
            out.push_str(kept);
            if j < last && !kept.ends_with('\n') {
                out.push_str(eol);
            }
        } else {
            out.push_str(content(line));
            if j < last || ends_with_line_end {
                out.push_str(eol);
            }
        }
    }
    out
}

/// A line without its line end.
fn content(line: &str) -> &str {
    let line = line.strip_suffix('\n').unwrap_or(line);
    line.strip_suffix('\r').unwrap_or(line)
}

/// `\r\n` when most lines end so, else `\n`.
fn line_end(lines: &[&str]) -> &'static str {
    let crlf = lines.iter().filter(|l| l.ends_with("\r\n")).count();
    let lf = lines.iter().filter(|l| l.ends_with('\n')).count() - crlf;
    if crlf > lf { "\r\n" } else { "\n" }
}

/// For each new line, the old line it is (same content), if any: common head and tail first,
/// then a longest common subsequence of what is between.
fn align(old: &[&str], new: &[&str]) -> Vec<Option<usize>> {
    let mut out = vec![None; new.len()];
    let same = |i: usize, j: usize| old.get(i).map(|l| content(l)) == new.get(j).map(|l| content(l));
    let mut head = 0;
    while head < old.len() && head < new.len() && same(head, head) {
        if let Some(slot) = out.get_mut(head) {
            *slot = Some(head);
        }
        head += 1;
    }
    let mut tail = 0;
    while tail < old.len() - head && tail < new.len() - head && same(old.len() - 1 - tail, new.len() - 1 - tail) {
        if let Some(slot) = out.get_mut(new.len() - 1 - tail) {
            *slot = Some(old.len() - 1 - tail);
        }
        tail += 1;
    }
    let (old_mid, new_mid) = (head..old.len() - tail, head..new.len() - tail);
    for (i, j) in lcs(old_mid.len(), new_mid.len(), |i, j| same(old_mid.start + i, new_mid.start + j)) {
        if let Some(slot) = out.get_mut(new_mid.start + j) {
            *slot = Some(old_mid.start + i);
        }
    }
    out
}

/// Pairs (i, j) of a longest common subsequence, by dynamic programming; nothing when the
/// table would be too large.
fn lcs(n: usize, m: usize, same: impl Fn(usize, usize) -> bool) -> Vec<(usize, usize)> {
    if n == 0 || m == 0 || n.saturating_mul(m) > MAX_ALIGN_CELLS {
        return Vec::new();
    }
    let width = m + 1;
    // table[i * width + j]: length of an LCS of old[i..] and new[j..].
    let mut table = vec![0u32; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let value = if same(i, j) {
                table.get((i + 1) * width + j + 1).copied().unwrap_or(0) + 1
            } else {
                let down = table.get((i + 1) * width + j).copied().unwrap_or(0);
                let right = table.get(i * width + j + 1).copied().unwrap_or(0);
                down.max(right)
            };
            if let Some(cell) = table.get_mut(i * width + j) {
                *cell = value;
            }
        }
    }
    let at = |i: usize, j: usize| table.get(i * width + j).copied().unwrap_or(0);
    let (mut i, mut j, mut pairs) = (0, 0, Vec::new());
    while i < n && j < m {
        if same(i, j) {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if at(i + 1, j) >= at(i, j + 1) {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::restore;

    #[test]
    fn unchanged_lines_keep_their_bytes() {
        let original = "\u{feff}# a\r\nx = 1\r\n\r\ny = 2";
        let edited = "# a\nx = 3\n\ny = 2\nz = 4\n";
        assert_eq!(restore(original, edited), "\u{feff}# a\r\nx = 3\r\n\r\ny = 2\r\nz = 4");
    }

    #[test]
    fn mixed_line_ends_stay_mixed() {
        let original = "a = 1\r\nb = 2\nc = 3\r\n";
        let edited = "a = 1\nb = 2\nb2 = 5\nc = 3\n";
        assert_eq!(restore(original, edited), "a = 1\r\nb = 2\nb2 = 5\r\nc = 3\r\n");
    }

    #[test]
    fn a_missing_final_line_end_stays_missing() {
        assert_eq!(restore("a = 1\nb = 2", "a = 5\nb = 2\n"), "a = 5\nb = 2");
        assert_eq!(restore("a = 1\nb = 2", "a = 1\nb = 2\nc = 3\n"), "a = 1\nb = 2\nc = 3");
        assert_eq!(restore("a = 1\r\nb = 2", "a = 1\nb = 3\n"), "a = 1\r\nb = 3");
    }

    #[test]
    fn removed_lines_are_gone() {
        assert_eq!(restore("a = 1\nb = 2\nc = 3\n", "a = 1\nc = 3\n"), "a = 1\nc = 3\n");
    }
}

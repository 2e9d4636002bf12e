//! Fitting a table to the terminal's width: each column's width in display columns, then, while
//! the table is too wide, headers broken between words and the columns giving way in the
//! table's fixed order (shortened, wrapped or left out).

use super::table::GiveWay;

/// What one column needs: the widest cell and the widest header, and the longest word of the
/// header (what it needs when broken between words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Needs {
    pub cells: usize,
    pub header: usize,
    pub header_word: usize,
}

/// How a column is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// At this width; text wider than it is shortened with `…` (wrapped when `wrap`).
    Width {
        width: usize,
        wrap: bool,
    },
    Hidden,
}

/// The width a table of columns `widths` takes with its borders: `│ a ┆ b │`.
#[must_use]
pub fn table_width(widths: impl IntoIterator<Item = usize>) -> usize {
    let (sum, n) = widths.into_iter().fold((0, 0), |(sum, n), w| (sum + w, n + 1));
    sum + 3 * n + 1
}

/// Each column as shown within `max` display columns, giving way in the order of `steps`. When
/// even every step cannot make it fit, the narrowest it could be is returned (a terminal
/// narrower than that wraps it).
#[must_use]
pub fn fit(needs: &[Needs], steps: &[(usize, GiveWay)], max: usize) -> Vec<Shown> {
    let mut shown: Vec<Shown> =
        needs.iter().map(|n| Shown::Width { width: n.cells.max(n.header), wrap: false }).collect();
    let total = |shown: &[Shown]| {
        table_width(shown.iter().filter_map(|s| match s {
            Shown::Width { width, .. } => Some(*width),
            Shown::Hidden => None,
        }))
    };
    if total(&shown) <= max {
        return shown;
    }
    // Headers on more lines first: nothing of the content is lost.
    for (s, n) in shown.iter_mut().zip(needs) {
        *s = Shown::Width { width: n.cells.max(n.header_word), wrap: false };
    }
    for &(column, how) in steps {
        let over = total(&shown).saturating_sub(max);
        if over == 0 {
            break;
        }
        let Some(s) = shown.get_mut(column) else { continue };
        let Shown::Width { width, .. } = *s else { continue };
        *s = match how {
            GiveWay::Hide => Shown::Hidden,
            GiveWay::Shorten(min) => {
                Shown::Width { width: width.saturating_sub(over).max(min).min(width), wrap: false }
            }
            GiveWay::Wrap(min) => Shown::Width { width: width.saturating_sub(over).max(min).min(width), wrap: true },
        };
    }
    // The room left is used again: a column left out comes back if it fits now, the last one
    // left out (the most needed) first.
    for &(column, how) in steps.iter().rev() {
        let (GiveWay::Hide, Some(Shown::Hidden), Some(n)) = (how, shown.get(column).copied(), needs.get(column)) else {
            continue;
        };
        let back = Shown::Width { width: n.cells.max(n.header_word), wrap: false };
        let mut tried = shown.clone();
        if let Some(s) = tried.get_mut(column) {
            *s = back;
        }
        if total(&tried) <= max {
            shown = tried;
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn needs(cells: usize, header: usize, header_word: usize) -> Needs {
        Needs { cells, header, header_word }
    }

    #[test]
    fn a_table_that_fits_is_left_alone() {
        let shown = fit(&[needs(5, 10, 4), needs(3, 2, 2)], &[(0, GiveWay::Hide)], 100);
        assert_eq!(shown, [Shown::Width { width: 10, wrap: false }, Shown::Width { width: 3, wrap: false }]);
        assert_eq!(table_width([10, 3]), 20);
    }

    #[test]
    fn columns_give_way_in_order_only_as_far_as_needed() {
        let columns = [needs(40, 5, 5), needs(10, 20, 10), needs(16, 4, 4)];
        let steps = [(0, GiveWay::Shorten(12)), (2, GiveWay::Hide), (1, GiveWay::Wrap(4))];
        // Headers broken between words: 40 + 10 + 16 + 10 = 76.
        assert_eq!(fit(&columns, &steps, 76)[1], Shown::Width { width: 10, wrap: false });
        // The first column shortened just enough.
        let shown = fit(&columns, &steps, 70);
        assert_eq!(shown[0], Shown::Width { width: 34, wrap: false });
        assert_eq!(shown[2], Shown::Width { width: 16, wrap: false });
        // Then down to its least, and the third column left out.
        let shown = fit(&columns, &steps, 40);
        assert_eq!(shown[0], Shown::Width { width: 12, wrap: false });
        assert_eq!(shown[2], Shown::Hidden);
        assert_eq!(shown[1], Shown::Width { width: 10, wrap: false });
        // A column left out comes back when the room left holds it.
        let roomy = [needs(40, 5, 5), needs(10, 20, 10), needs(16, 4, 4), needs(8, 3, 3)];
        let roomy_steps = [(3, GiveWay::Hide), (2, GiveWay::Hide), (0, GiveWay::Shorten(12))];
        // 40 + 10 + 16 + 8 + 13 = 87; without the last two, 62; with the fourth again, 73.
        let shown = fit(&roomy, &roomy_steps, 75);
        assert_eq!(shown[2], Shown::Hidden);
        assert_eq!(shown[3], Shown::Width { width: 8, wrap: false });
        // Too narrow for everything: the narrowest it can be.
        let shown = fit(&columns, &steps, 10);
        assert_eq!(
            shown,
            [Shown::Width { width: 12, wrap: false }, Shown::Width { width: 4, wrap: true }, Shown::Hidden]
        );
    }
}

//! Fitting a table to the terminal's width: each column's width in display columns, then, while
//! the table is too wide, headers broken between words and the columns giving way in the
//! table's fixed order (shortened, wrapped or left out).

use super::table::GiveWay;

/// What one column needs: the widest cell and the widest header, and the longest word of the
/// header (what it needs when broken between words); `figure`, the widest cell when bars show
/// their figure alone (`cells` in a column without bars).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Needs {
    pub cells: usize,
    pub header: usize,
    pub header_word: usize,
    pub figure: usize,
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
        let (Some(s), Some(n)) = (shown.get_mut(column), needs.get(column)) else { continue };
        let Shown::Width { width, .. } = *s else { continue };
        *s = match how {
            GiveWay::Hide | GiveWay::HideWith(_) => Shown::Hidden,
            GiveWay::Figure => Shown::Width { width: n.figure.max(n.header_word).min(width), wrap: false },
            GiveWay::Shorten(min) => {
                Shown::Width { width: width.saturating_sub(over).max(min).min(width), wrap: false }
            }
            GiveWay::Wrap(min) => Shown::Width { width: width.saturating_sub(over).max(min).min(width), wrap: true },
        };
    }
    // The room left is used again: a column left out comes back if it fits now (with the
    // columns that come back only with it), the last one left out (the most needed) first.
    for &(column, how) in steps.iter().rev() {
        let (GiveWay::Hide, Some(Shown::Hidden)) = (how, shown.get(column).copied()) else {
            continue;
        };
        let partners = steps.iter().filter(|&&(_, h)| h == GiveWay::HideWith(column)).map(|&(c, _)| c);
        let mut tried = shown.clone();
        for c in std::iter::once(column).chain(partners) {
            if let (Some(s @ Shown::Hidden), Some(n)) = (tried.get_mut(c), needs.get(c)) {
                *s = Shown::Width { width: n.cells.max(n.header_word), wrap: false };
            }
        }
        if total(&tried) <= max {
            shown = tried;
        }
    }
    // Then the room left widens the columns shortened or wrapped (a column may have given way
    // more than it had to, before a later step made more room), the last to give way (the most
    // needed) first, back up to what they need.
    for &(column, _) in steps.iter().rev() {
        let room = max.saturating_sub(total(&shown));
        if room == 0 {
            break;
        }
        let (Some(Shown::Width { width, wrap }), Some(n)) = (shown.get(column).copied(), needs.get(column)) else {
            continue;
        };
        let whole = n.cells.max(n.header_word);
        // A bar comes back only whole.
        let bars = n.figure != n.cells;
        if width < whole
            && (!bars || width + room >= whole)
            && let Some(s) = shown.get_mut(column)
        {
            *s = Shown::Width { width: (width + room).min(whole), wrap };
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn needs(cells: usize, header: usize, header_word: usize) -> Needs {
        Needs { cells, header, header_word, figure: cells }
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
        // Then down to its least, and the third column left out; the room that makes is given
        // back to the first column (12 + 10 + 7 = 29, so 11 more).
        let shown = fit(&columns, &steps, 40);
        assert_eq!(shown[0], Shown::Width { width: 23, wrap: false });
        assert_eq!(shown[2], Shown::Hidden);
        assert_eq!(shown[1], Shown::Width { width: 10, wrap: false });
        // A column left out comes back when the room left holds it.
        let roomy = [needs(40, 5, 5), needs(10, 20, 10), needs(16, 4, 4), needs(8, 3, 3)];
        let roomy_steps = [(3, GiveWay::Hide), (2, GiveWay::Hide), (0, GiveWay::Shorten(12))];
        // 40 + 10 + 16 + 8 + 13 = 87; without the last two, 62; with the fourth again, 73.
        let shown = fit(&roomy, &roomy_steps, 75);
        assert_eq!(shown[2], Shown::Hidden);
        assert_eq!(shown[3], Shown::Width { width: 8, wrap: false });
        // A column that comes back only with another stays out when the two do not fit.
        let paired_steps = [(3, GiveWay::HideWith(2)), (2, GiveWay::Hide), (0, GiveWay::Shorten(12))];
        let shown = fit(&roomy, &paired_steps, 75);
        assert_eq!((shown[2], shown[3]), (Shown::Hidden, Shown::Hidden));
        assert_eq!(shown[0], Shown::Width { width: 40, wrap: false });
        // Too narrow for everything: the narrowest it can be.
        let shown = fit(&columns, &steps, 10);
        assert_eq!(
            shown,
            [Shown::Width { width: 12, wrap: false }, Shown::Width { width: 4, wrap: true }, Shown::Hidden]
        );
    }
}

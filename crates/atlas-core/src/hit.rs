//! Which of the map's drawn points lies under the pointer. The map draws every point (a single
//! service or a cluster) as a disc on one canvas, so a click is matched to a point here, by
//! geometry alone: no element per point exists for the browser to find it by.

/// A point as drawn: a disc's centre and radius, in the units of one plane (the app uses world
/// pixels at the drawn zoom, so the answer does not change while the map is dragged).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Disc {
    pub x: f64,
    pub y: f64,
    pub r: f64,
}

impl Disc {
    /// Whether `(x, y)` is on the disc (its edge included).
    pub fn holds(&self, x: f64, y: f64) -> bool {
        let (dx, dy) = (x - self.x, y - self.y);
        dx * dx + dy * dy <= self.r * self.r
    }
}

/// The topmost disc holding `(x, y)`, by its position in `discs`. Discs are drawn in their order,
/// so a later one covers an earlier one; `on_top` (a disc drawn after all the others, as the map
/// draws the highlighted point) is looked at first.
pub fn topmost(discs: &[Disc], on_top: Option<usize>, x: f64, y: f64) -> Option<usize> {
    if let Some(i) = on_top.filter(|&i| discs.get(i).is_some_and(|d| d.holds(x, y))) {
        return Some(i);
    }
    discs.iter().rposition(|d| d.holds(x, y))
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn disc(x: f64, y: f64, r: f64) -> Disc {
        Disc { x, y, r }
    }

    #[test]
    fn a_point_on_a_disc_finds_it_and_one_beside_all_finds_none() {
        let discs = [disc(10.0, 10.0, 5.0), disc(100.0, 10.0, 5.0)];
        assert_eq!(topmost(&discs, None, 12.0, 13.0), Some(0));
        assert_eq!(topmost(&discs, None, 100.0, 5.0), Some(1), "the edge counts");
        assert_eq!(topmost(&discs, None, 55.0, 10.0), None);
        assert_eq!(
            topmost(&discs, None, 14.0, 14.0),
            None,
            "inside the square, outside the circle"
        );
        assert_eq!(topmost(&[], None, 0.0, 0.0), None);
    }

    #[test]
    fn where_discs_overlap_the_one_drawn_last_is_on_top() {
        let discs = [disc(0.0, 0.0, 10.0), disc(8.0, 0.0, 10.0), disc(40.0, 0.0, 10.0)];
        assert_eq!(topmost(&discs, None, 4.0, 0.0), Some(1));
        assert_eq!(
            topmost(&discs, None, -6.0, 0.0),
            Some(0),
            "where only the first is"
        );
    }

    #[test]
    fn the_disc_drawn_over_all_wins_where_it_is_and_nowhere_else() {
        let discs = [disc(0.0, 0.0, 10.0), disc(8.0, 0.0, 10.0)];
        assert_eq!(topmost(&discs, Some(0), 4.0, 0.0), Some(0));
        assert_eq!(topmost(&discs, Some(0), 15.0, 0.0), Some(1));
        assert_eq!(
            topmost(&discs, Some(7), 4.0, 0.0),
            Some(1),
            "an index out of range is ignored"
        );
    }
}

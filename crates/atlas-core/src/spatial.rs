//! A spatial index of points for nearest-neighbour questions ("the nearest service to each
//! municipality's centre"), so that a question costs the points near the answer rather than
//! every point. Points are placed on the sphere as 3-D positions in km, and bucketed in a grid
//! of cubes: the straight-line (chord) distance between two points orders them exactly as the
//! great-circle distance does, and a cube `r` cells away is at least `r - 1` cells' width away,
//! so the search can stop at a proven distance.

use crate::geo::LatLon;
use rustc_hash::FxHashMap;

/// The earth's mean radius, as `LatLon::distance_km` uses it.
const R_KM: f64 = 6371.0088;
/// The grid's cube, in km: services a few km to a few tens of km apart, as in towns and
/// between them, are found within the first shells.
const CELL_KM: f64 = 25.0;

type Cell = (i32, i32, i32);

pub struct PointIndex {
    points: Vec<LatLon>,
    /// Each point's 3-D position, made once: a question compares straight-line distances (three
    /// products, no trigonometry; the wasm's sines and cosines are software, and at 100,000
    /// services they took a sixth of the network page's own work) and works out the great-circle
    /// distance of its answer only.
    positions: Vec<[f64; 3]>,
    cells: FxHashMap<Cell, Vec<u32>>,
    /// The farthest any cell is from any other, in cells: no search goes beyond it.
    reach: i32,
}

fn position(p: &LatLon) -> [f64; 3] {
    let (lat, lon) = (p.lat.to_radians(), p.lon.to_radians());
    [
        R_KM * lat.cos() * lon.cos(),
        R_KM * lat.cos() * lon.sin(),
        R_KM * lat.sin(),
    ]
}

fn cell_of(x: &[f64; 3]) -> Cell {
    let c = |v: f64| (v / CELL_KM).floor() as i32;
    (c(x[0]), c(x[1]), c(x[2]))
}

impl PointIndex {
    pub fn new(points: impl IntoIterator<Item = LatLon>) -> Self {
        let points: Vec<LatLon> = points.into_iter().collect();
        let positions: Vec<[f64; 3]> = points.iter().map(position).collect();
        let mut cells: FxHashMap<Cell, Vec<u32>> = FxHashMap::default();
        for (i, x) in positions.iter().enumerate() {
            cells.entry(cell_of(x)).or_default().push(i as u32);
        }
        let (mut lo, mut hi) = ((i32::MAX, i32::MAX, i32::MAX), (i32::MIN, i32::MIN, i32::MIN));
        for c in cells.keys() {
            lo = (lo.0.min(c.0), lo.1.min(c.1), lo.2.min(c.2));
            hi = (hi.0.max(c.0), hi.1.max(c.1), hi.2.max(c.2));
        }
        let reach = if cells.is_empty() {
            0
        } else {
            (hi.0 - lo.0).max(hi.1 - lo.1).max(hi.2 - lo.2)
        };
        Self {
            points,
            positions,
            cells,
            reach,
        }
    }

    /// The point nearest to `p` (great-circle) and its distance in km; of equally near points,
    /// the first. `None` when there are no points.
    pub fn nearest(&self, p: &LatLon) -> Option<(usize, f64)> {
        if self.points.is_empty() {
            return None;
        }
        let from = position(p);
        let centre = cell_of(&from);
        // The nearest so far and its squared straight-line distance.
        let mut best: Option<(usize, f64)> = None;
        // Shell by shell (the cells exactly `r` cells away in some axis), until the next shell
        // cannot hold anything nearer: each of its points is at least `r` cells' width away
        // in a straight line, and so at least that far along the sphere.
        for r in 0..=self.reach + 1 {
            let side = 2 * r as usize + 1;
            if side.pow(3) > self.cells.len() {
                // The next shells hold more cubes than there are filled ones (the points are
                // few or far): looking at every point is cheaper than looking in empty cubes.
                self.cells
                    .values()
                    .for_each(|m| self.consider(&from, m, &mut best));
                break;
            }
            for dx in -r..=r {
                for dy in -r..=r {
                    for dz in -r..=r {
                        if dx.abs().max(dy.abs()).max(dz.abs()) != r {
                            continue;
                        }
                        if let Some(members) = self.cells.get(&(centre.0 + dx, centre.1 + dy, centre.2 + dz))
                        {
                            self.consider(&from, members, &mut best);
                        }
                    }
                }
            }
            if best.is_some_and(|(_, d2)| d2 < (r as f64 * CELL_KM).powi(2)) {
                break;
            }
        }
        best.map(|(i, _)| (i, p.distance_km(&self.points[i])))
    }

    /// Keeps in `best` the nearer of it and each of `members` (by squared straight-line distance
    /// from `from`, which orders points as the great-circle distance does); of equally near, the
    /// first.
    fn consider(&self, from: &[f64; 3], members: &[u32], best: &mut Option<(usize, f64)>) {
        for &i in members {
            let i = i as usize;
            let x = &self.positions[i];
            let d2 = (x[0] - from[0]).powi(2) + (x[1] - from[1]).powi(2) + (x[2] - from[2]).powi(2);
            if best.is_none_or(|(b, bd)| d2 < bd || (d2 == bd && i < b)) {
                *best = Some((i, d2));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The answer of looking at every point, as the index must give it.
    fn brute_force(points: &[LatLon], p: &LatLon) -> Option<(usize, f64)> {
        points
            .iter()
            .enumerate()
            .map(|(i, q)| (i, p.distance_km(q)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
    }

    /// Deterministic pseudo-random positions over Finland (and a little beyond).
    fn scattered(n: usize, seed: u64) -> Vec<LatLon> {
        let mut s = seed;
        let mut next = move || {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (s >> 11) as f64 / (1u64 << 53) as f64
        };
        (0..n)
            .map(|_| LatLon {
                lat: 59.0 + 11.5 * next(),
                lon: 19.0 + 12.0 * next(),
            })
            .collect()
    }

    #[test]
    fn finds_what_looking_at_every_point_finds() {
        for (n, seed) in [(1, 1), (7, 2), (300, 3), (5000, 4), (20000, 5)] {
            let points = scattered(n, seed);
            let index = PointIndex::new(points.iter().copied());
            for q in scattered(400, seed + 100) {
                assert_eq!(
                    index.nearest(&q),
                    brute_force(&points, &q),
                    "{n} points, from {q:?}"
                );
            }
        }
    }

    #[test]
    fn far_away_and_equal_points_and_no_points() {
        // One service in Helsinki, one in Utsjoki: Utsjoki is 1,000 km from Helsinki.
        let helsinki = LatLon {
            lat: 60.1699,
            lon: 24.9384,
        };
        let utsjoki = LatLon {
            lat: 69.9079,
            lon: 27.0265,
        };
        let index = PointIndex::new([helsinki, utsjoki]);
        let inari = LatLon { lat: 68.9, lon: 27.0 };
        assert_eq!(index.nearest(&inari), Some((1, inari.distance_km(&utsjoki))));
        assert_eq!(index.nearest(&helsinki), Some((0, 0.0)));
        // Two services at the same place: the first.
        assert_eq!(
            PointIndex::new([utsjoki, utsjoki])
                .nearest(&helsinki)
                .map(|(i, _)| i),
            Some(0)
        );
        assert_eq!(PointIndex::new([]).nearest(&helsinki), None);
    }
}

//! Grid clustering of map points in Rust, so that the map is handed only the
//! clusters inside the view: tens of thousands of services stay smooth.
//!
//! The map clusters every hit again on every keystroke (issue 18: 100,000 of them), so the
//! places are made ready once per dataset (`Places`: each one's latitude, longitude and Web
//! Mercator y side by side; the y costs a sine and a logarithm, the dearest part of a point) and a
//! cluster keeps its first member rather than a list of all of them.

use crate::geo::LatLon;
use rustc_hash::FxHashMap;

/// Cluster cells this many screen pixels wide: the finder's map's grid, and the pack's
/// overview's (`crate::overview`), which must draw what the map will.
pub const CELL_PX: f64 = 64.0;

#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// The mean position of the members.
    pub centre: LatLon,
    pub count: usize,
    /// The first member, in input order: a single service's own position.
    pub first: usize,
    /// The members' bounding box: south, west, north, east (zooming to a cluster shows it).
    pub bounds: (f64, f64, f64, f64),
    /// The grid cell (column, row) at this zoom and cell size: the same place gives the same
    /// cell whatever else is drawn, so a map can keep a cell's marker while its members change,
    /// and find the point that holds a service (`Places::cell_of`).
    pub cell: (i64, i64),
}

/// The visible part of the map: south, west, north, east in degrees.
pub type Bounds = (f64, f64, f64, f64);

/// Points by position (a service's in `Atlas::services`), made ready for clustering once.
#[derive(Debug, Clone, Default)]
pub struct Places {
    /// Latitude, longitude and Web Mercator y (`LatLon::to_world`'s) of each point.
    points: Vec<[f64; 3]>,
}

/// The grid of one clustering: square cells of `cell_px` screen pixels at `zoom`, and the part
/// of the world points are kept from (the view with a tenth of its size around it).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Grid {
    cells_per_world: f64,
    view: Option<Bounds>,
}

impl Grid {
    pub fn new(zoom: f64, cell_px: f64, view: Option<Bounds>) -> Grid {
        let world_px = 256.0 * 2f64.powf(zoom);
        let view = view.map(|(s, w, n, e)| {
            let lat_margin = (n - s) * 0.1;
            let lon_margin = (e - w) * 0.1;
            (s - lat_margin, w - lon_margin, n + lat_margin, e + lon_margin)
        });
        Grid {
            cells_per_world: (world_px / cell_px).max(1.0),
            view,
        }
    }

    fn inside(&self, lat: f64, lon: f64) -> bool {
        match self.view {
            None => true,
            Some((s, w, n, e)) => lat >= s && lat <= n && lon >= w && lon <= e,
        }
    }

    /// The cell of a point at world position (x, y).
    fn cell(&self, x: f64, y: f64) -> (i64, i64) {
        (
            (x * self.cells_per_world).floor() as i64,
            (y * self.cells_per_world).floor() as i64,
        )
    }
}

/// `LatLon::to_world`'s x: a division, cheap enough to do again each time.
fn world_x(lon: f64) -> f64 {
    (lon + 180.0) / 360.0
}

impl Places {
    pub fn new(points: impl IntoIterator<Item = LatLon>) -> Places {
        Places {
            points: points
                .into_iter()
                .map(|p| [p.lat, p.lon, p.to_world().1])
                .collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.points.len()
    }

    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// Groups the points `ids` (positions in this list) into the grid's cells, keeping only
    /// those inside its view. Output is sorted by cell (row, then column), so the same input
    /// always gives the same clusters; each cluster's mean and bounds are its members' in the
    /// order of `ids`.
    pub fn cluster(&self, ids: &[usize], grid: &Grid) -> Vec<Cluster> {
        struct Acc {
            lat: f64,
            lon: f64,
            count: usize,
            first: usize,
            bounds: Bounds,
        }
        // Integer cells: a simple hash, not SipHash (clustering runs on every keystroke and map move).
        let mut cells: FxHashMap<(i64, i64), Acc> = FxHashMap::default();
        for &i in ids {
            let [lat, lon, y] = self.points[i];
            if !grid.inside(lat, lon) {
                continue;
            }
            let acc = cells.entry(grid.cell(world_x(lon), y)).or_insert(Acc {
                lat: 0.0,
                lon: 0.0,
                count: 0,
                first: i,
                bounds: (lat, lon, lat, lon),
            });
            acc.lat += lat;
            acc.lon += lon;
            acc.count += 1;
            let b = &mut acc.bounds;
            *b = (b.0.min(lat), b.1.min(lon), b.2.max(lat), b.3.max(lon));
        }
        let mut out: Vec<Cluster> = cells
            .into_iter()
            .map(|(k, a)| {
                let n = a.count as f64;
                Cluster {
                    centre: LatLon::new(a.lat / n, a.lon / n),
                    count: a.count,
                    first: a.first,
                    bounds: a.bounds,
                    cell: k,
                }
            })
            .collect();
        out.sort_unstable_by_key(|c| (c.cell.1, c.cell.0));
        out
    }

    /// The cell that point `i` falls in on `grid`, if it is inside the grid's view: with
    /// `cluster`'s output (sorted by cell), the cluster that holds it when it was among the ids.
    pub fn cell_of(&self, i: usize, grid: &Grid) -> Option<(i64, i64)> {
        let [lat, lon, y] = *self.points.get(i)?;
        grid.inside(lat, lon).then(|| grid.cell(world_x(lon), y))
    }
}

/// The cluster of `clusters` (as `Places::cluster` sorts them) in `cell`.
pub fn in_cell(clusters: &[Cluster], cell: (i64, i64)) -> Option<usize> {
    clusters
        .binary_search_by_key(&(cell.1, cell.0), |c| (c.cell.1, c.cell.0))
        .ok()
}

/// Groups points into square cells of `cell_px` screen pixels at `zoom`, keeping
/// only points inside `view` (with a tenth of its size as margin): `Places::cluster` for points
/// given once (their positions are their numbers in the output).
pub fn cluster(
    points: impl IntoIterator<Item = (usize, LatLon)>,
    zoom: f64,
    cell_px: f64,
    view: Option<Bounds>,
) -> Vec<Cluster> {
    let (ids, places): (Vec<usize>, Vec<LatLon>) = points.into_iter().unzip();
    let places = Places::new(places);
    let order: Vec<usize> = (0..ids.len()).collect();
    places
        .cluster(&order, &Grid::new(zoom, cell_px, view))
        .into_iter()
        .map(|c| Cluster {
            first: ids[c.first],
            ..c
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn members(
        cs: &[Cluster],
        pts: &[(usize, LatLon)],
        zoom: f64,
        cell_px: f64,
        view: Option<Bounds>,
    ) -> Vec<Vec<usize>> {
        let (ids, places): (Vec<usize>, Vec<LatLon>) = pts.iter().copied().unzip();
        let places = Places::new(places);
        let grid = Grid::new(zoom, cell_px, view);
        let mut out = vec![Vec::new(); cs.len()];
        for (k, i) in ids.iter().enumerate() {
            if let Some(c) = places.cell_of(k, &grid).and_then(|cell| in_cell(cs, cell)) {
                out[c].push(*i);
            }
        }
        out
    }

    #[test]
    fn near_points_merge_at_low_zoom_and_split_at_high_zoom() {
        let pts = vec![
            (0, LatLon::new(60.17, 24.94)),
            (1, LatLon::new(60.18, 24.95)),
            (2, LatLon::new(65.01, 25.47)),
        ];
        let low = cluster(pts.clone(), 5.0, 60.0, None);
        assert_eq!(low.len(), 2);
        let total: usize = low.iter().map(|c| c.count).sum();
        assert_eq!(total, 3);
        let hki = low.iter().position(|c| c.count == 2).unwrap();
        assert_eq!(members(&low, &pts, 5.0, 60.0, None)[hki], vec![0, 1]);
        let hki = &low[hki];
        assert_eq!(hki.first, 0);
        assert!((hki.centre.lat - 60.175).abs() < 1e-9);
        assert_eq!(hki.bounds, (60.17, 24.94, 60.18, 24.95));
        let high = cluster(pts.clone(), 16.0, 60.0, None);
        assert_eq!(high.len(), 3);
        assert!(high.iter().all(|c| c.count == 1));
        let firsts: Vec<usize> = high.iter().map(|c| c.first).collect();
        assert_eq!(
            members(&high, &pts, 16.0, 60.0, None),
            firsts.iter().map(|&f| vec![f]).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_place_keeps_its_cell_when_other_points_come_and_go() {
        let all = vec![
            (0, LatLon::new(60.17, 24.94)),
            (1, LatLon::new(60.18, 24.95)),
            (2, LatLon::new(61.50, 23.76)),
        ];
        let before = cluster(all.clone(), 6.0, 64.0, None);
        let fewer: Vec<_> = all.iter().copied().filter(|(i, _)| *i != 1).collect();
        let after = cluster(fewer.clone(), 6.0, 64.0, None);
        let cell_of = |cs: &[Cluster], pts: &[(usize, LatLon)], i: usize| {
            let m = members(cs, pts, 6.0, 64.0, None);
            cs.iter()
                .zip(m)
                .find(|(_, m)| m.contains(&i))
                .map(|(c, _)| c.cell)
        };
        assert_eq!(cell_of(&before, &all, 0), cell_of(&after, &fewer, 0));
        assert_eq!(cell_of(&before, &all, 2), cell_of(&after, &fewer, 2));
        assert_ne!(cell_of(&after, &fewer, 0), cell_of(&after, &fewer, 2));
    }

    #[test]
    fn points_outside_the_view_are_left_out() {
        let pts = vec![(0, LatLon::new(60.17, 24.94)), (1, LatLon::new(65.01, 25.47))];
        let view = Some((59.9, 24.5, 60.4, 25.4));
        let c = cluster(pts.clone(), 10.0, 60.0, view);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].first, 0);
        assert_eq!(members(&c, &pts, 10.0, 60.0, view), vec![vec![0]]);
    }

    /// The clustering as it was before `Places` (every point's world position worked out on
    /// each call, members listed): the answers must be the same to the bit.
    fn reference(
        points: &[(usize, LatLon)],
        zoom: f64,
        cell_px: f64,
        view: Option<Bounds>,
    ) -> Vec<(Cluster, Vec<usize>)> {
        let world_px = 256.0 * 2f64.powf(zoom);
        let cells_per_world = (world_px / cell_px).max(1.0);
        let inside = |p: &LatLon| match view {
            None => true,
            Some((s, w, n, e)) => {
                let lat_margin = (n - s) * 0.1;
                let lon_margin = (e - w) * 0.1;
                p.lat >= s - lat_margin
                    && p.lat <= n + lat_margin
                    && p.lon >= w - lon_margin
                    && p.lon <= e + lon_margin
            }
        };
        // By (row, column): latitude and longitude sums, members, bounds.
        type Acc = (f64, f64, Vec<usize>, Bounds);
        let mut cells: std::collections::BTreeMap<(i64, i64), Acc> = Default::default();
        for &(i, p) in points {
            if !inside(&p) {
                continue;
            }
            let (x, y) = p.to_world();
            let key = (
                (x * cells_per_world).floor() as i64,
                (y * cells_per_world).floor() as i64,
            );
            let acc =
                cells
                    .entry((key.1, key.0))
                    .or_insert((0.0, 0.0, Vec::new(), (p.lat, p.lon, p.lat, p.lon)));
            acc.0 += p.lat;
            acc.1 += p.lon;
            acc.2.push(i);
            let b = &mut acc.3;
            *b = (b.0.min(p.lat), b.1.min(p.lon), b.2.max(p.lat), b.3.max(p.lon));
        }
        cells
            .into_iter()
            .map(|((row, col), (lat, lon, members, bounds))| {
                let n = members.len() as f64;
                let c = Cluster {
                    centre: LatLon::new(lat / n, lon / n),
                    count: members.len(),
                    first: members[0],
                    bounds,
                    cell: (col, row),
                };
                (c, members)
            })
            .collect()
    }

    #[test]
    fn the_same_clusters_as_working_out_every_point_each_time() {
        // A fixed pseudo-random set over Finland, some points on the same spot.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as f64 / (1u64 << 53) as f64
        };
        let mut all: Vec<LatLon> = (0..3000)
            .map(|_| LatLon::new(59.7 + next() * 10.4, 19.5 + next() * 12.0))
            .collect();
        all.extend(all[..200].to_vec());
        let places = Places::new(all.iter().copied());
        // A subset in a shuffled order (hits come sorted by name, not by position).
        let mut ids: Vec<usize> = (0..all.len()).filter(|_| next() < 0.7).collect();
        for k in (1..ids.len()).rev() {
            ids.swap(k, (next() * (k + 1) as f64) as usize);
        }
        let views = [
            None,
            Some((59.0, 19.0, 70.5, 32.0)),
            Some((60.1, 24.8, 60.3, 25.2)),
            Some((61.0, 22.0, 63.5, 28.0)),
        ];
        for zoom in [4.0, 5.0, 6.3, 8.0, 11.0, 16.0] {
            for cell_px in [24.0, 64.0] {
                for view in views {
                    let grid = Grid::new(zoom, cell_px, view);
                    let got = places.cluster(&ids, &grid);
                    let pts: Vec<(usize, LatLon)> = ids.iter().map(|&i| (i, all[i])).collect();
                    let want = reference(&pts, zoom, cell_px, view);
                    assert_eq!(
                        got.len(),
                        want.len(),
                        "zoom {zoom}, cell {cell_px}, view {view:?}"
                    );
                    for (g, (w, members)) in got.iter().zip(&want) {
                        assert_eq!(g, w);
                        assert_eq!(g.centre.lat.to_bits(), w.centre.lat.to_bits());
                        assert_eq!(g.centre.lon.to_bits(), w.centre.lon.to_bits());
                        for &i in members {
                            assert_eq!(
                                places.cell_of(i, &grid).and_then(|c| in_cell(&got, c)),
                                got.iter().position(|c| c == g)
                            );
                        }
                    }
                    // A point left out by the view has no cell; one not among the ids may share a cell.
                    for i in 0..all.len() {
                        let inside = want.iter().any(|(_, m)| m.contains(&i));
                        if inside {
                            assert!(places.cell_of(i, &grid).is_some());
                        }
                    }
                }
            }
        }
    }
}

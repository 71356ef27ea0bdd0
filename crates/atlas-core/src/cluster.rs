//! Grid clustering of map points in Rust, so that the map is handed only the
//! clusters inside the view: tens of thousands of services stay smooth.

use crate::geo::LatLon;
use rustc_hash::FxHashMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// The mean position of the members.
    pub centre: LatLon,
    pub count: usize,
    /// The members, in input order (so the list can highlight the cluster holding an entry).
    pub members: Vec<usize>,
    /// The members' bounding box: south, west, north, east (zooming to a cluster shows it).
    pub bounds: (f64, f64, f64, f64),
    /// The grid cell (column, row) at this zoom and cell size: the same place gives the same
    /// cell whatever else is drawn, so a map can keep a cell's marker while its members change.
    pub cell: (i64, i64),
}

/// The visible part of the map: south, west, north, east in degrees.
pub type Bounds = (f64, f64, f64, f64);

/// Groups points into square cells of `cell_px` screen pixels at `zoom`, keeping
/// only points inside `view` (with half a cell of margin). Output is sorted by
/// cell, so the same input always gives the same clusters.
pub fn cluster(
    points: impl IntoIterator<Item = (usize, LatLon)>,
    zoom: f64,
    cell_px: f64,
    view: Option<Bounds>,
) -> Vec<Cluster> {
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
    struct Acc {
        lat: f64,
        lon: f64,
        count: usize,
        members: Vec<usize>,
        bounds: Bounds,
    }
    // Integer cells: a simple hash, not SipHash (clustering runs on every keystroke and map move).
    let mut cells: FxHashMap<(i64, i64), Acc> = FxHashMap::default();
    for (i, p) in points {
        if !inside(&p) {
            continue;
        }
        let (x, y) = p.to_world();
        let key = (
            (x * cells_per_world).floor() as i64,
            (y * cells_per_world).floor() as i64,
        );
        let acc = cells.entry(key).or_insert(Acc {
            lat: 0.0,
            lon: 0.0,
            count: 0,
            members: Vec::new(),
            bounds: (p.lat, p.lon, p.lat, p.lon),
        });
        acc.members.push(i);
        acc.lat += p.lat;
        acc.lon += p.lon;
        acc.count += 1;
        let b = &mut acc.bounds;
        *b = (b.0.min(p.lat), b.1.min(p.lon), b.2.max(p.lat), b.3.max(p.lon));
    }
    let mut out: Vec<((i64, i64), Cluster)> = cells
        .into_iter()
        .map(|(k, a)| {
            let n = a.count as f64;
            (
                k,
                Cluster {
                    centre: LatLon::new(a.lat / n, a.lon / n),
                    count: a.count,
                    members: a.members,
                    bounds: a.bounds,
                    cell: k,
                },
            )
        })
        .collect();
    out.sort_by_key(|(k, _)| (k.1, k.0));
    out.into_iter().map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let hki = low.iter().find(|c| c.count == 2).unwrap();
        assert_eq!(hki.members, vec![0, 1]);
        assert!((hki.centre.lat - 60.175).abs() < 1e-9);
        assert_eq!(hki.bounds, (60.17, 24.94, 60.18, 24.95));
        let high = cluster(pts.clone(), 16.0, 60.0, None);
        assert_eq!(high.len(), 3);
        assert!(high.iter().all(|c| c.count == 1));
    }

    #[test]
    fn a_place_keeps_its_cell_when_other_points_come_and_go() {
        let all = vec![
            (0, LatLon::new(60.17, 24.94)),
            (1, LatLon::new(60.18, 24.95)),
            (2, LatLon::new(61.50, 23.76)),
        ];
        let before = cluster(all.clone(), 6.0, 64.0, None);
        let after = cluster(all.into_iter().filter(|(i, _)| *i != 1), 6.0, 64.0, None);
        let cell_of = |cs: &[Cluster], i: usize| cs.iter().find(|c| c.members.contains(&i)).map(|c| c.cell);
        assert_eq!(cell_of(&before, 0), cell_of(&after, 0));
        assert_eq!(cell_of(&before, 2), cell_of(&after, 2));
        assert_ne!(cell_of(&after, 0), cell_of(&after, 2));
    }

    #[test]
    fn points_outside_the_view_are_left_out() {
        let pts = vec![(0, LatLon::new(60.17, 24.94)), (1, LatLon::new(65.01, 25.47))];
        let c = cluster(pts, 10.0, 60.0, Some((59.9, 24.5, 60.4, 25.4)));
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].members, vec![0]);
    }
}

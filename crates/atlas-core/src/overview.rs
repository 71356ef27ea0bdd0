//! The map's first picture of a whole dataset: every service clustered on the map's grid
//! ([`CELL_PX`]) at each zoom a map is likely to open at ([`ZOOMS`]), made once with the pack
//! and carried in its first view. While the pack downloads and is read (at 100,000 services,
//! seconds; on a 4G line, eight), the finder's map shows the clusters it will show when the
//! pack is read, at the zoom it opens at, instead of an empty box (issue 18).

use crate::cluster::{Grid, Places, CELL_PX};
use crate::geo::LatLon;
use serde::{Deserialize, Serialize};
use std::ops::RangeInclusive;

/// The zooms an overview holds: a deployment's `map_zoom` (config.json; 5 by default, the
/// whole of Finland) is one of them in any map that shows the country or a region of it.
pub const ZOOMS: RangeInclusive<u8> = 3..=8;

/// The clusters of every service at each of [`ZOOMS`]. Made by [`Overview::of`]; one read from
/// a pack is used only when [`Overview::is_sound`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Overview {
    levels: Vec<Level>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Level {
    zoom: u8,
    points: Vec<Point>,
}

/// A cluster as the overview keeps it: the mean position of its services (in single precision:
/// a metre or so, far below a pixel at these zooms) and how many they are.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Point {
    lat: f32,
    lon: f32,
    count: u32,
}

impl Point {
    pub fn centre(&self) -> LatLon {
        LatLon::new(f64::from(self.lat), f64::from(self.lon))
    }

    pub fn count(&self) -> usize {
        self.count as usize
    }
}

impl Overview {
    /// The overview of services at `places` (the map clusters the same way: `Places::cluster`
    /// on a grid of [`CELL_PX`] cells, in the order of the grid's rows).
    pub fn of(places: &Places) -> Overview {
        let all: Vec<usize> = (0..places.len()).collect();
        let levels = ZOOMS
            .map(|zoom| Level {
                zoom,
                points: places
                    .cluster(&all, &Grid::new(f64::from(zoom), CELL_PX, None))
                    .into_iter()
                    .map(|c| Point {
                        lat: c.centre.lat as f32,
                        lon: c.centre.lon as f32,
                        count: u32::try_from(c.count).unwrap_or(u32::MAX),
                    })
                    .collect(),
            })
            .collect();
        Overview { levels }
    }

    /// The clusters at `zoom`, when it is one of the overview's (a map between them has none).
    pub fn at(&self, zoom: f64) -> Option<&[Point]> {
        self.levels
            .iter()
            .find(|l| f64::from(l.zoom) == zoom)
            .map(|l| l.points.as_slice())
    }

    pub fn is_empty(&self) -> bool {
        self.levels.is_empty()
    }

    /// Whether it could be one [`Overview::of`] made: each of its zooms one of [`ZOOMS`], rising;
    /// every position in Finland (as every service's is) and every count one or more; and the
    /// same number of services at every zoom. A pack whose overview is not is damaged or forged.
    pub fn is_sound(&self) -> bool {
        let zooms_rise = self.levels.windows(2).all(|w| w[0].zoom < w[1].zoom);
        let in_range = self.levels.iter().all(|l| ZOOMS.contains(&l.zoom));
        let points_sound = self
            .levels
            .iter()
            .flat_map(|l| &l.points)
            .all(|p| p.count > 0 && p.centre().is_in_finland());
        let totals: Vec<u64> = self
            .levels
            .iter()
            .map(|l| l.points.iter().map(|p| u64::from(p.count)).sum())
            .collect();
        zooms_rise && in_range && points_sound && totals.windows(2).all(|w| w[0] == w[1])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places() -> Places {
        Places::new([
            LatLon::new(60.17, 24.94),
            LatLon::new(60.18, 24.95),
            LatLon::new(61.50, 23.76),
            LatLon::new(65.01, 25.47),
        ])
    }

    #[test]
    fn each_zoom_holds_the_clusters_the_map_draws_there() {
        let places = places();
        let overview = Overview::of(&places);
        assert!(overview.is_sound());
        for zoom in ZOOMS {
            let grid = Grid::new(f64::from(zoom), CELL_PX, None);
            let want = places.cluster(&[0, 1, 2, 3], &grid);
            let got = overview.at(f64::from(zoom)).expect("every zoom of ZOOMS");
            assert_eq!(got.len(), want.len(), "zoom {zoom}");
            for (g, w) in got.iter().zip(&want) {
                assert_eq!(g.count(), w.count);
                assert!((g.centre().lat - w.centre.lat).abs() < 1e-5);
                assert!((g.centre().lon - w.centre.lon).abs() < 1e-5);
            }
        }
        // Helsinki's two services are one cluster at the country's zoom.
        assert_eq!(overview.at(5.0).map(|p| p.len()), Some(3));
        assert!(overview.at(5.5).is_none());
        assert!(overview.at(f64::from(ZOOMS.end() + 1)).is_none());
    }

    #[test]
    fn an_overview_that_could_not_have_been_made_is_not_sound() {
        let good = Overview::of(&places());
        let spoilt = |f: &dyn Fn(&mut Overview)| {
            let mut o = good.clone();
            f(&mut o);
            o.is_sound()
        };
        assert!(!spoilt(&|o| o.levels[0].points[0].count = 0));
        assert!(!spoilt(&|o| o.levels[1].points[0].count += 1));
        assert!(!spoilt(&|o| o.levels[2].points[0].lat = f32::NAN));
        assert!(!spoilt(&|o| o.levels[2].points[0].lon = 120.0));
        assert!(!spoilt(&|o| o.levels[0].zoom = 9));
        assert!(!spoilt(&|o| o.levels.swap(0, 1)));
        assert!(!spoilt(&|o| {
            let again = o.levels[0].clone();
            o.levels.insert(0, again);
        }));
        assert!(Overview::default().is_sound());
    }
}
